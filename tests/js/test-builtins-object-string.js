/*
 * builtins: Object.entries / values / fromEntries /
 * getOwnPropertyDescriptors, String.prototype padStart / padEnd /
 * trimStart / trimEnd / at / replaceAll and the ES2015 ones Duktape has,
 * Number and Math additions, globalThis.
 */
'use strict';

var assert = require('assert');

function same(a, b) {
    assert.strictEqual(JSON.stringify(a), JSON.stringify(b));
}

assert.strictEqual(typeof globalThis, 'object');
assert.strictEqual(globalThis.Array, Array);

// Object.
var proto = { inherited: 1 };
var o = Object.create(proto);
o.b = 2;
o.a = 1;
Object.defineProperty(o, 'hidden', { value: 3, enumerable: false });
same(Object.entries(o), [['b', 2], ['a', 1]]);
same(Object.values(o), [2, 1]);
same(Object.entries('ab'), [['0', 'a'], ['1', 'b']]);
assert.throws(function () {
    Object.entries(null);
}, TypeError);
var from = Object.fromEntries([['x', 1], ['y', [2]]]);
same(from, { x: 1, y: [2] });
assert.strictEqual(Object.getOwnPropertyDescriptor(from, 'x').enumerable,
    true);
same(Object.fromEntries(new Map([['m', 1]])), { m: 1 });
assert.throws(function () {
    Object.fromEntries([1]);
}, TypeError);
var descs = Object.getOwnPropertyDescriptors(o);
same(Object.keys(descs).sort(), ['a', 'b', 'hidden']);
assert.strictEqual(descs.hidden.enumerable, false);
assert.strictEqual(descs.hidden.value, 3);
same(Object.assign({}, { a: 1 }, null, { b: 2 }), { a: 1, b: 2 });
assert.strictEqual(Object.is(NaN, NaN), true);
assert.strictEqual(Object.is(0, -0), false);

// String.
assert.strictEqual('5'.padStart(3, '0'), '005');
assert.strictEqual('abc'.padStart(10, '123'), '1231231abc');
assert.strictEqual('abc'.padStart(2), 'abc');
assert.strictEqual('abc'.padStart(6), '   abc');
assert.strictEqual('abc'.padStart(6, ''), 'abc');
assert.strictEqual('abc'.padEnd(6, 'xy'), 'abcxyx');
assert.strictEqual('abc'.padEnd(NaN), 'abc');
assert.strictEqual('  \t a b \n '.trimStart(), 'a b \n ');
assert.strictEqual('  \t a b \n '.trimEnd(), '  \t a b');
assert.strictEqual('\ufeff\xa0x\xa0'.trimStart(), 'x\xa0');
assert.strictEqual(' x '.trimLeft(), 'x ');
assert.strictEqual(' x '.trimRight(), ' x');
assert.strictEqual('abc'.at(-1), 'c');
assert.strictEqual('abc'.at(3), undefined);
assert.strictEqual('a.b.c'.replaceAll('.', '/'), 'a/b/c');
assert.strictEqual('aaa'.replaceAll('a', function (m, i) {
    return i;
}), '012');
assert.strictEqual('a-b'.replaceAll(/-/g, '+'), 'a+b');
assert.throws(function () {
    'a'.replaceAll(/a/, 'b');
}, TypeError);
assert.strictEqual('abc'.includes('bc'), true);
assert.strictEqual('abc'.startsWith('ab'), true);
assert.strictEqual('abc'.endsWith('bc'), true);
assert.strictEqual('ab'.repeat(3), 'ababab');

// Number.
assert.strictEqual(Number.isInteger(5), true);
assert.strictEqual(Number.isInteger(5.5), false);
assert.strictEqual(Number.isInteger('5'), false);
assert.strictEqual(Number.isSafeInteger(Math.pow(2, 53)), false);
assert.strictEqual(Number.isSafeInteger(Math.pow(2, 53) - 1), true);
assert.strictEqual(Number.isFinite('1'), false);
assert.strictEqual(Number.isNaN('x'), false);
assert.strictEqual(Number.isNaN(NaN), true);
assert.strictEqual(Number.EPSILON, Math.pow(2, -52));
assert.strictEqual(Number.MAX_SAFE_INTEGER, 9007199254740991);
assert.strictEqual(Number.MIN_SAFE_INTEGER, -9007199254740991);

// Math.
assert.strictEqual(Math.trunc(-4.7), -4);
assert.strictEqual(Math.sign(-3), -1);
assert.strictEqual(Math.log2(8), 3);
assert.strictEqual(Math.log10(1000), 3);
assert.strictEqual(Math.hypot(3, 4), 5);
assert.strictEqual(Math.cbrt(27), 3);
assert.strictEqual(Math.fround(5.5), 5.5);
assert.strictEqual(Math.fround(5.05), 5.050000190734863);
function near(a, b) {
    assert.ok(Math.abs(a - b) < 1e-12, a + ' vs ' + b);
}
near(Math.expm1(1), Math.E - 1);
near(Math.expm1(1e-10), 1.00000000005e-10);
near(Math.log1p(Math.E - 1), 1);
near(Math.sinh(1), 1.1752011936438014);
near(Math.cosh(1), 1.5430806348152437);
near(Math.tanh(0.5), 0.46211715726000974);
assert.strictEqual(Math.tanh(Infinity), 1);
near(Math.asinh(1), 0.881373587019543);
near(Math.acosh(2), 1.3169578969248166);
near(Math.atanh(0.5), 0.5493061443340549);
assert.strictEqual(1 / Math.sinh(-0), -Infinity);
assert.strictEqual(Math.cbrt(-27), -3);
assert.strictEqual(Math.cbrt(64), 4);
assert.strictEqual(Math.cbrt(0.001), 0.1);
assert.strictEqual(1 / Math.cbrt(-0), -Infinity);
assert.strictEqual(Math.cbrt(-Infinity), -Infinity);
