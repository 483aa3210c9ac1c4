// setImmediate: FIFO order, clearImmediate (also from a running batch),
// ref/unref/hasRef; an unref'd immediate alone does not keep the program
// alive, yet runs if something else does.
'use strict';
var assert = require('assert');

var log = [];
var a = setImmediate(function () {
    log.push('a');
    clearImmediate(c); // queued in the same batch: must not run
});
setImmediate(function () { log.push('b'); });
var c = setImmediate(function () { log.push('c'); });
var d = setImmediate(function () { log.push('d'); });
clearImmediate(d);
assert.strictEqual(a.hasRef(), true);
assert.strictEqual(a.unref(), a);
assert.strictEqual(a.hasRef(), false);
a.ref();

var u = setImmediate(function () { log.push('unref-ran'); });
u.unref();

// Checked at exit rather than from a timer: a 5 ms timer against
// immediates queued by the main module is an order Node leaves undefined
// (a slow start lets the timer fire first).
process.on('exit', function () {
    assert.deepStrictEqual(log, ['a', 'b', 'unref-ran']);
    var never = setImmediate(function () { assert.fail('after exit'); });
    assert.ok(never);
});
