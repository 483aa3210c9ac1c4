// push() and unshift(): return values, empty chunks, unshift() putting
// data back in front, and the errors Node emits: push after EOF, unshift
// after 'end', and a chunk that is not data.
'use strict';
var assert = require('assert');
var Readable = require('stream').Readable;

var r = new Readable({ highWaterMark: 3, read: function () {} });
assert.strictEqual(r.push('ab'), true);
assert.strictEqual(r.push('c'), false);
// An empty string adds nothing.
assert.strictEqual(r.push(''), false);
assert.strictEqual(r.readableLength, 3);
r.unshift('0');
assert.strictEqual(r.readableLength, 4);
assert.strictEqual(r.read().toString(), '0abc');
assert.strictEqual(r.push(null), false);

var errors = [];
r.on('error', function (err) { errors.push(err.code); });
r.push('late');
setImmediate(function () {
    assert.deepStrictEqual(errors, ['ERR_STREAM_PUSH_AFTER_EOF']);
    assert.strictEqual(r.destroyed, true);
});

// unshift() after 'end' is an error too.
var u = new Readable({
    read: function () {
        this.push(null);
    }
});
var uErrors = [];
u.on('error', function (err) { uErrors.push(err.code); });
u.on('end', function () {
    u.unshift('x');
});
u.resume();

// A number is not data.
var bad = new Readable({ read: function () {} });
var badErr = null;
bad.on('error', function (err) { badErr = err; });
assert.strictEqual(bad.push(42), false);

// Uint8Arrays are accepted and become Buffers.
var bytes = new Readable({ read: function () {} });
bytes.push(new Uint8Array([104, 105]));
var out = bytes.read();
assert.ok(Buffer.isBuffer(out));
assert.strictEqual(out.toString(), 'hi');

// Any typed array or DataView is data too; length counts its bytes.
var views = new Readable({ read: function () {} });
assert.strictEqual(views.push(new Uint16Array([1, 2])), true);
assert.strictEqual(views.readableLength, 4);
views.unshift(new DataView(new ArrayBuffer(3)));
assert.strictEqual(views.readableLength, 7);
assert.ok(Buffer.isBuffer(views.read(3)));

process.on('exit', function () {
    assert.deepStrictEqual(uErrors, ['ERR_STREAM_UNSHIFT_AFTER_END_EVENT']);
    assert.strictEqual(badErr.code, 'ERR_INVALID_ARG_TYPE');
    assert.ok(badErr instanceof TypeError);
});
