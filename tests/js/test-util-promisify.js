// promisify (including util.promisify.custom) and callbackify.
'use strict';
var assert = require('assert');
var util = require('util');

var steps = [];

function addLater(a, b, cb) {
    setTimeout(function () {
        if (a < 0) {
            cb(new Error('negative'));
        } else {
            cb(null, a + b, 'ignored');
        }
    }, 0);
}
var addAsync = util.promisify(addLater);
// The promisified function remembers itself as its custom version.
assert.strictEqual(addAsync[util.promisify.custom], addAsync);
assert.strictEqual(util.promisify(addAsync), addAsync);
addAsync(1, 2).then(function (v) {
    assert.strictEqual(v, 3);
    steps.push('resolved');
});
addAsync(-1, 2)['catch'](function (err) {
    assert.strictEqual(err.message, 'negative');
    steps.push('rejected');
});

// `this` is passed through.
var obj = {
    value: 10,
    get: function (cb) {
        cb(null, this.value);
    }
};
obj.getAsync = util.promisify(obj.get);
obj.getAsync().then(function (v) {
    assert.strictEqual(v, 10);
    steps.push('this');
});

// A custom promisified version wins.
function withCustom() {}
var customFn = function () {
    return Promise.resolve('custom');
};
withCustom[util.promisify.custom] = customFn;
assert.strictEqual(util.promisify(withCustom), customFn);

assert.throws(function () {
    util.promisify('nope');
}, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "original" argument must be of type function. ' +
        'Received type string (\'nope\')'
});

// callbackify: results arrive as (null, value) on a later tick; falsy
// rejections are wrapped.
function double(x) {
    return Promise.resolve(x * 2);
}
var doubleCb = util.callbackify(double);
var sync = true;
doubleCb(4, function (err, value) {
    assert.strictEqual(sync, false);
    assert.strictEqual(err, null);
    assert.strictEqual(value, 8);
    steps.push('callbackify');
});
sync = false;
util.callbackify(function () {
    return Promise.reject(null);
})(function (err) {
    assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
    assert.strictEqual(err.reason, null);
    assert.strictEqual(err.message, 'Promise was rejected with falsy value');
    steps.push('falsy');
});
util.callbackify(function () {
    return Promise.reject(new Error('real'));
})(function (err) {
    assert.strictEqual(err.message, 'real');
    steps.push('reason');
});
assert.throws(function () {
    doubleCb(1, 'not a function');
}, { code: 'ERR_INVALID_ARG_TYPE' });

setTimeout(function () {
    assert.deepStrictEqual(steps.sort(), ['callbackify', 'falsy', 'reason',
        'rejected', 'resolved', 'this']);
}, 30);
