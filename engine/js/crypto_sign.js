/*
 * internal/crypto_sign: Sign and Verify (createSign, createVerify) and
 * the one-shot crypto.sign / crypto.verify, over modules/crypto_sign.c.
 *
 * A Sign or Verify is a Hash underneath: update() hashes, sign() and
 * verify() hand the digest and the key to the binding.  Signatures are
 * RSA PKCS#1 v1.5 and ECDSA (DER, or IEEE P1363 with dsaEncoding:
 * 'ieee-p1363').  RSA-PSS padding is not in BearSSL 0.6 and is refused
 * with an error that says so.
 *
 * Both classes are Writable streams, as in Node; the 'stream' module is
 * loaded when the first one is made.
 */
'use strict';

var util = require('internal/crypto_util');
var hashes = require('internal/crypto_hash');
var keys = require('internal/crypto_keys');

var binding = util.binding;
var codes = util.codes;
var makeError = require('internal/errors').makeError;

var kHandle = hashes.kHandle;
var kAlgorithm = typeof Symbol === 'function' ? Symbol('kAlgorithm') :
    '_algorithm';

var RSA_PKCS1_PADDING = 1;
var RSA_PKCS1_PSS_PADDING = 6;

var KEY_TYPES = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
    'KeyObject', 'CryptoKey'];

// The key state and signing options of a key argument.
function signingKey(key, wantPrivate) {
    var isObject = key !== null && typeof key === 'object';
    if (typeof key !== 'string' && !isObject) {
        throw codes.ERR_INVALID_ARG_TYPE('key', KEY_TYPES, key);
    }
    var options = isObject && !(key instanceof keys.KeyObject) &&
        !util.isArrayBufferView(key) && !util.isAnyArrayBuffer(key) ?
        key : {};
    var dsaEncoding = options.dsaEncoding;
    if (dsaEncoding !== undefined && dsaEncoding !== 'der' &&
            dsaEncoding !== 'ieee-p1363') {
        throw codes.ERR_INVALID_ARG_VALUE('options.dsaEncoding',
            dsaEncoding);
    }
    var padding = options.padding;
    if (padding !== undefined && padding !== RSA_PKCS1_PADDING) {
        if (padding === RSA_PKCS1_PSS_PADDING) {
            throw util.cryptoCodes.ERR_NOT_SUPPORTED('RSA-PSS padding ' +
                '(BearSSL 0.6 has no RSA-PSS)');
        }
        throw codes.ERR_INVALID_ARG_VALUE('options.padding', padding);
    }
    return {
        handle: keys.readKey(key, wantPrivate, 'key'),
        p1363: dsaEncoding === 'ieee-p1363'
    };
}

// ---- Sign and Verify -----------------------------------------------------

var linked = false;

function linkWritable() {
    if (!linked) {
        linked = true;
        var Writable = require('stream').Writable;
        Object.setPrototypeOf(Sign.prototype, Writable.prototype);
        Object.setPrototypeOf(Verify.prototype, Writable.prototype);
    }
}

function setup(self, algorithm, options) {
    util.validateString(algorithm, 'algorithm');
    hashes.checkDigest('sign', algorithm);
    linkWritable();
    self[kAlgorithm] = algorithm;
    self[kHandle] = binding.hashNew(algorithm);
    require('stream').Writable.call(self, options);
}

function notInitialised() {
    return makeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Not initialised');
}

function update(data, encoding) {
    if (this[kHandle] === null) {
        throw notInitialised();
    }
    binding.hashUpdate(this[kHandle], util.toData(data, encoding));
    return this;
}

function write(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
}

// The digest so far; the object cannot be used again afterwards.
function finish(self) {
    if (self[kHandle] === null) {
        throw notInitialised();
    }
    var digest = binding.hashDigest(self[kHandle]);
    self[kHandle] = null;
    return digest;
}

function Sign(algorithm, options) {
    if (!(this instanceof Sign)) {
        return new Sign(algorithm, options);
    }
    setup(this, algorithm, options);
}

Sign.prototype.update = update;
Sign.prototype._write = write;

Sign.prototype.sign = function sign(privateKey, outputEncoding) {
    if (privateKey === undefined || privateKey === null) {
        throw makeError(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED',
            'No key provided to sign');
    }
    var key = signingKey(privateKey, true);
    var sig = binding.signDigest(key.handle, this[kAlgorithm], finish(this),
        key.p1363);
    return util.encodeResult(sig, outputEncoding);
};

function Verify(algorithm, options) {
    if (!(this instanceof Verify)) {
        return new Verify(algorithm, options);
    }
    setup(this, algorithm, options);
}

Verify.prototype.update = update;
Verify.prototype._write = write;

Verify.prototype.verify = function verify(object, signature, sigEncoding) {
    var key = signingKey(object, false);
    if (typeof signature === 'string') {
        signature = util.getBuffer().from(signature, sigEncoding);
    } else if (!util.isArrayBufferView(signature)) {
        throw codes.ERR_INVALID_ARG_TYPE('signature',
            ['string', 'Buffer', 'TypedArray', 'DataView'], signature);
    }
    return binding.verifyDigest(key.handle, this[kAlgorithm], finish(this),
        signature, key.p1363);
};

// ---- one-shot ------------------------------------------------------------

// The digest of data for crypto.sign/verify; null means SHA-256, which is
// what OpenSSL picks for RSA and EC keys.
function oneShotDigest(algorithm, data) {
    if (algorithm === null || algorithm === undefined) {
        algorithm = 'sha256';
    }
    util.validateString(algorithm, 'algorithm');
    if (typeof data !== 'string' && !util.isArrayBufferView(data) &&
            !util.isAnyArrayBuffer(data)) {
        throw codes.ERR_INVALID_ARG_TYPE('data',
            ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    hashes.checkDigest('sign', algorithm);
    return [algorithm, binding.hashOnce(algorithm,
        util.isAnyArrayBuffer(data) ? new Uint8Array(data) : data)];
}

// Run fn now, and give its result to callback on the next tick when
// there is one (signing is quick enough to stay on the loop's thread).
function deliver(fn, callback) {
    if (callback === undefined) {
        return fn();
    }
    util.validateFunction(callback, 'callback');
    var result;
    try {
        result = fn();
    } catch (err) {
        process.nextTick(callback, err);
        return;
    }
    process.nextTick(callback, null, result);
}

function signOneShot(algorithm, data, key, callback) {
    var d = oneShotDigest(algorithm, data);
    var k = signingKey(key, true);
    return deliver(function () {
        return util.toBuffer(binding.signDigest(k.handle, d[0], d[1],
            k.p1363));
    }, callback);
}

function verifyOneShot(algorithm, data, key, signature, callback) {
    var d = oneShotDigest(algorithm, data);
    var k = signingKey(key, false);
    if (!util.isArrayBufferView(signature) &&
            !util.isAnyArrayBuffer(signature)) {
        throw codes.ERR_INVALID_ARG_TYPE('signature',
            ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], signature);
    }
    if (util.isAnyArrayBuffer(signature)) {
        signature = new Uint8Array(signature);
    }
    return deliver(function () {
        return binding.verifyDigest(k.handle, d[0], d[1], signature,
            k.p1363);
    }, callback);
}

module.exports = {
    Sign: Sign,
    Verify: Verify,
    sign: signOneShot,
    verify: verifyOneShot
};
