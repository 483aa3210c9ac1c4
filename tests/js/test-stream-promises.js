// require('stream/promises') and require('stream').promises: pipeline and
// finished as promises, resolving when done and rejecting with the error.
'use strict';
var assert = require('assert');
var stream = require('stream');
var promises = require('stream/promises');

assert.strictEqual(stream.promises, promises);
assert.strictEqual(require('node:stream/promises'), promises);

var out = [];
var sink = new stream.Writable({
    objectMode: true,
    write: function (chunk, enc, cb) {
        out.push(chunk);
        cb();
    }
});
var settled = [];
promises.pipeline(stream.Readable.from(['a', 'b']),
    new stream.Transform({
        objectMode: true,
        transform: function (chunk, enc, cb) {
            cb(null, chunk + chunk);
        }
    }), sink).then(function (value) {
    assert.strictEqual(value, undefined);
    assert.strictEqual(sink.writableFinished, true);
    settled.push('pipeline ok');
});

var broken = new stream.Writable({
    write: function (chunk, enc, cb) {
        cb(new Error('refused'));
    }
});
promises.pipeline(stream.Readable.from(['z'], { objectMode: false }),
    broken).then(function () {
    settled.push('unexpected');
}, function (err) {
    settled.push('pipeline rejected ' + err.message);
});

var r = new stream.Readable({ read: function () {} });
promises.finished(r).then(function () {
    settled.push('finished ok');
});
r.push(null);
r.resume();

var d = new stream.PassThrough();
promises.finished(d).then(null, function (err) {
    settled.push('finished rejected ' + err.code);
});
d.destroy();

// Arguments are checked when the promise is made: a rejection.
promises.pipeline(stream.Readable.from([])).then(null, function (err) {
    settled.push('missing ' + err.code);
});

process.on('exit', function () {
    assert.deepStrictEqual(out, ['aa', 'bb']);
    settled.sort();
    assert.deepStrictEqual(settled, [
        'finished ok',
        'finished rejected ERR_STREAM_PREMATURE_CLOSE',
        'missing ERR_MISSING_ARGS',
        'pipeline ok',
        'pipeline rejected refused'
    ]);
});
