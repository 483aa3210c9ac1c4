'use strict';
// Differential test: server.maxRequestsPerSocket.  Responses say
// "Keep-Alive: timeout=5, max=N", the last allowed one says Connection:
// close, and a request beyond the limit gets 503 and 'dropRequest'
// instead of 'request'; HTTP/1.0 requests are not counted.
var http = require('http');
var fake = require('./lib/http-fake');

var server = http.createServer(function (req, res) {
    console.log('request', req.url);
    res.end('ok ' + req.url);
});
server.maxRequestsPerSocket = 2;
server.on('dropRequest', function (req, socket) {
    console.log('dropRequest', req.url, typeof socket);
});

fake.series(server, [
    ['one at a time', ['GET /1 HTTP/1.1\r\nHost: h\r\n\r\n',
        'GET /2 HTTP/1.1\r\nHost: h\r\n\r\n',
        'GET /3 HTTP/1.1\r\nHost: h\r\n\r\n', null]],
    ['pipelined', ['GET /a HTTP/1.1\r\nHost: h\r\n\r\n' +
        'GET /b HTTP/1.1\r\nHost: h\r\n\r\nGET /c HTTP/1.1\r\nHost: h\r\n\r\n',
        null]],
    ['HTTP/1.0 keep-alive', [
        'GET /x HTTP/1.0\r\nConnection: keep-alive\r\n\r\n', null]]
]);
