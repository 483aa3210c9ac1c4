// process.env is backed by the real environment: reads, assignment (as
// strings), deletion, enumeration.
'use strict';
var assert = require('assert');

assert.strictEqual(typeof process.env.PATH, 'string');
assert.ok(Object.keys(process.env).indexOf('PATH') >= 0);

process.env.NODULE_TEST_A = 42;
assert.strictEqual(process.env.NODULE_TEST_A, '42');
process.env.NODULE_TEST_B = undefined;
assert.strictEqual(process.env.NODULE_TEST_B, 'undefined');
process.env.NODULE_TEST_C = true;
assert.strictEqual(process.env.NODULE_TEST_C, 'true');
assert.ok('NODULE_TEST_A' in process.env);
assert.ok(Object.keys(process.env).indexOf('NODULE_TEST_A') >= 0);
var found = false;
for (var k in process.env) {
    if (k === 'NODULE_TEST_C') {
        found = true;
    }
}
assert.ok(found);
assert.strictEqual(JSON.parse(JSON.stringify(process.env)).NODULE_TEST_A,
    '42');

delete process.env.NODULE_TEST_A;
assert.strictEqual(process.env.NODULE_TEST_A, undefined);
assert.ok(!('NODULE_TEST_A' in process.env));
assert.ok(Object.keys(process.env).indexOf('NODULE_TEST_A') < 0);

assert.throws(function () { process.env[Symbol('x')] = 1; }, TypeError);
assert.throws(function () { process.env.X = Symbol('y'); }, TypeError);

// The real environment changed: a fresh snapshot (what a child process or
// a new engine would see) agrees.
assert.strictEqual(process.env.NODULE_TEST_B, 'undefined');
