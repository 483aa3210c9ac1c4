/*
 * internal/fs_streams: fs.ReadStream and fs.WriteStream, the file streams
 * of fs.createReadStream() and fs.createWriteStream(), built on the
 * stream module's Readable and Writable.
 *
 * Life of a file stream:
 *   - _construct opens the path (flags 'r' / 'w', mode 0o666 by default)
 *     unless an fd (a number, or a FileHandle) was given, then emits
 *     'open' (fd) and 'ready';
 *   - _read reads up to highWaterMark bytes (64 KiB by default) per
 *     request, from `start` (or the fd's position) to `end` inclusive, and
 *     pushes what it got, null at the end; bytesRead counts;
 *   - _write and _writev write each chunk (or the batch, as one writev
 *     request) at `start` onwards (or the fd's position); bytesWritten
 *     counts;
 *   - _destroy waits for a read or write still on the pool (a pool thread
 *     must never see its fd closed under it), then closes the fd when
 *     autoClose (the default) is on, then 'close' is emitted.
 *
 * A stream has at most one read or write on the pool at a time, so its
 * state lives on the stream (_ioBuffer, _ioCallback, _ioSize) and each
 * request completes through one function bound to the stream when it is
 * made, never through a closure made per request.  In Duktape a closure
 * sits in a reference cycle (with its .prototype, and with the scope it
 * captured), so reference counting cannot free it: whatever its scope
 * holds, such as the chunk just read, would stay in memory until the
 * next mark-and-sweep, which counts allocations, not bytes.  Copying a
 * large file that way held most of the file in memory at once.
 *
 * The option { fs } (a custom set of open/read/write/close functions) is
 * not available: it throws ERR_NOT_SUPPORTED.
 */
'use strict';

var stream = require('stream');
var u = require('internal/fs_utils');
var files = require('internal/fs_files');
var finished = require('internal/streams_finished').finished;
var destroyImpl = require('internal/streams_destroy');
var Buffer = require('buffer').Buffer;

var binding = u.binding;
var Readable = stream.Readable;
var Writable = stream.Writable;
var kIoDone = typeof Symbol === 'function' ? Symbol('kIoDone') : '_ioDone';

function inherits(Ctor, Base) {
    Ctor.prototype = Object.create(Base.prototype, {
        constructor: { value: Ctor, writable: true, configurable: true }
    });
    Object.setPrototypeOf(Ctor, Base);
}

function copyOptions(options) {
    options = u.getOptions(options, {});
    var copy = {};
    for (var key in options) {
        copy[key] = options[key];
    }
    if (copy.fs !== undefined && copy.fs !== null) {
        throw u.codes.ERR_NOT_SUPPORTED('the fs option of file streams');
    }
    return copy;
}

// What the two kinds of stream share: where the file comes from.
function setupFile(self, path, options, defaultFlags, afterIo) {
    Object.defineProperty(self, '_fileHandle', { value: null,
        writable: true });
    Object.defineProperty(self, '_busy', { value: false, writable: true });
    ['_ioBuffer', '_ioCallback', '_ioSize'].forEach(function (name) {
        Object.defineProperty(self, name, { value: null, writable: true });
    });
    Object.defineProperty(self, '_afterIo', { value: afterIo.bind(self) });
    if (options.fd === undefined || options.fd === null) {
        self.fd = null;
        self.path = u.isURL(path) ? require('url').fileURLToPath(path) :
            path;
        self.flags = options.flags === undefined ? defaultFlags :
            options.flags;
        self.mode = options.mode === undefined ? 438 : options.mode;
        u.getValidatedPath(self.path);
    } else if (options.fd !== null && typeof options.fd === 'object' &&
            typeof options.fd.close === 'function') {
        self._fileHandle = options.fd; // a FileHandle
        self.fd = u.getValidatedFd(options.fd.fd);
    } else {
        self.fd = u.getValidatedFd(options.fd);
    }
    options.autoDestroy = options.autoClose === undefined ? true :
        options.autoClose;
    self.start = options.start;
    self.pos = undefined;
    if (self.start !== undefined) {
        u.validateInteger(self.start, 'start', 0);
        self.pos = self.start;
    }
    self.flush = options.flush === undefined ? false : options.flush;
    u.validateBoolean(self.flush, 'options.flush');
}

// _construct: open the file unless an fd was given.
function construct(callback) {
    var self = this;
    if (typeof this.fd === 'number') {
        return callback();
    }
    files.open(this.path, this.flags, this.mode, function (err, fd) {
        if (err) {
            return callback(err);
        }
        self.fd = fd;
        callback();
        self.emit('open', fd);
        self.emit('ready');
    });
}

function closeFile(self, err, cb) {
    if (!self.fd) { // no fd yet, or 0: never closed, as in Node
        return cb(err);
    }
    var fd = self.fd;
    var handle = self._fileHandle;
    self.fd = null;
    function close() {
        if (handle !== null) {
            return handle.close().then(function () { cb(err); }, cb);
        }
        files.close(fd, function (err2) { cb(err2 || err); });
    }
    if (self.flush) {
        return files.fsync(fd, function (err2) {
            err = err || err2;
            close();
        });
    }
    close();
}

// _destroy: let a read or write in flight finish before the fd goes.
function destroyFile(err, cb) {
    var self = this;
    if (this._busy) {
        this.once(kIoDone, function (err2) {
            closeFile(self, err || err2, cb);
        });
    } else {
        closeFile(this, err, cb);
    }
}

function definePending(Ctor) {
    Object.defineProperty(Ctor.prototype, 'pending', {
        get: function () { return this.fd === null; },
        configurable: true
    });
}

// ---- ReadStream ------------------------------------------------------------

function ReadStream(path, options) {
    if (!(this instanceof ReadStream)) {
        return new ReadStream(path, options);
    }
    options = copyOptions(options);
    if (options.highWaterMark === undefined) {
        options.highWaterMark = 64 * 1024;
    }
    setupFile(this, path, options, 'r', afterRead);
    this.end = options.end;
    this.bytesRead = 0;
    if (this.end === undefined) {
        this.end = Infinity;
    } else if (this.end !== Infinity) {
        u.validateInteger(this.end, 'end', 0);
        if (this.start !== undefined && this.start > this.end) {
            throw u.codes.ERR_OUT_OF_RANGE('start', '<= "end" (here: ' +
                this.end + ')', this.start);
        }
    }
    Readable.call(this, options);
}
inherits(ReadStream, Readable);
definePending(ReadStream);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
    get: function () { return this._readableState.autoDestroy; },
    set: function (value) { this._readableState.autoDestroy = value; },
    configurable: true
});

ReadStream.prototype._construct = construct;
ReadStream.prototype._destroy = destroyFile;

ReadStream.prototype._read = function (n) {
    n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) :
        Math.min(this.end - this.bytesRead + 1, n);
    if (n <= 0) {
        return this.push(null);
    }
    this._busy = true;
    this._ioBuffer = Buffer.allocUnsafe(n);
    binding.read(this.fd, this._ioBuffer, 0, n, this.pos === undefined ? -1 :
        this.pos, this._afterIo);
};

// The end of one read; `this` is the stream.
function afterRead(err, got) {
    var buf = this._ioBuffer;
    this._ioBuffer = null;
    this._busy = false;
    if (this.destroyed) {
        return this.emit(kIoDone, err);
    }
    if (err) {
        return destroyImpl.errorOrDestroy(this, err);
    }
    if (got === 0) {
        return this.push(null);
    }
    if (this.pos !== undefined) {
        this.pos += got;
    }
    this.bytesRead += got;
    this.push(got === buf.length ? buf : Buffer.from(buf.slice(0, got)));
}

ReadStream.prototype.close = function (cb) {
    if (typeof cb === 'function') {
        finished(this, cb);
    }
    this.destroy();
};

// ---- WriteStream -----------------------------------------------------------

function WriteStream(path, options) {
    if (!(this instanceof WriteStream)) {
        return new WriteStream(path, options);
    }
    options = copyOptions(options);
    options.decodeStrings = true; // _write sees Buffers only
    setupFile(this, path, options, 'w', afterWrite);
    this.bytesWritten = 0;
    Writable.call(this, options);
    if (options.encoding) {
        this.setDefaultEncoding(options.encoding);
    }
}
inherits(WriteStream, Writable);
definePending(WriteStream);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
    get: function () { return this._writableState.autoDestroy; },
    set: function (value) { this._writableState.autoDestroy = value; },
    configurable: true
});

WriteStream.prototype._construct = construct;
WriteStream.prototype._destroy = destroyFile;

// The end of one write or writev of _ioSize bytes (the binding writes
// them all); `this` is the stream.
function afterWrite(err) {
    var cb = this._ioCallback;
    this._ioCallback = null;
    this._busy = false;
    if (!err) {
        this.bytesWritten += this._ioSize;
    }
    if (this.destroyed) {
        cb(err);
        return this.emit(kIoDone, err);
    }
    cb(err);
}

WriteStream.prototype._write = function (data, encoding, cb) {
    this._busy = true;
    this._ioCallback = cb;
    this._ioSize = data.length;
    binding.write(this.fd, data, 0, data.length, this.pos === undefined ?
        null : this.pos, this._afterIo);
    if (this.pos !== undefined) {
        this.pos += data.length;
    }
};

WriteStream.prototype._writev = function (data, cb) {
    var chunks = [];
    var size = 0;
    for (var i = 0; i < data.length; i++) {
        chunks.push(data[i].chunk);
        size += data[i].chunk.length;
    }
    this._busy = true;
    this._ioCallback = cb;
    this._ioSize = size;
    binding.writev(this.fd, chunks, this.pos === undefined ? null : this.pos,
        this._afterIo);
    if (this.pos !== undefined) {
        this.pos += size;
    }
};

WriteStream.prototype.close = function (cb) {
    if (cb) {
        if (this.closed) {
            process.nextTick(cb);
            return;
        }
        this.on('close', cb);
    }
    if (!this.autoClose) {
        this.on('finish', this.destroy);
    }
    this.end();
};

// There is no shutdown() for files.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

function createReadStream(path, options) {
    return new ReadStream(path, options);
}

function createWriteStream(path, options) {
    return new WriteStream(path, options);
}

module.exports = {
    ReadStream: ReadStream,
    WriteStream: WriteStream,
    createReadStream: createReadStream,
    createWriteStream: createWriteStream
};
