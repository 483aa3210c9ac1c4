'use strict';
// Differential test: ServerResponse edge cases: end() twice and write()
// after end() (callbacks, errors and their order), write() on a HEAD
// response, setHeader() after the head went out, flushHeaders(), a custom
// status message, Buffer and UTF-8 bodies, 'finish' and 'close'.
var http = require('http');
var fake = require('./lib/http-fake');
var server = http.createServer(function (req, res) {
  if (req.url === '/twice') {
    res.end('a', function () { console.log('end cb 1'); });
    res.end(function (e) { console.log('end cb 2', e && e.code); });
    res.on('error', function (e) { console.log('res error', e.code); });
    res.write('x', function (e) { console.log('write cb', e && e.code); });
    console.log('finished', res.finished, res.writableEnded);
  } else if (req.url === '/head') {
    console.log('write on HEAD', res.write('body'));
    res.end('more');
  } else if (req.url === '/late') {
    res.write('a');
    try { res.setHeader('X', '1'); } catch (e) { console.log('late', e.code); }
    res.end();
  } else if (req.url === '/flush') {
    res.setHeader('X-F', '1');
    res.flushHeaders();
    console.log('headersSent', res.headersSent);
    setTimeout(function () { res.end('later'); }, 5);
  } else if (req.url === '/status') {
    res.statusCode = 404; res.statusMessage = 'Nope';
    res.end('x');
  } else if (req.url === '/buf') {
    res.end(Buffer.from('bytes'), function () { console.log('buf end cb'); });
  } else if (req.url === '/utf8') {
    res.end('h\u00e9llo \u20ac');
  }
  res.on('finish', function () { console.log('finish', req.url); });
  res.on('close', function () { console.log('close', req.url); });
});
fake.series(server, [
  ['twice', ['GET /twice HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']],
  ['head', ['HEAD /head HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']],
  ['late', ['GET /late HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']],
  ['flush', ['GET /flush HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']],
  ['status', ['GET /status HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']],
  ['buf', ['GET /buf HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']],
  ['utf8', ['GET /utf8 HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n']],
]);
