// util.types tells built-in objects apart by their internal slots.
'use strict';
var assert = require('assert');
var types = require('util').types;

assert.strictEqual(types.isDate(new Date()), true);
assert.strictEqual(types.isDate(Object.create(Date.prototype)), false);
assert.strictEqual(types.isRegExp(/x/), true);
assert.strictEqual(types.isRegExp({ source: 'x' }), false);
assert.strictEqual(types.isPromise(Promise.resolve()), true);
assert.strictEqual(types.isPromise({ then: function () {} }), false);
assert.strictEqual(types.isNativeError(new RangeError()), true);
assert.strictEqual(types.isNativeError({ message: 'x' }), false);
assert.strictEqual(types.isMap(new Map()), true);
assert.strictEqual(types.isMap(new Set()), false);
assert.strictEqual(types.isSet(new Set()), true);
assert.strictEqual(types.isWeakMap(new WeakMap()), true);
assert.strictEqual(types.isWeakSet(new WeakSet()), true);
assert.strictEqual(types.isTypedArray(new Uint8Array(1)), true);
assert.strictEqual(types.isTypedArray(new DataView(new ArrayBuffer(1))),
    false);
assert.strictEqual(types.isUint8Array(new Uint8Array(1)), true);
assert.strictEqual(types.isUint8Array(new Int8Array(1)), false);
assert.strictEqual(types.isFloat64Array(new Float64Array(1)), true);
assert.strictEqual(types.isArrayBuffer(new ArrayBuffer(1)), true);
assert.strictEqual(types.isAnyArrayBuffer(new ArrayBuffer(1)), true);
assert.strictEqual(types.isArrayBufferView(new DataView(new ArrayBuffer(1))),
    true);
assert.strictEqual(types.isDataView(new DataView(new ArrayBuffer(1))), true);
assert.strictEqual(types.isBoxedPrimitive(new Number(1)), true);
assert.strictEqual(types.isBoxedPrimitive(1), false);
assert.strictEqual(types.isNumberObject(new Number(1)), true);
assert.strictEqual(types.isStringObject(new String('')), true);
assert.strictEqual(types.isBooleanObject(new Boolean(true)), true);
assert.strictEqual(types.isSymbolObject(Object(Symbol())), true);
assert.strictEqual(types.isArgumentsObject((function () {
    return arguments;
})()), true);
assert.strictEqual(types.isArgumentsObject([]), false);
