// fs.writeFile(path, data[, encoding | options], callback) and
// fs.appendFile of a string path: the fast path (modules/fs_writefile.c)
// writes what the general path and writeFileSync write, for strings in
// every encoding, Buffers, Uint8Arrays and views into a larger buffer,
// empty data, with the mode asked for; its errors are the general path's
// (open with the path, write without); hundreds of calls in flight all
// land; a throwing callback reaches 'uncaughtException'; the forms it
// does not take still work on the general path.
'use strict';
var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodule-writefile-fast-'));
process.on('exit', function () {
    fs.rmSync(dir, { recursive: true, force: true });
});

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

var serial = 0;
function fresh(name) {
    return path.join(dir, (serial++) + '-' + name);
}

// Write with args, then check that the callback got (null) alone and the
// file holds want (a Buffer).
function writes(name, fn, args, want) {
    var file = fresh(name);
    var done = expect(name);
    fn.apply(fs, [file].concat(args, function (err) {
        assert.strictEqual(arguments.length, 1, name);
        assert.strictEqual(err, null, name);
        var got = fs.readFileSync(file);
        assert.strictEqual(got.toString('hex'), want.toString('hex'), name);
        done();
    }));
    return file;
}

// ---- data: strings, Buffers, Uint8Arrays, views, nothing ----------------

// ASCII, two-, three- and four-byte UTF-8, a lone surrogate (U+FFFD).
var text = 'plain, \u00e9\u20ac\ud83d\ude00 and a lone \ud800 half';
var bytes = Buffer.from([0, 1, 0x7f, 0x80, 0xfe, 0xff, 0xc3, 0x28]);

writes('utf8 string', fs.writeFile, [text], Buffer.from(text));
writes('ascii string', fs.writeFile, ['just ascii'],
    Buffer.from('just ascii'));
writes('buffer', fs.writeFile, [bytes], bytes);
writes('uint8array', fs.writeFile, [new Uint8Array([9, 8, 7])],
    Buffer.from([9, 8, 7]));
// A view into a larger buffer: only its own bytes.
var big = Buffer.from('0123456789');
writes('subarray', fs.writeFile, [big.subarray(3, 6)], Buffer.from('345'));
writes('uint8 view', fs.writeFile,
    [new Uint8Array(big.buffer, big.byteOffset + 7, 2)], Buffer.from('78'));
writes('empty string', fs.writeFile, [''], Buffer.alloc(0));
writes('empty buffer', fs.writeFile, [Buffer.alloc(0)], Buffer.alloc(0));
writes('empty hex', fs.writeFile, ['', 'hex'], Buffer.alloc(0));
// Other views take the general path, with the same bytes.
var u16 = new Uint16Array([0x4142, 0x4344]);
writes('uint16array', fs.writeFile, [u16], Buffer.from(u16.buffer));
writes('dataview', fs.writeFile,
    [new DataView(big.buffer, big.byteOffset + 1, 3)], Buffer.from('123'));

// A file already there is replaced whole.
var first = 'a much longer first version';
var longer = writes('replaced first', fs.writeFile, [first],
    Buffer.from(first));
var replacedDone = expect('replaced');
setImmediate(function again() {
    if (pending['replaced first']) {
        return setImmediate(again);
    }
    fs.writeFile(longer, 'short', function (err) {
        assert.strictEqual(err, null);
        assert.strictEqual(fs.readFileSync(longer, 'utf8'), 'short');
        replacedDone();
    });
});

// Data above 16 KiB is written from the value itself, not a copy: a
// large Buffer, and a large view into a larger one.
var large = Buffer.alloc(100 * 1024 + 5);
for (var k = 0; k < large.length; k++) {
    large[k] = (k * 31) & 0xff;
}
writes('large buffer', fs.writeFile, [large], large);
writes('large view', fs.writeFile, [large.subarray(3, 70000)],
    large.subarray(3, 70000));
writes('large uint16array', fs.writeFile,
    [new Uint16Array(large.buffer, large.byteOffset, 20000)],
    large.subarray(0, 40000));

// Strings made for the call and referenced nowhere else stay alive until
// written (a large one, one that needs UTF-8 of its own, one encoded).
function made(n, unit) {
    return new Array(n + 1).join(unit);
}
writes('temporary ascii', fs.writeFile, [made(100000, 'abcdefgh')],
    Buffer.from(made(100000, 'abcdefgh')));
writes('temporary astral', fs.writeFile, [made(50000, 'x\ud83d\ude00')],
    Buffer.from(made(50000, 'x\ud83d\ude00')));
writes('temporary hex', fs.writeFile, [made(100000, '0a1b'), 'hex'],
    Buffer.from(made(100000, '0a1b'), 'hex'));

// ---- encodings, every way of asking for one -----------------------------

var encodings = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le',
    'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'UTF8',
    'Latin1'];
var samples = {
    hex: '00ff7a80zz', // stops at the first pair that is not hex
    base64: 'aGVsbG8gd29y bGQ=garbage',
    base64url: 'aGVsbG8_d29-bGQ'
};
encodings.forEach(function (enc) {
    var s = samples[enc.toLowerCase()] || text;
    var want = Buffer.from(s, enc);
    writes('string ' + enc, fs.writeFile, [s, enc], want);
    writes('object ' + enc, fs.writeFile, [s, { encoding: enc }], want);
    writes('flag w ' + enc, fs.writeFile, [s, { encoding: enc, flag: 'w' }],
        want);
    // A Buffer's bytes are written as they are, whatever the encoding.
    writes('buffer ' + enc, fs.writeFile, [bytes, enc], bytes);
    // and as writeFileSync writes them
    var sync = fresh('sync ' + enc);
    fs.writeFileSync(sync, s, enc);
    assert.strictEqual(fs.readFileSync(sync, 'hex'), want.toString('hex'));
});
[[], [undefined], [null], [{}], [{ encoding: null }],
    [{ encoding: undefined, mode: undefined, flag: undefined }],
    [{ flush: false }], [{ flush: null }]].forEach(function (opts, i) {
    writes('default options ' + i, fs.writeFile, [text].concat(opts),
        Buffer.from(text));
});
// The callback in the options' place.
var inPlace = fresh('callback as options');
var inPlaceDone = expect('callback as options');
fs.writeFile(inPlace, text, function (err) {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.readFileSync(inPlace, 'utf8'),
        Buffer.from(text).toString());
    inPlaceDone();
}, null);

// ---- modes ---------------------------------------------------------------

var umask = process.umask();
[[0o600, 0o600], [0o640, 0o640], [0o100755, 0o755], [0, 0]].forEach(
    function (m) {
    var file = fresh('mode ' + m[0].toString(8));
    var done = expect('mode ' + m[0].toString(8));
    fs.writeFile(file, 'x', { mode: m[0] }, function (err) {
        assert.strictEqual(err, null);
        assert.strictEqual(fs.statSync(file).mode & 0o777, m[1] & ~umask);
        done();
    });
});
var defaultMode = fresh('mode default');
var defaultModeDone = expect('mode default');
fs.writeFile(defaultMode, 'x', function (err) {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.statSync(defaultMode).mode & 0o777, 0o666 & ~umask);
    defaultModeDone();
});
// A string mode takes the general path.
var octal = fresh('mode octal string');
var octalDone = expect('mode octal string');
fs.writeFile(octal, 'x', { mode: '604' }, function (err) {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.statSync(octal).mode & 0o777, 0o604 & ~umask);
    octalDone();
});

// ---- errors --------------------------------------------------------------

function checkError(name, err, code, syscall, file) {
    assert.ok(err instanceof Error, name);
    assert.strictEqual(err.code, code, name);
    assert.strictEqual(err.syscall, syscall, name);
    assert.strictEqual(err.path, file, name);
    assert.strictEqual(typeof err.errno, 'number', name);
    assert.ok(err.errno < 0, name);
    var detail = file === undefined ? syscall :
        syscall + " '" + file + "'";
    assert.strictEqual(err.message.slice(0, code.length + 2), code + ': ');
    assert.strictEqual(err.message.slice(-detail.length), detail, name);
}

function fails(name, fn, file, args, code, syscall, errPath) {
    var done = expect(name);
    fn.apply(fs, [file].concat(args, function (err) {
        assert.strictEqual(arguments.length, 1, name);
        checkError(name, err, code, syscall, errPath);
        done();
    }));
}

var missingDir = path.join(dir, 'no-such-dir', 'f');
fails('enoent', fs.writeFile, missingDir, ['x'], 'ENOENT', 'open',
    missingDir);
fails('enoent buffer', fs.writeFile, missingDir, [bytes, 'hex'], 'ENOENT',
    'open', missingDir);
fails('enoent append', fs.appendFile, missingDir, ['x'], 'ENOENT', 'open',
    missingDir);
fails('eisdir', fs.writeFile, dir, ['x'], 'EISDIR', 'open', dir);
var aFile = path.join(dir, 'a-file');
fs.writeFileSync(aFile, 'x');
var belowFile = path.join(aFile, 'below');
fails('enotdir', fs.writeFile, belowFile, ['x', 'latin1'], 'ENOTDIR', 'open',
    belowFile);
// A failure after open names the step and no path, as Node does.
if (fs.existsSync('/dev/full')) {
    fails('enospc', fs.writeFile, '/dev/full', ['x'], 'ENOSPC', 'write',
        undefined);
    fails('enospc append', fs.appendFile, '/dev/full', [bytes], 'ENOSPC',
        'write', undefined);
}
// Permission: only meaningful when not running as root.
if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    var locked = path.join(dir, 'locked');
    fs.writeFileSync(locked, 'x');
    fs.chmodSync(locked, 0o444);
    fails('eacces', fs.writeFile, locked, ['y'], 'EACCES', 'open', locked);
}
// The general path's errors have the same shape ('wx' on a file there).
fails('eexist', fs.writeFile, aFile, ['x', { flag: 'wx' }], 'EEXIST', 'open',
    aFile);

// Bad arguments throw at once, as on the general path.
assert.throws(function () { fs.writeFile(fresh('x'), 'x'); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { fs.writeFile(fresh('x'), 'x', 'utf8'); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { fs.writeFile(fresh('x'), 42, function () {}); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () {
    fs.writeFile(fresh('x'), 'x', 'nope', function () {});
}, { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(function () {
    fs.writeFile(fresh('x'), 'x', { mode: -1 }, function () {});
}, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () {
    fs.writeFile(fresh('x'), 'x', { mode: 1.5 }, function () {});
}, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () {
    fs.writeFile(fresh('x'), 'x', { flush: 1 }, function () {});
}, { code: 'ERR_INVALID_ARG_TYPE' });
// A NUL byte in the path: the general path's error, word for word.
var nulPath = 'a\u0000b\'\u00e9';
var nulMessage;
try {
    fs.writeFileSync(nulPath, 'x');
} catch (e) {
    nulMessage = e.message;
}
assert.ok(/without null bytes/.test(nulMessage), nulMessage);
[fs.writeFile, fs.appendFile, fs.readFile].forEach(function (fn) {
    assert.throws(function () { fn(nulPath, 'utf8', function () {}); },
        { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
          message: nulMessage });
});
assert.throws(function () {
    fs.writeFile(fresh('x'), 'x', 'buffer', function () {});
}, { code: 'ERR_UNKNOWN_ENCODING' });

// The callback is called later, never during the call.
var later = false;
var laterDone = expect('asynchronous');
fs.writeFile(fresh('later'), 'x', function () {
    assert.strictEqual(later, true);
    laterDone();
});
later = true;

// ---- appendFile ----------------------------------------------------------

var log = fresh('append');
var appendDone = expect('append');
fs.appendFile(log, 'one ', function (err) {
    assert.strictEqual(err, null);
    fs.appendFile(log, Buffer.from('two '), 'hex', function (err2) {
        assert.strictEqual(err2, null);
        fs.appendFile(log, '7468726565', { encoding: 'hex', flag: 'a' },
            function (err3) {
            assert.strictEqual(err3, null);
            assert.strictEqual(fs.readFileSync(log, 'utf8'), 'one two three');
            // flag 'w' replaces, on the general path
            fs.appendFile(log, 'four', { flag: 'w' }, function (err4) {
                assert.strictEqual(err4, null);
                assert.strictEqual(fs.readFileSync(log, 'utf8'), 'four');
                appendDone();
            });
        });
    });
});

// ---- forms the general path takes ---------------------------------------

writes('flush', fs.writeFile, [text, { flush: true }], Buffer.from(text));
writes('flag w+', fs.writeFile, [text, { flag: 'w+' }], Buffer.from(text));
writes('flag number', fs.writeFile,
    [text, { flag: fs.constants.O_WRONLY | fs.constants.O_CREAT }],
    Buffer.from(text));
var asBuffer = fresh('buffer path');
var asBufferDone = expect('buffer path');
fs.writeFile(Buffer.from(asBuffer), 'b', function (err) {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.readFileSync(asBuffer, 'utf8'), 'b');
    asBufferDone();
});
var asUrl = fresh('url path');
var asUrlDone = expect('url path');
fs.writeFile(new URL('file://' + asUrl), 'u', function (err) {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.readFileSync(asUrl, 'utf8'), 'u');
    asUrlDone();
});
var toFd = fresh('fd');
var fd = fs.openSync(toFd, 'w');
var fdDone = expect('fd');
fs.writeFile(fd, 'by fd', function (err) {
    assert.strictEqual(err, null);
    fs.closeSync(fd);
    assert.strictEqual(fs.readFileSync(toFd, 'utf8'), 'by fd');
    fdDone();
});

// ---- 500 in flight, every file read back ---------------------------------

var many = path.join(dir, 'many');
fs.mkdirSync(many);
var N = 500;
var manyForms = [undefined, 'utf8', 'hex', 'latin1', 'buffer'];
var manyLeft = N;
var manyDone = expect('500 in flight');
var manyWant = [];
for (var i = 0; i < N; i++) {
    (function (i) {
        var s = new Array(1 + i % 40).join('line ' + i + ' \u00e9\n');
        var form = manyForms[i % manyForms.length];
        var data = s;
        var want = Buffer.from(s);
        if (form === 'hex') {
            data = want.toString('hex');
        } else if (form === 'latin1') {
            want = Buffer.from(s, 'latin1');
        } else if (form === 'buffer') {
            data = want;
            form = undefined;
        }
        manyWant[i] = want;
        var file = path.join(many, 'f' + i);
        var args = form === undefined ? [file, data] : [file, data, form];
        fs.writeFile.apply(fs, args.concat(function (err) {
            assert.strictEqual(err, null);
            if (--manyLeft === 0) {
                readBack();
            }
        }));
    })(i);
}
function readBack() {
    var left = N;
    for (var j = 0; j < N; j++) {
        (function (j) {
            fs.readFile(path.join(many, 'f' + j), function (err, data) {
                assert.strictEqual(err, null);
                assert.ok(data.equals(manyWant[j]), 'file ' + j);
                if (--left === 0) {
                    manyDone();
                }
            });
        })(j);
    }
}

// ---- a throwing callback ---------------------------------------------------

var thrown = new Error('from the callback');
var caught = [];
var uncaught = expect('uncaughtException');
process.on('uncaughtException', function (err) {
    caught.push(err);
    assert.strictEqual(err, thrown);
    // the writes after it still complete
    var after = fresh('after the throw');
    fs.writeFile(after, 'still', function (err2) {
        assert.strictEqual(err2, null);
        assert.strictEqual(fs.readFileSync(after, 'utf8'), 'still');
        assert.strictEqual(caught.length, 1);
        uncaught();
    });
});
var ticked = expect('nextTick after the throw');
fs.writeFile(fresh('throws'), 'x', function () {
    process.nextTick(ticked);
    throw thrown;
});
