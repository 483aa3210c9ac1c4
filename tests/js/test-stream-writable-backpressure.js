// Writable backpressure: write() returns false once writableLength
// reaches highWaterMark, writableNeedDrain says so, 'drain' comes once the
// queue is empty, and chunks reach _write one at a time, in order.
'use strict';
var assert = require('assert');
var Writable = require('stream').Writable;

var written = [];
var pending = null;
var w = new Writable({
    highWaterMark: 5,
    write: function (chunk, encoding, cb) {
        assert.strictEqual(pending, null, 'one _write at a time');
        written.push(chunk.toString());
        pending = cb;
    }
});
assert.strictEqual(w.writableHighWaterMark, 5);

assert.strictEqual(w.write('abc'), true);
assert.strictEqual(w.writableLength, 3);
assert.strictEqual(w.writableNeedDrain, false);
assert.strictEqual(w.write('de'), false);
assert.strictEqual(w.writableLength, 5);
assert.strictEqual(w.writableNeedDrain, true);
// Still accepted (and queued) when over the mark.
assert.strictEqual(w.write('f'), false);
assert.strictEqual(w.writableBuffer.length, 2);
assert.deepStrictEqual(written, ['abc']);

var drains = 0;
w.on('drain', function () {
    drains++;
    assert.strictEqual(w.writableLength, 0);
    assert.strictEqual(w.writableNeedDrain, false);
});

function complete() {
    var cb = pending;
    pending = null;
    cb();
}

setImmediate(function () {
    complete(); // abc
    assert.deepStrictEqual(written, ['abc', 'de']);
    assert.strictEqual(w.writableLength, 3);
    complete(); // de
    complete(); // f
    assert.strictEqual(drains, 1);
    assert.strictEqual(w.writableLength, 0);
    w.end();
});

var finished = false;
w.on('finish', function () { finished = true; });

// A synchronous _write still calls back on a later tick.
var order = [];
var sync = new Writable({
    write: function (chunk, enc, cb) {
        order.push('_write');
        cb();
    }
});
sync.write('x', function (err) {
    assert.strictEqual(err, null);
    order.push('callback');
});
order.push('write returned');

// write() answers after _write ran: a write that completed synchronously
// leaves no backlog, even when larger than highWaterMark.
var instant = new Writable({
    highWaterMark: 3,
    write: function (chunk, enc, cb) { cb(); }
});
assert.strictEqual(instant.write('abcdef'), true);
assert.strictEqual(instant.writableNeedDrain, false);

process.on('exit', function () {
    assert.strictEqual(drains, 1);
    assert.strictEqual(finished, true);
    assert.deepStrictEqual(order, ['_write', 'write returned', 'callback']);
});
