/*
 * Buffer.alloc / allocUnsafe / allocUnsafeSlow / SlowBuffer / of /
 * copyBytesFrom: sizes, fills, and the size checks (with nodule's
 * kMaxLength, Duktape's limit of 2^31 - 2 bytes).
 */
'use strict';

var assert = require('assert');
var buffer = require('buffer');

var kMax = buffer.kMaxLength;
assert.strictEqual(kMax, buffer.constants.MAX_LENGTH);

function throwsCode(fn, code, message) {
    assert.throws(fn, function (err) {
        assert.strictEqual(err.code, code);
        if (message !== undefined) {
            assert.strictEqual(err.message, message);
        }
        return true;
    });
}

// With Buffer.prototype; zero-filled unless unsafe (the unsafe ones are
// whatever the memory held, as in Node: test-buffer-alloc-unsafe.js).
[Buffer.alloc, Buffer.allocUnsafe, Buffer.allocUnsafeSlow,
    buffer.SlowBuffer].forEach(function (make) {
    var b = make(5);
    assert.ok(Buffer.isBuffer(b) || make === buffer.SlowBuffer);
    assert.strictEqual(b.length, 5);
    if (make === Buffer.alloc) {
        assert.strictEqual(b.toString('hex'), '0000000000');
    }
    assert.strictEqual(make(0).length, 0);
    assert.strictEqual(make(2.9).length, 2);
    throwsCode(function () {
        make(-1);
    }, 'ERR_OUT_OF_RANGE', 'The value of "size" is out of range. ' +
        'It must be >= 0 && <= ' + kMax + '. Received -1');
    throwsCode(function () {
        make(NaN);
    }, 'ERR_OUT_OF_RANGE');
    throwsCode(function () {
        make(kMax + 1);
    }, 'ERR_OUT_OF_RANGE');
    throwsCode(function () {
        make('1');
    }, 'ERR_INVALID_ARG_TYPE', 'The "size" argument must be of type ' +
        'number. Received type string (\'1\')');
});

// Fills.
assert.strictEqual(Buffer.alloc(5, 'ab').toString(), 'ababa');
assert.strictEqual(Buffer.alloc(4, 'YWI=', 'base64').toString(), 'abab');
assert.strictEqual(Buffer.alloc(3, 257).toString('hex'), '010101');
assert.strictEqual(Buffer.alloc(3, -1).toString('hex'), 'ffffff');
assert.strictEqual(Buffer.alloc(3, '').toString('hex'), '000000');
assert.strictEqual(Buffer.alloc(3, true).toString('hex'), '010101');
assert.strictEqual(Buffer.alloc(3, Buffer.from([1, 2])).toString('hex'),
    '010201');
assert.strictEqual(Buffer.alloc(0, 'x').length, 0);
throwsCode(function () {
    Buffer.alloc(3, 'zz', 'hex');
}, 'ERR_INVALID_ARG_VALUE', 'The argument \'value\' is invalid. ' +
    'Received \'zz\'');
throwsCode(function () {
    Buffer.alloc(3, Buffer.alloc(0));
}, 'ERR_INVALID_ARG_VALUE');
throwsCode(function () {
    Buffer.alloc(3, 'ab', 'utf9');
}, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: utf9');

// SlowBuffer is its own function over Uint8Array.prototype.
assert.strictEqual(Object.getPrototypeOf(buffer.SlowBuffer.prototype),
    Uint8Array.prototype);

// of: each argument a byte.
assert.strictEqual(Buffer.of(1, 2, 257).toString('hex'), '010201');
assert.strictEqual(Buffer.of().length, 0);

// copyBytesFrom: offset and length count elements of the view.
var u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
var copied = Buffer.copyBytesFrom(u16, 1, 1);
assert.strictEqual(copied.length, 2);
u16[1] = 0;
assert.strictEqual(copied.readUInt16LE(0), 0x0304);
assert.strictEqual(Buffer.copyBytesFrom(u16).length, 6);
assert.strictEqual(Buffer.copyBytesFrom(u16, 3).length, 0);
assert.strictEqual(Buffer.copyBytesFrom(u16, 2, 9).length, 2);
throwsCode(function () {
    Buffer.copyBytesFrom([1]);
}, 'ERR_INVALID_ARG_TYPE', 'The "view" argument must be an instance of ' +
    'TypedArray. Received an instance of Array');
throwsCode(function () {
    Buffer.copyBytesFrom(u16, -1);
}, 'ERR_OUT_OF_RANGE', 'The value of "offset" is out of range. ' +
    'It must be >= 0 && <= 9007199254740991. Received -1');
throwsCode(function () {
    Buffer.copyBytesFrom(u16, 0, 'x');
}, 'ERR_INVALID_ARG_TYPE');
console.log('ok');
