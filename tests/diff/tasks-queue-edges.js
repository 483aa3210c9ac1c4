// nextTick's and the microtask queue's edges, which the native nextTick
// and the engine's "skip drain() when nothing is queued" must keep: ticks
// queued by ticks, promise jobs and microtasks run before the next
// callback; a throwing tick leaves the rest of the queue for later; an
// unhandled rejection still reaches 'unhandledRejection' after callbacks
// that queued nothing; and after it, an ordinary uncaught error is
// reported with origin 'uncaughtException'.
'use strict';

var log = [];
function note(what) { log.push(what); }

process.nextTick(function () {
    note('tick1');
    process.nextTick(function () { note('tick1.1'); });
    Promise.resolve().then(function () {
        note('job1');
        process.nextTick(function () { note('tick-from-job'); });
        queueMicrotask(function () { note('micro-from-job'); });
    });
});
process.nextTick(function (a, b, c) {
    note('tick2 ' + arguments.length + ' ' + a + ' ' + b + ' ' + c);
}, 'x', undefined, null);
queueMicrotask(function () { note('micro1'); });

var errors = [];
process.on('uncaughtException', function (err, origin) {
    errors.push(err.message + ' ' + origin);
});
process.on('unhandledRejection', function (reason) {
    errors.push('unhandled ' + reason.message);
});

// Each step is armed by the one before, so no two are due at once: when a
// tick throws, where the rest of the queue runs relative to other due
// timers is a matter of timing (in Node as in nodule).
setTimeout(function () {
    note('timeout1');
    process.nextTick(function () { throw new Error('tick threw'); });
    process.nextTick(function () {
        note('tick after throw');
        setTimeout(step2, 1);
    });
}, 1);

function step2() {
    note('timeout2');
    Promise.reject(new Error('nobody'));
    setTimeout(step3, 1);
}

function step3() {
    // a callback that queues nothing
    note('timeout3');
    setTimeout(step4, 1);
    setTimeout(report, 10);
}

function step4() {
    note('timeout4');
    throw new Error('plain');
}

function report() {
    console.log(log.join('\n'));
    console.log(errors.join('\n'));
    try { process.nextTick('nope'); } catch (err) {
        console.log(err.code, err.message);
    }
    try { process.nextTick(); } catch (err) {
        console.log(err.code, err.message);
    }
}
