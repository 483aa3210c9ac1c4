// mkdtempSync, mkdirSync (plain and recursive), symlinkSync, unlinkSync,
// rmdirSync, realpath through a link; errors shaped like Node's.
'use strict';
var assert = require('assert');
var fs = require('fs');

var tmp = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-dirs-');
assert.ok(fs.statSync(tmp).isDirectory());
assert.ok(/nodule-dirs-[A-Za-z0-9]{6}$/.test(tmp), tmp);

assert.strictEqual(fs.mkdirSync(tmp + '/a'), undefined);
assert.throws(function () { fs.mkdirSync(tmp + '/a'); }, {
    code: 'EEXIST',
    syscall: 'mkdir',
    path: tmp + '/a',
    message: "EEXIST: file already exists, mkdir '" + tmp + "/a'"
});
assert.strictEqual(fs.mkdirSync(tmp + '/a/b/c', { recursive: true }),
    tmp + '/a/b');
assert.strictEqual(fs.mkdirSync(tmp + '/a/b/c', { recursive: true }),
    undefined);
assert.throws(function () { fs.mkdirSync(tmp + '/x/y'); },
    { code: 'ENOENT' });

fs.writeFileSync(tmp + '/a/file', 'data');
fs.symlinkSync(tmp + '/a/file', tmp + '/link');
assert.strictEqual(fs.readFileSync(tmp + '/link', 'utf8'), 'data');
assert.ok(fs.lstatSync(tmp + '/link').isSymbolicLink());
assert.strictEqual(fs.realpathSync(tmp + '/link'),
    fs.realpathSync(tmp + '/a/file'));
assert.throws(function () { fs.symlinkSync('x', tmp + '/link'); }, {
    code: 'EEXIST',
    syscall: 'symlink',
    path: 'x',
    dest: tmp + '/link'
});
assert.throws(function () { fs.rmdirSync(tmp + '/a'); },
    { code: 'ENOTEMPTY', syscall: 'rmdir' });
assert.throws(function () { fs.unlinkSync(tmp + '/nope'); },
    { code: 'ENOENT', syscall: 'unlink', path: tmp + '/nope' });

var realpathDone = false;
fs.realpath(tmp + '/link', function (err, p) {
    assert.strictEqual(err, null);
    assert.strictEqual(p, fs.realpathSync(tmp + '/a/file'));
    realpathDone = true;
    fs.unlinkSync(tmp + '/link');
    fs.unlinkSync(tmp + '/a/file');
    fs.rmdirSync(tmp + '/a/b/c');
    fs.rmdirSync(tmp + '/a/b');
    fs.rmdirSync(tmp + '/a');
    fs.rmdirSync(tmp);
    assert.strictEqual(fs.existsSync(tmp), false);
});
process.on('exit', function () { assert.ok(realpathDone); });
