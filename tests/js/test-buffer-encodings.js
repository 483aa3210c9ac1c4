/*
 * Buffer encodings: round trips in every encoding, encoding names,
 * byteLength, and Node's handling of bad input (values recorded from
 * Node 20): hex stops at the first bad pair, base64 skips unknown
 * characters, accepts both alphabets and stops at '=', latin1/ascii keep
 * the low byte of each code unit.
 */
'use strict';

var assert = require('assert');

var ENCODINGS = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le',
    'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url'];

// Every byte value survives bytes -> text -> bytes in the encodings that
// can carry arbitrary bytes.
var all = Buffer.alloc(256);
for (var i = 0; i < 256; i++) {
    all[i] = i;
}
['latin1', 'binary', 'hex', 'base64', 'base64url', 'ucs2'].forEach(
    function (enc) {
        assert.ok(Buffer.from(all.toString(enc), enc).equals(all), enc);
    });

// Text survives text -> bytes -> text in the encodings that can hold it.
var text = 'h\u00e9llo \u20ac \ud83d\ude00 \u0000\u007f';
['utf8', 'ucs2', 'utf16le'].forEach(function (enc) {
    assert.strictEqual(Buffer.from(text, enc).toString(enc), text, enc);
});
assert.strictEqual(Buffer.from('\u00e9\u00ff', 'latin1').toString('latin1'),
    '\u00e9\u00ff');

// Names: case does not matter; isEncoding wants a non-empty string.
ENCODINGS.forEach(function (enc) {
    assert.strictEqual(Buffer.isEncoding(enc), true, enc);
    assert.strictEqual(Buffer.isEncoding(enc.toUpperCase()), true, enc);
    var bytes = Buffer.from('abcd');
    assert.strictEqual(Buffer.from(bytes.toString(enc), enc.toUpperCase())
        .toString(), 'abcd', enc);
});
['', 'utf-16', 'utf32', 'raw', ' utf8', 'constructor', 'toString'
].forEach(function (enc) {
    assert.strictEqual(Buffer.isEncoding(enc), false, enc);
});
assert.strictEqual(Buffer.isEncoding(5), false);
assert.strictEqual(Buffer.isEncoding(null), false);

// byteLength: exact for utf8, ucs2, latin1, hex; an estimate for base64
// (Node's: trailing '=' aside, 3/4 of the length).
var s = 'a\u00e9\u20ac\ud83d\ude00';
assert.strictEqual(Buffer.byteLength(s), 10);
assert.strictEqual(Buffer.byteLength(s, 'ucs2'), 10);
assert.strictEqual(Buffer.byteLength(s, 'latin1'), 5);
assert.strictEqual(Buffer.byteLength('\ud83d'), 3);
assert.strictEqual(Buffer.byteLength('abc', 'hex'), 1);
assert.strictEqual(Buffer.byteLength('YWJjZA==', 'base64'), 4);
assert.strictEqual(Buffer.byteLength('YWJjZA==YWJj', 'base64'), 9);
assert.strictEqual(Buffer.byteLength('abc', 'nope'), 3);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(7)), 7);
assert.strictEqual(Buffer.byteLength(new Float64Array(3)), 24);
assert.throws(function () {
    Buffer.byteLength(5);
}, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "string" argument must be of type string or an instance ' +
        'of Buffer or ArrayBuffer. Received type number (5)'
});

// hex: pairs until the first that is not two hex digits.
[['abzz12', 'ab'], ['a', ''], ['abc', 'ab'], ['0g', ''], ['ABcd', 'abcd'],
    [' ab', ''], ['ab cd', 'ab'], ['\u0141\u0141', 'aa']
].forEach(function (pair) {
    assert.strictEqual(Buffer.from(pair[0], 'hex').toString('hex'), pair[1],
        pair[0]);
});

// base64: unknown characters skipped, both alphabets, '=' ends it.
[['YQ==YQ==', '61'], ['YQ=YQ', '61'], ['Y Q', '61'], ['Y', ''],
    ['Y===', ''], ['-_', 'fb'], ['+/-_', 'fbffbf'], ['Y*Q', '61'],
    ['YWJjZA', '61626364'], ['=YWJj', ''], ['YWJ=j', '6162'],
    ['Y\nW\tJ j', '616263'], ['YWJjZ', '616263'], ['\u0159\u0151==', '61'],
    ['YQ\u00e9==', '61']
].forEach(function (pair) {
    assert.strictEqual(Buffer.from(pair[0], 'base64').toString('hex'),
        pair[1], JSON.stringify(pair[0]));
    assert.strictEqual(Buffer.from(pair[0], 'base64url').toString('hex'),
        pair[1], JSON.stringify(pair[0]));
});
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64'), '+/8=');
assert.strictEqual(Buffer.from([0xfb, 0xff]).toString('base64url'), '-_8');
assert.strictEqual(Buffer.from('abcd').toString('base64'), 'YWJjZA==');
assert.strictEqual(Buffer.from('abcd').toString('base64url'), 'YWJjZA');

// latin1 and ascii writing keep the low byte of each code unit; ascii
// reading clears the top bit.
assert.strictEqual(Buffer.from('\u00e9\u20ac\ud83d\ude00', 'latin1')
    .toString('hex'), 'e9ac3d00');
assert.strictEqual(Buffer.from('\u00e9\u20ac\ud83d\ude00', 'ascii')
    .toString('hex'), 'e9ac3d00');
assert.strictEqual(Buffer.from([0xff, 0xfe, 0x80, 0x41]).toString('ascii'),
    '\u007f~\u0000A');

// ucs2: an odd last byte is dropped; lone surrogates pass through.
assert.strictEqual(Buffer.from([0x61, 0x00, 0x62]).toString('ucs2'), 'a');
assert.strictEqual(Buffer.from('\udc00a', 'ucs2').toString('hex'),
    '00dc6100');
assert.strictEqual(Buffer.from([0x3d, 0xd8]).toString('ucs2'), '\ud83d');

// toString(encoding, start, end): clamped, truncated, unknown encodings
// throw unless the range is empty.
var b = Buffer.from('hello');
assert.strictEqual(b.toString('hex', -1, 100), '68656c6c6f');
assert.strictEqual(b.toString('hex', 3, 1), '');
assert.strictEqual(b.toString('hex', '1', '3'), '656c');
assert.strictEqual(b.toString('hex', 1.5, 3.9), '656c');
assert.strictEqual(b.toString(undefined, 1), 'ello');
assert.strictEqual(b.toString('utf9', 2, 2), '');
assert.throws(function () {
    b.toString('utf9');
}, function (err) {
    assert.ok(err instanceof TypeError);
    assert.strictEqual(err.code, 'ERR_UNKNOWN_ENCODING');
    assert.strictEqual(err.message, 'Unknown encoding: utf9');
    return true;
});
assert.throws(function () {
    b.toString(null);
}, { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: null' });
console.log('ok');
