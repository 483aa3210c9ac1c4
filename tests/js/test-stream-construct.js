// _construct: runs on the next tick; until it calls back, no _read, _write
// or _final runs (writes are buffered); an error from it destroys the
// stream; destroy() during construction waits for it.
'use strict';
var assert = require('assert');
var stream = require('stream');

var log = [];
var w = new stream.Writable({
    construct: function (cb) {
        log.push('construct');
        setImmediate(function () {
            log.push('constructed');
            cb();
        });
    },
    write: function (chunk, enc, cb) {
        log.push('write ' + chunk);
        cb();
    },
    final: function (cb) {
        log.push('final');
        cb();
    }
});
w.write('a');
w.end('b');
assert.deepStrictEqual(log, []);
assert.strictEqual(w.writableLength, 2);
w.on('finish', function () { log.push('finish'); });

var rlog = [];
var r = new stream.Readable({
    construct: function (cb) {
        rlog.push('construct');
        cb();
    },
    read: function () {
        rlog.push('read');
        this.push(null);
    }
});
r.resume();
r.on('end', function () { rlog.push('end'); });

var failing = new stream.Readable({
    construct: function (cb) {
        cb(new Error('cannot open'));
    },
    read: function () {
        assert.fail('read after a failed construct');
    }
});
var failErr = null;
failing.on('error', function (err) { failErr = err; });
failing.resume();

var dlog = [];
var d = new stream.Duplex({
    construct: function (cb) {
        dlog.push('construct');
        setImmediate(cb);
    },
    read: function () {},
    write: function (c, e, cb) { cb(); },
    destroy: function (err, cb) {
        dlog.push('destroy');
        cb(err);
    }
});
d.destroy();
d.on('close', function () { dlog.push('close'); });

process.on('exit', function () {
    assert.deepStrictEqual(log, ['construct', 'constructed', 'write a',
        'write b', 'final', 'finish']);
    assert.deepStrictEqual(rlog, ['construct', 'read', 'end']);
    assert.strictEqual(failErr.message, 'cannot open');
    assert.deepStrictEqual(dlog, ['construct', 'destroy', 'close']);
});
