/*
 * internal/handle_stream: HandleStream, a Duplex over a native stream
 * handle (internalBinding('stream_wrap'): a pipe, a terminal or a socket).
 * It is the base of net.Socket, of tty.ReadStream and tty.WriteStream and
 * of process.stdin, stdout and stderr when they are pipes.
 *
 * Reading: _read() starts the handle reading; each chunk is pushed, and
 * when push() says the buffer is full the handle stops until the next
 * _read(). End of file pushes null; a read error destroys the stream.
 * A handle that is not reading does not keep the process alive.
 *
 * Writing: _write/_writev hand the chunks to writev(), which writes what
 * it can at once; when all of it went, the callback is called now, else
 * when the loop has written the rest (one write at a time: the Writable
 * serializes them). Strings go to C as they are (UTF-8) or as Buffers in
 * any other encoding. _final shuts the writing side down; _destroy closes
 * the handle, and 'close' follows once it is closed.
 *
 * Options, beyond the Duplex ones: handle (required, or null when
 * handleLater is true: a socket that gets its handle when it connects,
 * through attachHandle()), manualStart (do not start reading before
 * someone reads). allowHalfOpen defaults to false, as for sockets.
 *
 * Every chunk read adds to _bytesRead, and refreshes _activityTimer when
 * there is one (net's socket.setTimeout): one property test per chunk.
 *
 * Consuming: a stream whose _consumer is a function gives it every chunk
 * read, consumer(stream, chunk), instead of pushing it: no Readable
 * machinery and no 'data' event on the way.  A native sink (setSink, see
 * modules/stream_wrap.h) goes further: the chunk goes from the handle to
 * a C function without reaching JS at all (the http server's parser, see
 * internal/http_server).  End of file and read errors take the usual
 * road either way; pause and resume then go to the handle itself
 * (readStop, readStart).
 *
 * Errors look like Node's: "Error: write EPIPE" with errno, code and
 * syscall; a stream whose handle is gone refuses writes with
 * ERR_SOCKET_CLOSED ("Socket is closed").
 */
'use strict';

var Duplex = require('internal/streams_duplex').Duplex;
var errors = require('internal/errors');
var errnoException = errors.errnoException;
var binding = internalBinding('stream_wrap');

var kEOF = binding.EOF;
// Where a stream keeps its native handle. Not `_handle`, as Node's
// streams do: programs that find a `_handle` call Node's handle methods
// on it (setBlocking, ...), which nodule's opaque handles do not have.
var kHandle = Symbol('kHandle');
var BufferClass = null; // require('buffer').Buffer, loaded on first read

function bufferClass() {
    if (BufferClass === null) {
        BufferClass = require('buffer').Buffer;
    }
    return BufferClass;
}

function socketClosed() {
    return errors.makeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed');
}

function HandleStream(options) {
    if (!(this instanceof HandleStream)) {
        return new HandleStream(options);
    }
    options = options || {};
    var handle = options.handle;
    var later = handle === null && options.handleLater === true;
    if (!later && (handle === null || typeof handle !== 'object')) {
        throw errors.codes.ERR_INVALID_ARG_TYPE('options.handle', 'Object',
            handle);
    }
    var opts = {};
    for (var key in options) {
        opts[key] = options[key];
    }
    opts.allowHalfOpen = !!options.allowHalfOpen;
    opts.decodeStrings = false;
    opts.autoDestroy = true;
    Duplex.call(this, opts);

    this[kHandle] = null;
    if (!later) {
        attachHandle(this, handle);
    }
    if (!later && options.manualStart !== true && options.readable !== false) {
        this.read(0);
    }
}
Object.setPrototypeOf(HandleStream.prototype, Duplex.prototype);
Object.setPrototypeOf(HandleStream, Duplex);

// The defaults of the per-stream fields, shared until a stream sets its own
// (most idle sockets never change most of them).
HandleStream.prototype._bytesWritten = 0;   // once the handle is closed
HandleStream.prototype._bytesRead = 0;
HandleStream.prototype._pendingWrite = null;
HandleStream.prototype._activityTimer = null;
HandleStream.prototype._consumer = null;
// The one callback of this stream's queued writes (at most one is pending:
// the Writable waits for it before the next _write), made by the first
// write that is queued: most sockets never need it.
HandleStream.prototype._afterWrite = null;

// Give a stream made with handleLater its handle.
function attachHandle(stream, handle) {
    stream[kHandle] = handle;
    handle.owner = stream;
    handle.reading = false;
}

// ---- reading ---------------------------------------------------------------

function readStart(stream) {
    var handle = stream[kHandle];
    if (!handle || handle.reading) {
        return;
    }
    handle.reading = true;
    var rc = binding.readStart(handle);
    if (rc < 0) {
        handle.reading = false;
        stream.destroy(errnoException(rc, 'read'));
    }
}

// Give the handle's reads to a native sink, fn(arg, handle) (see
// modules/stream_wrap.h), or back to the stream with fn null.
function setSink(stream, fn, arg) {
    var handle = stream[kHandle];
    if (handle) {
        binding.setSink(handle, fn, arg);
    }
}

function readStop(stream) {
    var handle = stream[kHandle];
    if (handle && handle.reading) {
        handle.reading = false;
        binding.readStop(handle);
    }
}

HandleStream.prototype._read = function _read() {
    readStart(this);
};

// The binding's read callback, shared by every stream handle.
function onread(handle, nread, chunk) {
    var stream = handle.owner;
    if (!stream || stream.destroyed) {
        return;
    }
    if (nread > 0) {
        Object.setPrototypeOf(chunk, bufferClass().prototype);
        stream._bytesRead += nread;
        if (stream._activityTimer !== null) {
            stream._activityTimer.refresh();
        }
        if (stream._consumer !== null) {
            stream._consumer(stream, chunk);
            return;
        }
        if (!stream.push(chunk)) {
            readStop(stream);
        }
        return;
    }
    handle.reading = false; // the loop stopped reading
    if (nread === kEOF) {
        stream.push(null);
        stream.read(0);
        return;
    }
    stream.destroy(errnoException(nread, 'read'));
}

// ---- writing ---------------------------------------------------------------

// The short road of a small write (an http response, internal/
// http_outgoing): when nothing else is pending on the stream (nothing
// buffered, in flight or corked, not ending, connected), write chunk (a
// string as UTF-8, or bytes) straight to the handle.  Returns the bytes
// left for the caller to write() (0: all went), or -1 when the road is
// closed or the write failed before any byte went (write() then takes the
// whole chunk, and meets the error the usual way).  A write that fails
// part-way reports what is left, so no byte is ever sent twice.  Nothing
// is queued here.
function tryWrite(stream, chunk) {
    var handle = stream[kHandle];
    var state = stream._writableState;
    if (!handle || state.length !== 0 || state.corked !== 0 ||
            state.ending || state.destroyed || stream.connecting) {
        return -1;
    }
    var left = binding.tryWrite(handle, chunk);
    if (left < 0) {
        return -1;
    }
    if (stream._activityTimer !== null) {
        stream._activityTimer.refresh();
    }
    return left;
}

function toBytes(chunk, encoding) {
    if (typeof chunk !== 'string' || encoding === 'utf8' ||
            encoding === 'utf-8' || encoding === undefined) {
        return chunk;
    }
    return bufferClass().from(chunk, encoding);
}

function writeChunks(stream, chunks, cb) {
    var handle = stream[kHandle];
    if (!handle) {
        return cb(socketClosed());
    }
    var rc = binding.writev(handle, chunks,
        stream._afterWrite || makeAfterWrite(stream));
    if (rc < 0) {
        return cb(errnoException(rc, 'write'));
    }
    if (rc === 0) {
        return cb();
    }
    stream._pendingWrite = cb;
}

function makeAfterWrite(stream) {
    stream._afterWrite = function (status) {
        afterWrite(stream, status);
    };
    return stream._afterWrite;
}

function afterWrite(stream, status) {
    var cb = stream._pendingWrite;
    stream._pendingWrite = null;
    if (cb !== null) {
        cb(status < 0 ? errnoException(status, 'write') : undefined);
    }
}

HandleStream.prototype._write = function _write(chunk, encoding, cb) {
    writeChunks(this, [toBytes(chunk, encoding)], cb);
};

HandleStream.prototype._writev = function _writev(entries, cb) {
    var chunks = new Array(entries.length);
    for (var i = 0; i < entries.length; i++) {
        chunks[i] = toBytes(entries[i].chunk, entries[i].encoding);
    }
    writeChunks(this, chunks, cb);
};

// Bound to _final's callback (a bound function is not a reference cycle
// the way a closure is in Duktape; see net_socket's emitClose).
function afterShutdown(cb, status) {
    cb(status < 0 ? errnoException(status, 'shutdown') : undefined);
}

HandleStream.prototype._final = function _final(cb) {
    var handle = this[kHandle];
    if (!handle) {
        return cb();
    }
    var rc = binding.shutdown(handle, afterShutdown.bind(null, cb));
    if (rc < 0) {
        cb(rc === binding.ENOTCONN ? undefined :
            errnoException(rc, 'shutdown'));
    }
};

// ---- the handle ------------------------------------------------------------

HandleStream.prototype._destroy = function _destroy(err, cb) {
    var handle = this[kHandle];
    if (!handle) {
        return cb(err);
    }
    this._bytesWritten = binding.bytesWritten(handle);
    this[kHandle] = null;
    handle.owner = null;
    handle.reading = false;
    binding.close(handle, cb.bind(null, err));
};

HandleStream.prototype.ref = function ref() {
    if (this[kHandle]) {
        binding.ref(this[kHandle], true);
    }
    return this;
};

HandleStream.prototype.unref = function unref() {
    if (this[kHandle]) {
        binding.ref(this[kHandle], false);
    }
    return this;
};

// Make writes finish before write() returns (stdout and stderr do).
HandleStream.prototype._setBlocking = function _setBlocking(on) {
    return this[kHandle] ? binding.setBlocking(this[kHandle], on) : 0;
};

// Bytes written so far.
Object.defineProperty(HandleStream.prototype, 'bytesWritten', {
    get: function () {
        return this[kHandle] ? binding.bytesWritten(this[kHandle]) :
            this._bytesWritten;
    },
    configurable: true
});

// Bytes written but not yet out (Node's deprecated socket.bufferSize).
// writableLength counts them all, those in the handle's queue too: the
// Writable calls back only once the handle has written them.
Object.defineProperty(HandleStream.prototype, 'bufferSize', {
    get: function () {
        return this[kHandle] ? this.writableLength : undefined;
    },
    configurable: true
});

// Bytes handed to the handle and not yet written (the handle's own queue).
Object.defineProperty(HandleStream.prototype, '_writeQueueSize', {
    get: function () {
        return this[kHandle] ? binding.writeQueueSize(this[kHandle]) : 0;
    },
    configurable: true
});

// Open a pipe handle over fd for a HandleStream: options.handle.
function openPipe(fd) {
    var handle = binding.pipeOpen(fd, onread);
    if (typeof handle === 'number') {
        throw errnoException(handle, 'open');
    }
    return handle;
}

module.exports = {
    HandleStream: HandleStream,
    attachHandle: attachHandle,
    kHandle: kHandle,
    onread: onread,
    openPipe: openPipe,
    errnoException: errnoException,
    readStart: readStart,
    readStop: readStop,
    setSink: setSink,
    tryWrite: tryWrite
};
