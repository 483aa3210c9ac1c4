/*
 * Buffer.from: strings in each encoding, arrays and array-likes,
 * ArrayBuffers (shared memory, offsets, bounds), copies of Buffers and
 * Uint8Arrays, objects with valueOf / Symbol.toPrimitive, toJSON's form,
 * and the errors for everything else.
 */
'use strict';

var assert = require('assert');

function hex(b) {
    return b.toString('hex');
}

function throwsCode(fn, code, message) {
    assert.throws(fn, function (err) {
        assert.strictEqual(err.code, code);
        if (message !== undefined) {
            assert.strictEqual(err.message, message);
        }
        return true;
    });
}

// Strings.
assert.strictEqual(hex(Buffer.from('h\u00e9')), '68c3a9');
assert.strictEqual(hex(Buffer.from('h\u00e9', 'latin1')), '68e9');
assert.strictEqual(hex(Buffer.from('h\u00e9', 'UCS2')), '6800e900');
assert.strictEqual(hex(Buffer.from('6869', 'hex')), '6869');
assert.strictEqual(hex(Buffer.from('aGk=', 'base64')), '6869');
assert.strictEqual(hex(Buffer.from('', 'hex')), '');
// A non-string or empty encoding means UTF-8; an unknown one throws.
assert.strictEqual(hex(Buffer.from('\u00e9', 123)), 'c3a9');
assert.strictEqual(hex(Buffer.from('\u00e9', null)), 'c3a9');
assert.strictEqual(hex(Buffer.from('\u00e9', '')), 'c3a9');
throwsCode(function () {
    Buffer.from('abc', 'utf9');
}, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: utf9');

// Arrays and array-likes: each element stored as a byte.
assert.strictEqual(hex(Buffer.from([1, 2, 'a', -1, 256, 1.5, '3', NaN])),
    '010200ff00010300');
assert.strictEqual(hex(Buffer.from({ length: 2, 0: 5, 1: 300 })), '052c');
assert.strictEqual(hex(Buffer.from({ length: 'x' })), '');
assert.strictEqual(hex(Buffer.from({ length: 2.7, 0: 1, 1: 2 })), '0102');
assert.strictEqual(hex(Buffer.from(new Uint16Array([1, 258, 65535]))),
    '0102ff');
assert.strictEqual(hex(Buffer.from({ type: 'Buffer', data: [1, 2, 3] })),
    '010203');

// A Buffer or Uint8Array is copied, not shared.
var orig = Buffer.from('abc');
var copy = Buffer.from(orig);
copy[0] = 0x41;
assert.strictEqual(orig.toString() + copy.toString(), 'abcAbc');
var u8 = new Uint8Array([7, 8, 9]);
var fromU8 = Buffer.from(u8.subarray(1));
u8[1] = 0;
assert.strictEqual(hex(fromU8), '0809');
assert.ok(Buffer.isBuffer(fromU8));

// An ArrayBuffer is shared: same memory, same ArrayBuffer object.
var ab = new ArrayBuffer(8);
var view = Buffer.from(ab, 2, 4);
assert.strictEqual(view.length, 4);
assert.strictEqual(view.byteOffset, 2);
assert.strictEqual(view.buffer, ab);
new Uint8Array(ab)[3] = 0x7f;
assert.strictEqual(view[1], 0x7f);
view[0] = 1;
assert.strictEqual(new Uint8Array(ab)[2], 1);
assert.strictEqual(Buffer.from(ab).length, 8);
assert.strictEqual(Buffer.from(ab, 8).length, 0);
assert.strictEqual(Buffer.from(ab, 6).length, 2);
assert.strictEqual(Buffer.from(ab, NaN).length, 8);
assert.strictEqual(Buffer.from(ab, '2', '3').length, 3);
assert.strictEqual(Buffer.from(ab, 1.5, 2.5).byteOffset, 1);
assert.strictEqual(Buffer.from(ab, 1.5, 2.5).length, 2);
assert.strictEqual(Buffer.from(ab, 2, -1).length, 0);
throwsCode(function () {
    Buffer.from(ab, 9);
}, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
throwsCode(function () {
    Buffer.from(ab, 2, 7);
}, 'ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds');
assert.throws(function () {
    Buffer.from(ab, -1);
}, function (err) {
    assert.ok(err instanceof RangeError);
    assert.strictEqual(err.message,
        'Start offset -1 is outside the bounds of the buffer');
    return true;
});

// Objects that stand for a string or an array.
assert.strictEqual(Buffer.from(new String('abc')).toString(), 'abc');
assert.strictEqual(Buffer.from({
    valueOf: function () { return 'v'; }
}).toString(), 'v');
assert.strictEqual(hex(Buffer.from({
    valueOf: function () { return [1, 2]; }
})), '0102');
var prim = {};
prim[Symbol.toPrimitive] = function (hint) {
    return hint === 'string' ? '6869' : 0;
};
assert.strictEqual(Buffer.from(prim, 'hex').toString(), 'hi');

// Everything else.
var firstArg = 'The first argument must be of type string or an ' +
    'instance of Buffer, ArrayBuffer, or Array or an Array-like Object. ';
[[undefined, 'Received undefined'], [null, 'Received null'],
    [5, 'Received type number (5)'], [true, 'Received type boolean (true)'],
    [{}, 'Received an instance of Object'],
    [function f() {}, 'Received function f']
].forEach(function (pair) {
    throwsCode(function () {
        Buffer.from(pair[0]);
    }, 'ERR_INVALID_ARG_TYPE', firstArg + pair[1]);
});
throwsCode(function () {
    Buffer.from(Symbol('s'));
}, 'ERR_INVALID_ARG_TYPE');
console.log('ok');
