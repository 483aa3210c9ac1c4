/*
 * require('buffer') beyond Buffer: its export list, constants, atob and
 * btoa (also globals), isUtf8 and isAscii, transcode, and the parts
 * nodule does not have (Blob, File) failing with ERR_NOT_SUPPORTED.
 */
'use strict';

var assert = require('assert');
var buffer = require('buffer');

assert.deepStrictEqual(Object.keys(buffer), ['Buffer', 'SlowBuffer',
    'transcode', 'isUtf8', 'isAscii', 'kMaxLength', 'kStringMaxLength',
    'btoa', 'atob', 'constants', 'INSPECT_MAX_BYTES', 'Blob',
    'resolveObjectURL', 'File']);
assert.strictEqual(buffer.kMaxLength, buffer.constants.MAX_LENGTH);
assert.strictEqual(buffer.kStringMaxLength, 536870888);
assert.strictEqual(buffer.constants.MAX_STRING_LENGTH, 536870888);
assert.ok(buffer.kMaxLength >= 2147483646);

// btoa / atob, and the globals.
assert.strictEqual(buffer.btoa('hello'), 'aGVsbG8=');
assert.strictEqual(btoa('\u00ff\u00fe'), '//4=');
assert.strictEqual(atob, buffer.atob);
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'atob')
    .enumerable, true);
assert.strictEqual(atob(' aGVs\nbG8= '), 'hello');
assert.strictEqual(atob('YQ'), 'a');
assert.strictEqual(atob(null), '\u009e\u00e9e');
function invalidChar(fn, message) {
    assert.throws(fn, function (err) {
        assert.strictEqual(err.name, 'InvalidCharacterError');
        assert.strictEqual(err.code, 5);
        assert.strictEqual(err.message, message);
        return true;
    });
}
invalidChar(function () {
    btoa('\u0100');
}, 'Invalid character');
['YQ=', '-_', 'YQ==YQ', 'Y===', '==', 'AA=A', 'a\u00e9'
].forEach(function (s) {
    invalidChar(function () {
        atob(s);
    }, 'Invalid character');
});
invalidChar(function () {
    atob('Y');
}, 'The string to be decoded is not correctly encoded.');
invalidChar(function () {
    atob(undefined);
}, 'The string to be decoded is not correctly encoded.');
assert.throws(function () {
    atob();
}, { code: 'ERR_MISSING_ARGS', message: 'The "input" argument must be ' +
    'specified' });

// isUtf8 / isAscii take typed arrays and ArrayBuffers.
assert.strictEqual(buffer.isUtf8(Buffer.from('h\u00e9 \ud83d\ude00')), true);
assert.strictEqual(buffer.isUtf8(new Uint8Array([0xc3])), false);
assert.strictEqual(buffer.isUtf8(new Uint8Array([0xed, 0xa0, 0x80])), false);
assert.strictEqual(buffer.isUtf8(new Uint8Array([0xc0, 0x80])), false);
assert.strictEqual(buffer.isUtf8(new ArrayBuffer(3)), true);
assert.strictEqual(buffer.isAscii(Buffer.from('plain text')), true);
assert.strictEqual(buffer.isAscii(new Uint8Array([0x80])), false);
assert.strictEqual(buffer.isAscii(new Uint16Array([0x7f7f])), true);
assert.throws(function () {
    buffer.isUtf8('x');
}, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "input" argument must be an instance of ArrayBuffer, ' +
        'Buffer, or TypedArray. Received type string (\'x\')'
});

// transcode between ascii, latin1, ucs2 and utf8.
var t = buffer.transcode;
var text = Buffer.from('h\u00e9\u20ac\ud83d\ude00');
assert.strictEqual(t(text, 'utf8', 'ascii').toString('hex'), '683f3f3f');
assert.strictEqual(t(text, 'utf8', 'latin1').toString('hex'), '68e93f3f');
assert.strictEqual(t(text, 'utf8', 'ucs2').toString('hex'),
    '6800e900ac203dd800de');
assert.strictEqual(t(t(text, 'utf8', 'ucs2'), 'ucs2', 'utf8').toString(),
    text.toString());
assert.strictEqual(t(Buffer.from([0x68, 0xff]), 'latin1', 'utf8')
    .toString('hex'), '68c3bf');
assert.strictEqual(t(Buffer.from([0x68, 0xff]), 'ascii', 'utf8')
    .toString('hex'), '68efbfbd');
assert.strictEqual(t(Buffer.alloc(0), 'x', 'y').length, 0);
assert.throws(function () {
    t(Buffer.from('a'), 'hex', 'utf8');
}, {
    code: 'U_ILLEGAL_ARGUMENT_ERROR',
    message: 'Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]'
});
assert.throws(function () {
    t('a', 'utf8', 'ucs2');
}, { code: 'ERR_INVALID_ARG_TYPE' });

// What nodule does not have.
if (typeof process.versions.nodule === 'string' ||
        process.release.name !== 'node') {
    [function () {
        return new buffer.Blob(['x']);
    }, function () {
        return new buffer.File(['x'], 'f');
    }].forEach(function (fn) {
        assert.throws(fn, { code: 'ERR_NOT_SUPPORTED' });
    });
}
assert.strictEqual(buffer.resolveObjectURL('blob:nodedata:x'), undefined);
console.log('ok');
