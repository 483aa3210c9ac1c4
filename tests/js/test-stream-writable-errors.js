// Writable errors: write after end (callback and 'error', both later),
// null and non-data chunks (thrown), unknown encodings (thrown), a write
// callback called twice, an error from _write, and writes after destroy.
'use strict';
var assert = require('assert');
var Writable = require('stream').Writable;

function ok(chunk, enc, cb) {
    cb();
}

var w = new Writable({ write: ok });
w.end();
var seen = [];
w.on('error', function (err) { seen.push('error ' + err.code); });
assert.strictEqual(w.write('x', function (err) {
    seen.push('cb ' + err.code);
}), false);
assert.deepStrictEqual(seen, []);

assert.throws(function () {
    new Writable({ write: ok }).write(null);
}, function (err) {
    return err.code === 'ERR_STREAM_NULL_VALUES' && err instanceof TypeError;
});
assert.throws(function () {
    new Writable({ write: ok }).write(42);
}, function (err) {
    return err.code === 'ERR_INVALID_ARG_TYPE';
});
assert.throws(function () {
    new Writable({ write: ok }).write('x', 'klingon');
}, function (err) {
    return err.code === 'ERR_UNKNOWN_ENCODING' &&
        err.message === 'Unknown encoding: klingon';
});
assert.throws(function () {
    new Writable().write('x');
}, function (err) {
    return err.code === 'ERR_METHOD_NOT_IMPLEMENTED';
});

var twice = new Writable({
    write: function (chunk, enc, cb) {
        cb();
        cb();
    }
});
var twiceErr = null;
twice.on('error', function (err) { twiceErr = err; });
twice.write('x');

var failing = new Writable({
    write: function (chunk, enc, cb) {
        setImmediate(cb, new Error('disk full'));
    }
});
var failLog = [];
failing.on('error', function (err) { failLog.push('error ' + err.message); });
failing.on('close', function () { failLog.push('close'); });
failing.write('a', function (err) { failLog.push('cb a ' + err.message); });
failing.write('b', function (err) { failLog.push('cb b ' + err.message); });

var gone = new Writable({ write: ok });
gone.destroy();
var goneErr = null;
gone.write('x', function (err) { goneErr = err; });
var goneEvents = 0;
gone.on('error', function () { goneEvents++; });

process.on('exit', function () {
    assert.deepStrictEqual(seen, ['cb ERR_STREAM_WRITE_AFTER_END',
        'error ERR_STREAM_WRITE_AFTER_END']);
    assert.strictEqual(twiceErr.code, 'ERR_MULTIPLE_CALLBACK');
    assert.deepStrictEqual(failLog, ['cb a disk full', 'cb b disk full',
        'error disk full', 'close']);
    assert.strictEqual(goneErr.code, 'ERR_STREAM_DESTROYED');
    assert.strictEqual(goneEvents, 0);
});
