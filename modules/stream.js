/*
 * stream: Node's stream module.
 *
 * This file only assembles the public surface. As in Node, the module
 * itself is the legacy `Stream` constructor (an EventEmitter with a simple
 * pipe()), carrying the stream classes and helpers as properties. The
 * pieces live in engine/js/streams_*.js:
 *   streams_readable (+ _readable_props, _pipe, _from, _buffer_list),
 *   streams_writable (+ _writable_end), streams_duplex, streams_transform,
 *   streams_finished, streams_pipeline, streams_destroy, streams_legacy,
 *   streams_util.
 *
 * Left out, each throwing ERR_NOT_SUPPORTED when used: everything built on
 * async iteration (readable[Symbol.asyncIterator], readable.iterator(),
 * the readable.map()/filter()/... operators, async iterables and
 * functions in pipeline, Readable.from(asyncIterable)), AbortSignal
 * support (addAbortSignal, `signal` options), compose, Duplex.from,
 * readable.wrap(), and the web-stream converters.
 */
'use strict';

var Stream = require('internal/streams_legacy').Stream;
var Readable = require('internal/streams_readable').Readable;
var Writable = require('internal/streams_writable').Writable;
var duplex = require('internal/streams_duplex');
var transform = require('internal/streams_transform');
var destroyImpl = require('internal/streams_destroy');
var finished = require('internal/streams_finished').finished;
var pipeline = require('internal/streams_pipeline').pipeline;
var util = require('internal/streams_util');
var errors = require('internal/errors');

function notSupported(what) {
    return function () {
        throw util.notSupported(what);
    };
}

// stream.destroy(stream[, err]): destroy any kind of stream.
function destroyStream(stream, err) {
    destroyImpl.destroyer(stream, err);
}

Stream.isDestroyed = util.isDestroyed;
Stream.isDisturbed = util.isDisturbed;
Stream.isErrored = util.isErrored;
Stream.isReadable = util.isReadable;
Stream.isWritable = util.isWritable;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = duplex.Duplex;
Stream.Transform = transform.Transform;
Stream.PassThrough = transform.PassThrough;
Stream.duplexPair = duplex.duplexPair;
Stream.pipeline = pipeline;
Stream.addAbortSignal = notSupported('stream.addAbortSignal()');
Stream.finished = finished;
Stream.destroy = destroyStream;
Stream.compose = notSupported('stream.compose()');
Stream.setDefaultHighWaterMark = util.setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = util.getDefaultHighWaterMark;

// require('stream').promises is require('stream/promises'), made on first
// use.
Object.defineProperty(Stream, 'promises', {
    configurable: true,
    enumerable: true,
    get: function () {
        return require('stream/promises');
    }
});

Stream.Stream = Stream;
Stream._isArrayBufferView = util.isArrayBufferView;
Stream._isUint8Array = util.isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
    if (!util.isUint8Array(chunk)) {
        throw errors.codes.ERR_INVALID_ARG_TYPE('chunk', 'Uint8Array', chunk);
    }
    return util.bufferFromView(chunk);
};

module.exports = Stream;
