// worker_threads: ArrayBuffers in a transferList are detached in the
// sender (the buffer and every view on it become empty) and arrive whole;
// the DataCloneErrors around detached and duplicated buffers;
// markAsUntransferable; transfers to and from a worker and in workerData.
'use strict';
var wt = require('worker_threads');

function bytes(view) {
    return Array.prototype.slice.call(view).join(',');
}

function describe(m) {
    if (m instanceof ArrayBuffer) {
        return 'ArrayBuffer ' + m.byteLength + ' [' +
            bytes(new Uint8Array(m)) + ']';
    }
    if (ArrayBuffer.isView(m)) {
        return m.constructor.name + ' offset ' + m.byteOffset + ' [' +
            bytes(m) + '] of ' + m.buffer.byteLength;
    }
    if (m !== null && typeof m === 'object') {
        return '{ ' + Object.keys(m).map(function (k) {
            return k + ': ' + describe(m[k]);
        }).join(', ') + ' }';
    }
    return String(m);
}

function tryPost(label, port, value, list) {
    try {
        port.postMessage(value, list);
        console.log(label, 'posted');
    } catch (e) {
        console.log(label, e.name, e.code, e.message);
    }
}

var c = new wt.MessageChannel();
var received = [];
c.port2.on('message', function (m) {
    received.push(describe(m));
});

// a buffer with views of three kinds
var ab = new ArrayBuffer(8);
var u8 = new Uint8Array(ab, 2, 4);
var u16 = new Uint16Array(ab);
var f64 = new Float64Array(ab);
for (var i = 0; i < 8; i++) {
    new Uint8Array(ab)[i] = i + 1;
}
c.port1.postMessage({ buf: ab, view: u8 }, [ab]);
console.log('byteLength', ab.byteLength);
console.log('u8', u8.length, u8.byteLength, u8.byteOffset, u8[0]);
console.log('u16', u16.length, u16.byteLength, u16[0]);
console.log('f64', f64.length, f64.byteLength, f64[0]);

// a detached buffer: transferable again (as an empty one), not cloneable
tryPost('again', c.port1, ab, [ab]);
tryPost('clone detached', c.port1, ab);
tryPost('clone view of detached', c.port1, u16);

// a buffer that cannot take properties is detached all the same
var sealed = new ArrayBuffer(4);
Object.preventExtensions(sealed);
tryPost('non-extensible', c.port1, sealed, [sealed]);
console.log('non-extensible after', sealed.byteLength);
tryPost('non-extensible clone', c.port1, sealed);

// a duplicate, or a failed clone, detaches nothing
var ab2 = new ArrayBuffer(4);
tryPost('duplicate', c.port1, ab2, [ab2, ab2]);
console.log('ab2 after duplicate', ab2.byteLength);
tryPost('uncloneable', c.port1, { s: Symbol('s') }, [ab2]);
console.log('ab2 after uncloneable', ab2.byteLength);
tryPost('not a buffer', c.port1, 1, [{}]);

// listed but not in the message: detached all the same
tryPost('listed only', c.port1, 'x', [ab2]);
console.log('ab2 listed only', ab2.byteLength);

// a Buffer from Buffer.alloc owns its ArrayBuffer
var b = Buffer.alloc(6, 'ab');
c.port1.postMessage(b, [b.buffer]);
console.log('Buffer', b.length, b.byteLength, b.buffer.byteLength,
    JSON.stringify(b.toString()));

// markAsUntransferable: copied, not detached
var kept = new Uint8Array([5, 6, 7]).buffer;
wt.markAsUntransferable(kept);
wt.markAsUntransferable(5);
c.port1.postMessage(kept, [kept]);
console.log('untransferable', kept.byteLength, bytes(new Uint8Array(kept)));

// a closed port drops the message and still detaches
var closed = new wt.MessageChannel();
closed.port1.close();
var ab3 = new ArrayBuffer(3);
closed.port1.postMessage(ab3, [ab3]);
console.log('closed port', ab3.byteLength);

setTimeout(function () {
    received.forEach(function (r, n) {
        console.log('received', n, r);
    });
    c.port1.close();
    toWorker();
}, 100);

// to a worker (in workerData and in a message) and back
function toWorker() {
    var wd = new Uint8Array([1, 2, 3]);
    var w = new wt.Worker('var wt = require("worker_threads");' +
        'var d = wt.workerData;' +
        'wt.parentPort.postMessage("workerData " + d.length + " " +' +
        '  Array.prototype.join.call(d, ","));' +
        'wt.parentPort.on("message", function (m) {' +
        '  var n = 0; for (var i = 0; i < m.length; i++) n += m[i];' +
        '  wt.parentPort.postMessage({ sum: n, back: m.buffer }, [m.buffer]);' +
        '  wt.parentPort.postMessage("worker side " + m.length + " " +' +
        '    m.buffer.byteLength);' +
        '  wt.parentPort.close();' +
        '});', { eval: true, workerData: wd, transferList: [wd.buffer] });
    console.log('workerData sender', wd.length, wd.buffer.byteLength);
    var m = new Uint16Array([10, 20, 30]);
    w.postMessage(m, [m.buffer]);
    console.log('to worker sender', m.length, m.buffer.byteLength);
    w.on('message', function (r) {
        console.log('from worker', describe(r));
    });
    w.on('exit', function (code) {
        console.log('exit', code);
    });
}
