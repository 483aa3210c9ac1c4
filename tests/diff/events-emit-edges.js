// EventEmitter.emit's edges, which its C fast path must keep: exactly the
// arguments given reach each listener, `this` is the emitter, the listener
// array is copied per emit (adding or removing during an emit counts from
// the next one), 'error' with no listener throws, a throwing listener stops
// the emit, and odd emitters (no constructor call, subclass overriding
// emit) behave as in Node.
'use strict';
var EventEmitter = require('events');
var util = require('util');

function show(label) {
    return function () {
        var args = [];
        for (var i = 0; i < arguments.length; i++) {
            args.push(String(arguments[i]));
        }
        console.log(label, arguments.length, args.join(','),
            this instanceof EventEmitter);
    };
}

var e = new EventEmitter();
console.log('no listeners', e.emit('x'), e.emit('x', 1, 2));
e.on('x', show('one'));
for (var n = 0; n <= 5; n++) {
    var args = ['x'];
    for (var k = 0; k < n; k++) { args.push(k); }
    console.log('returned', e.emit.apply(e, args));
}
e.emit('x', undefined);
e.emit('x', undefined, undefined);
e.on('x', show('two'));
e.emit('x');
e.emit('x', 'a', 'b', 'c', 'd');

console.log('emit() with no name', e.emit());
e.on(undefined, show('undefined-name'));
console.log('emit() with no name', e.emit());

var sym = Symbol('s');
e.on(sym, show('symbol'));
console.log('symbol', e.emit(sym, 7));

// Added and removed during an emit: the emit runs the listeners it started
// with.
var d = new EventEmitter();
function late() { console.log('late'); }
function second() { console.log('second'); }
d.on('y', function first() {
    console.log('first');
    d.on('y', late);
    d.removeListener('y', second);
});
d.on('y', second);
d.emit('y');
console.log('--');
d.emit('y');

// A single listener that adds another: the new one waits for the next emit.
var s = new EventEmitter();
s.on('z', function () {
    console.log('z once-listener sees', s.listenerCount('z'));
    if (s.listenerCount('z') === 1) { s.on('z', show('z-added')); }
});
s.emit('z', 1);
s.emit('z', 2);

// 'error'
var r = new EventEmitter();
try { r.emit('error', new Error('boom')); } catch (err) {
    console.log('thrown', err.message);
}
try { r.emit('error', 'text'); } catch (err) {
    console.log('thrown', err.code, err.message);
}
try { r.emit('error'); } catch (err) {
    console.log('thrown', err.code, err.message);
}
r.on(EventEmitter.errorMonitor, show('monitor'));
try { r.emit('error', new Error('seen')); } catch (err) {
    console.log('thrown', err.message);
}
r.on('error', show('error-listener'));
console.log('handled', r.emit('error', new Error('quiet'), 2));

// A throwing listener stops the emit; the next emit runs again.
var t = new EventEmitter();
t.on('w', function () { throw new Error('listener threw'); });
t.on('w', show('after-throw'));
try { t.emit('w'); } catch (err) { console.log('caught', err.message); }
t.removeAllListeners('w');
t.on('w', show('w-again'));
t.emit('w', 1);

// Emitters whose constructor never ran, and a subclass overriding emit.
function Old() {}
util.inherits(Old, EventEmitter);
var o = new Old();
console.log('never constructed', o.emit('q', 1));
o.on('q', show('old'));
o.emit('q', 1, 2);
var bare = Object.create(EventEmitter.prototype);
console.log('bare', bare.emit('q'));
try { bare.emit('error', new Error('bare error')); } catch (err) {
    console.log('thrown', err.message);
}
function Loud() { EventEmitter.call(this); }
util.inherits(Loud, EventEmitter);
Loud.prototype.emit = function (type) {
    console.log('Loud.emit', type, arguments.length);
    return EventEmitter.prototype.emit.apply(this, arguments);
};
var l = new Loud();
l.on('v', show('loud'));
l.emit('v', 'p');

// The emit function itself.
console.log(typeof EventEmitter.prototype.emit,
    EventEmitter.prototype.emit.name, EventEmitter.prototype.emit.length);
try { EventEmitter.prototype.emit.call(null, 'x'); } catch (err) {
    console.log('null this', err.name);
}

// Listeners stored as an object that is neither function nor array.
var odd = new EventEmitter();
odd._events.k = { length: 0 };
try { console.log('odd', odd.emit('k')); } catch (err) {
    console.log('odd threw', err.name);
}
