/*
 * internal/streams_util: what every part of the stream module shares.
 *
 * - The stream error codes (ERR_STREAM_*) with Node 20's wording.
 * - The few Buffer operations streams need, written against the API that
 *   both Duktape's built-in Buffer and a Node-compatible Buffer offer.
 *   Strings are turned into bytes with Buffer.from when it exists and with
 *   `new Buffer(string)` (UTF-8 only) otherwise.
 * - highWaterMark defaults and validation.
 * - Predicates over anything that looks like a stream (isReadableNodeStream,
 *   isWritableFinished, willEmitClose, ...). They read the `_readableState`
 *   and `_writableState` fields that Node's streams have always exposed,
 *   and fall back to the public properties for other emitters, so
 *   `finished` and `pipeline` also accept streams not built on this module.
 *   Like Node's, most of them answer null for "cannot tell".
 */
'use strict';

var errors = require('internal/errors');
var tasks = require('internal/tasks');

var makeError = errors.makeError;

// ---- errors -----------------------------------------------------------------

var codes = {
    ERR_METHOD_NOT_IMPLEMENTED: function (method) {
        return makeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
            'The ' + method + ' method is not implemented');
    },
    ERR_MULTIPLE_CALLBACK: function () {
        return makeError(Error, 'ERR_MULTIPLE_CALLBACK',
            'Callback called multiple times');
    },
    ERR_STREAM_ALREADY_FINISHED: function (method) {
        return makeError(Error, 'ERR_STREAM_ALREADY_FINISHED',
            'Cannot call ' + method + ' after a stream was finished');
    },
    ERR_STREAM_CANNOT_PIPE: function () {
        return makeError(Error, 'ERR_STREAM_CANNOT_PIPE',
            'Cannot pipe, not readable');
    },
    ERR_STREAM_DESTROYED: function (method) {
        return makeError(Error, 'ERR_STREAM_DESTROYED',
            'Cannot call ' + method + ' after a stream was destroyed');
    },
    ERR_STREAM_NULL_VALUES: function () {
        return makeError(TypeError, 'ERR_STREAM_NULL_VALUES',
            'May not write null values to stream');
    },
    ERR_STREAM_PREMATURE_CLOSE: function () {
        return makeError(Error, 'ERR_STREAM_PREMATURE_CLOSE',
            'Premature close');
    },
    ERR_STREAM_PUSH_AFTER_EOF: function () {
        return makeError(Error, 'ERR_STREAM_PUSH_AFTER_EOF',
            'stream.push() after EOF');
    },
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT: function () {
        return makeError(Error, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT',
            'stream.unshift() after end event');
    },
    ERR_STREAM_WRITE_AFTER_END: function () {
        return makeError(Error, 'ERR_STREAM_WRITE_AFTER_END',
            'write after end');
    },
    ERR_UNKNOWN_ENCODING: function (encoding) {
        return makeError(TypeError, 'ERR_UNKNOWN_ENCODING',
            'Unknown encoding: ' + encoding);
    },
    // The chunk given to write(), push() or unshift() is not data.
    ERR_INVALID_CHUNK: function (chunk) {
        return errors.codes.ERR_INVALID_ARG_TYPE('chunk',
            ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
};

// A feature this runtime leaves out; the message names it.
function notSupported(what) {
    return errors.codes.ERR_NOT_SUPPORTED(what);
}

// ---- Buffer -----------------------------------------------------------------

// Node's encoding names, lower case. Checked here rather than with
// Buffer.isEncoding because Duktape's Buffer knows only UTF-8.
var ENCODINGS = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le',
    'latin1', 'binary', 'base64', 'base64url', 'hex', 'ascii'];

function isEncoding(encoding) {
    return typeof encoding === 'string' && encoding !== '' &&
        ENCODINGS.indexOf(encoding.toLowerCase()) >= 0;
}

function hasBufferFrom() {
    return typeof Buffer.from === 'function' && Buffer.from !== Uint8Array.from;
}

function bufferFromString(string, encoding) {
    if (hasBufferFrom()) {
        return Buffer.from(string, encoding);
    }
    return new Buffer(string);
}

function isUint8Array(value) {
    return value instanceof Uint8Array;
}

// Any typed array or DataView: stream chunks may be any of them.
function isArrayBufferView(value) {
    return ArrayBuffer.isView(value);
}

// A typed array or DataView that is not a Buffer, as a Buffer over the
// same bytes when the Buffer implementation can do that, else as a copy.
function bufferFromView(view) {
    if (Buffer.isBuffer(view)) {
        return view;
    }
    if (hasBufferFrom()) {
        return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
    }
    return new Buffer(new Uint8Array(view.buffer, view.byteOffset,
        view.byteLength));
}

// ---- highWaterMark ----------------------------------------------------------

var defaultBytesHighWaterMark = 16 * 1024;
var defaultObjectHighWaterMark = 16;

function getDefaultHighWaterMark(objectMode) {
    return objectMode ? defaultObjectHighWaterMark : defaultBytesHighWaterMark;
}

function setDefaultHighWaterMark(objectMode, value) {
    errors.validateNumber(value, 'value', 0);
    if (objectMode) {
        defaultObjectHighWaterMark = value;
    } else {
        defaultBytesHighWaterMark = value;
    }
}

// options.highWaterMark wins; a Duplex side may have its own
// (readableHighWaterMark, writableHighWaterMark). `objectMode` is the
// side's mode, which picks the default.
function getHighWaterMark(objectMode, options, duplexKey, isDuplex) {
    var hwm = null;
    if (options && options.highWaterMark !== undefined &&
            options.highWaterMark !== null) {
        hwm = options.highWaterMark;
    } else if (options && isDuplex && options[duplexKey] !== undefined &&
            options[duplexKey] !== null) {
        hwm = options[duplexKey];
    }
    if (hwm === null) {
        return getDefaultHighWaterMark(objectMode);
    }
    if (typeof hwm !== 'number' || Math.floor(hwm) !== hwm || hwm < 0 ||
            !isFinite(hwm)) {
        // Node names the Duplex-side key even when highWaterMark was given.
        var name = isDuplex ? 'options.' + duplexKey : 'options.highWaterMark';
        throw errors.codes.ERR_INVALID_ARG_VALUE(name, hwm);
    }
    return hwm;
}

// ---- small helpers ----------------------------------------------------------

function nop() {}

// Wrap a callback so only its first call gets through.
function once(callback) {
    var called = false;
    return function () {
        if (called) {
            return;
        }
        called = true;
        return callback.apply(this, arguments);
    };
}

// Put a listener first, also on emitters older than prependListener.
function prependListener(emitter, event, fn) {
    if (typeof emitter.prependListener === 'function') {
        emitter.prependListener(event, fn);
        return;
    }
    var events = emitter._events;
    if (!events || !events[event]) {
        emitter.on(event, fn);
    } else if (Array.isArray(events[event])) {
        events[event].unshift(fn);
    } else {
        events[event] = [fn, events[event]];
    }
}

// ---- predicates -------------------------------------------------------------

function isObjectLike(value) {
    return value !== null && (typeof value === 'object' ||
        typeof value === 'function');
}

function isReadableNodeStream(obj, strict) {
    return !!(isObjectLike(obj) && typeof obj.pipe === 'function' &&
        typeof obj.on === 'function' &&
        (!strict || (typeof obj.pause === 'function' &&
            typeof obj.resume === 'function')) &&
        (!obj._writableState || (obj._readableState &&
            obj._readableState.readable !== false)));
}

function isWritableNodeStream(obj) {
    return !!(isObjectLike(obj) && typeof obj.write === 'function' &&
        typeof obj.on === 'function' &&
        (!obj._readableState || !obj._writableState ||
            obj._writableState.writable !== false));
}

function isNodeStream(obj) {
    return !!(isObjectLike(obj) && (obj._readableState ||
        obj._writableState ||
        (typeof obj.write === 'function' && typeof obj.on === 'function') ||
        (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}

function isIterable(obj) {
    return obj !== null && obj !== undefined &&
        typeof obj[Symbol.iterator] === 'function';
}

function isDestroyed(stream) {
    if (!isNodeStream(stream)) {
        return null;
    }
    var state = stream._writableState || stream._readableState;
    return !!(stream.destroyed || (state && state.destroyed));
}

function isWritableEnded(stream) {
    if (!isWritableNodeStream(stream)) {
        return null;
    }
    if (stream.writableEnded === true) {
        return true;
    }
    var w = stream._writableState;
    if (w && w.errored) {
        return false;
    }
    if (!w || typeof w.ended !== 'boolean') {
        return null;
    }
    return w.ended;
}

// `strict` false also counts "ended with nothing left to write".
function isWritableFinished(stream, strict) {
    if (!isWritableNodeStream(stream)) {
        return null;
    }
    if (stream.writableFinished === true) {
        return true;
    }
    var w = stream._writableState;
    if (w && w.errored) {
        return false;
    }
    if (!w || typeof w.finished !== 'boolean') {
        return null;
    }
    return !!(w.finished ||
        (strict === false && w.ended === true && w.length === 0));
}

// `strict` false also counts "ended with nothing left to read".
function isReadableFinished(stream, strict) {
    if (!isReadableNodeStream(stream)) {
        return null;
    }
    var r = stream._readableState;
    if (r && r.errored) {
        return false;
    }
    if (!r || typeof r.endEmitted !== 'boolean') {
        return null;
    }
    return !!(r.endEmitted ||
        (strict === false && r.ended === true && r.length === 0));
}

function isReadable(stream) {
    if (!stream || typeof stream.readable !== 'boolean') {
        return null;
    }
    if (isDestroyed(stream)) {
        return false;
    }
    return isReadableNodeStream(stream) && stream.readable &&
        !isReadableFinished(stream);
}

function isWritable(stream) {
    if (!stream || typeof stream.writable !== 'boolean') {
        return null;
    }
    if (isDestroyed(stream)) {
        return false;
    }
    return isWritableNodeStream(stream) && stream.writable &&
        !isWritableEnded(stream);
}

function isReadableErrored(stream) {
    if (!isNodeStream(stream)) {
        return null;
    }
    if (stream.readableErrored) {
        return stream.readableErrored;
    }
    var r = stream._readableState;
    return r && r.errored !== undefined ? r.errored : null;
}

function isWritableErrored(stream) {
    if (!isNodeStream(stream)) {
        return null;
    }
    if (stream.writableErrored) {
        return stream.writableErrored;
    }
    var w = stream._writableState;
    return w && w.errored !== undefined ? w.errored : null;
}

function isClosed(stream) {
    if (!isNodeStream(stream)) {
        return null;
    }
    if (typeof stream.closed === 'boolean') {
        return stream.closed;
    }
    var w = stream._writableState;
    var r = stream._readableState;
    if ((w && typeof w.closed === 'boolean') ||
            (r && typeof r.closed === 'boolean')) {
        return !!((w && w.closed) || (r && r.closed));
    }
    return null;
}

// Will this stream emit 'close' by itself once it is done?
function willEmitClose(stream) {
    if (!isNodeStream(stream)) {
        return null;
    }
    var state = stream._writableState || stream._readableState;
    return !!(state && state.autoDestroy && state.emitClose &&
        state.closed === false);
}

// Is the stream done on every side it has (destroyed counts as done)?
function isFinished(stream) {
    if (!isNodeStream(stream)) {
        return null;
    }
    if (isDestroyed(stream)) {
        return true;
    }
    return !isReadable(stream) && !isWritable(stream);
}

// The first of these that is defined (not null or undefined), as Node's
// `a ?? b ?? c` chain.
function firstDefined(values) {
    for (var i = 0; i < values.length; i++) {
        if (values[i] !== undefined && values[i] !== null) {
            return values[i];
        }
    }
    return undefined;
}

function isErrored(stream) {
    if (!stream) {
        return false;
    }
    var r = stream._readableState;
    var w = stream._writableState;
    return !!firstDefined([stream.readableErrored, stream.writableErrored,
        r && r.errorEmitted, w && w.errorEmitted, r && r.errored,
        w && w.errored]);
}

function isDisturbed(stream) {
    return !!(stream && (stream.readableDidRead || stream.readableAborted));
}

module.exports = {
    codes: codes,
    notSupported: notSupported,
    nextTick: tasks.nextTick,
    isEncoding: isEncoding,
    bufferFromString: bufferFromString,
    bufferFromView: bufferFromView,
    isUint8Array: isUint8Array,
    isArrayBufferView: isArrayBufferView,
    getDefaultHighWaterMark: getDefaultHighWaterMark,
    setDefaultHighWaterMark: setDefaultHighWaterMark,
    getHighWaterMark: getHighWaterMark,
    nop: nop,
    once: once,
    prependListener: prependListener,
    isReadableNodeStream: isReadableNodeStream,
    isWritableNodeStream: isWritableNodeStream,
    isNodeStream: isNodeStream,
    isIterable: isIterable,
    isDestroyed: isDestroyed,
    isWritableEnded: isWritableEnded,
    isWritableFinished: isWritableFinished,
    isReadableFinished: isReadableFinished,
    isReadable: isReadable,
    isWritable: isWritable,
    isReadableErrored: isReadableErrored,
    isWritableErrored: isWritableErrored,
    isClosed: isClosed,
    isFinished: isFinished,
    willEmitClose: willEmitClose,
    isErrored: isErrored,
    isDisturbed: isDisturbed
};
