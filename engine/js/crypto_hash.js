/*
 * internal/crypto_hash: Hash and Hmac (crypto.createHash, createHmac),
 * crypto.hash() and getHashes(), over the Hash state of
 * modules/crypto_hash.c.
 *
 * Digests are BearSSL's: md5, sha1, sha224, sha256, sha384, sha512, under
 * every name OpenSSL gives them ('SHA256', 'sha-256', 'RSA-SHA256',
 * 'sha256WithRSAEncryption').  A digest Node has and nodule lacks (SHA-3,
 * BLAKE2, RIPEMD-160, ...) is refused with Node's error, plus a note
 * saying which ones nodule offers.
 *
 * Both classes are LazyTransform streams (internal/crypto_util): write()
 * hashes, and the digest is pushed when the stream ends.
 */
'use strict';

var util = require('internal/crypto_util');

var binding = util.binding;
var codes = util.codes;
var cryptoCodes = util.cryptoCodes;
var LazyTransform = util.LazyTransform;

var kHandle = typeof Symbol === 'function' ? Symbol('kHandle') : '_handle';
var kFinalized = typeof Symbol === 'function' ? Symbol('kFinalized') :
    '_finalized';

var OFFERED = 'md5, sha1, sha224, sha256, sha384 and sha512';

// Digests Node (OpenSSL 3) has that nodule does not.
var NODE_ONLY = ['blake2b512', 'blake2s256', 'md5-sha1', 'ripemd',
    'ripemd160', 'rmd160', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512',
    'sha512-224', 'sha512-256', 'sha512/224', 'sha512/256', 'shake128',
    'shake256', 'sm3', 'ripemd160withrsa'];

// The note to append when name is a digest Node has and nodule lacks.
function lackNote(name) {
    var low = String(name).toLowerCase().replace(/^rsa-/, '')
        .replace(/withrsaencryption$/, '')
        .replace(/^id-rsassa-pkcs1-v1_5-with-/, '');
    return NODE_ONLY.indexOf(low) >= 0 ?
        ' (' + name + ' is not available in nodule, which offers ' +
        OFFERED + ')' : '';
}

// The error for an unknown digest, as each API words it: 'hash' (a plain
// Error, as createHash), 'digest' (TypeError ERR_CRYPTO_INVALID_DIGEST
// naming it) or 'sign' (the same without the name).
function digestError(kind, name) {
    var note = lackNote(name);
    var err;
    if (kind === 'hash') {
        err = new Error('Digest method not supported' + note);
    } else {
        err = cryptoCodes.ERR_CRYPTO_INVALID_DIGEST(
            kind === 'sign' && note === '' ? undefined : name);
        err.message += note;
    }
    return err;
}

function checkDigest(kind, name) {
    if (binding.digestSize(name) < 0) {
        throw digestError(kind, name);
    }
}

// ---- Hash ----------------------------------------------------------------

function Hash(algorithm, options) {
    if (!(this instanceof Hash)) {
        return new Hash(algorithm, options);
    }
    util.validateString(algorithm, 'algorithm');
    checkDigest('hash', algorithm);
    checkOutputLength(algorithm, options);
    setup(this, binding.hashNew(algorithm), options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

// The state every Hash and Hmac starts with.
function setup(self, handle, options) {
    self[kHandle] = handle;
    self[kFinalized] = false;
    util.linkStream();
    LazyTransform.call(self, options);
}

// outputLength is for the XOF digests (SHAKE), which nodule lacks: only
// the digest's own length is accepted.
function checkOutputLength(algorithm, options) {
    if (options === null || typeof options !== 'object' ||
            options.outputLength === undefined) {
        return;
    }
    util.validateInteger(options.outputLength, 'options.outputLength', 0,
        4294967295);
    if (options.outputLength !== binding.digestSize(algorithm)) {
        var err = new Error('error:030000B2:digital envelope routines::' +
            'not XOF or invalid length');
        err.code = 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH';
        throw err;
    }
}

Hash.prototype.copy = function copy(options) {
    if (this[kFinalized]) {
        throw cryptoCodes.ERR_CRYPTO_HASH_FINALIZED();
    }
    var copied = Object.create(Hash.prototype);
    setup(copied, binding.hashCopy(this[kHandle]), options);
    return copied;
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
    binding.hashUpdate(this[kHandle], util.toData(chunk, encoding));
    callback();
};

Hash.prototype._flush = function _flush(callback) {
    this.push(util.toBuffer(binding.hashDigest(this[kHandle])));
    callback();
};

Hash.prototype.update = function update(data, encoding) {
    if (this[kFinalized]) {
        throw cryptoCodes.ERR_CRYPTO_HASH_FINALIZED();
    }
    binding.hashUpdate(this[kHandle], util.toData(data, encoding));
    return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
    if (this[kFinalized]) {
        throw cryptoCodes.ERR_CRYPTO_HASH_FINALIZED();
    }
    this[kFinalized] = true;
    return util.encodeResult(binding.hashDigest(this[kHandle]),
        outputEncoding);
};

// ---- Hmac ----------------------------------------------------------------

var keyObjects = null; // internal/crypto_keys, loaded for a KeyObject key

// The bytes of an HMAC (or KDF) key: a secret KeyObject, a string, or
// bytes.
function secretBytes(key, name, encoding, expected) {
    if (key !== null && typeof key === 'object' &&
            typeof key.export === 'function' && key.type !== undefined) {
        if (keyObjects === null) {
            keyObjects = require('internal/crypto_keys');
        }
        return keyObjects.secretOf(key, name);
    }
    return util.toBytes(key, name, encoding, expected);
}

function Hmac(hmac, key, options) {
    if (!(this instanceof Hmac)) {
        return new Hmac(hmac, key, options);
    }
    util.validateString(hmac, 'hmac');
    var encoding = options !== null && typeof options === 'object' ?
        options.encoding : undefined;
    key = secretBytes(key, 'key', encoding, ['ArrayBuffer', 'Buffer',
        'TypedArray', 'DataView', 'string', 'KeyObject', 'CryptoKey']);
    checkDigest('digest', hmac);
    setup(this, binding.hmacNew(hmac, key), options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

// A second digest() gives an empty result, as in Node.
Hmac.prototype.digest = function digest(outputEncoding) {
    if (this[kFinalized]) {
        return util.encodeResult(new ArrayBuffer(0), outputEncoding);
    }
    this[kFinalized] = true;
    return util.encodeResult(binding.hashDigest(this[kHandle]),
        outputEncoding);
};

// ---- one-shot and lists --------------------------------------------------

// crypto.hash(algorithm, data[, outputEncoding = 'hex'])
function hash(algorithm, data, outputEncoding) {
    util.validateString(algorithm, 'algorithm');
    if (typeof data !== 'string' && !util.isArrayBufferView(data)) {
        throw codes.ERR_INVALID_ARG_TYPE('data',
            ['Buffer', 'TypedArray', 'DataView', 'string'], data);
    }
    if (outputEncoding === undefined) {
        outputEncoding = 'hex';
    }
    util.validateString(outputEncoding, 'outputEncoding');
    if (outputEncoding !== 'buffer' && !util.isValidEncoding(outputEncoding)) {
        throw codes.ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
    }
    checkDigest('hash', algorithm);
    var result = util.toBuffer(binding.hashOnce(algorithm, data));
    return outputEncoding === 'buffer' ? result :
        result.toString(outputEncoding);
}

var hashNames = null;

// The names createHash() takes, sorted as Node sorts its list.
function getHashes() {
    if (hashNames === null) {
        hashNames = ['RSA-SHA1-2', 'ssl3-md5', 'ssl3-sha1'];
        binding.hashes.forEach(function (name) {
            hashNames.push(name, 'RSA-' + name.toUpperCase(),
                name + 'WithRSAEncryption');
        });
        hashNames.sort();
    }
    return hashNames.slice();
}

module.exports = {
    Hash: Hash,
    Hmac: Hmac,
    hash: hash,
    getHashes: getHashes,
    checkDigest: checkDigest,
    digestError: digestError,
    secretBytes: secretBytes,
    kHandle: kHandle
};
