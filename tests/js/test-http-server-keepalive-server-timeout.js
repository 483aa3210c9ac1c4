// http: with both server.setTimeout() and keepAliveTimeout, the socket's
// timeout is the keep-alive one (keepAliveTimeout plus a second, as in
// Node 20) only while the connection is idle: the next request's first
// bytes (read straight into the parser, in C) put server.timeout back, so
// a handler slower than the keep-alive timeout but faster than
// server.timeout is answered whole.  The idle connection after it then
// times out once, on the keep-alive timeout, through the server's
// 'timeout' listener.
'use strict';
var assert = require('assert');
var http = require('http');
var net = require('net');

var serverTimeouts = 0;
var server = http.createServer(function (req, res) {
    if (req.url === '/slow') {
        setTimeout(function () { res.end('slow'); }, 1300);
    } else {
        res.end('fast');
    }
});
server.setTimeout(3000, function (socket) {
    serverTimeouts++;
    socket.destroy();
});
server.keepAliveTimeout = 50;

server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    var got = '';
    c.setEncoding('latin1');
    c.on('connect', function () {
        c.write('GET /fast HTTP/1.1\r\nHost: h\r\n\r\n');
    });
    c.on('data', function (d) {
        got += d;
        if (/fast$/.test(got)) {
            assert.ok(/Keep-Alive: timeout=0\r\n/.test(got), got);
            got = '';
            c.write('GET /slow HTTP/1.1\r\nHost: h\r\n\r\n');
        }
    });
    c.on('close', function () {
        assert.ok(/^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nslow$/.test(got), got);
        assert.strictEqual(serverTimeouts, 1);
        server.close();
        console.log('ok');
    });
});
