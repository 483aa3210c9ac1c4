/*
 * internal/crypto_util: what the pieces of require('crypto') share --
 * the native binding, turning inputs into bytes and results into Buffers
 * or strings, Node's argument checks and error wordings for crypto, and
 * LazyTransform, the stream base of Hash and Cipher.
 *
 * The binding (modules/crypto.c and its siblings) returns ArrayBuffers;
 * toBuffer() views one as a Buffer without copying.  Inputs go down as
 * strings (hashed as UTF-8 in C, no copy) or as any ArrayBufferView; a
 * string in another encoding becomes a Buffer here first.
 *
 * LazyTransform: Node's Hash and Cipher are Transform streams, but most
 * programs only call update() and digest().  The 'stream' module loads
 * with the first Hash or Cipher (not with require('crypto')), and each
 * object's stream state is made only when something touches it, as in
 * Node.
 */
'use strict';

var errors = require('internal/errors');

var binding = internalBinding('crypto');
var codes = errors.codes;
var makeError = errors.makeError;

var BufferCtor = null;

function getBuffer() {
    if (BufferCtor === null) {
        BufferCtor = require('buffer').Buffer;
    }
    return BufferCtor;
}

// A Buffer over the bytes of an ArrayBuffer the binding returned.
function toBuffer(arrayBuffer) {
    return getBuffer().from(arrayBuffer);
}

function isArrayBufferView(value) {
    return ArrayBuffer.isView(value);
}

function isAnyArrayBuffer(value) {
    return value instanceof ArrayBuffer;
}

function isValidEncoding(encoding) {
    return typeof encoding === 'string' && encoding !== 'buffer' &&
        getBuffer().isEncoding(encoding);
}

// A Buffer (or string) result in the encoding asked for: a string when
// encoding names one, else the Buffer itself.
function encodeResult(arrayBuffer, encoding) {
    var buf = toBuffer(arrayBuffer);
    return isValidEncoding(encoding) ? buf.toString(encoding) : buf;
}

// Node's check that an odd-length hex string is not taken silently.
function validateEncoding(data, encoding) {
    if (typeof encoding === 'string' && encoding.toLowerCase() === 'hex' &&
            data.length % 2 !== 0) {
        throw codes.ERR_INVALID_ARG_VALUE('encoding', encoding,
            'is invalid for data of length ' + data.length);
    }
}

// Data for update(): a string (UTF-8 passes through untouched; other
// encodings become a Buffer) or an ArrayBufferView.
function toData(data, encoding, name) {
    if (typeof data === 'string') {
        validateEncoding(data, encoding);
        if (isValidEncoding(encoding) && encoding !== 'utf8' &&
                encoding !== 'utf-8') {
            return getBuffer().from(data, encoding);
        }
        return data;
    }
    if (!isArrayBufferView(data)) {
        throw codes.ERR_INVALID_ARG_TYPE(name || 'data',
            ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    return data;
}

// Key material and passwords: a string (UTF-8, or in encoding), an
// ArrayBuffer or an ArrayBufferView, as bytes the binding reads.
function toBytes(value, name, encoding, expected) {
    if (typeof value === 'string') {
        return isValidEncoding(encoding) && encoding !== 'utf8' ?
            getBuffer().from(value, encoding) : value;
    }
    if (isArrayBufferView(value)) {
        return value;
    }
    if (isAnyArrayBuffer(value)) {
        return new Uint8Array(value);
    }
    throw codes.ERR_INVALID_ARG_TYPE(name, expected ||
        ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
}

// ---- argument checks -----------------------------------------------------

function isInteger(value) {
    return typeof value === 'number' && isFinite(value) &&
        Math.floor(value) === value;
}

// An integer within [min, max], worded as Node's validateInteger.
function validateInteger(value, name, min, max) {
    if (typeof value !== 'number') {
        throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
    }
    if (!isInteger(value)) {
        throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
    }
    if (value < min || value > max) {
        throw codes.ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max,
            value);
    }
}

function validateFunction(value, name) {
    errors.validateFunction(value, name);
}

function validateString(value, name) {
    errors.validateString(value, name);
}

function validateObject(value, name) {
    if (value === null || typeof value !== 'object') {
        throw codes.ERR_INVALID_ARG_TYPE(name, 'object', value);
    }
}

// ---- crypto's own errors -------------------------------------------------

var cryptoCodes = {
    ERR_CRYPTO_HASH_FINALIZED: function () {
        return makeError(Error, 'ERR_CRYPTO_HASH_FINALIZED',
            'Digest already called');
    },
    ERR_CRYPTO_INVALID_DIGEST: function (name) {
        return makeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST',
            name === undefined ? 'Invalid digest' : 'Invalid digest: ' + name);
    },
    ERR_CRYPTO_INVALID_STATE: function (op) {
        return makeError(Error, 'ERR_CRYPTO_INVALID_STATE',
            'Invalid state for operation ' + op);
    },
    ERR_CRYPTO_INVALID_KEYLEN: function () {
        return makeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN',
            'Invalid key length');
    },
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE: function (actual, expected) {
        return makeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
            'Invalid key object type ' + actual + ', expected ' + expected +
            '.');
    },
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS: function (encoding, kind) {
        return makeError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS',
            'The selected key encoding ' + encoding + ' ' + kind + '.');
    },
    ERR_CRYPTO_INVALID_CURVE: function () {
        return makeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE',
            'Invalid EC curve name');
    },
    ERR_UNKNOWN_ENCODING: function (encoding) {
        return makeError(TypeError, 'ERR_UNKNOWN_ENCODING',
            'Unknown encoding: ' + encoding);
    },
    ERR_MISSING_PASSPHRASE: function () {
        return makeError(TypeError, 'ERR_MISSING_PASSPHRASE',
            'Passphrase required for encrypted key');
    },
    // Something Node offers that nodule does not: say what, and why.
    ERR_NOT_SUPPORTED: function (what) {
        return makeError(Error, 'ERR_NOT_SUPPORTED',
            what + ' is not supported by nodule');
    }
};

// ---- LazyTransform -------------------------------------------------------

var streamLinked = false;

// Make LazyTransform.prototype inherit from stream.Transform.prototype;
// called by the constructors of its subclasses, so 'stream' loads with
// the first Hash or Cipher rather than with require('crypto').
function linkStream() {
    if (!streamLinked) {
        streamLinked = true;
        Object.setPrototypeOf(LazyTransform.prototype,
            require('stream').Transform.prototype);
    }
}

function LazyTransform(options) {
    this._options = options;
}

function makeGetter(name) {
    return function () {
        require('stream').Transform.call(this, this._options);
        this._writableState.decodeStrings = false;
        return this[name];
    };
}

function makeSetter(name) {
    return function (value) {
        Object.defineProperty(this, name, {
            value: value,
            enumerable: true,
            configurable: true,
            writable: true
        });
    };
}

['_readableState', '_writableState', '_transformState'].forEach(
    function (name) {
        Object.defineProperty(LazyTransform.prototype, name, {
            get: makeGetter(name),
            set: makeSetter(name),
            configurable: true,
            enumerable: true
        });
    });

module.exports = {
    binding: binding,
    codes: codes,
    cryptoCodes: cryptoCodes,
    getBuffer: getBuffer,
    toBuffer: toBuffer,
    encodeResult: encodeResult,
    isArrayBufferView: isArrayBufferView,
    isAnyArrayBuffer: isAnyArrayBuffer,
    isValidEncoding: isValidEncoding,
    validateEncoding: validateEncoding,
    toData: toData,
    toBytes: toBytes,
    isInteger: isInteger,
    validateInteger: validateInteger,
    validateFunction: validateFunction,
    validateString: validateString,
    validateObject: validateObject,
    LazyTransform: LazyTransform,
    linkStream: linkStream
};
