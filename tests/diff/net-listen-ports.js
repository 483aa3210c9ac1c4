// net: listen() with a null, undefined, string or missing port listens on a
// random port, as in Node.
'use strict';
var net = require('net');
[[null], [undefined], [{port: null}], [{port: undefined}], ['0'], [{port: 0, host: ''}]].forEach(function (a, i) {
  try { var s = net.createServer(); s.listen.apply(s, a); s.on('listening', function () { console.log(i, 'listening', typeof s.address().port); s.close(); }); s.on('error', function (e) { console.log(i, 'error', e.code); }); }
  catch (e) { console.log(i, 'throw', e.code); }
});
