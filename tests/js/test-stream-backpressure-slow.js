// Backpressure end to end: a fast Readable (it pushes until push() says
// stop) piped into a slow Writable (each _write completes later, on an
// immediate or a timer) never holds much more than the two
// highWaterMarks in memory, and every chunk arrives once, in order.
// The bytes buffered (readable.readableLength + writable.writableLength,
// plus the Transform's two sides when there is one) are sampled at every
// push and every _write; the maximum must stay within a small multiple
// of the highWaterMarks, while the total streamed is far larger.
'use strict';
var assert = require('assert');
var stream = require('stream');

var CHUNK = 256;      // bytes per push
var COUNT = 1024;     // chunks per run: 256 KiB, 64 times the marks
var R_HWM = 1024;
var W_HWM = 2048;

// Chunk i: CHUNK bytes, its number in the first four, then a filler that
// depends on i, so a chunk lost, repeated or reordered shows.
function makeChunk(i) {
    var b = Buffer.alloc(CHUNK, i & 0xff);
    b.writeUInt32BE(i, 0);
    return b;
}

function fastSource(sample) {
    var i = 0;
    var pushedFalse = 0;
    var r = new stream.Readable({
        highWaterMark: R_HWM,
        read: function () {
            for (;;) {
                if (i === COUNT) {
                    this.push(null);
                    return;
                }
                var more = this.push(makeChunk(i++));
                sample();
                if (!more) {
                    pushedFalse++;
                    return;
                }
            }
        }
    });
    r.pushedFalse = function () { return pushedFalse; };
    return r;
}

// Completes each write later: mostly on an immediate, every 16th on a
// timer, so the sink is always slower than the source.
function slowSink(sample, got) {
    var n = 0;
    return new stream.Writable({
        highWaterMark: W_HWM,
        write: function (chunk, enc, cb) {
            sample();
            got.push(chunk);
            if (++n % 16 === 0) {
                setTimeout(cb, 1);
            } else {
                setImmediate(cb);
            }
        }
    });
}

function checkOrder(got, name) {
    assert.strictEqual(got.length, COUNT, name + ': chunks received');
    for (var i = 0; i < COUNT; i++) {
        if (!got[i].equals(makeChunk(i))) {
            assert.fail(name + ': chunk ' + i + ' is wrong (starts with ' +
                got[i].readUInt32BE(0) + ')');
        }
    }
}

var results = {};

// 1. readable.pipe(writable)
(function () {
    var got = [];
    var max = 0;
    var r, w;
    function sample() {
        var held = r.readableLength + (w ? w.writableLength : 0);
        max = Math.max(max, held);
    }
    r = fastSource(sample);
    w = slowSink(sample, got);
    var drains = 0;
    w.on('drain', function () { drains++; });
    r.pipe(w);
    w.on('finish', function () {
        checkOrder(got, 'pipe');
        // The bound: each side may go one chunk over its mark before it
        // says stop; allow twice that, which a missing pause would pass
        // by far (the whole 256 KiB would pile up).
        var bound = 2 * (R_HWM + W_HWM + 2 * CHUNK);
        assert.ok(max <= bound, 'pipe: buffered at most ' + max +
            ' bytes; want <= ' + bound);
        // The source really was held back, and the sink filled up.
        assert.ok(r.pushedFalse() > 0, 'pipe: push() never said stop');
        assert.ok(drains > 0, 'pipe: no drain');
        assert.ok(max >= W_HWM, 'pipe: the sink never filled (' + max +
            ')');
        results.pipe = true;
    });
})();

// 2. pipeline(readable, transform, writable): the Transform's two
// buffers count too.
(function () {
    var got = [];
    var max = 0;
    var r, t, w;
    function sample() {
        var held = r.readableLength;
        if (t) {
            held += t.writableLength + t.readableLength;
        }
        if (w) {
            held += w.writableLength;
        }
        max = Math.max(max, held);
    }
    r = fastSource(sample);
    t = new stream.Transform({
        highWaterMark: R_HWM,
        transform: function (chunk, enc, cb) {
            sample();
            cb(null, chunk);
        }
    });
    w = slowSink(sample, got);
    stream.pipeline(r, t, w, function (err) {
        assert.ifError(err);
        checkOrder(got, 'pipeline');
        var bound = 2 * (R_HWM + 2 * R_HWM + W_HWM + 4 * CHUNK);
        assert.ok(max <= bound, 'pipeline: buffered at most ' + max +
            ' bytes; want <= ' + bound);
        assert.ok(r.pushedFalse() > 0, 'pipeline: push() never said stop');
        results.pipeline = true;
    });
})();

// 3. The same in object mode, where the marks count chunks.
(function () {
    var got = [];
    var max = 0;
    var i = 0;
    var r = new stream.Readable({
        objectMode: true,
        highWaterMark: 4,
        read: function () {
            while (i < COUNT) {
                var more = this.push({ n: i++ });
                max = Math.max(max, r.readableLength + w.writableLength);
                if (!more) {
                    return;
                }
            }
            this.push(null);
        }
    });
    var w = new stream.Writable({
        objectMode: true,
        highWaterMark: 8,
        write: function (obj, enc, cb) {
            max = Math.max(max, r.readableLength + w.writableLength);
            got.push(obj.n);
            setImmediate(cb);
        }
    });
    r.pipe(w);
    w.on('finish', function () {
        assert.strictEqual(got.length, COUNT);
        for (var k = 0; k < COUNT; k++) {
            assert.strictEqual(got[k], k, 'objects: item ' + k);
        }
        assert.ok(max <= 2 * (4 + 8 + 2), 'objects: buffered at most ' +
            max + ' objects; want <= 28');
        results.objects = true;
    });
})();

process.on('exit', function (code) {
    if (code === 0) {
        assert.deepStrictEqual(Object.keys(results).sort(),
            ['objects', 'pipe', 'pipeline']);
    }
});
