// destroy(): 'error' (with an error) then 'close', both on a later tick;
// idempotent (the second call's callback runs, nothing is emitted again);
// _destroy may replace or swallow the error; emitClose false; errors after
// destroy are ignored; autoDestroy false keeps an errored stream alive;
// stream.destroy() and the isDestroyed/isErrored/isReadable helpers.
'use strict';
var assert = require('assert');
var stream = require('stream');

var log = [];
var r = new stream.Readable({ read: function () {} });
r.on('error', function (err) { log.push('error ' + err.message); });
r.on('close', function () { log.push('close'); });
assert.strictEqual(r.destroy(new Error('boom')), r);
assert.strictEqual(r.destroyed, true);
assert.strictEqual(r.errored.message, 'boom');
assert.strictEqual(r.readable, false);
assert.deepStrictEqual(log, []);
var secondCb = false;
r.destroy(new Error('again'), function () { secondCb = true; });
assert.strictEqual(secondCb, true);
assert.strictEqual(r.errored.message, 'boom');
// Pushes after destroy are ignored.
assert.strictEqual(r.push('x'), false);

// _destroy can change the error.
var changed = null;
var c = new stream.Writable({
    write: function (ch, e, cb) { cb(); },
    destroy: function (err, cb) {
        cb(new Error('replaced ' + err.message));
    }
});
c.on('error', function (err) { changed = err.message; });
c.destroy(new Error('orig'));

// ...or swallow it: then only 'close'.
var swallowed = [];
var s = new stream.Duplex({
    read: function () {},
    write: function (ch, e, cb) { cb(); },
    destroy: function (err, cb) { cb(null); }
});
s.on('error', function () { swallowed.push('error'); });
s.on('close', function () { swallowed.push('close'); });
s.destroy(new Error('hidden'));

// emitClose false: no 'close'.
var quiet = new stream.PassThrough({ emitClose: false });
var quietClose = false;
quiet.on('close', function () { quietClose = true; });
quiet.destroy();

// autoDestroy false: an error is emitted but the stream is not destroyed.
var kept = new stream.Writable({
    autoDestroy: false,
    write: function (ch, e, cb) { cb(new Error('w')); }
});
var keptErr = null;
kept.on('error', function (err) { keptErr = err; });
kept.write('x');

// The helpers.
var fresh = new stream.PassThrough();
assert.strictEqual(stream.isReadable(fresh), true);
assert.strictEqual(stream.isWritable(fresh), true);
assert.strictEqual(stream.isDestroyed(fresh), false);
assert.strictEqual(stream.isErrored(fresh), false);
assert.strictEqual(stream.isDisturbed(fresh), false);
stream.destroy(fresh, new Error('helper'));
assert.strictEqual(stream.isDestroyed(fresh), true);
assert.strictEqual(stream.isReadable(fresh), false);
// isErrored turns true once the error has been emitted, as in Node.
assert.strictEqual(stream.isErrored(fresh), false);
var freshErrored = null;
fresh.on('error', function () {
    freshErrored = stream.isErrored(fresh);
});

// _undestroy makes a destroyed stream usable again.
var again = new stream.PassThrough();
again.destroy();
again._undestroy();
assert.strictEqual(again.destroyed, false);
assert.strictEqual(again.writable, true);

process.on('exit', function () {
    assert.deepStrictEqual(log, ['error boom', 'close']);
    assert.strictEqual(changed, 'replaced orig');
    assert.deepStrictEqual(swallowed, ['close']);
    assert.strictEqual(quietClose, false);
    assert.strictEqual(keptErr.message, 'w');
    assert.strictEqual(kept.destroyed, false);
    assert.strictEqual(kept.errored, keptErr);
    assert.strictEqual(freshErrored, true);
});
