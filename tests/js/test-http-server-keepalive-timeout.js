// http: keepAliveTimeout closes a connection left idle after a response,
// but never cuts one whose request is still being handled, even when the
// handler takes longer than the timeout.
'use strict';
var assert = require('assert');
var http = require('http');
var net = require('net');

var server = http.createServer(function (req, res) {
    if (req.url === '/slow') {
        setTimeout(function () { res.end('slow'); }, 250);
    } else {
        res.end('fast');
    }
});
server.keepAliveTimeout = 80;

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
        // The slow answer came whole, then the idle connection was closed
        // by the server (the client never ends it).
        assert.ok(/^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nslow$/.test(got), got);
        server.close();
    });
});
