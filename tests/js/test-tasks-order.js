// The drain order of Node 20 (EVENT-LOOP-RULES.md rule 4): the whole
// nextTick queue, then the whole microtask queue, repeated; ticks queued
// by a microtask run after that microtask round.
'use strict';
var assert = require('assert');

var out = [];
process.nextTick(function () {
    out.push('tick1');
    process.nextTick(function () { out.push('tick2'); });
    Promise.resolve().then(function () { out.push('promise-from-tick'); });
});
Promise.resolve().then(function () {
    out.push('promise1');
    process.nextTick(function () { out.push('tick-from-promise'); });
    Promise.resolve().then(function () { out.push('promise2'); });
});
queueMicrotask(function () {
    out.push('microtask');
});

// Arguments given to nextTick reach the callback.
process.nextTick(function (a, b) {
    out.push('args:' + a + ',' + b + ',' + arguments.length);
}, 1, 'two');

setTimeout(function () {
    assert.deepStrictEqual(out, ['tick1', 'args:1,two,2', 'tick2',
        'promise1', 'microtask', 'promise-from-tick', 'promise2',
        'tick-from-promise']);
}, 5);
