// dgram lifetime: 'close' comes on a later tick after close() (queued
// before ticks that come after the call); sends made before the implicit
// bind finishes wait for it and go out in order; every method that needs
// the socket throws ERR_SOCKET_DGRAM_NOT_RUNNING after close; an unref'd
// receiving socket does not keep the process alive, and ref() makes it
// do so again.
'use strict';
var assert = require('assert');
var dgram = require('dgram');

var order = [];
process.on('exit', function () {
    assert.deepStrictEqual(order, ['sync', 'close event', 'close cb', 'tick',
        'q1', 'q2', 'queued close']);
});

var s = dgram.createSocket('udp4');
s.bind(0, '127.0.0.1', function () {
    s.on('close', function () {
        order.push('close event');
    });
    s.close(function () {
        order.push('close cb');
        queued();
    });
    process.nextTick(function () {
        order.push('tick');
    });
    order.push('sync');
    ['address', 'bind', 'close'].forEach(function (name) {
        assert.throws(function () { s[name](); },
            { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running' });
    });
    assert.throws(function () { s.send('x', 1, '127.0.0.1'); },
        { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
    assert.throws(function () { s.setTTL(3); }, TypeError);
    assert.throws(function () { s.getSendQueueCount(); }, TypeError);
    assert.strictEqual(s.ref(), s);
});

// send() before the socket is bound waits in a queue.
function queued() {
    var rx = dgram.createSocket('udp4');
    rx.bind(0, '127.0.0.1', function () {
        var port = rx.address().port;
        var tx = dgram.createSocket('udp4');
        tx.send('1', port, '127.0.0.1', function (err) {
            assert.ifError(err);
            order.push('q1');
        });
        tx.send('2', port, '127.0.0.1', function (err) {
            assert.ifError(err);
            order.push('q2');
            tx.close(function () {
                order.push('queued close');
                rx.unref();
                unrefTest();
            });
        });
    });
    rx.on('message', function () {});
}

// An unref'd socket lets the process end; the timer below is also unref'd,
// so if the socket kept the loop alive the exit check would fail on order.
function unrefTest() {
    var u = dgram.createSocket('udp4');
    u.bind(0, '127.0.0.1', function () {
        u.unref();
        u.ref();
        u.unref();
    });
}
