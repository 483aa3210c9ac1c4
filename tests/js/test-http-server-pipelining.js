// http: over a real TCP connection, pipelined requests are answered in
// order even when an earlier handler answers later; keep-alive holds the
// connection open between requests, and `Connection: close` on the last
// one closes it after its response.
'use strict';
var assert = require('assert');
var http = require('http');
var net = require('net');

var seen = [];
var server = http.createServer(function (req, res) {
    seen.push(req.url);
    if (req.url === '/slow') {
        setTimeout(function () { res.end('slow'); }, 30);
    } else {
        res.end(req.url.slice(1));
    }
});

server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    var got = '';
    c.on('connect', function () {
        c.write('GET /slow HTTP/1.1\r\nHost: h\r\n\r\n' +
            'GET /fast HTTP/1.1\r\nHost: h\r\n\r\n');
        // A third request in a later packet.
        setTimeout(function () {
            c.write('GET /last HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n');
        }, 60);
    });
    c.setEncoding('latin1');
    c.on('data', function (d) { got += d; });
    c.on('end', function () {
        var bodies = got.split(/HTTP\/1\.1 200 OK\r\n/).slice(1).map(
            function (r) { return r.split('\r\n\r\n')[1]; });
        assert.deepStrictEqual(bodies, ['slow', 'fast', 'last']);
        assert.deepStrictEqual(seen, ['/slow', '/fast', '/last']);
        assert.strictEqual((got.match(/Connection: keep-alive/g) || []).length, 2);
        assert.strictEqual((got.match(/Connection: close/g) || []).length, 1);
        server.close();
    });
});
