// Signatures: nodule verifies every signature Node made over the fixture
// keys (tests/fixtures/crypto/signatures.json), signs the RSA ones to the
// same bytes (PKCS#1 v1.5 is deterministic), and its own ECDSA signatures
// verify in both encodings.  Plus Sign/Verify as streams, and errors.
'use strict';
var assert = require('assert');
var crypto = require('crypto');
var fs = require('fs');
var path = require('path');

var dir = path.join(__dirname, '..', 'fixtures', 'crypto');

function pem(name) {
    return fs.readFileSync(path.join(dir, name), 'utf8');
}

var vectors = JSON.parse(fs.readFileSync(path.join(dir, 'signatures.json'),
    'utf8'));
assert.strictEqual(vectors.length, 48);
vectors.forEach(function (v) {
    var msg = Buffer.from(v.message);
    var sig = Buffer.from(v.signature, 'base64');
    var key = { key: pem(v.key), dsaEncoding: v.dsaEncoding };
    var label = v.private + ' ' + v.digest + ' ' + v.dsaEncoding;
    assert.strictEqual(crypto.verify(v.digest, msg, key, sig), true, label);
    // The Verify object, fed in two pieces.
    var ver = crypto.createVerify(v.digest);
    ver.update(v.message.slice(0, 5));
    ver.update(v.message.slice(5));
    assert.strictEqual(ver.verify(key, v.signature, 'base64'), true, label);
    // A changed message or signature fails.
    assert.strictEqual(crypto.verify(v.digest, Buffer.from(v.message + '.'),
        key, sig), false, label);
    var bad = Buffer.from(sig);
    bad[bad.length >> 1] ^= 0x40;
    assert.strictEqual(crypto.verify(v.digest, msg, key, bad), false, label);
    // RSA: the same signature bytes.  ECDSA: ours verifies too.
    var priv = { key: pem(v.private), dsaEncoding: v.dsaEncoding };
    var mine = crypto.sign(v.digest, msg, priv);
    if (/^rsa/.test(v.private)) {
        assert.strictEqual(mine.toString('base64'), v.signature, label);
    } else {
        assert.strictEqual(crypto.verify(v.digest, msg, key, mine), true);
        if (v.dsaEncoding === 'ieee-p1363') {
            assert.strictEqual(mine.length, sig.length);
        }
    }
});

// Sign and Verify as writable streams, with KeyObjects.
var ec = crypto.createPrivateKey(pem('p384-sec1.pem'));
var ecPub = crypto.createPublicKey(ec);
var signer = crypto.createSign('SHA384');
signer.write('streamed ');
signer.end('message');
var sigHex = signer.sign(ec, 'hex');
assert.ok(/^30/.test(sigHex)); // DER
var verifier = crypto.createVerify('sha384');
verifier.write('streamed message');
verifier.end();
assert.strictEqual(verifier.verify(ecPub, sigHex, 'hex'), true);
assert.throws(function () { signer.update('more'); },
    { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Not initialised' });
assert.throws(function () { signer.sign(ec); },
    { code: 'ERR_CRYPTO_INVALID_STATE' });

// null digest means SHA-256; a certificate verifies too.
var rsa = pem('rsa2048-pkcs1.pem');
var s256 = crypto.sign(null, Buffer.from('x'), rsa);
assert.strictEqual(crypto.verify('sha256', Buffer.from('x'),
    pem('rsa2048-cert.pem'), s256), true);

// The callback forms.
var called = 0;
crypto.sign('sha256', Buffer.from('cb'), ec, function (err, sig) {
    assert.strictEqual(err, null);
    crypto.verify('sha256', Buffer.from('cb'), ecPub, sig, function (e, ok) {
        assert.strictEqual(e, null);
        assert.strictEqual(ok, true);
        called++;
    });
});

// Errors.
assert.throws(function () { crypto.createSign('nope'); },
    { code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest' });
assert.throws(function () { crypto.createSign(5); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { crypto.sign('sha256', Buffer.from('x'), 5); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () {
    crypto.sign('sha256', Buffer.from('x'), ecPub);
}, { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE' });
assert.throws(function () {
    crypto.sign('sha256', Buffer.from('x'), { key: ec, dsaEncoding: 'foo' });
}, { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(function () {
    crypto.sign('sha512', Buffer.from('x'),
        crypto.generateKeyPairSync('rsa', { modulusLength: 512 }).privateKey);
}, { code: 'ERR_OSSL_RSA_DIGEST_TOO_BIG_FOR_RSA_KEY' });
assert.strictEqual(crypto.verify('sha256', Buffer.from('x'), ecPub,
    Buffer.alloc(3)), false);
assert.strictEqual(crypto.verify('sha256', Buffer.from('x'),
    pem('rsa2048-spki.pem'), Buffer.alloc(0)), false);
if (process.versions.nodule) {
    assert.throws(function () {
        crypto.sign('sha256', Buffer.from('x'), { key: rsa,
            padding: crypto.constants.RSA_PKCS1_PSS_PADDING });
    }, { code: 'ERR_NOT_SUPPORTED', message: /RSA-PSS/ });
}

process.on('exit', function () {
    assert.strictEqual(called, 1);
    console.log('ok');
});
