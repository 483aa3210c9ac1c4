// Cipheriv / Decipheriv: padding, text encodings, state errors, bad
// input, and Node's OpenSSL-shaped errors for bad decryption.
'use strict';
var assert = require('assert');
var crypto = require('crypto');

var k16 = Buffer.alloc(16, 1);
var k32 = Buffer.alloc(32, 2);
var iv16 = Buffer.alloc(16, 3);
var iv12 = Buffer.alloc(12, 4);

function roundTrip(name, key, iv, data) {
    var e = crypto.createCipheriv(name, key, iv);
    var ct = Buffer.concat([e.update(data), e.final()]);
    var d = crypto.createDecipheriv(name, key, iv);
    if (/gcm|poly/i.test(name)) {
        d.setAuthTag(e.getAuthTag());
    }
    return [ct, Buffer.concat([d.update(ct), d.final()])];
}

// PKCS#7 padding: always 1 to 16 bytes; the last block waits for final().
[0, 1, 15, 16, 17, 32].forEach(function (n) {
    var r = roundTrip('aes-128-cbc', k16, iv16, Buffer.alloc(n, 9));
    assert.strictEqual(r[0].length, (Math.floor(n / 16) + 1) * 16);
    assert.strictEqual(r[1].length, n);
});
var e = crypto.createCipheriv('aes-128-cbc', k16, iv16);
assert.strictEqual(e.update(Buffer.alloc(5)).length, 0);
assert.strictEqual(e.update(Buffer.alloc(11)).length, 16);
assert.strictEqual(e.final().length, 16);

// Every cipher round-trips; stream modes keep the length.
['aes-128-cbc', 'aes-192-cbc', 'aes-256-cbc', 'aes-128-ctr', 'aes-192-ctr',
    'aes-256-ctr', 'aes-128-gcm', 'aes-192-gcm', 'aes-256-gcm',
    'chacha20-poly1305', 'aes128', 'aes256', 'id-aes128-GCM'].forEach(
    function (name) {
    var info = crypto.getCipherInfo(name);
    var r = roundTrip(name, Buffer.alloc(info.keyLength, 5),
        Buffer.alloc(info.ivLength, 6), Buffer.from('some plain text'));
    assert.strictEqual(r[1].toString(), 'some plain text', name);
    if (info.mode !== 'cbc') {
        assert.strictEqual(r[0].length, 15, name);
    }
    assert.ok(crypto.getCiphers().indexOf(name) >= 0, name);
});

// Text in and out, split characters included.
e = crypto.createCipheriv('aes-256-ctr', k32, iv16);
var hex = e.update('h\u00e9llo w\u00f6rld \ud83d\ude00', 'utf8', 'hex') +
    e.final('hex');
var d = crypto.createDecipheriv('aes-256-ctr', k32, iv16);
var text = '';
for (var i = 0; i < hex.length; i += 2) { // one byte at a time
    text += d.update(hex.slice(i, i + 2), 'hex', 'utf8');
}
text += d.final('utf8');
assert.strictEqual(text, 'h\u00e9llo w\u00f6rld \ud83d\ude00');
e = crypto.createCipheriv('aes-128-cbc', 'k'.repeat(16), 'i'.repeat(16));
var b64 = e.update('hello', 'utf8', 'base64') + e.final('base64');
assert.strictEqual(b64, 'pZf60cmzky7/oE7uUoyXxQ=='); // as Node gives it

// No padding: whole blocks only.
e = crypto.createCipheriv('aes-128-cbc', k16, iv16);
e.setAutoPadding(false);
e.update(Buffer.alloc(15));
assert.throws(function () { e.final(); }, {
    code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH',
    message: 'error:1C80006B:Provider routines::wrong final block length',
    library: 'Provider routines',
    reason: 'wrong final block length'
});

// Bad padding: bad decrypt.
d = crypto.createDecipheriv('aes-128-cbc', k16, iv16);
d.update(Buffer.alloc(16));
assert.throws(function () { d.final(); }, {
    code: 'ERR_OSSL_BAD_DECRYPT',
    message: 'error:1C800064:Provider routines::bad decrypt'
});
// Wrong key: bad decrypt (or, once in 256 tries, a wrong plaintext).
var ct = roundTrip('aes-256-cbc', k32, iv16, Buffer.from('secret'))[0];
d = crypto.createDecipheriv('aes-256-cbc', Buffer.alloc(32, 7), iv16);
d.update(ct);
assert.throws(function () { d.final(); }, { code: 'ERR_OSSL_BAD_DECRYPT' });

// AEAD state rules.
e = crypto.createCipheriv('aes-128-gcm', k16, iv12);
assert.throws(function () { e.getAuthTag(); },
    { code: 'ERR_CRYPTO_INVALID_STATE' });
e.setAAD(Buffer.from('header'));
e.setAAD('more header');
e.update('x');
assert.throws(function () { e.setAAD(Buffer.alloc(1)); },
    { message: 'Invalid state for operation setAAD' });
e.final();
assert.strictEqual(e.getAuthTag().length, 16);
assert.throws(function () { e.final(); }, { code: 'ERR_CRYPTO_INVALID_STATE' });
assert.throws(function () { e.update('x'); },
    { message: 'Trying to add data in unsupported state' });
assert.strictEqual(typeof crypto.createDecipheriv('aes-128-gcm', k16, iv12)
    .getAuthTag, 'undefined');
d = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
assert.throws(function () { d.final(); },
    { message: 'Unsupported state or unable to authenticate data' });
d = crypto.createDecipheriv('aes-128-gcm', k16, iv12);
assert.throws(function () { d.setAuthTag(Buffer.alloc(5)); },
    { code: 'ERR_CRYPTO_INVALID_AUTH_TAG',
        message: 'Invalid authentication tag length: 5' });
d.setAuthTag(Buffer.alloc(8));
assert.throws(function () { d.setAuthTag(Buffer.alloc(8)); },
    { message: 'Invalid state for operation setAuthTag' });
d = crypto.createDecipheriv('chacha20-poly1305', k32, iv12);
assert.throws(function () { d.setAuthTag(Buffer.alloc(8)); },
    { code: 'ERR_CRYPTO_INVALID_AUTH_TAG' }); // 16 unless told otherwise
assert.throws(function () {
    crypto.createCipheriv('aes-128-gcm', k16, iv12, { authTagLength: 7 });
}, { code: 'ERR_CRYPTO_INVALID_AUTH_TAG' });
assert.throws(function () {
    crypto.createCipheriv('aes-128-cbc', k16, iv16).setAAD(Buffer.alloc(1));
}, { code: 'ERR_CRYPTO_INVALID_STATE' });

// Construction errors.
assert.throws(function () {
    crypto.createCipheriv('aes-128-xyz', k16, iv16);
}, { code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher' });
if (process.versions.nodule) {
    assert.throws(function () {
        crypto.createCipheriv('aes-128-ecb', k16, null);
    }, /Unknown cipher \(aes-128-ecb is not available in nodule/);
}
assert.throws(function () {
    crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), iv16);
}, { code: 'ERR_CRYPTO_INVALID_KEYLEN', name: 'RangeError' });
assert.throws(function () {
    crypto.createCipheriv('aes-128-cbc', k16, Buffer.alloc(12));
}, { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(function () {
    crypto.createCipheriv('aes-128-cbc', k16, null);
}, { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(function () {
    crypto.createCipheriv('aes-128-gcm', k16, Buffer.alloc(0));
}, { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(function () {
    crypto.createCipheriv('chacha20-poly1305', k32, Buffer.alloc(8));
}, { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(function () {
    crypto.createCipheriv('aes-128-cbc', 5, iv16);
}, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () {
    crypto.createCipheriv(5, k16, iv16);
}, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () {
    crypto.createCipheriv('aes-128-cbc', k16, iv16).update(5);
}, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () {
    crypto.createCipheriv('aes-128-cbc', k16, iv16).update('a', 'utf8', 'x');
}, { code: 'ERR_UNKNOWN_ENCODING' });

// Keys as strings, ArrayBuffers and secret KeyObjects agree.
var plain = Buffer.from('same for all');
var want = roundTrip('aes-128-ctr', k16, iv16, plain)[0].toString('hex');
[k16.toString('latin1'), new Uint8Array(k16).buffer,
    crypto.createSecretKey(k16)].forEach(function (key) {
    var c = crypto.createCipheriv('aes-128-ctr', key, iv16);
    assert.strictEqual(Buffer.concat([c.update(plain), c.final()])
        .toString('hex'), want);
});

// getCipherInfo
assert.deepStrictEqual(crypto.getCipherInfo('aes-256-gcm'), {
    mode: 'gcm', name: 'id-aes256-gcm', nid: 901, blockSize: 1,
    ivLength: 12, keyLength: 32
});
assert.strictEqual(crypto.getCipherInfo('AES-128-CBC').nid, 419);
assert.strictEqual(crypto.getCipherInfo(419).name, 'aes-128-cbc');
assert.strictEqual(crypto.getCipherInfo('nope'), undefined);
assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { ivLength: 12 }),
    undefined);

// The stream interface.
var s = crypto.createCipheriv('aes-128-ctr', k16, iv16);
var chunks = [];
s.on('data', function (c) { chunks.push(c); });
s.on('end', function () {
    assert.strictEqual(Buffer.concat(chunks).toString('hex'), want);
    console.log('ok');
});
s.write(plain.subarray(0, 5));
s.end(plain.subarray(5));
