// timers/promises: setTimeout and setImmediate resolve with their value.
'use strict';
var assert = require('assert');
var tp = require('timers/promises');

assert.strictEqual(require('timers').promises, tp);
// Which settles first is not asserted: a 5 ms timer against an immediate
// from the main module is an order Node leaves undefined under load.
var done = false;
Promise.all([tp.setTimeout(5, 'later'), tp.setImmediate('soon')])
    .then(function (values) {
        assert.deepStrictEqual(values, ['later', 'soon']);
        done = true;
    });
assert.throws(function () { tp.setTimeout(1, 1, { signal: {} }); },
    { code: 'ERR_NOT_SUPPORTED' });
process.on('exit', function () { assert.ok(done, 'both promises settled'); });
