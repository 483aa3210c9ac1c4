'use strict';
// Differential test: indexOf / lastIndexOf / includes over a grid of
// haystacks, needles (numbers, strings, Buffers), offsets and encodings,
// compared with Node 20.  Includes Node's UTF-16 quirks: string needles
// search whole code units, and a Buffer needle on an odd-length haystack
// reports "not found" as length - 1.

function show(f) {
    try {
        return String(f());
    } catch (e) {
        return e.code;
    }
}

var haystacks = [
    Buffer.alloc(0),
    Buffer.from('abc'),
    Buffer.from('abcabcab'),
    Buffer.from('a\u0000b\u0000c\u0000a\u0000', 'latin1'),
    Buffer.from('\u0000a\u0000b\u0000a\u0000', 'latin1'),
    Buffer.from('h\u00e9llo w\u00f6rld \u20ac\u20ac'),
    Buffer.from('aaaaaaaaab')
];
var needles = [
    '', 'a', 'b', 'ab', 'ca', 'abc', 'z', 'aab', '\u00e9', '\u20ac', 'YQ==',
    '62', 'zz', 97, 98, 0, 353, -159, 256 + 99, 97.9,
    Buffer.from(''), Buffer.from('a'), Buffer.from('ab'), Buffer.from('zz'),
    Buffer.from('zzz'), Buffer.from('b\u0000', 'latin1'),
    new Uint8Array([0x61, 0x00])
];
var offsets = [undefined, 0, 1, 2, 3, 7, 8, 100, -1, -2, -3, -8, -100, 1.5,
    -1.5, NaN, null, '', [], {}, [2], true, Infinity, -Infinity,
    Math.pow(2, 40), -Math.pow(2, 40)];
var encodings = [undefined, 'utf8', 'ucs2', 'latin1', 'ascii', 'hex',
    'base64', 'binary', 'utf16le', 'foo'];

haystacks.forEach(function (h, hi) {
    needles.forEach(function (n, ni) {
        var line = [];
        offsets.forEach(function (off) {
            line.push(show(function () { return h.indexOf(n, off); }));
            line.push(show(function () { return h.lastIndexOf(n, off); }));
        });
        console.log('h' + hi, 'n' + ni, line.join(' '));
        line = [];
        encodings.forEach(function (enc) {
            [undefined, 0, 3, -1, -4].forEach(function (off) {
                line.push(show(function () { return h.indexOf(n, off, enc); }));
                line.push(show(function () {
                    return h.lastIndexOf(n, off, enc);
                }));
                line.push(show(function () {
                    return h.includes(n, off, enc);
                }));
            });
        });
        console.log('  enc', line.join(' '));
    });
});

// The encoding in place of the offset.
var b = Buffer.from('abcabc');
['utf8', 'latin1', 'hex', 'ucs2', '1', 'foo'].forEach(function (enc) {
    console.log('enc-as-offset', enc, show(function () {
        return b.indexOf('c', enc);
    }), show(function () { return b.lastIndexOf('c', enc); }));
});

// Bad needles.
[{}, [], null, undefined, true, new Uint16Array([0x6261]),
    new ArrayBuffer(1)].forEach(function (v) {
    console.log('bad', show(function () { return b.indexOf(v); }));
});
