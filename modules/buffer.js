/*
 * buffer: Node's Buffer and require('buffer').
 *
 * A Buffer is a Uint8Array whose prototype is Buffer.prototype, which
 * inherits from Uint8Array.prototype (Duktape lets an object's prototype
 * be changed, so no subclassing syntax is needed): `buf instanceof
 * Uint8Array` holds, indexing and .length are the typed array's own, and
 * the bytes live in the typed array's memory, where internalBinding
 * ('buffer') (modules/buffer.c) reads and writes them.  Buffers made in C
 * get Buffer.prototype there (binding.setup); views over an ArrayBuffer
 * get it with Object.setPrototypeOf.
 *
 * This file holds the constructor and its statics, and the module's
 * other exports.  The prototype methods are in internal/buffer_methods,
 * internal/buffer_rw and internal/buffer_inspect; encodings and shared
 * checks in internal/buffer_common.
 *
 * Differences from Node, on purpose:
 *   - There is no allocation pool: allocUnsafe() returns memory of its
 *     own (not zero-filled, as in Node), so buf.byteOffset is 0 and
 *     buf.buffer holds just the buffer (poolSize is kept for programs
 *     that read it).
 *   - kMaxLength is Duktape's limit, 2^31 - 2 bytes.
 *   - The BigInt accessors, Blob and File throw ERR_NOT_SUPPORTED;
 *     transcode() handles ascii, latin1, ucs2 and utf8 (see
 *     internal/buffer_transcode).
 */
'use strict';

var common = require('internal/buffer_common');
var methods = require('internal/buffer_methods');
var errors = require('internal/errors');

var binding = common.binding;
var codes = common.codes;
var kMaxLength = common.kMaxLength;
var UTF8 = common.UTF8;

var inspectMaxBytes = 50;

// ---- the constructor -------------------------------------------------------

var deprecationShown = false;

// Node warns once about Buffer() / new Buffer() called by a program,
// but not by its own modules or by a package under node_modules.  The
// caller is the first JS frame of the stack outside this file.
function callerIsExempt() {
    var lines = String(new Error().stack).split('\n');
    for (var i = 1; i < lines.length; i++) {
        var line = lines[i];
        if (!/^\s*at /.test(line) || line.indexOf('(node:buffer:') >= 0 ||
                /\.c:\d+\)/.test(line)) {
            continue;
        }
        return line.indexOf('(node:') >= 0 ||
            /[\/\\]node_modules[\/\\]/.test(line);
    }
    return false;
}

function showDeprecation() {
    if (deprecationShown || callerIsExempt()) {
        return;
    }
    deprecationShown = true;
    process.emitWarning('Buffer() is deprecated due to security and ' +
        'usability issues. Please use the Buffer.alloc(), ' +
        'Buffer.allocUnsafe(), or Buffer.from() methods instead.',
        'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
    showDeprecation();
    if (typeof arg === 'number') {
        if (typeof encodingOrOffset === 'string') {
            throw codes.ERR_INVALID_ARG_TYPE('string', 'string', arg);
        }
        return alloc(arg);
    }
    return from(arg, encodingOrOffset, length);
}

Object.setPrototypeOf(Buffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(Buffer, Uint8Array);
binding.setup(Buffer.prototype);

// A typed array over existing memory, made a Buffer.
function wrap(view) {
    return Object.setPrototypeOf(view, Buffer.prototype);
}

// A valid size, as the whole number of bytes to allocate (Node accepts
// fractions and drops them).
function checkSize(size) {
    if (typeof size !== 'number' || !(size >= 0 && size <= kMaxLength)) {
        errors.validateNumber(size, 'size', 0, kMaxLength);
    }
    return size === (size | 0) ? size : Math.floor(size);
}

// ---- Buffer.from -----------------------------------------------------------

function fromString(string, encoding) {
    var id = UTF8;
    if (typeof encoding === 'string' && encoding.length > 0) {
        id = common.encodingId(encoding);
        if (id < 0) {
            throw common.unknownEncoding(encoding);
        }
    }
    return binding.fromString(string, id);
}

// new Uint8Array(ab, offset, length) as V8 checks it: offsets are made
// integers; a negative one is a plain RangeError.
function fromArrayBuffer(ab, byteOffset, length) {
    if (byteOffset === undefined) {
        byteOffset = 0;
    } else {
        byteOffset = +byteOffset;
        if (byteOffset !== byteOffset) {
            byteOffset = 0;
        }
    }
    var maxLength = ab.byteLength - byteOffset;
    if (maxLength < 0) {
        throw common.outOfBounds('offset');
    }
    if (length === undefined) {
        length = maxLength;
    } else {
        length = +length;
        if (length > 0) {
            if (length > maxLength) {
                throw common.outOfBounds('length');
            }
        } else {
            length = 0;
        }
    }
    var start = byteOffset < 0 ? Math.ceil(byteOffset) : Math.floor(byteOffset);
    if (start < 0) {
        throw new RangeError('Start offset ' + byteOffset +
            ' is outside the bounds of the buffer');
    }
    return wrap(new Uint8Array(ab, start, Math.floor(length)));
}

// Arrays, typed arrays and other array-likes: element by element, each
// stored as a byte (a Uint8Array is copied in one go).
function fromArrayLike(obj) {
    var len = +obj.length;
    len = len > 0 ? Math.floor(len) : 0;
    var buf = binding.create(len);
    if (common.isUint8Array(obj)) {
        binding.copy(obj, 0, len, buf, 0);
    } else {
        for (var i = 0; i < len; i++) {
            buf[i] = obj[i];
        }
    }
    return buf;
}

function fromObject(obj) {
    if (obj.length !== undefined || common.isAnyArrayBuffer(obj.buffer)) {
        return typeof obj.length === 'number' ? fromArrayLike(obj) :
            binding.create(0);
    }
    // What buf.toJSON() made.
    if (obj.type === 'Buffer' && Array.isArray(obj.data)) {
        return fromArrayLike(obj.data);
    }
    return undefined;
}

function from(value, encodingOrOffset, length) {
    if (typeof value === 'string') {
        return fromString(value, encodingOrOffset);
    }
    if (typeof value === 'object' && value !== null) {
        if (common.isAnyArrayBuffer(value)) {
            return fromArrayBuffer(value, encodingOrOffset, length);
        }
        var valueOf = value.valueOf && value.valueOf();
        if (valueOf !== null && valueOf !== undefined && valueOf !== value &&
                (typeof valueOf === 'string' || typeof valueOf === 'object')) {
            return from(valueOf, encodingOrOffset, length);
        }
        var buf = fromObject(value);
        if (buf !== undefined) {
            return buf;
        }
        if (typeof value[Symbol.toPrimitive] === 'function') {
            var primitive = value[Symbol.toPrimitive]('string');
            if (typeof primitive === 'string') {
                return fromString(primitive, encodingOrOffset);
            }
        }
    }
    throw codes.ERR_INVALID_ARG_TYPE('first argument', ['string', 'Buffer',
        'ArrayBuffer', 'Array', 'Array-like Object'], value);
}

// ---- the other statics -----------------------------------------------------

function alloc(size, fill, encoding) {
    var buf = binding.create(checkSize(size));
    if (fill !== undefined && fill !== 0 && buf.length > 0) {
        return methods.fillBuffer(buf, fill, 0, buf.length, encoding);
    }
    return buf;
}

// Node's unsafe allocations skip zeroing, and so do these: the bytes are
// whatever the allocator left there.
function allocUnsafe(size) {
    return binding.createUnsafe(checkSize(size));
}

function of() {
    var buf = binding.create(arguments.length);
    for (var i = 0; i < arguments.length; i++) {
        buf[i] = arguments[i];
    }
    return buf;
}

function validateInteger(value, name) {
    errors.validateNumber(value, name);
    if (Math.floor(value) !== value || !isFinite(value)) {
        throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
    }
    if (value < 0 || value > 9007199254740991) {
        throw codes.ERR_OUT_OF_RANGE(name, '>= 0 && <= 9007199254740991',
            value);
    }
}

// copyBytesFrom(view[, offset[, length]]): offset and length count the
// view's elements, not bytes.
function copyBytesFrom(view, offset, length) {
    if (!require('internal/types').isTypedArray(view)) {
        throw codes.ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
    }
    var count = view.length;
    var start = 0;
    var end = count;
    if (offset !== undefined) {
        validateInteger(offset, 'offset');
        start = offset;
    }
    if (length !== undefined) {
        validateInteger(length, 'length');
        end = Math.min(start + length, count);
    }
    if (start >= end) {
        return binding.create(0);
    }
    var size = view.BYTES_PER_ELEMENT;
    return fromArrayLike(new Uint8Array(view.buffer,
        view.byteOffset + start * size, (end - start) * size));
}

function byteLength(string, encoding) {
    if (typeof string !== 'string') {
        if (common.isArrayBufferView(string) ||
                common.isAnyArrayBuffer(string)) {
            return string.byteLength;
        }
        throw codes.ERR_INVALID_ARG_TYPE('string',
            ['string', 'Buffer', 'ArrayBuffer'], string);
    }
    if (string.length === 0) {
        return 0;
    }
    var id = encoding ? common.encodingId(encoding) : UTF8;
    return common.byteLengthOf(string, id < 0 ? UTF8 : id);
}

function compare(buf1, buf2) {
    if (!common.isUint8Array(buf1)) {
        throw codes.ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'],
            buf1);
    }
    if (!common.isUint8Array(buf2)) {
        throw codes.ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'],
            buf2);
    }
    if (buf1 === buf2) {
        return 0;
    }
    return binding.compare(buf1, 0, buf1.length, buf2, 0, buf2.length);
}

function concat(list, length) {
    if (!Array.isArray(list)) {
        throw codes.ERR_INVALID_ARG_TYPE('list', 'Array', list);
    }
    if (list.length === 0) {
        return binding.create(0);
    }
    var i;
    if (length === undefined) {
        length = 0;
        for (i = 0; i < list.length; i++) {
            if (list[i].length) {
                length += list[i].length;
            }
        }
    } else {
        common.validateOffset(length, 'length');
    }
    var result = binding.createUnsafe(length);
    var pos = 0;
    for (i = 0; i < list.length; i++) {
        var buf = list[i];
        if (!common.isUint8Array(buf)) {
            throw codes.ERR_INVALID_ARG_TYPE('list[' + i + ']',
                ['Buffer', 'Uint8Array'], buf);
        }
        pos += binding.copy(buf, 0, buf.length, result, pos);
    }
    if (pos < length) { // a length beyond the list's bytes: zeros, as Node
        result.fill(0, pos);
    }
    return result;
}

function isBuffer(value) {
    return value instanceof Buffer;
}

function isEncoding(encoding) {
    return typeof encoding === 'string' && encoding.length !== 0 &&
        common.encodingId(encoding) >= 0;
}

Buffer.poolSize = 8192;
Buffer.from = from;
Buffer.copyBytesFrom = copyBytesFrom;
Buffer.of = of;
Buffer.alloc = alloc;
Buffer.allocUnsafe = allocUnsafe;
Buffer.allocUnsafeSlow = allocUnsafe;
Buffer.isBuffer = isBuffer;
Buffer.compare = compare;
Buffer.isEncoding = isEncoding;
Buffer.concat = concat;
Buffer.byteLength = byteLength;

methods.install(Buffer.prototype, {
    Buffer: Buffer,
    inspectMaxBytes: function () {
        return inspectMaxBytes;
    }
});

// SlowBuffer(size): an old name for allocUnsafeSlow.
function SlowBuffer(size) {
    return binding.create(checkSize(size));
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

// ---- the rest of the module ------------------------------------------------

function isUtf8(input) {
    if (require('internal/types').isTypedArray(input) ||
            common.isAnyArrayBuffer(input)) {
        return binding.isUtf8(input);
    }
    throw codes.ERR_INVALID_ARG_TYPE('input',
        ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
    if (require('internal/types').isTypedArray(input) ||
            common.isAnyArrayBuffer(input)) {
        return binding.isAscii(input);
    }
    throw codes.ERR_INVALID_ARG_TYPE('input',
        ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

// Blob and File need a store of their own that nodule does not have.
function Blob() {
    throw codes.ERR_NOT_SUPPORTED('Blob');
}

function File() {
    throw codes.ERR_NOT_SUPPORTED('File');
}

var base64 = require('internal/buffer_base64');

module.exports = {
    Buffer: Buffer,
    SlowBuffer: SlowBuffer,
    transcode: function transcode(source, fromEncoding, toEncoding) {
        return require('internal/buffer_transcode').transcode(source,
            fromEncoding, toEncoding);
    },
    isUtf8: isUtf8,
    isAscii: isAscii,
    kMaxLength: kMaxLength,
    kStringMaxLength: common.kStringMaxLength,
    btoa: base64.btoa,
    atob: base64.atob,
    constants: {
        MAX_LENGTH: kMaxLength,
        MAX_STRING_LENGTH: common.kStringMaxLength
    },
    INSPECT_MAX_BYTES: 50,
    Blob: Blob,
    resolveObjectURL: function resolveObjectURL() {
        // No Blob, so no blob: URL ever resolves.
        return undefined;
    },
    File: File
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
    get: function () {
        return inspectMaxBytes;
    },
    set: function (value) {
        errors.validateNumber(value, 'INSPECT_MAX_BYTES', 0);
        inspectMaxBytes = value;
    },
    enumerable: true,
    configurable: true
});
