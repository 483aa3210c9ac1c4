/*
 * Buffer: a Uint8Array whose prototype is Buffer.prototype; the global
 * and require('buffer').Buffer are the same function; Buffer() and
 * new Buffer() still work (with Node's deprecation warning, once).
 */
'use strict';

var assert = require('assert');

var desc = Object.getOwnPropertyDescriptor(globalThis, 'Buffer');
assert.strictEqual(desc === undefined ? false : desc.enumerable, false);
assert.strictEqual(typeof Buffer, 'function');
assert.strictEqual(require('buffer').Buffer, Buffer);
assert.strictEqual(require('node:buffer').Buffer, Buffer);

var b = Buffer.from('abc');
assert.ok(b instanceof Buffer);
assert.ok(b instanceof Uint8Array);
assert.strictEqual(Object.getPrototypeOf(b), Buffer.prototype);
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype),
    Uint8Array.prototype);
assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
assert.strictEqual(Buffer.prototype.constructor, Buffer);
assert.strictEqual(b.constructor, Buffer);
assert.strictEqual(Object.prototype.toString.call(b), '[object Uint8Array]');
assert.ok(ArrayBuffer.isView(b));
assert.strictEqual(b.length, 3);
assert.strictEqual(b.byteLength, 3);
assert.strictEqual(b[1], 0x62);
b[1] = 0x142; // a typed array store keeps the low byte
assert.strictEqual(b[1], 0x42);
assert.strictEqual(b[5], undefined);
assert.strictEqual(Buffer.name, 'Buffer');
assert.strictEqual(Buffer.length, 3);
assert.strictEqual(Buffer.poolSize, 8192);

// isBuffer is instanceof Buffer: a plain Uint8Array is not one.
assert.strictEqual(Buffer.isBuffer(b), true);
assert.strictEqual(Buffer.isBuffer(new Uint8Array(2)), false);
assert.strictEqual(Buffer.isBuffer('abc'), false);
assert.strictEqual(Buffer.isBuffer(null), false);
assert.strictEqual(Buffer.isBuffer(), false);

// Methods are enumerable, as in Node, and come in Node's order.
var keys = [];
for (var k in Buffer.from('x')) {
    keys.push(k);
}
assert.strictEqual(keys[0], '0');
assert.strictEqual(keys[1], 'readBigUInt64LE');
assert.strictEqual(keys[keys.length - 1], 'toLocaleString');
assert.ok(keys.indexOf('readUInt8') < keys.indexOf('asciiSlice'));

// Typed array methods are inherited and see the bytes.
assert.strictEqual(b.join(','), '97,66,99');
assert.strictEqual(b.map(function (x) { return x + 1; })[0], 98);

// Buffer(n), new Buffer(string), Buffer(array); one warning for them all.
var warnings = [];
process.on('warning', function (w) {
    warnings.push(w.name + ' ' + w.code);
});
assert.deepStrictEqual(Buffer(3), Buffer.alloc(3));
assert.strictEqual(new Buffer('hi').toString(), 'hi');
assert.strictEqual(Buffer([1, 2])[1], 2);
assert.strictEqual(new Buffer(new ArrayBuffer(4), 1).length, 3);
assert.throws(function () {
    return new Buffer(3, 'utf8');
}, /The "string" argument must be of type string. Received type number/);
setImmediate(function () {
    assert.deepStrictEqual(warnings, ['DeprecationWarning DEP0005']);
    console.log('ok');
});
