/*
 * builtins: Array.from / Array.of and the Array.prototype methods nodule
 * adds to Duktape (includes, find*, fill, copyWithin, flat, flatMap, at,
 * keys/values/entries). Expected values are the ECMAScript ones.
 */
'use strict';

var assert = require('assert');

function same(a, b) {
    assert.strictEqual(JSON.stringify(a), JSON.stringify(b));
}

// Non-enumerable, like real built-ins.
['includes', 'find', 'findIndex', 'fill', 'flat', 'flatMap', 'copyWithin',
    'at', 'keys', 'values', 'entries'].forEach(function (name) {
    assert.strictEqual(typeof Array.prototype[name], 'function', name);
    assert.strictEqual(Object.getOwnPropertyDescriptor(Array.prototype,
        name).enumerable, false, name);
});
for (var k in []) {
    assert.fail('enumerable key on arrays: ' + k);
}

// Array.from: array-likes, strings by code point, iterables, map function.
same(Array.from({ length: 3, 0: 'a', 2: 'c' }), ['a', null, 'c']);
assert.strictEqual(Array.from({ length: 2 })[1], undefined);
same(Array.from('a\ud83d\ude00b'), ['a', '\ud83d\ude00', 'b']);
same(Array.from([1, 2, 3], function (x, i) {
    return x * 10 + i;
}), [10, 21, 32]);
same(Array.from([1], function () {
    return this.v;
}, { v: 7 }), [7]);
assert.notStrictEqual(Array.from([1]), [1]);
same(Array.from(new Set([1, 1, 2])), [1, 2]);
same(Array.from(new Map([['a', 1]])), [['a', 1]]);
same(Array.from(new Map([['a', 1]]).keys()), ['a']);
same(Array.from(5), []);
assert.throws(function () {
    Array.from(null);
}, TypeError);
assert.throws(function () {
    Array.from([], 'nope');
}, TypeError);
if (typeof Symbol === 'function' && typeof Symbol.iterator === 'symbol') {
    var custom = {};
    custom[Symbol.iterator] = function () {
        var n = 0;
        return {
            next: function () {
                n++;
                return { value: n, done: n > 3 };
            }
        };
    };
    same(Array.from(custom), [1, 2, 3]);
}
same(Array.of(1, 'a', null), [1, 'a', null]);
same(Array.of(), []);

// includes: SameValueZero, fromIndex.
assert.strictEqual([1, NaN].includes(NaN), true);
assert.strictEqual([1, NaN].indexOf(NaN), -1);
assert.strictEqual([-0].includes(0), true);
assert.strictEqual([1, 2, 3].includes(1, 1), false);
assert.strictEqual([1, 2, 3].includes(3, -1), true);
assert.strictEqual([1, 2, 3].includes(1, -10), true);
assert.strictEqual([undefined].includes(), true);
assert.strictEqual([, ].includes(undefined), true);
assert.strictEqual(Array.prototype.includes.call({ length: 1, 0: 'x' }, 'x'),
    true);

// find / findIndex / findLast / findLastIndex.
var arr = [5, 12, 8, 130, 44];
assert.strictEqual(arr.find(function (x) {
    return x > 10;
}), 12);
assert.strictEqual(arr.findIndex(function (x) {
    return x > 10;
}), 1);
assert.strictEqual(arr.find(function (x) {
    return x > 1000;
}), undefined);
assert.strictEqual(arr.findIndex(function (x) {
    return x > 1000;
}), -1);
assert.strictEqual(arr.findLast(function (x) {
    return x > 10;
}), 44);
assert.strictEqual(arr.findLastIndex(function (x) {
    return x > 10;
}), 4);
var visited = [];
[1, , 3].find(function (x, i) {
    visited.push(i);
});
same(visited, [0, 1, 2]);
assert.throws(function () {
    arr.find();
}, TypeError);

// fill and copyWithin.
same([1, 2, 3, 4].fill(0, 1, 3), [1, 0, 0, 4]);
same([1, 2, 3].fill(9, -1), [1, 2, 9]);
same(new Array(3).fill('x'), ['x', 'x', 'x']);
same([1, 2, 3, 4, 5].copyWithin(0, 3), [4, 5, 3, 4, 5]);
same([1, 2, 3, 4, 5].copyWithin(1, 0, 3), [1, 1, 2, 3, 5]);
same([1, 2, 3, 4, 5].copyWithin(-2, -3, -1), [1, 2, 3, 3, 4]);

// flat and flatMap.
same([1, [2, [3, [4]]]].flat(), [1, 2, [3, [4]]]);
same([1, [2, [3, [4]]]].flat(Infinity), [1, 2, 3, 4]);
same([1, [2]].flat(0), [1, [2]]);
same([1, , [2, , 3]].flat(), [1, 2, 3]);
same([1, 2].flatMap(function (x) {
    return [x, [x * 2]];
}), [1, [2], 2, [4]]);

// at.
assert.strictEqual([1, 2, 3].at(-1), 3);
assert.strictEqual([1, 2, 3].at(5), undefined);
assert.strictEqual([1, 2, 3].at('1'), 2);

// Iterators.
var it = ['a', 'b'].entries();
same(it.next(), { value: [0, 'a'], done: false });
same(it.next(), { value: [1, 'b'], done: false });
same(it.next(), { done: true });
same(Array.from(['a', 'b'].keys()), [0, 1]);
same(Array.from(['a', 'b'].values()), ['a', 'b']);
