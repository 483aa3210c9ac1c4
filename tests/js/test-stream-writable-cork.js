// cork/uncork: writes are held while corked (writableCorked counts the
// levels), uncork() of the last level writes them all through _writev in
// one call, and end() uncorks completely.
'use strict';
var assert = require('assert');
var Writable = require('stream').Writable;

var calls = [];
var w = new Writable({
    write: function (chunk, enc, cb) {
        calls.push(['write', chunk.toString()]);
        cb();
    },
    writev: function (chunks, cb) {
        calls.push(['writev', chunks.map(function (c) {
            return c.chunk.toString();
        })]);
        cb();
    }
});

w.cork();
w.cork();
assert.strictEqual(w.writableCorked, 2);
w.write('a');
w.write('b');
w.write('c');
assert.deepStrictEqual(calls, []);
assert.strictEqual(w.writableLength, 3);
w.uncork();
assert.strictEqual(w.writableCorked, 1);
assert.deepStrictEqual(calls, []);
w.uncork();
assert.strictEqual(w.writableCorked, 0);
assert.deepStrictEqual(calls, [['writev', ['a', 'b', 'c']]]);

// Uncorking with one chunk uses _write.
w.cork();
w.write('solo');
w.uncork();
assert.deepStrictEqual(calls[1], ['write', 'solo']);

// end() while corked flushes too.
w.cork();
w.cork();
w.write('d');
w.write('e');
w.end('f');
assert.strictEqual(w.writableCorked, 0);
assert.deepStrictEqual(calls[2], ['writev', ['d', 'e', 'f']]);

// Without _writev, uncork() writes the chunks one by one.
var plain = [];
var p = new Writable({
    write: function (chunk, enc, cb) {
        plain.push(chunk.toString());
        cb();
    }
});
p.cork();
p.write('1');
p.write('2');
p.uncork();
assert.deepStrictEqual(plain, ['1', '2']);

// The callbacks of a _writev batch are all called.
var cbs = 0;
var v = new Writable({
    writev: function (chunks, cb) {
        assert.strictEqual(chunks.length, 2);
        setImmediate(cb);
    }
});
v.cork();
v.write('x', function () { cbs++; });
v.write('y', function () { cbs++; });
v.uncork();

process.on('exit', function () {
    assert.strictEqual(cbs, 2);
});
