// EventEmitter basics: on/emit, argument passing, `this`, listener order,
// emit's return value, aliases and eventNames.
'use strict';
var assert = require('assert');
var EventEmitter = require('events');

assert.strictEqual(require('node:events'), EventEmitter);
assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);

var e = new EventEmitter();
assert.strictEqual(e.emit('nothing'), false);

var seen = [];
e.on('data', function (a, b, c) {
    assert.strictEqual(this, e);
    seen.push(['first', a, b, c]);
});
e.addListener('data', function () {
    seen.push(['second', arguments.length]);
});
assert.strictEqual(e.emit('data', 1, 'two', null), true);
assert.deepStrictEqual(seen, [['first', 1, 'two', null], ['second', 3]]);

// A listener added during emit runs from the next emit only.
var log = [];
var f = new EventEmitter();
f.on('x', function () {
    log.push('a');
    f.on('x', function () {
        log.push('late');
    });
});
f.on('x', function () {
    log.push('b');
});
f.emit('x');
assert.deepStrictEqual(log, ['a', 'b']);
f.emit('x');
assert.deepStrictEqual(log, ['a', 'b', 'a', 'b', 'late']);

// prependListener puts a listener first.
var order = [];
var g = new EventEmitter();
g.on('e', function () { order.push(2); });
g.prependListener('e', function () { order.push(1); });
g.emit('e');
assert.deepStrictEqual(order, [1, 2]);

// on/addListener/prependListener return the emitter for chaining.
assert.strictEqual(g.on('y', function () {}), g);
assert.strictEqual(g.addListener('y', function () {}), g);

// Symbols work as event names; eventNames lists strings and symbols.
var sym = Symbol('s');
var h = new EventEmitter();
var got = 0;
h.on(sym, function (v) { got = v; });
h.on('plain', function () {});
h.emit(sym, 7);
assert.strictEqual(got, 7);
var names = h.eventNames();
assert.strictEqual(names.length, 2);
assert.strictEqual(names[0], 'plain');
assert.strictEqual(names[1], sym);
assert.deepStrictEqual(new EventEmitter().eventNames(), []);

// listeners() returns a copy.
var l1 = function () {};
h.on('plain', l1);
var copy = h.listeners('plain');
copy.pop();
assert.strictEqual(h.listeners('plain').length, 2);
assert.strictEqual(h.listenerCount('plain'), 2);
assert.strictEqual(h.listenerCount('plain', l1), 1);
assert.strictEqual(h.listenerCount('none'), 0);
assert.strictEqual(EventEmitter.listenerCount(h, 'plain'), 2);

// Fields as Node keeps them.
var fresh = new EventEmitter();
assert.strictEqual(Object.getPrototypeOf(fresh._events), null);
assert.strictEqual(fresh._eventsCount, 0);
assert.strictEqual(fresh._maxListeners, undefined);
fresh.on('a', l1);
assert.strictEqual(fresh._events.a, l1);
fresh.on('a', l1);
assert.deepStrictEqual(fresh._events.a, [l1, l1]);
assert.strictEqual(fresh._eventsCount, 1);
