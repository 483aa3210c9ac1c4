// dgram delivery: many datagrams in one burst all arrive, in order, with
// their sizes (the loop takes a bounded batch per wake-up and comes back);
// TypedArray and DataView payloads; a datagram of 65,507 bytes (the IPv4
// maximum) arrives whole; the send queue counters go back to 0.
'use strict';
var assert = require('assert');
var dgram = require('dgram');

var N = 200;
var rx = dgram.createSocket({ type: 'udp4', recvBufferSize: 1 << 20 });
var tx = dgram.createSocket('udp4');
var got = [];
var sent = 0;

rx.on('message', function (msg, rinfo) {
    assert.strictEqual(rinfo.size, msg.length);
    got.push(msg.length === 65507 ? 'big' : msg.toString());
    if (got.length === N + 3) {
        finish();
    }
});

rx.bind(0, '127.0.0.1', function () {
    var port = rx.address().port;
    for (var i = 0; i < N; i++) {
        tx.send(String(i), port, '127.0.0.1', function (err) {
            assert.ifError(err);
            sent++;
        });
    }
    tx.send(new Uint16Array([0x6968]), port, '127.0.0.1');
    tx.send(new DataView(new Uint8Array([0x6f, 0x6b]).buffer), port,
        '127.0.0.1');
    tx.send(Buffer.alloc(65507, 1), port, '127.0.0.1', function (err) {
        assert.ifError(err);
    });
});

function finish() {
    assert.strictEqual(sent, N);
    for (var i = 0; i < N; i++) {
        assert.strictEqual(got[i], String(i));
    }
    assert.deepStrictEqual(got.slice(N), ['hi', 'ok', 'big']);
    assert.strictEqual(tx.getSendQueueCount(), 0);
    assert.strictEqual(tx.getSendQueueSize(), 0);
    rx.close();
    tx.close();
}
