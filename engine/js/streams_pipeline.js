/*
 * internal/streams_pipeline: stream.pipeline(source, ...transforms,
 * destination, callback).
 *
 * Each stream is piped into the next; the callback is called once, on a
 * nextTick, when the whole chain has finished or the first error has
 * happened. An error anywhere destroys every stream of the chain that is
 * not done yet (with that error, or ERR_STREAM_DESTROYED), so no stream is
 * left open. A destination that closes before its source ended fails the
 * pipeline with ERR_STREAM_PREMATURE_CLOSE.
 *
 * `finishCount` counts the completions still awaited: two per link
 * (source done reading, destination done writing). The first real error
 * is the one reported; a premature close is replaced by a later real
 * error.
 *
 * Only Node streams are accepted. Functions and (async) iterables in the
 * chain need async iteration, which the engine does not have: they throw
 * ERR_NOT_SUPPORTED.
 */
'use strict';

var errors = require('internal/errors');
var destroyImpl = require('internal/streams_destroy');
var finished = require('internal/streams_finished').finished;
var util = require('internal/streams_util');

var nextTick = util.nextTick;

// pipeline(...streams, callback), also pipeline([streams], callback).
function pipeline() {
    var streams = Array.prototype.slice.call(arguments);
    var callback = streams.length > 0 ? streams.pop() : undefined;
    errors.validateFunction(callback, 'streams[stream.length - 1]');
    return pipelineImpl(streams, callback, undefined);
}

// Destroy `stream` with the pipeline's error unless it is already done.
// `reading`/`writing` say which sides the pipeline uses.
function destroyerFor(stream, reading, writing) {
    var done = false;
    stream.on('close', function () {
        done = true;
    });
    var cleanup = finished(stream, { readable: reading, writable: writing },
        function (err) {
            done = !err;
        });
    return {
        destroy: function (err) {
            if (done) {
                return;
            }
            done = true;
            destroyImpl.destroyer(stream, err ||
                util.codes.ERR_STREAM_DESTROYED('pipe'));
        },
        cleanup: cleanup
    };
}

function pipelineImpl(streams, callback, opts) {
    if (streams.length === 1 && Array.isArray(streams[0])) {
        streams = streams[0];
    }
    if (streams.length < 2) {
        throw errors.codes.ERR_MISSING_ARGS('streams');
    }
    if (opts && opts.signal !== undefined) {
        throw util.notSupported('The stream.pipeline() signal option');
    }

    var error;
    var destroys = [];
    var lastStreamCleanup = [];
    var finishCount = 0;

    function finish(err) {
        finishImpl(err, --finishCount === 0);
    }

    function finishImpl(err, final) {
        if (err && (!error || error.code === 'ERR_STREAM_PREMATURE_CLOSE')) {
            error = err;
        }
        if (!error && !final) {
            return;
        }
        while (destroys.length) {
            destroys.shift()(error);
        }
        if (final) {
            if (!error) {
                for (var i = 0; i < lastStreamCleanup.length; i++) {
                    lastStreamCleanup[i]();
                }
            }
            // (error, value): value is what a function stage returned,
            // always undefined here, but Node passes both.
            nextTick(callback, error, undefined);
        }
    }

    var ret;
    for (var i = 0; i < streams.length; i++) {
        var stream = streams[i];
        var reading = i < streams.length - 1;
        var writing = i > 0;
        var end = reading || !opts || opts.end !== false;
        var isLastStream = i === streams.length - 1;

        if (typeof stream === 'function' ||
                (!util.isNodeStream(stream) && (util.isIterable(stream) ||
                    (stream && typeof Symbol.asyncIterator === 'symbol' &&
                        stream[Symbol.asyncIterator])))) {
            throw util.notSupported('stream.pipeline() with a function or ' +
                'an iterable (needs async iteration)');
        }
        if (!util.isNodeStream(stream)) {
            throw errors.codes.ERR_INVALID_ARG_TYPE(
                i === 0 ? 'source' : 'streams[' + i + ']',
                ['Stream'], stream);
        }

        if (end) {
            var d = destroyerFor(stream, reading, writing);
            destroys.push(d.destroy);
            if (util.isReadable(stream) && isLastStream) {
                lastStreamCleanup.push(d.cleanup);
            }
        }
        watchLateErrors(stream, finish, isLastStream, lastStreamCleanup);

        if (i > 0) {
            if (!util.isReadableNodeStream(ret)) {
                throw errors.codes.ERR_INVALID_ARG_TYPE('val',
                    ['Readable', 'Iterable', 'AsyncIterable'], ret);
            }
            finishCount += 2;
            var cleanup = pipe(ret, stream, finish, end);
            if (util.isReadable(stream) && isLastStream) {
                lastStreamCleanup.push(cleanup);
            }
        }
        ret = stream;
    }
    return ret;
}

// An error after this stream's part of the pipe is done still fails the
// pipeline (aborts and premature closes are reported elsewhere).
function watchLateErrors(stream, finish, isLastStream, lastStreamCleanup) {
    function onError(err) {
        if (err && err.name !== 'AbortError' &&
                err.code !== 'ERR_STREAM_PREMATURE_CLOSE') {
            finish(err);
        }
    }
    stream.on('error', onError);
    if (util.isReadable(stream) && isLastStream) {
        lastStreamCleanup.push(function () {
            stream.removeListener('error', onError);
        });
    }
}

// One link: src.pipe(dst) with the ending done here. Two completions are
// reported to `finish`: the source done reading, and the destination done
// writing (at once when `end` is false: the destination stays open).
function pipe(src, dst, finish, end) {
    var ended = false;
    dst.on('close', function () {
        if (!ended) {
            // The destination went away before the source was done.
            finish(util.codes.ERR_STREAM_PREMATURE_CLOSE());
        }
    });

    src.pipe(dst, { end: false });

    finished(src, { readable: true, writable: false }, function (err) {
        var rState = src._readableState;
        if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE' &&
                rState && rState.ended && !rState.errored &&
                !rState.errorEmitted) {
            // Closed after push(null) but before 'end': 'end' will still
            // come, so wait for it.
            src.once('end', finish).once('error', finish);
        } else {
            finish(err);
        }
    });

    if (!end) {
        finish();
        return util.nop;
    }
    var endFn = function () {
        ended = true;
        dst.end();
    };
    if (util.isReadableFinished(src)) {
        nextTick(endFn);
    } else {
        src.once('end', endFn);
    }
    return finished(dst, { readable: false, writable: true }, finish);
}

module.exports = { pipeline: pipeline, pipelineImpl: pipelineImpl };
