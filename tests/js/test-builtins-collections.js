/*
 * builtins: the Map, Set, WeakMap and WeakSet globals, as programs see
 * them: insertion order, SameValueZero keys (NaN, -0), size, forEach,
 * live iterators, construction from arrays and iterables.
 */
'use strict';

var assert = require('assert');

function same(a, b) {
    assert.strictEqual(JSON.stringify(a), JSON.stringify(b));
}

['Map', 'Set', 'WeakMap', 'WeakSet'].forEach(function (name) {
    assert.strictEqual(typeof globalThis[name], 'function', name);
    assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, name)
        .enumerable, false, name);
});

var m = new Map([['b', 2], ['a', 1]]);
var key = {};
m.set(key, 'obj').set(NaN, 'nan').set(-0, 'zero');
assert.strictEqual(m.size, 5);
assert.strictEqual(m.get(NaN), 'nan');
assert.strictEqual(m.get(0), 'zero');
assert.strictEqual(m.get(key), 'obj');
assert.strictEqual(m.get({}), undefined);
assert.strictEqual(m.has('1'), false);
same(Array.from(m.keys()).slice(0, 2), ['b', 'a']);
assert.ok(Object.is(Array.from(m.keys())[4], 0), '-0 is stored as +0');
m.set('b', 20);
same(Array.from(m.entries())[0], ['b', 20]);
assert.strictEqual(m['delete']('a'), true);
assert.strictEqual(m['delete']('a'), false);
var order = [];
m.forEach(function (v, k, map) {
    assert.strictEqual(map, m);
    order.push(typeof k === 'object' ? 'obj' : String(k));
});
same(order, ['b', 'obj', 'NaN', '0']);

// Live iteration: deletions and additions during iteration are seen.
var live = new Map([[1, 1], [2, 2], [3, 3]]);
var seen = [];
var it = live.keys();
seen.push(it.next().value);
live['delete'](2);
live.set(4, 4);
for (var step = it.next(); !step.done; step = it.next()) {
    seen.push(step.value);
}
same(seen, [1, 3, 4]);
m.clear();
assert.strictEqual(m.size, 0);

var s = new Set([1, 2, 2, '2', NaN, NaN]);
assert.strictEqual(s.size, 4);
assert.strictEqual(s.has(NaN), true);
assert.strictEqual(s.add(3), s);
same(Array.from(s.values()), [1, 2, '2', null, 3]);
same(Array.from(s.entries())[0], [1, 1]);
assert.strictEqual(s.keys, s.values);
assert.strictEqual(new Set('hello').size, 4);

assert.throws(function () {
    return Map();
}, TypeError);
assert.throws(function () {
    return new Map([1]);
}, TypeError);

var wm = new WeakMap();
var k1 = {};
var k2 = function () {};
wm.set(k1, 'one').set(k2, 'two');
assert.strictEqual(wm.get(k1), 'one');
assert.strictEqual(wm.has(k2), true);
assert.strictEqual(wm['delete'](k1), true);
assert.strictEqual(wm.has(k1), false);
assert.throws(function () {
    wm.set('str', 1);
}, TypeError);
// The key's own keys are untouched by the hidden entry.
same(Object.keys(k1), []);
var frozen = Object.freeze({});
wm.set(frozen, 'f');
assert.strictEqual(wm.get(frozen), 'f');

var ws = new WeakSet([k1]);
assert.strictEqual(ws.has(k1), true);
assert.strictEqual(ws.has({}), false);
ws['delete'](k1);
assert.strictEqual(ws.has(k1), false);
assert.throws(function () {
    ws.add(1);
}, TypeError);

assert.strictEqual(Object.prototype.toString.call(new Map()), '[object Map]');
assert.strictEqual(Object.prototype.toString.call(new Set()), '[object Set]');
