/*
 * builtins: every error's `stack` has Node's shape (internal/builtins_stack):
 * a first line "Name: message", then "    at fn (file:line:col)" lines,
 * innermost first, at most Error.stackTraceLimit of them; the property is
 * own, non-enumerable and writable. The test runs under Node too, so it
 * checks shapes, not nodule's exact frames (Duktape knows no columns).
 */
'use strict';

var assert = require('assert');

var FRAME = /^    at (?:(\S.*) \((.+):(\d+):(\d+)\)|(.+):(\d+):(\d+)|(\S.*) \((native|<anonymous>)\))$/;

function frames(stack) {
    return stack.split('\n').slice(1);
}

function checkFrames(stack) {
    frames(stack).forEach(function (line) {
        assert.ok(FRAME.test(line), 'frame line shape: ' + line);
    });
}

// A user error: first line, then a frame naming the function and the file.
function makeBoom() {
    return new Error('boom');
}
var e = makeBoom();
assert.strictEqual(typeof e.stack, 'string');
assert.strictEqual(e.stack.split('\n')[0], 'Error: boom');
checkFrames(e.stack);
var first = FRAME.exec(frames(e.stack)[0]);
assert.strictEqual(first[1], 'makeBoom', e.stack);
assert.strictEqual(first[2], __filename);
assert.strictEqual(Number(first[3]), 26);
assert.ok(Number(first[4]) >= 1);
// Module top-level code shows as Node names it.
assert.ok(/^    at Object\.<anonymous> \(/.test(frames(e.stack)[1]), e.stack);

// The other constructors, an empty message, a changed name.
assert.strictEqual(new TypeError('t').stack.split('\n')[0], 'TypeError: t');
assert.strictEqual(new RangeError().stack.split('\n')[0], 'RangeError');
var named = new Error('m');
named.name = 'Custom';
assert.strictEqual(named.stack.split('\n')[0], 'Custom: m');

// Errors the engine itself raises.
var caught = null;
try {
    null.x; // eslint-disable-line no-unused-expressions
} catch (err) {
    caught = err;
}
assert.ok(caught instanceof TypeError);
assert.strictEqual(caught.stack.split('\n')[0], 'TypeError: ' + caught.message);
checkFrames(caught.stack);
assert.ok(frames(caught.stack).length >= 1);
assert.ok(caught.stack.indexOf(__filename + ':') > 0, caught.stack);

try {
    JSON.parse('{');
} catch (err) {
    caught = err;
}
assert.strictEqual(caught.stack.split('\n')[0], 'SyntaxError: ' + caught.message);
checkFrames(caught.stack);

// Node's own coded errors keep "Name [CODE]: message".
try {
    require('fs').openSync({});
} catch (err) {
    caught = err;
}
assert.strictEqual(caught.code, 'ERR_INVALID_ARG_TYPE');
assert.strictEqual(caught.stack.split('\n')[0],
    'TypeError [ERR_INVALID_ARG_TYPE]: ' + caught.message);
checkFrames(caught.stack);
assert.ok(caught.stack.indexOf(__filename + ':') > 0, caught.stack);

// Anonymous functions print "at file:line:col".
var anon = (function () {
    return [0].map(function () {
        return new Error('anon');
    })[0];
})();
assert.ok(new RegExp('^    at ' + __filename.replace(/[.\/\\]/g, '\\$&') +
    ':\\d+:\\d+$').test(frames(anon.stack)[0]), anon.stack);

// `stack` is own, non-enumerable, writable and configurable.
var w = new Error('w');
var desc = Object.getOwnPropertyDescriptor(w, 'stack');
assert.ok(desc);
assert.strictEqual(desc.enumerable, false);
assert.strictEqual(desc.configurable, true);
assert.deepStrictEqual(Object.keys(w), []);
w.stack = 'replaced';
assert.strictEqual(w.stack, 'replaced');
w.stack = 'again';
assert.strictEqual(w.stack, 'again');
assert.strictEqual(Object.getOwnPropertyDescriptor(w, 'stack').enumerable,
    false);
var unread = new Error('unread');
unread.stack = 'set before read';
assert.strictEqual(unread.stack, 'set before read');
Object.defineProperty(unread, 'stack', { value: 'defined' });
assert.strictEqual(unread.stack, 'defined');

// Error.stackTraceLimit: a frame count; 0 gives the first line only; a
// non-number records no stack at all.
assert.strictEqual(Error.stackTraceLimit, 10);
function deep(n) {
    return n === 0 ? new Error('deep') : deep(n - 1);
}
assert.strictEqual(frames(deep(30).stack).length, 10);
var saved = Error.stackTraceLimit;
try {
    Error.stackTraceLimit = 3;
    assert.strictEqual(frames(deep(30).stack).length, 3);
    Error.stackTraceLimit = 0;
    assert.strictEqual(new Error('zero').stack, 'Error: zero');
    Error.stackTraceLimit = Infinity;
    assert.ok(frames(deep(30).stack).length > 30);
    Error.stackTraceLimit = 'ten';
    assert.strictEqual(new Error('none').stack, undefined);
    var x = new Error('none');
    x.stack = 'assigned';
    assert.strictEqual(x.stack, 'assigned');
} finally {
    Error.stackTraceLimit = saved;
}

// util.inspect shows the stack, then own enumerable properties.
var util = require('util');
var coded = new Error('with code');
coded.code = 'E_X';
var shown = util.inspect(coded);
assert.strictEqual(shown.split('\n')[0], 'Error: with code');
assert.ok(/\{\n  code: 'E_X'\n\}$/.test(shown), shown);
