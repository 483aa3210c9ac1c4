// net: a client bound to options.localAddress first; a local address the
// host lacks is a 'bind' error; an invalid one throws.
'use strict';
var net = require('net');
var s = net.createServer(function (sock) { console.log('server sees', sock.remoteAddress); sock.end(); });
s.listen(0, '127.0.0.1', function () {
  var c = net.connect({ port: s.address().port, host: '127.0.0.1', localAddress: '127.0.0.2' });
  c.on('connect', function () { console.log('local', c.localAddress); });
  c.resume();
  c.on('close', function () {
    var d = net.connect({ port: s.address().port, host: '127.0.0.1', localAddress: '10.9.9.9' });
    d.on('error', function (e) { console.log(e.code, e.syscall, e.message); s.close(); });
    try { net.connect({ port: 1, localAddress: 'abc' }); } catch (e) { console.log(e.code, e.message); }
  });
});
