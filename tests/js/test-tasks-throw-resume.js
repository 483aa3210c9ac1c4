// A callback that throws in the middle of a drain goes to
// 'uncaughtException'; the callbacks queued after it still run, in order.
'use strict';
var assert = require('assert');

var out = [];
var caught = [];
process.on('uncaughtException', function (err) {
    caught.push(err.message);
});

process.nextTick(function () { out.push('t1'); });
process.nextTick(function () { throw new Error('tick boom'); });
process.nextTick(function () { out.push('t3'); });
queueMicrotask(function () { out.push('m1'); });
queueMicrotask(function () { throw new Error('microtask boom'); });
queueMicrotask(function () { out.push('m3'); });

setTimeout(function () {
    assert.deepStrictEqual(out, ['t1', 't3', 'm1', 'm3']);
    assert.deepStrictEqual(caught, ['tick boom', 'microtask boom']);
}, 10);
