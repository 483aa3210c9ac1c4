/*
 * builtins: the %TypedArray%.prototype methods Duktape lacks (fill, slice,
 * map, filter, sort, indexOf, includes, join, iteration, ...).
 */
'use strict';

var assert = require('assert');

function list(ta) {
    return Array.prototype.slice.call(ta).join(',');
}

var a = new Uint8Array([5, 1, 4, 2, 3]);
assert.strictEqual(list(new Uint8Array(3).fill(7)), '7,7,7');
assert.strictEqual(list(new Uint8Array(4).fill(9, 1, -1)), '0,9,9,0');
assert.strictEqual(list(new Uint8Array([1, 2]).fill(300)), '44,44');

var s = a.slice(1, 3);
assert.ok(s instanceof Uint8Array);
assert.strictEqual(list(s), '1,4');
s[0] = 99;
assert.strictEqual(a[1], 1, 'slice copies');
assert.strictEqual(list(a.slice(-2)), '2,3');
assert.strictEqual(a.slice(4, 1).length, 0);

var m = a.map(function (x) {
    return x * 100;
});
assert.ok(m instanceof Uint8Array);
assert.strictEqual(list(m), [500 & 255, 100, 400 & 255, 200, 300 & 255].join(
    ','));
assert.strictEqual(list(a.filter(function (x) {
    return x > 2;
})), '5,4,3');
assert.strictEqual(list(new Float64Array([3, -1, NaN, 10, -0, 0]).sort()),
    '-1,0,0,3,10,NaN');
assert.strictEqual(list(new Int16Array([10, 9, 100]).sort()), '9,10,100');
assert.strictEqual(list(new Int16Array([1, 2, 3]).sort(function (x, y) {
    return y - x;
})), '3,2,1');

assert.strictEqual(a.indexOf(4), 2);
assert.strictEqual(a.lastIndexOf(9), -1);
assert.strictEqual(a.includes(3), true);
assert.strictEqual(new Float32Array([NaN]).includes(NaN), true);
assert.strictEqual(a.join('-'), '5-1-4-2-3');
assert.strictEqual(String(new Uint8Array([1, 2])), '1,2');
assert.strictEqual(a.find(function (x) {
    return x < 3;
}), 1);
assert.strictEqual(a.findIndex(function (x) {
    return x < 3;
}), 1);
assert.strictEqual(a.some(function (x) {
    return x > 4;
}), true);
assert.strictEqual(a.every(function (x) {
    return x > 4;
}), false);
assert.strictEqual(a.reduce(function (x, y) {
    return x + y;
}), 15);
var seen = [];
a.forEach(function (x, i) {
    seen.push(i + ':' + x);
});
assert.strictEqual(seen.join(' '), '0:5 1:1 2:4 3:2 4:3');
assert.strictEqual(list(new Uint8Array([1, 2, 3]).reverse()), '3,2,1');
assert.strictEqual(list(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(0, 3)),
    '4,5,3,4,5');
assert.strictEqual(new Uint8Array([1, 2, 3]).at(-1), 3);
assert.strictEqual(Array.from(new Uint8Array([7, 8]).entries()).join(';'),
    '0,7;1,8');
assert.strictEqual(Array.from(new Uint16Array([7, 8])).join(), '7,8');
