// generateKeyPair(Sync) for RSA and EC: BearSSL's generators seeded from
// the OS.  New keys sign and verify, export and re-import, and come back
// already encoded when asked; the asynchronous form runs on the pool.
'use strict';
var assert = require('assert');
var crypto = require('crypto');

function checkPair(pair, type) {
    assert.strictEqual(pair.privateKey.type, 'private');
    assert.strictEqual(pair.publicKey.type, 'public');
    assert.strictEqual(pair.privateKey.asymmetricKeyType, type);
    var sig = crypto.sign('sha256', Buffer.from('new key'), pair.privateKey);
    assert.ok(crypto.verify('sha256', Buffer.from('new key'), pair.publicKey,
        sig));
    var again = crypto.createPrivateKey(pair.privateKey.export({
        format: 'pem', type: 'pkcs8' }));
    assert.ok(again.equals(pair.privateKey));
    assert.ok(crypto.createPublicKey(again).equals(pair.publicKey));
}

var rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
checkPair(rsa, 'rsa');
assert.strictEqual(rsa.publicKey.asymmetricKeyDetails.modulusLength, 1024);
assert.strictEqual(Number(rsa.publicKey.asymmetricKeyDetails.publicExponent),
    65537);
assert.ok(/^-----BEGIN RSA PRIVATE KEY-----\n/.test(rsa.privateKey.export({
    format: 'pem', type: 'pkcs1' })));
var rsa3 = crypto.generateKeyPairSync('rsa', { modulusLength: 768,
    publicExponent: 3 });
assert.strictEqual(Number(rsa3.privateKey.asymmetricKeyDetails.publicExponent),
    3);

['P-256', 'prime256v1', 'secp384r1', 'P-521'].forEach(function (curve) {
    var pair = crypto.generateKeyPairSync('ec', { namedCurve: curve });
    checkPair(pair, 'ec');
});
// Two keys are never the same.
var a = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
var b = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
assert.ok(!a.privateKey.equals(b.privateKey));

// Encoded output.
var enc = crypto.generateKeyPairSync('ec', {
    namedCurve: 'P-384',
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'sec1', format: 'der' }
});
assert.ok(/^-----BEGIN PUBLIC KEY-----/.test(enc.publicKey));
assert.ok(Buffer.isBuffer(enc.privateKey));
var jwkPair = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256',
    publicKeyEncoding: { format: 'jwk' } });
assert.strictEqual(jwkPair.publicKey.crv, 'P-256');

// Errors.
assert.throws(function () { crypto.generateKeyPairSync('rsa', {}); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { crypto.generateKeyPairSync('rsa'); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { crypto.generateKeyPairSync('ec', {}); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () {
    crypto.generateKeyPairSync('ec', { namedCurve: 'nope' });
}, { code: 'ERR_CRYPTO_INVALID_CURVE' });
assert.throws(function () { crypto.generateKeyPairSync('dsa2', {}); },
    { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(function () {
    crypto.generateKeyPairSync('ec', { namedCurve: 'P-256',
        publicKeyEncoding: { type: 'pkcs1', format: 'pem' } });
}, { code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS' });
if (process.versions.nodule) {
    assert.throws(function () {
        crypto.generateKeyPairSync('ed25519', {});
    }, { code: 'ERR_NOT_SUPPORTED' });
    assert.throws(function () {
        crypto.generateKeyPairSync('rsa', { modulusLength: 8192 });
    }, { code: 'ERR_OUT_OF_RANGE', message: /4096/ });
}

// The asynchronous form.
var done = 0;
crypto.generateKeyPair('rsa', { modulusLength: 1024 }, function (err, pub,
    priv) {
    assert.strictEqual(err, null);
    checkPair({ publicKey: pub, privateKey: priv }, 'rsa');
    done++;
});
crypto.generateKeyPair('ec', { namedCurve: 'P-256',
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' } }, function (err,
    pub, priv) {
    assert.strictEqual(err, null);
    assert.ok(/^-----BEGIN PRIVATE KEY-----/.test(priv));
    done++;
});
assert.strictEqual(done, 0);

process.on('exit', function () {
    assert.strictEqual(done, 2);
    console.log('ok');
});
