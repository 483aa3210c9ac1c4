/*
 * assert: Node's assertion functions.
 *
 * Every failed check throws an AssertionError (internal/assertion_error)
 * whose message either is the caller's message or shows the values. A
 * caller's message that is an Error is thrown as it is.
 *
 * assert(value) / assert.ok(value) without a message quote the failing
 * call from the source file, as Node does ("The expression evaluated to a
 * falsy value:\n\n  assert.ok(x > 1)\n"). Duktape's stack frames carry a
 * line but no column, so the call is found by looking for an `assert` or
 * `ok` call on that line; when the source cannot be read the message is
 * "<value> == true".
 *
 * assert.strict is the same API with the strict comparisons under the
 * loose names. Not supported: CallTracker (deprecated in Node 20), which
 * throws ERR_NOT_SUPPORTED.
 */
'use strict';

var errors = require('internal/errors');
var comparisons = require('internal/comparisons');
var types = require('internal/types');
var inspect = require('internal/inspect').inspect;
var AssertionError = require('internal/assertion_error');

var codes = errors.codes;
var NO_EXCEPTION = {};
var warnedFail = false;

function isError(value) {
    return types.isNativeError(value) || value instanceof Error;
}

function innerFail(obj) {
    if (obj.message instanceof Error) {
        throw obj.message;
    }
    throw new AssertionError(obj);
}

// --- assert.ok and the quoting of its call --------------------------------

var sourceCache = Object.create(null);

// The file and line of the first stack frame outside this file.
function callSite() {
    var stack = String(new Error('x').stack || '');
    var lines = stack.split('\n');
    var ownFile;
    for (var i = 1; i < lines.length; i++) {
        var m = /\(?([^\s()]+?):(\d+)(?::(\d+))?\)?(?:\s+\w+)*\s*$/
            .exec(lines[i]);
        if (m === null) {
            continue;
        }
        if (ownFile === undefined) {
            ownFile = m[1];
            continue;
        }
        if (m[1] !== ownFile) {
            return { file: m[1], line: Number(m[2]) };
        }
    }
    return null;
}

// From `start` in `text`, the index just after the parenthesis that
// closes the first one opened, skipping strings; -1 if none.
function endOfCall(text, start) {
    var depth = 0;
    var quote = null;
    for (var i = start; i < text.length; i++) {
        var ch = text[i];
        if (quote !== null) {
            if (ch === '\\') {
                i++;
            } else if (ch === quote) {
                quote = null;
            }
        } else if (ch === '\'' || ch === '"' || ch === '`') {
            quote = ch;
        } else if (ch === '(') {
            depth++;
        } else if (ch === ')') {
            depth--;
            if (depth === 0) {
                return i + 1;
            }
        }
    }
    return -1;
}

function quoteCall(site) {
    if (site === null || site.file.indexOf('node:') === 0 ||
            site.file[0] !== '/') {
        return undefined;
    }
    var key = site.file + ':' + site.line;
    if (key in sourceCache) {
        return sourceCache[key];
    }
    var result;
    try {
        var source = internalBinding('fs').readFileUtf8(site.file);
        var lines = source.split('\n');
        var line = lines[site.line - 1];
        var call = /((?:[A-Za-z_$][\w$]*\.)*(?:assert|ok|strict)\s*)\(/
            .exec(line);
        if (call !== null) {
            var column = call.index;
            var rest = lines.slice(site.line - 1).join('\n');
            var end = endOfCall(rest, column);
            if (end > 0) {
                var code = rest.slice(column, end).split('\n');
                var message = code[0];
                for (var i = 1; i < code.length; i++) {
                    var pos = 0;
                    while (pos < column && (code[i][pos] === ' ' ||
                            code[i][pos] === '\t')) {
                        pos++;
                    }
                    message += '\n  ' + code[i].slice(pos);
                }
                result = 'The expression evaluated to a falsy value:\n\n  ' +
                    message + '\n';
            }
        }
    } catch (err) {
        result = undefined;
    }
    sourceCache[key] = result;
    return result;
}

function innerOk(fn, argLen, value, message) {
    if (value) {
        return;
    }
    var generated = false;
    if (argLen === 0) {
        generated = true;
        message = 'No value argument passed to `assert.ok()`';
    } else if (message === null || message === undefined) {
        generated = true;
        message = quoteCall(callSite());
    } else if (isError(message)) {
        throw message;
    }
    var err = new AssertionError({
        actual: value,
        expected: true,
        message: message,
        operator: '==',
        stackStartFn: fn
    });
    err.generatedMessage = generated;
    throw err;
}

function assert(value, message) {
    innerOk(assert, arguments.length, value, message);
}

function ok(value, message) {
    innerOk(ok, arguments.length, value, message);
}

assert.ok = ok;
assert.AssertionError = AssertionError;

function fail(actual, expected, message, operator, stackStartFn) {
    var argsLen = arguments.length;
    var internalMessage = false;
    if ((actual === null || actual === undefined) && argsLen <= 1) {
        internalMessage = true;
        message = 'Failed';
    } else if (argsLen === 1) {
        message = actual;
        actual = undefined;
    } else {
        if (!warnedFail) {
            warnedFail = true;
            process.emitWarning('assert.fail() with more than one argument ' +
                'is deprecated. Please use assert.strictEqual() instead or ' +
                'only pass a message.', 'DeprecationWarning', 'DEP0094');
        }
        if (argsLen === 2) {
            operator = '!=';
        }
    }
    if (message instanceof Error) {
        throw message;
    }
    var err = new AssertionError({
        actual: actual,
        expected: expected,
        operator: operator === undefined ? 'fail' : operator,
        stackStartFn: stackStartFn || fail,
        message: message
    });
    if (internalMessage) {
        err.generatedMessage = true;
    }
    throw err;
}

assert.fail = fail;

// --- the comparisons --------------------------------------------------------

function requireTwo(args) {
    if (args.length < 2) {
        throw codes.ERR_MISSING_ARGS('actual', 'expected');
    }
}

// One comparison function: `name` as Node names it, `operator` as the
// error reports it ('equal' reports '==').
function comparison(name, operator, failsWhen) {
    var fn = function (actual, expected, message) {
        requireTwo(arguments);
        if (failsWhen(actual, expected)) {
            innerFail({
                actual: actual,
                expected: expected,
                message: message,
                operator: operator,
                stackStartFn: fn
            });
        }
    };
    Object.defineProperty(fn, 'name', { value: name, configurable: true });
    return fn;
}

function bothNaN(a, b) {
    return a !== a && b !== b;
}

/* eslint-disable eqeqeq */
assert.equal = comparison('equal', '==', function (a, b) {
    return a != b && !bothNaN(a, b);
});
assert.notEqual = comparison('notEqual', '!=', function (a, b) {
    return a == b || bothNaN(a, b);
});
/* eslint-enable eqeqeq */

function deepEqualFails(a, b) {
    return !comparisons.isDeepEqual(a, b);
}

function deepStrictEqualFails(a, b) {
    return !comparisons.isDeepStrictEqual(a, b);
}

function negate(fails) {
    return function (a, b) {
        return !fails(a, b);
    };
}

function strictEqualFails(a, b) {
    return !Object.is(a, b);
}

assert.deepEqual = comparison('deepEqual', 'deepEqual', deepEqualFails);
assert.notDeepEqual = comparison('notDeepEqual', 'notDeepEqual',
    negate(deepEqualFails));
assert.deepStrictEqual = comparison('deepStrictEqual', 'deepStrictEqual',
    deepStrictEqualFails);
assert.notDeepStrictEqual = comparison('notDeepStrictEqual',
    'notDeepStrictEqual', negate(deepStrictEqualFails));
assert.strictEqual = comparison('strictEqual', 'strictEqual',
    strictEqualFails);
assert.notStrictEqual = comparison('notStrictEqual', 'notStrictEqual',
    negate(strictEqualFails));

// --- throws and rejects -----------------------------------------------------

// Only the keys being checked, so the diff shows just those.
function Comparison(obj, keys, actual) {
    for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (key in obj) {
            if (actual !== undefined && typeof actual[key] === 'string' &&
                    types.isRegExp(obj[key]) && obj[key].test(actual[key])) {
                this[key] = actual[key];
            } else {
                this[key] = obj[key];
            }
        }
    }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
    if (!(key in actual) ||
            !comparisons.isDeepStrictEqual(actual[key], expected[key])) {
        if (!message) {
            var err = new AssertionError({
                actual: new Comparison(actual, keys),
                expected: new Comparison(expected, keys, actual),
                operator: 'deepStrictEqual',
                stackStartFn: fn
            });
            err.actual = actual;
            err.expected = expected;
            err.operator = fn.name;
            throw err;
        }
        innerFail({
            actual: actual,
            expected: expected,
            message: message,
            operator: fn.name,
            stackStartFn: fn
        });
    }
}

// Does the thrown `actual` satisfy `expected` (a class, RegExp, validation
// function or object of expected properties)? Throws if not.
function expectedException(actual, expected, message, fn) {
    var generated = false;
    var mismatch = false;
    if (typeof expected !== 'function') {
        if (types.isRegExp(expected)) {
            var str = String(actual);
            if (expected.test(str)) {
                return;
            }
            if (!message) {
                generated = true;
                message = 'The input did not match the regular expression ' +
                    inspect(expected) + '. Input:\n\n' + inspect(str) + '\n';
            }
            mismatch = true;
        } else if (typeof actual !== 'object' || actual === null) {
            var primitiveErr = new AssertionError({
                actual: actual,
                expected: expected,
                message: message,
                operator: 'deepStrictEqual',
                stackStartFn: fn
            });
            primitiveErr.operator = fn.name;
            throw primitiveErr;
        } else {
            var keys = Object.keys(expected);
            if (expected instanceof Error) {
                keys.push('name', 'message');
            } else if (keys.length === 0) {
                throw codes.ERR_INVALID_ARG_VALUE('error', expected,
                    'may not be an empty object');
            }
            for (var i = 0; i < keys.length; i++) {
                var key = keys[i];
                if (typeof actual[key] === 'string' &&
                        types.isRegExp(expected[key]) &&
                        expected[key].test(actual[key])) {
                    continue;
                }
                compareExceptionKey(actual, expected, key, message, keys, fn);
            }
            return;
        }
    } else if (expected.prototype !== undefined &&
            actual instanceof expected) {
        return;
    } else if (Error.isPrototypeOf(expected) || expected === Error) {
        if (!message) {
            generated = true;
            message = 'The error is expected to be an instance of "' +
                expected.name + '". Received ';
            if (isError(actual)) {
                var name = (actual.constructor && actual.constructor.name) ||
                    actual.name;
                message += expected.name === name ?
                    'an error with identical name but a different ' +
                    'prototype.' : '"' + name + '"';
                if (actual.message) {
                    message += '\n\nError message:\n\n' + actual.message;
                }
            } else {
                message += '"' + inspect(actual, { depth: -1 }) + '"';
            }
        }
        mismatch = true;
    } else {
        var res = expected.call({}, actual);
        if (res !== true) {
            if (!message) {
                generated = true;
                message = 'The ' + (expected.name ? '"' + expected.name +
                    '" ' : '') + 'validation function is expected to ' +
                    'return "true". Received ' + inspect(res);
                if (isError(actual)) {
                    message += '\n\nCaught error:\n\n' + actual;
                }
            }
            mismatch = true;
        }
    }
    if (mismatch) {
        var err = new AssertionError({
            actual: actual,
            expected: expected,
            message: message,
            operator: fn.name,
            stackStartFn: fn
        });
        err.generatedMessage = generated;
        throw err;
    }
}

function getActual(fn) {
    errors.validateFunction(fn, 'fn');
    try {
        fn();
    } catch (err) {
        return err;
    }
    return NO_EXCEPTION;
}

function ambiguous(reason) {
    return errors.makeError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT',
        'The "error/message" argument is ambiguous. ' + reason);
}

function expectsError(stackStartFn, actual, error, message, argCount) {
    if (typeof error === 'string') {
        if (argCount === 4) {
            throw codes.ERR_INVALID_ARG_TYPE('error',
                ['Object', 'Error', 'Function', 'RegExp'], error);
        }
        if (typeof actual === 'object' && actual !== null) {
            if (actual.message === error) {
                throw ambiguous('The error message "' + actual.message +
                    '" is identical to the message.');
            }
        } else if (actual === error) {
            throw ambiguous('The error "' + actual + '" is identical to the ' +
                'message.');
        }
        message = error;
        error = undefined;
    } else if (error !== null && error !== undefined &&
            typeof error !== 'object' && typeof error !== 'function') {
        throw codes.ERR_INVALID_ARG_TYPE('error',
            ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (actual === NO_EXCEPTION) {
        var details = '';
        if (error && error.name) {
            details += ' (' + error.name + ')';
        }
        details += message ? ': ' + message : '.';
        var kind = stackStartFn === assert.rejects ? 'rejection' : 'exception';
        innerFail({
            actual: undefined,
            expected: error,
            operator: stackStartFn.name,
            message: 'Missing expected ' + kind + details,
            stackStartFn: stackStartFn
        });
    }
    if (!error) {
        return;
    }
    expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
    if (typeof expected !== 'function') {
        if (types.isRegExp(expected)) {
            return expected.test(String(actual));
        }
        throw codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'],
            expected);
    }
    if (expected.prototype !== undefined && actual instanceof expected) {
        return true;
    }
    if (Error.isPrototypeOf(expected)) {
        return false;
    }
    return expected.call({}, actual) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
    if (actual === NO_EXCEPTION) {
        return;
    }
    if (typeof error === 'string') {
        message = error;
        error = undefined;
    }
    if (!error || hasMatchingError(actual, error)) {
        var details = message ? ': ' + message : '.';
        var kind = stackStartFn === assert.doesNotReject ? 'rejection' :
            'exception';
        innerFail({
            actual: actual,
            expected: error,
            operator: stackStartFn.name,
            message: 'Got unwanted ' + kind + details + '\n' +
                'Actual message: "' + (actual && actual.message) + '"',
            stackStartFn: stackStartFn
        });
    }
    throw actual;
}

assert.throws = function throws(fn, error, message) {
    expectsError(throws, getActual(fn), error, message, arguments.length);
};

assert.doesNotThrow = function doesNotThrow(fn, error, message) {
    expectsNoError(doesNotThrow, getActual(fn), error, message);
};

function isPromiseLike(obj) {
    return types.isPromise(obj) || (obj !== null && typeof obj === 'object' &&
        typeof obj.then === 'function' && typeof obj['catch'] === 'function');
}

// A promise of what `promiseFn` (a function returning a promise, or a
// promise) rejects with, or NO_EXCEPTION.
function waitForActual(promiseFn) {
    var result;
    if (typeof promiseFn === 'function') {
        result = promiseFn();
        if (!isPromiseLike(result)) {
            throw codes.ERR_INVALID_RETURN_VALUE('instance of Promise',
                'promiseFn', result);
        }
    } else if (isPromiseLike(promiseFn)) {
        result = promiseFn;
    } else {
        throw codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'],
            promiseFn);
    }
    return Promise.resolve(result).then(function () {
        return NO_EXCEPTION;
    }, function (err) {
        return err;
    });
}

function settleLater(check, promiseFn) {
    var waiting;
    try {
        waiting = waitForActual(promiseFn);
    } catch (err) {
        return Promise.reject(err);
    }
    return waiting.then(check);
}

assert.rejects = function rejects(promiseFn, error, message) {
    var count = arguments.length;
    return settleLater(function (actual) {
        expectsError(rejects, actual, error, message, count);
    }, promiseFn);
};

assert.doesNotReject = function doesNotReject(promiseFn, error, message) {
    return settleLater(function (actual) {
        expectsNoError(doesNotReject, actual, error, message);
    }, promiseFn);
};

assert.ifError = function ifError(err) {
    if (err === null || err === undefined) {
        return;
    }
    var message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
        message += err.message.length === 0 && err.constructor ?
            err.constructor.name : err.message;
    } else {
        message += inspect(err);
    }
    throw new AssertionError({
        actual: err,
        expected: null,
        operator: 'ifError',
        message: message,
        stackStartFn: ifError
    });
};

function internalMatch(string, regexp, message, fn) {
    if (!types.isRegExp(regexp)) {
        throw codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
    }
    var wantMatch = fn === assert.match;
    if (typeof string !== 'string' ||
            (regexp.exec(string) !== null) !== wantMatch) {
        if (message instanceof Error) {
            throw message;
        }
        var generated = !message;
        message = message || (typeof string !== 'string' ?
            'The "string" argument must be of type string. Received type ' +
            typeof string + ' (' + inspect(string) + ')' :
            (wantMatch ? 'The input did not match the regular expression ' :
                'The input was expected to not match the regular ' +
                'expression ') + inspect(regexp) + '. Input:\n\n' +
            inspect(string) + '\n');
        var err = new AssertionError({
            actual: string,
            expected: regexp,
            message: message,
            operator: fn.name,
            stackStartFn: fn
        });
        err.generatedMessage = generated;
        throw err;
    }
}

assert.match = function match(string, regexp, message) {
    internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
    internalMatch(string, regexp, message, doesNotMatch);
};

assert.CallTracker = function CallTracker() {
    throw codes.ERR_NOT_SUPPORTED('assert.CallTracker');
};

// assert.strict: the same functions with the strict comparisons under the
// loose names.
function strict(value, message) {
    innerOk(strict, arguments.length, value, message);
}

(function () {
    var names = Object.keys(assert);
    for (var i = 0; i < names.length; i++) {
        strict[names[i]] = assert[names[i]];
    }
    strict.equal = assert.strictEqual;
    strict.deepEqual = assert.deepStrictEqual;
    strict.notEqual = assert.notStrictEqual;
    strict.notDeepEqual = assert.notDeepStrictEqual;
})();

assert.strict = strict;
assert.strict.strict = assert.strict;

module.exports = assert;
