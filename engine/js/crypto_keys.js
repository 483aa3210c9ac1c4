/*
 * internal/crypto_keys: KeyObject and its three kinds, createSecretKey,
 * createPrivateKey, createPublicKey, generateKeyPair(Sync) and
 * generateKey(Sync), over the key state of modules/crypto_keys.c and
 * crypto_keygen.c.
 *
 * A secret key keeps its bytes in a Buffer of its own.  An asymmetric key
 * keeps a native key state (RSA, or EC on P-256/384/521).  Keys come in
 * as PEM (PKCS#1, PKCS#8, SEC1, SPKI, or an X.509 certificate for a
 * public key), DER with a type, or JWK, and go out the same ways.  What
 * nodule lacks -- other key types and curves, encrypted PEM in or out --
 * is refused with an error that names it.
 *
 * prepareKey() is the one reader of "a key argument" for sign, verify and
 * the create* functions: a KeyObject, PEM text or bytes, or an options
 * object ({key, format, type, encoding, passphrase, ...}).
 */
'use strict';

var util = require('internal/crypto_util');
var errors = require('internal/errors');

var binding = util.binding;
var codes = util.codes;
var cryptoCodes = util.cryptoCodes;

var kKeyType = typeof Symbol === 'function' ? Symbol('kKeyType') : '_type';
var kHandle = require('internal/crypto_hash').kHandle;

// ---- KeyObject and its kinds ---------------------------------------------

function KeyObject(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
        throw codes.ERR_INVALID_ARG_VALUE('type', type);
    }
    if (handle === null || typeof handle !== 'object') {
        throw codes.ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    this[kKeyType] = type;
    this[kHandle] = handle;
}

Object.defineProperty(KeyObject.prototype, 'type', {
    get: function () { return this[kKeyType]; },
    configurable: true, enumerable: false
});

if (typeof Symbol === 'function' && Symbol.toStringTag) {
    Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
        value: 'KeyObject', configurable: true
    });
}

KeyObject.prototype.equals = function equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
        throw codes.ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject',
            otherKeyObject);
    }
    if (otherKeyObject.type !== this.type) {
        return false;
    }
    if (this.type === 'secret') {
        var a = this[kHandle];
        var b = otherKeyObject[kHandle];
        return a.length === b.length && binding.timingSafeEqual(a, b);
    }
    return binding.keyEquals(this[kHandle], otherKeyObject[kHandle]);
};

KeyObject.from = function from(key) {
    throw cryptoCodes.ERR_NOT_SUPPORTED('KeyObject.from (CryptoKey)');
};

function SecretKeyObject(bytes) {
    KeyObject.call(this, 'secret', bytes);
}
Object.setPrototypeOf(SecretKeyObject.prototype, KeyObject.prototype);
Object.setPrototypeOf(SecretKeyObject, KeyObject);

Object.defineProperty(SecretKeyObject.prototype, 'symmetricKeySize', {
    get: function () { return this[kHandle].length; },
    configurable: true, enumerable: false
});

SecretKeyObject.prototype.export = function exportKey(options) {
    if (options !== undefined) {
        util.validateObject(options, 'options');
        if (options.format === 'jwk') {
            return { kty: 'oct', k: this[kHandle].toString('base64url') };
        }
        if (options.format !== undefined && options.format !== 'buffer') {
            throw codes.ERR_INVALID_ARG_VALUE('options.format',
                options.format);
        }
    }
    return util.getBuffer().from(this[kHandle]);
};

function AsymmetricKeyObject(type, handle) {
    KeyObject.call(this, type, handle);
}
Object.setPrototypeOf(AsymmetricKeyObject.prototype, KeyObject.prototype);
Object.setPrototypeOf(AsymmetricKeyObject, KeyObject);

Object.defineProperty(AsymmetricKeyObject.prototype, 'asymmetricKeyType', {
    get: function () { return binding.keyDetails(this[kHandle]).type; },
    configurable: true, enumerable: false
});

// publicExponent is a Number here; Node gives a BigInt, which Duktape
// does not have.
Object.defineProperty(AsymmetricKeyObject.prototype, 'asymmetricKeyDetails', {
    get: function () {
        var d = binding.keyDetails(this[kHandle]);
        if (d.type === 'rsa') {
            return { modulusLength: d.modulusLength,
                publicExponent: d.publicExponent };
        }
        return { namedCurve: d.namedCurve };
    },
    configurable: true, enumerable: false
});

// The DER structures a key of this kind and type may be written as.
function checkEncoding(prefix, type, keyType, isPrivate) {
    var allowed = isPrivate ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki'];
    if (allowed.indexOf(type) < 0) {
        throw codes.ERR_INVALID_ARG_VALUE(prefix + 'type', type);
    }
    if (type === 'pkcs1' && keyType !== 'rsa') {
        throw cryptoCodes.ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('pkcs1',
            'can only be used for RSA keys');
    }
    if (type === 'sec1' && keyType !== 'ec') {
        throw cryptoCodes.ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('sec1',
            'can only be used for EC keys');
    }
}

function b64url(arrayBuffer) {
    return util.toBuffer(arrayBuffer).toString('base64url');
}

// Write an asymmetric key as options asks: {format, type[, cipher,
// passphrase]}; prefix names the options in errors.
function exportAsymmetric(handle, options, prefix) {
    var d = binding.keyDetails(handle);
    var format = options.format;
    if (format === 'jwk') {
        var parts = binding.keyJwkParts(handle);
        var jwk = { kty: d.type === 'rsa' ? 'RSA' : 'EC' };
        Object.keys(parts).forEach(function (name) {
            jwk[name] = name === 'crv' ? parts[name] : b64url(parts[name]);
        });
        return jwk;
    }
    if (format !== 'pem' && format !== 'der') {
        throw codes.ERR_INVALID_ARG_VALUE(prefix + 'format', format);
    }
    checkEncoding(prefix, options.type, d.type, d.private);
    if (options.cipher !== undefined || options.passphrase !== undefined) {
        throw cryptoCodes.ERR_NOT_SUPPORTED('Encrypting an exported key');
    }
    var out = binding.keyExport(handle, format, options.type);
    return format === 'der' ? util.toBuffer(out) : out;
}

AsymmetricKeyObject.prototype.export = function exportKey(options) {
    util.validateObject(options, 'options');
    return exportAsymmetric(this[kHandle], options, 'options.');
};

function PublicKeyObject(handle) {
    AsymmetricKeyObject.call(this, 'public', handle);
}
Object.setPrototypeOf(PublicKeyObject.prototype,
    AsymmetricKeyObject.prototype);
Object.setPrototypeOf(PublicKeyObject, AsymmetricKeyObject);

function PrivateKeyObject(handle) {
    AsymmetricKeyObject.call(this, 'private', handle);
}
Object.setPrototypeOf(PrivateKeyObject.prototype,
    AsymmetricKeyObject.prototype);
Object.setPrototypeOf(PrivateKeyObject, AsymmetricKeyObject);

// ---- reading keys --------------------------------------------------------

var KEY_TYPES = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray',
    'DataView'];

// The bytes of a secret KeyObject (for Hmac, ciphers, hkdf).
function secretOf(key, name) {
    if (!(key instanceof KeyObject)) {
        throw codes.ERR_INVALID_ARG_TYPE(name, KEY_TYPES.concat(
            ['KeyObject', 'CryptoKey']), key);
    }
    if (key.type !== 'secret') {
        throw cryptoCodes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type,
            'secret');
    }
    return key[kHandle];
}

// Read a JWK ({kty, crv, x, y, d, n, e, ...}) into a key state.
function fromJwk(jwk, wantPrivate) {
    if (jwk === null || typeof jwk !== 'object') {
        throw codes.ERR_INVALID_ARG_TYPE('key.key', 'object', jwk);
    }
    if (jwk.kty !== 'RSA' && jwk.kty !== 'EC') {
        throw cryptoCodes.ERR_NOT_SUPPORTED('A JWK of kty ' + jwk.kty);
    }
    // Node checks the members a key of this kind must have.
    var members = jwk.kty === 'EC' ? ['crv', 'x', 'y'] : ['n', 'e'];
    if (wantPrivate) {
        members = members.concat(jwk.kty === 'EC' ? ['d'] :
            ['d', 'p', 'q', 'dp', 'dq', 'qi']);
    }
    members.forEach(function (name) {
        util.validateString(jwk[name], 'key.' + name);
    });
    var parts = {};
    ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi', 'x', 'y'].forEach(
        function (name) {
            if (typeof jwk[name] === 'string') {
                parts[name] = util.getBuffer().from(jwk[name], 'base64url');
            }
        });
    try {
        return binding.keyFromJwk(jwk.kty, jwk.crv, parts, wantPrivate);
    } catch (err) {
        throw errors.makeError(TypeError, 'ERR_CRYPTO_INVALID_JWK',
            'Invalid JWK ' + jwk.kty + ' key');
    }
}

// The native key state for a key argument.  wantPrivate: a private key
// is needed; else a public one (a private key gives its public half).
// ctx names the argument in errors.
function readKey(key, wantPrivate, ctx) {
    if (key instanceof KeyObject) {
        if (key.type === 'secret' ||
                (wantPrivate && key.type !== 'private')) {
            throw cryptoCodes.ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type,
                wantPrivate ? 'private' : 'public');
        }
        return key[kHandle];
    }
    var data = key;
    var format = 'pem';
    var type;
    var name = ctx;
    if (key !== null && typeof key === 'object' &&
            !util.isArrayBufferView(key) && !util.isAnyArrayBuffer(key)) {
        data = key.key;
        name = ctx + '.key';
        if (data instanceof KeyObject) {
            return readKey(data, wantPrivate, name);
        }
        if (key.format !== undefined) {
            format = key.format;
        }
        if (format === 'jwk') {
            return fromJwk(data, wantPrivate);
        }
        if (format !== 'pem' && format !== 'der') {
            throw codes.ERR_INVALID_ARG_VALUE('options.format', format);
        }
        type = key.type;
        if (format === 'der' && ['pkcs1', 'pkcs8', 'sec1', 'spki']
                .indexOf(type) < 0) {
            throw codes.ERR_INVALID_ARG_VALUE('options.type', type);
        }
        if (typeof data === 'string' && key.encoding !== undefined &&
                key.encoding !== 'utf8') {
            data = util.getBuffer().from(data, key.encoding);
        }
    }
    data = util.toBytes(data, name, undefined, KEY_TYPES);
    if (format === 'der' && type === 'spki' && wantPrivate) {
        throw codes.ERR_INVALID_ARG_VALUE('options.type', type);
    }
    return binding.keyParse(data, format, type, wantPrivate);
}

function createSecretKey(key, encoding) {
    if (typeof key === 'string') {
        key = util.getBuffer().from(key, encoding);
    } else if (util.isAnyArrayBuffer(key) || util.isArrayBufferView(key)) {
        key = util.getBuffer().from(new Uint8Array(key.buffer || key,
            key.byteOffset || 0, key.byteLength));
    } else {
        throw codes.ERR_INVALID_ARG_TYPE('key', ['ArrayBuffer', 'Buffer',
            'TypedArray', 'DataView'], key);
    }
    return new SecretKeyObject(key);
}

function createPrivateKey(key) {
    if (key instanceof KeyObject) {
        throw codes.ERR_INVALID_ARG_TYPE('key', KEY_TYPES, key);
    }
    return new PrivateKeyObject(readKey(key, true, 'key'));
}

function createPublicKey(key) {
    var handle = readKey(key, false, 'key');
    var details = binding.keyDetails(handle);
    return new PublicKeyObject(details.private ?
        binding.keyPublic(handle) : handle);
}

// ---- generating keys -----------------------------------------------------

var UNSUPPORTED_TYPES = ['rsa-pss', 'dsa', 'ec-secp256k1', 'ed25519',
    'ed448', 'x25519', 'x448', 'dh'];

function checkUint32(value, name) {
    util.validateInteger(value, name, 0, 4294967295);
}

// Check an encoding option ({type, format}) before any work starts.
function checkKeyEncoding(encoding, prefix, keyType, isPrivate) {
    if (encoding === undefined) {
        return;
    }
    if (encoding === null || typeof encoding !== 'object') {
        throw codes.ERR_INVALID_ARG_VALUE(prefix.slice(0, -1), encoding);
    }
    if (encoding.format !== 'jwk') {
        checkEncoding(prefix, encoding.type, keyType, isPrivate);
    }
}

// The arguments for binding.generateKeyPair, after Node's checks.
function keyPairArgs(type, options) {
    util.validateString(type, 'type');
    if (UNSUPPORTED_TYPES.indexOf(type) >= 0) {
        throw cryptoCodes.ERR_NOT_SUPPORTED('Generating ' + type + ' keys');
    }
    if (type !== 'rsa' && type !== 'ec') {
        throw codes.ERR_INVALID_ARG_VALUE('type', type,
            'must be a supported key type');
    }
    util.validateObject(options, 'options');
    var args;
    if (type === 'rsa') {
        checkUint32(options.modulusLength, 'options.modulusLength');
        var e = options.publicExponent === undefined ? 0x10001 :
            options.publicExponent;
        checkUint32(e, 'options.publicExponent');
        args = ['rsa', options.modulusLength, e];
    } else {
        util.validateString(options.namedCurve, 'options.namedCurve');
        args = ['ec', options.namedCurve, 0];
    }
    checkKeyEncoding(options.publicKeyEncoding,
        'options.publicKeyEncoding.', type, false);
    checkKeyEncoding(options.privateKeyEncoding,
        'options.privateKeyEncoding.', type, true);
    return args;
}

// {publicKey, privateKey}, as KeyObjects or encoded as options ask.
function keyPairResult(handle, options) {
    var pub = binding.keyPublic(handle);
    return {
        publicKey: options.publicKeyEncoding === undefined ?
            new PublicKeyObject(pub) :
            exportAsymmetric(pub, options.publicKeyEncoding,
                'options.publicKeyEncoding.'),
        privateKey: options.privateKeyEncoding === undefined ?
            new PrivateKeyObject(handle) :
            exportAsymmetric(handle, options.privateKeyEncoding,
                'options.privateKeyEncoding.')
    };
}

function generateKeyPairSync(type, options) {
    var args = keyPairArgs(type, options);
    return keyPairResult(binding.generateKeyPair(args[0], args[1], args[2]),
        options);
}

function generateKeyPair(type, options, callback) {
    if (typeof options === 'function') {
        callback = options;
        options = undefined;
    }
    util.validateFunction(callback, 'callback');
    var args = keyPairArgs(type, options);
    binding.generateKeyPair(args[0], args[1], args[2], function (err, key) {
        if (err) {
            callback(err);
            return;
        }
        var pair;
        try {
            pair = keyPairResult(key, options);
        } catch (e) {
            callback(e);
            return;
        }
        callback(null, pair.publicKey, pair.privateKey);
    });
}

// generateKey('hmac' | 'aes', {length}): random secret keys.
function secretKeyLength(type, options) {
    util.validateString(type, 'type');
    util.validateObject(options, 'options');
    var length = options.length;
    if (type === 'hmac') {
        util.validateInteger(length, 'options.length', 8, 2147483647);
    } else if (type === 'aes') {
        if ([128, 192, 256].indexOf(length) < 0) {
            throw errors.makeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                'The property \'options.length\' must be one of: 128, ' +
                '192, 256. Received ' + require('internal/inspect')
                    .inspect(length));
        }
    } else {
        throw codes.ERR_INVALID_ARG_VALUE('type', type,
            'must be a supported key type');
    }
    return Math.floor(length / 8);
}

function generateKeySync(type, options) {
    var random = require('internal/crypto_random');
    return new SecretKeyObject(random.randomBytes(
        secretKeyLength(type, options)));
}

function generateKey(type, options, callback) {
    var length = secretKeyLength(type, options);
    util.validateFunction(callback, 'callback');
    require('internal/crypto_random').randomBytes(length,
        function (err, bytes) {
            callback(err, err ? undefined : new SecretKeyObject(bytes));
        });
}

module.exports = {
    KeyObject: KeyObject,
    createSecretKey: createSecretKey,
    createPrivateKey: createPrivateKey,
    createPublicKey: createPublicKey,
    generateKeyPair: generateKeyPair,
    generateKeyPairSync: generateKeyPairSync,
    generateKey: generateKey,
    generateKeySync: generateKeySync,
    readKey: readKey,
    secretOf: secretOf
};
