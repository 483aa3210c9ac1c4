// net: hostile and odd input never crashes: paths with NUL bytes or too
// long for a socket address, an enormous backlog, writes of the wrong
// type, the accessors and options of a socket that never connected, and
// writes after destroy.
'use strict';
var assert = require('assert');
var net = require('net');

var log = [];
var long = '/tmp/' + new Array(200).join('x');

assert.throws(function () {
    net.createServer().listen('/tmp/a\u0000b');
}, { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(function () {
    net.connect('/tmp/a\u0000b');
}, { code: 'ERR_INVALID_ARG_VALUE' });

var s = net.createServer();
s.on('error', function (err) {
    assert.strictEqual(err.code, 'ENAMETOOLONG');
    assert.strictEqual(err.syscall, 'listen');
    log.push('long listen');
});
s.listen(long);

var c = net.connect(long);
c.on('error', function (err) {
    assert.strictEqual(err.code, 'ENAMETOOLONG');
    assert.strictEqual(err.syscall, 'connect');
    log.push('long connect');
});

var big = net.createServer();
big.listen(0, '127.0.0.1', 1e12, function () {
    log.push('huge backlog');
    big.close();
});

var idle = new net.Socket();
assert.throws(function () {
    idle.write(5);
}, { code: 'ERR_INVALID_ARG_TYPE' });
assert.deepStrictEqual(idle.address(), {});
assert.strictEqual(idle.remoteAddress, undefined);
assert.strictEqual(idle.localPort, undefined);
assert.strictEqual(idle.bytesRead, 0);
assert.strictEqual(idle.pending, true);
assert.strictEqual(idle.setNoDelay(), idle);
assert.strictEqual(idle.setKeepAlive(true, -5), idle);
assert.strictEqual(idle.ref(), idle);
assert.strictEqual(idle.unref(), idle);
idle.destroy();
idle.write('after destroy', function (err) {
    assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    log.push('write after destroy');
});

assert.throws(function () {
    new net.Socket({ fd: 0 });
}, { code: 'ERR_NOT_SUPPORTED' });
assert.throws(function () {
    net.createServer().listen({ fd: 3 });
}, { code: 'ERR_NOT_SUPPORTED' });

process.on('exit', function () {
    assert.deepStrictEqual(log.sort(), ['huge backlog', 'long connect',
        'long listen', 'write after destroy']);
});
