// Times, modes and owners: utimes/futimes/lutimes with Dates, seconds and
// numeric strings (kept to the microsecond), negative times meaning now,
// chmod/fchmod with numbers and octal strings, chown/fchown/lchown with
// -1 meaning unchanged, access with each mode, in the three forms; and
// lchmod, which Linux lacks, undefined as in Node.
'use strict';
var assert = require('assert');
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-tm-');
process.chdir(dir);
fs.writeFileSync('f', 'x');
fs.symlinkSync('f', 'l');

function times(p, stat) {
    var s = (stat || fs.statSync)(p);
    return [s.atimeMs, s.mtimeMs];
}

fs.utimesSync('f', 1, 2);
assert.deepStrictEqual(times('f'), [1000, 2000]);
fs.utimesSync('f', new Date(3000), new Date(4500.7)); // Dates: whole ms
assert.deepStrictEqual(times('f'), [3000, 4500]);
fs.utimesSync('f', '5.25', '6.000001');
assert.deepStrictEqual(times('f'), [5250, 6000.001]);
fs.utimesSync('f', 7.0000009, 8);
assert.deepStrictEqual(times('f'), [7000, 8000], 'microseconds kept');
var before = Date.now();
fs.utimesSync('f', -1, 8);
assert.ok(times('f')[0] >= before - 1000, 'a negative time means now');
var fd = fs.openSync('f', 'r+');
fs.futimesSync(fd, 11, 12);
assert.deepStrictEqual(times('f'), [11000, 12000]);
fs.lutimesSync('l', 21, 22);
assert.deepStrictEqual(times('l', fs.lstatSync), [21000, 22000]);
assert.deepStrictEqual(times('f'), [11000, 12000], 'target untouched');
assert.throws(function () { fs.utimesSync('f', NaN, 1); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { fs.utimesSync('f', Infinity, 1); },
    { code: 'ERR_INVALID_ARG_TYPE' });

fs.chmodSync('f', 416);
assert.strictEqual(fs.statSync('f').mode & 4095, 416);
fs.chmodSync('f', '4755');
assert.strictEqual(fs.statSync('f').mode & 4095, 2541);
fs.fchmodSync(fd, 384);
assert.strictEqual(fs.statSync('f').mode & 4095, 384);
assert.strictEqual(fs.lchmod, undefined);
assert.strictEqual(fs.lchmodSync, undefined);

var st = fs.statSync('f');
fs.chownSync('f', -1, -1);
fs.chownSync('f', st.uid, st.gid);
fs.fchownSync(fd, st.uid, -1);
fs.lchownSync('l', -1, st.gid);
assert.strictEqual(fs.statSync('f').uid, st.uid);
fs.closeSync(fd);

fs.accessSync('f');
fs.accessSync('f', fs.constants.R_OK | fs.constants.W_OK);
fs.accessSync('.', fs.constants.X_OK);
fs.chmodSync('f', 384);
if (process.getuid && process.getuid() !== 0) {
    assert.throws(function () { fs.accessSync('f', fs.constants.X_OK); },
        { code: 'EACCES', syscall: 'access' });
}

var left = 4;
fs.utimes('f', 31, 32, function (err) {
    assert.strictEqual(err, null);
    assert.deepStrictEqual(times('f'), [31000, 32000]);
    fs.futimes(fs.openSync('f', 'r'), 33, 34, function (err2) {
        assert.strictEqual(err2, null);
        assert.deepStrictEqual(times('f'), [33000, 34000]);
        left--;
    });
});
fs.chmod('f', '644', function (err) {
    assert.strictEqual(err, null);
    assert.strictEqual(fs.statSync('f').mode & 511, 420);
    fs.access('f', fs.constants.W_OK, function (err2) {
        assert.strictEqual(err2, null);
        left--;
    });
});
fs.lchown('l', -1, -1, function (err) {
    assert.strictEqual(err, null);
    left--;
});
fs.promises.lutimes('l', 41, 42).then(function () {
    assert.deepStrictEqual(times('l', fs.lstatSync), [41000, 42000]);
    return fs.promises.chown('f', -1, -1);
}).then(function () {
    return fs.promises.lchmod('l', 420);
}).catch(function (err) {
    assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED');
    left--;
});

process.on('exit', function () {
    assert.strictEqual(left, 0);
    process.chdir('/');
    fs.rmSync(dir, { recursive: true });
});
