'use strict';
// Differential test: res.end(string) over real TCP sockets, the road
// nodule takes in C (modules/http_end.c) when the head and body can go
// out as one write, and the roads around it: a head made by end() itself
// (Content-Length in UTF-8 bytes), chunked framing, HEAD, a corked
// socket, a body larger than the socket takes at once, an Expect
// header, a socket timeout, and the order of 'prefinish', ticks and
// 'finish'.  Each request comes on its own connection; what the client
// read is printed with the Date header masked.
var http = require('http');
var net = require('net');

var big = Buffer.alloc(6 * 1024 * 1024, 'b').toString('latin1');

var server = http.createServer(function (req, res) {
  var url = req.url;
  res.on('prefinish', function () {
    console.log(url, 'prefinish');
    process.nextTick(function () { console.log(url, 'tick from prefinish'); });
  });
  res.on('finish', function () { console.log(url, 'finish', res.writableFinished); });
  if (url === '/utf8') {
    res.end('h\u00e9llo \u20ac');
  } else if (url === '/chunked') {
    res.writeHead(200, { 'Transfer-Encoding': 'chunked' });
    res.end('abc');
  } else if (url === '/head') {
    res.end('not sent');
  } else if (url === '/status') {
    res.statusCode = 201;
    res.setHeader('X-A', 'b');
    res.end('made');
  } else if (url === '/corked') {
    res.socket.cork();
    res.end('corked body');
  } else if (url === '/big') {
    res.end(big);
  } else if (url === '/timeout') {
    res.setTimeout(1000);
    res.end('with a timer');
  } else {
    res.end('expect');
  }
  process.nextTick(function () { console.log(url, 'tick after end'); });
  console.log(url, 'after end', res.finished, res.headersSent);
});
server.on('checkContinue', function (req, res) {
  console.log('checkContinue');
  res.writeContinue();
  res.end('continued');
  console.log(req.url, 'after end', res.finished, res.headersSent);
});

function show(name, text) {
  text = text.replace(/Date: [^\r]*/, 'Date: (masked)');
  var cut = text.indexOf('\r\n\r\n');
  var head = cut < 0 ? text : text.slice(0, cut);
  var body = cut < 0 ? '' : text.slice(cut + 4);
  console.log(name, JSON.stringify(head));
  console.log(name, 'body', body.length,
    JSON.stringify(body.length > 40 ? body.slice(0, 20) + '...' : body));
}

var cases = [
  ['utf8', 'GET /utf8 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'],
  ['chunked', 'GET /chunked HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'],
  ['head', 'HEAD /head HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'],
  ['status', 'GET /status HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'],
  ['corked', 'GET /corked HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'],
  ['big', 'GET /big HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'],
  ['timeout', 'GET /timeout HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'],
  ['expect', 'POST /expect HTTP/1.1\r\nHost: h\r\nConnection: close\r\n' +
    'Content-Length: 0\r\nExpect: 100-continue\r\n\r\n']
];

function next(i) {
  if (i === cases.length) {
    server.close(function () { console.log('closed'); });
    return;
  }
  var c = net.connect(server.address().port, '127.0.0.1');
  var chunks = [];
  c.on('data', function (d) { chunks.push(d); });
  c.on('end', function () {
    show(cases[i][0], Buffer.concat(chunks).toString('latin1'));
    next(i + 1);
  });
  c.write(cases[i][1]);
}

server.listen(0, '127.0.0.1', function () { next(0); });
