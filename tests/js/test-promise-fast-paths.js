// The shortcuts on the resolve/then path behave like the general ones:
// then() reads `constructor` once, refuses objects that only inherit from
// a promise, handlers returning primitives and thenables settle the derived
// promise in the same order as node, and another constructor's promises
// still go through its capability.
'use strict';
var assert = require('assert');

var reads = 0;
var p = Promise.resolve(1);
Object.defineProperty(p, 'constructor', {
    get: function () { reads++; return Promise; }
});
var derived = p.then(function (v) { return v + 1; });
assert.strictEqual(reads, 1);
assert.ok(derived instanceof Promise);
assert.strictEqual(derived.constructor, Promise);
assert.strictEqual(Object.keys(derived).length, 0);

assert.throws(function () {
    Promise.prototype.then.call(Object.create(Promise.resolve(2)));
}, TypeError);

var a = Promise.resolve(3);
assert.notStrictEqual(a, Promise.resolve(3));
assert.strictEqual(Promise.resolve(a), a);

var order = [];
Promise.resolve().then(function () { return 'plain'; })
    .then(function (v) { order.push(v); });
Promise.resolve().then(function () { return Promise.resolve('adopted'); })
    .then(function (v) { order.push(v); });
Promise.resolve().then(function () { return null; })
    .then(function (v) { order.push(v); });
Promise.resolve().then(function () { throw 'thrown'; })
    .then(undefined, function (r) { order.push(r); });

// A constructor of our own: its promises are made through a capability.
var made = 0;
function Other(executor) {
    made++;
    return new Promise(executor);
}
Other[Symbol.species] = Other;
var q = Promise.resolve(4);
q.constructor = Other;
var viaCap = q.then(function (v) { return v * 2; });
assert.strictEqual(made, 1);

var seen = [];
viaCap.then(function (v) { seen.push(v); });
derived.then(function (v) { seen.push(v); });

setTimeout(function () {
    assert.deepStrictEqual(order, ['plain', null, 'thrown', 'adopted']);
    assert.deepStrictEqual(seen.sort(), [2, 8]);
}, 0);
