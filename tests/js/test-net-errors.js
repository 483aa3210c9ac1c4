// net: error events as Node shapes them: connection refused (message,
// code, errno, syscall, address, port; 'close' with hadError true), a
// port already in use ("listen EADDRINUSE: address already in use"), and
// a write after the peer has gone (EPIPE or ECONNRESET, never a SIGPIPE
// death).
'use strict';
var assert = require('assert');
var net = require('net');

var seen = [];

// A port nobody listens on: a server's, after it has closed.
var probe = net.createServer();
probe.listen(0, '127.0.0.1', function () {
    var port = probe.address().port;
    probe.close(function () {
        var c = net.connect(port, '127.0.0.1');
        var errored = false;
        c.on('error', function (err) {
            errored = true;
            assert.strictEqual(err.message, 'connect ECONNREFUSED 127.0.0.1:' +
                port);
            assert.strictEqual(err.code, 'ECONNREFUSED');
            assert.strictEqual(err.syscall, 'connect');
            assert.strictEqual(err.address, '127.0.0.1');
            assert.strictEqual(err.port, port);
            assert.strictEqual(typeof err.errno, 'number');
            assert.ok(err.errno < 0);
        });
        c.on('close', function (hadError) {
            assert.ok(errored);
            assert.strictEqual(hadError, true);
            seen.push('refused');
        });
    });
});

// Two servers on one port.
var a = net.createServer();
a.listen(0, '127.0.0.1', function () {
    var port = a.address().port;
    var b = net.createServer();
    b.on('error', function (err) {
        assert.strictEqual(err.message,
            'listen EADDRINUSE: address already in use 127.0.0.1:' + port);
        assert.strictEqual(err.code, 'EADDRINUSE');
        assert.strictEqual(err.syscall, 'listen');
        assert.strictEqual(err.address, '127.0.0.1');
        assert.strictEqual(err.port, port);
        assert.strictEqual(b.listening, false);
        assert.strictEqual(b.address(), null);
        a.close();
        seen.push('inuse');
    });
    b.listen(port, '127.0.0.1', function () {
        assert.fail('listened twice');
    });
});

// Writing to a peer that has gone: the server closes the connection
// with unread data (the kernel answers with a reset) while the client
// keeps writing.
var gone = net.createServer({ pauseOnConnect: true }, function (sock) {
    setTimeout(function () {
        sock.destroy();
        gone.close();
    }, 50);
});
gone.listen(0, '127.0.0.1', function () {
    var c = net.connect({ port: gone.address().port, host: '127.0.0.1',
        allowHalfOpen: true });
    var chunk = Buffer.alloc(65536, 120);
    var timer = null;
    c.on('error', function (err) {
        assert.ok(err.code === 'EPIPE' || err.code === 'ECONNRESET',
            err.code);
        assert.ok(err.syscall === 'write' || err.syscall === 'read',
            err.syscall);
        seen.push('peer gone');
    });
    c.on('close', function () {
        clearInterval(timer);
    });
    c.on('connect', function () {
        c.write(chunk);
        timer = setInterval(function () {
            c.write(chunk);
        }, 5);
    });
});

process.on('exit', function () {
    assert.deepStrictEqual(seen.sort(), ['inuse', 'peer gone', 'refused']);
});
