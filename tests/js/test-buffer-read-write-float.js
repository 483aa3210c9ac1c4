/*
 * Float and double readers and writers: IEEE 754 bytes in both orders
 * (values recorded from Node 20), rounding to float, special values, no
 * range check on the value, Node's offset errors, and the BigInt methods
 * that nodule cannot offer (Duktape has no BigInt).
 */
'use strict';

var assert = require('assert');

function written(method, value) {
    var b = Buffer.alloc(8);
    b[method](value, 0);
    return b.toString('hex').slice(0, method.indexOf('Float') > 0 ? 8 : 16);
}

assert.strictEqual(written('writeFloatLE', 1), '0000803f');
assert.strictEqual(written('writeFloatBE', 1), '3f800000');
assert.strictEqual(written('writeFloatBE', -2.75), 'c0300000');
assert.strictEqual(written('writeFloatBE', 0.1), '3dcccccd');
assert.strictEqual(written('writeFloatBE', 1e39), '7f800000');
assert.strictEqual(written('writeFloatBE', -0), '80000000');
assert.strictEqual(written('writeFloatBE', NaN), '7fc00000');
assert.strictEqual(written('writeFloatLE', 'x'), '0000c07f');
assert.strictEqual(written('writeDoubleLE', 1), '000000000000f03f');
assert.strictEqual(written('writeDoubleBE', Math.PI), '400921fb54442d18');
assert.strictEqual(written('writeDoubleBE', -Infinity), 'fff0000000000000');
assert.strictEqual(written('writeDoubleBE', 5e-324), '0000000000000001');
assert.strictEqual(written('writeDoubleBE', NaN), '7ff8000000000000');

var b = Buffer.from('3dcccccd400921fb54442d18', 'hex');
assert.strictEqual(b.readFloatBE(0), 0.10000000149011612);
assert.strictEqual(b.readFloatLE(0), -429492128);
assert.strictEqual(b.readDoubleBE(4), Math.PI);
assert.strictEqual(b.readFloatBE(), 0.10000000149011612);
var nan = Buffer.from('7ff8000000000001', 'hex').readDoubleBE(0);
assert.ok(nan !== nan);
var negZero = Buffer.from('80000000', 'hex').readFloatBE(0);
assert.strictEqual(1 / negZero, -Infinity);

// Returns, offsets.
var w = Buffer.alloc(12);
assert.strictEqual(w.writeFloatLE(1.5, 0), 4);
assert.strictEqual(w.writeDoubleBE(-1.25, 4), 12);
assert.strictEqual(w.readFloatLE(0), 1.5);
assert.strictEqual(w.readDoubleBE(4), -1.25);
assert.throws(function () {
    w.writeFloatLE(1, 9);
}, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "offset" is out of range. It must be >= 0 and ' +
        '<= 8. Received 9'
});
assert.throws(function () {
    w.readDoubleLE(1.5);
}, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () {
    w.readDoubleLE('0');
}, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () {
    Buffer.alloc(3).writeDoubleLE(1);
}, { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });

// BigInt accessors exist but cannot work without BigInt.
if (typeof BigInt === 'undefined') {
    ['readBigInt64LE', 'readBigInt64BE', 'readBigUInt64LE', 'readBigUint64BE',
        'writeBigInt64LE', 'writeBigUInt64BE'].forEach(function (name) {
        assert.throws(function () {
            Buffer.alloc(8)[name](0);
        }, function (err) {
            assert.strictEqual(err.code, 'ERR_NOT_SUPPORTED');
            assert.ok(err.message.indexOf('BigInt') >= 0, err.message);
            return true;
        });
    });
}
assert.strictEqual(Buffer.prototype.readBigUint64LE,
    Buffer.prototype.readBigUInt64LE);
console.log('ok');
