// transferList ArrayBuffers: the receiver gets the bytes (also through
// views and shared references), and the sender's buffer is detached:
// it and every view on it are empty, including views Duktape made over
// the same bytes (a subarray's own .buffer), a Buffer's, and a buffer a
// pending fs.read is filling.  Detached buffers cannot be cloned; a
// marked one is copied.  Bad transfer lists throw.
'use strict';
var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');
var wt = require('worker_threads');

var w = new wt.Worker('var p = require("worker_threads").parentPort;' +
    'p.on("message", function (m) {' +
    '  if (typeof m !== "object") return;' +
    '  var sum = 0; for (var i = 0; i < m.view.length; i++) sum += m.view[i];' +
    '  p.postMessage({ sum: sum, same: m.view.buffer === m.buf,' +
    '    len: m.buf.byteLength }, [m.buf]);' +
    '  p.close();' +
    '});', { eval: true });

var buf = new ArrayBuffer(16);
var view = new Uint8Array(buf);
var dv = new DataView(buf, 4);
for (var i = 0; i < 16; i++) {
    view[i] = i;
}
w.postMessage({ buf: buf, view: view }, [buf]);
assert.strictEqual(buf.byteLength, 0);
assert.strictEqual(view.length, 0);
assert.strictEqual(view.byteLength, 0);
assert.strictEqual(view[15], undefined);
// nodule: a DataView on a detached buffer is empty (Node's throws TypeError)
assert.strictEqual(dv.byteLength, 0);
assert.throws(function () { dv.getUint8(0); });
assert.strictEqual(new Uint8Array(buf).length, 0);
assert.strictEqual(buf.slice(0).byteLength, 0);

assert.throws(function () { w.postMessage(1, [{}]); },
    { code: 'ERR_INVALID_TRANSFER_OBJECT' });
assert.throws(function () {
    w.postMessage(1, [Object.create(ArrayBuffer.prototype)]);
}, { code: 'ERR_INVALID_TRANSFER_OBJECT' });
assert.throws(function () { w.postMessage(1, 5); },
    { code: 'ERR_INVALID_ARG_TYPE' });
w.postMessage(2, { transfer: [] }); // the options form is accepted
assert.throws(function () { w.postMessage(view); },
    { name: 'DataCloneError', code: 25,
        message: 'An ArrayBuffer is detached and could not be cloned.' });
w.postMessage(buf, [buf]); // listed: sent as an empty buffer

// A subarray's .buffer, asked for before the parent's, is in Duktape
// another ArrayBuffer object over the same bytes: all of them empty.
var big = new Uint8Array(8);
var sub = big.subarray(2, 4);
var subBuffer = sub.buffer;
var bigBuffer = big.buffer;
var c = new wt.MessageChannel();
c.port1.postMessage(subBuffer, [subBuffer]);
assert.strictEqual(sub.length, 0);
assert.strictEqual(big.length, 0);
assert.strictEqual(bigBuffer.byteLength, 0);
assert.strictEqual(subBuffer.byteLength, 0);

// nodule has no Buffer pool: a small Buffer owns its ArrayBuffer, so it
// is detached (Node copies a pooled one)
var small = Buffer.from('hi');
c.port1.postMessage(small, [small.buffer]);
assert.strictEqual(small.length, 0);
assert.strictEqual(small.toString(), '');

// markAsUntransferable: copied, the sender keeps it
var kept = new ArrayBuffer(4);
new Uint8Array(kept)[3] = 7;
wt.markAsUntransferable(kept);
wt.markAsUntransferable(kept); // twice is fine
wt.markAsUntransferable(null);
wt.markAsUntransferable('str');
c.port1.postMessage(kept, [kept]);
assert.strictEqual(kept.byteLength, 4);
assert.strictEqual(new Uint8Array(kept)[3], 7);

var got = [];
c.port2.on('message', function (m) {
    got.push(m);
    if (got.length === 3) {
        // Duktape's sub.buffer spans [0, end of sub): 4 bytes (Node: 8)
        assert.strictEqual(got[0].byteLength, 4);
        assert.strictEqual(Buffer.from(got[1]).toString(), 'hi');
        assert.strictEqual(new Uint8Array(got[2])[3], 7);
        c.port1.close();
    }
});

// Many transfers: the detached bytes are freed with their buffers.
for (i = 0; i < 200; i++) {
    var chunk = new Uint8Array(64 * 1024);
    chunk[0] = i;
    c.port2.postMessage(0, [chunk.buffer]);
    assert.strictEqual(chunk.length, 0);
}

// A Buffer over a growable (dynamic) backing store, as readFileSync
// makes: detached the same way; its methods see an empty Buffer.
var file = fs.readFileSync(__filename);
var fileView = new DataView(file.buffer, 1, 2);
c.port2.postMessage(0, [file.buffer]);
assert.strictEqual(file.length, 0);
assert.strictEqual(fileView.byteLength, 0);
assert.strictEqual(file.toString('hex'), '');
file.fill(1);
assert.strictEqual(file.write('xx'), 0);

// A buffer detached while a read fills it: the read completes into the
// storage, which lives until the buffer is collected; the script sees
// nothing of it.
var tmp = path.join(os.tmpdir(), 'nodule-transfer-' + process.pid);
fs.writeFileSync(tmp, 'abcdefgh');
var fd = fs.openSync(tmp, 'r');
var target = Buffer.alloc(8);
fs.read(fd, target, 0, 8, 0, function (err, n) {
    assert.ifError(err);
    assert.strictEqual(n, 8);
    assert.strictEqual(target.length, 0);
    fs.closeSync(fd);
    fs.unlinkSync(tmp);
});
c.port2.postMessage(0, [target.buffer]);

w.on('message', function (m) {
    assert.deepStrictEqual(m, { sum: 120, same: true, len: 16 });
});
w.on('exit', function (code) {
    assert.strictEqual(code, 0);
    console.log('ok');
});
