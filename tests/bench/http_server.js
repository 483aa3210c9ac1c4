// The server half of tests/bench/http.sh: a hello-world HTTP server that
// keeps connections alive. It listens on 127.0.0.1 at the port given as
// the first argument (0: any free port) and prints the port it got.
//
// Idle connections are never closed by the server (keepAliveTimeout and
// headersTimeout off), so the idle-connection part of the benchmark can
// hold thousands of them open.
'use strict';

var http = require('http');

var body = 'hello world\n';
var server = http.createServer(function (req, res) {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end(body);
});
server.keepAliveTimeout = 0;
server.headersTimeout = 0;
server.requestTimeout = 0;
server.listen(Number(process.argv[2] || 0), '127.0.0.1', function () {
    console.log(server.address().port);
});
