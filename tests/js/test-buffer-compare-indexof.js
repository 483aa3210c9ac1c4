/*
 * equals, compare (whole and ranges), Buffer.compare, and the searches:
 * indexOf / lastIndexOf / includes with numbers, strings in an encoding
 * and buffers, byteOffset rules, and Node's UTF-16 behaviour.
 */
'use strict';

var assert = require('assert');

var b = Buffer.from('hello');
assert.strictEqual(b.equals(Buffer.from('hello')), true);
assert.strictEqual(b.equals(new Uint8Array([104, 101, 108, 108, 111])), true);
assert.strictEqual(b.equals(Buffer.from('hell')), false);
assert.strictEqual(Buffer.alloc(0).equals(new Uint8Array(0)), true);
assert.throws(function () {
    b.equals('hello');
}, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "otherBuffer" argument must be an instance of Buffer or ' +
        'Uint8Array. Received type string (\'hello\')'
});

assert.strictEqual(b.compare(Buffer.from('hellp')), -1);
assert.strictEqual(b.compare(Buffer.from('hell')), 1);
assert.strictEqual(b.compare(b), 0);
assert.strictEqual(b.compare(Buffer.from('ell'), 0, 3, 1, 4), 0);
assert.strictEqual(b.compare(Buffer.from('abc'), 1, 2), 1);
assert.strictEqual(b.compare(Buffer.from('abc'), 0, 3, 3, 2), -1);
assert.strictEqual(b.compare(Buffer.from('abc'), 2, 1, 3, 2), 0);
assert.throws(function () {
    b.compare(Buffer.from('abc'), 0, 4);
}, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "targetEnd" is out of range. It must be >= 0 && ' +
        '<= 3. Received 4'
});
assert.throws(function () {
    b.compare(Buffer.from('abc'), '1');
}, { code: 'ERR_INVALID_ARG_TYPE' });
var sorted = [Buffer.from('b'), Buffer.from('ab'), Buffer.from(''),
    Buffer.from('a')].sort(Buffer.compare);
assert.strictEqual(sorted.join(','), ',a,ab,b');
assert.throws(function () {
    Buffer.compare(b, 'x');
}, {
    message: 'The "buf2" argument must be an instance of Buffer or ' +
        'Uint8Array. Received type string (\'x\')'
});

// Searches.
var h = Buffer.from('abcabcab');
assert.strictEqual(h.indexOf('b'), 1);
assert.strictEqual(h.indexOf('b', 2), 4);
assert.strictEqual(h.indexOf('b', -3), 7);
assert.strictEqual(h.lastIndexOf('b'), 7);
assert.strictEqual(h.lastIndexOf('b', 5), 4);
assert.strictEqual(h.lastIndexOf('b', -5), 1);
assert.strictEqual(h.indexOf('cab'), 2);
assert.strictEqual(h.lastIndexOf('cab'), 5);
assert.strictEqual(h.indexOf(Buffer.from('ca')), 2);
assert.strictEqual(h.indexOf(new Uint8Array([0x63, 0x61])), 2);
assert.strictEqual(h.indexOf(0x63), 2);
assert.strictEqual(h.indexOf(0x63 + 256), 2);
assert.strictEqual(h.indexOf(99.9), 2);
assert.strictEqual(h.lastIndexOf(0x61, -4), 3);
assert.strictEqual(h.indexOf('zz'), -1);
assert.strictEqual(h.includes('abc', 6), false);
assert.strictEqual(h.includes('ab', 6), true);
assert.strictEqual(h.indexOf('ab', 100), -1);
assert.strictEqual(h.lastIndexOf('ab', 100), 6);
assert.strictEqual(h.lastIndexOf('ab', -100), -1);
assert.strictEqual(h.indexOf('ab', -100), 0);
// The empty needle answers the clamped offset, as String#indexOf does.
assert.strictEqual(h.indexOf(''), 0);
assert.strictEqual(h.indexOf('', 3), 3);
assert.strictEqual(h.indexOf('', 100), 8);
assert.strictEqual(h.lastIndexOf(''), 8);
assert.strictEqual(Buffer.alloc(0).indexOf('a'), -1);
// byteOffset coercions: a string is the encoding; NaN means "everything".
assert.strictEqual(h.indexOf('b', null), 1);
assert.strictEqual(h.lastIndexOf('b', null), -1);
assert.strictEqual(h.lastIndexOf('b', {}), 7);
assert.strictEqual(h.indexOf('b', [4]), 4);
assert.strictEqual(h.indexOf('YWI=', 'base64'), 0);
assert.strictEqual(h.indexOf('6361', 0, 'hex'), 2);
assert.strictEqual(h.indexOf('zz', 0, 'hex'), 0); // decodes to nothing
assert.throws(function () {
    h.indexOf('b', 'utf9');
}, { code: 'ERR_UNKNOWN_ENCODING' });
assert.strictEqual(h.indexOf(Buffer.from('b'), 0, 'utf9'), 1);
assert.throws(function () {
    h.indexOf({});
}, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "value" argument must be one of type number or string or ' +
        'an instance of Buffer or Uint8Array. Received an instance of Object'
});
// UTF-16 searches whole code units from the start of the buffer.
var u = Buffer.from('\u0000a\u0000b\u0000a\u0000', 'latin1');
assert.strictEqual(u.indexOf('b', 0, 'ucs2'), -1);
assert.strictEqual(u.indexOf('b\u0000', 0, 'latin1'), 3);
var w = Buffer.from('xaxbxa', 'ucs2');
assert.strictEqual(w.indexOf('b', 0, 'ucs2'), 6);
assert.strictEqual(w.lastIndexOf('a', undefined, 'ucs2'), 10);
assert.strictEqual(w.indexOf('xb', 3, 'utf16le'), 4);
// Node's quirk, kept: a Buffer needle over an odd-length haystack.
assert.strictEqual(Buffer.from('abc').indexOf(Buffer.from('zz'), 0, 'ucs2'),
    2);
assert.strictEqual(Buffer.from('abc').indexOf('zz', 0, 'ucs2'), -1);
console.log('ok');
