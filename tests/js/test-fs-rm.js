// rm and rmdir: recursive removal of a deep and wide tree in one pool
// request, force, links never followed, errors (ERR_FS_EISDIR, ENOENT
// from lstat, ENOTDIR), the deprecated rmdir({ recursive }), in the
// three forms.
'use strict';
var assert = require('assert');
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-rm-');
process.chdir(dir);

// A tree 60 folders deep with files at every level, and a wide folder.
function makeTree(root) {
    var p = root;
    fs.mkdirSync(p);
    for (var i = 0; i < 60; i++) {
        fs.writeFileSync(p + '/file' + i, 'x');
        p += '/d' + i;
        fs.mkdirSync(p);
    }
    fs.mkdirSync(root + '/wide');
    for (var j = 0; j < 500; j++) {
        fs.writeFileSync(root + '/wide/' + j, '');
    }
    // A link to a folder outside: removed, not followed.
    fs.symlinkSync(dir + '/keep', root + '/wide/link');
}

fs.mkdirSync('keep');
fs.writeFileSync('keep/precious', 'p');

makeTree('t1');
assert.throws(function () { fs.rmSync('t1'); }, { code: 'ERR_FS_EISDIR' });
assert.throws(function () { fs.rmdirSync('t1'); }, { code: 'ENOTEMPTY' });
fs.rmSync('t1', { recursive: true });
assert.strictEqual(fs.existsSync('t1'), false);
assert.strictEqual(fs.readFileSync('keep/precious', 'utf8'), 'p');

assert.throws(function () { fs.rmSync('nope'); },
    { code: 'ENOENT', syscall: 'lstat', path: 'nope' });
fs.rmSync('nope', { force: true });
fs.rmSync('nope', { force: true, recursive: true });
fs.writeFileSync('plain', '');
fs.rmSync('plain');
assert.strictEqual(fs.existsSync('plain'), false);
fs.symlinkSync('keep', 'alink');
fs.rmSync('alink');
assert.ok(fs.existsSync('keep/precious'));

// The deprecated rmdir({ recursive: true }).
makeTree('t2');
fs.rmdirSync('t2', { recursive: true });
assert.strictEqual(fs.existsSync('t2'), false);
fs.writeFileSync('f2', '');
assert.throws(function () { fs.rmdirSync('f2', { recursive: true }); },
    { code: 'ENOTDIR', syscall: 'rmdir' });

var left = 4;
makeTree('t3');
fs.rm('t3', { recursive: true }, function (err) {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.existsSync('t3'), false);
    fs.rm('t3', function (err2) {
        assert.strictEqual(err2.code, 'ENOENT');
        fs.rm('keep', function (err3) {
            assert.strictEqual(err3.code, 'ERR_FS_EISDIR');
            left--;
        });
    });
});
makeTree('t4');
fs.promises.rm('t4', { recursive: true, maxRetries: 2 }).then(function () {
    assert.strictEqual(fs.existsSync('t4'), false);
    return fs.promises.rm('t4', { force: true });
}).then(function () {
    left--;
});
fs.mkdirSync('t5');
fs.rmdir('t5', function (err) {
    assert.strictEqual(err, null);
    fs.rmdir('t5', function (err2) {
        assert.strictEqual(err2.code, 'ENOENT');
        left--;
    });
});
makeTree('t6');
fs.rmdir('t6', { recursive: true }, function (err) {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.existsSync('t6'), false);
    left--;
});

process.on('exit', function () {
    assert.strictEqual(left, 0);
    process.chdir('/');
    fs.rmSync(dir, { recursive: true });
    assert.strictEqual(fs.existsSync(dir), false);
});
