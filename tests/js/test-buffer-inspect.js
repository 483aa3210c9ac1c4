/*
 * How a Buffer is shown: util.inspect and console.log go through
 * Buffer.prototype[util.inspect.custom]: <Buffer 68 69>, at most
 * INSPECT_MAX_BYTES bytes then "... N more bytes", extra properties, the
 * subclass's name, and toJSON / JSON.stringify.
 */
'use strict';

var assert = require('assert');
var util = require('util');
var buffer = require('buffer');

assert.strictEqual(util.inspect(Buffer.from('hello')),
    '<Buffer 68 65 6c 6c 6f>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
assert.strictEqual(Buffer.from('hi').inspect(), '<Buffer 68 69>');
assert.strictEqual(typeof Buffer.prototype[util.inspect.custom], 'function');
assert.strictEqual(Buffer.prototype.inspect,
    Buffer.prototype[util.inspect.custom]);

var big = Buffer.alloc(53, 0xab);
var shown = util.inspect(big);
assert.strictEqual(shown.slice(0, 11), '<Buffer ab ');
assert.strictEqual(shown.slice(-20), 'ab ... 3 more bytes>');
assert.strictEqual(util.inspect(Buffer.alloc(51)).slice(-19),
    '00 ... 1 more byte>');
assert.strictEqual(util.inspect(Buffer.alloc(50)).indexOf('more'), -1);

assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(util.inspect(Buffer.from('abc')),
    '<Buffer 61 62 ... 1 more byte>');
buffer.INSPECT_MAX_BYTES = 50;
assert.throws(function () {
    buffer.INSPECT_MAX_BYTES = -1;
}, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () {
    buffer.INSPECT_MAX_BYTES = '3';
}, { code: 'ERR_INVALID_ARG_TYPE' });

var extra = Buffer.from('ab');
extra.foo = 1;
extra.bar = 'x';
assert.strictEqual(util.inspect(extra), '<Buffer 61 62, foo: 1, bar: \'x\'>');
var onlyExtra = Buffer.alloc(0);
onlyExtra.k = true;
assert.strictEqual(util.inspect(onlyExtra), '<Buffer k: true>');

// Nested, and in console.log's formatting.
assert.strictEqual(util.inspect({ b: Buffer.from([1]) }),
    '{ b: <Buffer 01> }');
assert.strictEqual(util.format('%s|%o', 'x', Buffer.from([2])).slice(0, 2),
    'x|');
assert.strictEqual(util.format(Buffer.from([255])), '<Buffer ff>');

// A subclass shows its own name.
function Sub() {}
Sub.prototype = Object.create(Buffer.prototype, {
    constructor: { value: Sub }
});
var sub = Object.setPrototypeOf(Buffer.from('z'), Sub.prototype);
assert.strictEqual(util.inspect(sub), '<Sub 7a>');

// JSON.
assert.deepStrictEqual(Buffer.from([1, 2]).toJSON(),
    { type: 'Buffer', data: [1, 2] });
assert.strictEqual(JSON.stringify({ x: Buffer.from('a') }),
    '{"x":{"type":"Buffer","data":[97]}}');
assert.strictEqual(String(Buffer.from('hi')), 'hi');
assert.strictEqual(Buffer.from('hi') + '!', 'hi!');
console.log('ok');
