// transferList ArrayBuffers: the receiver gets the bytes (also through
// views and shared references); nodule copies them, and leaves the
// sender's buffer as it was, because Duktape cannot detach an
// ArrayBuffer (see docs/compat.md).  Bad transfer lists throw.
'use strict';
var assert = require('assert');
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
for (var i = 0; i < 16; i++) {
    view[i] = i;
}
w.postMessage({ buf: buf, view: view }, [buf]);
// documented difference from Node: the sender keeps its bytes
assert.strictEqual(buf.byteLength, 16);
assert.strictEqual(view[15], 15);

assert.throws(function () { w.postMessage(1, [{}]); },
    { code: 'ERR_INVALID_TRANSFER_OBJECT' });
assert.throws(function () { w.postMessage(1, 5); },
    { code: 'ERR_INVALID_ARG_TYPE' });
w.postMessage(2, { transfer: [] }); // the options form is accepted

w.on('message', function (m) {
    assert.deepStrictEqual(m, { sum: 120, same: true, len: 16 });
});
w.on('exit', function (code) {
    assert.strictEqual(code, 0);
    console.log('ok');
});
