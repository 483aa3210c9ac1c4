// Random numbers from the OS: randomBytes, randomFill(Sync), randomInt,
// randomUUID, getRandomValues and the global `crypto`.  Checks shapes,
// ranges, errors, and that the output looks random (no fixed pattern,
// byte values spread out).
'use strict';
var assert = require('assert');
var crypto = require('crypto');

// randomBytes
var a = crypto.randomBytes(64);
var b = crypto.randomBytes(64);
assert.ok(Buffer.isBuffer(a));
assert.strictEqual(a.length, 64);
assert.notStrictEqual(a.toString('hex'), b.toString('hex'));
assert.strictEqual(crypto.randomBytes(0).length, 0);
assert.strictEqual(crypto.randomBytes(1.5).length, 1);

// Byte values over 1 MiB: each of the 256 should appear about 4096
// times; a chi-square far above 256 would mean a biased source.
var big = crypto.randomBytes(1 << 20);
var counts = new Array(256);
for (var i = 0; i < 256; i++) {
    counts[i] = 0;
}
for (i = 0; i < big.length; i++) {
    counts[big[i]]++;
}
var chi = 0;
for (i = 0; i < 256; i++) {
    chi += Math.pow(counts[i] - 4096, 2) / 4096;
}
assert.ok(chi < 400, 'chi-square ' + chi);

// randomFillSync: offset and size, in elements of the view.
var buf = Buffer.alloc(16);
crypto.randomFillSync(buf, 4, 8);
assert.strictEqual(buf.subarray(0, 4).toString('hex'), '00000000');
assert.strictEqual(buf.subarray(12).toString('hex'), '00000000');
var u32 = new Uint32Array(4);
assert.strictEqual(crypto.randomFillSync(u32, 1, 2), u32);
assert.strictEqual(u32[0], 0);
assert.strictEqual(u32[3], 0);
var ab = new ArrayBuffer(8);
assert.strictEqual(crypto.randomFillSync(ab), ab);
var view = new Uint8Array(new ArrayBuffer(8), 2, 4); // a window
crypto.randomFillSync(view);
assert.strictEqual(new Uint8Array(view.buffer)[0], 0);
assert.strictEqual(new Uint8Array(view.buffer)[7], 0);

// Errors.
assert.throws(function () { crypto.randomBytes('1'); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { crypto.randomBytes(-1); },
    { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { crypto.randomBytes(Math.pow(2, 31)); },
    { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { crypto.randomBytes(1, 5); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { crypto.randomFillSync(Buffer.alloc(4), 5); },
    { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { crypto.randomFillSync(Buffer.alloc(4), 1, 4); },
    { code: 'ERR_OUT_OF_RANGE', message: /"size \+ offset"/ });
assert.throws(function () { crypto.randomFillSync(5); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { crypto.randomFill(Buffer.alloc(4)); },
    { code: 'ERR_INVALID_ARG_TYPE' });

// randomInt: in range, every value reached, errors.
var seen = {};
for (i = 0; i < 2000; i++) {
    var n = crypto.randomInt(-3, 4);
    assert.ok(n >= -3 && n < 4 && Math.floor(n) === n);
    seen[n] = true;
}
assert.strictEqual(Object.keys(seen).length, 7);
assert.ok(crypto.randomInt(10) < 10);
var wide = crypto.randomInt(0, Math.pow(2, 48) - 1);
assert.ok(wide >= 0 && wide < Math.pow(2, 48) - 1);
assert.throws(function () { crypto.randomInt(5, 5); },
    { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { crypto.randomInt(0, Math.pow(2, 48) + 1); },
    { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { crypto.randomInt(1.5); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { crypto.randomInt(1, 2, 3); },
    { code: 'ERR_INVALID_ARG_TYPE' });

// randomUUID: version 4, variant 10, all different.
var uuids = {};
for (i = 0; i < 300; i++) {
    var u = crypto.randomUUID(i % 2 ? { disableEntropyCache: true } :
        undefined);
    assert.ok(new RegExp('^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-' +
        '[89ab][0-9a-f]{3}-[0-9a-f]{12}$').test(u), u);
    uuids[u] = true;
}
assert.strictEqual(Object.keys(uuids).length, 300);
assert.throws(function () { crypto.randomUUID(5); },
    { code: 'ERR_INVALID_ARG_TYPE' });

// getRandomValues and the Web Crypto global.
var arr = new Uint16Array(8);
assert.strictEqual(crypto.getRandomValues(arr), arr);
assert.strictEqual(globalThis.crypto.getRandomValues(new Uint8Array(4))
    .length, 4);
assert.ok(/^[0-9a-f-]{36}$/.test(globalThis.crypto.randomUUID()));
assert.strictEqual(globalThis.crypto, crypto.webcrypto);
assert.throws(function () { crypto.getRandomValues(new Float32Array(2)); },
    { name: 'TypeMismatchError', code: 17 });
assert.throws(function () { crypto.getRandomValues(new Uint8Array(65537)); },
    { name: 'QuotaExceededError', code: 22 });
var unbound = globalThis.crypto.getRandomValues;
assert.throws(function () { unbound(new Uint8Array(2)); },
    { code: 'ERR_INVALID_THIS' });

// The asynchronous forms run on the pool and call back later.
var done = 0;
var later = false;
crypto.randomBytes(32, function (err, bytes) {
    assert.strictEqual(err, null);
    assert.strictEqual(bytes.length, 32);
    assert.ok(later);
    done++;
});
var target = Buffer.alloc(10);
crypto.randomFill(target, 2, 6, function (err, filled) {
    assert.strictEqual(err, null);
    assert.strictEqual(filled, target);
    assert.strictEqual(target[0] + target[1] + target[8] + target[9], 0);
    done++;
});
crypto.randomFill(new Uint8Array(5), function (err, filled) {
    assert.strictEqual(filled.length, 5);
    done++;
});
crypto.randomInt(100, function (err, n) {
    assert.strictEqual(err, undefined);
    assert.ok(n >= 0 && n < 100);
    assert.ok(later);
    done++;
});
later = true;

process.on('exit', function () {
    assert.strictEqual(done, 4);
    console.log('ok');
});
