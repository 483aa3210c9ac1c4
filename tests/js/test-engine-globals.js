// The global object after bootstrap: what Node programs expect to find,
// lazy globals that load on first use, and what must stay hidden.
'use strict';
var assert = require('assert');

assert.strictEqual(typeof globalThis, 'object');
assert.strictEqual(global, globalThis);
assert.strictEqual(globalThis.process, process);
['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
    'setImmediate', 'clearImmediate', 'queueMicrotask'].forEach(function (n) {
    assert.strictEqual(typeof globalThis[n], 'function', n);
});
assert.strictEqual(setTimeout, require('timers').setTimeout);
assert.strictEqual(typeof Promise, 'function');
assert.strictEqual(typeof Promise.prototype.then, 'function');
assert.strictEqual(typeof Buffer, 'function');
assert.strictEqual(typeof Map, 'function');
assert.strictEqual(typeof Set, 'function');
assert.strictEqual(typeof WeakMap, 'function');
assert.strictEqual(new Map([[1, 2]]).get(1), 2);

// Enumerable as in Node: the timer functions and global are, process and
// console are not.
assert.strictEqual(Object.keys(globalThis).indexOf('process'), -1);
assert.strictEqual(Object.keys(globalThis).indexOf('console'), -1);
assert.ok(Object.keys(globalThis).indexOf('setTimeout') >= 0);
assert.ok(Object.keys(globalThis).indexOf('global') >= 0);

// A lazy global can be replaced by assignment.
var mine = function () {};
globalThis.setImmediate = mine;
assert.strictEqual(setImmediate, mine);

// require and internalBinding are module-scoped, never global.
assert.strictEqual(typeof require, 'function');
assert.strictEqual('require' in globalThis, false);
assert.strictEqual(typeof internalBinding, 'undefined');

// Core modules load by id, with or without node:, and are cached.
assert.strictEqual(require('events'), require('node:events'));
assert.strictEqual(require('fs'), require('node:fs'));
// internal/ modules are not for user code.
assert.throws(function () { require('internal/tasks'); },
    { code: 'MODULE_NOT_FOUND' });

// queueMicrotask runs after the current task, before timers.
var order = [];
queueMicrotask(function () { order.push('micro'); });
assert.throws(function () { queueMicrotask(1); },
    { code: 'ERR_INVALID_ARG_TYPE' });
setTimeout(function () { assert.deepStrictEqual(order, ['micro']); }, 0);
