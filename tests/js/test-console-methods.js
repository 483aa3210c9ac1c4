// Console methods write formatted lines to the right stream: log, info,
// debug, dirxml to stdout; error, warn, trace, assert to stderr; dir uses
// inspect options; count/countReset; group indentation.
'use strict';
var assert = require('assert');
var Console = require('console').Console;

var EventEmitter = require('events');

// A stream stand-in: Node's Console wants an emitter with write().
function sink() {
    var s = new EventEmitter();
    s.text = '';
    s.write = function (chunk) {
        s.text += chunk;
        return true;
    };
    return s;
}

var out = sink();
var err = sink();
var c = new Console(out, err);

c.log('a %s b %d', 'x', 42, { k: [1, 2] });
c.info('info');
c.debug('debug');
c.dirxml('dirxml');
c.error('error', 1);
c.warn('warn');
assert.strictEqual(out.text,
    'a x b 42 { k: [ 1, 2 ] }\ninfo\ndebug\ndirxml\n');
assert.strictEqual(err.text, 'error 1\nwarn\n');

out.text = '';
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
c.dir({ s: 'x' });
assert.strictEqual(out.text, '{ a: [Object] }\n{ s: \'x\' }\n');

// dir ignores custom inspectors; log uses them.
out.text = '';
var custom = {};
custom[require('util').inspect.custom] = function show() {
    return 'CUSTOM';
};
c.log(custom);
c.dir(custom);
assert.strictEqual(out.text, 'CUSTOM\n' +
    '{ [Symbol(nodejs.util.inspect.custom)]: [Function: show] }\n');

out.text = '';
c.count();
c.count();
c.count('x');
c.countReset();
c.count();
assert.strictEqual(out.text, 'default: 1\ndefault: 2\nx: 1\ndefault: 1\n');

err.text = '';
c.assert(true, 'never');
c.assert(false, 'because %s', 'reasons');
c.assert(false);
assert.strictEqual(err.text,
    'Assertion failed: because reasons\nAssertion failed\n');

out.text = '';
c.group('Group');
c.log('inside');
c.groupCollapsed();
c.log('two\nlines');
c.groupEnd();
c.groupEnd();
c.groupEnd();
c.log('outside');
assert.strictEqual(out.text,
    'Group\n  inside\n    two\n    lines\noutside\n');

err.text = '';
c.trace('here %d', 5);
var lines = err.text.split('\n');
assert.strictEqual(lines[0], 'Trace: here 5');
assert.ok(/^    at /.test(lines[1]), err.text);
assert.ok(err.text.indexOf('test-console-methods.js') > 0, err.text);

// Methods are bound: they work detached.
out.text = '';
var log = c.log;
log('detached');
assert.strictEqual(out.text, 'detached\n');

// The options form, and stderr defaulting to stdout.
var both = sink();
var c2 = new Console({ stdout: both });
c2.log('o');
c2.error('e');
assert.strictEqual(both.text, 'o\ne\n');
assert.ok(c2 instanceof Console);
assert.ok(require('console') instanceof Console);
assert.throws(function () {
    return new Console({});
}, {
    name: 'TypeError',
    code: 'ERR_CONSOLE_WRITABLE_STREAM',
    message: 'Console expects a writable stream instance for stdout'
});

// groupIndentation and inspectOptions.
var g = sink();
var c3 = new Console({ stdout: g, groupIndentation: 4,
    inspectOptions: { breakLength: 10 } });
c3.group();
c3.log({ alpha: 1, beta: 2 });
assert.strictEqual(g.text, '    {\n      alpha: 1,\n      beta: 2\n    }\n');
