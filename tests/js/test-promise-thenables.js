// Thenables are assimilated: their then is called once, in a later job,
// with resolve functions that work only once.
'use strict';
var assert = require('assert');

var steps = [];

var calledThen = 0;
var thenable = {
    then: function (resolve, reject) {
        calledThen++;
        resolve('from thenable');
        resolve('again');
        reject(new Error('too late'));
    }
};
var p = Promise.resolve(thenable);
assert.strictEqual(calledThen, 0);
p.then(function (v) {
    assert.strictEqual(v, 'from thenable');
    assert.strictEqual(calledThen, 1);
    steps.push('thenable');
});

// A then getter is read once; a throwing getter rejects.
var reads = 0;
var tricky = {};
Object.defineProperty(tricky, 'then', {
    get: function () {
        reads++;
        return function (resolve) {
            resolve(reads);
        };
    }
});
Promise.resolve().then(function () {
    return tricky;
}).then(function (v) {
    assert.strictEqual(v, 1);
    steps.push('getter-once');
});
var throwing = {};
Object.defineProperty(throwing, 'then', {
    get: function () {
        throw new Error('getter throws');
    }
});
Promise.resolve().then(function () {
    return throwing;
})['catch'](function (err) {
    assert.strictEqual(err.message, 'getter throws');
    steps.push('getter-throws');
});

// A then that throws after resolving keeps the resolution.
Promise.resolve({
    then: function (resolve) {
        resolve('ok');
        throw new Error('ignored');
    }
}).then(function (v) {
    assert.strictEqual(v, 'ok');
    steps.push('throw-after-resolve');
});

// Thenables nest.
Promise.resolve({
    then: function (resolve) {
        resolve({
            then: function (resolve2) {
                resolve2('deep');
            }
        });
    }
}).then(function (v) {
    assert.strictEqual(v, 'deep');
    steps.push('nested');
});

// Resolving with a promise adopts its eventual state two jobs later, as
// the spec (and V8) do: one job to call its then, one for the reaction.
var order = [];
var inner = Promise.resolve('inner');
Promise.resolve().then(function () {
    order.push('a1');
}).then(function () {
    order.push('a2');
}).then(function () {
    order.push('a3');
});
new Promise(function (resolve) {
    resolve(inner);
}).then(function () {
    order.push('adopted');
});

setTimeout(function () {
    assert.deepStrictEqual(order, ['a1', 'a2', 'a3', 'adopted']);
    assert.deepStrictEqual(steps.sort(), ['getter-once', 'getter-throws',
        'nested', 'thenable', 'throw-after-resolve']);
}, 20);
