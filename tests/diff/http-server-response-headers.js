'use strict';
// Differential test: how the head of a response is framed from what the
// handler set: Content-Length given, headers given to writeHead (and
// what getHeader sees then), Transfer-Encoding, neither length nor
// chunking, no Date, Connection: close, numbers and arrays, empty bodies.
var http = require('http');
var fake = require('./lib/http-fake');
var server = http.createServer(function (req, res) {
  var u = req.url;
  if (u === '/cl') { res.writeHead(200, { 'Content-Length': 3 }); res.end('abc'); }
  else if (u === '/getafter') { res.writeHead(200, { 'X-A': '1' }); console.log('get', res.getHeader('x-a'), JSON.stringify(res.getHeaders())); res.end(); }
  else if (u === '/mixed') { res.setHeader('X-S', 's'); res.writeHead(201, { 'X-W': 'w' }); console.log('get', res.getHeader('x-w'), res.getHeader('x-s')); res.end('m'); }
  else if (u === '/te') { res.setHeader('Transfer-Encoding', 'gzip, chunked'); res.end('zz'); }
  else if (u === '/nolen') { res.removeHeader('Content-Length'); res.removeHeader('Transfer-Encoding'); res.write('a'); res.end('b'); }
  else if (u === '/date') { res.sendDate = false; res.end('d'); }
  else if (u === '/conn') { res.setHeader('Connection', 'close'); res.end('c'); }
  else if (u === '/num') { res.writeHead(200, { 'X-N': 5, 'X-Arr': ['a', 'b'] }); res.end(); }
  else if (u === '/emptybuf') { res.end(Buffer.alloc(0)); }
  else if (u === '/write0') { res.write(''); res.end(); }
  else if (u === '/cookie') { res.setHeader('Cookie', ['a=1', 'b=2']); res.end(); }
});
var list = ['/cl', '/getafter', '/mixed', '/te', '/nolen', '/date', '/conn', '/num', '/emptybuf', '/write0', '/cookie'].map(function (u) {
  return [u, ['GET ' + u + ' HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']];
});
fake.series(server, list);
