// Emitting 'error': thrown without a listener (the Error itself, or an
// ERR_UNHANDLED_ERROR wrapping other values), delivered with one, and
// seen first by errorMonitor listeners.
'use strict';
var assert = require('assert');
var EventEmitter = require('events');

var e = new EventEmitter();
var boom = new Error('boom');
assert.throws(function () {
    e.emit('error', boom);
}, function (err) {
    return err === boom;
});

assert.throws(function () {
    e.emit('error', 42);
}, function (err) {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'ERR_UNHANDLED_ERROR');
    assert.strictEqual(err.message, 'Unhandled error. (42)');
    assert.strictEqual(err.context, 42);
    return true;
});

assert.throws(function () {
    e.emit('error');
}, /^Error \[ERR_UNHANDLED_ERROR\]: Unhandled error\. \(undefined\)$/);

assert.throws(function () {
    e.emit('error', { message: 'm' });
}, {
    code: 'ERR_UNHANDLED_ERROR',
    message: 'Unhandled error. ({ message: \'m\' })'
});

assert.throws(function () {
    e.emit('error', 'text');
}, {
    message: 'Unhandled error. (\'text\')'
});

// With a listener, nothing is thrown.
var got = null;
e.on('error', function (err) {
    got = err;
});
assert.strictEqual(e.emit('error', boom), true);
assert.strictEqual(got, boom);

// errorMonitor sees the error first and does not count as handling it.
var m = new EventEmitter();
var monitored = [];
m.on(EventEmitter.errorMonitor, function (err) {
    monitored.push(err);
});
assert.throws(function () {
    m.emit('error', boom);
}, function (err) {
    return err === boom;
});
assert.deepStrictEqual(monitored, [boom]);
assert.strictEqual(typeof EventEmitter.errorMonitor, 'symbol');
