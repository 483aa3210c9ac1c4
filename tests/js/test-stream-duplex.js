// Duplex: independent readable and writable sides in one object,
// instanceof both Readable and Writable, per-side objectMode and
// highWaterMark, allowHalfOpen false ending the writable side after 'end',
// readable/writable: false, and duplexPair() connecting two ends.
'use strict';
var assert = require('assert');
var stream = require('stream');
var Duplex = stream.Duplex;

var written = [];
var d = new Duplex({
    readableObjectMode: true,
    writableHighWaterMark: 3,
    read: function () {},
    write: function (chunk, enc, cb) {
        written.push(chunk.toString());
        cb();
    }
});
assert.ok(d instanceof Duplex);
assert.ok(d instanceof stream.Readable);
assert.ok(d instanceof stream.Writable);
assert.ok(!(new stream.Readable() instanceof stream.Writable));
assert.strictEqual(d.readableObjectMode, true);
assert.strictEqual(d.writableObjectMode, false);
assert.strictEqual(d.readableHighWaterMark, 16);
assert.strictEqual(d.writableHighWaterMark, 3);
assert.strictEqual(d.allowHalfOpen, true);

d.push({ an: 'object' });
assert.deepStrictEqual(d.read(), { an: 'object' });
d.write('bytes');
assert.deepStrictEqual(written, ['bytes']);

// Half open: the readable side ending leaves the writable side open.
d.push(null);
d.resume();
d.on('end', function () {
    setImmediate(function () {
        assert.strictEqual(d.writable, true);
        assert.strictEqual(d.destroyed, false);
        d.end();
    });
});
var dClosed = false;
d.on('close', function () { dClosed = true; });

// allowHalfOpen false: 'end' ends the writable side too.
var log = [];
var h = new Duplex({
    allowHalfOpen: false,
    read: function () {
        this.push(null);
    },
    write: function (c, e, cb) { cb(); }
});
h.on('end', function () { log.push('end'); });
h.on('finish', function () { log.push('finish'); });
h.on('close', function () { log.push('close'); });
h.resume();

// A side can start closed.
var ro = new Duplex({ writable: false, read: function () {} });
assert.strictEqual(ro.writable, false);
assert.strictEqual(ro.writableEnded, true);
var wo = new Duplex({ readable: false, write: function (c, e, cb) { cb(); } });
assert.strictEqual(wo.readable, false);

// duplexPair: what one end writes, the other reads.
var pair = stream.duplexPair();
var got = [];
pair[1].on('data', function (chunk) { got.push(chunk.toString()); });
pair[0].write('ping');
pair[0].end();
var pairEnded = false;
pair[1].on('end', function () { pairEnded = true; });

process.on('exit', function () {
    assert.strictEqual(dClosed, true);
    assert.deepStrictEqual(log, ['end', 'finish', 'close']);
    assert.deepStrictEqual(got, ['ping']);
    assert.strictEqual(pairEnded, true);
});
