// worker_threads: BroadcastChannel within a thread and across workers;
// closing, unref and errors.  Each step waits for the last, so the output
// is deterministic.
'use strict';
var wt = require('worker_threads');
var BroadcastChannel = wt.BroadcastChannel;

var b = new BroadcastChannel('news');
var c = new BroadcastChannel('news');
var other = new BroadcastChannel('sports');
console.log('names', b.name, c.name, other.name);

other.onmessage = function (e) { console.log('sports got', e.data); };
b.onmessage = function (e) {
    console.log('b got', e.data);
    if (e.data === 'worker says hi') {
        replied = true;
        finish();
    }
};
var count = 0, replied = false, exitCode = null;
// c and b both get the worker's reply, in an order that is not fixed: c
// only reports the first two messages.
c.addEventListener('message', function (e) {
    if (++count <= 2) {
        console.log('c listener', e.type, JSON.stringify(e.data),
            e.target === c);
    }
    if (count === 2) {
        startWorker();
    }
});

b.postMessage({ first: [1, 2] });
b.postMessage('second');
try {
    b.postMessage(function () {});
} catch (e) {
    console.log(e.name, e.code);
}
try {
    b.postMessage();
} catch (e) {
    console.log(e.name, e.code);
}

function startWorker() {
    var w = new wt.Worker('var wt = require("worker_threads");' +
        'var bc = new wt.BroadcastChannel("news");' +
        'bc.onmessage = function (e) {' +
        '  if (e.data === "hello worker") {' +
        '    bc.postMessage("worker says hi"); bc.close();' +
        '  }' +
        '};' +
        'wt.parentPort.postMessage("ready");', { eval: true });
    w.on('message', function () {
        c.postMessage('hello worker');
    });
    // The reply and the exit come from two threads: wait for both.
    w.on('exit', function (code) {
        exitCode = code;
        finish();
    });
}

function finish() {
    if (!replied || exitCode === null) {
        return;
    }
    console.log('worker exit', exitCode);
    c.close();
    other.close();
    b.close();
    try {
        b.postMessage('late');
    } catch (e) {
        console.log(e.name, e.code, e.message);
    }
    // An open but unref()'d channel does not keep the program alive.
    var idle = new BroadcastChannel('idle');
    idle.onmessage = function () {};
    idle.unref();
    console.log('end');
}
