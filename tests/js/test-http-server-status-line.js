// The status line: a code with its usual message, a custom message given
// to writeHead() or set as statusMessage, and the usual message again
// afterwards (nodule keeps each code's usual line once made; a custom
// message must neither use nor change what is kept).  Read raw from one
// keep-alive connection, so the bytes are exactly what went out.
'use strict';

var assert = require('assert');
var http = require('http');
var net = require('net');

var answers = [
    function (res) { res.writeHead(404); res.end('a'); },
    function (res) { res.writeHead(404, 'Nope'); res.end('b'); },
    function (res) { res.statusMessage = 'Gone Fishing'; res.writeHead(404); res.end('c'); },
    function (res) { res.statusCode = 404; res.end('d'); },
    function (res) { res.writeHead(299); res.end('e'); },
    function (res) { res.writeHead(200, 'OK'); res.end('f'); }
];
var expected = [
    'HTTP/1.1 404 Not Found',
    'HTTP/1.1 404 Nope',
    'HTTP/1.1 404 Gone Fishing',
    'HTTP/1.1 404 Not Found',
    'HTTP/1.1 299 unknown',
    'HTTP/1.1 200 OK'
];

var n = 0;
var server = http.createServer(function (req, res) {
    answers[n++](res);
});
server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    var got = '';
    c.setEncoding('latin1');
    c.on('data', function (d) {
        got += d;
        var lines = got.match(/HTTP\/1\.1 [^\r]*/g) || [];
        if (lines.length === expected.length) {
            assert.deepStrictEqual(lines, expected);
            c.end();
            server.close();
        }
    });
    var req = '';
    for (var i = 0; i < expected.length; i++) {
        req += 'GET /' + i + ' HTTP/1.1\r\nHost: x\r\n\r\n';
    }
    c.write(req);
});
