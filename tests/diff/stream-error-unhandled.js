// Stream errors are emitted on a later tick: a listener attached right
// after the failing call still sees them, and a stream error nobody
// listens for is an uncaught exception (exit status 1) after the current
// tick's other work.
var stream = require('stream');

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
w.end();
w.write('late');
w.on('error', function (err) {
    console.log('caught late listener: ' + err.code);
});

var r = new stream.Readable({ read: function () {} });
r.destroy(new Error('nobody listens'));
console.log('destroy returned, destroyed ' + r.destroyed);
process.nextTick(function () {
    console.log('tick queued after destroy');
});
process.on('exit', function (code) {
    console.log('exit ' + code);
});
