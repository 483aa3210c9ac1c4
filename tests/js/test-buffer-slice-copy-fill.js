/*
 * slice/subarray (views sharing memory, relative indexes), copy (clamping,
 * overlap, Node's argument coercions) and fill (numbers, strings in an
 * encoding, byte patterns, ranges, invalid values).
 */
'use strict';

var assert = require('assert');

// ---- slice and subarray ---------------------------------------------------
var b = Buffer.from('hello');
var s = b.slice(1, 4);
assert.ok(Buffer.isBuffer(s));
assert.strictEqual(s.toString(), 'ell');
s[0] = 0x45;
assert.strictEqual(b.toString(), 'hEllo');
assert.strictEqual(s.buffer, b.buffer);
assert.strictEqual(s.byteOffset, b.byteOffset + 1);
assert.strictEqual(b.subarray(-3).toString(), 'llo');
assert.strictEqual(b.slice(-3, -1).toString(), 'll');
assert.strictEqual(b.slice(1.7, 3.2).toString(), 'El');
assert.strictEqual(b.slice('1', '3').toString(), 'El');
assert.strictEqual(b.slice(3, 1).length, 0);
assert.strictEqual(b.slice(NaN, 2).toString(), 'hE');
assert.strictEqual(b.slice(0, Infinity).toString(), 'hEllo');
assert.strictEqual(b.slice(-Infinity).toString(), 'hEllo');
assert.strictEqual(b.subarray(2).subarray(1).toString(), 'lo');
assert.strictEqual(b.subarray(5).length, 0);
// A view of a view of an ArrayBuffer is still over that ArrayBuffer.
var ab = new ArrayBuffer(6);
var inner = Buffer.from(ab, 1).subarray(2, 4);
inner[0] = 9;
assert.strictEqual(new Uint8Array(ab)[3], 9);
assert.strictEqual(inner.buffer, ab);
assert.strictEqual(inner.byteOffset, 3);

// ---- copy -----------------------------------------------------------------
var src = Buffer.from('hello');
var t = Buffer.alloc(6, 0x2e);
assert.strictEqual(src.copy(t), 5);
assert.strictEqual(t.toString(), 'hello.');
t.fill(0x2e);
assert.strictEqual(src.copy(t, 2, 1, 3), 2);
assert.strictEqual(t.toString(), '..el..');
t.fill(0x2e);
assert.strictEqual(src.copy(t, 4), 2);
assert.strictEqual(t.toString(), '....he');
assert.strictEqual(src.copy(t, 6), 0);
assert.strictEqual(src.copy(t, 0, 5), 0);
assert.strictEqual(src.copy(t, 0, 0, 100), 5);
assert.strictEqual(src.copy(t, '1', '1', '3'), 2); // numeric strings
assert.strictEqual(src.copy(t, 1.5), 5); // fractions round down
assert.strictEqual(src.copy(t, NaN, NaN), 5); // NaN is 0
assert.strictEqual(src.copy(t, 0, 0, Infinity), 0); // not a safe integer
var over = Buffer.from('abcdef');
over.copy(over, 2);
assert.strictEqual(over.toString(), 'ababcd');
over = Buffer.from('abcdef');
over.copy(over, 0, 2);
assert.strictEqual(over.toString(), 'cdefef');
assert.strictEqual(src.copy(new Uint8Array(2)), 2);
assert.throws(function () {
    src.copy(t, -1);
}, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "targetStart" is out of range. It must be >= 0. ' +
        'Received -1'
});
assert.throws(function () {
    src.copy(t, 0, 6);
}, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "sourceStart" is out of range. It must be >= 0 ' +
        '&& <= 5. Received 6'
});
assert.throws(function () {
    src.copy(t, 0, 0, -1);
}, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () {
    src.copy(new Uint16Array(3));
}, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "target" argument must be an instance of Buffer or ' +
        'Uint8Array. Received an instance of Uint16Array'
});

// ---- fill -------------------------------------------------------------------
function filled(len, v, a, c, d) {
    return Buffer.alloc(len, 0x2e).fill(v, a, c, d).toString('hex');
}
assert.strictEqual(filled(5, 'ab', 1), '2e61626162');
assert.strictEqual(filled(5, 'ab', 1, 3), '2e61622e2e');
assert.strictEqual(filled(5, 'ab', 'latin1'), '6162616261');
assert.strictEqual(filled(5, 'abzz', 'hex'), 'ababababab');
assert.strictEqual(filled(5, '\u0222'), 'c8a2c8a2c8'); // cut mid-character
assert.strictEqual(filled(5, '\u0222a', 'ucs2'), '2202610022');
assert.strictEqual(filled(3, ''), '000000');
assert.strictEqual(filled(3, 257), '010101');
assert.strictEqual(filled(3, -129), '7f7f7f');
assert.strictEqual(filled(3, 1.7), '010101');
assert.strictEqual(filled(3, true), '010101');
assert.strictEqual(filled(3, null), '000000');
assert.strictEqual(filled(3, {}), '000000');
assert.strictEqual(filled(5, new Uint16Array([0x0102])), '0201020102');
assert.strictEqual(filled(5, 1, 3, 2), '2e2e2e2e2e');
assert.strictEqual(filled(5, 1, 6), '2e2e2e2e2e');
var pattern = Buffer.from('abcdefgh');
pattern.fill(pattern.subarray(2, 4), 3);
assert.strictEqual(pattern.toString(), 'abccdcdc');
assert.throws(function () {
    filled(5, 'zz', 'hex');
}, {
    code: 'ERR_INVALID_ARG_VALUE',
    message: 'The argument \'value\' is invalid. Received \'zz\''
});
assert.throws(function () {
    filled(5, new Uint8Array(0));
}, { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(function () {
    filled(5, 1, -1);
}, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () {
    filled(5, 1, 0, 6);
}, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "end" is out of range. It must be >= 0 && <= 5. ' +
        'Received 6'
});
assert.throws(function () {
    filled(5, 'a', 1, 3, 'utf9');
}, { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(function () {
    filled(5, 'a', 1, 3, 5);
}, { code: 'ERR_INVALID_ARG_TYPE' });
console.log('ok');
