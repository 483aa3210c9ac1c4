// read(n): returns exactly n bytes when that many are buffered, null when
// fewer are (until the end, when the rest comes out), asks _read for more
// with highWaterMark as the size, and raises highWaterMark for a large n.
'use strict';
var assert = require('assert');
var Readable = require('stream').Readable;

var sizes = [];
var r = new Readable({
    highWaterMark: 4,
    read: function (n) {
        sizes.push(n);
    }
});
r.push('abcdef');
assert.strictEqual(r.readableLength, 6);
// push() answers whether the buffer is below highWaterMark.
assert.strictEqual(r.push('g'), false);

assert.strictEqual(r.read(2).toString(), 'ab');
assert.strictEqual(r.readableLength, 5);
// 5 bytes are left, above highWaterMark: _read was not asked for more.
assert.deepStrictEqual(sizes, []);
// More than buffered: null (not the end yet), nothing removed; 6 is above
// highWaterMark, which grows to the next power of two.
assert.strictEqual(r.read(6), null);
assert.strictEqual(r.readableLength, 5);
assert.strictEqual(r.readableHighWaterMark, 8);
// Now below it: _read is asked, with highWaterMark as the size hint.
assert.deepStrictEqual(sizes, [8]);
assert.strictEqual(r.read(5).toString(), 'cdefg');
assert.strictEqual(r.readableLength, 0);

// read(0) never returns data.
r.push('hi');
assert.strictEqual(r.read(0), null);
assert.strictEqual(r.readableLength, 2);

// After push(null), a too-large read returns what is left.
r.push(null);
assert.strictEqual(r.read(100).toString(), 'hi');
assert.strictEqual(r.read(), null);
// 100 > highWaterMark: raised to the next power of two.
assert.strictEqual(r.readableHighWaterMark, 128);

var ended = false;
r.on('end', function () { ended = true; });

// read() without n returns everything at once in paused mode.
var all = new Readable({ read: function () {} });
all.push('x');
all.push('y');
all.push('z');
assert.strictEqual(all.read().toString(), 'xyz');

// Sizes given as strings are parsed; more than 1 GiB is refused.
var s = new Readable({ read: function () {} });
s.push('12345');
assert.strictEqual(s.read('3').toString(), '123');
assert.throws(function () {
    s.read(0x40000001);
}, function (err) {
    return err.code === 'ERR_OUT_OF_RANGE' && err instanceof RangeError;
});

process.on('exit', function () {
    assert.strictEqual(ended, true);
});
