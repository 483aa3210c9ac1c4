/*
 * string_decoder: encoding names, argument checks, the legacy text()
 * method and lastNeed/lastTotal/lastChar, input views other than
 * Uint8Array, and a long multi-chunk UTF-8 round trip.
 */
'use strict';

var assert = require('assert');
var StringDecoder = require('string_decoder').StringDecoder;

// Encoding names are case-insensitive and normalised.
[[undefined, 'utf8'], [null, 'utf8'], ['', 'utf8'], ['UTF-8', 'utf8'],
    ['Ucs2', 'utf16le'], ['ucs-2', 'utf16le'], ['UTF-16LE', 'utf16le'],
    ['BINARY', 'latin1'], ['latin1', 'latin1'], ['base64url', 'base64url'],
    ['Base64', 'base64'], ['HEX', 'hex'], ['ascii', 'ascii']
].forEach(function (pair) {
    assert.strictEqual(new StringDecoder(pair[0]).encoding, pair[1]);
});
['foo', 'utf-16', 'utf32', 1, 'constructor', 'toString'].forEach(function (e) {
    assert.throws(function () {
        return new StringDecoder(e);
    }, function (err) {
        assert.ok(err instanceof TypeError);
        assert.strictEqual(err.code, 'ERR_UNKNOWN_ENCODING');
        assert.strictEqual(err.message, 'Unknown encoding: ' + e);
        return true;
    });
});

var d = new StringDecoder('utf8');
assert.strictEqual(d.write('already text'), 'already text');
assert.throws(function () {
    d.write(1);
}, function (err) {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(err.message, 'The "buf" argument must be an ' +
        'instance of Buffer, TypedArray, or DataView. ' +
        'Received type number (1)');
    return true;
});
assert.throws(function () {
    d.write({});
}, /must be an instance of Buffer, TypedArray, or DataView/);
assert.throws(function () {
    d.write([0x41]);
}, /Received an instance of Array/);

// Only 'encoding' is enumerable on an instance; the state is hidden.
assert.deepStrictEqual(Object.keys(d), ['encoding']);
assert.strictEqual(JSON.stringify(d), '{"encoding":"utf8"}');
assert.deepStrictEqual(Object.keys(StringDecoder.prototype),
    ['write', 'end', 'text', 'lastChar', 'lastNeed', 'lastTotal']);

// Held bytes show in lastNeed / lastTotal / lastChar.
assert.strictEqual(d.write(new Uint8Array([0x61, 0xE2, 0x82])), 'a');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.lastTotal, 3);
assert.strictEqual(d.lastChar[0], 0xE2);
assert.strictEqual(d.lastChar[1], 0x82);
assert.strictEqual(d.lastChar.length, 4);
assert.strictEqual(d.write(new Uint8Array([0xAC])), '\u20AC');
assert.strictEqual(d.lastNeed, 0);
assert.strictEqual(d.end(), '');

// end() with a final chunk, and reuse after end().
assert.strictEqual(d.end(new Uint8Array([0xF0, 0x9F])), '\uFFFD');
assert.strictEqual(d.write(new Uint8Array([0x42])), 'B');

// text() forgets held bytes and starts at an offset.
d.write(new Uint8Array([0xE2]));
assert.strictEqual(d.text(new Uint8Array([0x61, 0x62, 0x63]), 1), 'bc');
assert.strictEqual(d.end(), '');

// Any view works: its bytes are used, whatever its element type.
var u16 = new Uint16Array([0x4241]);
assert.strictEqual(new StringDecoder('latin1').write(u16), 'AB');
var ab = new Uint8Array([0x00, 0x68, 0x69, 0x00]).buffer;
assert.strictEqual(new StringDecoder().write(new DataView(ab, 1, 2)), 'hi');
assert.strictEqual(new StringDecoder().write(new Uint8Array(ab, 1, 2)),
    'hi');

// A long text split at every possible byte boundary survives intact.
var text = 'a\u00e9\u20ac\ud83d\ude00z \u4e2d\u6587 \ud800\udc00!';
var utf8 = [];
for (var i = 0; i < text.length; i++) {
    var cp = text.charCodeAt(i);
    if (cp >= 0xD800 && cp < 0xDC00) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (text.charCodeAt(++i) - 0xDC00);
    }
    if (cp < 0x80) {
        utf8.push(cp);
    } else if (cp < 0x800) {
        utf8.push(0xC0 | (cp >> 6), 0x80 | (cp & 63));
    } else if (cp < 0x10000) {
        utf8.push(0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 63),
            0x80 | (cp & 63));
    } else {
        utf8.push(0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 63),
            0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    }
}
var all = new Uint8Array(utf8);
for (var cut = 0; cut <= all.length; cut++) {
    for (var cut2 = cut; cut2 <= all.length; cut2++) {
        var dec = new StringDecoder('utf8');
        var got = dec.write(all.subarray(0, cut)) +
            dec.write(all.subarray(cut, cut2)) +
            dec.write(all.subarray(cut2)) + dec.end();
        assert.strictEqual(got, text, 'cut at ' + cut + ',' + cut2);
    }
}

// One byte at a time in UTF-16LE and base64.
var u = new StringDecoder('utf16le');
var pieces = '';
var le = [0x3D, 0xD8, 0x00, 0xDE, 0x41, 0x00];
le.forEach(function (b) {
    pieces += u.write(new Uint8Array([b]));
});
assert.strictEqual(pieces + u.end(), '\ud83d\ude00A');
var b64 = new StringDecoder('base64');
var s = '';
[1, 2, 3, 4, 5].forEach(function (b) {
    s += b64.write(new Uint8Array([b]));
});
assert.strictEqual(s + b64.end(), 'AQIDBAU=');
