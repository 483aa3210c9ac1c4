// Unref'd timers and intervals never keep the program alive: this file
// ends on its own after the ref'd 20 ms timer, though an unref'd interval
// and a long unref'd timeout are still active.
'use strict';
var assert = require('assert');

var ticks = 0;
var iv = setInterval(function () { ticks++; }, 1);
iv.unref();
setTimeout(function () { assert.fail('never: unref\'d'); }, 100000).unref();
var start = Date.now();
setTimeout(function () { assert.ok(ticks > 0, 'the interval ran'); }, 20);
process.on('exit', function () {
    assert.ok(Date.now() - start < 5000);
});
