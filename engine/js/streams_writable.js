/*
 * internal/streams_writable: stream.Writable, the sink side of a stream.
 *
 * write() hands one chunk at a time to `_write(chunk, encoding, cb)`;
 * chunks written while a _write() is in progress, while corked or before
 * `_construct` has called back wait in `state.buffered` (from index
 * `state.bufferedIndex` on) and are written in order afterwards, all at
 * once through `_writev` when the stream has one. end(), 'finish' and the
 * state getters are in internal/streams_writable_end.
 *
 * Invariants, as in Node 20:
 * - `state.length` counts the bytes (chunks in object mode) written but
 *   not yet called back. write() answers after handing the chunk on, so
 *   it returns false only when that leaves `length` at or above
 *   highWaterMark (and not 0); 'drain' follows when it is back to 0.
 * - A write's callback is never called inside the write() that made it:
 *   a _write() that calls back synchronously has its callback (and the
 *   'drain' check) deferred to a nextTick, batched with any other
 *   synchronous completions of the same callback. A write without a
 *   callback needing no 'drain' needs no tick at all.
 * - 'finish' is emitted once, on a nextTick after the last write's
 *   callback and after _final; `state.pendingcb` counts the callbacks and
 *   ticks still to come, and 'finish' waits for it to reach 0.
 * - Errors: a write after end() or destroy() calls back with the error on
 *   a nextTick; write after end also emits it as 'error'. An error from
 *   _write or _final destroys the stream (autoDestroy) or is emitted.
 */
'use strict';

var Stream = require('internal/streams_legacy').Stream;
var destroyImpl = require('internal/streams_destroy');
var ending = require('internal/streams_writable_end');
var util = require('internal/streams_util');

var codes = util.codes;
var nextTick = util.nextTick;
var nop = util.nop;
var errorOrDestroy = destroyImpl.errorOrDestroy;
var finishMaybe = ending.finishMaybe;
var kOnFinished = ending.kOnFinished;
var takeOnFinished = ending.takeOnFinished;

var DuplexClass = null;
function isDuplexInstance(stream) {
    // A Duplex runs Readable's constructor before Writable's, so a stream
    // without _readableState is no Duplex; checking that first spares
    // plain Writables (process.stdout among them) loading the Readable
    // side at startup.
    if (!stream._readableState) {
        return false;
    }
    if (DuplexClass === null) {
        DuplexClass = require('internal/streams_duplex').Duplex;
    }
    return stream instanceof DuplexClass;
}

function WritableState(options, stream, isDuplex) {
    if ((options && options.objectMode) ||
            (isDuplex && options && options.writableObjectMode)) {
        this.objectMode = true;
    }
    this.highWaterMark = util.getHighWaterMark(this.objectMode, options,
        'writableHighWaterMark', isDuplex);

    // Strings become Buffers before _write sees them, unless
    // decodeStrings is false.
    if (options && options.decodeStrings === false) {
        this.decodeStrings = false;
    }
    var encoding = options && options.defaultEncoding;
    if (encoding !== undefined && encoding !== null &&
            !util.isEncoding(encoding)) {
        throw codes.ERR_UNKNOWN_ENCODING(encoding);
    }
    if (encoding) {
        this.defaultEncoding = encoding;
    }
    // A bound function, as in Node: lighter than a closure and its scope.
    this.onwrite = onwrite.bind(undefined, stream);
    this.buffered = [];
    if (options) {
        if (options.emitClose === false) {
            this.emitClose = false;
        }
        if (options.autoDestroy === false) {
            this.autoDestroy = false;
        }
    }
    // this[kOnFinished], the callbacks waiting for 'finish', is made by
    // the first one (onFinishedList).
}

// The defaults of every WritableState, shared: a stream's state holds as
// own properties only what it changed (an idle socket keeps most flags).
WritableState.prototype.objectMode = false;
WritableState.prototype.finalCalled = false;
WritableState.prototype.needDrain = false;      // a write() returned false
WritableState.prototype.ending = false;         // end() was called
WritableState.prototype.ended = false;          // end() has returned
WritableState.prototype.finished = false;       // 'finish' was emitted
WritableState.prototype.destroyed = false;
WritableState.prototype.decodeStrings = true;
WritableState.prototype.defaultEncoding = 'utf8';
WritableState.prototype.length = 0;
WritableState.prototype.writing = false;        // a _write() has not called back yet
WritableState.prototype.corked = 0;
WritableState.prototype.sync = true;            // inside _write(): defer its callback
WritableState.prototype.bufferProcessing = false;
WritableState.prototype.writecb = null;
WritableState.prototype.writelen = 0;
WritableState.prototype.afterWriteTickInfo = null;
WritableState.prototype.afterWritePending = false;  // an afterWrite tick is queued
WritableState.prototype.bufferedIndex = 0;
WritableState.prototype.allBuffers = true;      // every buffered chunk is a Buffer
WritableState.prototype.allNoop = true;         // no buffered write has a callback
WritableState.prototype.pendingcb = 0;
WritableState.prototype.constructed = true;
WritableState.prototype.prefinished = false;
WritableState.prototype.errorEmitted = false;
WritableState.prototype.emitClose = true;
WritableState.prototype.autoDestroy = true;
WritableState.prototype.errored = null;
WritableState.prototype.closed = false;
WritableState.prototype.closeEmitted = false;
WritableState.prototype[kOnFinished] = null;

function resetBuffer(state) {
    state.buffered = [];
    state.bufferedIndex = 0;
    state.allBuffers = true;   // every buffered chunk is a Buffer
    state.allNoop = true;      // no buffered write has a callback
}

WritableState.prototype.getBuffer = function getBuffer() {
    return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
    get: function () {
        return this.buffered.length - this.bufferedIndex;
    },
    configurable: true
});

function Writable(options) {
    var isDuplex = isDuplexInstance(this);
    if (!isDuplex && !isOrdinaryInstance(Writable, this)) {
        return new Writable(options);
    }
    this._writableState = new WritableState(options, this, isDuplex);
    if (options) {
        if (typeof options.write === 'function') {
            this._write = options.write;
        }
        if (typeof options.writev === 'function') {
            this._writev = options.writev;
        }
        if (typeof options.destroy === 'function') {
            this._destroy = options.destroy;
        }
        if (typeof options.final === 'function') {
            this._final = options.final;
        }
        if (typeof options.construct === 'function') {
            this._construct = options.construct;
        }
        if (options.signal && !isDuplex) {
            throw util.notSupported('The Writable signal option');
        }
    }
    Stream.call(this, options);
    destroyImpl.construct(this, writableConstructed);
}

// Once _construct has called back (this: the stream).
function writableConstructed() {
    var state = this._writableState;
    if (!state.writing) {
        clearBuffer(this, state);
    }
    finishMaybe(this, state);
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

Writable.WritableState = WritableState;

// `object instanceof Ctor` by the prototype chain alone.
function isOrdinaryInstance(Ctor, object) {
    return Object.prototype.isPrototypeOf.call(Ctor.prototype, object);
}

// A Duplex is a Writable too, though it inherits from Readable. Classes
// derived from Writable inherit this method, and answer as usual.
Object.defineProperty(Writable, Symbol.hasInstance, {
    value: function (object) {
        if (isOrdinaryInstance(this, object)) {
            return true;
        }
        if (this !== Writable) {
            return false;
        }
        return !!(object && object._writableState instanceof WritableState);
    },
    configurable: true
});

Writable.prototype.pipe = function pipe() {
    errorOrDestroy(this, codes.ERR_STREAM_CANNOT_PIPE());
};

// ---- write() ----------------------------------------------------------------

// The work of write() and of end(chunk): returns true/false as write()
// does, or the Error given to the callback.
function writeChunk(stream, chunk, encoding, cb) {
    var state = stream._writableState;

    if (typeof encoding === 'function') {
        cb = encoding;
        encoding = null;
    }
    if (typeof cb !== 'function') {
        cb = nop;
    }

    if (chunk === null) {
        throw codes.ERR_STREAM_NULL_VALUES();
    } else if (!state.objectMode) {
        // Object mode passes chunk and encoding through untouched.
        if (!encoding) {
            encoding = state.defaultEncoding;
        } else if (encoding !== 'buffer' && !util.isEncoding(encoding)) {
            throw codes.ERR_UNKNOWN_ENCODING(encoding);
        }
        if (typeof chunk === 'string') {
            if (state.decodeStrings !== false) {
                chunk = util.bufferFromString(chunk, encoding);
                encoding = 'buffer';
            }
        } else if (Buffer.isBuffer(chunk)) {
            encoding = 'buffer';
        } else if (util.isArrayBufferView(chunk)) {
            chunk = util.bufferFromView(chunk);
            encoding = 'buffer';
        } else {
            throw codes.ERR_INVALID_CHUNK(chunk);
        }
    }

    var err;
    if (state.ending) {
        err = codes.ERR_STREAM_WRITE_AFTER_END();
    } else if (state.destroyed) {
        err = codes.ERR_STREAM_DESTROYED('write');
    }
    if (err) {
        nextTick(cb, err);
        errorOrDestroy(stream, err, true);
        return err;
    }
    state.pendingcb++;
    return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function write(chunk, encoding, cb) {
    return writeChunk(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function cork() {
    this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
    var state = this._writableState;
    if (state.corked) {
        state.corked--;
        if (!state.writing) {
            clearBuffer(this, state);
        }
    }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(enc) {
    if (typeof enc === 'string') {
        enc = enc.toLowerCase();
    }
    if (!util.isEncoding(enc)) {
        throw codes.ERR_UNKNOWN_ENCODING(enc);
    }
    this._writableState.defaultEncoding = enc;
    return this;
};

// Write now if nothing is in progress, otherwise queue. The answer ("below
// highWaterMark?") is computed afterwards, so a _write that completed
// synchronously does not count as backlog.
function writeOrBuffer(stream, state, chunk, encoding, callback) {
    var len = state.objectMode ? 1 : chunk.length;
    state.length += len;

    if (state.writing || state.corked || state.errored ||
            !state.constructed) {
        state.buffered.push({
            chunk: chunk,
            encoding: encoding,
            callback: callback
        });
        if (state.allBuffers && encoding !== 'buffer') {
            state.allBuffers = false;
        }
        if (state.allNoop && callback !== nop) {
            state.allNoop = false;
        }
    } else {
        state.writelen = len;
        state.writecb = callback;
        state.writing = true;
        state.sync = true;
        stream._write(chunk, encoding, state.onwrite);
        state.sync = false;
    }

    // An empty queue never asks for 'drain', even with highWaterMark 0.
    var ret = state.length < state.highWaterMark || state.length === 0;
    if (!ret) {
        state.needDrain = true;
    }
    return ret && !state.errored && !state.destroyed;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
    state.writelen = len;
    state.writecb = cb;
    state.writing = true;
    state.sync = true;
    if (state.onwrite === null) { // released by its socket's close
        state.onwrite = onwrite.bind(undefined, stream);
    }
    if (state.destroyed) {
        state.onwrite(codes.ERR_STREAM_DESTROYED('write'));
    } else if (writev) {
        stream._writev(chunk, state.onwrite);
    } else {
        stream._write(chunk, encoding, state.onwrite);
    }
    state.sync = false;
}

function onwriteError(stream, state, er, cb) {
    --state.pendingcb;
    cb(er);
    // The buffered writes will never happen: fail them too.
    errorBuffer(state);
    errorOrDestroy(stream, er);
}

// The callback _write() and _writev() get.
function onwrite(stream, er) {
    var state = stream._writableState;
    var sync = state.sync;
    var cb = state.writecb;

    if (typeof cb !== 'function') {
        errorOrDestroy(stream, codes.ERR_MULTIPLE_CALLBACK());
        return;
    }

    state.writing = false;
    state.writecb = null;
    state.length -= state.writelen;
    state.writelen = 0;

    if (er) {
        if (!state.errored) {
            state.errored = er;
        }
        var r = stream._readableState;
        if (r && !r.errored) {
            r.errored = er;
        }
        if (sync) {
            nextTick(onwriteError, stream, state, er, cb);
        } else {
            onwriteError(stream, state, er, cb);
        }
        return;
    }

    if (state.buffered.length > state.bufferedIndex) {
        clearBuffer(stream, state);
    }
    if (!sync) {
        afterWrite(stream, state, 1, cb);
        return;
    }

    // Completed inside _write(): the callback and 'drain' wait for a tick.
    // A write without a callback that needs no 'drain' skips the tick
    // (as Node 20 does, except in object mode, where it always ticks).
    var needTick = (state.needDrain && state.length === 0) ||
        state.objectMode || cb !== nop;
    var info = state.afterWriteTickInfo;
    if (cb === nop) {
        if (!state.afterWritePending && needTick) {
            state.afterWritePending = true;
            nextTick(afterWrite, stream, state, 1, cb);
            return;
        }
    } else if (info !== null && info.cb === cb) {
        // Synchronous completions of the same callback share one tick.
        info.count++;
        return;
    } else {
        state.afterWriteTickInfo = {
            count: 1,
            cb: cb,
            stream: stream,
            state: state
        };
        state.afterWritePending = true;
        nextTick(afterWriteTick, state.afterWriteTickInfo);
        return;
    }
    state.pendingcb--;
    if (state.ending) {
        finishMaybe(stream, state, true);
    }
}

function afterWriteTick(info) {
    info.state.afterWriteTickInfo = null;
    afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
    state.afterWritePending = false;
    var needDrain = !state.ending && !stream.destroyed && state.length === 0 &&
        state.needDrain;
    if (needDrain) {
        state.needDrain = false;
        stream.emit('drain');
    }
    while (count-- > 0) {
        state.pendingcb--;
        cb(null);
    }
    if (state.destroyed) {
        errorBuffer(state);
    }
    // 'finish' waits one more tick, so code running right after the last
    // callback can still write (or fail) first.
    if (state.ending) {
        finishMaybe(stream, state, true);
    }
}

// Call back every buffered write, and every end() callback, with the
// stream's error (or "destroyed").
function errorBuffer(state) {
    if (state.writing) {
        return;
    }
    for (var n = state.bufferedIndex; n < state.buffered.length; ++n) {
        var entry = state.buffered[n];
        state.length -= state.objectMode ? 1 : entry.chunk.length;
        entry.callback(state.errored ||
            codes.ERR_STREAM_DESTROYED('write'));
    }
    var waiting = takeOnFinished(state);
    for (var i = 0; i < waiting.length; i++) {
        waiting[i](state.errored || codes.ERR_STREAM_DESTROYED('end'));
    }
    resetBuffer(state);
}

// The one callback of a _writev batch: calls each entry's callback from
// index `from` on.  It lets go of the entries (and their chunks) once it
// has run: in Duktape a closure lives until the next mark-and-sweep, and
// it must not keep a batch of chunks in memory that long.
function batchCallback(buffered, from) {
    return function (err) {
        var entries = buffered;
        buffered = null;
        for (var n = from; n < entries.length; ++n) {
            entries[n].callback(err);
        }
    };
}

// Write out what is buffered: all at once with _writev, else one chunk at
// a time until a _write() does not complete synchronously.
function clearBuffer(stream, state) {
    if (state.corked || state.bufferProcessing || state.destroyed ||
            !state.constructed) {
        return;
    }
    var buffered = state.buffered;
    var i = state.bufferedIndex;
    var count = buffered.length - i;
    if (!count) {
        return;
    }

    state.bufferProcessing = true;
    if (count > 1 && stream._writev) {
        // One callback for the whole batch.
        state.pendingcb -= count - 1;
        var callback = state.allNoop ? nop : batchCallback(buffered, i);
        var chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
        chunks.allBuffers = state.allBuffers;
        doWrite(stream, state, true, state.length, chunks, '', callback);
        resetBuffer(state);
    } else {
        do {
            var entry = buffered[i];
            buffered[i++] = null;
            var len = state.objectMode ? 1 : entry.chunk.length;
            doWrite(stream, state, false, len, entry.chunk, entry.encoding,
                entry.callback);
        } while (i < buffered.length && !state.writing);

        if (i === buffered.length) {
            resetBuffer(state);
        } else if (i > 256) {
            buffered.splice(0, i);
            state.bufferedIndex = 0;
        } else {
            state.bufferedIndex = i;
        }
    }
    state.bufferProcessing = false;
}

Writable.prototype._write = function _write(chunk, encoding, cb) {
    if (this._writev) {
        this._writev([{ chunk: chunk, encoding: encoding }], cb);
    } else {
        throw codes.ERR_METHOD_NOT_IMPLEMENTED('_write()');
    }
};

Writable.prototype._writev = null;

ending.install(Writable, writeChunk, errorBuffer);

module.exports = { Writable: Writable, WritableState: WritableState };
