/*
 * internal/buffer_common: what the pieces of Buffer share -- encoding
 * names and numbers, byte lengths, type tests, and the Node errors that
 * engine/js/errors.js does not make.
 *
 * Encodings travel as the numbers internalBinding('buffer') knows
 * (modules/buffer_codec.h): UTF8 0, UCS2 1, LATIN1 2, ASCII 3, HEX 4,
 * BASE64 5, BASE64URL 6.  encodingId() follows Node's getEncodingOps():
 * the value is turned into a string and matched without regard to case;
 * anything else is -1, and each caller decides whether that throws
 * (toString, write) or falls back to UTF-8 (byteLength, indexOf with a
 * Buffer).
 */
'use strict';

var errors = require('internal/errors');
var binding = internalBinding('buffer');

var UTF8 = 0;
var UCS2 = 1;
var LATIN1 = 2;
var ASCII = 3;
var HEX = 4;
var BASE64 = 5;
var BASE64URL = 6;

var kMaxLength = binding.kMaxLength;

var ids = {
    'utf8': UTF8, 'utf-8': UTF8,
    'ucs2': UCS2, 'ucs-2': UCS2, 'utf16le': UCS2, 'utf-16le': UCS2,
    'latin1': LATIN1, 'binary': LATIN1,
    'ascii': ASCII,
    'hex': HEX,
    'base64': BASE64,
    'base64url': BASE64URL
};
var hasOwn = Object.prototype.hasOwnProperty;

function encodingId(encoding) {
    // The usual spellings first, without a lookup.
    switch (encoding) {
    case 'utf8':
    case 'utf-8':
        return UTF8;
    case 'hex':
        return HEX;
    case 'base64':
        return BASE64;
    case 'latin1':
    case 'binary':
        return LATIN1;
    case 'ascii':
        return ASCII;
    }
    var name = '' + encoding;
    if (!hasOwn.call(ids, name)) {
        name = name.toLowerCase();
        if (!hasOwn.call(ids, name)) {
            return -1;
        }
    }
    return ids[name];
}

// Node's normalizeEncoding(): like encodingId, but undefined, null and ''
// mean UTF-8.
function normalizeEncoding(encoding) {
    if (encoding === undefined || encoding === null || encoding === '') {
        return UTF8;
    }
    return encodingId(encoding);
}

// What Buffer.byteLength(string, encoding) reports.  For base64 this is
// Node's estimate from the length (trailing '=' aside), not the exact
// count: invalid characters are counted too.
function byteLengthOf(string, id) {
    var n = string.length;
    switch (id) {
    case UCS2:
        return n * 2;
    case LATIN1:
    case ASCII:
        return n;
    case HEX:
        return n >>> 1;
    case BASE64:
    case BASE64URL:
        if (n > 0 && string.charCodeAt(n - 1) === 0x3D) {
            n--;
        }
        if (n > 1 && string.charCodeAt(n - 1) === 0x3D) {
            n--;
        }
        return (n * 3) >>> 2;
    default:
        return binding.byteLengthUtf8(string);
    }
}

// ---- type tests ------------------------------------------------------------

var objectToString = Object.prototype.toString;

// A real Uint8Array (a Buffer is one), whatever its prototype says.
function isUint8Array(value) {
    return value !== null && typeof value === 'object' &&
        objectToString.call(value) === '[object Uint8Array]';
}

function isAnyArrayBuffer(value) {
    if (value === null || typeof value !== 'object') {
        return false;
    }
    var tag = objectToString.call(value);
    return tag === '[object ArrayBuffer]' ||
        tag === '[object SharedArrayBuffer]';
}

function isArrayBufferView(value) {
    return value !== null && typeof value === 'object' &&
        ArrayBuffer.isView(value);
}

// ---- errors and checks -----------------------------------------------------

var codes = errors.codes;

function unknownEncoding(encoding) {
    return errors.makeError(TypeError, 'ERR_UNKNOWN_ENCODING',
        'Unknown encoding: ' + encoding);
}

// '"offset" is outside of buffer bounds', or without a name Node's
// 'Attempt to access memory outside buffer bounds'.
function outOfBounds(name) {
    return errors.makeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
        name ? '"' + name + '" is outside of buffer bounds' :
            'Attempt to access memory outside buffer bounds');
}

function invalidBufferSize(bits) {
    return errors.makeError(RangeError, 'ERR_INVALID_BUFFER_SIZE',
        'Buffer size must be a multiple of ' + bits);
}

// BigInt does not exist in Duktape, so neither do the 64-bit integer
// accessors that return one.
function noBigInt(method) {
    return codes.ERR_NOT_SUPPORTED('BigInt (' + method + ')');
}

// Node's validateOffset(): an integer within [min, max] (max defaults to
// kMaxLength), with the '&&' wording.
function validateOffset(value, name, min, max) {
    if (min === undefined) {
        min = 0;
    }
    if (max === undefined) {
        max = kMaxLength;
    }
    if (typeof value !== 'number') {
        throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
    }
    if (Math.floor(value) !== value || !isFinite(value)) {
        throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
    }
    if (value < min || value > max) {
        throw codes.ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max,
            value);
    }
}

module.exports = {
    UTF8: UTF8,
    UCS2: UCS2,
    LATIN1: LATIN1,
    ASCII: ASCII,
    HEX: HEX,
    BASE64: BASE64,
    BASE64URL: BASE64URL,
    kMaxLength: kMaxLength,
    kStringMaxLength: binding.kStringMaxLength,
    binding: binding,
    codes: codes,
    encodingId: encodingId,
    normalizeEncoding: normalizeEncoding,
    byteLengthOf: byteLengthOf,
    isUint8Array: isUint8Array,
    isAnyArrayBuffer: isAnyArrayBuffer,
    isArrayBufferView: isArrayBufferView,
    unknownEncoding: unknownEncoding,
    outOfBounds: outOfBounds,
    invalidBufferSize: invalidBufferSize,
    noBigInt: noBigInt,
    validateOffset: validateOffset
};
