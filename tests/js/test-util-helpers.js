// inherits, deprecate, debuglog, toUSVString, _extend, styleText and the
// old is* predicates.
'use strict';
var assert = require('assert');
var util = require('util');
var EventEmitter = require('events');

function Base() {}
Base.prototype.hello = function () {
    return 'hello';
};
function Child() {
    Base.call(this);
}
util.inherits(Child, Base);
assert.strictEqual(Child.super_, Base);
assert.strictEqual(new Child().hello(), 'hello');
assert.ok(new Child() instanceof Base);
assert.strictEqual(Object.keys(Child).indexOf('super_'), -1);
assert.throws(function () {
    util.inherits(Child, null);
}, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "superCtor" argument must be of type function. ' +
        'Received null'
});
assert.throws(function () {
    util.inherits(Child, function () {}.bind(null));
}, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "superCtor.prototype" property must be of type object. ' +
        'Received undefined'
});
function Emitter() {
    EventEmitter.call(this);
}
util.inherits(Emitter, EventEmitter);
var em = new Emitter();
var got;
em.on('x', function (v) {
    got = v;
});
em.emit('x', 5);
assert.strictEqual(got, 5);

// deprecate warns once per code, and still calls through.
var warnings = [];
process.emitWarning = function (msg, type, code) {
    warnings.push([msg, type, code]);
};
var add = util.deprecate(function (a, b) {
    return a + b;
}, 'add() is old', 'DEP_TEST');
var add2 = util.deprecate(function (a) {
    return a;
}, 'also old', 'DEP_TEST');
assert.strictEqual(add(1, 2), 3);
assert.strictEqual(add(2, 3), 5);
assert.strictEqual(add2(1), 1);
assert.deepStrictEqual(warnings, [['add() is old', 'DeprecationWarning',
    'DEP_TEST']]);
function OldClass(x) {
    this.x = x;
}
var NewOld = util.deprecate(OldClass, 'class is old');
var made = new NewOld(4);
assert.strictEqual(made.x, 4);
assert.ok(made instanceof OldClass);
assert.strictEqual(warnings.length, 2);

// debuglog is off unless NODE_DEBUG names the section.
var log = util.debuglog('nodule-test-section');
assert.strictEqual(log.enabled, false);
log('not printed');
assert.strictEqual(typeof util.debug, 'function');

assert.strictEqual(util.toUSVString('a\ud800b\udc00c\ud83d\ude00'),
    'a\ufffdb\ufffdc\ud83d\ude00');
assert.deepStrictEqual(util._extend({ a: 1 }, { b: 2 }), { a: 1, b: 2 });

assert.strictEqual(util.styleText(['bold', 'red'], 'x'),
    '\u001b[1m\u001b[31mx\u001b[39m\u001b[22m');
assert.throws(function () {
    util.styleText('nope', 'x');
}, { code: 'ERR_INVALID_ARG_VALUE' });

assert.strictEqual(util.isArray([]), true);
assert.strictEqual(util.isBoolean(false), true);
assert.strictEqual(util.isNull(null), true);
assert.strictEqual(util.isNullOrUndefined(undefined), true);
assert.strictEqual(util.isNumber(1), true);
assert.strictEqual(util.isString(''), true);
assert.strictEqual(util.isSymbol(Symbol()), true);
assert.strictEqual(util.isUndefined(undefined), true);
assert.strictEqual(util.isRegExp(/x/), true);
assert.strictEqual(util.isObject({}), true);
assert.strictEqual(util.isObject(null), false);
assert.strictEqual(util.isDate(new Date()), true);
assert.strictEqual(util.isError(new TypeError()), true);
assert.strictEqual(util.isFunction(function () {}), true);
assert.strictEqual(util.isPrimitive('x'), true);
assert.strictEqual(util.isPrimitive({}), false);
