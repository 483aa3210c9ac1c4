/*
 * internal/crypto_kdf: pbkdf2 / pbkdf2Sync, hkdf / hkdfSync and
 * timingSafeEqual, over modules/crypto_kdf.c and crypto.c.
 *
 * Arguments are checked here in Node's order and words; the binding
 * copies every input before the derivation starts, so a caller may reuse
 * its buffers at once, and runs the asynchronous forms on the thread
 * pool.  As in Node, hkdf gives an ArrayBuffer and pbkdf2 a Buffer.
 */
'use strict';

var util = require('internal/crypto_util');
var hashes = require('internal/crypto_hash');

var binding = util.binding;
var codes = util.codes;
var makeError = require('internal/errors').makeError;

var kMaxInt32 = 2147483647;

// A string (as UTF-8), an ArrayBuffer or a view, for the binding.
function byteSource(value, name) {
    return util.toBytes(value, name, undefined,
        ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView']);
}

// ---- PBKDF2 --------------------------------------------------------------

function pbkdf2Args(password, salt, iterations, keylen, digest) {
    password = byteSource(password, 'password');
    salt = byteSource(salt, 'salt');
    util.validateInteger(iterations, 'iterations', 1, kMaxInt32);
    util.validateInteger(keylen, 'keylen', 0, kMaxInt32);
    util.validateString(digest, 'digest');
    hashes.checkDigest('digest', digest);
    return [password, salt, iterations, keylen, digest];
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
    var a = pbkdf2Args(password, salt, iterations, keylen, digest);
    return util.toBuffer(binding.pbkdf2(a[0], a[1], a[2], a[3], a[4]));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
    if (typeof digest === 'function') {
        callback = digest;
        digest = undefined;
    }
    var a = pbkdf2Args(password, salt, iterations, keylen, digest);
    util.validateFunction(callback, 'callback');
    binding.pbkdf2(a[0], a[1], a[2], a[3], a[4], function (err, key) {
        if (err) {
            callback(err);
        } else {
            callback(null, util.toBuffer(key));
        }
    });
}

// ---- HKDF ----------------------------------------------------------------

function hkdfArgs(digest, ikm, salt, info, keylen) {
    util.validateString(digest, 'digest');
    ikm = hashes.secretBytes(ikm, 'ikm', undefined, ['string',
        'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView',
        'Buffer']);
    var expected = ['string', 'ArrayBuffer', 'TypedArray', 'DataView',
        'Buffer'];
    salt = util.toBytes(salt, 'salt', undefined, expected);
    info = util.toBytes(info, 'info', undefined, expected);
    if (typeof info === 'string') {
        info = util.getBuffer().from(info);
    }
    util.validateInteger(keylen, 'length', 0, 4294967296);
    if (info.byteLength > 1024) {
        throw codes.ERR_OUT_OF_RANGE('info',
            'must not contain more than 1024 bytes', info.byteLength);
    }
    hashes.checkDigest('digest', digest);
    return [digest, ikm, salt, info, keylen];
}

function hkdfSync(digest, ikm, salt, info, keylen) {
    var a = hkdfArgs(digest, ikm, salt, info, keylen);
    return binding.hkdf(a[0], a[1], a[2], a[3], a[4]);
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
    var a = hkdfArgs(digest, ikm, salt, info, keylen);
    util.validateFunction(callback, 'callback');
    binding.hkdf(a[0], a[1], a[2], a[3], a[4], callback);
}

// ---- timingSafeEqual -----------------------------------------------------

function checkView(value, name) {
    if (util.isAnyArrayBuffer(value)) {
        return new Uint8Array(value);
    }
    if (!util.isArrayBufferView(value)) {
        // Node's wording here has no "Received" part.
        throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "' + name +
            '" argument must be an instance of ArrayBuffer, Buffer, ' +
            'TypedArray, or DataView.');
    }
    return value;
}

function timingSafeEqual(buf1, buf2) {
    return binding.timingSafeEqual(checkView(buf1, 'buf1'),
        checkView(buf2, 'buf2'));
}

module.exports = {
    pbkdf2: pbkdf2,
    pbkdf2Sync: pbkdf2Sync,
    hkdf: hkdf,
    hkdfSync: hkdfSync,
    timingSafeEqual: timingSafeEqual
};
