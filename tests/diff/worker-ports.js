// worker_threads: MessageChannel and MessagePort in one thread, between a
// parent and a worker, and between two workers; receiveMessageOnPort;
// transferList errors.  Each step waits for the last, so the output is
// deterministic.
'use strict';
var wt = require('worker_threads');
var MessageChannel = wt.MessageChannel;
var Worker = wt.Worker;

function show(err) {
    console.log(' ', err.name, err.code, err.message);
}

function local(next) {
    var c = new MessageChannel();
    var closes = 0;
    c.port2.on('message', function (m) { console.log('port2 got', m); });
    // Both ends report 'close' (in an order that is Node's own business).
    function closed(name) {
        return function () {
            if (++closes === 2) {
                console.log('both ends closed');
                next();
            }
        };
    }
    c.port1.on('close', closed('port1'));
    c.port2.on('close', closed('port2'));
    c.port1.postMessage({ a: [1, 'two'], m: new Map([[1, 2]]) });
    c.port1.postMessage('second');
    c.port1.close();
    c.port1.postMessage('after close: dropped');
    console.log('local posted');
}

function receive(next) {
    var c = new MessageChannel();
    c.port1.postMessage({ x: 1 });
    c.port1.postMessage([2]);
    console.log(wt.receiveMessageOnPort(c.port2));
    console.log(wt.receiveMessageOnPort(c.port2));
    console.log(wt.receiveMessageOnPort(c.port2));
    try {
        wt.receiveMessageOnPort({});
    } catch (e) {
        show(e);
    }
    c.port2.onmessage = function (m) {
        console.log('onmessage', typeof m, m === 'late' || m.data);
        c.port2.close();
    };
    c.port2.on('close', next);
    c.port1.postMessage('late');
}

function errors(next) {
    var c = new MessageChannel(), d = new MessageChannel();
    [
        function () { c.port1.postMessage(1, [c.port1]); },
        function () { c.port1.postMessage(1, [d.port1, d.port1]); },
        function () { c.port1.postMessage(1, [{}]); },
        function () { c.port1.postMessage(d.port1); },
        function () { c.port1.postMessage(1, 'nope'); },
        function () { c.port1.postMessage(); }
    ].forEach(function (f) {
        try {
            f();
            console.log('no error');
        } catch (e) {
            show(e);
        }
    });
    // A port that has been transferred cannot be transferred again.
    c.port1.postMessage(d.port1, [d.port1]);
    try {
        c.port1.postMessage(1, [d.port1]);
        console.log('no error');
    } catch (e) {
        show(e);
    }
    var got = wt.receiveMessageOnPort(c.port2).message;
    console.log('a port arrives as a MessagePort:',
        got instanceof wt.MessagePort, got === d.port1);
    got.close();
    c.port1.close();
    next();
}

// The parent keeps port1; port2 goes to the worker in workerData.
function toWorker(next) {
    var c = new MessageChannel();
    var w = new Worker('var wt = require("worker_threads");' +
        'var p = wt.workerData.port;' +
        'p.on("message", function (m) {' +
        '  if (m === "bye") { p.close(); return; }' +
        '  p.postMessage({ echo: m, isMain: wt.isMainThread });' +
        '});', { eval: true, workerData: { port: c.port2 },
        transferList: [c.port2] });
    var got = 0;
    c.port1.on('message', function (m) {
        console.log('from worker port', JSON.stringify(m));
        if (++got === 3) {
            c.port1.postMessage('bye');
        }
    });
    // 'close' and 'exit' come from two threads: wait for both.
    var closed = false, exitCode = null;
    function both() {
        if (closed && exitCode !== null) {
            console.log('worker port closed; worker exit', exitCode);
            next();
        }
    }
    c.port1.on('close', function () { closed = true; both(); });
    c.port1.postMessage(1);
    c.port1.postMessage('two');
    c.port1.postMessage([3]);
    w.on('exit', function (code) { exitCode = code; both(); });
}

// Two workers talk over a channel whose ends the parent hands out, one in
// a message (postMessage with transferList) and one in workerData.
function betweenWorkers(next) {
    var c = new MessageChannel();
    var a = new Worker('var wt = require("worker_threads");' +
        'wt.parentPort.once("message", function (m) {' +
        '  var p = m.port;' +
        '  for (var i = 0; i < 5; i++) p.postMessage(i);' +
        '  p.on("message", function (r) {' +
        '    wt.parentPort.postMessage("a heard " + r); p.close();' +
        '  });' +
        '});', { eval: true });
    var b = new Worker('var wt = require("worker_threads");' +
        'var p = wt.workerData; var sum = 0, n = 0;' +
        'p.on("message", function (m) {' +
        '  sum += m; if (++n === 5) p.postMessage("sum " + sum);' +
        '});' +
        'p.on("close", function () { wt.parentPort.postMessage("b closed"); });',
        { eval: true, workerData: c.port2, transferList: [c.port2] });
    // Two threads: keep each one's story apart, print it at the end.
    var log = { a: [], b: [] }, exits = 0;
    function exit(name) {
        return function (code) {
            log[name].push('exit ' + code);
            if (++exits === 2) {
                console.log('a:', log.a.join(', '));
                console.log('b:', log.b.join(', '));
                next();
            }
        };
    }
    a.on('message', function (m) { log.a.push(m); });
    b.on('message', function (m) { log.b.push(m); });
    a.on('exit', exit('a'));
    b.on('exit', exit('b'));
    a.postMessage({ port: c.port1 }, [c.port1]);
}

// A started port that is unref()'d does not keep the program alive.
function unref(next) {
    var c = new MessageChannel();
    c.port1.on('message', function () {});
    c.port1.unref();
    console.log('hasRef', c.port1.hasRef(), c.port2.hasRef());
    next();
}

local(function () {
    receive(function () {
        errors(function () {
            toWorker(function () {
                betweenWorkers(function () {
                    unref(function () { console.log('end'); });
                });
            });
        });
    });
});
