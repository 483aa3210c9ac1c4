// net: large writes with backpressure. The writer writes until write()
// returns false, waits for 'drain', and repeats; the reader is paused for
// a while so the buffers fill. Every byte arrives, in order;
// writableLength and bufferSize report what is waiting.
'use strict';
var assert = require('assert');
var net = require('net');

var TOTAL = 16 * 1024 * 1024;
var CHUNK = 64 * 1024;
var sawFalse = 0;
var drains = 0;
var received = 0;
var checked = true;

function pattern(offset, len) {
    var b = Buffer.allocUnsafe(len);
    for (var i = 0; i < len; i++) {
        b[i] = (offset + i) % 251;
    }
    return b;
}

var server = net.createServer(function (sock) {
    sock.pause();
    setTimeout(function () {
        sock.resume();
    }, 100);
    sock.on('data', function (d) {
        for (var i = 0; i < d.length; i += 997) {
            if (d[i] !== (received + i) % 251) {
                checked = false;
            }
        }
        received += d.length;
    });
    sock.on('end', function () {
        server.close();
    });
});

server.listen(0, '127.0.0.1', function () {
    var c = net.connect(server.address().port, '127.0.0.1');
    var sent = 0;
    function pump() {
        while (sent < TOTAL) {
            var ok = c.write(pattern(sent, CHUNK));
            sent += CHUNK;
            if (!ok) {
                sawFalse++;
                assert.ok(c.writableLength > 0);
                assert.strictEqual(c.bufferSize, c.writableLength);
                c.once('drain', function () {
                    drains++;
                    pump();
                });
                return;
            }
        }
        c.end();
    }
    c.on('connect', pump);
    c.on('close', function () {
        assert.strictEqual(c.bytesWritten, TOTAL);
    });
});

process.on('exit', function () {
    assert.strictEqual(received, TOTAL);
    assert.ok(checked, 'bytes arrived in order');
    assert.ok(sawFalse > 0, 'write() returned false');
    assert.strictEqual(drains, sawFalse);
});
