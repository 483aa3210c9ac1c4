// timers/promises: setTimeout and setImmediate resolve with their value.
'use strict';
var assert = require('assert');
var tp = require('timers/promises');

assert.strictEqual(require('timers').promises, tp);
var got = [];
tp.setTimeout(5, 'later').then(function (v) { got.push(v); });
tp.setImmediate('soon').then(function (v) { got.push(v); });
assert.throws(function () { tp.setTimeout(1, 1, { signal: {} }); },
    { code: 'ERR_NOT_SUPPORTED' });
setTimeout(function () {
    assert.deepStrictEqual(got, ['soon', 'later']);
}, 30);
