'use strict';
// Differential test: what an IncomingMessage shows on the server: method
// (M-SEARCH, OPTIONS *), url with query and fragment, versions, flags,
// headersDistinct, and a body read only after a delay.
var http = require('http');
var fake = require('./lib/http-fake');
var server = http.createServer(function (req, res) {
  console.log(req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor,
    req.complete, req.aborted, req.upgrade, req.readable, req.readableEnded, req.destroyed,
    req.socket === res.socket, req.connection === req.socket, typeof req.setTimeout,
    JSON.stringify(req.headersDistinct), req.statusCode, req.statusMessage);
  setTimeout(function () {
    var chunks = [];
    req.on('data', function (c) { chunks.push(String(c)); });
    req.on('end', function () {
      console.log('late body', JSON.stringify(chunks.join('')), req.complete, req.readableEnded, JSON.stringify(req.trailers));
      res.end('ok');
    });
  }, 20);
});
fake.series(server, [
  ['msearch', ['M-SEARCH * HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']],
  ['query', ['GET /a/b?x=1&y=%20#frag HTTP/1.0\r\nHost: h\r\n\r\n']],
  ['late reader', ['POST /p HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\nConnection: close\r\n\r\nbody']],
  ['options', ['OPTIONS * HTTP/1.1\r\nHost: h\r\nX-Multi: a\r\nX-Multi: b\r\nConnection: close\r\n\r\n']],
]);
