'use strict';
// Differential test: a server's own IncomingMessage or ServerResponse
// class that throws while the parser makes a request's objects (nodule
// makes them in C, modules/http_request.c): the error reaches
// 'uncaughtException' as itself, and the server goes on serving.
var http = require('http');
var net = require('net');

function BadRequest() { throw new Error('request constructor failed'); }
function BadResponse() { throw new TypeError('response constructor failed'); }

var servers = [
  http.createServer({ IncomingMessage: BadRequest }, function () {}),
  http.createServer({ ServerResponse: BadResponse }, function () {})
];
var good = http.createServer(function (req, res) { res.end('still serving'); });

var step = 0;
process.on('uncaughtException', function (e) {
  console.log('uncaught', e.name, e.message);
  next();
});

function poke(server) {
  var c = net.connect(server.address().port, '127.0.0.1');
  c.on('error', function () {});
  c.write('GET / HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n');
}

function next() {
  if (step < servers.length) {
    poke(servers[step++]);
    return;
  }
  http.get({ port: good.address().port, host: '127.0.0.1', agent: false },
    function (res) {
      var body = '';
      res.setEncoding('utf8');
      res.on('data', function (d) { body += d; });
      res.on('end', function () {
        console.log('good server', res.statusCode, body);
        servers.forEach(function (s) { s.close(); });
        good.close();
        process.exit(0);
      });
    });
}

var listening = 0;
servers.concat([good]).forEach(function (s) {
  s.listen(0, '127.0.0.1', function () {
    if (++listening === 3) {
      next();
    }
  });
});
