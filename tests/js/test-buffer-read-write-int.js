/*
 * Integer readers and writers: values in both byte orders and every size,
 * the return value of writes, the lowercase aliases, and Node's errors
 * for offsets and values out of range.
 */
'use strict';

var assert = require('assert');

function throwsMsg(fn, code, message) {
    assert.throws(fn, function (err) {
        assert.strictEqual(err.code, code);
        assert.strictEqual(err.message, message);
        return true;
    });
}

var b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0xff, 0x80]);
assert.strictEqual(b.readUInt8(0), 1);
assert.strictEqual(b.readUInt8(), 1);
assert.strictEqual(b.readInt8(8), -1);
assert.strictEqual(b.readInt8(9), -128);
assert.strictEqual(b.readUInt16LE(0), 0x0201);
assert.strictEqual(b.readUInt16BE(0), 0x0102);
assert.strictEqual(b.readInt16BE(8), -128);
assert.strictEqual(b.readInt16LE(8), -32513);
assert.strictEqual(b.readUInt32LE(0), 0x04030201);
assert.strictEqual(b.readUInt32BE(6), 0x0708ff80);
assert.strictEqual(b.readInt32BE(6), 0x0708ff80);
assert.strictEqual(b.readInt32LE(6), -2130769913);
assert.strictEqual(b.readUIntLE(0, 3), 0x030201);
assert.strictEqual(b.readUIntBE(0, 6), 0x010203040506);
assert.strictEqual(b.readIntBE(4, 6), 5523445972864);
assert.strictEqual(b.readIntLE(4, 6), -139642137016827);
assert.strictEqual(b.readIntBE(8, 2), -128);
assert.strictEqual(b.readIntLE(5, 5), -545477097722);

// Writes return the offset after the value; stores round trip.
var w = Buffer.alloc(8);
assert.strictEqual(w.writeUInt8(255, 0), 1);
assert.strictEqual(w.writeInt8(-2, 1), 2);
assert.strictEqual(w.writeUInt16BE(0xabcd, 2), 4);
assert.strictEqual(w.writeInt32LE(-5, 4), 8);
assert.strictEqual(w.toString('hex'), 'fffeabcdfbffffff');
assert.strictEqual(w.writeUIntBE(0x123456789abc, 1, 6), 7);
assert.strictEqual(w.toString('hex'), 'ff123456789abcff');
assert.strictEqual(w.writeIntLE(-0x123456789a, 0, 5), 5);
assert.strictEqual(w.readIntLE(0, 5), -0x123456789a);
assert.strictEqual(w.writeIntBE(-1, 2, 3), 5);
assert.strictEqual(w.readIntBE(2, 3), -1);
// Fractions and coercible values are accepted; NaN writes 0.
assert.strictEqual(w.writeUInt8(1.9, 0) && w[0], 1);
assert.strictEqual(w.writeUInt8('7', 0) && w[0], 7);
assert.strictEqual(w.writeUInt16LE(4660.8, 0) && w.readUInt16LE(0), 4660);
assert.strictEqual(w.writeUInt32BE(NaN, 0) && w.readUInt32BE(0), 0);

// The lowercase aliases are the same functions.
['readUint8', 'readUint16LE', 'readUint32BE', 'readUintLE', 'writeUint8',
    'writeUint16BE', 'writeUint32LE', 'writeUintBE'].forEach(function (n) {
    assert.strictEqual(Buffer.prototype[n],
        Buffer.prototype[n.replace('Uint', 'UInt')], n);
});
assert.strictEqual(Buffer.prototype.readUInt8.name, 'readUInt8');
assert.strictEqual(Buffer.prototype.readUInt8.length, 0);
assert.strictEqual(Buffer.prototype.writeInt8.length, 1);

// They work on any Uint8Array.
assert.strictEqual(Buffer.prototype.readUInt16BE.call(
    new Uint8Array([1, 2]), 0), 0x0102);

// Offsets.
throwsMsg(function () {
    b.readUInt8(10);
}, 'ERR_OUT_OF_RANGE', 'The value of "offset" is out of range. ' +
    'It must be >= 0 and <= 9. Received 10');
throwsMsg(function () {
    b.readUInt32LE(-1);
}, 'ERR_OUT_OF_RANGE', 'The value of "offset" is out of range. ' +
    'It must be >= 0 and <= 6. Received -1');
throwsMsg(function () {
    b.readUInt8(1.5);
}, 'ERR_OUT_OF_RANGE', 'The value of "offset" is out of range. ' +
    'It must be an integer. Received 1.5');
throwsMsg(function () {
    b.readUInt8(NaN);
}, 'ERR_OUT_OF_RANGE', 'The value of "offset" is out of range. ' +
    'It must be an integer. Received NaN');
throwsMsg(function () {
    b.readUInt8('1');
}, 'ERR_INVALID_ARG_TYPE', 'The "offset" argument must be of type ' +
    'number. Received type string (\'1\')');
throwsMsg(function () {
    b.writeUInt8(1, null);
}, 'ERR_INVALID_ARG_TYPE', 'The "offset" argument must be of type ' +
    'number. Received null');
throwsMsg(function () {
    Buffer.alloc(1).readUInt16LE(0);
}, 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside ' +
    'buffer bounds');
throwsMsg(function () {
    Buffer.alloc(0).readUInt8();
}, 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside ' +
    'buffer bounds');

// byteLength of the variable-size methods.
throwsMsg(function () {
    b.readUIntLE(0, 7);
}, 'ERR_OUT_OF_RANGE', 'The value of "byteLength" is out of range. ' +
    'It must be >= 1 and <= 6. Received 7');
throwsMsg(function () {
    b.readIntBE(0);
}, 'ERR_INVALID_ARG_TYPE', 'The "byteLength" argument must be of type ' +
    'number. Received undefined');
throwsMsg(function () {
    b.readUIntLE(undefined, 2);
}, 'ERR_INVALID_ARG_TYPE', 'The "offset" argument must be of type ' +
    'number. Received undefined');
throwsMsg(function () {
    b.writeUIntLE(1, 0, 6.5);
}, 'ERR_OUT_OF_RANGE', 'The value of "byteLength" is out of range. ' +
    'It must be an integer. Received 6.5');

// Values: checked before the offset, except for 8-bit writes.
throwsMsg(function () {
    b.writeUInt8(256, 0);
}, 'ERR_OUT_OF_RANGE', 'The value of "value" is out of range. ' +
    'It must be >= 0 and <= 255. Received 256');
throwsMsg(function () {
    b.writeInt16BE(-32769, 0);
}, 'ERR_OUT_OF_RANGE', 'The value of "value" is out of range. ' +
    'It must be >= -32768 and <= 32767. Received -32769');
throwsMsg(function () {
    b.writeUInt32LE(4294967296, 0);
}, 'ERR_OUT_OF_RANGE', 'The value of "value" is out of range. ' +
    'It must be >= 0 and <= 4294967295. Received 4294967296');
throwsMsg(function () {
    b.writeIntLE(Math.pow(2, 47), 0, 6);
}, 'ERR_OUT_OF_RANGE', 'The value of "value" is out of range. ' +
    'It must be >= -(2 ** 47) and < 2 ** 47. Received 140_737_488_355_328');
throwsMsg(function () {
    b.writeUIntBE(-1, 0, 5);
}, 'ERR_OUT_OF_RANGE', 'The value of "value" is out of range. ' +
    'It must be >= 0 and < 2 ** 40. Received -1');
throwsMsg(function () {
    b.writeUInt16BE(65536, 9);
}, 'ERR_OUT_OF_RANGE', 'The value of "value" is out of range. ' +
    'It must be >= 0 and <= 65535. Received 65536');
throwsMsg(function () {
    b.writeUInt16BE(65535, 9);
}, 'ERR_OUT_OF_RANGE', 'The value of "offset" is out of range. ' +
    'It must be >= 0 and <= 8. Received 9');
throwsMsg(function () {
    b.writeUInt16LE(65536, 'x');
}, 'ERR_OUT_OF_RANGE', 'The value of "value" is out of range. ' +
    'It must be >= 0 and <= 65535. Received 65536');
throwsMsg(function () {
    b.writeUInt8(256, 'x');
}, 'ERR_INVALID_ARG_TYPE', 'The "offset" argument must be of type ' +
    'number. Received type string (\'x\')');
console.log('ok');
