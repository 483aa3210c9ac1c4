/*
 * Buffer methods called on the wrong things, with hostile arguments or
 * after prototype tampering: each call either works or throws a
 * JavaScript error.  Nothing may crash (this file is run under ASan and
 * UBSan too), and the native side checks what the JS side passed.
 */
'use strict';

var assert = require('assert');
var util = require('util');

var proto = Buffer.prototype;
// Made afresh for each call, since calls may change them.
var subjects = [
    function () { return undefined; },
    function () { return null; },
    function () { return 0; },
    function () { return 'str'; },
    function () { return {}; },
    function () { return [1, 2]; },
    function () { return { length: 3 }; },
    function () { return { length: -1 }; },
    function () { return { length: 1e10 }; },
    function () { return new Uint16Array([0x4142, 0x4344]); },
    function () { return new Float64Array(2); },
    function () { return new DataView(new ArrayBuffer(4)); },
    function () { return new ArrayBuffer(4); },
    function () { return Buffer.prototype; },
    function () { return Object.create(Buffer.prototype); },
    function () { return Buffer.alloc(0); },
    function () { return Buffer.from('abc'); }
];
var args = [undefined, null, -1, 0, 1, 2.5, 1e10, -1e10, Infinity, NaN,
    'hex', 'ucs2', 'a', '', {}, [], Buffer.from('b'), new Uint8Array(0),
    Math.pow(2, 53), -Math.pow(2, 31), 0x7fffffff];
var names = Object.keys(proto).filter(function (n) {
    return typeof proto[n] === 'function' && n.indexOf('Big') < 0;
});
names.push('slice', 'subarray', 'toString', 'inspect');

var calls = 0;
names.forEach(function (name) {
    subjects.forEach(function (make) {
        args.forEach(function (a) {
            [undefined, 3, -1].forEach(function (c) {
                try {
                    proto[name].call(make(), a, c, 'latin1');
                } catch (err) {
                    assert.ok(err instanceof Error, name + ': ' + err);
                }
                calls++;
            });
        });
    });
});
assert.ok(calls > 5000);

// Statics with odd arguments.
[Buffer.from, Buffer.alloc, Buffer.allocUnsafe, Buffer.byteLength,
    Buffer.concat, Buffer.compare, Buffer.copyBytesFrom, Buffer.of,
    Buffer.isEncoding].forEach(function (fn) {
    args.concat(subjects.map(function (make) {
        return make();
    })).forEach(function (a) {
        try {
            fn(a, a, a);
        } catch (err) {
            assert.ok(err instanceof Error);
        }
    });
});

// A 'buffer' getter that lies: nodule's views (which read it to share
// the ArrayBuffer) refuse it.
var b = Buffer.from('abcdef');
Object.defineProperty(b, 'buffer', {
    get: function () { return new ArrayBuffer(100); }
});
if (process.release.name === 'nodule') {
    assert.throws(function () {
        b.subarray(1, 2);
    }, { code: 'ERR_INVALID_STATE' });
}

// Showing the prototype itself, and a Buffer with hostile getters.
assert.strictEqual(typeof util.inspect(Buffer.prototype), 'string');
var tricky = Buffer.from('x');
Object.defineProperty(tricky, 'boom', {
    enumerable: true,
    get: function () { throw new Error('getter'); }
});
assert.throws(function () {
    util.inspect(tricky);
}, /getter/);

// Big inputs to the encoders, with odd lengths.
var big = new Array(100001).join('\u00e9a\ud83d');
['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64', 'base64url'
].forEach(function (enc) {
    var bytes = Buffer.from(big, enc);
    var text = bytes.toString(enc);
    assert.strictEqual(typeof text, 'string');
    var into = Buffer.alloc(1001);
    assert.ok(into.write(big, 3, 997, enc) <= 997);
});
console.log('ok');
