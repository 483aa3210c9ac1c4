// copyFile: contents and permission bits, replacing by default,
// COPYFILE_EXCL, COPYFILE_FICLONE (falls back to copying),
// COPYFILE_FICLONE_FORCE (a clone or an error, never a crash), a file
// onto itself, large and empty files, /proc files (size 0), and
// no half copy left behind after a failure; in the three forms.
'use strict';
var assert = require('assert');
var fs = require('fs');
var C = fs.constants;

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-cp-');
process.chdir(dir);

var big = Buffer.alloc(3 * 1024 * 1024 + 11);
for (var i = 0; i + 4 <= big.length; i += 4096) {
    big.writeUInt32LE(i ^ 0x5a5a5a5a, i);
}
fs.writeFileSync('big', big);
fs.chmodSync('big', 416);
fs.writeFileSync('empty', '');

fs.copyFileSync('big', 'big2');
assert.ok(fs.readFileSync('big2').equals(big));
assert.strictEqual(fs.statSync('big2').mode & 511, 416);
fs.copyFileSync('empty', 'big2');
assert.strictEqual(fs.statSync('big2').size, 0, 'replaced, not merged');
assert.throws(function () {
    fs.copyFileSync('big', 'big2', C.COPYFILE_EXCL);
}, { code: 'EEXIST', syscall: 'copyfile', path: 'big', dest: 'big2' });
fs.copyFileSync('big', 'clone', C.COPYFILE_FICLONE);
assert.ok(fs.readFileSync('clone').equals(big));
try {
    fs.copyFileSync('big', 'forced', C.COPYFILE_FICLONE_FORCE);
    assert.ok(fs.readFileSync('forced').equals(big));
} catch (err) {
    assert.strictEqual(typeof err.code, 'string');
    assert.strictEqual(err.syscall, 'copyfile');
    assert.strictEqual(fs.existsSync('forced'), false, 'no half copy');
}
fs.copyFileSync('big', 'big');
assert.ok(fs.readFileSync('big').equals(big), 'a file onto itself');
fs.copyFileSync('/proc/self/status', 'status');
if (process.release.name === 'nodule') {
    // A file that reports size 0 is read to its end.  (Node copies
    // nothing here: libuv trusts the size.)
    assert.ok(fs.readFileSync('status', 'utf8').indexOf('Name:') === 0);
}
assert.throws(function () { fs.copyFileSync('.', 'x'); },
    { code: 'EISDIR' });
assert.strictEqual(fs.existsSync('x'), false);
assert.throws(function () { fs.copyFileSync('big', 'no/dir/x'); },
    { code: 'ENOENT', dest: 'no/dir/x' });

var left = 2;
fs.copyFile('big', 'cb', function (err) {
    assert.strictEqual(err, null);
    assert.ok(fs.readFileSync('cb').equals(big));
    fs.copyFile('big', 'cb', C.COPYFILE_EXCL, function (err2) {
        assert.strictEqual(err2.code, 'EEXIST');
        left--;
    });
});
fs.promises.copyFile('big', 'pr').then(function () {
    assert.ok(fs.readFileSync('pr').equals(big));
    return fs.promises.copyFile('missing', 'pr');
}).catch(function (err) {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.dest, 'pr');
    assert.ok(fs.readFileSync('pr').equals(big), 'dest untouched');
    left--;
});

process.on('exit', function () {
    assert.strictEqual(left, 0);
    process.chdir('/');
    fs.rmSync(dir, { recursive: true });
});
