// Transform: _transform with both callback forms (push and cb(null,
// data)), _flush pushing the last data before 'end', errors from
// _transform and _flush, and backpressure: writes wait while nobody reads.
'use strict';
var assert = require('assert');
var Transform = require('stream').Transform;

var t = new Transform({
    transform: function (chunk, enc, cb) {
        assert.strictEqual(enc, 'buffer');
        var text = chunk.toString();
        if (text === 'split') {
            this.push('sp');
            this.push('lit');
            cb();
        } else {
            cb(null, text.toUpperCase());
        }
    },
    flush: function (cb) {
        this.push('[');
        cb(null, ']');
    }
});
var out = [];
t.on('data', function (d) { out.push(d.toString()); });
t.write('a');
t.write('split');
t.end('b');
var order = [];
t.on('finish', function () { order.push('finish'); });
t.on('end', function () { order.push('end'); });

// An error from _transform destroys the stream.
var bad = new Transform({
    transform: function (chunk, enc, cb) {
        cb(new Error('bad input'));
    }
});
var badErr = null;
bad.on('error', function (err) { badErr = err; });
bad.write('x');

// An error from _flush too.
var badFlush = new Transform({
    transform: function (chunk, enc, cb) { cb(null, chunk); },
    flush: function (cb) { cb(new Error('flush failed')); }
});
var flushErr = null;
badFlush.on('error', function (err) { flushErr = err; });
badFlush.resume();
badFlush.end('x');

// Backpressure: with nobody reading, the readable side fills and the
// writes stop being transformed.
var calls = 0;
var slow = new Transform({
    highWaterMark: 2,
    objectMode: true,
    transform: function (chunk, enc, cb) {
        calls++;
        cb(null, chunk);
    }
});
for (var i = 0; i < 10; i++) {
    slow.write(i);
}
setImmediate(function () {
    assert.ok(calls < 10, 'transformed ' + calls + ' with no reader');
    var n = 0;
    slow.on('data', function () { n++; });
    slow.on('end', function () {
        assert.strictEqual(n, 10);
    });
    slow.end();
});

// _transform is required: write() throws, as in Node.
assert.throws(function () {
    new Transform().write('x');
}, function (err) {
    return err.code === 'ERR_METHOD_NOT_IMPLEMENTED' &&
        err.message === 'The _transform() method is not implemented';
});

// A _transform that ends the readable side (push(null)) has its write
// callback deferred a tick, so the end settles before the next chunk.
var order2 = [];
var early = new Transform({
    transform: function (chunk, enc, cb) {
        this.push(chunk);
        this.push(null);
        cb();
        order2.push('transform returned');
    }
});
early.resume();
early.write('x', function () { order2.push('write cb'); });
// Still in progress: its callback has not run yet.
assert.strictEqual(early.writableLength, 1);
order2.push('write returned');
process.nextTick(function () {
    assert.strictEqual(early.writableLength, 0);
    order2.push('tick');
});

process.on('exit', function () {
    assert.deepStrictEqual(order2, ['transform returned', 'write returned',
        'write cb', 'tick']);
    assert.deepStrictEqual(out, ['A', 'sp', 'lit', 'B', '[', ']']);
    // _flush runs at 'prefinish'; with a reader attached its output and
    // the end of the readable side come out before 'finish', which
    // always waits a tick.
    assert.deepStrictEqual(order, ['end', 'finish']);
    assert.strictEqual(badErr.message, 'bad input');
    assert.strictEqual(flushErr.message, 'flush failed');
    assert.strictEqual(calls, 10);
});
