// process.stdout / stderr: synchronous writes with callbacks, fd, isTTY,
// argument checks, end().
'use strict';
var assert = require('assert');

assert.strictEqual(process.stdout.fd, 1);
assert.strictEqual(process.stderr.fd, 2);
// isTTY is true on a terminal and absent otherwise, as in Node.
assert.ok(process.stdout.isTTY === true ||
    process.stdout.isTTY === undefined);
assert.strictEqual(process.stdout, process.stdout);
assert.strictEqual(typeof process.stdout.on, 'function');

var calls = [];
assert.strictEqual(process.stdout.write('one\n'), true);
assert.strictEqual(process.stdout.write('two\n', function (err) {
    calls.push('cb:' + err);
}), true);
assert.strictEqual(process.stdout.write(new Buffer('three\n'), 'utf8',
    function () { calls.push('cb2'); }), true);
assert.strictEqual(process.stdout.write(new Uint8Array([0x34, 0x0a])), true);
assert.strictEqual(process.stdout.write(''), true);
assert.deepStrictEqual(calls, []); // callbacks come on the next tick

assert.throws(function () { process.stdout.write(1); }, {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError'
});

process.nextTick(function () {
    assert.deepStrictEqual(calls, ['cb:null', 'cb2']);
    process.stderr.end('bye from stderr\n', function () {
        calls.push('ended');
    });
});

// end()'s callback may wait for the pipe's shutdown, a loop round trip:
// checked once the process is done, not after a fixed delay.
process.on('exit', function () {
    assert.deepStrictEqual(calls, ['cb:null', 'cb2', 'ended']);
});
