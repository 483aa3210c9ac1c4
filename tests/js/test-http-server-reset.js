// http: a client that goes away in the middle of a request body: the
// request is aborted ('aborted', aborted === true, 'close'), the response
// is closed, and the server stays up and serves the next client.
'use strict';
var assert = require('assert');
var http = require('http');
var net = require('net');

var events = [];
var server = http.createServer(function (req, res) {
    if (req.url === '/cut') {
        req.on('data', function (d) {
            events.push('data ' + d.length);
        });
        req.on('aborted', function () {
            events.push('aborted');
            assert.strictEqual(req.aborted, true);
            assert.strictEqual(req.complete, false);
        });
        req.on('close', function () { events.push('req close'); });
        res.on('close', function () { events.push('res close'); });
        req.on('error', function (e) {
            events.push('req error ' + e.code);
        });
        return;
    }
    res.end('next');
});

server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    var c = net.connect(port, '127.0.0.1');
    c.on('connect', function () {
        c.write('POST /cut HTTP/1.1\r\nHost: h\r\nContent-Length: 1000\r\n\r\n' +
            'twelve bytes');
        setTimeout(function () { c.destroy(); }, 50);
    });
    c.on('close', function () {
        setTimeout(function () {
            assert.deepStrictEqual(events.slice(0, 2), ['data 12', 'aborted']);
            assert.ok(events.indexOf('res close') > 0, events.join());
            assert.ok(events.indexOf('req close') > 0, events.join());
            var d = net.connect(port, '127.0.0.1');
            var got = '';
            d.on('connect', function () {
                d.write('GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n');
            });
            d.on('data', function (x) { got += x; });
            d.on('end', function () {
                assert.ok(/\r\n\r\nnext$/.test(got), got);
                server.close();
            });
        }, 50);
    });
});
