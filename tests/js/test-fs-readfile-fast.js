// fs.readFile(path[, encoding], callback) of a small file: the fast path
// (modules/fs_readfile.c) gives what the general path and readFileSync
// give, in every encoding, for errors, for files it hands back to the
// general path (empty, directories, /proc, larger than 512 KiB), and with
// hundreds of calls in flight; a throwing callback reaches
// 'uncaughtException' as any other callback does.
'use strict';
var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodule-readfile-fast-'));
process.on('exit', function () {
    fs.rmSync(dir, { recursive: true, force: true });
});

// Bytes that exercise every decoder: ASCII, two-, three- and four-byte
// UTF-8, a malformed sequence, bytes above 0x7f, an odd length.
var bytes = Buffer.concat([
    Buffer.from('plain ascii, then \u00e9\u20ac\ud83d\ude00 '),
    Buffer.from([0xff, 0xfe, 0x80, 0xc3, 0x28, 0x00, 0x7f, 0x41, 0xe2])
]);
assert.strictEqual(bytes.length % 2, 1);
var file = path.join(dir, 'mixed.bin');
fs.writeFileSync(file, bytes);

var pending = {};
function expect(name) {
    assert.ok(!pending[name], name + ' twice');
    pending[name] = true;
    return function () {
        delete pending[name];
    };
}
process.on('exit', function (code) {
    if (code === 0) {
        assert.deepStrictEqual(Object.keys(pending), []);
    }
});

// ---- every encoding, every way of asking for it --------------------------

var encodings = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le',
    'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'UTF8',
    'Latin1'];
encodings.forEach(function (enc) {
    var want = bytes.toString(enc);
    var asString = expect('string ' + enc);
    fs.readFile(file, enc, function (err, data) {
        assert.strictEqual(err, null);
        assert.strictEqual(arguments.length, 2);
        assert.strictEqual(data, want, enc);
        assert.strictEqual(data, fs.readFileSync(file, enc), enc);
        asString();
    });
    var asObject = expect('object ' + enc);
    fs.readFile(file, { encoding: enc }, function (err, data) {
        assert.strictEqual(err, null);
        assert.strictEqual(data, want, enc);
        asObject();
    });
    // flag 'r' spelled out is still the fast path; 'rs' is not
    ['r', 'rs'].forEach(function (flag) {
        var withFlag = expect('flag ' + flag + ' ' + enc);
        fs.readFile(file, { encoding: enc, flag: flag }, function (err, data) {
            assert.strictEqual(err, null);
            assert.strictEqual(data, want, enc);
            withFlag();
        });
    });
});

// A Buffer: no options, undefined, null, { encoding: null }, {}.
[[], [undefined], [null], [{ encoding: null }], [{}]].forEach(
    function (opts, i) {
    var done = expect('buffer ' + i);
    fs.readFile.apply(fs, [file].concat(opts, function (err, data) {
        assert.strictEqual(err, null);
        assert.ok(Buffer.isBuffer(data));
        assert.ok(data instanceof Buffer);
        assert.strictEqual(Object.getPrototypeOf(data), Buffer.prototype);
        assert.strictEqual(data.length, bytes.length);
        assert.ok(data.equals(bytes));
        assert.strictEqual(data.toString('hex'), bytes.toString('hex'));
        assert.strictEqual(data.buffer.byteLength, bytes.length);
        done();
    }));
});

// 'buffer' is no encoding for readFile: the read succeeds, the decoding
// fails, as in Node.
['buffer', { encoding: 'buffer' }].forEach(function (opts, i) {
    var done = expect('encoding buffer ' + i);
    fs.readFile(file, opts, function (err, data) {
        assert.strictEqual(arguments.length, 1);
        assert.ok(err instanceof TypeError);
        assert.strictEqual(err.code, 'ERR_UNKNOWN_ENCODING');
        assert.strictEqual(err.message, 'Unknown encoding: buffer');
        assert.strictEqual(data, undefined);
        done();
    });
});
assert.throws(function () { fs.readFileSync(file, 'buffer'); },
    { code: 'ERR_UNKNOWN_ENCODING' });

// A file name beyond ASCII.
var named = path.join(dir, 'caf\u00e9-\u0444\u0430\u0439\u043b.txt');
fs.writeFileSync(named, 'named');
var nameDone = expect('non-ascii name');
fs.readFile(named, 'utf8', function (err, data) {
    assert.strictEqual(err, null);
    assert.strictEqual(data, 'named');
    nameDone();
});

// ---- asynchronous, and argument errors thrown at once --------------------

var called = false;
fs.readFile(file, function () {
    called = true;
});
assert.strictEqual(called, false);
assert.throws(function () { fs.readFile(file, 'utf8'); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { fs.readFile(file, 'nope', function () {}); },
    { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(function () { fs.readFile('a\u0000b', function () {}); },
    { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(function () { fs.readFile(42.5, 'utf8', function () {}); },
    { code: 'ERR_INVALID_ARG_TYPE' });

// ---- errors --------------------------------------------------------------

var missing = path.join(dir, 'missing');
['utf8', undefined].forEach(function (enc) {
    var done = expect('enoent ' + enc);
    fs.readFile(missing, enc, function (err, data) {
        assert.strictEqual(arguments.length, 1);
        assert.ok(err instanceof Error);
        assert.strictEqual(err.code, 'ENOENT');
        assert.strictEqual(err.errno, -2);
        assert.strictEqual(err.syscall, 'open');
        assert.strictEqual(err.path, missing);
        assert.strictEqual(err.message,
            "ENOENT: no such file or directory, open '" + missing + "'");
        assert.strictEqual(data, undefined);
        done();
    });
});
var notDir = path.join(file, 'below');
var enotdir = expect('enotdir');
fs.readFile(notDir, 'utf8', function (err) {
    assert.strictEqual(err.code, 'ENOTDIR');
    assert.strictEqual(err.syscall, 'open');
    assert.strictEqual(err.path, notDir);
    enotdir();
});
// A directory opens; the fast path hands it to the general path, whose
// read fails.
var eisdir = expect('eisdir');
fs.readFile(dir, 'utf8', function (err, data) {
    assert.strictEqual(arguments.length, 1);
    assert.strictEqual(err.code, 'EISDIR');
    assert.strictEqual(err.syscall, 'read');
    assert.strictEqual(err.path, undefined);
    assert.strictEqual(err.message,
        'EISDIR: illegal operation on a directory, read');
    assert.strictEqual(data, undefined);
    eisdir();
});

// ---- files the fast path hands to the general path -----------------------

var empty = path.join(dir, 'empty');
fs.writeFileSync(empty, '');
var emptyString = expect('empty string');
fs.readFile(empty, 'utf8', function (err, data) {
    assert.strictEqual(err, null);
    assert.strictEqual(data, '');
    emptyString();
});
var emptyBuffer = expect('empty buffer');
fs.readFile(empty, function (err, data) {
    assert.strictEqual(err, null);
    assert.ok(Buffer.isBuffer(data));
    assert.strictEqual(data.length, 0);
    emptyBuffer();
});
// Size 0 to fstat, contents all the same.
var procDone = expect('proc');
fs.readFile('/proc/self/status', 'latin1', function (err, data) {
    assert.strictEqual(err, null);
    assert.strictEqual(data.indexOf('Name:'), 0);
    procDone();
});
// Larger than 512 KiB: read in steps.
var large = Buffer.alloc(600 * 1024 + 3);
for (var i = 0; i < large.length; i++) {
    large[i] = 32 + (i * 7) % 95;
}
var largeFile = path.join(dir, 'large');
fs.writeFileSync(largeFile, large);
var largeBuffer = expect('large buffer');
fs.readFile(largeFile, function (err, data) {
    assert.strictEqual(err, null);
    assert.ok(Buffer.isBuffer(data));
    assert.ok(data.equals(large));
    largeBuffer();
});
var largeHex = expect('large hex');
fs.readFile(largeFile, 'hex', function (err, data) {
    assert.strictEqual(err, null);
    assert.strictEqual(data, large.toString('hex'));
    largeHex();
});
// Exactly 512 KiB: still one request.
var edgeFile = path.join(dir, 'edge');
fs.writeFileSync(edgeFile, large.slice(0, 512 * 1024));
var edge = expect('512 KiB');
fs.readFile(edgeFile, 'latin1', function (err, data) {
    assert.strictEqual(err, null);
    assert.strictEqual(data, large.slice(0, 512 * 1024).toString('latin1'));
    edge();
});

// ---- 500 in flight, every result checked ----------------------------------

var many = path.join(dir, 'many');
fs.mkdirSync(many);
var N = 500;
var manyEnc = [undefined, 'utf8', 'hex', 'base64', 'latin1'];
var contents = [];
for (i = 0; i < N; i++) {
    contents.push(Buffer.from(new Array(1 + i % 40).join('line ' + i +
        ' \u00e9\n')));
    fs.writeFileSync(path.join(many, 'f' + i), contents[i]);
}
var manyLeft = N;
var manyDone = expect('500 in flight');
for (i = 0; i < N; i++) {
    (function (i) {
        var enc = manyEnc[i % manyEnc.length];
        fs.readFile(path.join(many, 'f' + i), enc, function (err, data) {
            assert.strictEqual(err, null);
            if (enc === undefined) {
                assert.ok(Buffer.isBuffer(data));
                assert.ok(data.equals(contents[i]), 'file ' + i);
            } else {
                assert.strictEqual(data, contents[i].toString(enc),
                    'file ' + i);
            }
            if (--manyLeft === 0) {
                manyDone();
            }
        });
    })(i);
}

// ---- a throwing callback ---------------------------------------------------

var thrown = new Error('from the callback');
var caught = [];
var uncaught = expect('uncaughtException');
process.on('uncaughtException', function (err) {
    caught.push(err);
    assert.strictEqual(err, thrown);
    // the reads after it still complete
    fs.readFile(file, 'hex', function (err2, data) {
        assert.strictEqual(err2, null);
        assert.strictEqual(data, bytes.toString('hex'));
        assert.strictEqual(caught.length, 1);
        uncaught();
    });
});
var ticked = expect('nextTick after the throw');
fs.readFile(file, 'utf8', function () {
    process.nextTick(ticked);
    throw thrown;
});
