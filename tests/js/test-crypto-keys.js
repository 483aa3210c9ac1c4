// Keys: reading PEM (PKCS#1, PKCS#8, SEC1, SPKI, certificates), DER and
// JWK; writing them back; KeyObject's properties; secret keys; and clear
// errors for what nodule does not take.
'use strict';
var assert = require('assert');
var crypto = require('crypto');
var fs = require('fs');
var path = require('path');

var dir = path.join(__dirname, '..', 'fixtures', 'crypto');

function pem(name) {
    return fs.readFileSync(path.join(dir, name), 'utf8');
}

// RSA
var rsa = crypto.createPrivateKey(pem('rsa2048-pkcs1.pem'));
assert.strictEqual(rsa.type, 'private');
assert.strictEqual(rsa.asymmetricKeyType, 'rsa');
assert.strictEqual(rsa.asymmetricKeyDetails.modulusLength, 2048);
assert.strictEqual(Number(rsa.asymmetricKeyDetails.publicExponent), 65537);
assert.strictEqual(rsa.symmetricKeySize, undefined);
assert.strictEqual(Object.prototype.toString.call(rsa), '[object KeyObject]');
assert.ok(rsa instanceof crypto.KeyObject);
// The same key from every file and form, written back byte for byte.
assert.strictEqual(rsa.export({ format: 'pem', type: 'pkcs1' }),
    pem('rsa2048-pkcs1.pem'));
assert.strictEqual(rsa.export({ format: 'pem', type: 'pkcs8' }),
    pem('rsa2048-pkcs8.pem'));
assert.ok(crypto.createPrivateKey(pem('rsa2048-pkcs8.pem')).equals(rsa));
var pub = crypto.createPublicKey(pem('rsa2048-spki.pem'));
assert.strictEqual(pub.type, 'public');
assert.strictEqual(pub.export({ format: 'pem', type: 'spki' }),
    pem('rsa2048-spki.pem'));
assert.strictEqual(pub.export({ format: 'pem', type: 'pkcs1' }),
    pem('rsa2048-pkcs1-pub.pem'));
assert.ok(crypto.createPublicKey(pem('rsa2048-pkcs1-pub.pem')).equals(pub));
assert.ok(crypto.createPublicKey(rsa).equals(pub));
assert.ok(crypto.createPublicKey(pem('rsa2048-pkcs1.pem')).equals(pub));
assert.ok(crypto.createPublicKey(pem('rsa2048-cert.pem')).equals(pub));
assert.ok(!pub.equals(rsa));
var der = rsa.export({ format: 'der', type: 'pkcs8' });
assert.ok(Buffer.isBuffer(der));
assert.ok(crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
    .equals(rsa));
assert.ok(crypto.createPublicKey({ key: pub.export({ format: 'der',
    type: 'spki' }), format: 'der', type: 'spki' }).equals(pub));
var jwk = rsa.export({ format: 'jwk' });
assert.deepStrictEqual(Object.keys(jwk),
    ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi']);
assert.strictEqual(jwk.e, 'AQAB');
assert.ok(crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(rsa));
assert.ok(crypto.createPublicKey({ key: jwk, format: 'jwk' }).equals(pub));
assert.deepStrictEqual(pub.export({ format: 'jwk' }),
    { kty: 'RSA', n: jwk.n, e: 'AQAB' });

// EC on the three curves, SEC1 with and without its parameters block.
[['p256', 'prime256v1', 'P-256'], ['p384', 'secp384r1', 'P-384'],
    ['p521', 'secp521r1', 'P-521']].forEach(function (c) {
    var key = crypto.createPrivateKey(pem(c[0] + '-sec1.pem'));
    assert.strictEqual(key.asymmetricKeyType, 'ec');
    assert.deepStrictEqual(key.asymmetricKeyDetails, { namedCurve: c[1] });
    assert.strictEqual(key.export({ format: 'pem', type: 'sec1' }),
        pem(c[0] + '-sec1.pem'));
    var p = crypto.createPublicKey(key);
    assert.strictEqual(p.export({ format: 'pem', type: 'spki' }),
        pem(c[0] + '-spki.pem'));
    var j = key.export({ format: 'jwk' });
    assert.deepStrictEqual(Object.keys(j), ['kty', 'x', 'y', 'crv', 'd']);
    assert.strictEqual(j.crv, c[2]);
    assert.ok(crypto.createPrivateKey({ key: j, format: 'jwk' }).equals(key));
});
// A point off the curve, or missing members, is refused.
var offCurve = crypto.createPublicKey(pem('p256-spki.pem')).export({
    format: 'jwk' });
offCurve.x = Buffer.alloc(32).toString('base64url');
assert.throws(function () {
    crypto.createPublicKey({ key: offCurve, format: 'jwk' });
}, { code: 'ERR_CRYPTO_INVALID_JWK', message: 'Invalid JWK EC key' });
assert.throws(function () {
    crypto.createPrivateKey({ key: { kty: 'EC', crv: 'P-256', x: offCurve.x,
        y: offCurve.y }, format: 'jwk' });
}, { code: 'ERR_INVALID_ARG_TYPE', message: /"key\.d"/ });
var p256 = crypto.createPrivateKey(pem('p256-pkcs8.pem'));
assert.ok(p256.equals(crypto.createPrivateKey(pem('p256-sec1.pem'))));
assert.strictEqual(p256.export({ format: 'pem', type: 'pkcs8' }),
    pem('p256-pkcs8.pem'));
assert.strictEqual(crypto.createPrivateKey(pem('p256-params.pem'))
    .asymmetricKeyDetails.namedCurve, 'prime256v1');
assert.ok(crypto.createPrivateKey({ key: p256.export({ format: 'der',
    type: 'sec1' }), format: 'der', type: 'sec1' }).equals(p256));

// Export options Node refuses.
assert.throws(function () { p256.export({ format: 'pem', type: 'pkcs1' }); },
    { code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS' });
assert.throws(function () { rsa.export({ format: 'pem', type: 'sec1' }); },
    { code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS' });
assert.throws(function () { pub.export({ format: 'pem', type: 'pkcs8' }); },
    { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(function () { pub.export({ format: 'xx', type: 'spki' }); },
    { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(function () { pub.export(); }, { code: 'ERR_INVALID_ARG_TYPE' });

// Bad input gives an OpenSSL-style error (Node's codes vary with what is
// wrong; nodule says ERR_OSSL_UNSUPPORTED), never a crash.
function osslError(e) {
    return e instanceof Error && /^ERR_OSSL_/.test(e.code);
}
['', 'garbage', '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n',
    '-----BEGIN PRIVATE KEY-----\n!!!!\n-----END PRIVATE KEY-----\n',
    pem('rsa2048-spki.pem').slice(0, 200), Buffer.alloc(100, 0x30),
    Buffer.from([0x30, 0x84, 0xff, 0xff, 0xff, 0xff])].forEach(function (x) {
    assert.throws(function () { crypto.createPrivateKey(x); }, osslError);
    assert.throws(function () { crypto.createPublicKey(x); }, osslError);
});
assert.throws(function () { crypto.createPrivateKey(pem('rsa2048-spki.pem')); },
    osslError);
assert.throws(function () {
    crypto.createPrivateKey({ key: Buffer.alloc(50), format: 'der',
        type: 'pkcs1' });
}, osslError);
assert.throws(function () { crypto.createPrivateKey(5); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { crypto.createPrivateKey({ key: 5 }); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () {
    crypto.createPrivateKey({ key: 'x', format: 'zz' });
}, { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(function () {
    crypto.createPrivateKey({ key: der, format: 'der' });
}, { code: 'ERR_INVALID_ARG_VALUE' });

// What nodule does not take is named (Node takes these).
if (process.versions.nodule) {
    assert.throws(function () {
        crypto.createPrivateKey(pem('ed25519-pkcs8.pem'));
    }, { code: 'ERR_NOT_SUPPORTED', message: /ed25519/ });
    assert.throws(function () {
        crypto.createPrivateKey(pem('secp256k1-sec1.pem'));
    }, { code: 'ERR_NOT_SUPPORTED', message: /secp256k1/ });
    assert.throws(function () {
        crypto.createPrivateKey(pem('p256-encrypted.pem'));
    }, { code: 'ERR_NOT_SUPPORTED', message: /Encrypted private keys/ });
    assert.throws(function () {
        p256.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc',
            passphrase: 'x' });
    }, { code: 'ERR_NOT_SUPPORTED' });
}

// Secret keys.
var secret = crypto.createSecretKey(Buffer.from('abc'));
assert.strictEqual(secret.type, 'secret');
assert.strictEqual(secret.symmetricKeySize, 3);
assert.strictEqual(secret.asymmetricKeyType, undefined);
assert.strictEqual(secret.export().toString(), 'abc');
assert.deepStrictEqual(secret.export({ format: 'jwk' }),
    { kty: 'oct', k: 'YWJj' });
assert.ok(secret.equals(crypto.createSecretKey('616263', 'hex')));
assert.ok(!secret.equals(crypto.createSecretKey(Buffer.from('abd'))));
assert.ok(!secret.equals(pub));
assert.throws(function () { crypto.createSecretKey(5); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { crypto.createHmac('sha1', rsa); },
    { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE' });
assert.strictEqual(crypto.generateKeySync('hmac', { length: 64 })
    .symmetricKeySize, 8);
assert.strictEqual(crypto.generateKeySync('aes', { length: 256 })
    .symmetricKeySize, 32);
assert.throws(function () { crypto.generateKeySync('aes', { length: 100 }); },
    { code: 'ERR_INVALID_ARG_VALUE' });

console.log('ok');
