/*
 * crypto: Node's require('crypto') on BearSSL.
 *
 * This file is the facade: it gathers the pieces (engine/js/crypto_*.js,
 * each over its part of internalBinding('crypto'), modules/crypto*.c)
 * and names what nodule does not offer.
 *
 *   hashes and HMAC     internal/crypto_hash    md5, sha1, sha2 family
 *   random numbers      internal/crypto_random  from the OS, never a PRNG
 *   PBKDF2, HKDF        internal/crypto_kdf     on the pool when async
 *   ciphers             internal/crypto_cipher  AES-CBC/CTR/GCM,
 *                                               ChaCha20-Poly1305
 *   keys                internal/crypto_keys    RSA, EC P-256/384/521
 *   signatures          internal/crypto_sign    RSA PKCS#1 v1.5, ECDSA
 *
 * Node functions with no BearSSL counterpart here (Diffie-Hellman, ECDH,
 * RSA encryption, scrypt, prime generation, X.509 objects, Web Crypto's
 * subtle) exist and throw ERR_NOT_SUPPORTED naming themselves, so a
 * program learns at once what is missing instead of misbehaving later.
 */
'use strict';

var util = require('internal/crypto_util');
var hashes = require('internal/crypto_hash');
var random = require('internal/crypto_random');
var kdf = require('internal/crypto_kdf');
var ciphers = require('internal/crypto_cipher');
var keys = require('internal/crypto_keys');
var signs = require('internal/crypto_sign');

function notOffered(name) {
    var fn = function () {
        throw util.cryptoCodes.ERR_NOT_SUPPORTED('crypto.' + name);
    };
    Object.defineProperty(fn, 'name', { value: name });
    return fn;
}

var constants = {
    RSA_PKCS1_PADDING: 1,
    RSA_NO_PADDING: 3,
    RSA_PKCS1_OAEP_PADDING: 4,
    RSA_X931_PADDING: 5,
    RSA_PKCS1_PSS_PADDING: 6,
    RSA_PSS_SALTLEN_DIGEST: -1,
    RSA_PSS_SALTLEN_MAX_SIGN: -2,
    RSA_PSS_SALTLEN_AUTO: -2,
    TLS1_VERSION: 769,
    TLS1_1_VERSION: 770,
    TLS1_2_VERSION: 771,
    TLS1_3_VERSION: 772,
    POINT_CONVERSION_COMPRESSED: 2,
    POINT_CONVERSION_UNCOMPRESSED: 4,
    POINT_CONVERSION_HYBRID: 6
};

module.exports = {
    // hashes
    createHash: function createHash(algorithm, options) {
        return new hashes.Hash(algorithm, options);
    },
    createHmac: function createHmac(hmac, key, options) {
        return new hashes.Hmac(hmac, key, options);
    },
    hash: hashes.hash,
    getHashes: hashes.getHashes,
    Hash: hashes.Hash,
    Hmac: hashes.Hmac,

    // random
    randomBytes: random.randomBytes,
    pseudoRandomBytes: random.randomBytes,
    prng: random.randomBytes,
    rng: random.randomBytes,
    randomFill: random.randomFill,
    randomFillSync: random.randomFillSync,
    randomInt: random.randomInt,
    randomUUID: random.randomUUID,
    getRandomValues: function getRandomValues(array) {
        return random.getRandomValues(array);
    },
    webcrypto: random.webcrypto,

    // key derivation and comparison
    pbkdf2: kdf.pbkdf2,
    pbkdf2Sync: kdf.pbkdf2Sync,
    hkdf: kdf.hkdf,
    hkdfSync: kdf.hkdfSync,
    timingSafeEqual: kdf.timingSafeEqual,

    // ciphers
    createCipheriv: function createCipheriv(cipher, key, iv, options) {
        return new ciphers.Cipheriv(cipher, key, iv, options);
    },
    createDecipheriv: function createDecipheriv(cipher, key, iv, options) {
        return new ciphers.Decipheriv(cipher, key, iv, options);
    },
    getCiphers: ciphers.getCiphers,
    getCipherInfo: ciphers.getCipherInfo,
    Cipheriv: ciphers.Cipheriv,
    Decipheriv: ciphers.Decipheriv,

    // keys
    KeyObject: keys.KeyObject,
    createSecretKey: keys.createSecretKey,
    createPrivateKey: keys.createPrivateKey,
    createPublicKey: keys.createPublicKey,
    generateKeyPair: keys.generateKeyPair,
    generateKeyPairSync: keys.generateKeyPairSync,
    generateKey: keys.generateKey,
    generateKeySync: keys.generateKeySync,
    getCurves: function getCurves() {
        return ['prime256v1', 'secp384r1', 'secp521r1'];
    },

    // signatures
    createSign: function createSign(algorithm, options) {
        return new signs.Sign(algorithm, options);
    },
    createVerify: function createVerify(algorithm, options) {
        return new signs.Verify(algorithm, options);
    },
    sign: signs.sign,
    verify: signs.verify,
    Sign: signs.Sign,
    Verify: signs.Verify,

    // what BearSSL does not give us
    checkPrime: notOffered('checkPrime'),
    checkPrimeSync: notOffered('checkPrimeSync'),
    createDiffieHellman: notOffered('createDiffieHellman'),
    createDiffieHellmanGroup: notOffered('createDiffieHellmanGroup'),
    createECDH: notOffered('createECDH'),
    diffieHellman: notOffered('diffieHellman'),
    getDiffieHellman: notOffered('getDiffieHellman'),
    generatePrime: notOffered('generatePrime'),
    generatePrimeSync: notOffered('generatePrimeSync'),
    privateDecrypt: notOffered('privateDecrypt'),
    privateEncrypt: notOffered('privateEncrypt'),
    publicDecrypt: notOffered('publicDecrypt'),
    publicEncrypt: notOffered('publicEncrypt'),
    scrypt: notOffered('scrypt'),
    scryptSync: notOffered('scryptSync'),
    setEngine: notOffered('setEngine'),
    Certificate: notOffered('Certificate'),
    X509Certificate: notOffered('X509Certificate'),
    secureHeapUsed: function secureHeapUsed() {
        return { total: 0, min: 0, used: 0, utilization: 0 };
    },
    getFips: function getFips() {
        return 0;
    },
    setFips: notOffered('setFips'),

    constants: constants
};
