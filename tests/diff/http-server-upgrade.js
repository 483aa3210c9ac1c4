'use strict';
// Differential test: requests that change what the connection carries:
// 'upgrade' and 'connect' hand the socket over with the bytes after the
// head; Expect: 100-continue is answered by the server or by a
// 'checkContinue' listener; an unknown expectation gets 417.
var http = require('http');
var fake = require('./lib/http-fake');

function handler(req, res) {
    var body = '';
    console.log('request', req.method, req.url);
    req.setEncoding('utf8');
    req.on('data', function (c) { body += c; });
    req.on('end', function () { res.end('got ' + JSON.stringify(body)); });
}

var plain = http.createServer(handler);

var upgrading = http.createServer(handler);
upgrading.on('upgrade', function (req, socket, head) {
    console.log('upgrade', req.url, JSON.stringify(req.headers),
        JSON.stringify(head.toString()));
    socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: test\r\n' +
        'Connection: Upgrade\r\n\r\nwelcome');
});
upgrading.on('connect', function (req, socket, head) {
    console.log('connect', req.url, JSON.stringify(head.toString()));
    socket.end('HTTP/1.1 200 Connection Established\r\n\r\n');
});

var checking = http.createServer(handler);
checking.on('checkContinue', function (req, res) {
    console.log('checkContinue', req.url, req.headers.expect);
    if (req.url === '/no') {
        res.writeHead(403, { 'Content-Type': 'text/plain' });
        res.end('no');
        return;
    }
    res.writeContinue();
    handler(req, res);
});

fake.series(plain, [
    ['upgrade without a listener', [
        'GET /up HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\n' +
        'Upgrade: test\r\n\r\n', null]],
    ['connect without a listener', [
        'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n']],
    ['100-continue answered by the server', [
        'POST /c HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\n' +
        'Content-Length: 4\r\nConnection: close\r\n\r\n', 'data']],
    ['unknown expectation', [
        'POST /e HTTP/1.1\r\nHost: h\r\nExpect: something\r\n' +
        'Content-Length: 0\r\nConnection: close\r\n\r\n']]
], function () {
    fake.series(upgrading, [
        ['upgrade with head bytes', [
            'GET /up HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\n' +
            'Upgrade: test\r\n\r\nextra bytes']],
        ['connect with head bytes', [
            'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n' +
            '\r\nclient hello']],
        ['request before an upgrade', [
            'GET /first HTTP/1.1\r\nHost: h\r\n\r\n', 'GET /second' +
            ' HTTP/1.1\r\nHost: h\r\n\r\n',
            'GET /up HTTP/1.1\r\nHost: h\r\nConnection: Upgrade\r\n' +
            'Upgrade: test\r\n\r\n']]
    ], function () {
        fake.series(checking, [
            ['checkContinue accepts', [
                'PUT /yes HTTP/1.1\r\nHost: h\r\nExpect: 100-continue\r\n' +
                'Content-Length: 3\r\nConnection: close\r\n\r\n', 'abc']],
            ['checkContinue refuses', [
                'PUT /no HTTP/1.1\r\nHost: h\r\nExpect: 100-Continue\r\n' +
                'Content-Length: 3\r\n\r\n', null]]
        ]);
    });
});
