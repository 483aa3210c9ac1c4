// System errors from fs have Node's shape in all three forms: message
// "CODE: description, syscall 'path' -> 'dest'", code, errno, syscall,
// path and dest; and they are instances of Error.  ENOENT, EEXIST,
// ENOTDIR, EISDIR, ENOTEMPTY, EBADF.
'use strict';
var assert = require('assert');
var fs = require('fs');
var fsp = require('fs/promises');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-err-');
process.chdir(dir);
fs.writeFileSync('file', 'x');
fs.mkdirSync('full');
fs.writeFileSync('full/inner', 'y');

var ERRNO = { ENOENT: -2, EEXIST: -17, ENOTDIR: -20, EISDIR: -21,
    ENOTEMPTY: -39, EBADF: -9, EINVAL: -22 };
var TEXT = {
    ENOENT: 'no such file or directory',
    EEXIST: 'file already exists',
    ENOTDIR: 'not a directory',
    EISDIR: 'illegal operation on a directory',
    ENOTEMPTY: 'directory not empty',
    EBADF: 'bad file descriptor',
    EINVAL: 'invalid argument'
};

function expected(code, syscall, path, dest) {
    var e = { code: code, errno: ERRNO[code], syscall: syscall,
        message: code + ': ' + TEXT[code] + ', ' + syscall };
    if (path !== undefined) {
        e.path = path;
        e.message += " '" + path + "'";
    }
    if (dest !== undefined) {
        e.dest = dest;
        e.message += " -> '" + dest + "'";
    }
    return e;
}

function shape(err) {
    assert.ok(err instanceof Error, 'an Error: ' + err);
    var out = { code: err.code, errno: err.errno, syscall: err.syscall,
        message: err.message };
    if (err.path !== undefined) {
        out.path = err.path;
    }
    if (err.dest !== undefined) {
        out.dest = err.dest;
    }
    return out;
}

var pending = 0;
// name: fs function; args without the callback; the error expected (and
// the synchronous form's, if different).
function check(name, args, want, wantSync) {
    assert.throws(function () {
        fs[name + 'Sync'].apply(fs, args);
    }, function (err) {
        assert.deepStrictEqual(shape(err), wantSync || want, name + 'Sync');
        return true;
    });
    pending += 2;
    fs[name].apply(fs, args.concat(function (err) {
        assert.deepStrictEqual(shape(err), want, name);
        pending--;
    }));
    if (fsp[name] === undefined) {
        pending--;
        return;
    }
    fsp[name].apply(fsp, args).then(function () {
        assert.fail('fs.promises.' + name + ' resolved');
    }, function (err) {
        assert.deepStrictEqual(shape(err), want, 'promises.' + name);
        pending--;
    });
}

check('open', ['nope'], expected('ENOENT', 'open', 'nope'));
check('open', ['file', 'wx'], expected('EEXIST', 'open', 'file'));
check('open', ['file/x'], expected('ENOTDIR', 'open', 'file/x'));
check('open', ['full', 'w'], expected('EISDIR', 'open', 'full'));
check('readFile', ['nope'], expected('ENOENT', 'open', 'nope'));
check('readFile', ['full'], expected('EISDIR', 'read'));
check('writeFile', ['full', 'x'], expected('EISDIR', 'open', 'full'));
check('appendFile', ['nope/x', 'x'], expected('ENOENT', 'open', 'nope/x'));
check('stat', ['nope'], expected('ENOENT', 'stat', 'nope'));
check('lstat', ['file/x'], expected('ENOTDIR', 'lstat', 'file/x'));
check('access', ['nope'], expected('ENOENT', 'access', 'nope'));
check('mkdir', ['file'], expected('EEXIST', 'mkdir', 'file'));
check('mkdir', ['nope/x'], expected('ENOENT', 'mkdir', 'nope/x'));
check('mkdir', ['file/x/y', { recursive: true }],
    expected('ENOTDIR', 'mkdir', 'file/x/y'));
check('rmdir', ['full'], expected('ENOTEMPTY', 'rmdir', 'full'));
check('rmdir', ['file'], expected('ENOTDIR', 'rmdir', 'file'));
check('unlink', ['full'], expected('EISDIR', 'unlink', 'full'));
check('rename', ['nope', 'other'],
    expected('ENOENT', 'rename', 'nope', 'other'));
check('link', ['file', 'full'], expected('EEXIST', 'link', 'file', 'full'));
check('symlink', ['file', 'full'],
    expected('EEXIST', 'symlink', 'file', 'full'));
check('copyFile', ['nope', 'other'],
    expected('ENOENT', 'copyfile', 'nope', 'other'));
check('copyFile', ['full', 'other'],
    expected('EISDIR', 'copyfile', 'full', 'other'));
check('readlink', ['file'], expected('EINVAL', 'readlink', 'file'));
check('readdir', ['file'], expected('ENOTDIR', 'scandir', 'file'));
check('opendir', ['nope'], expected('ENOENT', 'opendir', 'nope'),
    expected('ENOENT', 'opendir'));
check('chmod', ['nope', 420], expected('ENOENT', 'chmod', 'nope'));
check('chown', ['nope', 0, 0], expected('ENOENT', 'chown', 'nope'));
check('utimes', ['nope', 1, 1], expected('ENOENT', 'utime', 'nope'));
check('lutimes', ['nope', 1, 1], expected('ENOENT', 'lutime', 'nope'));
check('truncate', ['full'], expected('EISDIR', 'open', 'full'));
// (Node's asynchronous mkdtemp names the template as the C library left
// it, with random letters: only the synchronous form is compared.)
assert.throws(function () { fs.mkdtempSync('nope/x'); }, function (err) {
    assert.deepStrictEqual(shape(err), expected('ENOENT', 'mkdtemp',
        'nope/xXXXXXX'));
    return true;
});
check('rm', ['nope'], expected('ENOENT', 'lstat', 'nope'));
check('close', [12345], expected('EBADF', 'close'));
check('fstat', [12345], expected('EBADF', 'fstat'));
check('fsync', [12345], expected('EBADF', 'fsync'));
check('ftruncate', [12345, 0], expected('EBADF', 'ftruncate'));
check('futimes', [12345, 1, 1], expected('EBADF', 'futime'));
check('fchmod', [12345, 420], expected('EBADF', 'fchmod'));
check('fchown', [12345, 0, 0], expected('EBADF', 'fchown'));
check('read', [12345, Buffer.alloc(1), 0, 1, 0], expected('EBADF', 'read'));
check('write', [12345, Buffer.alloc(1), 0, 1, 0],
    expected('EBADF', 'write'));

// rm of a directory without recursive: Node's SystemError.
assert.throws(function () { fs.rmSync('full'); }, function (err) {
    assert.strictEqual(err.name, 'SystemError');
    assert.strictEqual(err.code, 'ERR_FS_EISDIR');
    assert.strictEqual(err.message, 'Path is a directory: rm returned ' +
        'EISDIR (is a directory) full');
    assert.deepStrictEqual(err.info, { code: 'EISDIR',
        message: 'is a directory', path: 'full', syscall: 'rm', errno: 21 });
    assert.strictEqual(String(err), 'SystemError [ERR_FS_EISDIR]: ' +
        err.message);
    return true;
});

// An error inside rm's tree walk names that call.
process.on('exit', function () {
    assert.strictEqual(pending, 0, 'every callback and promise settled');
    process.chdir('/');
    fs.rmSync(dir, { recursive: true });
    assert.strictEqual(fs.existsSync(dir), false);
});
