/*
 * builtins: what install() adds is non-enumerable, so enumerating
 * built-in prototypes shows nothing new; and the methods behave as
 * built-ins do when borrowed.
 */
'use strict';

var assert = require('assert');

function enumerable(obj) {
    var keys = [];
    for (var k in obj) {
        keys.push(k);
    }
    return keys;
}

assert.deepStrictEqual(enumerable([]), []);
assert.deepStrictEqual(enumerable(''), []);
assert.deepStrictEqual(enumerable(new Uint8Array(0)), []);
assert.deepStrictEqual(enumerable(Array), []);
assert.deepStrictEqual(enumerable(Object), []);
assert.deepStrictEqual(enumerable(Math), []);
assert.deepStrictEqual(enumerable(Number), []);
['globalThis', 'Map', 'Set', 'WeakMap', 'WeakSet']
    .forEach(function (name) {
        var d = Object.getOwnPropertyDescriptor(globalThis, name);
        assert.ok(d, name);
        assert.strictEqual(d.enumerable, false, name);
    });
// structuredClone is a Node global, and Node makes it enumerable.
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis,
    'structuredClone').enumerable, true);

// Borrowed methods work on array-likes, as the built-ins do.
var like = { length: 2, 0: 'a', 1: 'b' };
assert.strictEqual(Array.prototype.includes.call(like, 'b'), true);
assert.strictEqual(Array.prototype.findIndex.call(like, function (x) {
    return x === 'b';
}), 1);
assert.strictEqual(String.prototype.padStart.call(7, 3, '0'), '007');
assert.strictEqual(Array.prototype.includes.length, 1);
assert.strictEqual(String.prototype.padStart.length, 1);
assert.strictEqual(Array.from.length, 1);
assert.strictEqual(Array.prototype.includes.name, 'includes');
[[Array.prototype, 'find', 1], [Array.prototype, 'fill', 1],
    [Array.prototype, 'copyWithin', 2], [Array.prototype, 'flat', 0],
    [Array.prototype, 'flatMap', 1], [Array.prototype, 'at', 1],
    [Object, 'entries', 1], [Object, 'fromEntries', 1],
    [String.prototype, 'padEnd', 1], [String.prototype, 'trimStart', 0]
].forEach(function (c) {
    assert.strictEqual(c[0][c[1]].length, c[2], c[1]);
});
