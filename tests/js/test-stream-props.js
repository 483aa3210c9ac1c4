// The state getters and option checks: default highWaterMarks (and
// setDefaultHighWaterMark), invalid highWaterMark values, readable /
// writable flags through a stream's life, and instanceof across classes.
'use strict';
var assert = require('assert');
var stream = require('stream');

assert.strictEqual(stream.getDefaultHighWaterMark(false), 16384);
assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
assert.strictEqual(new stream.Readable().readableHighWaterMark, 16384);
stream.setDefaultHighWaterMark(false, 100);
assert.strictEqual(new stream.Writable().writableHighWaterMark, 100);
stream.setDefaultHighWaterMark(false, 16384);
assert.strictEqual(new stream.Readable({ highWaterMark: 0 })
    .readableHighWaterMark, 0);

[-1, 1.5, 'big', NaN].forEach(function (bad) {
    assert.throws(function () {
        new stream.Readable({ highWaterMark: bad });
    }, function (err) {
        return err.code === 'ERR_INVALID_ARG_VALUE' &&
            err.message.indexOf('options.highWaterMark') >= 0;
    });
});
assert.throws(function () {
    new stream.Duplex({ readableHighWaterMark: -5 });
}, function (err) {
    return err.message.indexOf('options.readableHighWaterMark') >= 0;
});

var r = new stream.Readable({ read: function () {} });
assert.strictEqual(r.readable, true);
assert.strictEqual(r.readableEnded, false);
assert.strictEqual(r.readableDidRead, false);
assert.strictEqual(r.readableAborted, false);
assert.strictEqual(r.closed, false);
assert.strictEqual(r.errored, null);
assert.ok(r.readableBuffer);
r.push('x');
r.read();
assert.strictEqual(r.readableDidRead, true);
r.destroy();
assert.strictEqual(r.readable, false);
assert.strictEqual(r.readableAborted, true);

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
assert.strictEqual(w.writable, true);
assert.strictEqual(w.writableEnded, false);
assert.strictEqual(w.writableCorked, 0);
assert.strictEqual(w.writableAborted, false);
w.end();
assert.strictEqual(w.writable, false);
assert.strictEqual(w.writableEnded, true);

// Called without new, the constructors still make streams.
assert.ok(stream.Readable() instanceof stream.Readable);
assert.ok(stream.Writable() instanceof stream.Writable);
assert.ok(stream.Duplex() instanceof stream.Duplex);
assert.ok(stream.Transform() instanceof stream.Duplex);
assert.ok(stream.PassThrough() instanceof stream.Writable);

// Subclasses made with util.inherits work and keep their own instanceof.
var util = require('util');
function Upper(options) {
    stream.Transform.call(this, options);
}
util.inherits(Upper, stream.Transform);
Upper.prototype._transform = function (chunk, enc, cb) {
    cb(null, String(chunk).toUpperCase());
};
var u = new Upper();
assert.ok(u instanceof Upper);
assert.ok(u instanceof stream.Writable);
assert.ok(!(new stream.PassThrough() instanceof Upper));
var out = '';
u.on('data', function (d) { out += d; });
u.end('shout');
process.on('exit', function () {
    assert.strictEqual(out, 'SHOUT');
});
