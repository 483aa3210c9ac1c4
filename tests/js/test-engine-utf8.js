// Text crosses the engine's edge as UTF-8: strings (surrogate pairs
// inside) are written as 4-byte sequences, lone surrogates as U+FFFD, and
// UTF-8 read back (also as module source) decodes to the same strings,
// invalid bytes becoming U+FFFD, as in Node.
'use strict';
var assert = require('assert');
var fs = require('fs');

var tmp = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-utf8-');
var file = tmp + '/t.txt';

function bytesOf(path) {
    var b = fs.readFileSync(path);
    var out = [];
    for (var i = 0; i < b.length; i++) {
        out.push(b[i]);
    }
    return out;
}

fs.writeFileSync(file, 'a\u00e9\uD83D\uDE00|\uD800|\uDC00');
assert.deepStrictEqual(bytesOf(file), [0x61, 0xc3, 0xa9, 0xf0, 0x9f, 0x98,
    0x80, 0x7c, 0xef, 0xbf, 0xbd, 0x7c, 0xef, 0xbf, 0xbd]);
assert.strictEqual(fs.readFileSync(file, 'utf8'),
    'a\u00e9\uD83D\uDE00|\uFFFD|\uFFFD');

// A module whose source holds a 4-byte character and an invalid byte.
var mod = tmp + '/m.js';
var src = new Buffer('module.exports = "X";\n');
var withEmoji = new Uint8Array(src.length + 4);
var j = 0;
for (var i = 0; i < src.length; i++) {
    if (src[i] === 0x58) { // 'X' -> F0 9F 98 80 FF
        withEmoji[j++] = 0xf0;
        withEmoji[j++] = 0x9f;
        withEmoji[j++] = 0x98;
        withEmoji[j++] = 0x80;
        withEmoji[j++] = 0xff;
    } else {
        withEmoji[j++] = src[i];
    }
}
fs.writeFileSync(mod, withEmoji);
var s = require(mod);
assert.strictEqual(s.length, 3);
assert.strictEqual(s, '\uD83D\uDE00\uFFFD');

// Written through fs.write with a string, too.
var fd = fs.openSync(file, 'w');
assert.strictEqual(fs.writeSync(fd, '\uD83D\uDE00'), 4);
fs.closeSync(fd);
assert.deepStrictEqual(bytesOf(file), [0xf0, 0x9f, 0x98, 0x80]);

fs.unlinkSync(file);
fs.unlinkSync(mod);
fs.rmdirSync(tmp);
