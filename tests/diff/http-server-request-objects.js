'use strict';
// Differential test: the request and response a server hands its
// handler (nodule's parser makes both itself: modules/http_parser.c),
// for HTTP/1.1, HTTP/1.0, HEAD, Connection: close, an upgrade nobody
// takes, a pipelined request whose response waits for the socket, and
// with the server's own IncomingMessage and ServerResponse classes.
var http = require('http');
var net = require('net');

function MyRequest(socket) {
  http.IncomingMessage.call(this, socket);
  this.mine = 'request';
}
Object.setPrototypeOf(MyRequest.prototype, http.IncomingMessage.prototype);

function MyResponse(req) {
  http.ServerResponse.call(this, req);
  this.mine = 'response';
}
Object.setPrototypeOf(MyResponse.prototype, http.ServerResponse.prototype);

function handler(req, res) {
  console.log(req.url, req.method, req.httpVersion, req.httpVersionMajor,
    req.httpVersionMinor, 'upgrade', req.upgrade, 'complete', req.complete);
  console.log(req.url, 'raw', JSON.stringify(req.rawHeaders),
    'headers', JSON.stringify(req.headers));
  console.log(req.url, 'classes', req instanceof http.IncomingMessage,
    res instanceof http.ServerResponse, req.mine, res.mine,
    req instanceof MyRequest, res instanceof MyResponse);
  console.log(req.url, 'res', res.req === req, res.statusCode,
    res.shouldKeepAlive, res.sendDate, res.headersSent, res.finished,
    'owns socket', res.socket === req.socket, 'socket set', res.socket !== null);
  res.end('ok ' + req.url);
}

var plain = http.createServer(handler);
var own = http.createServer({ IncomingMessage: MyRequest, ServerResponse: MyResponse },
  handler);

function exchange(server, text, cb) {
  var c = net.connect(server.address().port, '127.0.0.1');
  var got = '';
  c.setEncoding('latin1');
  c.on('data', function (d) { got += d; });
  c.on('end', function () {
    console.log('client', JSON.stringify(got.replace(/Date: [^\r]*/g, 'Date: <date>')));
    cb();
  });
  c.write(text);
}

var steps = [
  [plain, 'GET /one HTTP/1.1\r\nHost: h\r\nX-A: 1\r\nx-a: 2\r\nConnection: close\r\n\r\n'],
  [plain, 'GET /old HTTP/1.0\r\n\r\n'],
  [plain, 'HEAD /head HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'],
  [plain, 'GET /up HTTP/1.1\r\nHost: h\r\nConnection: upgrade, close\r\nUpgrade: x\r\n\r\n'],
  [plain, 'GET /p1 HTTP/1.1\r\nHost: h\r\n\r\nGET /p2 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'],
  [own, 'GET /own HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'],
  [own, 'GET /own-old HTTP/1.0\r\n\r\n']
];

var listening = 0;
[plain, own].forEach(function (s) {
  s.listen(0, '127.0.0.1', function () {
    if (++listening === 2) {
      next(0);
    }
  });
});

function next(i) {
  if (i === steps.length) {
    plain.close();
    own.close();
    return;
  }
  exchange(steps[i][0], steps[i][1], function () { next(i + 1); });
}
