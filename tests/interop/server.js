// The HTTP server of the interop tests. It runs under nodule (curl.sh
// talks to it) and under node (node-server.sh points nodule's client at
// it), listens on 127.0.0.1 at any free port and prints the port.
//
//   /echo     answers with one JSON line: method, url, HTTP version, the
//             request's transfer-encoding and content-length headers, the
//             body's length and text, and the client's port (so a test can
//             see whether two requests came on one connection)
//   /chunked  answers in three writes, so the body goes out chunked
//   /empty    answers 204
//   /close    answers with Connection: close
// Anything else is 404.
'use strict';

var http = require('http');

var server = http.createServer(function (req, res) {
    var body = [];
    req.setEncoding('latin1');
    req.on('data', function (d) {
        body.push(d);
    });
    req.on('end', function () {
        var text = body.join('');
        if (req.url.indexOf('/echo') === 0) {
            var out = JSON.stringify({
                method: req.method,
                url: req.url,
                version: req.httpVersion,
                te: req.headers['transfer-encoding'] || null,
                cl: req.headers['content-length'] || null,
                length: text.length,
                body: text.length <= 64 ? text : text.slice(0, 64),
                port: req.socket.remotePort
            }) + '\n';
            res.writeHead(200, { 'Content-Type': 'application/json',
                                 'Content-Length': Buffer.byteLength(out) });
            res.end(out);
        } else if (req.url === '/chunked') {
            res.writeHead(200, { 'Content-Type': 'text/plain' });
            res.write('one\n');
            res.write('two\n');
            res.end('three\n');
        } else if (req.url === '/empty') {
            res.writeHead(204);
            res.end();
        } else if (req.url === '/close') {
            res.writeHead(200, { 'Connection': 'close' });
            res.end('bye\n');
        } else {
            res.writeHead(404);
            res.end('not found\n');
        }
    });
});
server.listen(0, '127.0.0.1', function () {
    console.log(server.address().port);
});
