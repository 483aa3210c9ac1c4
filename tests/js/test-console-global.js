// The global console writes through process.stdout/stderr as they are at
// the time of the call.
'use strict';
var assert = require('assert');

assert.strictEqual(console, require('console'));
assert.strictEqual(typeof console.Console, 'function');
assert.strictEqual(Object.prototype.toString.call(console),
    '[object console]');

var captured = [];
var realOut = process.stdout.write;
var realErr = process.stderr.write;
process.stdout.write = function (s) {
    captured.push(['out', s]);
    return true;
};
process.stderr.write = function (s) {
    captured.push(['err', s]);
    return true;
};
try {
    console.log('one', { two: 2 });
    console.error(new Error('x').message);
    console.info('%s!', 'hi');
} finally {
    process.stdout.write = realOut;
    process.stderr.write = realErr;
}
assert.deepStrictEqual(captured, [
    ['out', 'one { two: 2 }\n'],
    ['err', 'x\n'],
    ['out', 'hi!\n']
]);
