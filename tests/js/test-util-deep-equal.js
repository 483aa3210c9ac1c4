// util.isDeepStrictEqual (and the comparison behind assert.deepEqual).
'use strict';
var assert = require('assert');
var util = require('util');

var eq = util.isDeepStrictEqual;
assert.strictEqual(eq({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), true);
assert.strictEqual(eq({ a: 1 }, { a: '1' }), false);
assert.strictEqual(eq([1, 2], [2, 1]), false);
assert.strictEqual(eq(NaN, NaN), true);
assert.strictEqual(eq(0, -0), false);
assert.strictEqual(eq([1, , 3], [1, undefined, 3]), false);
assert.strictEqual(eq(new Date(5), new Date(5)), true);
assert.strictEqual(eq(new Date(5), new Date(6)), false);
assert.strictEqual(eq(/a/g, /a/g), true);
assert.strictEqual(eq(/a/g, /a/i), false);
assert.strictEqual(eq(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])),
    true);
assert.strictEqual(eq(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 },
    'v']])), true);
assert.strictEqual(eq(new Set([{ a: 1 }, 2]), new Set([2, { a: 1 }])), true);
assert.strictEqual(eq(new Set([1]), new Set(['1'])), false);
assert.strictEqual(eq(new Uint8Array([1, 2]), new Uint8Array([1, 2])), true);
assert.strictEqual(eq(new Uint8Array([1, 2]), new Int8Array([1, 2])), false);
assert.strictEqual(eq(new Number(1), new Number(1)), true);
assert.strictEqual(eq(new Number(1), new Number(2)), false);
assert.strictEqual(eq(new Error('a'), new Error('a')), true);
assert.strictEqual(eq(new Error('a'), new Error('b')), false);
assert.strictEqual(eq(new Error('a'), new TypeError('a')), false);
assert.strictEqual(eq(Object.create(null), {}), false);

// Promises have no visible state to compare.
assert.strictEqual(eq(Promise.resolve(1), Promise.resolve(2)), true);

function Foo() {}
assert.strictEqual(eq(new Foo(), {}), false);

// Symbol keys count in strict mode.
var s = Symbol('s');
var withSym = {};
withSym[s] = 1;
assert.strictEqual(eq(withSym, {}), false);

// Cycles.
var a = { name: 'x' };
a.self = a;
var b = { name: 'x' };
b.self = b;
assert.strictEqual(eq(a, b), true);
var c = { name: 'y' };
c.self = c;
assert.strictEqual(eq(a, c), false);

// Loose comparison, through assert.deepEqual.
assert.deepEqual({ a: 1 }, { a: '1' });
assert.deepEqual(new Set([1]), new Set(['1']));
assert.deepEqual(0, -0);
assert.throws(function () {
    assert.deepEqual({ a: 1 }, { a: 2 });
}, { code: 'ERR_ASSERTION' });
