// process.emitWarning: the 'warning' event on the next tick with Node's
// warning object; argument forms; deprecations can be silenced.
'use strict';
var assert = require('assert');

var seen = [];
process.on('warning', function (w) { seen.push(w); });

process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning', 'CODE1');
process.emitWarning('opts', { type: 'OtherWarning', code: 'C2',
    detail: 'more' });
var err = new Error('as error');
process.emitWarning(err);
process.noDeprecation = true;
process.emitWarning('quiet', 'DeprecationWarning');
process.noDeprecation = false;
assert.strictEqual(seen.length, 0); // emitted on the next tick

assert.throws(function () { process.emitWarning(1); },
    { code: 'ERR_INVALID_ARG_TYPE' });

process.nextTick(function () {
    assert.strictEqual(seen.length, 4);
    assert.ok(seen[0] instanceof Error);
    assert.strictEqual(seen[0].name, 'Warning');
    assert.strictEqual(seen[0].message, 'plain');
    assert.strictEqual(seen[1].name, 'CustomWarning');
    assert.strictEqual(seen[1].code, 'CODE1');
    assert.strictEqual(seen[2].name, 'OtherWarning');
    assert.strictEqual(seen[2].detail, 'more');
    assert.strictEqual(seen[3], err);
});
