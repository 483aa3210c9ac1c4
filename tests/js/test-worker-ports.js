// MessageChannel: ports work in one thread and across threads, keep order
// over many messages, travel to workers (in workerData and in messages),
// close both ends, and an unref()'d or unstarted port keeps nothing alive.
'use strict';
var assert = require('assert');
var wt = require('worker_threads');
var MessageChannel = wt.MessageChannel;
var Worker = wt.Worker;

var steps = [];

// The channels are globals too, the same as worker_threads' own.
assert.strictEqual(global.MessageChannel, MessageChannel);
assert.strictEqual(global.MessagePort, wt.MessagePort);
assert.strictEqual(global.BroadcastChannel, wt.BroadcastChannel);

// Order over many messages, through a worker that echoes on its port.
steps.push(function manyThroughWorker(next) {
    var N = 5000;
    var c = new MessageChannel();
    var w = new Worker('var p = require("worker_threads").workerData;' +
        'p.on("message", function (m) {' +
        '  if (m === null) { p.close(); return; } p.postMessage(m);' +
        '});', { eval: true, workerData: c.port2, transferList: [c.port2] });
    var expect = 0, closed = false;
    c.port1.on('message', function (m) {
        assert.deepStrictEqual(m, { i: expect, s: 'x' + expect });
        expect++;
        if (expect === N) {
            c.port1.postMessage(null);
        }
    });
    c.port1.on('close', function () { closed = true; });
    for (var i = 0; i < N; i++) {
        c.port1.postMessage({ i: i, s: 'x' + i });
    }
    w.on('exit', function (code) {
        assert.strictEqual(code, 0);
        assert.strictEqual(expect, N);
        // the close may be seen just after the exit: wait for it
        (function check() {
            if (closed) {
                next();
            } else {
                setImmediate(check);
            }
        })();
    });
});

// Messages wait in the queue until the port starts; receiveMessageOnPort
// takes them synchronously, in order.
steps.push(function queueAndReceive(next) {
    var c = new MessageChannel();
    c.port1.postMessage(1);
    c.port1.postMessage({ two: [2] });
    assert.deepStrictEqual(wt.receiveMessageOnPort(c.port2), { message: 1 });
    assert.deepStrictEqual(wt.receiveMessageOnPort(c.port2),
        { message: { two: [2] } });
    assert.strictEqual(wt.receiveMessageOnPort(c.port2), undefined);
    assert.throws(function () { wt.receiveMessageOnPort(null); },
        { code: 'ERR_INVALID_ARG_TYPE' });
    c.port1.postMessage('queued');
    setImmediate(function () {
        var got = [];
        c.port2.on('message', function (m) {
            got.push(m);
            if (got.length === 2) {
                assert.deepStrictEqual(got, ['queued', 'after']);
                c.port1.close();
            }
        });
        c.port1.postMessage('after');
        c.port2.on('close', next);
    });
});

// A port handed on twice: parent -> worker A -> worker B, which answers.
steps.push(function portHandedOn(next) {
    var c = new MessageChannel();
    var b = new Worker('var wt = require("worker_threads");' +
        'wt.parentPort.once("message", function (p) {' +
        '  p.postMessage("hello from b " + wt.threadId); p.close();' +
        '});', { eval: true });
    var bId = b.threadId;
    var a = new Worker('var wt = require("worker_threads");' +
        'wt.parentPort.once("message", function (p) {' +
        '  wt.parentPort.postMessage(p, [p]);' +
        '});', { eval: true });
    a.on('message', function (p) {
        assert.ok(p instanceof wt.MessagePort);
        b.postMessage(p, [p]);
        assert.throws(function () { b.postMessage(p, [p]); },
            { name: 'DataCloneError' });
    });
    a.postMessage(c.port2, [c.port2]);
    c.port1.once('message', function (m) {
        assert.strictEqual(m, 'hello from b ' + bId);
    });
    var left = 3;
    function done() {
        if (--left === 0) {
            next();
        }
    }
    c.port1.on('close', done);
    a.on('exit', done);
    b.on('exit', done);
});

// A worker that ends closes the ports it holds: the parent's end closes.
steps.push(function workerEndsClosesPort(next) {
    var c = new MessageChannel();
    var w = new Worker('1', { eval: true, workerData: c.port2,
        transferList: [c.port2] });
    c.port1.on('message', function () { assert.fail('no message'); });
    c.port1.on('close', function () {
        w.on('exit', function () {}); // exit may come before or after
        next();
    });
});

// Transferring the same port twice, or a closed one, is a DataCloneError;
// a port in the message but not in the transfer list is a TypeError.
steps.push(function transferErrors(next) {
    var c = new MessageChannel(), d = new MessageChannel();
    assert.throws(function () { c.port1.postMessage(1, [c.port1]); },
        { name: 'DataCloneError', message: /source port/ });
    assert.throws(function () { c.port1.postMessage(d.port1); },
        { code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST' });
    assert.throws(function () { c.port1.postMessage(1, [5]); },
        { code: 'ERR_INVALID_TRANSFER_OBJECT' });
    c.port1.postMessage(d.port1, [d.port1]);
    assert.throws(function () { c.port1.postMessage(1, [d.port1]); },
        { name: 'DataCloneError', message: /detached/ });
    var moved = wt.receiveMessageOnPort(c.port2).message;
    moved.postMessage('through the moved port');
    assert.strictEqual(wt.receiveMessageOnPort(d.port2).message,
        'through the moved port');
    moved.close();
    c.port1.close();
    next();
});

// Nothing left: unref()'d and unstarted ports do not keep us alive.
steps.push(function keepAlive(next) {
    var c = new MessageChannel();
    c.port1.on('message', function () {});
    assert.strictEqual(c.port1.hasRef(), true);
    c.port1.unref();
    assert.strictEqual(c.port1.hasRef(), false);
    assert.strictEqual(c.port2.hasRef(), false);
    next();
});

var i = 0;
(function run() {
    if (i < steps.length) {
        steps[i++](run);
    }
})();
process.on('exit', function (code) {
    assert.strictEqual(i, steps.length);
    assert.strictEqual(code, 0);
});
