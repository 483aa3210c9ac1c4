// realpath: Node's algorithm (".." is taken textually before links are
// followed; errors name the lstat or stat of the absolute partial path;
// cycles end in ELOOP from stat), .native (the C library's, errors name
// realpath and the path as given), encodings, in the three forms.
'use strict';
var assert = require('assert');
var fs = require('fs');
var path = require('path');

var dir = fs.realpathSync.native(fs.mkdtempSync(
    (process.env.TMPDIR || '/tmp') + '/nodule-rp-'));
process.chdir(dir);
fs.mkdirSync('a/b/c', { recursive: true });
fs.writeFileSync('a/file', '');
fs.symlinkSync(dir + '/a/b/c', 'abs');
fs.symlinkSync('a/b', 'rel');
fs.symlinkSync('../file', 'a/b/up');
fs.symlinkSync('rel', 'chain');
fs.symlinkSync('loop2', 'loop1');
fs.symlinkSync('loop1', 'loop2');

var rp = fs.realpathSync;
assert.strictEqual(rp('.'), dir);
assert.strictEqual(rp('a/file'), dir + '/a/file');
assert.strictEqual(rp('abs'), dir + '/a/b/c');
assert.strictEqual(rp('abs/..'), dir, '".." before the link');
assert.strictEqual(rp.native('abs/..'), dir + '/a/b', 'native: after');
assert.strictEqual(rp('chain/up'), dir + '/a/file');
assert.strictEqual(rp('chain/c/../up'), dir + '/a/file');
assert.strictEqual(rp(dir + '//a///b/'), dir + '/a/b');
assert.strictEqual(rp(Buffer.from('rel')), dir + '/a/b');
assert.ok(Buffer.isBuffer(rp('rel', 'buffer')));
assert.strictEqual(rp('rel', { encoding: 'hex' }),
    Buffer.from(dir + '/a/b').toString('hex'));

assert.throws(function () { rp('chain/nope/x'); }, {
    code: 'ENOENT', syscall: 'lstat', path: dir + '/a/b/nope',
    message: "ENOENT: no such file or directory, lstat '" + dir +
        "/a/b/nope'"
});
assert.throws(function () { rp('a/file/x'); },
    { code: 'ENOTDIR', syscall: 'lstat', path: dir + '/a/file/x' });
assert.throws(function () { rp('loop1'); },
    { code: 'ELOOP', syscall: 'stat', path: dir + '/loop1' });
assert.throws(function () { rp.native('loop1'); },
    { code: 'ELOOP', syscall: 'realpath', path: 'loop1' });
assert.throws(function () { rp.native('nope'); }, {
    code: 'ENOENT', syscall: 'realpath', path: 'nope',
    message: "ENOENT: no such file or directory, realpath 'nope'"
});

var left = 4;
fs.realpath('chain/up', function (err, p) {
    assert.strictEqual(err, null);
    assert.strictEqual(p, dir + '/a/file');
    left--;
});
fs.realpath('loop2/x', function (err) {
    assert.strictEqual(err.code, 'ELOOP');
    assert.strictEqual(err.path, dir + '/loop2');
    left--;
});
fs.realpath.native('abs/..', function (err, p) {
    assert.strictEqual(err, null);
    assert.strictEqual(p, path.join(dir, 'a/b'));
    left--;
});
fs.promises.realpath('abs').then(function (p) {
    assert.strictEqual(p, dir + '/a/b/c');
    return fs.promises.realpath('nope');
}).catch(function (err) {
    assert.strictEqual(err.syscall, 'realpath');
    left--;
});

process.on('exit', function () {
    assert.strictEqual(left, 0);
    process.chdir('/');
    fs.rmSync(dir, { recursive: true });
});
