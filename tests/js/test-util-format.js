// util.format: every placeholder, escaping, missing and extra arguments.
'use strict';
var assert = require('assert');
var util = require('util');

var circular = {};
circular.self = circular;
function Tagged() {}
Tagged.prototype.toString = function () {
    return 'tagged!';
};

var cases = [
    [['%s', 'a'], 'a'],
    [['%s %s', 'a'], 'a %s'],
    [['%s', 1.5], '1.5'],
    [['%s', -0], '-0'],
    [['%s', null], 'null'],
    [['%s', undefined], 'undefined'],
    [['%s', Symbol('q')], 'Symbol(q)'],
    [['%s', { a: { b: { c: 1 } } }], '{ a: [Object] }'],
    [['%s', [1, [2, [3]]]], '[ 1, [Array] ]'],
    [['%s', new Tagged()], 'tagged!'],
    [['%s', { toString: function () { return 'own'; } }], 'own'],
    [['%d', '42'], '42'],
    [['%d', -0], '-0'],
    [['%d', {}], 'NaN'],
    [['%i', 42.9], '42'],
    [['%i', 'abc'], 'NaN'],
    [['%f', '3.5x'], '3.5'],
    [['%j', { a: [1, 'x'] }], '{"a":[1,"x"]}'],
    [['%j', circular], '[Circular]'],
    [['%j', undefined], 'undefined'],
    [['%o', [1, 2]], '[ 1, 2, [length]: 2 ]'],
    [['%O', { a: { b: { c: { d: 1 } } } }], '{ a: { b: { c: [Object] } } }'],
    [['%c%s', 'color: red', 'x'], 'x'],
    [['100%% %s', 'done'], '100% done'],
    [['%%s', 'x'], '%s x'],
    [['%x %s', 'y'], '%x y'],
    [['%', 1], '% 1'],
    [['%s'], '%s'],
    [['a', 'b', 1, { c: 2 }], 'a b 1 { c: 2 }'],
    [[1, 2, 'three'], '1 2 three'],
    [['%s', 'x', 'extra', { y: 1 }], 'x extra { y: 1 }'],
    [[], ''],
    [[{ a: 1 }], '{ a: 1 }'],
    [['trailing %'], 'trailing %']
];
cases.forEach(function (c) {
    assert.strictEqual(util.format.apply(null, c[0]), c[1],
        'util.format(' + c[0].map(String).join(', ') + ')');
});

assert.strictEqual(util.formatWithOptions({ compact: false }, '%O',
    { a: 1 }), '{\n  a: 1\n}');
assert.strictEqual(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }),
    '{ a: [Object] }');
assert.throws(function () {
    util.formatWithOptions('nope', 'x');
}, { code: 'ERR_INVALID_ARG_TYPE' });
