'use strict';
// Differential test: what happens when a server's response finishes
// (nodule does it in C: modules/http_end.c, serverFinish): the order of
// 'finish' and 'close' on the response (also a 'close' listener added by
// a 'finish' listener) and of 'end' on a request someone listened to; a request body nobody read; pipelined requests answered
// in turn; a response that closes the connection; a ServerResponse
// subclass with its own detachSocket(); the keep-alive timeout with and
// without server.timeout.  Requests go over real TCP connections.
var http = require('http');
var net = require('net');

function Res(req) {
  http.ServerResponse.call(this, req);
}
Object.setPrototypeOf(Res.prototype, http.ServerResponse.prototype);
Res.prototype.detachSocket = function (socket) {
  console.log('own detachSocket', this.req.url, socket === this.socket);
  http.ServerResponse.prototype.detachSocket.call(this, socket);
};

function handler(req, res) {
  var url = req.url;
  res.on('finish', function () {
    console.log(url, 'finish; socket', res.socket === null ? 'null' : 'set',
      'destroyed', res.destroyed);
  });
  if (url === '/close-listener' || url === '/pipe-1' || url === '/pipe-2') {
    res.on('close', function () { console.log(url, 'close', res.destroyed); });
  }
  if (url === '/late-close') {
    res.on('finish', function () {
      res.on('close', function () { console.log(url, 'close asked for in finish', res.destroyed); });
    });
  }
  if (url === '/end-listener') {
    req.on('end', function () { console.log(url, 'req end'); });
  }
  if (url === '/slow') {
    setTimeout(function () { res.end('slow'); }, 20);
    return;
  }
  res.end(url);
  process.nextTick(function () { console.log(url, 'tick after end'); });
}

var plain = http.createServer(handler);
var sub = http.createServer({ ServerResponse: Res }, handler);
var timed = http.createServer(handler);
timed.setTimeout(3000);
timed.keepAliveTimeout = 2000;

function exchange(server, text, responses, cb) {
  var c = net.connect(server.address().port, '127.0.0.1');
  var got = '';
  c.setEncoding('latin1');
  c.on('data', function (d) {
    got += d;
    if ((got.match(/HTTP\/1\.1 /g) || []).length === responses) {
      console.log('client got', responses, 'responses;', 'bodies',
        JSON.stringify(got.replace(/HTTP[^]*?\r\n\r\n/g, '|')));
      if (server === timed) {
        console.log('socket timeout armed', serverSocket.timeout);
      }
      c.end();
    }
  });
  c.on('close', function () { cb(); });
  c.write(text);
}

var serverSocket = null;
timed.on('connection', function (s) { serverSocket = s; });

function get(url, close) {
  return 'GET ' + url + ' HTTP/1.1\r\nHost: h\r\n' +
    (close ? 'Connection: close\r\n' : '') + '\r\n';
}

var steps = [
  function (next) { exchange(plain, get('/one') + get('/close-listener'), 2, next); },
  function (next) { exchange(plain, get('/end-listener') + get('/late-close'), 2, next); },
  function (next) {
    exchange(plain, 'POST /unread HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello',
      1, next);
  },
  function (next) { exchange(plain, get('/slow') + get('/pipe-1') + get('/pipe-2'), 3, next); },
  function (next) { exchange(plain, get('/last', true), 1, next); },
  function (next) { exchange(sub, get('/sub-1') + get('/sub-2'), 2, next); },
  function (next) { exchange(timed, get('/timed-1') + get('/timed-2'), 2, next); }
];

var listening = 0;
[plain, sub, timed].forEach(function (s) {
  s.listen(0, '127.0.0.1', function () {
    if (++listening === 3) {
      run(0);
    }
  });
});

function run(i) {
  if (i === steps.length) {
    plain.close(); sub.close(); timed.close();
    console.log('done');
    return;
  }
  console.log('--- step', i);
  steps[i](function () { setTimeout(function () { run(i + 1); }, 10); });
}
