// TextEncoder and TextDecoder (UTF-8), exported by util.
'use strict';
var assert = require('assert');
var util = require('util');

var enc = new util.TextEncoder();
assert.strictEqual(enc.encoding, 'utf-8');
var bytes = enc.encode('h\u00e9\u2603');
assert.ok(bytes instanceof Uint8Array);
assert.deepStrictEqual(Array.prototype.slice.call(bytes),
    [0x68, 0xc3, 0xa9, 0xe2, 0x98, 0x83]);
var dec = new util.TextDecoder();
assert.strictEqual(dec.encoding, 'utf-8');
assert.strictEqual(dec.decode(bytes), 'h\u00e9\u2603');
assert.strictEqual(new util.TextDecoder('utf-8').decode(
    new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), 'A');
assert.throws(function () {
    new util.TextDecoder('utf-8', { fatal: true }).decode(
        new Uint8Array([0xff]));
}, TypeError);
