// events.once() as a promise, events.on() as an async iterator, and the
// module-level helpers.
'use strict';
var assert = require('assert');
var EventEmitter = require('events');

var steps = [];

// Resolves with the arguments of the next event.
var e = new EventEmitter();
var p1 = EventEmitter.once(e, 'ready');
assert.ok(p1 instanceof Promise);
e.emit('ready', 1, 2);
e.emit('ready', 3);
p1.then(function (args) {
    assert.deepStrictEqual(args, [1, 2]);
    assert.strictEqual(e.listenerCount('ready'), 0);
    assert.strictEqual(e.listenerCount('error'), 0);
    steps.push('once');
});

// Rejects on 'error' first.
var f = new EventEmitter();
var boom = new Error('boom');
EventEmitter.once(f, 'ready').then(function () {
    assert.fail('should have rejected');
}, function (err) {
    assert.strictEqual(err, boom);
    assert.strictEqual(f.listenerCount('ready'), 0);
    steps.push('once-error');
});
f.emit('error', boom);

// Waiting for 'error' itself resolves with it.
var g = new EventEmitter();
EventEmitter.once(g, 'error').then(function (args) {
    assert.deepStrictEqual(args, [boom]);
    steps.push('once-on-error');
});
g.emit('error', boom);

// events.on yields every event's arguments in order.
var h = new EventEmitter();
var it = EventEmitter.on(h, 'tick');
h.emit('tick', 'a');
h.emit('tick', 'b');
it.next().then(function (r1) {
    assert.deepStrictEqual(r1, { value: ['a'], done: false });
    return it.next();
}).then(function (r2) {
    assert.deepStrictEqual(r2, { value: ['b'], done: false });
    var waiting = it.next();
    h.emit('tick', 'c');
    return waiting;
}).then(function (r3) {
    assert.deepStrictEqual(r3, { value: ['c'], done: false });
    return it['return']();
}).then(function (r4) {
    assert.deepStrictEqual(r4, { value: undefined, done: true });
    assert.strictEqual(h.listenerCount('tick'), 0);
    steps.push('on');
});

// getEventListeners and the static listenerCount.
var k = new EventEmitter();
function fn() {}
k.on('q', fn);
assert.deepStrictEqual(EventEmitter.getEventListeners(k, 'q'), [fn]);
assert.strictEqual(EventEmitter.listenerCount(k, 'q'), 1);
assert.throws(function () {
    EventEmitter.getEventListeners({}, 'q');
}, { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(EventEmitter.usingDomains, false);
assert.strictEqual(EventEmitter.captureRejectionSymbol,
    Symbol.for('nodejs.rejection'));

// Old-style subclasses that never call the constructor still work.
function Old() {}
Old.prototype = Object.create(EventEmitter.prototype);
var o = new Old();
var hit = 0;
o.on('x', function () { hit++; });
o.emit('x');
assert.strictEqual(hit, 1);

setTimeout(function () {
    assert.deepStrictEqual(steps.sort(),
        ['on', 'once', 'once-error', 'once-on-error']);
}, 20);
