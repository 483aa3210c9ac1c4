// Bad compressed input gives Node's errors and never crashes: corrupt
// headers and data (Z_DATA_ERROR, errno -3, zlib's message), cut-off
// input (Z_BUF_ERROR, 'unexpected end of file'), dictionaries missing or
// wrong (Z_NEED_DICT), too much output (ERR_BUFFER_TOO_LARGE, which also
// stops a decompression bomb early), and a few thousand random
// corruptions of valid data in every format and form.
'use strict';
var assert = require('assert');
var zlib = require('zlib');

function zerror(code, errno, message) {
    return function (err) {
        assert.ok(err instanceof Error);
        assert.strictEqual(err.name, 'Error');
        assert.strictEqual(err.code, code);
        assert.strictEqual(err.errno, errno);
        assert.strictEqual(err.message, message);
        assert.deepStrictEqual(Object.keys(err), ['errno', 'code']);
        return true;
    };
}
var badHeader = zerror('Z_DATA_ERROR', -3, 'incorrect header check');
var cutShort = zerror('Z_BUF_ERROR', -5, 'unexpected end of file');

var gz = zlib.gzipSync('hello world');

// ---- corrupt and truncated -------------------------------------------------

['gunzipSync', 'inflateSync', 'unzipSync'].forEach(function (fn) {
    assert.throws(function () {
        zlib[fn](Buffer.from('this is not compressed'));
    }, badHeader, fn);
    assert.throws(function () {
        zlib[fn](Buffer.alloc(0));
    }, cutShort, fn + ' of nothing');
});
assert.throws(function () {
    zlib.inflateRawSync(Buffer.alloc(0));
}, cutShort);
assert.throws(function () {
    zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff, 0xff, 1, 2, 3]));
}, zerror('Z_DATA_ERROR', -3, 'invalid block type'));
assert.throws(function () {
    zlib.gunzipSync(gz.subarray(0, gz.length - 3));
}, cutShort);
assert.throws(function () {
    zlib.gunzipSync(gz.subarray(0, 5));
}, cutShort);
// A damaged trailer: the checksum or the length no longer match.
var badCrc = Buffer.from(gz);
badCrc[badCrc.length - 8] ^= 1;
assert.throws(function () {
    zlib.gunzipSync(badCrc);
}, zerror('Z_DATA_ERROR', -3, 'incorrect data check'));
var badLen = Buffer.from(gz);
badLen[badLen.length - 1] ^= 1;
assert.throws(function () {
    zlib.gunzipSync(badLen);
}, zerror('Z_DATA_ERROR', -3, 'incorrect length check'));
var badMethod = Buffer.from(gz);
badMethod[2] = 7;
assert.throws(function () {
    zlib.gunzipSync(badMethod);
}, zerror('Z_DATA_ERROR', -3, 'unknown compression method'));
// A zlib stream whose header asks for a bigger window than allowed.
assert.throws(function () {
    zlib.inflateSync(zlib.deflateSync('w'), { windowBits: 9 });
}, zerror('Z_DATA_ERROR', -3, 'invalid window size'));

// ---- gzip members, padding and garbage -------------------------------------

assert.strictEqual(zlib.gunzipSync(Buffer.concat([gz, gz])).toString(),
    'hello worldhello world');
assert.strictEqual(zlib.unzipSync(Buffer.concat([gz, gz, gz])).toString(),
    'hello worldhello worldhello world');
assert.strictEqual(zlib.gunzipSync(Buffer.concat([gz, Buffer.alloc(10)]))
    .toString(), 'hello world');
assert.throws(function () {
    zlib.gunzipSync(Buffer.concat([gz, Buffer.from('garbage')]));
}, badHeader);
assert.throws(function () {
    zlib.gunzipSync(Buffer.concat([gz, gz.subarray(0, 10)]));
}, cutShort);
// zlib streams stop at their end: what follows is ignored.
assert.strictEqual(zlib.inflateSync(Buffer.concat([zlib.deflateSync('a'),
    zlib.deflateSync('b')])).toString(), 'a');

// ---- dictionaries ----------------------------------------------------------

var dict = Buffer.from('abcdefgh');
var needsDict = zlib.deflateSync('abcdefgh abcdefgh', { dictionary: dict });
assert.throws(function () {
    zlib.inflateSync(needsDict);
}, zerror('Z_NEED_DICT', 2, 'Missing dictionary'));
assert.throws(function () {
    zlib.inflateSync(needsDict, { dictionary: Buffer.from('zzz') });
}, zerror('Z_NEED_DICT', 2, 'Bad dictionary'));

// ---- too much output: a decompression bomb ---------------------------------

var bomb = zlib.gzipSync(Buffer.alloc(32 * 1024 * 1024), { level: 9 });
assert.ok(bomb.length < 64 * 1024, 'a small file');
var start = Date.now();
assert.throws(function () {
    zlib.gunzipSync(bomb, { maxOutputLength: 1024 * 1024 });
}, {
    name: 'RangeError',
    code: 'ERR_BUFFER_TOO_LARGE',
    message: 'Cannot create a Buffer larger than 1048576 bytes'
});
// It stopped after about 1 MiB instead of inflating 32 MiB.
assert.ok(Date.now() - start < 2000);

// ---- the callback forms deliver the same errors ----------------------------

var pending = 0;

function expectError(fn, input, opts, check) {
    pending++;
    zlib[fn](input, opts, function (err, out) {
        assert.ok(check(err), fn);
        assert.strictEqual(out, undefined);
        pending--;
    });
}
expectError('gunzip', Buffer.from('nope'), {}, badHeader);
expectError('inflate', Buffer.alloc(0), {}, cutShort);
expectError('unzip', gz.subarray(0, 12), {}, cutShort);
expectError('inflate', needsDict, {},
    zerror('Z_NEED_DICT', 2, 'Missing dictionary'));
expectError('gunzip', bomb, { maxOutputLength: 4096 }, function (err) {
    return err.code === 'ERR_BUFFER_TOO_LARGE';
});

// ---- streams: 'error' with the same error, then 'close' --------------------

pending++;
var inf = zlib.createInflate();
var sawError = null;
inf.on('error', function (err) {
    sawError = err;
});
inf.on('close', function () {
    assert.ok(badHeader(sawError));
    assert.strictEqual(inf._closed, true);
    pending--;
});
inf.write(Buffer.from('garbage'));

pending++;
var gun = zlib.createGunzip();
gun.on('data', function () {});
gun.on('error', function (err) {
    assert.ok(cutShort(err));
    pending--;
});
gun.end(gz.subarray(0, 15));

// ---- random corruption never crashes ---------------------------------------

var seed = 99;
function random(n) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >> 8) % n;
}
var source = Buffer.from(new Array(200).join('fuzzing zlib streams 0123 '));
var formats = [['deflateSync', 'inflate'], ['gzipSync', 'gunzip'],
    ['deflateRawSync', 'inflateRaw'], ['gzipSync', 'unzip']];
var outcomes = { ok: 0, error: 0 };
formats.forEach(function (f) {
    var good = zlib[f[0]](source);
    for (var round = 0; round < 300; round++) {
        var bad = Buffer.from(good);
        var edits = 1 + random(4);
        for (var e = 0; e < edits; e++) {
            bad[random(bad.length)] = random(256);
        }
        if (random(4) === 0) {
            bad = bad.subarray(0, random(bad.length));
        }
        try {
            zlib[f[1] + 'Sync'](bad, { maxOutputLength: 1 << 20 });
            outcomes.ok++;
        } catch (err) {
            assert.ok(/^Z_|^ERR_BUFFER_TOO_LARGE$/.test(err.code), err.code);
            outcomes.error++;
        }
        if (round % 10 === 0) {
            pending++;
            zlib[f[1]](bad, function (err) {
                assert.ok(!err || /^Z_|^ERR_BUFFER/.test(err.code));
                pending--;
            });
        }
    }
});
assert.ok(outcomes.error > 600, JSON.stringify(outcomes));

process.on('exit', function (code) {
    if (code === 0) {
        assert.strictEqual(pending, 0, 'every callback ran');
        console.log('ok', JSON.stringify(outcomes));
    }
});
