// Options are checked as Node checks them: a non-number is
// ERR_INVALID_ARG_TYPE, a number out of range (or infinite) is
// ERR_OUT_OF_RANGE with Node's wording ("It must be >= -1 and <= 9"),
// undefined and NaN mean the default.  Also: flush and finishFlush,
// maxOutputLength, info, and the input and callback checks of the
// one-shot functions.
'use strict';
var assert = require('assert');
var zlib = require('zlib');

var kMaxLength = require('buffer').kMaxLength;

function throwsRange(fn, name, range, received) {
    assert.throws(fn, {
        name: 'RangeError',
        code: 'ERR_OUT_OF_RANGE',
        message: 'The value of "' + name + '" is out of range. It must be ' +
            range + '. Received ' + received
    });
}

function throwsType(fn, message) {
    assert.throws(fn, {
        name: 'TypeError',
        code: 'ERR_INVALID_ARG_TYPE',
        message: message
    });
}

// ---- numeric options -------------------------------------------------------

throwsRange(function () {
    zlib.gzipSync('a', { level: 10 });
}, 'options.level', '>= -1 and <= 9', '10');
throwsRange(function () {
    zlib.createDeflate({ level: -2 });
}, 'options.level', '>= -1 and <= 9', '-2');
throwsRange(function () {
    zlib.deflateSync('a', { level: Infinity });
}, 'options.level', 'a finite number', 'Infinity');
throwsType(function () {
    zlib.gzipSync('a', { level: '1' });
}, 'The "options.level" property must be of type number. ' +
    'Received type string (\'1\')');
throwsRange(function () {
    zlib.gzipSync('a', { memLevel: 0 });
}, 'options.memLevel', '>= 1 and <= 9', '0');
throwsRange(function () {
    zlib.gzipSync('a', { strategy: 5 });
}, 'options.strategy', '>= 0 and <= 4', '5');
throwsRange(function () {
    zlib.deflateSync('a', { windowBits: 7 });
}, 'options.windowBits', '>= 8 and <= 15', '7');
// A gzip header cannot say 256 bytes, so gzip starts at 9.
throwsRange(function () {
    zlib.gzipSync('a', { windowBits: 8 });
}, 'options.windowBits', '>= 9 and <= 15', '8');
throwsRange(function () {
    zlib.inflateRawSync('a', { windowBits: 0 });
}, 'options.windowBits', '>= 8 and <= 15', '0');
throwsRange(function () {
    zlib.gzipSync('a', { chunkSize: 63 });
}, 'options.chunkSize', '>= 64', '63');
throwsType(function () {
    zlib.gzipSync('a', { chunkSize: 'x' });
}, 'The "options.chunkSize" property must be of type number. ' +
    'Received type string (\'x\')');
throwsRange(function () {
    zlib.gzipSync('a', { flush: 6 });
}, 'options.flush', '>= 0 and <= 5', '6');
throwsRange(function () {
    zlib.gzipSync('a', { finishFlush: -1 });
}, 'options.finishFlush', '>= 0 and <= 5', '-1');
throwsRange(function () {
    zlib.gzipSync('a', { maxOutputLength: 0 });
}, 'options.maxOutputLength', '>= 1 and <= ' + kMaxLength, '0');
throwsType(function () {
    zlib.deflateSync('a', { dictionary: 'abc' });
}, 'The "options.dictionary" property must be an instance of Buffer, ' +
    'TypedArray, DataView, or ArrayBuffer. Received type string (\'abc\')');

// undefined and NaN are the defaults; fractions are cut off.
var plain = zlib.gzipSync('abc');
assert.ok(zlib.gzipSync('abc', { level: NaN, memLevel: undefined })
    .equals(plain));
assert.ok(zlib.gzipSync('abc', { level: 6.7 }).equals(plain));
assert.ok(zlib.gzipSync('abc', {}).equals(plain));
// Inflaters take windowBits 0, null or undefined as "from the header".
assert.strictEqual(zlib.inflateSync(zlib.deflateSync('w'),
    { windowBits: null }).toString(), 'w');

// The stream's own options reach the Transform, except the ones that
// would stop it carrying bytes.
var s = zlib.createGzip({ highWaterMark: 100, objectMode: true });
assert.strictEqual(s.readableHighWaterMark, 100);
assert.strictEqual(s.writableObjectMode, false);
assert.strictEqual(s._chunkSize, 16384);
assert.strictEqual(s._level, -1);
assert.strictEqual(s._strategy, 0);
assert.strictEqual(s._defaultFlushFlag, zlib.constants.Z_NO_FLUSH);
assert.strictEqual(s._finishFlushFlag, zlib.constants.Z_FINISH);
assert.strictEqual(s._defaultFullFlushFlag, zlib.constants.Z_FULL_FLUSH);
assert.strictEqual(s._maxOutputLength, kMaxLength);
assert.strictEqual(s.bytesWritten, 0);
assert.strictEqual(s._closed, false);
s.close();
assert.strictEqual(s._closed, true);

// ---- the one-shot functions' arguments -------------------------------------

throwsType(function () {
    zlib.gzipSync(123);
}, 'The "buffer" argument must be of type string or an instance of ' +
    'Buffer, TypedArray, DataView, or ArrayBuffer. Received type number ' +
    '(123)');
throwsType(function () {
    zlib.inflateSync(null);
}, 'The "buffer" argument must be of type string or an instance of ' +
    'Buffer, TypedArray, DataView, or ArrayBuffer. Received null');
throwsType(function () {
    zlib.gzip('abc');
}, 'The "callback" argument must be of type function. Received undefined');
throwsType(function () {
    zlib.gzip('abc', {}, 5);
}, 'The "callback" argument must be of type function. Received type ' +
    'number (5)');
// The callback form checks its input as a stream's end() would.
throwsType(function () {
    zlib.gzip(false, function () {});
}, 'The "chunk" argument must be of type string or an instance of ' +
    'Buffer, TypedArray, or DataView. Received type boolean (false)');
// Options are checked before the callback, as in Node.
throwsRange(function () {
    zlib.deflate('a', { level: 99 });
}, 'options.level', '>= -1 and <= 9', '99');

// ---- maxOutputLength and info ----------------------------------------------

var thousand = zlib.gzipSync(Buffer.alloc(1000));
assert.throws(function () {
    zlib.gunzipSync(thousand, { maxOutputLength: 999 });
}, {
    name: 'RangeError',
    code: 'ERR_BUFFER_TOO_LARGE',
    message: 'Cannot create a Buffer larger than 999 bytes'
});
assert.strictEqual(zlib.gunzipSync(thousand, { maxOutputLength: 1000 })
    .length, 1000);

var info = zlib.deflateSync('abcdef', { info: true });
assert.deepStrictEqual(Object.keys(info), ['buffer', 'engine']);
assert.ok(info.engine instanceof zlib.Deflate);
assert.strictEqual(info.engine.bytesWritten, 6);
assert.strictEqual(info.engine._closed, true);
assert.strictEqual(zlib.inflateSync(info.buffer).toString(), 'abcdef');

// finishFlush Z_SYNC_FLUSH reads what a cut stream holds so far.
var cut = zlib.deflateSync('partial data here').subarray(0, 12);
assert.throws(function () {
    zlib.inflateSync(cut);
}, { code: 'Z_BUF_ERROR', message: 'unexpected end of file' });
var partial = zlib.inflateSync(cut,
    { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString();
assert.ok('partial data here'.indexOf(partial) === 0 && partial.length > 0);

var pending = 3;
zlib.gunzip(thousand, { maxOutputLength: 10 }, function (err, out) {
    assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
    assert.strictEqual(err.message,
        'Cannot create a Buffer larger than 10 bytes');
    assert.strictEqual(out, undefined);
    pending--;
});
zlib.gzip('abcd', { info: true }, function (err, res) {
    assert.ifError(err);
    assert.ok(res.engine instanceof zlib.Gzip);
    assert.strictEqual(res.engine.bytesWritten, 4);
    assert.strictEqual(zlib.gunzipSync(res.buffer).toString(), 'abcd');
    pending--;
});
zlib.gzip(null, function (err, res) {
    assert.ifError(err);
    assert.strictEqual(zlib.gunzipSync(res).length, 0);
    pending--;
});

process.on('exit', function (code) {
    if (code === 0) {
        assert.strictEqual(pending, 0, 'every callback ran');
        console.log('ok');
    }
});
