// pipe(): everything written in order, the destination ended after the
// source's 'end' (unless { end: false }), 'pipe'/'unpipe' events,
// backpressure (the source pauses while the destination is full),
// several destinations, and unpipe().
'use strict';
var assert = require('assert');
var stream = require('stream');

function source(chunks) {
    return new stream.Readable({
        highWaterMark: 2,
        read: function () {
            this.push(chunks.length ? chunks.shift() : null);
        }
    });
}

function sink(got, opts) {
    opts = opts || {};
    return new stream.Writable({
        highWaterMark: opts.hwm === undefined ? 16 : opts.hwm,
        write: function (chunk, enc, cb) {
            got.push(chunk.toString());
            if (opts.slow) {
                setImmediate(cb);
            } else {
                cb();
            }
        }
    });
}

// Basic: order and ending, 'pipe' event with the source.
var got = [];
var src = source(['a', 'b', 'c']);
var dst = sink(got);
var piped = null;
dst.on('pipe', function (s) { piped = s; });
assert.strictEqual(src.pipe(dst), dst);
assert.strictEqual(piped, src);
var finished = false;
dst.on('finish', function () { finished = true; });

// Backpressure: a slow destination with highWaterMark 1 pauses the source.
var slowGot = [];
var pauses = 0;
var fast = source(['1', '2', '3', '4', '5']);
fast.on('pause', function () { pauses++; });
var slow = sink(slowGot, { hwm: 1, slow: true });
fast.pipe(slow);
var maxBuffered = 0;
fast.on('data', function () {
    maxBuffered = Math.max(maxBuffered, slow.writableLength);
});

// { end: false } leaves the destination open.
var keep = sink([]);
var ks = source(['x']);
ks.pipe(keep, { end: false });
ks.on('end', function () {
    setImmediate(function () {
        assert.strictEqual(keep.writableEnded, false);
        keep.end();
    });
});

// Two destinations each get everything.
var g1 = [];
var g2 = [];
var two = source(['p', 'q']);
two.pipe(sink(g1));
two.pipe(sink(g2, { slow: true, hwm: 1 }));

// unpipe(): 'unpipe' event, the source stops flowing.
var un = new stream.Readable({ read: function () {} });
var unGot = [];
var unDst = sink(unGot);
var unpiped = null;
unDst.on('unpipe', function (s) { unpiped = s; });
un.pipe(unDst);
un.push('before');
setImmediate(function () {
    un.unpipe(unDst);
    assert.strictEqual(unpiped, un);
    assert.strictEqual(un.readableFlowing, false);
    un.push('after');
    setImmediate(function () {
        assert.deepStrictEqual(unGot, ['before']);
        assert.strictEqual(un.readableLength, 5);
    });
});

// A Writable cannot be piped from.
var w = new stream.Writable();
var pipeErr = null;
w.on('error', function (err) { pipeErr = err; });
w.pipe(new stream.Writable());

process.on('exit', function () {
    assert.deepStrictEqual(got, ['a', 'b', 'c']);
    assert.strictEqual(finished, true);
    assert.deepStrictEqual(slowGot, ['1', '2', '3', '4', '5']);
    assert.ok(pauses >= 2, 'paused ' + pauses + ' times');
    assert.ok(maxBuffered <= 1, 'destination held ' + maxBuffered);
    assert.deepStrictEqual(g1, ['p', 'q']);
    assert.deepStrictEqual(g2, ['p', 'q']);
    assert.strictEqual(pipeErr.code, 'ERR_STREAM_CANNOT_PIPE');
});
