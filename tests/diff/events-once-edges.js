// `once` wrappers, which are C functions in nodule: they run once with the
// emitter as `this` and exactly the arguments given, remove themselves
// before the call, are found by off(name, fn) and listeners(), and behave
// like Node's bound wrapper when taken from rawListeners() and called.
'use strict';
var EventEmitter = require('events');

var e = new EventEmitter();
function fn() {
    console.log('fn', arguments.length, Array.prototype.join.call(arguments),
        this === e, e.listenerCount('a'));
    return 'result';
}
e.once('a', fn);
console.log(e.listeners('a')[0] === fn, e.rawListeners('a')[0] === fn,
    e.rawListeners('a')[0].listener === fn,
    typeof e.rawListeners('a')[0], e.rawListeners('a')[0].name);
console.log(e.emit('a', 1, undefined, 3), e.emit('a', 4));

// Called directly, as Node's tests do: the first call runs and removes it.
e.once('a', fn);
var raw = e.rawListeners('a')[0];
console.log('direct', raw('x'), raw('y'), e.listenerCount('a'));

// off(name, fn) finds the wrapper; 'removeListener' sees the user's fn.
e.on('removeListener', function (name, listener) {
    console.log('removeListener', String(name), listener === fn);
});
e.once('a', fn);
e.off('a', fn);
console.log('after off', e.listenerCount('a'), e.emit('a'));

// A once listener that emits the same event again from inside.
var r = new EventEmitter();
r.once('b', function (n) {
    console.log('once b', n);
    r.emit('b', n + 1);
});
r.on('b', function (n) { console.log('on b', n); });
r.emit('b', 1);
r.emit('b', 10);

// prependOnceListener, several once listeners and the order they run in.
var p = new EventEmitter();
p.on('c', function () { console.log('c on'); });
p.prependOnceListener('c', function () { console.log('c prepended once'); });
p.once('c', function () { console.log('c once'); });
p.emit('c');
p.emit('c');

// A once listener that throws is still removed.
var t = new EventEmitter();
t.once('d', function () { throw new Error('once threw'); });
try { t.emit('d'); } catch (err) { console.log('caught', err.message); }
console.log('after throw', t.listenerCount('d'), t.emit('d'));

// once('error')
var q = new EventEmitter();
q.once('error', function (err) { console.log('error once', err.message); });
q.emit('error', new Error('first'));
try { q.emit('error', new Error('second')); } catch (err) {
    console.log('thrown', err.message);
}

// Validation is unchanged.
try { e.once('a', 'nope'); } catch (err) { console.log(err.code); }
