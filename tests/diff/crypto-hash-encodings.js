// Digests and HMACs of many inputs, in every input and output encoding,
// printed so nodule's output can be compared with Node's.
'use strict';
var crypto = require('crypto');

var inputs = ['', 'a', 'abc', 'h\u00e9llo', '\ud83d\ude00 emoji',
    new Array(200).join('long '), '\u0000\u00ff\u0100'];
var inEncodings = [undefined, 'utf8', 'latin1', 'ascii', 'ucs2', 'base64'];
var outEncodings = ['hex', 'base64', 'base64url', 'latin1'];
var algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
    'SHA256', 'RSA-SHA1'];

algorithms.forEach(function (alg) {
    inputs.forEach(function (text, n) {
        inEncodings.forEach(function (enc) {
            var h = crypto.createHash(alg).update(text, enc);
            var m = crypto.createHmac(alg, 'key ' + n).update(text, enc);
            console.log(alg, n, enc, h.digest('hex'), m.digest('base64'));
        });
    });
    var bytes = Buffer.alloc(300);
    for (var i = 0; i < bytes.length; i++) {
        bytes[i] = (i * 31) & 255;
    }
    outEncodings.forEach(function (out) {
        console.log(alg, out, JSON.stringify(crypto.createHash(alg)
            .update(bytes).digest(out)));
    });
    console.log(alg, 'views', crypto.createHash(alg)
        .update(new Uint16Array([1, 2, 3]))
        .update(new DataView(bytes.buffer, bytes.byteOffset + 5, 7))
        .update(bytes.subarray(100, 101)).digest('hex'));
    console.log(alg, 'one-shot', crypto.hash(alg, 'abc', 'base64'));
});
