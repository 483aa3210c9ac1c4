// The fd-level calls readFile is built from: open, read, write, fstat,
// close; and the native argument checks behind them (Node's messages).
'use strict';
var assert = require('assert');
var fs = require('fs');

var file = (process.env.TMPDIR || '/tmp') + '/nodule-test-fs-fd-' +
    process.pid;
var fd = fs.openSync(file, 'w+');
assert.strictEqual(typeof fd, 'number');
assert.strictEqual(fs.writeSync(fd, 'abcdef'), 6);
assert.strictEqual(fs.writeSync(fd, new Buffer('XY'), 0, 2, 1), 2);
var buf = new Buffer(10);
assert.strictEqual(fs.readSync(fd, buf, 0, 10, 0), 6);
assert.strictEqual(buf.slice(0, 6).toString(), 'aXYdef');
assert.strictEqual(fs.fstatSync(fd).size, 6);
fs.closeSync(fd);

assert.throws(function () { fs.closeSync(-1); }, {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "fd" is out of range. It must be >= 0 && ' +
        '<= 2147483647. Received -1'
});
assert.throws(function () { fs.closeSync('x'); }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "fd" argument must be of type number. ' +
        "Received type string ('x')"
});
assert.throws(function () { fs.readSync(0, buf, 0, 1e10, 0); }, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "length" is out of range. It must be <= 10. ' +
        'Received 1410065408'
});
assert.throws(function () { fs.closeSync(1.5); }, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "fd" is out of range. It must be an integer. ' +
        'Received 1.5'
});
assert.throws(function () { fs.closeSync(987654); }, {
    code: 'EBADF', syscall: 'close'
});

fs.open(file, 'r', function (err, fd2) {
    assert.strictEqual(err, null);
    var b = new Buffer(3);
    fs.read(fd2, b, 0, 3, null, function (err2, n, same) {
        assert.strictEqual(err2, null);
        assert.strictEqual(n, 3);
        assert.strictEqual(same, b);
        assert.strictEqual(b.toString(), 'aXY');
        fs.fstat(fd2, function (err3, st) {
            assert.strictEqual(st.size, 6);
            fs.close(fd2, function (err4) {
                assert.strictEqual(err4, null);
                fs.unlinkSync(file);
                ok = true;
            });
        });
    });
});
var ok = false;
process.on('exit', function () { assert.ok(ok); });
