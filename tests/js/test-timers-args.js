// setTimeout/setInterval/setImmediate arguments: extra arguments, `this`,
// delay coercion, callback checks with Node's exact messages.
'use strict';
var assert = require('assert');
var timers = require('timers');

assert.strictEqual(timers.setTimeout, setTimeout);
assert.strictEqual(require('node:timers').setImmediate, setImmediate);

var results = {};
var t = setTimeout(function (a, b, c) {
    results.args = [a, b, c];
    results.self = this === t;
}, 1, 'x', 2, null);
setImmediate(function (a) { results.imm = a; }, 'y');

// Delay coercion: all of these fire (NaN, negative, string, fraction).
setTimeout(function () { results.nan = true; }, NaN);
setTimeout(function () { results.neg = true; }, -5);
setTimeout(function () { results.str = true; }, '2');
setTimeout(function () { results.frac = true; }, 1.9);
setTimeout(function () { results.none = true; });
var big = setTimeout(function () { results.big = true; }, 2147483648);
assert.strictEqual(big._idleTimeout, 1);
assert.strictEqual(t._idleTimeout, 1);

['setTimeout', 'setInterval', 'setImmediate'].forEach(function (name) {
    assert.throws(function () { timers[name]('nope', 1); }, {
        name: 'TypeError',
        code: 'ERR_INVALID_ARG_TYPE',
        message: 'The "callback" argument must be of type function. ' +
            "Received type string ('nope')"
    });
    assert.throws(function () { timers[name](undefined); }, {
        code: 'ERR_INVALID_ARG_TYPE',
        message: 'The "callback" argument must be of type function. ' +
            'Received undefined'
    });
});

// clear* accept anything without throwing.
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearInterval('nope');

var warnings = [];
process.on('warning', function (w) { warnings.push(w); });

setTimeout(function () {
    assert.deepStrictEqual(results.args, ['x', 2, null]);
    assert.strictEqual(results.self, true);
    assert.strictEqual(results.imm, 'y');
    ['nan', 'neg', 'str', 'frac', 'none', 'big'].forEach(function (k) {
        assert.strictEqual(results[k], true, k);
    });
    assert.strictEqual(warnings.length, 1);
    assert.strictEqual(warnings[0].name, 'TimeoutOverflowWarning');
    assert.strictEqual(warnings[0].message, '2147483648 does not fit into ' +
        'a 32-bit signed integer.\nTimeout duration was set to 1.');
}, 20);
