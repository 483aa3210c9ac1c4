// util.inspect's API around the formatting: legacy arguments,
// defaultOptions, inspect.custom arguments, and rejected promises' output.
'use strict';
var assert = require('assert');
var util = require('util');

assert.strictEqual(util.inspect.custom,
    Symbol.for('nodejs.util.inspect.custom'));

// Legacy signature: (value, showHidden, depth, colors).
assert.strictEqual(util.inspect({ a: { b: { c: {} } } }, false, 0),
    '{ a: [Object] }');
assert.strictEqual(util.inspect([1], true), '[ 1, [length]: 1 ]');

// defaultOptions can be changed and read back.
var saved = util.inspect.defaultOptions.depth;
util.inspect.defaultOptions = { depth: 0 };
assert.strictEqual(util.inspect({ a: { b: 1 } }), '{ a: [Object] }');
util.inspect.defaultOptions = { depth: saved };
assert.strictEqual(util.inspect.defaultOptions.depth, 2);
assert.throws(function () {
    util.inspect.defaultOptions = null;
}, { code: 'ERR_INVALID_ARG_TYPE' });

// A custom inspector gets the remaining depth, the options (with any
// unknown keys passed through) and inspect itself.
var seen;
var obj = {};
obj[util.inspect.custom] = function (depth, options, inspectFn) {
    seen = { depth: depth, options: options, inspectFn: inspectFn,
        self: this };
    return 'X';
};
assert.strictEqual(util.inspect({ wrap: obj }, { depth: 4, extra: 'yes' }),
    '{ wrap: X }');
assert.strictEqual(seen.depth, 3);
assert.strictEqual(seen.options.extra, 'yes');
assert.strictEqual(typeof seen.options.stylize, 'function');
assert.strictEqual(seen.inspectFn, util.inspect);
assert.strictEqual(seen.self, obj);
// A multi-line custom result is indented with its position.
var multi = {};
multi[util.inspect.custom] = function () {
    return 'line1\nline2';
};
assert.strictEqual(util.inspect({ a: { b: multi } }, { compact: false }),
    '{\n  a: {\n    b: line1\n    line2\n  }\n}');

// Promises show their state.
assert.strictEqual(util.inspect(Promise.resolve(1)), 'Promise { 1 }');
assert.strictEqual(util.inspect(new Promise(function () {})),
    'Promise { <pending> }');
var rejected = Promise.reject(3);
rejected['catch'](function () {});
assert.strictEqual(util.inspect(rejected), 'Promise { <rejected> 3 }');

// stripVTControlCharacters.
assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'),
    'red');
