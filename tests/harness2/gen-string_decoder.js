/*
 * Table generator and fuzzer for string_decoder, comparing with Node's:
 *
 *     node tests/harness2/gen-string_decoder.js table > FILE-BODY
 *     node tests/harness2/gen-string_decoder.js compare
 *
 * A case is an encoding and a list of chunks (hex strings); the answer is
 * the text of each write() followed by that of end().
 */
'use strict';

var NodeDecoder = require('string_decoder').StringDecoder;

var ENCODINGS = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1',
    'ascii'];

function rng(seed) {
    var s = seed >>> 0;
    return function (n) {
        s = (Math.imul(s, 1103515245) + 12345) >>> 0;
        return (s >>> 8) % n;
    };
}

// Bytes biased towards the interesting parts of UTF-8 and UTF-16.
var BYTES = [0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0,
    0xc1, 0xc2, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xd8,
    0xdc, 0xdb, 0x3d, 0x82, 0xac];

function randomCase(r) {
    var enc = ENCODINGS[r(ENCODINGS.length)];
    var chunks = [];
    var count = 1 + r(4);
    for (var i = 0; i < count; i++) {
        var len = r(6);
        var hex = '';
        for (var j = 0; j < len; j++) {
            var b = r(4) === 0 ? r(256) : BYTES[r(BYTES.length)];
            hex += (b < 16 ? '0' : '') + b.toString(16);
        }
        chunks.push(hex);
    }
    return [enc, chunks];
}

function run(Decoder, c, toBytes) {
    var d = new Decoder(c[0]);
    var out = c[1].map(function (hex) {
        return d.write(toBytes(hex));
    });
    out.push(d.end());
    return out;
}

function nodeBytes(hex) {
    return Buffer.from(hex, 'hex');
}

function cases(count, seed) {
    var r = rng(seed);
    var fixed = [
        ['utf8', ['e282', 'ac']], ['utf8', ['e2', '82', 'ac']],
        ['utf8', ['f09f', '9880']], ['utf8', ['f09f98', '']],
        ['utf8', ['e282', '41']], ['utf8', ['c0af']], ['utf8', ['eda080']],
        ['utf8', ['f4908080']], ['utf8', ['f0', '9f', '98', '80', '41']],
        ['utf8', ['ff', 'fe']], ['utf8', ['e2']], ['utf8', ['80808080']],
        ['utf16le', ['3d', 'd8', '00de']], ['utf16le', ['3dd8']],
        ['utf16le', ['41']], ['utf16le', ['3dd800de41']],
        ['base64', ['01', '0203', '04']], ['base64', ['0102']],
        ['base64url', ['fbff', 'fe']], ['hex', ['00ff10']],
        ['latin1', ['e9ff']], ['ascii', ['e9ff41']]
    ];
    var out = fixed.slice();
    for (var i = 0; i < count; i++) {
        out.push(randomCase(r));
    }
    return out;
}

function table() {
    var rows = cases(600, 5).map(function (c) {
        return [c[0], c[1], run(NodeDecoder, c, nodeBytes)];
    });
    process.stdout.write('var CASES = [\n' + rows.map(function (row) {
        return '    ' + JSON.stringify(row);
    }).join(',\n') + '\n];\n');
}

function compare() {
    var Ours = require('./load.js')('string_decoder').StringDecoder;
    var bad = 0;
    var list = cases(200000, 77);
    list.forEach(function (c) {
        var want = JSON.stringify(run(NodeDecoder, c, nodeBytes));
        var got = JSON.stringify(run(Ours, c, function (hex) {
            return new Uint8Array(nodeBytes(hex));
        }));
        if (want !== got && bad++ < 30) {
            console.log(JSON.stringify(c), 'got', got, 'want', want);
        }
    });
    console.log(list.length + ' cases, ' + bad + ' differ');
}

if (process.argv[2] === 'compare') {
    compare();
} else {
    table();
}
