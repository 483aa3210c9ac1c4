'use strict';
// Differential test: Buffer's encodings, compared byte for byte with Node
// 20.  Strings are printed as their UTF-16 code units in hex, so lone
// surrogates and U+FFFD are visible and no terminal conversion is
// involved.

var ENCODINGS = ['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64',
    'base64url'];

function units(s) {
    var out = [];
    for (var i = 0; i < s.length; i++) {
        out.push(s.charCodeAt(i).toString(16));
    }
    return '[' + out.join(' ') + ']';
}

function hex(buf) {
    return buf.toString('hex');
}

// A small deterministic generator, the same under both runtimes.
var seed = 12345;
function random(n) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
}

// ---- strings to bytes, every encoding -------------------------------------

var strings = [
    '', 'a', 'hello', 'h\u00e9llo', '\u20ac', '\u00ff\u0100\u07ff\u0800',
    '\ud83d\ude00', 'a\ud83d', '\ud83da', '\ude00\ud83d', '\udc00',
    '\ud800\udc00\udbff\udfff', '\u0000\u007f\u0080', '\ufeff\ufffd\uffff',
    'abc123+/-_=', 'YWJj', 'YWJjZA==', 'YW Jj\nZA', '0123456789abcdefABCDEF',
    'zz', 'a1b', '\u0141\u0141', '4\u0131', '\u0159\u0151=='
];
strings.forEach(function (s) {
    ENCODINGS.forEach(function (enc) {
        var b = Buffer.from(s, enc);
        console.log('from', units(s), enc, hex(b), b.length,
            Buffer.byteLength(s, enc));
    });
});

// ---- bytes to strings, every encoding -------------------------------------

var byteCases = [
    [], [0x61], [0xff], [0x00, 0x80, 0xff], [0xc3, 0xa9], [0xe2, 0x82, 0xac],
    [0xf0, 0x9f, 0x98, 0x80], [0x3d, 0xd8], [0x3d, 0xd8, 0x00, 0xde],
    [0x00, 0xdc, 0x00, 0xd8], [0x61, 0x62, 0x63], [0xfa, 0xfb, 0xfc, 0xfd],
    [1, 2, 3, 4, 5]
];
byteCases.forEach(function (bytes) {
    var b = Buffer.from(bytes);
    ENCODINGS.forEach(function (enc) {
        console.log('to', hex(b), enc, units(b.toString(enc)));
    });
});

// ---- invalid UTF-8: one U+FFFD per maximal invalid subpart -----------------

var invalid = [
    [0x80], [0xbf], [0xc0, 0x80], [0xc1, 0xbf], [0xc2], [0xc2, 0x41],
    [0xe0, 0x80, 0x80], [0xe0, 0xa0], [0xe0, 0xa0, 0x41], [0xe2, 0x82],
    [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xed, 0x9f, 0xbf],
    [0xef, 0xbf, 0xbe], [0xf0, 0x80, 0x80, 0x80], [0xf0, 0x90, 0x80],
    [0xf0, 0x90], [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80],
    [0xf5, 0x80, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe], [0xff],
    [0x61, 0xf1, 0x80, 0x80, 0x62], [0xe1, 0x80, 0xe2, 0xf0, 0x91, 0x92],
    [0xc3, 0xa9, 0xa9], [0xed, 0xa0, 0x80, 0xed, 0xb0, 0x80]
];
invalid.forEach(function (bytes) {
    var b = Buffer.from(bytes);
    console.log('utf8', hex(b), units(b.toString()));
});

// Random bytes, biased towards UTF-8 lead and continuation bytes.
var pool = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0,
    0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3,
    0xf4, 0xf5, 0xff];
var all = [];
for (var n = 0; n < 3000; n++) {
    var len = random(9);
    var bytes = [];
    for (var k = 0; k < len; k++) {
        bytes.push(random(3) === 0 ? random(256) : pool[random(pool.length)]);
    }
    var b = Buffer.from(bytes);
    var s = b.toString('utf8');
    if (n < 200) {
        console.log('random', hex(b), units(s));
    }
    all.push(units(s));
}
// The rest as one line: the decoded texts re-encoded and hashed.
var text = all.join('|');
var h = 0;
for (var i = 0; i < text.length; i++) {
    h = (h * 31 + text.charCodeAt(i)) % 1000000007;
}
console.log('random hash', h);

// ---- write(): limits never split a character or unit -----------------------

var writes = ['abc', '\u00e9\u00e9', '\u20ac\u20ac', '\ud83d\ude00x',
    'a\ud83d', '\udc00', 'YWJjZGVm', 'abcdef12', '\u00ff\u0100'];
writes.forEach(function (s) {
    ENCODINGS.forEach(function (enc) {
        for (var cap = 0; cap <= 5; cap++) {
            var buf = Buffer.alloc(6, 0x2e);
            var nw = buf.write(s, 1, cap, enc);
            console.log('write', units(s), enc, cap, nw, hex(buf));
        }
    });
});

// ---- base64 and hex edge cases ---------------------------------------------

['YQ==YQ==', 'YQ=YQ', 'Y Q', 'YQ', 'Y', 'YQ=', 'Y===', '-_', '+/-_', 'Y*Q',
    'YWJjZA', 'YWJjZA=', 'YWJjZA===', '=YWJj', 'YW=Jj', 'YWJ=j',
    'Y\nW\tJ j', 'YWJjZ', '!!!!', 'YQ%%', 'Y@Q==', '\u00e9YQ'
].forEach(function (s) {
    console.log('base64', units(s), hex(Buffer.from(s, 'base64')),
        hex(Buffer.from(s, 'base64url')), Buffer.byteLength(s, 'base64'),
        Buffer.alloc(2).write(s, 'base64'));
});
['abzz12', 'a', 'abc', '0g', 'g0', 'ABcd', ' ab', 'ab cd', '\u0141\u0141'
].forEach(function (s) {
    console.log('hex', units(s), hex(Buffer.from(s, 'hex')),
        Buffer.byteLength(s, 'hex'), Buffer.alloc(4).write(s, 'hex'));
});

// ---- names ------------------------------------------------------------------

['utf8', 'UTF8', 'utf-8', 'Utf-8', 'ucs2', 'UCS-2', 'utf16le', 'UTF-16LE',
    'utf-16', 'latin1', 'Binary', 'ascii', 'hex', 'HEX', 'base64',
    'base64URL', 'base-64', 'utf32', 'raw', '', ' utf8'
].forEach(function (name) {
    var r;
    try {
        r = Buffer.from('ab', name).toString('hex');
    } catch (e) {
        r = e.code;
    }
    console.log('name', JSON.stringify(name), Buffer.isEncoding(name), r);
});
