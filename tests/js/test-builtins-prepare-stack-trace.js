/*
 * builtins: Error.prepareStackTrace(error, callSites) computes `stack` for
 * every error, at its first read, and receives V8-style CallSite objects
 * (internal/builtins_stack). Runs under Node too, so nodule-specific
 * values (columns, which Duktape does not record) are checked loosely.
 */
'use strict';

var assert = require('assert');

var METHODS = ['getThis', 'getTypeName', 'getFunction', 'getFunctionName',
    'getMethodName', 'getFileName', 'getLineNumber', 'getColumnNumber',
    'getEvalOrigin', 'isToplevel', 'isEval', 'isNative', 'isConstructor',
    'toString'];

function sitesOf(fn) {
    var saved = Error.prepareStackTrace;
    var result;
    Error.prepareStackTrace = function (err, sites) {
        return sites;
    };
    try {
        result = fn().stack;
    } finally {
        Error.prepareStackTrace = saved;
    }
    return result;
}

function namedCaller() {
    return new Error('x');
}

var sites = sitesOf(namedCaller);
assert.ok(Array.isArray(sites) && sites.length > 0);
METHODS.forEach(function (name) {
    assert.strictEqual(typeof sites[0][name], 'function', name);
});
var top = sites[0];
assert.strictEqual(top.getFunctionName(), 'namedCaller');
assert.strictEqual(top.getFileName(), __filename);
assert.strictEqual(top.getLineNumber(), 31);
assert.strictEqual(typeof top.getColumnNumber(), 'number');
assert.ok(top.getColumnNumber() >= 1);
assert.strictEqual(top.isNative(), false);
assert.strictEqual(top.isEval(), false);
assert.strictEqual(top.isConstructor(), false);
assert.strictEqual(top.getEvalOrigin(), undefined);
assert.ok(/^namedCaller \(.+:31:\d+\)$/.test(top.toString()), top.toString());
// The next frame is sitesOf, which called namedCaller through fn().
assert.strictEqual(sites[1].getFunctionName(), 'sitesOf');

// The hook sees the error and its return value becomes `stack`; it runs
// at the first read, not at creation, as in V8.
var calls = 0;
var late = new Error('late');
Error.prepareStackTrace = function (err, callSites) {
    calls++;
    assert.strictEqual(err, late);
    return 'prepared ' + err.message + ' ' + callSites.length;
};
try {
    assert.ok(/^prepared late \d+$/.test(late.stack), late.stack);
    assert.strictEqual(late.stack.indexOf('prepared'), 0);
    assert.strictEqual(calls, 1); // the result is kept
} finally {
    Error.prepareStackTrace = undefined;
}

// Errors the engine raises use the hook too.
Error.prepareStackTrace = function (err, callSites) {
    return err.name + '|' + callSites.length;
};
try {
    var engineError = null;
    try {
        undefined.y; // eslint-disable-line no-unused-expressions
    } catch (err) {
        engineError = err;
    }
    assert.ok(/^TypeError\|\d+$/.test(engineError.stack), engineError.stack);
} finally {
    Error.prepareStackTrace = undefined;
}

// stackTraceLimit bounds the call sites; 0 gives none.
var saved = Error.stackTraceLimit;
try {
    Error.stackTraceLimit = 1;
    assert.strictEqual(sitesOf(namedCaller).length, 1);
    Error.stackTraceLimit = 0;
    assert.strictEqual(sitesOf(namedCaller).length, 0);
} finally {
    Error.stackTraceLimit = saved;
}

// captureStackTrace goes through the hook too, cut at the given function.
// (Not `return inner()`: Duktape's tail call would replace Outer's frame.)
function Outer() {
    var result = inner();
    return result;
}
function inner() {
    var target = {};
    Error.captureStackTrace(target, inner);
    return target;
}
var captured = sitesOf(Outer);
assert.strictEqual(captured[0].getFunctionName(), 'Outer');

// depd's pattern: find the caller's file and line from call sites.
function callerLocation() {
    var saved2 = Error.prepareStackTrace;
    var obj = {};
    Error.prepareStackTrace = function (o, stack) {
        return stack;
    };
    Error.captureStackTrace(obj, callerLocation);
    var stack = obj.stack;
    Error.prepareStackTrace = saved2;
    return [stack[0].getFileName(), stack[0].getLineNumber(),
        stack[0].getColumnNumber()];
}
var where = callerLocation();
assert.strictEqual(where[0], __filename);
assert.strictEqual(where[1], 124);
assert.strictEqual(typeof where[2], 'number');

// A hook that reads another error's stack does not recurse forever.
Error.prepareStackTrace = function (err, callSites) {
    return 'outer:' + typeof new Error('inner').stack;
};
try {
    assert.strictEqual(new Error('o').stack, 'outer:string');
} finally {
    Error.prepareStackTrace = undefined;
}
