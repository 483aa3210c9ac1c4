'use strict';
// Differential test: what an http.Server writes back for well-formed
// requests: keep-alive and pipelining, header casing and duplicates,
// chunked request bodies with trailers, chunked responses, HEAD, 204,
// 304, writeHead forms, HTTP/1.0 clients.  Bytes in, bytes out, compared
// with Node 20 (Date masked).
var http = require('http');
var fake = require('./lib/http-fake');

var server = http.createServer(function (req, res) {
    var body = [];
    console.log('request', req.method, req.url, req.httpVersion,
        JSON.stringify(req.headers), JSON.stringify(req.rawHeaders));
    req.on('data', function (c) { body.push(c.toString()); });
    req.on('end', function () {
        console.log('body', JSON.stringify(body.join('')), 'complete',
            req.complete, 'trailers', JSON.stringify(req.trailers),
            JSON.stringify(req.rawTrailers));
        var u = req.url;
        if (u === '/chunked') {
            res.setHeader('X-Mixed-Case', 'v');
            res.write('abc');
            res.write(Buffer.from('defg'));
            res.end('!');
        } else if (u === '/204') {
            res.writeHead(204, { 'X-A': 'b' });
            res.end('ignored');
        } else if (u === '/304') {
            res.statusCode = 304;
            res.end();
        } else if (u === '/array') {
            res.writeHead(201, 'Made', ['Set-Cookie', 'a=1', 'Set-Cookie',
                'b=2', 'X-Y', 'z']);
            res.end(Buffer.from('buffer body'));
        } else if (u === '/trailers') {
            res.writeHead(200, { 'Trailer': 'X-T',
                'Transfer-Encoding': 'chunked' });
            res.write('x');
            res.addTrailers({ 'X-T': 'done' });
            res.end();
        } else if (u === '/empty') {
            res.end();
        } else {
            res.setHeader('Content-Type', 'text/plain');
            res.setHeader('set-cookie', ['s=1', 's=2']);
            res.end('hello ' + u + ' ' + req.method);
        }
    });
});

// Limits and options that change what a request shows.
var limited = http.createServer({ joinDuplicateHeaders: true },
    function (req, res) {
        console.log('limited', JSON.stringify(req.rawHeaders),
            JSON.stringify(req.headers), JSON.stringify(req.headersDistinct));
        res.end();
    });
limited.maxHeadersCount = 3;

function more() {
    fake.series(limited, [
        ['maxHeadersCount and joinDuplicateHeaders', [
            'GET / HTTP/1.1\r\nHost: h\r\nA: 1\r\na: 2\r\nB: 3\r\n' +
            'Connection: close\r\n\r\n']]
    ]);
}

fake.series(server, [
    ['keep-alive then close', [
        'GET /one HTTP/1.1\r\nHost: x\r\n\r\n',
        'GET /two HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n']],
    ['pipelined in one chunk', [
        'GET /p1 HTTP/1.1\r\nHost: h\r\n\r\nGET /p2 HTTP/1.1\r\nHost: h\r\n\r\n' +
        'GET /p3 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']],
    ['duplicates and casing', [
        'GET /dup HTTP/1.1\r\nHost: a\r\nhost: b\r\nX-Foo: 1\r\n' +
        'x-foo: 2\r\nCookie: c=1\r\nCookie: d=2\r\nSet-Cookie: e\r\n' +
        'SET-COOKIE: f\r\nContent-Type: a\r\nContent-Type: b\r\n' +
        'User-Agent: u1\r\nUser-Agent: u2\r\nAccept: x  \r\n' +
        'Connection: close\r\n\r\n']],
    ['chunked request body with trailers, split', [
        'POST /up HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel',
        'lo\r\n6;ext=1\r\n world\r\n0\r\nX-Check: yes\r\n\r\n',
        'GET /after HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']],
    ['content-length body', [
        'PUT /len HTTP/1.1\r\nHost: h\r\nContent-Length: 11\r\n\r\nhello',
        ' world',
        'GET /x HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']],
    ['chunked response', [
        'GET /chunked HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']],
    ['HEAD', ['HEAD /head HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']],
    ['204 and 304', [
        'GET /204 HTTP/1.1\r\nHost: h\r\n\r\nGET /304 HTTP/1.1\r\nHost: h\r\n' +
        'Connection: close\r\n\r\n']],
    ['writeHead with a reason and an array', [
        'GET /array HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']],
    ['trailers', ['GET /trailers HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']],
    ['HTTP/1.0 without keep-alive', ['GET /old HTTP/1.0\r\n\r\n']],
    ['HTTP/1.0 keep-alive', [
        'GET /old-ka HTTP/1.0\r\nConnection: keep-alive\r\n\r\n',
        'GET /empty HTTP/1.0\r\n\r\n']],
    ['HTTP/1.0 chunked body unknown length', [
        'GET /chunked HTTP/1.0\r\n\r\n']],
    ['latin1 header value', ['GET /cafe HTTP/1.1\r\nHost: h\r\n' +
        'X-L: \xe9t\xe9\r\nConnection: close\r\n\r\n']],
    ['HTTP/1.1 without Host', [
        'GET /nohost HTTP/1.1\r\n\r\nGET /next HTTP/1.1\r\nHost: h\r\n\r\n']]
], more);
