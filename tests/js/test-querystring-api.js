/*
 * querystring: escape/unescape/unescapeBuffer, custom encoders and
 * decoders, and the module's shape. Expected values come from Node 20.
 */
'use strict';

var assert = require('assert');
var qs = require('querystring');

assert.deepStrictEqual(Object.keys(qs), ['unescapeBuffer', 'unescape',
    'escape', 'stringify', 'encode', 'parse', 'decode']);
assert.strictEqual(qs.decode, qs.parse);
assert.strictEqual(qs.encode, qs.stringify);
assert.strictEqual(require('node:querystring'), qs);

// escape keeps A-Z a-z 0-9 - _ . ~ ! * ' ( ) and encodes the rest as UTF-8.
assert.strictEqual(qs.escape('a b&\u00fc~*\'()!'), 'a%20b%26%C3%BC~*\'()!');
assert.strictEqual(qs.escape(12), '12');
assert.strictEqual(qs.escape({ toString: function () {
    return 'x y';
} }), 'x%20y');
assert.strictEqual(qs.escape('\ud83d\ude00'), '%F0%9F%98%80');
// Node pairs a surrogate with whatever follows it...
assert.strictEqual(qs.escape('\ud800x'), '%F0%90%81%B8');
assert.strictEqual(qs.escape('\udc00\udc00'), '%F0%90%80%80');
// ...and only a surrogate at the very end is an error.
assert.throws(function () {
    qs.escape('a\ud800');
}, function (err) {
    assert.ok(err instanceof URIError);
    assert.strictEqual(err.code, 'ERR_INVALID_URI');
    assert.strictEqual(err.message, 'URI malformed');
    assert.strictEqual(String(err), 'URIError [ERR_INVALID_URI]: URI malformed');
    return true;
});

// unescape: decodeURIComponent, else byte-wise with U+FFFD for bad UTF-8.
assert.strictEqual(qs.unescape('%E2%82%AC+%zz'), '\u20ac+%zz');
assert.strictEqual(qs.unescape('%E2%82+x', true), '\ufffd x');
assert.strictEqual(qs.unescape('%C3%A9%', true), '\u00e9%');
assert.strictEqual(qs.unescape('a+b'), 'a+b');

if (typeof Buffer.from !== 'function') {
    // Until nodule's Buffer has Buffer.from, the gap is reported clearly.
    assert.throws(function () {
        qs.unescapeBuffer('a');
    }, function (err) {
        assert.strictEqual(err.code, 'ERR_NOT_SUPPORTED');
        return true;
    });
} else {
    var buf = qs.unescapeBuffer('a%41+%zz%4', true);
    assert.ok(Buffer.isBuffer(buf));
    assert.deepStrictEqual(Array.prototype.slice.call(buf),
        [0x61, 0x41, 0x20, 0x25, 0x7a, 0x7a, 0x25, 0x34]);
    assert.deepStrictEqual(Array.prototype.slice.call(qs.unescapeBuffer('a+b')),
        [0x61, 0x2b, 0x62]);
}

// A replaced qs.unescape / qs.escape is used by parse / stringify.
var saved = qs.unescape;
qs.unescape = function (s) {
    return '{' + s + '}';
};
try {
    // A replacement counts as a custom decoder: always called, '+' as '%20'.
    assert.deepStrictEqual(Object.assign({}, qs.parse('a%41=b%42&c=d+e')),
        { '{a%41}': '{b%42}', '{c}': '{d%20e}' });
} finally {
    qs.unescape = saved;
}

// Custom decodeURIComponent: always called, '+' arrives as '%20'; one that
// throws falls back to unescape.
var seen = qs.parse('a=%41+b&c=d+e', null, null, {
    decodeURIComponent: function (s) {
        return '<' + s + '>';
    }
});
assert.deepStrictEqual(Object.assign({}, seen),
    { '<a>': '<%41%20b>', '<c>': '<d%20e>' });
assert.deepStrictEqual(Object.assign({}, qs.parse('a=%41', null, null, {
    decodeURIComponent: function () {
        throw new Error('no');
    }
})), { a: 'A' });

// Custom encodeURIComponent sees every key and value as text.
assert.strictEqual(qs.stringify({ a: 'b c', d: ['e', 'f'] }, null, null, {
    encodeURIComponent: function (s) {
        return '[' + s + ']';
    }
}), '[a]=[b c]&[d]=[e]&[d]=[f]');
assert.strictEqual(qs.stringify({ a: 1, b: true, c: null, d: undefined,
    e: NaN, f: {} }, null, null, {
    encodeURIComponent: function (s) {
        return '[' + s + ']';
    }
}), '[a]=[1]&[b]=[true]&[c]=[]&[d]=[]&[e]=[]&[f]=[]');

// Non-objects stringify to ''; arrays are objects with index keys.
assert.strictEqual(qs.stringify('x'), '');
assert.strictEqual(qs.stringify(null), '');
assert.strictEqual(qs.stringify([1, 2]), '0=1&1=2');
assert.strictEqual(qs.stringify({ big: 1e21, small: 1e-7 }),
    'big=1e%2B21&small=1e-7');

// parse of a non-string or empty input gives an empty prototype-less object.
[undefined, null, 5, '', {}].forEach(function (v) {
    var o = qs.parse(v);
    assert.strictEqual(Object.getPrototypeOf(o), null);
    assert.strictEqual(Object.keys(o).length, 0);
});

// maxKeys: default 1000, 0 means unlimited.
var many = [];
for (var i = 0; i < 1500; i++) {
    many.push('k' + i + '=' + i);
}
assert.strictEqual(Object.keys(qs.parse(many.join('&'))).length, 1000);
assert.strictEqual(Object.keys(qs.parse(many.join('&'), null, null,
    { maxKeys: 0 })).length, 1500);
