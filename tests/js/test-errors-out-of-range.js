// ERR_OUT_OF_RANGE shows the received value as Node does: large integers
// with digit separators, Infinity and fractions plainly.
var assert = require('assert');

function message(fn) {
    try {
        fn();
    } catch (err) {
        assert.strictEqual(err.code, 'ERR_OUT_OF_RANGE');
        return err.message;
    }
    throw new Error('did not throw');
}

var buf = Buffer.alloc(4);
assert.ok(/Received Infinity$/.test(message(function () {
    buf.readUInt8(Infinity);
})));
assert.ok(/Received -10_000_000_000$/.test(message(function () {
    buf.writeInt32LE(-1e10);
})));
assert.ok(/Received 1e_\+21$/.test(message(function () {
    buf.writeUInt8(1e21);
})));
assert.ok(/Received 256$/.test(message(function () {
    buf.writeUInt8(256);
})));
