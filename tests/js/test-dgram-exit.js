// Leaving with work in flight: process.exit() while a socket receives,
// while sends wait for an implicit bind, and while dns lookups run on the
// pool.  The runtime closes the handles, lets the requests finish without
// calling JS, and exits with the code given.
'use strict';
var assert = require('assert');
var dgram = require('dgram');
var dns = require('dns');

var rx = dgram.createSocket('udp4');
rx.on('message', function () {
    assert.fail('no message may arrive after exit');
});
rx.bind(0, '127.0.0.1', function () {
    var port = rx.address().port;
    var tx = dgram.createSocket('udp6');
    tx.send('lost', port, '::1');
    var tx2 = dgram.createSocket('udp4');
    for (var i = 0; i < 50; i++) {
        tx2.send(Buffer.alloc(1000), port, '127.0.0.1', function () {});
    }
    dns.lookup('localhost', function () {
        assert.fail('no callback after exit');
    });
    dns.lookupService('127.0.0.1', 80, function () {
        assert.fail('no callback after exit');
    });
    process.on('exit', function (code) {
        assert.strictEqual(code, 0);
    });
    process.exit(0);
});
