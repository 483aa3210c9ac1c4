// setEncoding / the encoding option: chunks come out as strings, a
// character split across pushes is kept whole, what was buffered before
// setEncoding is converted, and readableEncoding reports the encoding.
'use strict';
var assert = require('assert');
var Readable = require('stream').Readable;

function bytes(list) {
    return typeof Buffer.from === 'function' ? Buffer.from(list) :
        new Buffer(list);
}

var r = new Readable({ read: function () {} });
assert.strictEqual(r.readableEncoding, null);
assert.strictEqual(r.setEncoding('utf8'), r);
assert.strictEqual(r.readableEncoding, 'utf8');
// U+00E9 is 0xc3 0xa9 in UTF-8: split it.
r.push(bytes([0x41, 0xc3]));
r.push(bytes([0xa9, 0x42]));
r.push(null);
var got = [];
r.on('data', function (chunk) {
    assert.strictEqual(typeof chunk, 'string');
    got.push(chunk);
});
r.on('end', function () {
    assert.strictEqual(got.join(''), 'A\u00e9B');
    // The held byte was not emitted as a broken character.
    assert.deepStrictEqual(got, ['A', '\u00e9B']);
});

// The encoding option works like setEncoding from the start.
var o = new Readable({ encoding: 'utf8', read: function () {} });
o.push('text');
assert.strictEqual(o.read(), 'text');

// Buffered bytes are converted by a later setEncoding; length is then
// counted in characters.
var later = new Readable({ read: function () {} });
later.push(bytes([0xc3, 0xa9, 0x41]));
assert.strictEqual(later.readableLength, 3);
later.setEncoding('utf8');
assert.strictEqual(later.readableLength, 2);
assert.strictEqual(later.read(), '\u00e9A');

assert.throws(function () {
    new Readable().setEncoding('no-such-encoding');
}, function (err) {
    return err.code === 'ERR_UNKNOWN_ENCODING';
});

var ended = false;
r.on('end', function () { ended = true; });
process.on('exit', function () {
    assert.strictEqual(ended, true);
});
