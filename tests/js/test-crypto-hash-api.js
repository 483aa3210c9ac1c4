// createHash / createHmac / crypto.hash: inputs in every form and
// encoding, outputs in every encoding, copy(), the finalized state, the
// stream interface, names and errors.
'use strict';
var assert = require('assert');
var crypto = require('crypto');

var abc256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

function sha256(data, enc) {
    return crypto.createHash('sha256').update(data, enc).digest('hex');
}

// The same bytes in every input form.
assert.strictEqual(sha256('abc'), abc256);
assert.strictEqual(sha256(Buffer.from('abc')), abc256);
assert.strictEqual(sha256(new Uint8Array([97, 98, 99])), abc256);
assert.strictEqual(sha256(new DataView(new Uint8Array([97, 98, 99]).buffer)),
    abc256);
assert.strictEqual(sha256(Buffer.from('xabcx').subarray(1, 4)), abc256);
assert.strictEqual(sha256('616263', 'hex'), abc256);
assert.strictEqual(sha256('YWJj', 'base64'), abc256);
assert.strictEqual(sha256('YWJj', 'base64url'), abc256);
assert.strictEqual(sha256('abc', 'latin1'), abc256);
assert.strictEqual(sha256('abc', 'no-such-encoding'), abc256); // UTF-8
// Text is hashed as UTF-8, astral characters included.
assert.strictEqual(sha256('\u00e9\ud83d\ude00'),
    sha256(Buffer.from([0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80])));
assert.strictEqual(sha256('\u00e9', 'latin1'), sha256(Buffer.from([0xe9])));
var u16 = new Uint16Array([0x6261, 0x63]);
assert.strictEqual(sha256(u16), sha256(Buffer.from([0x61, 0x62, 0x63, 0])));

// Outputs.
var h = crypto.createHash('sha256').update('abc');
var buf = h.digest();
assert.ok(Buffer.isBuffer(buf));
assert.strictEqual(buf.toString('hex'), abc256);
['hex', 'base64', 'base64url', 'latin1', 'binary'].forEach(function (enc) {
    assert.strictEqual(crypto.createHash('sha256').update('abc').digest(enc),
        buf.toString(enc));
});
assert.ok(Buffer.isBuffer(crypto.createHash('md5').digest('buffer')));
assert.ok(Buffer.isBuffer(crypto.createHash('md5').digest('nope')));

// Names are case-insensitive and have OpenSSL's aliases.
['SHA256', 'sha-256', 'RSA-SHA256', 'sha256WithRSAEncryption',
    'sha2-256'].forEach(function (name) {
    assert.strictEqual(crypto.createHash(name).update('abc').digest('hex'),
        abc256, name);
});
assert.ok(crypto.getHashes().indexOf('sha512') >= 0);
assert.ok(crypto.getHashes().indexOf('RSA-SHA1') >= 0);

// copy() continues independently.
var a = crypto.createHash('sha1').update('ab');
var b = a.copy();
a.update('c');
b.update('c');
assert.strictEqual(a.digest('hex'), b.digest('hex'));
var c = crypto.createHmac('sha256', 'k').update('a');
assert.strictEqual(c.digest('hex'),
    crypto.createHmac('sha256', Buffer.from('k')).update('a').digest('hex'));

// Finalized.
assert.throws(function () { a.digest(); },
    { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
assert.throws(function () { a.update('x'); },
    { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.throws(function () { a.copy(); },
    { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.strictEqual(c.digest().length, 0); // Hmac: empty, as in Node
assert.throws(function () { c.update('x'); },
    { code: 'ERR_CRYPTO_HASH_FINALIZED' });

// Errors.
assert.throws(function () { crypto.createHash('nope'); },
    { name: 'Error', message: 'Digest method not supported' });
if (process.versions.nodule) { // Node has SHA-3; nodule says it lacks it
    assert.throws(function () { crypto.createHash('sha3-256'); },
        /Digest method not supported \(sha3-256 is not available in nodule/);
}
assert.throws(function () { crypto.createHash(5); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { crypto.createHash('sha1').update(5); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { crypto.createHash('sha1').update({}); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { crypto.createHash('sha1').update('abc', 'hex'); },
    { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(function () { crypto.createHmac('nope', 'k'); },
    { code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: nope' });
assert.throws(function () { crypto.createHmac('sha1'); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () {
    crypto.createHash('sha1', { outputLength: 5 });
}, { code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH' });
assert.strictEqual(crypto.createHash('sha1', { outputLength: 20 })
    .digest().length, 20);

// crypto.hash()
assert.strictEqual(crypto.hash('sha256', 'abc'), abc256);
assert.strictEqual(crypto.hash('sha256', 'abc', 'base64'),
    buf.toString('base64'));
assert.ok(Buffer.isBuffer(crypto.hash('sha256', 'abc', 'buffer')));
assert.throws(function () { crypto.hash('sha256', 5); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { crypto.hash('sha256', 'a', 'nope'); },
    { code: 'ERR_INVALID_ARG_VALUE' });

// The stream interface: write() hashes, the digest is read at the end.
var s = crypto.createHash('sha256');
s.write('a');
s.end('bc');
s.on('readable', function () {
    var d = s.read();
    if (d !== null) {
        assert.strictEqual(d.toString('hex'), abc256);
        console.log('ok');
    }
});
