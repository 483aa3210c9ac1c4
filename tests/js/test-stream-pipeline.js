// stream.pipeline: the callback once, after the last stream finished (or
// with the first error, every stream then destroyed), the last stream as
// the return value, the array form, and argument checks.
'use strict';
var assert = require('assert');
var stream = require('stream');

function source(chunks) {
    return new stream.Readable({
        read: function () {
            var self = this;
            setImmediate(function () {
                self.push(chunks.length ? chunks.shift() : null);
            });
        }
    });
}

function upper() {
    return new stream.Transform({
        transform: function (chunk, enc, cb) {
            cb(null, chunk.toString().toUpperCase());
        }
    });
}

var out = [];
var sink = new stream.Writable({
    write: function (chunk, enc, cb) {
        out.push(chunk.toString());
        cb();
    }
});
var calls = [];
var ret = stream.pipeline(source(['a', 'b']), upper(), sink, function (err) {
    calls.push(['ok', err, sink.writableFinished]);
});
assert.strictEqual(ret, sink);

// An error in the middle destroys everything.
var s1 = source(['a', 'b', 'c']);
var t1 = new stream.Transform({
    transform: function (chunk, enc, cb) {
        cb(new Error('broken'));
    }
});
var d1 = new stream.Writable({ write: function (c, e, cb) { cb(); } });
stream.pipeline([s1, t1, d1], function (err) {
    calls.push(['error', err.message, s1.destroyed, t1.destroyed,
        d1.destroyed]);
});

// A destination destroyed early: premature close.
var s2 = source(['a', 'b', 'c']);
var d2 = new stream.Writable({
    write: function (c, e, cb) {
        d2.destroy();
        cb();
    }
});
stream.pipeline(s2, d2, function (err) {
    calls.push(['premature', err.code, s2.destroyed]);
});

assert.throws(function () {
    stream.pipeline(source([]), sink);
}, function (err) {
    return err.code === 'ERR_INVALID_ARG_TYPE';
});
assert.throws(function () {
    stream.pipeline(source([]), function () {});
}, function (err) {
    return err.code === 'ERR_MISSING_ARGS';
});

process.on('exit', function () {
    assert.deepStrictEqual(out, ['A', 'B']);
    calls.sort(function (x, y) { return x[0] < y[0] ? -1 : 1; });
    assert.deepStrictEqual(calls, [
        ['error', 'broken', true, true, true],
        ['ok', undefined, true],
        ['premature', 'ERR_STREAM_PREMATURE_CLOSE', true]
    ]);
});
