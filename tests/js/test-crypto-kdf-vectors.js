// Known answers for PBKDF2 (RFC 6070 for SHA-1, RFC 7914 section 11 and
// common vectors for SHA-256) and HKDF (RFC 5869), sync and async.
'use strict';
var assert = require('assert');
var crypto = require('crypto');

function range(from, to) { // bytes from .. to inclusive
    var b = Buffer.alloc(to - from + 1);
    for (var i = 0; i < b.length; i++) {
        b[i] = from + i;
    }
    return b;
}

var pbkdf2 = [
    ['password', 'salt', 1, 20, 'sha1',
        '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
    ['password', 'salt', 2, 20, 'sha1',
        'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
    ['password', 'salt', 4096, 20, 'sha1',
        '4b007901b765489abead49d926f721d065a429c1'],
    ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt',
        4096, 25, 'sha1', '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
    ['pass\u0000word', 'sa\u0000lt', 4096, 16, 'sha1',
        '56fa6aa75548099dcc37d7f03425e0c3'],
    ['passwd', 'salt', 1, 64, 'sha256', '55ac046e56e3089fec1691c22544b605' +
        'f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71' +
        'b845b1e30bd509112041d3a19783'],
    ['Password', 'NaCl', 80000, 64, 'sha256', '4ddcd8f60b98be21830cee5ef227' +
        '01f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b317' +
        '6a272bdebba1d078478f62b397f33c8d'],
    ['password', 'salt', 1, 32, 'sha256',
        '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b'],
    ['password', 'salt', 4096, 32, 'sha256',
        'c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a'],
    ['password', 'salt', 1, 0, 'sha512', '']
];

var hkdf = [ // digest, ikm, salt, info, length, okm (RFC 5869 A.1-A.4, A.7)
    ['sha256', Buffer.alloc(22, 0x0b), range(0, 12), range(0xf0, 0xf9), 42,
        '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34' +
        '007208d5b887185865'],
    ['sha256', range(0, 0x4f), range(0x60, 0xaf), range(0xb0, 0xff), 82,
        'b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59' +
        '045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71cc30' +
        'c58179ec3e87c14c01d5c1f3434f1d87'],
    ['sha256', Buffer.alloc(22, 0x0b), '', '', 42,
        '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d' +
        '201395faa4b61a96c8'],
    ['sha1', Buffer.alloc(11, 0x0b), range(0, 12), range(0xf0, 0xf9), 42,
        '085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2c2' +
        '2e422478d305f3f896'],
    ['sha1', Buffer.alloc(22, 0x0c), Buffer.alloc(0), '', 42,
        '2c91117204d745f3500d636a62f64f0ab3bae548aa53d423b0d1f27ebba6f5e567' +
        '3a081d70cce7acfc48']
];

pbkdf2.forEach(function (v, n) {
    var key = crypto.pbkdf2Sync(v[0], v[1], v[2], v[3], v[4]);
    assert.ok(Buffer.isBuffer(key));
    assert.strictEqual(key.toString('hex'), v[5], 'pbkdf2 vector ' + n);
});
hkdf.forEach(function (v, n) {
    var okm = crypto.hkdfSync(v[0], v[1], v[2], v[3], v[4]);
    assert.ok(okm instanceof ArrayBuffer);
    assert.strictEqual(Buffer.from(okm).toString('hex'), v[5],
        'hkdf vector ' + n);
});

// The same through the pool, all at once; inputs may change as soon as
// the call returns (the binding has copied them).
var pending = 0;
pbkdf2.forEach(function (v, n) {
    var salt = Buffer.from(v[1]);
    pending++;
    crypto.pbkdf2(v[0], salt, v[2], v[3], v[4], function (err, key) {
        assert.strictEqual(err, null);
        assert.strictEqual(key.toString('hex'), v[5], 'async pbkdf2 ' + n);
        pending--;
    });
    salt.fill(0);
});
hkdf.forEach(function (v, n) {
    pending++;
    crypto.hkdf(v[0], crypto.createSecretKey(Buffer.from(v[1])), v[2], v[3],
        v[4], function (err, okm) {
            assert.strictEqual(err, null);
            assert.strictEqual(Buffer.from(okm).toString('hex'), v[5]);
            pending--;
        });
});
assert.ok(pending > 0); // nothing has called back yet

// Errors, as Node words them.
assert.throws(function () {
    crypto.pbkdf2Sync('p', 's', 1, 10, 'nope');
}, { code: 'ERR_CRYPTO_INVALID_DIGEST', name: 'TypeError' });
assert.throws(function () {
    crypto.pbkdf2Sync('p', 's', 0, 10, 'sha1');
}, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () {
    crypto.pbkdf2Sync('p', 's', 1.5, 10, 'sha1');
}, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () {
    crypto.pbkdf2Sync(5, 's', 1, 10, 'sha1');
}, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () {
    crypto.pbkdf2('p', 's', 1, 10, 'sha1');
}, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () {
    crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1);
}, { code: 'ERR_CRYPTO_INVALID_KEYLEN' });
assert.throws(function () {
    crypto.hkdfSync('sha256', 'k', 's', Buffer.alloc(1025), 10);
}, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () {
    crypto.hkdfSync('nope', 'k', 's', 'i', 10);
}, { code: 'ERR_CRYPTO_INVALID_DIGEST' });

process.on('exit', function () {
    assert.strictEqual(pending, 0);
    console.log('ok');
});
