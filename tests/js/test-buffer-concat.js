/*
 * Buffer.concat: joining Buffers and Uint8Arrays, an explicit total
 * length (shorter truncates, longer zero-fills), and the argument errors.
 */
'use strict';

var assert = require('assert');

var parts = [Buffer.from('ab'), new Uint8Array([0x63]), Buffer.alloc(0),
    Buffer.from('def')];
var joined = Buffer.concat(parts);
assert.ok(Buffer.isBuffer(joined));
assert.strictEqual(joined.toString(), 'abcdef');
assert.strictEqual(Buffer.concat(parts, 4).toString(), 'abcd');
assert.strictEqual(Buffer.concat(parts, 8).toString('hex'), '6162636465660000');
assert.strictEqual(Buffer.concat(parts, 0).length, 0);
assert.strictEqual(Buffer.concat([]).length, 0);
assert.strictEqual(Buffer.concat([], 3).length, 0);

// The result is a copy, even of a single Buffer.
var one = Buffer.from('x');
var copy = Buffer.concat([one]);
assert.notStrictEqual(copy, one);
copy[0] = 0x79;
assert.strictEqual(one.toString(), 'x');

// Many small pieces.
var many = [];
for (var i = 0; i < 1000; i++) {
    many.push(Buffer.from(String(i % 10)));
}
assert.strictEqual(Buffer.concat(many).length, 1000);
assert.strictEqual(Buffer.concat(many).toString().slice(0, 12),
    '012345678901');

assert.throws(function () {
    Buffer.concat();
}, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "list" argument must be an instance of Array. ' +
        'Received undefined'
});
assert.throws(function () {
    Buffer.concat([Buffer.from('a'), 'b']);
}, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "list[1]" argument must be an instance of Buffer or ' +
        'Uint8Array. Received type string (\'b\')'
});
assert.throws(function () {
    Buffer.concat([new Uint16Array(1)]);
}, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () {
    Buffer.concat(parts, -1);
}, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () {
    Buffer.concat(parts, 'x');
}, {
    message: 'The "length" argument must be of type number. ' +
        'Received type string (\'x\')'
});
console.log('ok');
