// http: a client that sends its head too slowly gets "408 Request
// Timeout" and the connection closed once headersTimeout has passed (the
// server checks every connectionsCheckingInterval); the server goes on
// serving the next client.
'use strict';
var assert = require('assert');
var http = require('http');
var net = require('net');

var errors = [];
var server = http.createServer({
    headersTimeout: 100,
    requestTimeout: 200,
    connectionsCheckingInterval: 20
}, function (req, res) {
    res.end('ok');
});
assert.strictEqual(server.headersTimeout, 100);
assert.strictEqual(server.requestTimeout, 200);

server.on('clientError', function (err, socket) {
    errors.push(err.code);
    socket.end('HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
});

function slowClient(port, done) {
    var c = net.connect(port, '127.0.0.1');
    var got = '';
    c.setEncoding('latin1');
    c.on('connect', function () {
        c.write('GET / HTTP/1.1\r\nHost: h\r\n'); // and never the end
    });
    c.on('data', function (d) { got += d; });
    c.on('close', function () {
        assert.strictEqual(got.indexOf('HTTP/1.1 408 Request Timeout\r\n'), 0);
        done();
    });
}

function goodClient(port, done) {
    var c = net.connect(port, '127.0.0.1');
    var got = '';
    c.setEncoding('latin1');
    c.on('connect', function () {
        c.write('GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n');
    });
    c.on('data', function (d) { got += d; });
    c.on('end', function () {
        assert.ok(/^HTTP\/1\.1 200 OK\r\n/.test(got), got);
        assert.ok(/\r\n\r\nok$/.test(got), got);
        done();
    });
}

server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    slowClient(port, function () {
        assert.deepStrictEqual(errors, ['ERR_HTTP_REQUEST_TIMEOUT']);
        goodClient(port, function () {
            server.close();
        });
    });
});
