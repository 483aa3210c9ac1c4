// Buffer.allocUnsafe and allocUnsafeSlow skip zero-filling, as Node's do:
// the length, type and behaviour are those of any Buffer, and the bytes
// are whatever they are until written.  Buffer.concat, which fills its
// result without zeroing first, still zero-fills a length beyond its
// list.
'use strict';
var assert = require('assert');

[0, 1, 7, 4096, 65536, 1 << 20].forEach(function (n) {
    [Buffer.allocUnsafe, Buffer.allocUnsafeSlow].forEach(function (alloc) {
        var b = alloc(n);
        assert.ok(Buffer.isBuffer(b));
        assert.strictEqual(b.length, n);
        assert.strictEqual(b.byteLength, n);
        if (n > 0) {
            b.fill(0xab);
            assert.strictEqual(b[0], 0xab);
            assert.strictEqual(b[n - 1], 0xab);
            b.writeUInt8(1, n - 1);
            assert.strictEqual(b[n - 1], 1);
            assert.strictEqual(b.slice(n - 1).length, 1);
        }
    });
});
assert.throws(function () { Buffer.allocUnsafe(-1); },
    { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { Buffer.allocUnsafe('1'); },
    { code: 'ERR_INVALID_ARG_TYPE' });

// Reused memory: whatever an earlier buffer left there never shows
// through where a fresh Buffer's bytes must be known.
for (var round = 0; round < 50; round++) {
    var dirty = Buffer.allocUnsafe(1000);
    dirty.fill(0xff);
    dirty = null;
    var c = Buffer.concat([Buffer.from('ab'), Buffer.from('cd')], 8);
    assert.strictEqual(c.toString('hex'), '6162636400000000');
    assert.strictEqual(Buffer.concat([Buffer.from('abc')], 2).toString(),
        'ab');
    assert.strictEqual(Buffer.concat([], 4).length, 0);
    assert.strictEqual(Buffer.alloc(16).toString('hex'),
        '00000000000000000000000000000000');
    assert.strictEqual(Buffer.from('h\u00e9').toString('hex'), '68c3a9');
    assert.strictEqual(new Uint8Array(8).join(''), '00000000');
}
