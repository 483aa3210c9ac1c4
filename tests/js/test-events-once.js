// once and prependOnceListener: called once, removable by the original
// function, visible through rawListeners as a wrapper.
'use strict';
var assert = require('assert');
var EventEmitter = require('events');

var e = new EventEmitter();
var calls = [];
function onceListener(a, b) {
    assert.strictEqual(this, e);
    calls.push([a, b]);
}
assert.strictEqual(e.once('x', onceListener), e);
assert.strictEqual(e.listenerCount('x'), 1);
e.emit('x', 1, 2);
e.emit('x', 3, 4);
assert.deepStrictEqual(calls, [[1, 2]]);
assert.strictEqual(e.listenerCount('x'), 0);

// listeners() unwraps; rawListeners() shows the wrapper, which still works.
function plain() {}
e.once('y', plain);
assert.deepStrictEqual(e.listeners('y'), [plain]);
var raw = e.rawListeners('y');
assert.strictEqual(raw.length, 1);
assert.notStrictEqual(raw[0], plain);
assert.strictEqual(raw[0].listener, plain);
raw[0]();
assert.strictEqual(e.listenerCount('y'), 0);

// A once listener can be removed with the original function.
var ran = false;
function never() { ran = true; }
e.once('z', never);
e.removeListener('z', never);
e.emit('z');
assert.strictEqual(ran, false);

// prependOnceListener goes first and runs once.
var order = [];
var f = new EventEmitter();
f.on('e', function () { order.push('on'); });
f.prependOnceListener('e', function () { order.push('once'); });
f.emit('e');
f.emit('e');
assert.deepStrictEqual(order, ['once', 'on', 'on']);

// Emitting the event again from inside a once listener does not rerun it.
var depth = 0;
var g = new EventEmitter();
g.once('r', function () {
    depth++;
    g.emit('r');
});
g.emit('r');
assert.strictEqual(depth, 1);

// 'newListener' sees the original function for once().
var h = new EventEmitter();
var announced = [];
h.on('newListener', function (name, fn) {
    announced.push([name, fn]);
});
h.once('q', plain);
assert.strictEqual(announced.length, 1);
assert.strictEqual(announced[0][0], 'q');
assert.strictEqual(announced[0][1], plain);
