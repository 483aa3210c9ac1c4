// Stats: every field, in Node's order and types; times in ms with
// fractions and Dates rounded like Node's; the type checks for files,
// folders, links, character devices, FIFOs... (through stat, lstat,
// fstat, in the three forms); throwIfNoEntry; bigint not supported;
// statfs.
'use strict';
var assert = require('assert');
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-stat-');
process.chdir(dir);
fs.writeFileSync('f', 'hello');
fs.symlinkSync('f', 'l');
fs.utimesSync('f', 1000.123456, 2000.5);

var KEYS = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino',
    'size', 'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs',
    'atime', 'mtime', 'ctime', 'birthtime'];
var st = fs.statSync('f');
assert.deepStrictEqual(Object.keys(st), KEYS);
KEYS.forEach(function (k) {
    if (/time$/.test(k)) {
        assert.ok(st[k] instanceof Date, k);
        assert.strictEqual(st[k].getTime(), Math.round(st[k + 'Ms']), k);
    } else {
        assert.strictEqual(typeof st[k], 'number', k);
    }
});
assert.strictEqual(st.size, 5);
assert.strictEqual(st.atimeMs, 1000123.456);
assert.strictEqual(st.mtimeMs, 2000500);
assert.ok(st.ctimeMs > 1.5e12);
assert.ok(st.birthtimeMs > 0 && st.birthtimeMs <= st.ctimeMs + 1);
assert.strictEqual(st.nlink, 1);
assert.ok(st.ino > 0 && st.blksize > 0);
assert.ok(st instanceof fs.Stats);

function kinds(s) {
    return ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket',
        'isCharacterDevice', 'isBlockDevice'].filter(function (m) {
        return s[m]();
    });
}
assert.deepStrictEqual(kinds(st), ['isFile']);
assert.deepStrictEqual(kinds(fs.statSync('.')), ['isDirectory']);
assert.deepStrictEqual(kinds(fs.lstatSync('l')), ['isSymbolicLink']);
assert.deepStrictEqual(kinds(fs.statSync('l')), ['isFile']);
assert.deepStrictEqual(kinds(fs.statSync('/dev/null')),
    ['isCharacterDevice']);
var fd = fs.openSync('f', 'r');
assert.deepStrictEqual(kinds(fs.fstatSync(fd)), ['isFile']);
assert.strictEqual(fs.fstatSync(fd).ino, st.ino);
fs.closeSync(fd);

assert.strictEqual(fs.statSync('nope', { throwIfNoEntry: false }),
    undefined);
assert.strictEqual(fs.lstatSync('nope', { throwIfNoEntry: false }),
    undefined);
assert.throws(function () {
    fs.statSync('f/x', { throwIfNoEntry: false });
}, { code: 'ENOTDIR' });
if (process.release.name === 'nodule') {
    assert.throws(function () { fs.statSync('f', { bigint: true }); },
        { code: 'ERR_NOT_SUPPORTED' });
}

var sf = fs.statfsSync('.');
assert.deepStrictEqual(Object.keys(sf),
    ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree']);
assert.ok(sf.bsize > 0 && sf.blocks > 0 && sf.bfree <= sf.blocks);

var left = 4;
fs.stat('f', function (err, s) {
    assert.strictEqual(err, null);
    assert.deepStrictEqual(s, st);
    left--;
});
fs.lstat('l', function (err, s) {
    assert.strictEqual(err, null);
    assert.ok(s.isSymbolicLink());
    left--;
});
fs.fstat(fs.openSync('f', 'r'), function (err, s) {
    assert.strictEqual(err, null);
    assert.strictEqual(s.size, 5);
    left--;
});
fs.promises.stat('f').then(function (s) {
    assert.strictEqual(s.mtimeMs, 2000500);
    return fs.promises.statfs('.');
}).then(function (s) {
    assert.strictEqual(s.bsize, sf.bsize);
    left--;
});

process.on('exit', function () {
    assert.strictEqual(left, 0);
    process.chdir('/');
    fs.rmSync(dir, { recursive: true });
});
