// stream.finished: called once when the stream is done (after 'close' for
// streams that emit it), with the error on failure, with
// ERR_STREAM_PREMATURE_CLOSE when destroyed early; options readable,
// writable and error; a stream already finished; the cleanup function.
'use strict';
var assert = require('assert');
var stream = require('stream');
var finished = stream.finished;

var results = {};
function record(name) {
    return function (err) {
        assert.ok(!(name in results), name + ' called twice');
        results[name] = err ? err.code || err.message : 'ok';
    };
}

var r = new stream.Readable({
    read: function () {
        this.push(null);
    }
});
var closedFirst = false;
r.on('close', function () { closedFirst = true; });
finished(r, function (err) {
    // autoDestroy streams are reported after 'close'.
    assert.strictEqual(closedFirst, true);
    record('readable')(err);
});
r.resume();

var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
finished(w, record('writable'));
w.end('x');

var early = new stream.PassThrough();
finished(early, record('premature'));
early.destroy();

var failing = new stream.Writable({
    write: function (c, e, cb) { cb(new Error('nope')); }
});
failing.on('error', function () {});
finished(failing, record('error'));
failing.write('x');

// options.error false: the 'error' event is ignored; the 'close' that
// follows reports the stored error.
var quiet = new stream.Writable({
    write: function (c, e, cb) { cb(new Error('hushed')); }
});
quiet.on('error', function () {});
finished(quiet, { error: false }, record('error:false'));
quiet.write('x');

// Only the writable side of a Duplex.
var d = new stream.PassThrough();
finished(d, { readable: false }, record('writable side'));
d.end('data');

// Already done: reported on a later tick.
var done = new stream.Readable({ read: function () {} });
done.push(null);
done.resume();
done.on('close', function () {
    var sync = true;
    finished(done, function (err) {
        assert.strictEqual(sync, false);
        record('already')(err);
    });
    sync = false;
});

// The returned function removes the listeners: never called.
var removed = new stream.PassThrough();
var cleanup = finished(removed, record('removed'));
assert.strictEqual(typeof cleanup, 'function');
cleanup();
removed.destroy();

assert.throws(function () {
    finished({}, function () {});
}, function (err) {
    return err.code === 'ERR_INVALID_ARG_TYPE';
});
assert.throws(function () {
    finished(new stream.PassThrough());
}, function (err) {
    return err.code === 'ERR_INVALID_ARG_TYPE';
});

// A legacy emitter stream works too.
var legacy = new stream.Stream();
legacy.readable = true;
legacy.pipe = stream.Stream.prototype.pipe;
finished(legacy, record('legacy'));
legacy.emit('end');

process.on('exit', function () {
    assert.deepStrictEqual(results, {
        'readable': 'ok',
        'writable': 'ok',
        'premature': 'ERR_STREAM_PREMATURE_CLOSE',
        'error': 'nope',
        'error:false': 'hushed',
        'writable side': 'ok',
        'already': 'ok',
        'legacy': 'ok'
    });
});
