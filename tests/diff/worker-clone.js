// worker_threads: values after a round trip through a worker, as
// util.inspect shows them, and the DataCloneError for what cannot go.
'use strict';
var Worker = require('worker_threads').Worker;

var cyclic = { name: 'cycle' };
cyclic.me = cyclic;
var values = [
    undefined, null, true, 42, -0, NaN, 'str', [1, [2, [3]]],
    { a: { b: { c: 1 } } }, new Date(0), /x+/gm, new Map([['k', 1]]),
    new Set(['a', 'b']), new Uint8Array([1, 2, 3]), new Int32Array([-1]),
    new Float32Array([0.5]), Buffer.from('hi'), new ArrayBuffer(3),
    cyclic, new Error('plain'), new SyntaxError('syntax')
];

var w = new Worker('var p = require("worker_threads").parentPort;' +
    'p.on("message", function (m) { if (m === "end") p.close();' +
    ' else p.postMessage(m); });', { eval: true });
var i = 0;
w.on('message', function (m) {
    if (m instanceof Error) {
        console.log(i, 'error', m.name, m.message,
            Object.getPrototypeOf(m) === Object.getPrototypeOf(values[i]));
    } else if (ArrayBuffer.isView(m)) {
        console.log(i, m.constructor.name, Array.prototype.slice.call(m));
    } else {
        console.log(i, m);
    }
    i++;
    if (i === values.length) {
        w.postMessage('end');
    }
});
w.on('exit', function (code) { console.log('exit', code); });

// (A function's message quotes its source, which Duktape does not keep.)
try {
    w.postMessage({ f: function named() {} });
} catch (e) {
    console.log(e.name, / could not be cloned\.$/.test(e.message), e.code);
}
[Symbol('sym'), { nested: [Symbol.iterator] }].forEach(function (v) {
    try {
        w.postMessage(v);
    } catch (e) {
        console.log(e.name, e.message, e.code);
    }
});
values.forEach(function (v) { w.postMessage(v); });
