/*
 * UTF-8 in Buffer: decoding replaces each maximal invalid subsequence
 * with one U+FFFD (values recorded from Node 20), lone surrogates encode
 * as U+FFFD, non-BMP characters (surrogate pairs in a JS string) become
 * four bytes, and write() never splits a character at its limit.
 */
'use strict';

var assert = require('assert');

function units(s) {
    var out = [];
    for (var i = 0; i < s.length; i++) {
        out.push(s.charCodeAt(i).toString(16));
    }
    return out.join(' ');
}

[[[0x80], 'fffd'], [[0xc0, 0x80], 'fffd fffd'], [[0xc2], 'fffd'],
    [[0xc2, 0x41], 'fffd 41'], [[0xe0, 0x80, 0x80], 'fffd fffd fffd'],
    [[0xe0, 0xa0], 'fffd'], [[0xe0, 0xa0, 0x41], 'fffd 41'],
    [[0xe2, 0x82], 'fffd'], [[0xed, 0xa0, 0x80], 'fffd fffd fffd'],
    [[0xed, 0x9f, 0xbf], 'd7ff'], [[0xef, 0xbf, 0xbe], 'fffe'],
    [[0xf0, 0x80, 0x80, 0x80], 'fffd fffd fffd fffd'],
    [[0xf0, 0x90, 0x80], 'fffd'], [[0xf4, 0x8f, 0xbf, 0xbf], 'dbff dfff'],
    [[0xf4, 0x90, 0x80, 0x80], 'fffd fffd fffd fffd'],
    [[0xf5, 0x80], 'fffd fffd'], [[0xff], 'fffd'],
    [[0x61, 0xf1, 0x80, 0x80, 0x62], '61 fffd 62'],
    [[0xe1, 0x80, 0xe2, 0xf0, 0x91, 0x92], 'fffd fffd fffd'],
    [[0xc3, 0xa9, 0xa9], 'e9 fffd'],
    [[0xf0, 0x9f, 0x98, 0x80], 'd83d de00']
].forEach(function (pair) {
    assert.strictEqual(units(Buffer.from(pair[0]).toString()), pair[1],
        pair[0].join(','));
});

// Encoding: pairs become four bytes, lone halves U+FFFD.
assert.strictEqual(Buffer.from('\ud83d\ude00').toString('hex'), 'f09f9880');
assert.strictEqual(Buffer.from('\ud800\udc00\udc00\ud800').toString('hex'),
    'f0908080efbfbdefbfbd');
assert.strictEqual(Buffer.from('a\ud83d').toString('hex'), '61efbfbd');

// write() stops before a character that does not fit.
function writeHex(size, s, offset, length) {
    var buf = Buffer.alloc(size, 0x2e);
    var n = buf.write(s, offset, length);
    return n + ':' + buf.toString('hex');
}
assert.strictEqual(writeHex(2, '\u20ac'), '0:2e2e');
assert.strictEqual(writeHex(3, 'a\ud83d\ude00'), '1:612e2e');
assert.strictEqual(writeHex(5, 'a\ud83d\ude00'), '5:61f09f9880');
assert.strictEqual(writeHex(4, 'a\ud83d'), '4:61efbfbd');
assert.strictEqual(writeHex(3, '\u00e9\u00e9'), '2:c3a92e');
assert.strictEqual(writeHex(6, '\u00e9\u00e9', 1, 3), '2:2ec3a92e2e2e');
assert.strictEqual(writeHex(3, '\udc00'), '3:efbfbd');

// A long text with a bit of everything survives a round trip.
var parts = [];
for (var i = 0; i < 2000; i++) {
    parts.push(String.fromCharCode(i * 37 % 0xd000), '\ud83d\ude00', 'x');
}
var long = parts.join('');
assert.strictEqual(Buffer.from(long).toString(), long);
assert.strictEqual(Buffer.byteLength(long), Buffer.from(long).length);
console.log('ok');
