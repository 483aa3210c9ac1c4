// net: a server at the descriptor limit keeps running. With every
// descriptor but one taken (fs.openSync until EMFILE), a client takes the
// last one; the server cannot accept it, sheds it (the client sees its
// connection end) and reports no error. Once the files are closed the
// server serves the next client.
'use strict';
var assert = require('assert');
var fs = require('fs');
var net = require('net');

var CAP = 100000; // beyond that the limit is too high to reach here
var log = [];

var server = net.createServer(function (sock) {
    log.push('connection');
    sock.end('served');
});
server.on('error', function (err) {
    assert.fail('server error ' + err.code);
});

server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    var fds = [];
    try {
        while (fds.length < CAP) {
            fds.push(fs.openSync('/dev/null', 'r'));
        }
    } catch (err) {
        assert.ok(err.code === 'EMFILE' || err.code === 'ENFILE', err.code);
    }
    if (fds.length === CAP) {
        console.log('skipped: descriptor limit above ' + CAP);
        fds.forEach(fs.closeSync);
        server.close();
        log = null;
        return;
    }
    fs.closeSync(fds.pop()); // the client's socket takes this one
    var a = net.connect(port, '127.0.0.1');
    a.on('error', function (err) {
        assert.strictEqual(err.code, 'ECONNRESET');
    });
    a.on('data', function () {
        assert.fail('a shed connection got data');
    });
    a.on('close', function () {
        log.push('a closed');
        fds.forEach(fs.closeSync);
        var b = net.connect(port, '127.0.0.1');
        var got = '';
        b.setEncoding('utf8');
        b.on('data', function (d) {
            got += d;
        });
        b.on('end', function () {
            log.push('b: ' + got);
            server.close();
        });
    });
});

process.on('exit', function () {
    if (log !== null) {
        assert.deepStrictEqual(log, ['a closed', 'connection', 'b: served']);
    }
});
