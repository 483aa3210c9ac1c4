/*
 * builtins: String.prototype[Symbol.iterator] walks a string by code
 * point (a surrogate pair is one item), as in ES2015. Packages probe it:
 * get-intrinsic (under qs and side-channel) calls ''[Symbol.iterator]()
 * when it loads.
 */
'use strict';

var assert = require('assert');

var method = String.prototype[Symbol.iterator];
assert.strictEqual(typeof method, 'function');
assert.strictEqual(Object.getOwnPropertyDescriptor(String.prototype,
    Symbol.iterator).enumerable, false);

function items(s) {
    var it = s[Symbol.iterator]();
    var out = [];
    var step;
    for (step = it.next(); !step.done; step = it.next()) {
        out.push(step.value);
    }
    // Finished iterators stay finished.
    assert.deepStrictEqual(it.next(), { value: undefined, done: true });
    return out;
}

assert.deepStrictEqual(items(''), []);
assert.deepStrictEqual(items('abc'), ['a', 'b', 'c']);
assert.deepStrictEqual(items('a\ud83d\ude00b'), ['a', '\ud83d\ude00', 'b']);
// Lone surrogates are items of their own.
assert.deepStrictEqual(items('\ud83dx\ude00'), ['\ud83d', 'x', '\ude00']);
assert.deepStrictEqual(items('\ud83d'), ['\ud83d']);

// The iterator is itself iterable, and is a String Iterator.
var it = 'xy'[Symbol.iterator]();
assert.strictEqual(it[Symbol.iterator](), it);
assert.strictEqual(Object.prototype.toString.call(it), '[object String Iterator]');
// What get-intrinsic does at load time.
var proto = Object.getPrototypeOf(''[Symbol.iterator]());
assert.strictEqual(typeof proto.next, 'function');

// It works on String objects and other values converted to strings.
assert.deepStrictEqual(items(new String('hi')), ['h', 'i']);
var stringLike = Object.create(String.prototype);
stringLike.toString = function () {
    return 'ok';
};
assert.deepStrictEqual(items(stringLike), ['o', 'k']);
assert.deepStrictEqual(method.call(42).next(), { value: '4', done: false });
assert.throws(function () {
    method.call(null);
}, TypeError);
assert.throws(function () {
    method.call(undefined);
}, TypeError);

// Array.from and the collections take strings through it.
assert.deepStrictEqual(Array.from('a\ud83d\ude00'), ['a', '\ud83d\ude00']);
assert.strictEqual(new Set('hello').size, 4);
