/*
 * internal/streams_readable: stream.Readable, the source side of a stream.
 *
 * A Readable owns a queue of chunks (`state.buffer`) that `_read()` fills
 * through push() and consumers drain, in one of two modes:
 * - paused (state.flowing false or null): nothing moves until read() is
 *   called; 'readable' says there is something to read, or the end.
 * - flowing (state.flowing true, after resume(), pipe() or a 'data'
 *   listener): flow() calls read() until it returns null, and each chunk
 *   read is emitted as 'data'.
 * A 'readable' listener takes precedence: while one is attached the stream
 * never flows, even with 'data' listeners.
 *
 * Invariants, as in Node 20:
 * - `state.length` counts bytes (or characters with an encoding, or chunks
 *   in object mode) held in the buffer; `_read(hwm)` is asked for more only
 *   while the buffer is below highWaterMark and no read is pending
 *   (`state.reading`).
 * - 'readable', 'end', 'resume' and the "read more" loop are scheduled
 *   with process.nextTick, not emitted inside the push() or read() that
 *   caused them; the one exception, as in Node, is push(null) from
 *   outside _read(), which emits 'readable' at once. A push() that
 *   arrives while the stream is flowing with an empty buffer, outside
 *   _read()'s own call (`state.sync` false), is emitted as 'data' at once.
 * - 'end' is emitted once, only after push(null) and after every buffered
 *   chunk has been consumed; with autoDestroy the stream is then destroyed,
 *   which emits 'close'.
 *
 * The mode switches (on('data'), on('readable'), pause, resume,
 * setEncoding) live in internal/streams_readable_modes, pipe()/unpipe() in
 * internal/streams_pipe, Readable.from and the unsupported async parts in
 * internal/streams_from, the getters in internal/streams_readable_props.
 */
'use strict';

var Stream = require('internal/streams_legacy').Stream;
var BufferList = require('internal/streams_buffer_list');
var destroyImpl = require('internal/streams_destroy');
var util = require('internal/streams_util');
var errors = require('internal/errors');
var StringDecoder = require('string_decoder').StringDecoder;
var modes = require('internal/streams_readable_modes');

var codes = util.codes;
var nextTick = util.nextTick;
var errorOrDestroy = destroyImpl.errorOrDestroy;
var flow = modes.flow;

// Duplex is required lazily: it is built on this file.
var DuplexClass = null;
function isDuplexInstance(stream) {
    if (DuplexClass === null) {
        DuplexClass = require('internal/streams_duplex').Duplex;
    }
    return stream instanceof DuplexClass;
}

function validateEncoding(encoding) {
    if (encoding !== undefined && encoding !== null && encoding !== '' &&
            !util.isEncoding(encoding)) {
        throw codes.ERR_UNKNOWN_ENCODING(encoding);
    }
}

function ReadableState(options, stream, isDuplex) {
    // A Duplex may set the mode of this side alone (readableObjectMode).
    if ((options && options.objectMode) ||
            (isDuplex && options && options.readableObjectMode)) {
        this.objectMode = true;
    }
    this.highWaterMark = util.getHighWaterMark(this.objectMode, options,
        'readableHighWaterMark', isDuplex);

    this.buffer = new BufferList();
    this.pipes = [];
    // Most flags keep their defaults (on ReadableState.prototype) for a
    // stream's whole life; only the options that differ become own.
    if (options) {
        if (options.emitClose === false) {
            this.emitClose = false;
        }
        if (options.autoDestroy === false) {
            this.autoDestroy = false;
        }
        if (options.defaultEncoding) {
            validateEncoding(options.defaultEncoding);
            this.defaultEncoding = options.defaultEncoding;
        }
        if (options.encoding) {
            this.decoder = new StringDecoder(options.encoding);
            this.encoding = options.encoding;
        }
    }
}

// The defaults of every ReadableState, shared: a stream's state holds as
// own properties only what it changed (an idle socket keeps most flags).
ReadableState.prototype.objectMode = false;
ReadableState.prototype.length = 0;
ReadableState.prototype.flowing = null;     // null: nobody asked; false: paused
ReadableState.prototype.ended = false;      // push(null) was called
ReadableState.prototype.endEmitted = false;
ReadableState.prototype.reading = false;    // a _read() has not pushed yet
ReadableState.prototype.constructed = true;
ReadableState.prototype.sync = true;        // inside _read(): push() must not emit
ReadableState.prototype.needReadable = false;   // a consumer waits for 'readable'
ReadableState.prototype.emittedReadable = false;
ReadableState.prototype.readableListening = false;
ReadableState.prototype.resumeScheduled = false;
ReadableState.prototype.paused = null;      // pause() was called (and not resume())
ReadableState.prototype.errorEmitted = false;
ReadableState.prototype.emitClose = true;
ReadableState.prototype.autoDestroy = true;
ReadableState.prototype.destroyed = false;
ReadableState.prototype.errored = null;
ReadableState.prototype.closed = false;
ReadableState.prototype.closeEmitted = false;
ReadableState.prototype.defaultEncoding = 'utf8';
// The pipe destinations whose 'drain' we wait for: one stream, or a Set once
// there is more than one pipe (multiAwaitDrain).
ReadableState.prototype.awaitDrainWriters = null;
ReadableState.prototype.multiAwaitDrain = false;
ReadableState.prototype.readingMore = false;
ReadableState.prototype.dataEmitted = false;
// A 'data' listener was added and not removed with removeListener
// (removeAllListeners leaves the flag set, as in Node 20).
ReadableState.prototype.dataListening = false;
ReadableState.prototype.decoder = null;
ReadableState.prototype.encoding = null;

function Readable(options) {
    if (!(this instanceof Readable)) {
        return new Readable(options);
    }
    var isDuplex = isDuplexInstance(this);
    this._readableState = new ReadableState(options, this, isDuplex);
    if (options) {
        if (typeof options.read === 'function') {
            this._read = options.read;
        }
        if (typeof options.destroy === 'function') {
            this._destroy = options.destroy;
        }
        if (typeof options.construct === 'function') {
            this._construct = options.construct;
        }
        if (options.signal && !isDuplex) {
            throw util.notSupported('The Readable signal option');
        }
    }
    Stream.call(this, options);
    destroyImpl.construct(this, readableConstructed);
}

// Once _construct has called back (this: the stream).
function readableConstructed() {
    if (this._readableState.needReadable) {
        maybeReadMore(this, this._readableState);
    }
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function _destroy(err, cb) {
    cb(err);
};

// ---- adding data: push() and unshift() --------------------------------------

Readable.prototype.push = function push(chunk, encoding) {
    return addChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
    return addChunk(this, chunk, encoding, true);
};

// Turn a chunk into what the buffer holds: a Buffer, or a string in the
// stream's encoding; returns an Error for something that is not data.
function normalizeChunk(state, chunk, encoding, toFront) {
    if (typeof chunk === 'string') {
        encoding = encoding || state.defaultEncoding;
        if (state.encoding !== encoding) {
            validateEncoding(encoding);
            if (toFront && state.encoding) {
                // unshift() puts back text already decoded: re-encode it.
                return { chunk: util.bufferFromString(chunk, encoding)
                    .toString(state.encoding), encoding: '' };
            }
            return { chunk: util.bufferFromString(chunk, encoding),
                encoding: '' };
        }
        return { chunk: chunk, encoding: encoding };
    }
    if (Buffer.isBuffer(chunk)) {
        return { chunk: chunk, encoding: '' };
    }
    if (util.isArrayBufferView(chunk)) {
        return { chunk: util.bufferFromView(chunk), encoding: '' };
    }
    if (chunk !== undefined && chunk !== null) {
        return { error: codes.ERR_INVALID_CHUNK(chunk) };
    }
    return { chunk: chunk, encoding: encoding };
}

function addChunk(stream, chunk, encoding, toFront) {
    var state = stream._readableState;

    if (!state.objectMode) {
        var norm = normalizeChunk(state, chunk, encoding, toFront);
        if (norm.error) {
            errorOrDestroy(stream, norm.error);
            return false;
        }
        chunk = norm.chunk;
        encoding = norm.encoding;
    }

    if (chunk === null) {
        state.reading = false;
        onEofChunk(stream, state);
    } else if (state.objectMode || (chunk && chunk.length > 0)) {
        if (toFront) {
            if (state.endEmitted) {
                errorOrDestroy(stream,
                    codes.ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
            } else if (state.destroyed || state.errored) {
                return false;
            } else {
                storeChunk(stream, state, chunk, true);
            }
        } else if (state.ended) {
            errorOrDestroy(stream, codes.ERR_STREAM_PUSH_AFTER_EOF());
        } else if (state.destroyed || state.errored) {
            return false;
        } else {
            state.reading = false;
            if (state.decoder && !encoding) {
                chunk = state.decoder.write(chunk);
                if (state.objectMode || chunk.length !== 0) {
                    storeChunk(stream, state, chunk, false);
                } else {
                    maybeReadMore(stream, state);
                }
            } else {
                storeChunk(stream, state, chunk, false);
            }
        }
    } else if (!toFront) {
        // An empty chunk ends the pending _read() without adding data.
        state.reading = false;
        maybeReadMore(stream, state);
    }

    // "Push more": the buffer is below highWaterMark (an empty buffer
    // always asks for more, so highWaterMark 0 still makes progress).
    return !state.ended &&
        (state.length < state.highWaterMark || state.length === 0);
}

// Hand the chunk straight to 'data' listeners when nothing is queued
// before it; otherwise queue it.
function storeChunk(stream, state, chunk, toFront) {
    if (state.flowing && state.length === 0 && !state.sync &&
            state.dataListening) {
        clearAwaitDrain(state);
        state.dataEmitted = true;
        stream.emit('data', chunk);
    } else {
        state.length += state.objectMode ? 1 : chunk.length;
        if (toFront) {
            state.buffer.unshift(chunk);
        } else {
            state.buffer.push(chunk);
        }
        if (state.needReadable) {
            emitReadable(stream);
        }
    }
    maybeReadMore(stream, state);
}

// Data moved on, so no pipe destination is waited for any more.
function clearAwaitDrain(state) {
    if (state.multiAwaitDrain) {
        state.awaitDrainWriters.clear();
    } else {
        state.awaitDrainWriters = null;
    }
}

function onEofChunk(stream, state) {
    if (state.ended) {
        return;
    }
    if (state.decoder) {
        var rest = state.decoder.end();
        if (rest && rest.length) {
            state.buffer.push(rest);
            state.length += state.objectMode ? 1 : rest.length;
        }
    }
    state.ended = true;

    if (state.sync) {
        // Inside _read(): say so on the next tick.
        emitReadable(stream);
    } else {
        state.needReadable = false;
        state.emittedReadable = true;
        emitReadableNow(stream);
    }
}

// ---- 'readable' -------------------------------------------------------------

function emitReadable(stream) {
    var state = stream._readableState;
    state.needReadable = false;
    if (!state.emittedReadable) {
        state.emittedReadable = true;
        nextTick(emitReadableNow, stream);
    }
}

function emitReadableNow(stream) {
    var state = stream._readableState;
    if (!state.destroyed && !state.errored && (state.length || state.ended)) {
        stream.emit('readable');
        state.emittedReadable = false;
    }
    // Ask for another 'readable' unless the data is flowing or there is
    // already more than enough to read. (Node 20 only ever sets the flag
    // here, never clears it.)
    if (!state.flowing && !state.ended &&
            state.length <= state.highWaterMark) {
        state.needReadable = true;
    }
    flow(stream);
}

// ---- reading ahead ----------------------------------------------------------

// Fill the buffer up to highWaterMark on a later tick, so a _read() that
// pushes synchronously does not recurse.
function maybeReadMore(stream, state) {
    if (!state.readingMore && state.constructed) {
        state.readingMore = true;
        nextTick(maybeReadMoreNow, stream, state);
    }
}

function maybeReadMoreNow(stream, state) {
    // A flowing stream with an empty buffer reads on too: its data goes
    // straight out as 'data'. Stop when a read(0) adds nothing (the
    // source is asynchronous or has no more).
    while (!state.reading && !state.ended &&
            (state.length < state.highWaterMark ||
                (state.flowing && state.length === 0))) {
        var before = state.length;
        stream.read(0);
        if (before === state.length) {
            break;
        }
    }
    state.readingMore = false;
}

// ---- read(n) ----------------------------------------------------------------

var MAX_HWM = 0x40000000;

// read(n) with n above highWaterMark raises highWaterMark to the next
// power of two, so one read can be satisfied.
function computeNewHighWaterMark(n) {
    if (n > MAX_HWM) {
        throw errors.codes.ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
    }
    var hwm = 1;
    while (hwm < n) {
        hwm *= 2;
    }
    return hwm;
}

// How much read(n) may return now: 0 means "nothing yet".
function howMuchToRead(n, state) {
    if (n <= 0 || (state.length === 0 && state.ended)) {
        return 0;
    }
    if (state.objectMode) {
        return 1;
    }
    if (n !== n) {
        // read(): everything, or only the first chunk when flowing (each
        // chunk becomes its own 'data' event).
        if (state.flowing && state.length) {
            return state.buffer.first().length;
        }
        return state.length;
    }
    if (n <= state.length) {
        return n;
    }
    return state.ended ? state.length : 0;
}

Readable.prototype.read = function read(n) {
    if (n === undefined) {
        n = NaN;
    } else if (typeof n !== 'number' || !isFinite(n) ||
            Math.floor(n) !== n) {
        n = parseInt(n, 10);
    }
    var state = this._readableState;
    var nOrig = n;

    if (n > state.highWaterMark) {
        state.highWaterMark = computeNewHighWaterMark(n);
    }
    if (n !== 0) {
        state.emittedReadable = false;
    }

    // read(0) with enough buffered (or at the end) only triggers
    // 'readable' (or 'end') instead of reading more.
    if (n === 0 && state.needReadable &&
            ((state.highWaterMark !== 0 ?
                state.length >= state.highWaterMark : state.length > 0) ||
                state.ended)) {
        if (state.length === 0 && state.ended) {
            endReadable(this);
        } else {
            emitReadable(this);
        }
        return null;
    }

    n = howMuchToRead(n, state);
    if (n === 0 && state.ended) {
        if (state.length === 0) {
            endReadable(this);
        }
        return null;
    }

    // Call _read() when a consumer waits, or when taking n would leave the
    // buffer below highWaterMark; never during a pending read, after the
    // end, or before construction finished.
    var doRead = state.needReadable;
    if (state.length === 0 || state.length - n < state.highWaterMark) {
        doRead = true;
    }
    if (state.ended || state.reading || state.destroyed || state.errored ||
            !state.constructed) {
        doRead = false;
    } else if (doRead) {
        state.reading = true;
        state.sync = true;
        if (state.length === 0) {
            state.needReadable = true;
        }
        try {
            this._read(state.highWaterMark);
        } catch (err) {
            errorOrDestroy(this, err);
        }
        state.sync = false;
        // A synchronous _read() may have pushed: look again.
        if (!state.reading) {
            n = howMuchToRead(nOrig, state);
        }
    }

    var ret = n > 0 ? fromList(n, state) : null;
    if (ret === null) {
        // Nothing for the caller: a 'readable' is wanted (set, never
        // cleared here, as in Node 20).
        if (state.length <= state.highWaterMark) {
            state.needReadable = true;
        }
        n = 0;
    } else {
        state.length -= n;
        clearAwaitDrain(state);
    }

    if (state.length === 0) {
        if (!state.ended) {
            state.needReadable = true;
        }
        // read(n) took the last bytes after the end: 'end' follows.
        if (nOrig !== n && state.ended) {
            endReadable(this);
        }
    }

    if (ret !== null && !state.errorEmitted && !state.closeEmitted) {
        state.dataEmitted = true;
        this.emit('data', ret);
    }
    return ret;
};

// Take n units off the buffer (n <= state.length).
function fromList(n, state) {
    if (state.length === 0) {
        return null;
    }
    var buffer = state.buffer;
    if (state.objectMode) {
        return buffer.shift();
    }
    var ret;
    if (!n || n >= state.length) {
        if (state.decoder) {
            ret = buffer.join('');
        } else if (buffer.length === 1) {
            ret = buffer.first();
        } else {
            ret = buffer.concat(state.length);
        }
        buffer.clear();
        return ret;
    }
    return buffer.consume(n, !!state.decoder);
}

Readable.prototype._read = function _read(n) {
    throw codes.ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// ---- the end ----------------------------------------------------------------

function endReadable(stream) {
    var state = stream._readableState;
    if (!state.endEmitted) {
        state.ended = true;
        nextTick(endReadableNow, state, stream);
    }
}

function endReadableNow(state, stream) {
    if (state.errored || state.closeEmitted || state.endEmitted ||
            state.length !== 0) {
        return;
    }
    state.endEmitted = true;
    stream.emit('end');

    if (stream.writable && stream.allowHalfOpen === false) {
        // A Duplex that may not stay half open ends its writable side.
        nextTick(endWritableNow, stream);
    } else if (state.autoDestroy) {
        // Destroy once both sides are done; a writable side that is
        // still open destroys when it finishes.
        var w = stream._writableState;
        if (!w || (w.autoDestroy && (w.finished || w.writable === false))) {
            stream.destroy();
        }
    }
}

function endWritableNow(stream) {
    if (stream.writable && !stream.writableEnded && !stream.destroyed) {
        stream.end();
    }
}

modes.install(Readable, emitReadable);
require('internal/streams_readable_props').define(Readable);
require('internal/streams_pipe').install(Readable);
require('internal/streams_from').install(Readable);

module.exports = { Readable: Readable, ReadableState: ReadableState };
