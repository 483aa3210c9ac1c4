// Promise.resolve/reject/all/allSettled/race/any and AggregateError.
'use strict';
var assert = require('assert');

var steps = [];
var p = Promise.resolve(1);
assert.strictEqual(Promise.resolve(p), p);

Promise.all([1, Promise.resolve(2), { then: function (r) { r(3); } }])
    .then(function (values) {
        assert.deepStrictEqual(values, [1, 2, 3]);
        steps.push('all');
    });
Promise.all([]).then(function (values) {
    assert.deepStrictEqual(values, []);
    steps.push('all-empty');
});
Promise.all([Promise.resolve(1), Promise.reject(new Error('no'))])
    ['catch'](function (err) {
        assert.strictEqual(err.message, 'no');
        steps.push('all-reject');
    });
Promise.all(5)['catch'](function (err) {
    assert.ok(err instanceof TypeError);
    steps.push('all-not-iterable');
});
Promise.all('ab').then(function (values) {
    assert.deepStrictEqual(values, ['a', 'b']);
    steps.push('all-string');
});
Promise.all(new Set([1, 2])).then(function (values) {
    assert.deepStrictEqual(values, [1, 2]);
    steps.push('all-set');
});

Promise.allSettled([1, Promise.reject('r')]).then(function (results) {
    assert.deepStrictEqual(results, [
        { status: 'fulfilled', value: 1 },
        { status: 'rejected', reason: 'r' }
    ]);
    steps.push('allSettled');
});

Promise.race([new Promise(function () {}), Promise.resolve('fast')])
    .then(function (v) {
        assert.strictEqual(v, 'fast');
        steps.push('race');
    });
Promise.race([Promise.reject('first'), Promise.resolve('second')])
    ['catch'](function (r) {
        assert.strictEqual(r, 'first');
        steps.push('race-reject');
    });

Promise.any([Promise.reject(1), Promise.resolve(2)]).then(function (v) {
    assert.strictEqual(v, 2);
    steps.push('any');
});
Promise.any([Promise.reject(1), Promise.reject(2)])['catch'](function (e) {
    assert.ok(e instanceof AggregateError);
    assert.ok(e instanceof Error);
    assert.strictEqual(e.name, 'AggregateError');
    assert.strictEqual(e.message, 'All promises were rejected');
    assert.deepStrictEqual(e.errors, [1, 2]);
    steps.push('any-reject');
});
Promise.any([])['catch'](function (e) {
    assert.deepStrictEqual(e.errors, []);
    steps.push('any-empty');
});

Promise.reject(new Error('r'))['catch'](function (err) {
    assert.strictEqual(err.message, 'r');
    steps.push('reject');
});

var agg = new AggregateError([1], 'msg');
assert.strictEqual(agg.message, 'msg');
assert.deepStrictEqual(agg.errors, [1]);

setTimeout(function () {
    assert.deepStrictEqual(steps.sort(), ['all', 'all-empty',
        'all-not-iterable', 'all-reject', 'all-set', 'all-string', 'any',
        'any-empty', 'any-reject', 'allSettled', 'race', 'race-reject',
        'reject'].sort());
}, 20);
