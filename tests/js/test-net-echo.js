// net: an echo server over IPv4 and IPv6 loopback: data both ways, the
// addresses and ports of both ends, bytesRead/bytesWritten, 'connect'
// then 'ready', and both sockets and the server closing cleanly.
'use strict';
var assert = require('assert');
var net = require('net');

var pending = 0;

function echo(host, family) {
    pending++;
    var server = net.createServer(function (sock) {
        assert.strictEqual(sock.remoteFamily, family);
        assert.strictEqual(sock.localAddress, host);
        sock.on('data', function (d) {
            sock.write(d);
        });
        sock.on('end', function () {
            sock.end();
        });
    });
    server.listen(0, host, function () {
        var addr = server.address();
        assert.strictEqual(addr.family, family);
        assert.strictEqual(addr.address, host);
        assert.ok(addr.port > 0);
        var events = [];
        var c = net.connect({ port: addr.port, host: host });
        assert.strictEqual(c.connecting, true);
        assert.strictEqual(c.readyState, 'opening');
        c.on('connect', function () {
            events.push('connect');
            assert.strictEqual(c.connecting, false);
            assert.strictEqual(c.remoteAddress, host);
            assert.strictEqual(c.remotePort, addr.port);
            assert.strictEqual(c.remoteFamily, family);
            assert.strictEqual(c.readyState, 'readOnly'); // end() was called
        });
        c.on('ready', function () {
            events.push('ready');
        });
        c.write('hello ');
        c.end(Buffer.from('world'));
        var got = [];
        c.on('data', function (d) {
            assert.ok(Buffer.isBuffer(d));
            got.push(d);
        });
        c.on('end', function () {
            events.push('end');
        });
        c.on('close', function (hadError) {
            events.push('close');
            assert.strictEqual(hadError, false);
            assert.strictEqual(Buffer.concat(got).toString(), 'hello world');
            assert.strictEqual(c.bytesRead, 11);
            assert.strictEqual(c.bytesWritten, 11);
            assert.deepStrictEqual(events, ['connect', 'ready', 'end',
                'close']);
            server.close(function (err) {
                assert.strictEqual(err, undefined);
                pending--;
            });
        });
    });
}

echo('127.0.0.1', 'IPv4');
echo('::1', 'IPv6');

process.on('exit', function () {
    assert.strictEqual(pending, 0);
});
