// removeListener/off, removeAllListeners and the 'newListener' and
// 'removeListener' events.
'use strict';
var assert = require('assert');
var EventEmitter = require('events');

function a() {}
function b() {}

var e = new EventEmitter();
var removed = [];
e.on('removeListener', function (name, fn) {
    removed.push([name, fn]);
});
e.on('x', a);
e.on('x', b);
e.on('x', a);
// The last matching listener goes first.
e.off('x', a);
assert.deepStrictEqual(e.listeners('x'), [a, b]);
assert.deepStrictEqual(removed, [['x', a]]);
e.removeListener('x', a);
assert.deepStrictEqual(e.listeners('x'), [b]);
e.removeListener('x', b);
assert.deepStrictEqual(e.listeners('x'), []);
assert.deepStrictEqual(e.eventNames(), ['removeListener']);
assert.strictEqual(removed.length, 3);
// Removing something absent is a no-op that returns the emitter.
assert.strictEqual(e.removeListener('nothing', a), e);
assert.strictEqual(e.removeListener('x', a), e);

// Removing a listener during emit does not stop the current emit.
var log = [];
var f = new EventEmitter();
function first() {
    log.push('first');
    f.removeListener('go', second);
}
function second() {
    log.push('second');
}
f.on('go', first);
f.on('go', second);
f.emit('go');
f.emit('go');
assert.deepStrictEqual(log, ['first', 'second', 'first']);

// removeAllListeners(name) and removeAllListeners().
var g = new EventEmitter();
var gone = [];
g.on('x', a);
g.on('x', b);
g.on('y', a);
g.on('removeListener', function (name, fn) {
    gone.push(name + ':' + (fn === a ? 'a' : fn === b ? 'b' : 'other'));
});
assert.strictEqual(g.removeAllListeners('x'), g);
assert.deepStrictEqual(gone, ['x:b', 'x:a']);
// The 'removeListener' listener goes last, unannounced.
g.removeAllListeners();
assert.deepStrictEqual(gone, ['x:b', 'x:a', 'y:a']);
assert.deepStrictEqual(g.eventNames(), []);
assert.strictEqual(g._eventsCount, 0);

// Without 'removeListener' listeners, removeAllListeners just drops names.
var h = new EventEmitter();
h.on('x', a);
h.on('y', b);
h.removeAllListeners('x');
assert.deepStrictEqual(h.eventNames(), ['y']);
h.removeAllListeners();
assert.deepStrictEqual(h.eventNames(), []);

// 'newListener' fires before the listener is added.
var k = new EventEmitter();
var seenCount = [];
k.on('newListener', function (name) {
    seenCount.push(name + '=' + k.listenerCount(name));
});
k.on('z', a);
k.on('z', b);
assert.deepStrictEqual(seenCount, ['z=0', 'z=1']);
