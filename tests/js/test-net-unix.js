// net: unix-domain sockets: a server on a path (address() is the path),
// an echo through it, EADDRINUSE while the path is taken, the socket file
// removed when the server closes, ENOENT connecting to no socket, and
// readableAll/writableAll.
'use strict';
var assert = require('assert');
var fs = require('fs');
var net = require('net');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-net-');
var path = dir + '/s.sock';
var log = [];

var server = net.createServer(function (sock) {
    assert.strictEqual(sock.remoteAddress, undefined);
    sock.pipe(sock);
});
server.listen(path, function () {
    assert.strictEqual(server.address(), path);
    assert.ok(fs.statSync(path).isSocket());
    var other = net.createServer();
    other.on('error', function (err) {
        assert.strictEqual(err.code, 'EADDRINUSE');
        assert.strictEqual(err.syscall, 'listen');
        assert.strictEqual(err.address, path);
        assert.strictEqual(err.message,
            'listen EADDRINUSE: address already in use ' + path);
        log.push('in use');
        echo();
    });
    other.listen({ path: path });
});

function echo() {
    var c = net.connect(path, function () {
        log.push('connect');
        c.end('over unix');
    });
    var got = '';
    c.setEncoding('utf8');
    c.on('data', function (d) {
        got += d;
    });
    c.on('close', function () {
        assert.strictEqual(got, 'over unix');
        server.close(function () {
            assert.strictEqual(fs.existsSync(path), false);
            log.push('closed');
            missing();
        });
    });
}

function missing() {
    var c = net.connect({ path: dir + '/none.sock' });
    c.on('error', function (err) {
        assert.strictEqual(err.code, 'ENOENT');
        assert.strictEqual(err.syscall, 'connect');
        assert.strictEqual(err.address, dir + '/none.sock');
        assert.strictEqual(err.message, 'connect ENOENT ' + dir +
            '/none.sock');
        log.push('enoent');
        modes();
    });
}

// readableAll and writableAll open the socket file to every user.
function modes() {
    var p = dir + '/all.sock';
    var s = net.createServer();
    s.listen({ path: p, readableAll: true, writableAll: true }, function () {
        assert.strictEqual(fs.statSync(p).mode & 438, 438); // rw for all
        log.push('modes');
        s.close(function () {
            fs.rmdirSync(dir);
        });
    });
}

process.on('exit', function () {
    assert.deepStrictEqual(log, ['in use', 'connect', 'closed', 'enoent',
        'modes']);
});
