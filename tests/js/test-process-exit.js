// 'beforeExit' can revive the loop and fires again when it drains; 'exit'
// fires once with process.exitCode, and setting exitCode inside it decides
// the status.  This test's own status is 0 only if all of that happened.
'use strict';
var assert = require('assert');

var before = 0;
var exits = 0;
process.on('beforeExit', function (code) {
    assert.strictEqual(code, '5');
    before++;
    if (before < 3) {
        setTimeout(function () {}, 1);
    }
});
process.on('exit', function (code) {
    exits++;
    assert.strictEqual(code, '5');
    assert.strictEqual(before, 3);
    assert.strictEqual(exits, 1);
    assert.strictEqual(process._exiting, true);
    // A timer set now never runs.
    setTimeout(function () { process.exitCode = 99; }, 0);
    process.exitCode = 0;
});

assert.throws(function () { process.exitCode = 'abc'; },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { process.exitCode = 1.5; },
    { code: 'ERR_OUT_OF_RANGE' });
process.exitCode = '5'; // kept as given, as Node does
assert.strictEqual(process.exitCode, '5');
