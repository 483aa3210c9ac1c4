/*
 * builtins: Error.captureStackTrace, Error.stackTraceLimit and
 * Error.prepareStackTrace as captureStackTrace uses them (see
 * engine/js/builtins_stack.js; the stacks of ordinary errors are tested in
 * test-builtins-stack-format.js and test-builtins-prepare-stack-trace.js).
 */
'use strict';

var assert = require('assert');

assert.strictEqual(typeof Error.captureStackTrace, 'function');
assert.strictEqual(typeof Error.stackTraceLimit, 'number');

function MyError(message) {
    this.name = 'MyError';
    this.message = message;
    Error.captureStackTrace(this, MyError);
}

function outerCaller() {
    return new MyError('boom');
}

var e = outerCaller();
assert.strictEqual(typeof e.stack, 'string');
assert.strictEqual(e.stack.split('\n')[0], 'MyError: boom');
assert.ok(/outerCaller/.test(e.stack), e.stack);
// The constructor's own frame is cut off.
assert.ok(!/at (new )?MyError/.test(e.stack), e.stack);
assert.strictEqual(Object.getOwnPropertyDescriptor(e, 'stack').enumerable,
    false);
assert.deepStrictEqual(Object.keys(e), ['name', 'message']);

var plain = {};
Error.captureStackTrace(plain);
assert.strictEqual(plain.stack.split('\n')[0], 'Error');
var named = { name: 'X', message: '' };
Error.captureStackTrace(named);
assert.strictEqual(named.stack.split('\n')[0], 'X');

// stackTraceLimit bounds the number of frames.
var saved = Error.stackTraceLimit;
Error.stackTraceLimit = 0;
try {
    var none = {};
    Error.captureStackTrace(none);
    assert.strictEqual(none.stack, 'Error');
    Error.stackTraceLimit = 1;
    var one = {};
    (function level1() {
        (function level2() {
            Error.captureStackTrace(one);
        })();
    })();
    assert.strictEqual(one.stack.split('\n').length, 2, one.stack);
} finally {
    Error.stackTraceLimit = saved;
}

// prepareStackTrace receives the target and call sites.
Error.prepareStackTrace = function (target, sites) {
    assert.strictEqual(target, custom);
    assert.ok(Array.isArray(sites) && sites.length > 0);
    assert.strictEqual(typeof sites[0].getFileName, 'function');
    assert.strictEqual(typeof sites[0].getLineNumber(), 'number');
    return 'custom:' + sites[0].getFunctionName();
};
var custom = {};
var shown;
try {
    (function named() {
        Error.captureStackTrace(custom);
    })();
    // The stack is formatted on first read: read while the hook is set.
    shown = custom.stack;
} finally {
    Error.prepareStackTrace = undefined;
}
assert.strictEqual(shown, 'custom:named');

assert.throws(function () {
    Error.captureStackTrace(1);
}, TypeError);
