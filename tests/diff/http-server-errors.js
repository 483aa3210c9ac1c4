'use strict';
// Differential test: malformed requests.  Without a 'clientError'
// listener the server answers 400 (431 for headers over the limit) and
// closes; with one, the listener decides.  Also: the server keeps
// serving the next connection, and a request cut off mid-body is aborted.
var http = require('http');
var fake = require('./lib/http-fake');

function handler(req, res) {
    console.log('request', req.method, req.url);
    req.on('aborted', function () { console.log('aborted', req.url); });
    req.on('error', function (e) { console.log('req error', e.code); });
    req.on('data', function () {});
    req.on('end', function () { res.end('ok ' + req.url); });
}

var plain = http.createServer(handler);
var small = http.createServer({ maxHeaderSize: 64 }, handler);
var listening = http.createServer(handler);
listening.on('clientError', function (err, socket) {
    var raw = String(err.rawPacket);
    console.log('clientError', err.code, err.message, raw.length > 100 ?
        raw.length + ' bytes' : JSON.stringify(raw), err.bytesParsed);
    socket.end('HTTP/1.1 400 Custom\r\nConnection: close\r\n\r\n');
});

var big = 'GET / HTTP/1.1\r\nHost: h\r\nX-Big: ' +
    new Array(1024 * 1024 + 1).join('a') + '\r\n\r\n';

var bad = [
    ['invalid method', ['FOO / HTTP/1.1\r\nHost: h\r\n\r\n']],
    ['lower-case method', ['get / HTTP/1.1\r\nHost: h\r\n\r\n']],
    ['bad version', ['GET / HTTP/9.9\r\nHost: h\r\n\r\n']],
    ['no version', ['GET /\r\nHost: h\r\n\r\n']],
    ['space in header name', ['GET / HTTP/1.1\r\nHost: h\r\nBad Name: 1\r\n\r\n']],
    ['colon-less header', ['GET / HTTP/1.1\r\nHost: h\r\nNoColon\r\n\r\n']],
    ['conflicting content-length', [
        'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1\r\n' +
        'Content-Length: 2\r\n\r\nab']],
    ['content-length and chunked', [
        'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n' +
        'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n']],
    ['bad chunk size', [
        'POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n' +
        'zz\r\n']],
    ['bad content-length', [
        'POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 1x\r\n\r\n']],
    ['header over 1 MiB', [big]],
    // The bytes counted are those of the target, names and values:
    // 1 + (4 + 1) + (1 + 16361) + (10 + 5) = 16383 fits; one more
    // reaches the 16384 limit.
    ['largest head that fits', ['GET / HTTP/1.1\r\nHost: h\r\nX: ' +
        new Array(16362).join('v') + '\r\nConnection: close\r\n\r\n']],
    ['one byte more', ['GET / HTTP/1.1\r\nHost: h\r\nX: ' +
        new Array(16363).join('v') + '\r\nConnection: close\r\n\r\n']],
    ['second request bad', [
        'GET /ok HTTP/1.1\r\nHost: h\r\n\r\nBAD / HTTP/1.1\r\n\r\n']]
];

var smallOnes = [
    ['under the limit', ['GET /s HTTP/1.1\r\nHost: h\r\nX: ' +
        new Array(40).join('b') + '\r\nConnection: close\r\n\r\n']],
    ['over the limit', ['GET /s HTTP/1.1\r\nHost: h\r\nX: ' +
        new Array(70).join('b') + '\r\n\r\n']],
    ['over the limit in pieces', ['GET /s HTTP/1.1\r\nHost: h\r\n',
        'X: ' + new Array(30).join('c') + '\r\n', 'Y: ' +
        new Array(30).join('d') + '\r\n\r\n']]
];

function afterCut(sock) {
    // The client goes away in the middle of a body.
    setTimeout(function () { sock.destroy(); }, 30);
}

fake.series(plain, bad, function () {
    fake.series(small, smallOnes, function () {
        fake.series(listening, [
            ['listener answers', ['GET / HTTP/1.1\r\nBad Name: 1\r\n\r\n']],
            ['listener, overflow', [big]]
        ], function () {
            var sock = fake.run(plain, 'cut mid-body', [
                'POST /cut HTTP/1.1\r\nHost: h\r\nContent-Length: 100\r\n\r\n' +
                'partial'], function () {
                fake.series(plain, [['still serving', [
                    'GET /next HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']]]);
            });
            afterCut(sock);
        });
    });
});
