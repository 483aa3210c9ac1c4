// dgram errors: 'error' events for bind EADDRINUSE (Node's message, code,
// errno, syscall, address, port), for a send whose host cannot be found
// (given to the callback when there is one, emitted otherwise); a datagram
// too large for UDP fails its send with EMSGSIZE; a throwing 'message'
// listener reaches uncaughtException.
'use strict';
var assert = require('assert');
var dgram = require('dgram');

var seen = {};
function mark(name) {
    seen[name] = (seen[name] || 0) + 1;
}
process.on('exit', function () {
    assert.deepStrictEqual(seen, { inuse: 1, lookupCb: 1, lookupEmit: 1,
        msgsize: 1, uncaught: 1 });
});

var a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', function () {
    var port = a.address().port;
    var b = dgram.createSocket('udp4');
    b.on('error', function (err) {
        mark('inuse');
        assert.strictEqual(err.message, 'bind EADDRINUSE 127.0.0.1:' + port);
        assert.strictEqual(err.code, 'EADDRINUSE');
        assert.strictEqual(err.syscall, 'bind');
        assert.strictEqual(err.address, '127.0.0.1');
        assert.strictEqual(err.port, port);
        assert.strictEqual(typeof err.errno, 'number');
        // The socket can still bind elsewhere.
        b.bind(0, '127.0.0.1', function () {
            b.close();
            a.close();
        });
    });
    b.bind(port, '127.0.0.1');
});

var c = dgram.createSocket('udp4');
c.send('x', 9, 'nonexistent.invalid', function (err) {
    mark('lookupCb');
    assert.strictEqual(err.syscall, 'getaddrinfo');
    assert.strictEqual(err.hostname, 'nonexistent.invalid');
    c.send('y', 9, 'nonexistent.invalid');
    c.once('error', function (err2) {
        mark('lookupEmit');
        assert.strictEqual(err2.hostname, 'nonexistent.invalid');
        c.close();
    });
});

var big = dgram.createSocket('udp4');
big.send(Buffer.alloc(70000), 9, '127.0.0.1', function (err) {
    mark('msgsize');
    assert.strictEqual(err.code, 'EMSGSIZE');
    assert.strictEqual(err.syscall, 'send');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, 9);
    big.close();
});

var thrower = dgram.createSocket('udp4');
thrower.on('message', function () {
    throw new Error('boom');
});
process.once('uncaughtException', function (err) {
    mark('uncaught');
    assert.strictEqual(err.message, 'boom');
    thrower.close();
});
thrower.bind(0, '127.0.0.1', function () {
    thrower.send('ping', thrower.address().port, '127.0.0.1');
});
