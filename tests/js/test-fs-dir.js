// fs.opendir and fs.Dir: entries one at a time in the three forms (sync,
// callback, promise), small bufferSize batches, operations queued while
// a read is out, ERR_DIR_CONCURRENT_OPERATION for a synchronous call
// meanwhile, ERR_DIR_CLOSED after close, and async iteration reported as
// not supported.
'use strict';
var assert = require('assert');
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-dir-');
process.chdir(dir);
fs.mkdirSync('t');
var names = [];
for (var i = 0; i < 70; i++) {
    names.push('e' + i);
    fs.writeFileSync('t/e' + i, '');
}
fs.mkdirSync('t/sub');
names.push('sub');
names.sort();

// Synchronously, two entries per request.
var d = fs.opendirSync('t', { bufferSize: 2 });
assert.ok(d instanceof fs.Dir);
assert.strictEqual(d.path, 't');
var got = [];
var e;
while ((e = d.readSync()) !== null) {
    assert.ok(e instanceof fs.Dirent);
    assert.strictEqual(e.path, 't');
    assert.strictEqual(e.isDirectory(), e.name === 'sub');
    got.push(e.name);
}
assert.deepStrictEqual(got.sort(), names);
assert.strictEqual(d.readSync(), null);
d.closeSync();
assert.throws(function () { d.readSync(); }, {
    code: 'ERR_DIR_CLOSED', message: 'Directory handle was closed'
});
assert.throws(function () { d.closeSync(); }, { code: 'ERR_DIR_CLOSED' });
assert.throws(function () { d.read(function () {}); },
    { code: 'ERR_DIR_CLOSED' });
assert.throws(function () { fs.opendirSync('t', { bufferSize: 0 }); },
    { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { fs.opendirSync('t/e1'); },
    { code: 'ENOTDIR', syscall: 'opendir' });

var left = 3;

// Callbacks, with reads queued behind each other and close queued last.
fs.opendir('t', { bufferSize: 5 }, function (err, d2) {
    assert.ifError(err);
    var results = [];
    var pending = names.length + 1;
    function onEntry(err2, entry) {
        assert.ifError(err2);
        results.push(entry === null ? null : entry.name);
        pending--;
    }
    for (var k = 0; k <= names.length; k++) {
        d2.read(onEntry);
    }
    assert.throws(function () { d2.readSync(); },
        { code: 'ERR_DIR_CONCURRENT_OPERATION' });
    d2.close(function (err3) {
        assert.ifError(err3);
        assert.strictEqual(pending, 0, 'reads ran before the close');
        assert.strictEqual(results[results.length - 1], null);
        assert.deepStrictEqual(results.slice(0, -1).sort(), names);
        d2.close(function (err4) {
            assert.strictEqual(err4.code, 'ERR_DIR_CLOSED');
            left--;
        });
    });
});

// Promises.
fs.promises.opendir('t').then(function (d3) {
    var seen = [];
    function next() {
        return d3.read().then(function (entry) {
            if (entry === null) {
                return d3.close();
            }
            seen.push(entry.name);
            return next();
        });
    }
    return next().then(function () {
        assert.deepStrictEqual(seen.sort(), names);
        return d3.close().then(function () {
            assert.fail('closing twice resolved');
        }, function (err) {
            assert.strictEqual(err.code, 'ERR_DIR_CLOSED');
            left--;
        });
    });
});

// Async iteration needs for-await, which nodule's engine lacks.
var d4 = fs.opendirSync('t');
if (process.release.name === 'nodule') {
    assert.throws(function () { d4.entries(); },
        { code: 'ERR_NOT_SUPPORTED' });
}
d4.closeSync();
left--;

process.on('exit', function () {
    assert.strictEqual(left, 0);
    process.chdir('/');
    fs.rmSync(dir, { recursive: true });
});
