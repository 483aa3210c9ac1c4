// tty: the module's shape, isatty(), and the errors of the stream
// constructors on fds that are not terminals (the pty tests, run through
// pty_run.py, cover real terminals).
'use strict';
var assert = require('assert');
var fs = require('fs');
var tty = require('tty');

assert.deepStrictEqual(Object.keys(tty).sort(),
    ['ReadStream', 'WriteStream', 'isatty']);
assert.strictEqual(require('node:tty'), tty);

// isatty answers false for anything that is not an open terminal's fd.
[-1, 1.5, '1', null, undefined, {}, NaN, Infinity, 2147483648].forEach(
    function (fd) {
        assert.strictEqual(tty.isatty(fd), false, String(fd));
    });
var path = require('path').join(require('os').tmpdir(),
    'nodule-tty-api-' + process.pid);
var fd = fs.openSync(path, 'w');
assert.strictEqual(tty.isatty(fd), false);

// A bad fd: RangeError ERR_INVALID_FD, as Node.
[-1, 1.5, 'x', null].forEach(function (bad) {
    assert.throws(function () { new tty.ReadStream(bad); }, {
        name: 'RangeError',
        code: 'ERR_INVALID_FD',
        message: '"fd" must be a positive integer: ' + bad
    });
    assert.throws(function () { tty.WriteStream(bad); }, {
        code: 'ERR_INVALID_FD'
    });
});

// A file is no terminal: SystemError ERR_TTY_INIT_FAILED with Node's info.
function initFailed(fn) {
    assert.throws(fn, function (err) {
        assert.strictEqual(err.name, 'SystemError');
        assert.strictEqual(err.code, 'ERR_TTY_INIT_FAILED');
        assert.strictEqual(err.message, 'TTY initialization failed: ' +
            'uv_tty_init returned EINVAL (invalid argument)');
        assert.strictEqual(err.syscall, 'uv_tty_init');
        assert.strictEqual(err.errno, err.info.errno);
        assert.strictEqual(err.info.code, 'EINVAL');
        assert.strictEqual(err.info.message, 'invalid argument');
        assert.strictEqual(err.info.syscall, 'uv_tty_init');
        assert.strictEqual(String(err), 'SystemError [ERR_TTY_INIT_FAILED]: ' +
            'TTY initialization failed: uv_tty_init returned EINVAL ' +
            '(invalid argument)');
        return true;
    });
}
initFailed(function () { new tty.ReadStream(fd); });
initFailed(function () { new tty.WriteStream(fd); });
fs.closeSync(fd);
fs.unlinkSync(path);

// A closed fd: EINVAL too, as libuv says.
initFailed(function () { new tty.WriteStream(fd); });

// Prototypes, as in Node: both streams are Duplex streams.
var stream = require('stream');
assert.ok(tty.ReadStream.prototype instanceof stream.Duplex);
assert.ok(tty.WriteStream.prototype instanceof stream.Duplex);
assert.strictEqual(tty.WriteStream.prototype.isTTY, true);
['setRawMode'].forEach(function (name) {
    assert.strictEqual(typeof tty.ReadStream.prototype[name], 'function');
});
['getColorDepth', 'hasColors', 'getWindowSize', 'cursorTo', 'moveCursor',
    'clearLine', 'clearScreenDown', '_refreshSize'].forEach(function (name) {
    assert.strictEqual(typeof tty.WriteStream.prototype[name], 'function',
        name);
});
