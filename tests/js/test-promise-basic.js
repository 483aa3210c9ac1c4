// The Promise constructor, then/catch/finally and how values flow.
'use strict';
var assert = require('assert');

var steps = [];

assert.strictEqual(typeof Promise, 'function');
assert.strictEqual(Object.prototype.toString.call(Promise.resolve()),
    '[object Promise]');
assert.throws(function () {
    Promise(function () {});
}, TypeError);
assert.throws(function () {
    return new Promise(5);
}, /Promise resolver 5 is not a function/);

// The executor runs synchronously; handlers never do.
var ran = false;
var p = new Promise(function (resolve) {
    ran = true;
    resolve(1);
});
assert.strictEqual(ran, true);
var sync = true;
p.then(function (v) {
    assert.strictEqual(sync, false);
    assert.strictEqual(v, 1);
    steps.push('then');
});
sync = false;

// Only the first resolve/reject counts; a throw after resolve is ignored.
new Promise(function (resolve, reject) {
    resolve('first');
    resolve('second');
    reject(new Error('late'));
    throw new Error('ignored');
}).then(function (v) {
    assert.strictEqual(v, 'first');
    steps.push('once');
});

// A throwing executor rejects.
new Promise(function () {
    throw new Error('exec');
})['catch'](function (err) {
    assert.strictEqual(err.message, 'exec');
    steps.push('executor-throw');
});

// Non-function handlers pass values and reasons through.
Promise.resolve(7).then(null).then(undefined, null).then(function (v) {
    assert.strictEqual(v, 7);
    steps.push('passthrough');
});
Promise.reject(8).then(function () {}).then(null, function (r) {
    assert.strictEqual(r, 8);
    steps.push('reject-passthrough');
});

// A handler's return value resolves the next promise; a throw rejects it.
Promise.resolve(1).then(function (v) {
    return v + 1;
}).then(function (v) {
    throw v * 10;
})['catch'](function (r) {
    assert.strictEqual(r, 20);
    steps.push('chain');
});

// finally: sees nothing, passes the outcome on, may replace it by
// throwing.
Promise.resolve('kept').finally(function () {
    assert.strictEqual(arguments.length, 0);
    return 'ignored';
}).then(function (v) {
    assert.strictEqual(v, 'kept');
    steps.push('finally-value');
});
Promise.reject('why').finally(function () {})['catch'](function (r) {
    assert.strictEqual(r, 'why');
    steps.push('finally-reason');
});
Promise.resolve(1).finally(function () {
    throw new Error('replaced');
})['catch'](function (err) {
    assert.strictEqual(err.message, 'replaced');
    steps.push('finally-throw');
});

// Resolving a promise with itself is a TypeError.
var self = new Promise(function (resolve) {
    setTimeout(function () {
        resolve(self);
    }, 0);
});
self['catch'](function (err) {
    assert.ok(err instanceof TypeError);
    assert.strictEqual(err.message,
        'Chaining cycle detected for promise #<Promise>');
    steps.push('cycle');
});

setTimeout(function () {
    assert.deepStrictEqual(steps.sort(), ['chain', 'cycle',
        'executor-throw', 'finally-reason', 'finally-throw',
        'finally-value', 'once', 'passthrough', 'reject-passthrough',
        'then']);
}, 30);
