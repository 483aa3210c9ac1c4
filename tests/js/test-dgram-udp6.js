// dgram over IPv6: a udp6 socket binds to '::' by default, sends to '::1'
// by default, and reports family 'IPv6'; ipv6Only and reuseAddr options.
// Skipped (exit 0 with a note) where the host has no ::1.
'use strict';
var assert = require('assert');
var dgram = require('dgram');

var probe = dgram.createSocket('udp6');
probe.on('error', function (err) {
    assert.ok(err.code === 'EADDRNOTAVAIL' || err.code === 'EAFNOSUPPORT',
        err.message);
    console.log('skip: no IPv6 loopback here');
    probe.close();
});
probe.bind(0, '::1', function () {
    probe.close(run);
});

function run() {
    var got = 0;
    var server = dgram.createSocket({ type: 'udp6', ipv6Only: true });
    server.bind(0, function () {
        var addr = server.address();
        assert.strictEqual(addr.address, '::');
        assert.strictEqual(addr.family, 'IPv6');
        var client = dgram.createSocket('udp6');
        // No address: '::1'.
        client.send('six', addr.port, function (err, n) {
            assert.ifError(err);
            assert.strictEqual(n, 3);
        });
        server.on('message', function (msg, rinfo) {
            got++;
            assert.strictEqual(msg.toString(), 'six');
            assert.strictEqual(rinfo.address, '::1');
            assert.strictEqual(rinfo.family, 'IPv6');
            assert.strictEqual(rinfo.port, client.address().port);
            client.close();
            server.close();
        });
    });
    process.on('exit', function () {
        assert.strictEqual(got, 1);
    });

    // Two sockets that both ask for reuseAddr share a port.
    var r1 = dgram.createSocket({ type: 'udp6', reuseAddr: true });
    r1.bind(0, '::1', function () {
        var r2 = dgram.createSocket({ type: 'udp6', reuseAddr: true });
        r2.bind(r1.address().port, '::1', function () {
            assert.strictEqual(r2.address().port, r1.address().port);
            r1.close();
            r2.close();
        });
    });
}
