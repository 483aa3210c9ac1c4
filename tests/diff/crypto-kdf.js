// PBKDF2 and HKDF outputs for assorted inputs, sync and async, and
// timingSafeEqual: printed for comparison with Node.
'use strict';
var crypto = require('crypto');

['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'].forEach(function (d) {
    [[1, 1], [2, 20], [10, 33], [100, 100]].forEach(function (p) {
        console.log('pbkdf2', d, p[0], p[1], crypto.pbkdf2Sync('pass\u00e9',
            Buffer.from('salt'), p[0], p[1], d).toString('hex'));
    });
    [0, 1, 32, 100].forEach(function (len) {
        console.log('hkdf', d, len, Buffer.from(crypto.hkdfSync(d, 'ikm',
            'salt', 'info', len)).toString('hex'));
    });
});
crypto.pbkdf2('p', 's', 1000, 16, 'sha256', function (err, key) {
    console.log('async pbkdf2', err, key.toString('hex'));
    crypto.hkdf('sha512', 'k', '', '', 16, function (e, ab) {
        console.log('async hkdf', e, ab instanceof ArrayBuffer,
            Buffer.from(ab).toString('hex'));
    });
});
console.log('tse', crypto.timingSafeEqual(Buffer.from('abc'),
    Buffer.from('abc')), crypto.timingSafeEqual(Buffer.from('abc'),
    Buffer.from('abd')), crypto.timingSafeEqual(new Uint16Array([1]),
    new Uint8Array([1, 0])));
