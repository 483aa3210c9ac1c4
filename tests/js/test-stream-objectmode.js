// objectMode: any value but null is a chunk (numbers, objects, empty
// strings, undefined), highWaterMark counts chunks (default 16), read()
// returns one chunk at a time, and lengths count chunks.
'use strict';
var assert = require('assert');
var stream = require('stream');

var r = new stream.Readable({ objectMode: true, read: function () {} });
assert.strictEqual(r.readableObjectMode, true);
assert.strictEqual(r.readableHighWaterMark, 16);
var obj = { k: 1 };
r.push(obj);
r.push(0);
r.push('');
r.push(false);
assert.strictEqual(r.readableLength, 4);
assert.strictEqual(r.read(), obj);
// read(n) in object mode still returns one chunk.
assert.strictEqual(r.read(3), 0);
assert.strictEqual(r.read(), '');
assert.strictEqual(r.read(), false);
assert.strictEqual(r.read(), null);

// push() says "full" at highWaterMark chunks.
var small = new stream.Readable({
    objectMode: true,
    highWaterMark: 2,
    read: function () {}
});
assert.strictEqual(small.push('a'), true);
assert.strictEqual(small.push('b'), false);

var seen = [];
var w = new stream.Writable({
    objectMode: true,
    highWaterMark: 2,
    write: function (chunk, enc, cb) {
        seen.push(chunk);
        setImmediate(cb);
    }
});
assert.strictEqual(w.writableObjectMode, true);
assert.strictEqual(w.write({ big: 'object' }), true);
assert.strictEqual(w.writableLength, 1);
assert.strictEqual(w.write([1, 2, 3]), false);
assert.strictEqual(w.writableLength, 2);
assert.throws(function () {
    w.write(null);
}, function (err) {
    return err.code === 'ERR_STREAM_NULL_VALUES';
});
w.end(7);

// Data flows between object-mode streams unchanged.
var got = [];
var src = stream.Readable.from([{ a: 1 }, { b: 2 }]);
src.pipe(new stream.Writable({
    objectMode: true,
    write: function (chunk, enc, cb) {
        got.push(chunk);
        cb();
    }
}));

process.on('exit', function () {
    assert.deepStrictEqual(seen, [{ big: 'object' }, [1, 2, 3], 7]);
    assert.deepStrictEqual(got, [{ a: 1 }, { b: 2 }]);
});
