// The drain between callbacks, on each of its roads: callbacks that queue
// only nextTicks (run without drain() around them), ticks that queue
// promise jobs and jobs that queue ticks, a tick that throws (the ticks
// after it still run, after 'uncaughtException'), an unhandled
// rejection whose listener queues both, and every argument form of
// nextTick (none, one undefined, one, several).
'use strict';

var log = [];

function p(x) {
    log.push(x);
}

process.on('uncaughtException', function (e) {
    p('uncaught ' + e.message);
    process.nextTick(function () { p('tick after uncaught'); });
});

process.on('unhandledRejection', function (r) {
    p('unhandled ' + r);
    process.nextTick(p, 'tick in unhandled');
    Promise.resolve().then(function () { p('job in unhandled'); });
});

setTimeout(function () {
    process.nextTick(p, 'a');
    process.nextTick(function () {
        p('b');
        Promise.resolve().then(function () {
            p('job from b');
            process.nextTick(p, 'tick from job');
        });
        process.nextTick(p, 'c');
    });
    Promise.resolve().then(function () { p('job1'); });
    process.nextTick(function () { throw new Error('boom'); });
    process.nextTick(p, 'after boom');
    process.nextTick(function () { p('x'); }, 1, 2);
    process.nextTick(function (a, b, c) {
        p('three ' + a + b + c + ' ' + arguments.length);
    }, 1, 2, 3);
    process.nextTick(function () { p('zero ' + arguments.length); });
    process.nextTick(function (a) {
        p('one-undef ' + arguments.length);
    }, undefined);
    Promise.reject('rej');
}, 1);

// Ticks only, from a timer: they run, and nothing else is pending.
setTimeout(function () {
    process.nextTick(p, 'only ticks 1');
    process.nextTick(function () { process.nextTick(p, 'only ticks 3'); });
    process.nextTick(p, 'only ticks 2');
}, 20);

setTimeout(function () {
    console.log(log.join('\n'));
}, 50);
