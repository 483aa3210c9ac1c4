// A connected dgram socket: sends without an address go to the peer; an
// ICMP "port unreachable" answer to them comes back as an 'error' event
// "recvmsg ECONNREFUSED", as in Node; disconnect() then lets the socket
// send anywhere again; connect() to a name goes through dns.lookup.
'use strict';
var assert = require('assert');
var dgram = require('dgram');

var events = [];
process.on('exit', function () {
    assert.deepStrictEqual(events, ['sent 1', 'error ECONNREFUSED recvmsg',
        'connect localhost', 'got hi']);
});

var gone = dgram.createSocket('udp4');
gone.bind(0, '127.0.0.1', function () {
    var port = gone.address().port;
    gone.close();
    var c = dgram.createSocket('udp4');
    c.on('error', function (e) {
        events.push('error ' + e.code + ' ' + e.syscall);
        c.disconnect();
        assert.throws(function () { c.remoteAddress(); },
            { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
        c.close(byName);
    });
    c.connect(port, '127.0.0.1', function () {
        c.send('x', function (err, n) {
            assert.ifError(err);
            events.push('sent ' + n);
        });
    });
});

function byName() {
    var server = dgram.createSocket('udp4');
    server.bind(0, '127.0.0.1', function () {
        var client = dgram.createSocket('udp4');
        client.connect(server.address().port, 'localhost', function (err) {
            assert.ifError(err);
            events.push('connect localhost');
            assert.strictEqual(client.remoteAddress().address, '127.0.0.1');
            client.send(Buffer.from('hi'));
        });
        server.on('message', function (msg) {
            events.push('got ' + msg);
            client.close();
            server.close();
        });
    });
}
