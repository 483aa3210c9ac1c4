// The module's shape: exports in Node's order, zlib.constants (names and
// order as Node 20 lists them, read-only), zlib.codes (frozen, both
// directions), the legacy Z_* copies on the module, crc32 (values from
// the standard check vectors, chaining, argument errors), and Brotli,
// which throws ERR_NOT_SUPPORTED naming it.
'use strict';
var assert = require('assert');
var zlib = require('zlib');

assert.strictEqual(require('node:zlib'), zlib);
assert.deepStrictEqual(Object.keys(zlib), ['crc32', 'Deflate', 'Inflate',
    'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'BrotliCompress',
    'BrotliDecompress', 'deflate', 'deflateSync', 'gzip', 'gzipSync',
    'deflateRaw', 'deflateRawSync', 'unzip', 'unzipSync', 'inflate',
    'inflateSync', 'gunzip', 'gunzipSync', 'inflateRaw', 'inflateRawSync',
    'brotliCompress', 'brotliCompressSync', 'brotliDecompress',
    'brotliDecompressSync', 'createDeflate', 'createInflate',
    'createDeflateRaw', 'createInflateRaw', 'createGzip', 'createGunzip',
    'createUnzip', 'createBrotliCompress', 'createBrotliDecompress',
    'constants', 'codes']);

// ---- constants -------------------------------------------------------------

var c = zlib.constants;
var names = Object.keys(c);
assert.strictEqual(names.length, 107);
assert.deepStrictEqual(names.slice(0, 24), ['Z_NO_FLUSH', 'Z_PARTIAL_FLUSH',
    'Z_SYNC_FLUSH', 'Z_FULL_FLUSH', 'Z_FINISH', 'Z_BLOCK', 'Z_OK',
    'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR',
    'Z_DATA_ERROR', 'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR',
    'Z_NO_COMPRESSION', 'Z_BEST_SPEED', 'Z_BEST_COMPRESSION',
    'Z_DEFAULT_COMPRESSION', 'Z_FILTERED', 'Z_HUFFMAN_ONLY', 'Z_RLE',
    'Z_FIXED', 'Z_DEFAULT_STRATEGY']);
assert.strictEqual(names[24], 'ZLIB_VERNUM');
assert.strictEqual(names[names.length - 1], 'BROTLI_DECODER_ERROR_UNREACHABLE');
assert.deepStrictEqual([c.Z_NO_FLUSH, c.Z_PARTIAL_FLUSH, c.Z_SYNC_FLUSH,
    c.Z_FULL_FLUSH, c.Z_FINISH, c.Z_BLOCK], [0, 1, 2, 3, 4, 5]);
assert.deepStrictEqual([c.Z_OK, c.Z_STREAM_END, c.Z_NEED_DICT, c.Z_ERRNO,
    c.Z_STREAM_ERROR, c.Z_DATA_ERROR, c.Z_MEM_ERROR, c.Z_BUF_ERROR,
    c.Z_VERSION_ERROR], [0, 1, 2, -1, -2, -3, -4, -5, -6]);
assert.deepStrictEqual([c.DEFLATE, c.INFLATE, c.GZIP, c.GUNZIP,
    c.DEFLATERAW, c.INFLATERAW, c.UNZIP, c.BROTLI_DECODE, c.BROTLI_ENCODE],
[1, 2, 3, 4, 5, 6, 7, 8, 9]);
assert.strictEqual(c.Z_MAX_CHUNK, Infinity);
assert.strictEqual(c.Z_DEFAULT_CHUNK, 16384);
assert.strictEqual(c.BROTLI_MAX_QUALITY, 11);
assert.ok(c.ZLIB_VERNUM >= 0x1200, 'a zlib 1.2 or later');
assert.strictEqual(typeof process.versions.zlib, 'string');
// Read-only properties of an extensible object, as in Node.
assert.throws(function () {
    c.Z_OK = 5;
}, TypeError);
assert.strictEqual(Object.isFrozen(c), false);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(zlib, 'constants'),
    { value: c, writable: false, enumerable: true, configurable: false });

// ---- codes -----------------------------------------------------------------

assert.ok(Object.isFrozen(zlib.codes));
assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes['-3'], 'Z_DATA_ERROR');
assert.strictEqual(zlib.codes['2'], 'Z_NEED_DICT');
assert.strictEqual(Object.keys(zlib.codes).length, 18);

// ---- legacy constants on the module ----------------------------------------

assert.strictEqual(zlib.Z_OK, 0);
assert.strictEqual(zlib.Z_BEST_COMPRESSION, 9);
assert.strictEqual(zlib.GUNZIP, 4);
assert.strictEqual(zlib.Z_DEFAULT_CHUNK, 16384);
assert.strictEqual(zlib.BROTLI_MODE_TEXT, undefined);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(zlib, 'Z_FINISH'),
    { value: 4, writable: false, enumerable: false, configurable: false });

// ---- crc32 -----------------------------------------------------------------

assert.strictEqual(zlib.crc32(''), 0);
assert.strictEqual(zlib.crc32('123456789'), 0xcbf43926);
assert.strictEqual(zlib.crc32('hello'), 907060870);
assert.strictEqual(zlib.crc32(Buffer.from('hello')), 907060870);
assert.strictEqual(zlib.crc32(new Uint16Array([0x6568, 0x6c6c])),
    zlib.crc32('hell'));
var xhellox = new Uint8Array(Buffer.from('xhellox')).buffer;
assert.strictEqual(zlib.crc32(new DataView(xhellox, 1, 5)), 907060870);
// Chaining: crc32(b, crc32(a)) is crc32(a + b).
assert.strictEqual(zlib.crc32('world', zlib.crc32('hello ')),
    zlib.crc32('hello world'));
assert.strictEqual(zlib.crc32('\u00e9'), zlib.crc32(Buffer.from([0xc3,
    0xa9])));
// The gzip trailer holds the same CRC.
assert.strictEqual(zlib.gzipSync('123456789').readUInt32LE(
    zlib.gzipSync('123456789').length - 8), 0xcbf43926);

assert.throws(function () {
    zlib.crc32(5);
}, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "data" argument must be of type string or an instance ' +
        'of Buffer, TypedArray, or DataView. Received type number (5)'
});
assert.throws(function () {
    zlib.crc32(new ArrayBuffer(1));
}, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () {
    zlib.crc32('a', -1);
}, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "value" is out of range. It must be >= 0 && ' +
        '<= 4294967295. Received -1'
});
assert.throws(function () {
    zlib.crc32('a', 1.5);
}, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "value" is out of range. It must be an ' +
        'integer. Received 1.5'
});
assert.throws(function () {
    zlib.crc32('a', '1');
}, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "value" argument must be of type number. Received type ' +
        'string (\'1\')'
});

// ---- Brotli ----------------------------------------------------------------

['brotliCompressSync', 'brotliDecompressSync', 'brotliCompress',
    'brotliDecompress', 'createBrotliCompress', 'createBrotliDecompress',
    'BrotliCompress', 'BrotliDecompress'].forEach(function (name) {
    assert.throws(function () {
        zlib[name]('abc', function () {});
    }, function (err) {
        assert.strictEqual(err.code, 'ERR_NOT_SUPPORTED');
        assert.ok(/^Brotli (de)?compression \(zlib\./.test(err.message),
            err.message);
        assert.ok(err.message.indexOf(name) > 0);
        assert.ok(/is not supported by nodule$/.test(err.message));
        return true;
    });
});

// ---- classes ---------------------------------------------------------------

var Transform = require('stream').Transform;
['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw',
    'Unzip'].forEach(function (name) {
    var s = zlib['create' + name]();
    assert.ok(s instanceof zlib[name]);
    assert.ok(s instanceof Transform);
    assert.strictEqual(s.constructor, zlib[name]);
    assert.strictEqual(typeof s.params, 'function');
    assert.strictEqual(typeof s.flush, 'function');
    assert.strictEqual(typeof s.reset, 'function');
    assert.strictEqual(typeof s.close, 'function');
    s.close();
});

console.log('ok');
