// A worker's life seen from the parent: online, messages, errors, exit
// codes, process.exit() and terminate(), ref/unref, bad arguments.
'use strict';
var assert = require('assert');
var path = require('path');
var wt = require('worker_threads');
var Worker = wt.Worker;

var fixture = path.join(__dirname, '..', 'fixtures', 'worker');
var steps = [];

function expectExit(w, want, done) {
    w.on('exit', function (code) {
        assert.strictEqual(code, want);
        assert.strictEqual(w.threadId, -1);
        done();
    });
}

// Bad arguments fail at once, Node-shaped.
assert.throws(function () { new Worker('x.js'); },
    { code: 'ERR_WORKER_PATH' });
assert.throws(function () { new Worker(42); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () {
    new Worker('1', { eval: true, workerData: function () {} });
}, { name: 'DataCloneError' });
assert.throws(function () { new Worker('1', { eval: true, argv: 'x' }); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(wt.isMainThread, true);
assert.strictEqual(wt.threadId, 0);
assert.strictEqual(wt.parentPort, null);
try { // nodule leaves BroadcastChannel out, with a clear error
    new wt.BroadcastChannel('x').close();
} catch (e) {
    assert.strictEqual(e.code, 'ERR_NOT_SUPPORTED');
}

steps.push(function facts(done) {
    process.env.ND_WORKER_TEST = 'inherited';
    var w = new Worker(path.join(fixture, 'requirer.js'),
        { workerData: 5, argv: ['a', 2] });
    var online = false, got;
    assert.ok(w.threadId > 0);
    w.on('online', function () { online = true; });
    w.on('message', function (m) { got = m; });
    expectExit(w, 0, function () {
        assert.ok(online);
        assert.deepStrictEqual(got.argv, ['a', '2']);
        assert.strictEqual(got.isMainThread, false);
        assert.ok(got.threadId > 0);
        assert.strictEqual(got.env, 'inherited');
        assert.strictEqual(got.tripled, 15);
        done();
    });
});

steps.push(function envOption(done) {
    var w = new Worker(path.join(fixture, 'requirer.js'),
        { workerData: 1, env: { ND_WORKER_TEST: 'own' } });
    var got;
    w.on('message', function (m) { got = m; });
    expectExit(w, 0, function () {
        assert.strictEqual(got.env, 'own');
        done();
    });
});

steps.push(function uncaught(done) {
    var w = new Worker('throw new RangeError("worker failed")',
        { eval: true });
    var error;
    w.on('error', function (e) { error = e; });
    expectExit(w, 1, function () {
        assert.ok(error instanceof RangeError);
        assert.strictEqual(error.message, 'worker failed');
        done();
    });
});

steps.push(function thrownValue(done) {
    var w = new Worker('throw 42', { eval: true });
    var error;
    w.on('error', function (e) { error = e; });
    expectExit(w, 1, function () {
        assert.strictEqual(error, 42);
        done();
    });
});

steps.push(function handled(done) {
    var w = new Worker(
        'process.on("uncaughtException", function (e) {' +
        '  require("worker_threads").parentPort.postMessage(e.message); });' +
        'setTimeout(function () { throw new Error("caught"); }, 1);',
        { eval: true });
    var got;
    w.on('message', function (m) { got = m; });
    w.on('error', function () { assert.fail('no error expected'); });
    expectExit(w, 0, function () {
        assert.strictEqual(got, 'caught');
        done();
    });
});

steps.push(function exitCode(done) {
    var w = new Worker('process.on("exit", function (c) {' +
        ' require("worker_threads").parentPort.postMessage(c); });' +
        'process.exit(9); throw new Error("not reached");', { eval: true });
    var got;
    w.on('message', function (m) { got = m; });
    expectExit(w, 9, function () {
        assert.strictEqual(got, 9);
        done();
    });
});

steps.push(function terminateBusy(done) {
    var w = new Worker('require("worker_threads").parentPort' +
        '.postMessage("busy"); for (;;) {}', { eval: true });
    w.on('message', function () {
        w.terminate().then(function (code) {
            assert.strictEqual(code, 1);
            return w.terminate();
        }).then(function (code) {
            assert.strictEqual(code, undefined);
            done();
        });
    });
});

steps.push(function terminateAtOnce(done) {
    var w = new Worker('setInterval(function () {}, 1000)', { eval: true });
    w.terminate().then(function (code) {
        // 0 when it stopped before running any JS (the usual case, as in
        // Node), 1 if the thread was quicker.
        assert.ok(code === 0 || code === 1, 'code ' + code);
        done();
    });
});

steps.push(function refUnref(done) {
    var w = new Worker('setTimeout(function () {}, 20)', { eval: true });
    w.unref();
    w.ref();
    expectExit(w, 0, done);
});

steps.push(function nested(done) {
    var w = new Worker(
        'var wt = require("worker_threads");' +
        'var inner = new wt.Worker("require(\'worker_threads\')' +
        '.parentPort.postMessage(require(\'worker_threads\').threadId)",' +
        ' { eval: true });' +
        'inner.on("message", function (id) {' +
        '  wt.parentPort.postMessage([wt.threadId, id]); });',
        { eval: true });
    var got;
    w.on('message', function (m) { got = m; });
    expectExit(w, 0, function () {
        assert.ok(got[1] > got[0]);
        done();
    });
});

steps.push(function outOfMemory(done) {
    var w = new Worker('var a = []; for (;;) a.push(new Array(100));',
        { eval: true, resourceLimits: { maxOldGenerationSizeMb: 8 } });
    var error;
    assert.strictEqual(w.resourceLimits.maxOldGenerationSizeMb, 8);
    w.on('error', function (e) { error = e; });
    expectExit(w, 1, function () {
        assert.strictEqual(error.code, 'ERR_WORKER_OUT_OF_MEMORY');
        done();
    });
});

steps.push(function transferList(done) {
    // Accepted and honoured on the receiving side; the sender's buffer
    // is detached (test-worker-transfer.js has the details).
    var w = new Worker('var p = require("worker_threads").parentPort;' +
        'p.once("message", function (ab) {' +
        '  p.postMessage(new Uint8Array(ab)[1]); });', { eval: true });
    var ab = new Uint8Array([7, 8, 9]).buffer;
    var got;
    w.postMessage(ab, [ab]);
    assert.strictEqual(ab.byteLength, 0);
    assert.throws(function () { w.postMessage(1, 'x'); },
        { code: 'ERR_INVALID_ARG_TYPE' });
    w.on('message', function (m) { got = m; });
    expectExit(w, 0, function () {
        assert.strictEqual(got, 8);
        done();
    });
});

var i = 0;
(function next() {
    if (i === steps.length) {
        console.log('ok', steps.length);
        return;
    }
    steps[i++](next);
})();
