/*
 * internal/crypto_random: random numbers for require('crypto') and the
 * Web Crypto global: randomBytes, randomFill(Sync), randomInt,
 * randomUUID, getRandomValues, and the `crypto` object (webcrypto).
 *
 * Every byte comes from the OS (binding.randomFill -> nd_sys_random(),
 * getrandom(2)); asynchronous fills run on the thread pool.  randomInt
 * and randomUUID draw from a small pool of OS bytes refilled when empty,
 * as Node does, unless told not to (disableEntropyCache).  randomInt is
 * uniform: a 48-bit draw is rejected and drawn again when it falls in
 * the incomplete last copy of the range.
 *
 * Web Crypto: nodule has getRandomValues and randomUUID; crypto.subtle is
 * not there (a program that looks for it finds it missing).
 */
'use strict';

var util = require('internal/crypto_util');

var binding = util.binding;
var codes = util.codes;

var kMaxInt32 = 2147483647;
var kMaxLength = 2147483646; // Duktape's largest buffer

// ---- randomBytes and randomFill ------------------------------------------

function randomBytes(size, callback) {
    if (typeof size !== 'number') {
        throw codes.ERR_INVALID_ARG_TYPE('size', 'number', size);
    }
    if (!(size >= 0 && size <= kMaxInt32)) {
        throw codes.ERR_OUT_OF_RANGE('size', '>= 0 && <= ' + kMaxInt32, size);
    }
    if (callback !== undefined) {
        util.validateFunction(callback, 'callback');
    }
    var buf = util.getBuffer().alloc(Math.floor(size));
    if (callback === undefined) {
        binding.randomFill(buf, 0, buf.length);
        return buf;
    }
    if (buf.length === 0) { // as Node: called back at once
        callback(null, buf);
        return;
    }
    binding.randomFill(buf, 0, buf.length, function (err) {
        if (err) {
            callback(err);
        } else {
            callback(null, buf);
        }
    });
}

function checkBuffer(buf) {
    if (!util.isArrayBufferView(buf) && !util.isAnyArrayBuffer(buf)) {
        throw codes.ERR_INVALID_ARG_TYPE('buf',
            ['ArrayBuffer', 'ArrayBufferView'], buf);
    }
}

// The byte offset and size of a fill, checked as Node's assertOffset and
// assertSize do (both count in elements of a typed array).
function fillRange(buf, offset, size) {
    var element = buf.BYTES_PER_ELEMENT || 1;
    var length = buf.byteLength;
    if (offset === undefined) {
        offset = 0;
    } else {
        if (typeof offset !== 'number') {
            throw codes.ERR_INVALID_ARG_TYPE('offset', 'number', offset);
        }
        offset *= element;
        if (offset !== offset || offset > kMaxLength || offset < 0 ||
                offset > length) {
            throw codes.ERR_OUT_OF_RANGE('offset', '>= 0 && <= ' +
                Math.min(length, kMaxLength), offset);
        }
    }
    offset = Math.floor(offset);
    if (size === undefined) {
        size = length - offset;
    } else {
        if (typeof size !== 'number') {
            throw codes.ERR_INVALID_ARG_TYPE('size', 'number', size);
        }
        size *= element;
        if (size !== size || size > kMaxLength || size < 0) {
            throw codes.ERR_OUT_OF_RANGE('size', '>= 0 && <= ' + kMaxLength,
                size);
        }
        if (size + offset > length) {
            throw codes.ERR_OUT_OF_RANGE('size + offset', '<= ' + length,
                size + offset);
        }
    }
    return { offset: offset, size: Math.floor(size) };
}

// The view the binding fills: an ArrayBuffer's bytes, or the view itself.
function fillTarget(buf) {
    return util.isAnyArrayBuffer(buf) ? new Uint8Array(buf) : buf;
}

// Typed arrays: the binding counts bytes from the start of the view.
function randomFillSync(buf, offset, size) {
    checkBuffer(buf);
    var range = fillRange(buf, offset, size);
    binding.randomFill(fillTarget(buf), range.offset, range.size);
    return buf;
}

function randomFill(buf, offset, size, callback) {
    checkBuffer(buf);
    if (typeof offset === 'function') {
        callback = offset;
        offset = undefined;
        size = undefined;
    } else if (typeof size === 'function') {
        callback = size;
        size = undefined;
    }
    util.validateFunction(callback, 'callback');
    var range = fillRange(buf, offset, size);
    if (range.size === 0) { // as Node: nothing to do, called back at once
        callback(null, buf);
        return;
    }
    binding.randomFill(fillTarget(buf), range.offset, range.size,
        function (err) {
            if (err) {
                callback(err);
            } else {
                callback(null, buf);
            }
        });
}

// ---- a pool of OS bytes for randomInt and randomUUID ---------------------

var POOL_SIZE = 4096;
var pool = null;
var poolAt = POOL_SIZE;

// n fresh random bytes (n <= 16), as an array-like and an offset into it.
function take(n, noCache) {
    if (noCache) {
        var fresh = new Uint8Array(n);
        binding.randomFill(fresh, 0, n);
        return { bytes: fresh, at: 0 };
    }
    if (pool === null) {
        pool = new Uint8Array(POOL_SIZE);
    }
    if (poolAt + n > POOL_SIZE) {
        binding.randomFill(pool, 0, POOL_SIZE);
        poolAt = 0;
    }
    var at = poolAt;
    poolAt += n;
    return { bytes: pool, at: at };
}

// ---- randomInt -----------------------------------------------------------

var RAND_MAX = 0xffffffffffff; // 2^48 - 1: what six bytes hold

function isSafeInteger(value) {
    return util.isInteger(value) && Math.abs(value) <= 9007199254740991;
}

function randomInt(min, max, callback) {
    // randomInt(max[, callback]) counts from 0.
    var minNotSpecified = max === undefined || typeof max === 'function';
    if (minNotSpecified) {
        callback = max;
        max = min;
        min = 0;
    }
    var isSync = callback === undefined;
    if (!isSync) {
        util.validateFunction(callback, 'callback');
    }
    if (!isSafeInteger(min)) {
        throw codes.ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
    }
    if (!isSafeInteger(max)) {
        throw codes.ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
    }
    if (max <= min) {
        throw codes.ERR_OUT_OF_RANGE('max',
            'greater than the value of "min" (' + min + ')', max);
    }
    var range = max - min;
    if (!(range <= RAND_MAX)) {
        throw codes.ERR_OUT_OF_RANGE('max' + (minNotSpecified ? '' : ' - min'),
            '<= ' + RAND_MAX, range);
    }
    // Values at or above randLimit would favour the low end: draw again.
    var randLimit = RAND_MAX - (RAND_MAX % range);
    var n;
    for (;;) {
        var r = take(6, false);
        var b = r.bytes;
        var i = r.at;
        n = ((b[i] * 256 + b[i + 1]) * 256 + b[i + 2]) * 16777216 +
            ((b[i + 3] << 16) | (b[i + 4] << 8) | b[i + 5]);
        if (n < randLimit) {
            break;
        }
    }
    n = min + (n % range);
    if (isSync) {
        return n;
    }
    process.nextTick(callback, undefined, n);
}

// ---- randomUUID ----------------------------------------------------------

var hex = [];
for (var h = 0; h < 256; h++) {
    hex.push((h < 16 ? '0' : '') + h.toString(16));
}

// A version 4 UUID: 122 random bits, version 4, variant 10.
function randomUUID(options) {
    if (options !== undefined) {
        if (options === null || typeof options !== 'object') {
            throw codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
        }
        if (options.disableEntropyCache !== undefined &&
                typeof options.disableEntropyCache !== 'boolean') {
            throw codes.ERR_INVALID_ARG_TYPE('options.disableEntropyCache',
                'boolean', options.disableEntropyCache);
        }
    }
    var r = take(16, options !== undefined && options.disableEntropyCache);
    var b = r.bytes;
    var i = r.at;
    return hex[b[i]] + hex[b[i + 1]] + hex[b[i + 2]] + hex[b[i + 3]] + '-' +
        hex[b[i + 4]] + hex[b[i + 5]] + '-' +
        hex[(b[i + 6] & 0x0f) | 0x40] + hex[b[i + 7]] + '-' +
        hex[(b[i + 8] & 0x3f) | 0x80] + hex[b[i + 9]] + '-' +
        hex[b[i + 10]] + hex[b[i + 11]] + hex[b[i + 12]] + hex[b[i + 13]] +
        hex[b[i + 14]] + hex[b[i + 15]];
}

// ---- Web Crypto ----------------------------------------------------------

// The DOMException Node throws here, as far as programs look at it: its
// name, legacy code and message.
function domException(message, name, code) {
    var err = new Error(message);
    Object.defineProperty(err, 'name', {
        value: name, writable: true, configurable: true, enumerable: false
    });
    Object.defineProperty(err, 'code', {
        value: code, writable: true, configurable: true, enumerable: false
    });
    return err;
}

function isIntegerTypedArray(data) {
    return data instanceof Int8Array || data instanceof Uint8Array ||
        data instanceof Uint8ClampedArray || data instanceof Int16Array ||
        data instanceof Uint16Array || data instanceof Int32Array ||
        data instanceof Uint32Array;
}

function getRandomValues(data) {
    if (!isIntegerTypedArray(data)) {
        throw domException('The data argument must be an integer-type ' +
            'TypedArray', 'TypeMismatchError', 17);
    }
    if (data.byteLength > 65536) {
        throw domException('The requested length exceeds 65,536 bytes',
            'QuotaExceededError', 22);
    }
    binding.randomFill(data, 0, data.byteLength);
    return data;
}

// The Crypto interface of Web Crypto (globalThis.crypto): its methods
// need it as `this`, as in Node.
function Crypto() {
    var err = new TypeError('Illegal constructor');
    err.code = 'ERR_ILLEGAL_CONSTRUCTOR';
    throw err;
}

var fillValues = getRandomValues;
var makeUUID = randomUUID;

function checkThis(self) {
    if (!(self instanceof Crypto)) {
        var err = new TypeError('Value of "this" must be of type Crypto');
        err.code = 'ERR_INVALID_THIS';
        throw err;
    }
}

Object.defineProperties(Crypto.prototype, {
    getRandomValues: {
        value: function getRandomValues(data) {
            checkThis(this);
            return fillValues(data);
        },
        writable: true, configurable: true, enumerable: true
    },
    randomUUID: {
        value: function randomUUID() {
            checkThis(this);
            return makeUUID();
        },
        writable: true, configurable: true, enumerable: true
    }
});

var webcrypto = Object.create(Crypto.prototype);

module.exports = {
    randomBytes: randomBytes,
    randomFill: randomFill,
    randomFillSync: randomFillSync,
    randomInt: randomInt,
    randomUUID: randomUUID,
    getRandomValues: getRandomValues,
    Crypto: Crypto,
    webcrypto: webcrypto
};
