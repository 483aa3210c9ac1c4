// fs.readFile / readFileSync: bytes and text, errors shaped like Node's.
'use strict';
var assert = require('assert');
var fs = require('fs');

var text = fs.readFileSync(__filename, 'utf8');
assert.strictEqual(typeof text, 'string');
assert.ok(text.indexOf('fs.readFile / readFileSync') > 0);
var bytes = fs.readFileSync(__filename);
assert.ok(Buffer.isBuffer(bytes));
assert.strictEqual(bytes.length, fs.statSync(__filename).size);
assert.strictEqual(fs.readFileSync(__filename, { encoding: 'utf8' }), text);

assert.throws(function () { fs.readFileSync('/no/such/file'); }, {
    code: 'ENOENT',
    errno: -2,
    syscall: 'open',
    path: '/no/such/file',
    message: "ENOENT: no such file or directory, open '/no/such/file'"
});
assert.throws(function () { fs.readFileSync('/'); }, {
    code: 'EISDIR',
    syscall: 'read'
});
assert.throws(function () { fs.readFileSync(42.5); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { fs.readFile(__filename); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { fs.readFileSync('a\u0000b'); },
    { code: 'ERR_INVALID_ARG_VALUE' });

var done = [];
fs.readFile(__filename, function (err, data) {
    assert.strictEqual(err, null);
    assert.ok(Buffer.isBuffer(data));
    assert.strictEqual(data.toString(), text);
    done.push('buffer');
});
fs.readFile(__filename, 'utf8', function (err, data) {
    assert.strictEqual(err, null);
    assert.strictEqual(data, text);
    done.push('utf8');
});
fs.readFile('/no/such/file', function (err, data) {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.path, '/no/such/file');
    assert.strictEqual(data, undefined);
    done.push('enoent');
});
// A file whose size stat cannot tell: read until end of file.
fs.readFile('/proc/self/status', 'utf8', function (err, data) {
    assert.strictEqual(err, null);
    assert.ok(data.indexOf('Name:') === 0);
    done.push('proc');
});
process.on('exit', function () {
    assert.deepStrictEqual(done.sort(), ['buffer', 'enoent', 'proc', 'utf8']);
});
