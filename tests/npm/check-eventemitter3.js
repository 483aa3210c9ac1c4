// eventemitter3 under nodule: on/once/off/emit with contexts, symbols
// and prefixes, and listener bookkeeping.
'use strict';
var assert = require('assert');
var EventEmitter = require('eventemitter3');

console.log('prefixed', JSON.stringify(EventEmitter.prefixed),
    typeof EventEmitter.EventEmitter, EventEmitter.EventEmitter === EventEmitter);

var ee = new EventEmitter();
var log = [];
function onData(a, b, c, d, e, f) {
    log.push('data:' + Array.prototype.slice.call(arguments).join(','));
}
ee.on('data', onData);
ee.on('data', function () {
    log.push('data this=' + this.name);
}, { name: 'ctx' });
ee.once('data', function (x) {
    log.push('once ' + x);
});
assert.strictEqual(ee.emit('data'), true);
ee.emit('data', 1);
ee.emit('data', 1, 2);
ee.emit('data', 1, 2, 3);
ee.emit('data', 1, 2, 3, 4);
ee.emit('data', 1, 2, 3, 4, 5);
ee.emit('data', 1, 2, 3, 4, 5, 6);
assert.strictEqual(ee.emit('nothing'), false);
console.log('emits', log);

console.log('eventNames', ee.eventNames(), ee.listenerCount('data'), ee.listeners('data').length);
var sym = Symbol('evt');
ee.on(sym, function (v) {
    log.push('symbol ' + v);
});
ee.emit(sym, 'fired');
console.log('symbol', log[log.length - 1], ee.eventNames().length,
    typeof ee.eventNames()[1]);

ee.off('data', onData);
log = [];
ee.emit('data', 'after-off');
console.log('off', log);
ee.removeListener('data');
console.log('removed', ee.listenerCount('data'), ee.eventNames().length);

// once with a context, removal of only the matching context.
var counter = { n: 0 };
function inc() {
    this.n++;
}
ee.once('tick', inc, counter);
ee.on('tock', inc, counter);
ee.on('tock', inc, { n: 100 });
ee.emit('tick');
ee.emit('tick');
ee.removeListener('tock', inc, counter);
ee.emit('tock');
console.log('contexts', counter.n, ee.listenerCount('tock'));
ee.removeAllListeners();
console.log('removeAll', ee.eventNames());

// Subclassing in ES5 style, and addListener/removeListener aliases.
function Job(name) {
    EventEmitter.call(this);
    this.name = name;
}
Job.prototype = Object.create(EventEmitter.prototype);
Job.prototype.constructor = Job;
Job.prototype.run = function () {
    var self = this;
    setImmediate(function () {
        self.emit('start', self.name);
        setTimeout(function () {
            self.emit('end', self.name, 42);
        }, 5);
    });
};
var job = new Job('build');
assert.strictEqual(job.addListener, job.on);
job.addListener('start', function (name) {
    console.log('async start', name);
});
job.once('end', function (name, code) {
    console.log('async end', name, code, job.listenerCount('end'));
    console.log('done');
});
job.run();
