// net: writing after the peer ended a socket that is not half-open:
// write() returns false and its callback gets EPIPE, no 'error' event.
'use strict';
var net = require('net');
var s = net.createServer(function (sock) { sock.end(); });
s.listen(0, '127.0.0.1', function () {
  var c = net.connect(s.address().port, '127.0.0.1');
  c.resume();
  c.on('end', function () { setImmediate(function () { var r = c.write('late', function (e) { console.log('cb', e && e.code, e && e.message); }); console.log('write returned', r); }); });
  c.on('error', function (e) { console.log('error', e.code, e.message); });
  c.on('close', function (h) { console.log('close', h); s.close(); });
});
