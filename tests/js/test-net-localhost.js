// net: host names through dns.lookup: a server listening on 'localhost'
// and a client connecting to 'localhost' (with its 'lookup' event), a
// refused connection to a name, and a name that does not resolve as the
// socket's 'error'.
'use strict';
var assert = require('assert');
var net = require('net');

var log = [];
var server = net.createServer(function (sock) {
    sock.end('hi');
});
server.listen(0, 'localhost', function () {
    var addr = server.address();
    assert.ok(net.isIP(addr.address), addr.address);
    var c = net.connect(addr.port, 'localhost');
    c.on('lookup', function (err, ip, family, host) {
        assert.strictEqual(err, null);
        assert.strictEqual(ip, addr.address);
        assert.strictEqual(family, net.isIP(ip));
        assert.strictEqual(host, 'localhost');
        log.push('lookup');
    });
    var got = '';
    c.setEncoding('utf8');
    c.on('data', function (d) {
        got += d;
    });
    c.on('close', function () {
        assert.strictEqual(got, 'hi');
        log.push('served');
        server.close(refused);
    });
});

function refused() {
    // Port 1: nothing listens there.
    var c = net.connect({ port: 1, host: 'localhost' });
    c.on('error', function (err) {
        assert.strictEqual(err.code, 'ECONNREFUSED');
        log.push('refused');
        unknown();
    });
}

function unknown() {
    var c = net.connect(1, 'no-such-host.invalid');
    c.on('error', function (err) {
        // ENOTFOUND, or EAI_AGAIN on a machine with no resolver at all.
        assert.ok(err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN',
            err.code);
        assert.strictEqual(err.syscall, 'getaddrinfo');
        assert.strictEqual(err.hostname, 'no-such-host.invalid');
        log.push('unknown');
    });
}

process.on('exit', function () {
    assert.deepStrictEqual(log, ['lookup', 'served', 'refused', 'unknown']);
});
