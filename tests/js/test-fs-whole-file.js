// fs.readFile / writeFile of a path are one request each when they can
// be (a regular file of up to 512 KiB for readFile): the results and the
// errors must be the same on both sides of that limit, in every form.
'use strict';
var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodule-whole-'));
var LIMIT = 512 * 1024;

function bytes(n) {
    var b = Buffer.allocUnsafe(n);
    for (var i = 0; i < n; i++) {
        b[i] = (i * 7 + (i >> 9)) & 0xff;
    }
    return b;
}

// Files on both sides of the limit, and the edge cases of text.
var files = {
    empty: Buffer.alloc(0),
    one: Buffer.from('x'),
    atLimit: bytes(LIMIT),
    overLimit: bytes(LIMIT + 1),
    // a surrogate pair, an invalid byte and a truncated sequence
    text: Buffer.concat([Buffer.from('h\u00e9llo \ud83d\ude00 '),
        Buffer.from([0xff, 0x41, 0xe2, 0x82])])
};
Object.keys(files).forEach(function (name) {
    fs.writeFileSync(path.join(dir, name), files[name]);
});

var encodings = [undefined, 'utf8', 'UTF-8', 'latin1', 'hex',
    'base64', 'utf16le'];

function expected(buf, encoding) {
    return encoding === undefined ? buf :
        buf.toString(encoding);
}

function same(got, want, what) {
    if (Buffer.isBuffer(want)) {
        assert.ok(Buffer.isBuffer(got), what + ': a Buffer');
        assert.ok(got instanceof Uint8Array, what + ': a Uint8Array');
        assert.strictEqual(got.length, want.length, what + ': length');
        assert.ok(got.equals(want), what + ': bytes');
    } else {
        assert.strictEqual(typeof got, 'string', what + ': a string');
        assert.ok(got === want, what + ': text');
    }
}

// Synchronous forms.
Object.keys(files).forEach(function (name) {
    encodings.forEach(function (enc) {
        var p = path.join(dir, name);
        same(fs.readFileSync(p, enc), expected(files[name], enc),
            'readFileSync ' + name + ' ' + enc);
    });
});
// The Buffer a small read returns is an ordinary one: writable, sliceable.
var small = fs.readFileSync(path.join(dir, 'one'));
small[0] = 0x79;
assert.strictEqual(small.toString(), 'y');
assert.strictEqual(small.slice(0, 1).toString('hex'), '79');

// Errors name the step that failed, as Node's step-by-step code does.
var missing = path.join(dir, 'missing');
function checkMissing(err) {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'open');
    assert.strictEqual(err.path, missing);
    assert.strictEqual(err.message,
        "ENOENT: no such file or directory, open '" + missing + "'");
}
function checkIsDir(err) {
    assert.strictEqual(err.code, 'EISDIR');
    assert.strictEqual(err.syscall, 'read');
    assert.strictEqual(err.path, undefined);
}
function checkWriteDir(err) {
    assert.strictEqual(err.code, 'EISDIR');
    assert.strictEqual(err.syscall, 'open');
    assert.strictEqual(err.path, dir);
}
assert.throws(function () { fs.readFileSync(missing, 'utf8'); },
    function (e) { checkMissing(e); return true; });
assert.throws(function () { fs.readFileSync(dir); },
    function (e) { checkIsDir(e); return true; });
assert.throws(function () { fs.writeFileSync(dir, 'x'); },
    function (e) { checkWriteDir(e); return true; });
// flag 'wx' on an existing file: open's EEXIST, with the path.
assert.throws(function () {
    fs.writeFileSync(path.join(dir, 'one'), 'y', { flag: 'wx' });
}, { code: 'EEXIST', syscall: 'open', path: path.join(dir, 'one') });
// readFile with a writing flag creates the file, as open does.
assert.strictEqual(fs.readFileSync(path.join(dir, 'made'),
    { encoding: 'utf8', flag: 'a+' }), '');
assert.ok(fs.existsSync(path.join(dir, 'made')));

// writeFileSync: strings (UTF-8 or another encoding), views, flush, mode.
var out = path.join(dir, 'out');
fs.writeFileSync(out, 'h\u00e9 \ud83d\ude00');
assert.strictEqual(fs.readFileSync(out, 'hex'), '68c3a920f09f9880');
fs.writeFileSync(out, '68c3a9', 'hex');
assert.strictEqual(fs.readFileSync(out, 'utf8'), 'h\u00e9');
fs.writeFileSync(out, new Uint16Array([0x6968]), { flush: true });
assert.strictEqual(fs.readFileSync(out, 'latin1'), 'hi');
fs.writeFileSync(out, new DataView(new ArrayBuffer(2)));
assert.strictEqual(fs.readFileSync(out, 'hex'), '0000');
fs.writeFileSync(out, '');
assert.strictEqual(fs.statSync(out).size, 0);
fs.writeFileSync(path.join(dir, 'private'), 'p', { mode: 384 });
assert.strictEqual(fs.statSync(path.join(dir, 'private')).mode & 511, 384);
fs.appendFileSync(out, 'ab');
fs.appendFileSync(out, 'cd');
assert.strictEqual(fs.readFileSync(out, 'utf8'), 'abcd');

// Callback forms: everything in flight at once.
var pending = 0;
var finished = 0;
function expect(fn) {
    pending++;
    return function () {
        fn.apply(null, arguments);
        finished++;
    };
}
Object.keys(files).forEach(function (name) {
    encodings.forEach(function (enc) {
        fs.readFile(path.join(dir, name), enc, expect(function (err, data) {
            assert.strictEqual(err, null);
            same(data, expected(files[name], enc),
                'readFile ' + name + ' ' + enc);
        }));
    });
});
fs.readFile(missing, expect(function (err, data) {
    checkMissing(err);
    assert.strictEqual(data, undefined);
}));
fs.readFile(dir, 'utf8', expect(function (err) { checkIsDir(err); }));
fs.writeFile(dir, 'x', expect(function (err) { checkWriteDir(err); }));
fs.writeFile(path.join(dir, 'one'), 'y', { flag: 'wx' },
    expect(function (err) {
        assert.strictEqual(err.code, 'EEXIST');
        assert.strictEqual(err.syscall, 'open');
    }));

var N = 300;
function writeThenRead(i) {
    var p = path.join(dir, 'many' + i);
    var content = new Array(i + 2).join('line ' + i + '\n');
    fs.writeFile(p, content, { flush: i % 50 === 0 },
        expect(function (err) {
            assert.strictEqual(err, null);
            // Node calls back with the error alone.
            assert.strictEqual(arguments.length, 1);
            fs.readFile(p, 'utf8', expect(function (err2, data) {
                assert.strictEqual(err2, null);
                assert.strictEqual(data, content);
            }));
        }));
}
for (var i = 0; i < N; i++) {
    writeThenRead(i);
}
fs.appendFile(path.join(dir, 'appended'), 'one', expect(function (err) {
    assert.strictEqual(err, null);
    fs.appendFile(path.join(dir, 'appended'), Buffer.from(' two'),
        expect(function (err2) {
            assert.strictEqual(err2, null);
            assert.strictEqual(fs.readFileSync(path.join(dir, 'appended'),
                'utf8'), 'one two');
        }));
}));

process.on('exit', function () {
    assert.strictEqual(finished, pending);
    fs.rmSync(dir, { recursive: true, force: true });
});
