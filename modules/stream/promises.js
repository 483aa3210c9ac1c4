/*
 * stream/promises: pipeline() and finished() returning promises.
 *
 * pipeline(...streams[, options]) resolves when the whole chain is done
 * and rejects with the first error; options may carry `end` (false keeps
 * the destination open). finished(stream[, options]) resolves when the
 * stream is done; options.cleanup removes finished()'s listeners before
 * the promise settles. `signal` options are not supported (no
 * AbortSignal): they throw ERR_NOT_SUPPORTED.
 */
'use strict';

var errors = require('internal/errors');
var eos = require('internal/streams_finished').finished;
var pipelineImpl = require('internal/streams_pipeline').pipelineImpl;
var util = require('internal/streams_util');

function pipeline() {
    var streams = Array.prototype.slice.call(arguments);
    return new Promise(function (resolve, reject) {
        var options;
        var last = streams[streams.length - 1];
        // A trailing plain object is the options, not a stream.
        if (last && typeof last === 'object' && !util.isNodeStream(last) &&
                !util.isIterable(last)) {
            options = streams.pop();
        }
        pipelineImpl(streams, function (err, value) {
            if (err) {
                reject(err);
            } else {
                resolve(value);
            }
        }, options === undefined ? undefined :
            { signal: options.signal, end: options.end });
    });
}

function finished(stream, options) {
    var autoCleanup = false;
    if (options === null) {
        options = {};
    }
    if (options && options.cleanup) {
        errors.validateBoolean(options.cleanup, 'cleanup');
        autoCleanup = options.cleanup;
    }
    return new Promise(function (resolve, reject) {
        var cleanup = eos(stream, options, function (err) {
            if (autoCleanup) {
                cleanup();
            }
            if (err) {
                reject(err);
            } else {
                resolve();
            }
        });
    });
}

module.exports = { finished: finished, pipeline: pipeline };
