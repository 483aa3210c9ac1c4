// end(): _final runs once everything is written and before 'prefinish'
// and 'finish'; end()'s callback is called before 'finish'; an error from
// _final reaches end()'s callback and 'error', never 'finish'.
'use strict';
var assert = require('assert');
var Writable = require('stream').Writable;

var log = [];
var w = new Writable({
    write: function (chunk, enc, cb) {
        log.push('_write ' + chunk);
        setImmediate(cb);
    },
    final: function (cb) {
        log.push('_final');
        assert.strictEqual(w.writableLength, 0);
        setImmediate(cb);
    }
});
w.on('prefinish', function () { log.push('prefinish'); });
w.on('finish', function () {
    log.push('finish');
    assert.strictEqual(w.writableFinished, true);
});
w.on('close', function () { log.push('close'); });
w.write('a');
assert.strictEqual(w.end('b', function (err) {
    log.push('end cb ' + err);
}), w);
assert.strictEqual(w.writableEnded, true);
assert.strictEqual(w.writableFinished, false);
assert.strictEqual(w.writable, false);

// _final failing.
var failLog = [];
var f = new Writable({
    write: function (chunk, enc, cb) { cb(); },
    final: function (cb) {
        setImmediate(function () {
            cb(new Error('final failed'));
        });
    }
});
f.on('finish', function () { failLog.push('finish'); });
f.on('error', function (err) { failLog.push('error ' + err.message); });
f.on('close', function () { failLog.push('close'); });
f.end(function (err) { failLog.push('end cb ' + err.message); });

// end() twice: the second callback gets ERR_STREAM_ALREADY_FINISHED once
// finished.
var twice = new Writable({ write: function (c, e, cb) { cb(); } });
var twiceErr = null;
twice.end();
twice.on('finish', function () {
    twice.end(function (err) { twiceErr = err; });
});

process.on('exit', function () {
    assert.deepStrictEqual(log, ['_write a', '_write b', '_final',
        'prefinish', 'end cb null', 'finish', 'close']);
    assert.deepStrictEqual(failLog, ['end cb final failed',
        'error final failed', 'close']);
    assert.strictEqual(twiceErr.code, 'ERR_STREAM_ALREADY_FINISHED');
});
