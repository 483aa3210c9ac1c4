/*
 * builtins: structuredClone — deep copies of JSON-like values, Date,
 * RegExp, Map, Set, ArrayBuffer, typed arrays, errors and cycles, and
 * DataCloneError for what cannot be cloned.
 */
'use strict';

var assert = require('assert');

var src = {
    n: 1, s: 'x', b: true, z: null, u: undefined, arr: [1, [2, { d: 3 }]],
    date: new Date(1700000000000), re: /a+b/gi,
    map: new Map([[1, { a: 1 }], ['k', 'v']]), set: new Set(['x', 2]),
    bytes: new Uint8Array([1, 2, 3]), num: Object(5)
};
src.self = src;
src.arr.push(src.arr);
var c = structuredClone(src);
assert.notStrictEqual(c, src);
assert.strictEqual(c.self, c);
assert.strictEqual(c.arr[2], c.arr);
assert.strictEqual(c.n, 1);
assert.strictEqual('u' in c, true);
assert.strictEqual(c.arr[1][1].d, 3);
assert.notStrictEqual(c.arr[1][1], src.arr[1][1]);
assert.ok(c.date instanceof Date);
assert.strictEqual(c.date.getTime(), 1700000000000);
assert.ok(c.re instanceof RegExp);
assert.strictEqual(c.re.source, 'a+b');
assert.strictEqual(c.re.global && c.re.ignoreCase, true);
assert.ok(c.map instanceof Map);
assert.strictEqual(c.map.get(1).a, 1);
assert.notStrictEqual(c.map.get(1), src.map.get(1));
assert.ok(c.set instanceof Set);
assert.strictEqual(c.set.has(2), true);
assert.ok(c.bytes instanceof Uint8Array);
assert.strictEqual(c.bytes[2], 3);
assert.notStrictEqual(c.bytes.buffer, src.bytes.buffer);
assert.strictEqual(typeof c.num, 'object');
assert.strictEqual(c.num.valueOf(), 5);

// Views of one buffer still share their (new) buffer.
var buf = new ArrayBuffer(8);
var pair = structuredClone([new Uint8Array(buf, 0, 4), new Uint16Array(buf)]);
pair[0][0] = 255;
assert.strictEqual(pair[1][0] & 255, 255);
assert.strictEqual(pair[0].length, 4);

// Prototypes are not kept; only own enumerable keys are copied.
var withProto = Object.create({ inherited: 1 });
withProto.own = 2;
var plain = structuredClone(withProto);
assert.strictEqual(plain.inherited, undefined);
assert.strictEqual(plain.own, 2);

// Errors keep their standard kind, message and stack.
var err = new RangeError('bad');
err.extra = 1;
var errCopy = structuredClone(err);
assert.ok(errCopy instanceof RangeError);
assert.strictEqual(errCopy.message, 'bad');
assert.strictEqual(errCopy.stack, err.stack);
assert.strictEqual(errCopy.extra, undefined);

// Primitives come back as they are.
assert.strictEqual(structuredClone(5), 5);
assert.strictEqual(structuredClone('s'), 's');
assert.strictEqual(structuredClone(undefined), undefined);

function cloneError(value, message) {
    assert.throws(function () {
        structuredClone(value);
    }, function (e) {
        assert.strictEqual(e.name, 'DataCloneError');
        assert.strictEqual(e.code, 25);
        assert.strictEqual(e.message, message);
        return true;
    });
}
cloneError(function () {}, 'function () {} could not be cloned.'
    .replace('function () {}', String(function () {})));
cloneError(Symbol('x'), 'Symbol(x) could not be cloned.');
cloneError({ f: Math.max }, String(Math.max) + ' could not be cloned.');
assert.throws(function () {
    structuredClone();
}, function (e) {
    assert.ok(e instanceof TypeError);
    assert.strictEqual(e.code, 'ERR_MISSING_ARGS');
    assert.strictEqual(e.message, 'The value argument must be specified');
    return true;
});
