/*
 * zlib: Node's zlib module over the system's zlib.
 *
 * This file assembles the public surface, in Node's order:
 *   - the stream classes and their create*() functions
 *     (engine/js/zlib_stream.js);
 *   - the one-shot functions, each in two forms: gzipSync(buffer[, opts])
 *     compresses now and returns a Buffer; gzip(buffer[, opts], cb) does
 *     the work on the thread pool and calls cb(err, buffer). With
 *     `info: true` both give { buffer, engine } instead;
 *   - crc32(data[, value]), zlib.constants, zlib.codes, and the legacy
 *     Z_* constants on the module itself (read-only, not enumerable).
 *
 * Brotli is not in zlib, and nodule links nothing else: every Brotli
 * class and function throws ERR_NOT_SUPPORTED naming it. Its constants
 * are still listed in zlib.constants, as Node lists them.
 */
'use strict';

var zstream = require('internal/zlib_stream');
var zconst = require('internal/zlib_constants');
var errors = require('internal/errors');
var types = require('internal/types');
var binding = internalBinding('zlib');

var codes = errors.codes;

// ---- one-shot functions ----------------------------------------------------

// The input of a synchronous function: a string (as UTF-8) or any bytes.
function syncInput(buffer) {
    if (typeof buffer === 'string') {
        return Buffer.from(buffer);
    }
    if (types.isArrayBufferView(buffer)) {
        return buffer;
    }
    if (types.isAnyArrayBuffer(buffer)) {
        return Buffer.from(buffer);
    }
    throw codes.ERR_INVALID_ARG_TYPE('buffer',
        ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
        buffer);
}

// The input of a callback function, checked as Node's stream end() does:
// null and undefined compress nothing.
function asyncInput(buffer) {
    if (buffer === null || buffer === undefined) {
        return Buffer.alloc(0);
    }
    if (typeof buffer === 'string') {
        return Buffer.from(buffer);
    }
    if (types.isArrayBufferView(buffer)) {
        return buffer;
    }
    if (types.isAnyArrayBuffer(buffer)) {
        return Buffer.from(buffer);
    }
    throw codes.ERR_INVALID_ARG_TYPE('chunk',
        ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
}

function syncForm(Ctor) {
    return function syncBufferWrapper(buffer, opts) {
        var engine = new Ctor(opts);
        var out = zstream.processSync(engine, syncInput(buffer),
            engine._finishFlushFlag);
        return engine._info ? { buffer: out, engine: engine } : out;
    };
}

function asyncForm(Ctor) {
    return function asyncBufferWrapper(buffer, opts, callback) {
        if (typeof opts === 'function') {
            callback = opts;
            opts = {};
        }
        var engine = new Ctor(opts);
        errors.validateFunction(callback, 'callback');
        zstream.processAsync(engine, asyncInput(buffer),
            engine._finishFlushFlag, function (err, out) {
                if (err) {
                    callback(err);
                } else if (engine._info) {
                    callback(null, { buffer: out, engine: engine });
                } else {
                    callback(null, out);
                }
            });
    };
}

// ---- crc32 -----------------------------------------------------------------

// crc32(data[, value]); declared with one parameter, like Node's.
function crc32(data) {
    var value = arguments.length > 1 && arguments[1] !== undefined ?
        arguments[1] : 0;
    if (typeof data !== 'string' && !types.isArrayBufferView(data)) {
        throw codes.ERR_INVALID_ARG_TYPE('data',
            ['Buffer', 'TypedArray', 'DataView', 'string'], data);
    }
    if (typeof value !== 'number') {
        throw codes.ERR_INVALID_ARG_TYPE('value', 'number', value);
    }
    if (Math.floor(value) !== value) {
        throw codes.ERR_OUT_OF_RANGE('value', 'an integer', value);
    }
    if (value < 0 || value > 4294967295) {
        throw codes.ERR_OUT_OF_RANGE('value', '>= 0 && <= 4294967295', value);
    }
    return binding.crc32(data, value);
}

// ---- Brotli: not available -------------------------------------------------

// A stand-in that throws, e.g. "Brotli compression
// (zlib.brotliCompressSync()) is not supported by nodule".
function brotliMissing(kind, name) {
    return function () {
        throw codes.ERR_NOT_SUPPORTED('Brotli ' + kind + ' (zlib.' + name +
            '())');
    };
}

// ---- the module ------------------------------------------------------------

var Deflate = zstream.Deflate;
var Inflate = zstream.Inflate;
var Gzip = zstream.Gzip;
var Gunzip = zstream.Gunzip;
var DeflateRaw = zstream.DeflateRaw;
var InflateRaw = zstream.InflateRaw;
var Unzip = zstream.Unzip;

module.exports = {
    crc32: crc32,
    Deflate: Deflate,
    Inflate: Inflate,
    Gzip: Gzip,
    Gunzip: Gunzip,
    DeflateRaw: DeflateRaw,
    InflateRaw: InflateRaw,
    Unzip: Unzip,
    BrotliCompress: brotliMissing('compression', 'BrotliCompress'),
    BrotliDecompress: brotliMissing('decompression', 'BrotliDecompress'),
    deflate: asyncForm(Deflate),
    deflateSync: syncForm(Deflate),
    gzip: asyncForm(Gzip),
    gzipSync: syncForm(Gzip),
    deflateRaw: asyncForm(DeflateRaw),
    deflateRawSync: syncForm(DeflateRaw),
    unzip: asyncForm(Unzip),
    unzipSync: syncForm(Unzip),
    inflate: asyncForm(Inflate),
    inflateSync: syncForm(Inflate),
    gunzip: asyncForm(Gunzip),
    gunzipSync: syncForm(Gunzip),
    inflateRaw: asyncForm(InflateRaw),
    inflateRawSync: syncForm(InflateRaw),
    brotliCompress: brotliMissing('compression', 'brotliCompress'),
    brotliCompressSync: brotliMissing('compression', 'brotliCompressSync'),
    brotliDecompress: brotliMissing('decompression', 'brotliDecompress'),
    brotliDecompressSync: brotliMissing('decompression',
        'brotliDecompressSync'),
    createDeflate: function createDeflate(options) {
        return new Deflate(options);
    },
    createInflate: function createInflate(options) {
        return new Inflate(options);
    },
    createDeflateRaw: function createDeflateRaw(options) {
        return new DeflateRaw(options);
    },
    createInflateRaw: function createInflateRaw(options) {
        return new InflateRaw(options);
    },
    createGzip: function createGzip(options) {
        return new Gzip(options);
    },
    createGunzip: function createGunzip(options) {
        return new Gunzip(options);
    },
    createUnzip: function createUnzip(options) {
        return new Unzip(options);
    },
    createBrotliCompress: brotliMissing('compression', 'createBrotliCompress'),
    createBrotliDecompress: brotliMissing('decompression',
        'createBrotliDecompress')
};

Object.defineProperties(module.exports, {
    constants: {
        configurable: false,
        enumerable: true,
        writable: false,
        value: zconst.constants
    },
    codes: {
        configurable: false,
        enumerable: true,
        writable: false,
        value: zconst.codes
    }
});

// The legacy copies: zlib.Z_OK and the like, every constant but Brotli's.
Object.keys(zconst.constants).forEach(function (name) {
    if (name.indexOf('BROTLI') !== 0) {
        Object.defineProperty(module.exports, name, {
            enumerable: false,
            writable: false,
            configurable: false,
            value: zconst.constants[name]
        });
    }
});
