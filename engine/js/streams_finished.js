/*
 * internal/streams_finished: stream.finished(stream[, options], callback),
 * "call me once this stream is done or has failed".
 *
 * Done means: the readable side has emitted 'end' (when options.readable,
 * by default whether the stream is readable) and the writable side
 * 'finish' (options.writable likewise). The callback gets:
 * - the error, on 'error' (unless options.error is false) or when the
 *   stream closed after an error;
 * - ERR_STREAM_PREMATURE_CLOSE when 'close' comes before the awaited
 *   'end'/'finish';
 * - nothing, otherwise.
 * A stream that will emit 'close' by itself (autoDestroy and emitClose,
 * both default) is reported on 'close', after the last event, as in
 * Node 20. A stream already done is reported on the next tick.
 *
 * The callback is called once; finished() returns a function that removes
 * every listener it added.
 */
'use strict';

var errors = require('internal/errors');
var util = require('internal/streams_util');

var nextTick = util.nextTick;
var nop = util.nop;

function finished(stream, options, callback) {
    if (arguments.length === 2) {
        callback = options;
        options = {};
    } else if (options === null || options === undefined) {
        options = {};
    } else {
        errors.validateObject(options, 'options');
    }
    errors.validateFunction(callback, 'callback');
    if (options.signal !== undefined) {
        throw util.notSupported('The stream.finished() signal option');
    }
    if (!util.isNodeStream(stream)) {
        throw errors.codes.ERR_INVALID_ARG_TYPE('stream',
            ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    callback = util.once(callback);

    var readable = options.readable !== undefined &&
        options.readable !== null ? options.readable :
        util.isReadableNodeStream(stream);
    var writable = options.writable !== undefined &&
        options.writable !== null ? options.writable :
        util.isWritableNodeStream(stream);

    var wState = stream._writableState;
    var rState = stream._readableState;

    // Wait for 'close' only when it will come and we watch exactly the
    // sides the stream has.
    var willEmitClose = util.willEmitClose(stream) &&
        util.isReadableNodeStream(stream) === readable &&
        util.isWritableNodeStream(stream) === writable;

    var writableFinished = util.isWritableFinished(stream, false);
    function onfinish() {
        writableFinished = true;
        if (stream.destroyed) {
            willEmitClose = false;
        }
        if (willEmitClose && (!stream.readable || readable)) {
            return;
        }
        if (!readable || readableFinished) {
            callback.call(stream);
        }
    }

    var readableFinished = util.isReadableFinished(stream, false);
    function onend() {
        readableFinished = true;
        if (stream.destroyed) {
            willEmitClose = false;
        }
        if (willEmitClose && (!stream.writable || writable)) {
            return;
        }
        if (!writable || writableFinished) {
            callback.call(stream);
        }
    }

    function onerror(err) {
        callback.call(stream, err);
    }

    // A legacy writable (no _writableState) is done when it stops being
    // writable.
    function onlegacyfinish() {
        if (!stream.writable) {
            onfinish();
        }
    }

    var closed = util.isClosed(stream);

    function storedError() {
        return util.isWritableErrored(stream) ||
            util.isReadableErrored(stream);
    }

    function onclose() {
        closed = true;
        var errored = storedError();
        if (errored && typeof errored !== 'boolean') {
            return callback.call(stream, errored);
        }
        if (readable && !readableFinished &&
                util.isReadableNodeStream(stream, true)) {
            if (!util.isReadableFinished(stream, false)) {
                return callback.call(stream,
                    util.codes.ERR_STREAM_PREMATURE_CLOSE());
            }
        }
        if (writable && !writableFinished) {
            if (!util.isWritableFinished(stream, false)) {
                return callback.call(stream,
                    util.codes.ERR_STREAM_PREMATURE_CLOSE());
            }
        }
        callback.call(stream);
    }

    // For a stream already past its events: report what is known.
    function onclosed() {
        closed = true;
        var errored = storedError();
        if (errored && typeof errored !== 'boolean') {
            return callback.call(stream, errored);
        }
        callback.call(stream);
    }

    if (writable && !wState) {
        stream.on('end', onlegacyfinish);
        stream.on('close', onlegacyfinish);
    }
    // Some streams (http requests) emit 'aborted' without 'close'.
    if (!willEmitClose && typeof stream.aborted === 'boolean') {
        stream.on('aborted', onclose);
    }

    stream.on('end', onend);
    stream.on('finish', onfinish);
    if (options.error !== false) {
        stream.on('error', onerror);
    }
    stream.on('close', onclose);

    if (closed) {
        nextTick(onclose);
    } else if ((wState && wState.errorEmitted) ||
            (rState && rState.errorEmitted)) {
        if (!willEmitClose) {
            nextTick(onclosed);
        }
    } else if (!readable && (!willEmitClose || util.isReadable(stream)) &&
            (writableFinished || util.isWritable(stream) === false)) {
        nextTick(onclosed);
    } else if (!writable && (!willEmitClose || util.isWritable(stream)) &&
            (readableFinished || util.isReadable(stream) === false)) {
        nextTick(onclosed);
    }

    return function cleanup() {
        callback = nop;
        stream.removeListener('aborted', onclose);
        stream.removeListener('end', onlegacyfinish);
        stream.removeListener('close', onlegacyfinish);
        stream.removeListener('end', onend);
        stream.removeListener('finish', onfinish);
        stream.removeListener('error', onerror);
        stream.removeListener('close', onclose);
    };
}

module.exports = { finished: finished };
