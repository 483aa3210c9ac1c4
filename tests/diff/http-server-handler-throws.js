'use strict';
// Differential test: a 'request' listener that throws.  The
// exception reaches 'uncaughtException'; the connection's parser is then
// out of step, so what the client sends next is a client error with
// Node's code; the next connection is served normally.
var http = require('http');
var fake = require('./lib/http-fake');

process.on('uncaughtException', function (e) {
    console.log('uncaught', e.message);
});

var server = http.createServer(function (req, res) {
    console.log('request', req.url);
    if (req.url === '/throw') {
        throw new Error('in request');
    }
    res.end('ok');
});
server.on('clientError', function (err, socket) {
    console.log('clientError', err.code, err.message);
    socket.destroy();
});

fake.series(server, [
    ['throw in request', ['GET /throw HTTP/1.1\r\nHost: h\r\n\r\n',
        'GET /after HTTP/1.1\r\nHost: h\r\n\r\n']],
    ['next connection', ['GET /ok HTTP/1.1\r\nHost: h\r\n' +
        'Connection: close\r\n\r\n']]
]);
