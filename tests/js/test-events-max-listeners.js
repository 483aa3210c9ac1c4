// The max-listeners warning (once per event name, through
// process.emitWarning), defaultMaxListeners and setMaxListeners checks.
'use strict';
var assert = require('assert');
var EventEmitter = require('events');

var warnings = [];
process.emitWarning = function (w) {
    warnings.push(w);
};

assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
var e = new EventEmitter();
assert.strictEqual(e.getMaxListeners(), 10);
assert.strictEqual(e.setMaxListeners(2), e);
assert.strictEqual(e.getMaxListeners(), 2);

function noop() {}
e.on('x', noop);
e.on('x', noop);
assert.strictEqual(warnings.length, 0);
e.on('x', noop);
assert.strictEqual(warnings.length, 1);
e.on('x', noop);
assert.strictEqual(warnings.length, 1);

var w = warnings[0];
assert.strictEqual(w.name, 'MaxListenersExceededWarning');
assert.strictEqual(w.message, 'Possible EventEmitter memory leak ' +
    'detected. 3 x listeners added to [EventEmitter]. MaxListeners is 2. ' +
    'Use emitter.setMaxListeners() to increase limit');
assert.strictEqual(w.emitter, e);
assert.strictEqual(w.type, 'x');
assert.strictEqual(w.count, 3);

// Subclasses are named in the message; symbols print as Symbol(name).
function Sub() {
    EventEmitter.call(this);
}
Sub.prototype = Object.create(EventEmitter.prototype);
Sub.prototype.constructor = Sub;
var s = new Sub();
s.setMaxListeners(1);
var sym = Symbol('evt');
s.on(sym, noop);
s.on(sym, noop);
assert.strictEqual(warnings.length, 2);
assert.ok(warnings[1].message.indexOf('2 Symbol(evt) listeners added to ' +
    '[Sub]') > 0, warnings[1].message);

// 0 means unlimited.
var u = new EventEmitter();
u.setMaxListeners(0);
for (var i = 0; i < 20; i++) {
    u.on('many', noop);
}
assert.strictEqual(warnings.length, 2);

// The default applies to emitters without their own limit.
EventEmitter.defaultMaxListeners = 1;
var d = new EventEmitter();
d.on('y', noop);
d.on('y', noop);
assert.strictEqual(warnings.length, 3);
EventEmitter.defaultMaxListeners = 10;

assert.throws(function () {
    e.setMaxListeners(-1);
}, {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "setMaxListeners" is out of range. It must be ' +
        '>= 0. Received -1'
});
assert.throws(function () {
    e.setMaxListeners('3');
}, {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "setMaxListeners" argument must be of type number. ' +
        'Received type string (\'3\')'
});
assert.throws(function () {
    EventEmitter.defaultMaxListeners = -5;
}, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "defaultMaxListeners" is out of range. It must ' +
        'be >= 0. Received -5'
});

// The static setMaxListeners changes given emitters, or the default.
var t = new EventEmitter();
EventEmitter.setMaxListeners(4, t);
assert.strictEqual(t.getMaxListeners(), 4);
assert.strictEqual(EventEmitter.getMaxListeners(t), 4);
EventEmitter.setMaxListeners(7);
assert.strictEqual(EventEmitter.defaultMaxListeners, 7);
EventEmitter.defaultMaxListeners = 10;
