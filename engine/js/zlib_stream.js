/*
 * internal/zlib_stream: the zlib stream classes (Deflate, Inflate, Gzip,
 * Gunzip, DeflateRaw, InflateRaw, Unzip), their option checks, and the
 * whole-buffer runs behind the convenience functions of modules/zlib.js.
 *
 * Each object is a Transform stream over one native handle from
 * internalBinding('zlib') (modules/zlib.c). Written data reaches
 * _transform as Buffers; each one becomes a series of steps on the thread
 * pool: a step gives zlib the input and a window of output room (the
 * rest of the current chunkSize window, as in Node, so 'data' chunks are
 * cut where Node cuts them). A step that fills its window may have more
 * to say: the next step follows at once, or, when the reader is full,
 * from _read (that is how backpressure reaches zlib). When zlib stops
 * with input left over, the compressed stream has ended and so does the
 * readable side.
 *
 * Flushing rides on the data: flush(kind) writes an empty Buffer that
 * carries its flush kind, so it takes its turn behind the data written
 * before it. The last chunk gets the stronger of its flush and
 * finishFlush.
 *
 * The synchronous functions (gzipSync ...) and the callback ones (gzip)
 * do not go through the stream machinery: processSync and processAsync
 * run the whole input in one native call (one pool job for the callback
 * form), then close the handle, as Node's one-shot functions do.
 *
 * Invariant: at most one native step is in flight per stream (the
 * Transform hands out one chunk at a time, and a step's successor starts
 * only from its completion or from _read).
 */
'use strict';

var Transform = require('internal/streams_transform').Transform;
var finished = require('internal/streams_finished').finished;
var errors = require('internal/errors');
var types = require('internal/types');
var nextTick = require('internal/tasks').nextTick;
var constants = require('internal/zlib_constants').constants;
var binding = internalBinding('zlib');

var codes = errors.codes;
var kMaxLength = binding.kMaxLength;

var kFlushFlag = Symbol('kFlushFlag');
var kError = Symbol('kError');
var kWrite = Symbol('kWrite');
var kResume = Symbol('kResume');

var Z_NO_FLUSH = constants.Z_NO_FLUSH;
var Z_SYNC_FLUSH = constants.Z_SYNC_FLUSH;
var Z_FULL_FLUSH = constants.Z_FULL_FLUSH;
var Z_FINISH = constants.Z_FINISH;
var Z_BLOCK = constants.Z_BLOCK;

// ---- options ---------------------------------------------------------------

// Node's rule for numeric options: undefined and NaN mean "use the
// default"; any other non-number is a TypeError, an infinity a RangeError.
function isGiven(value, name) {
    if (value === undefined || (typeof value === 'number' && value !== value)) {
        return false;
    }
    if (typeof value !== 'number') {
        throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
    }
    if (!isFinite(value)) {
        throw codes.ERR_OUT_OF_RANGE(name, 'a finite number', value);
    }
    return true;
}

// A numeric option within [lower, upper], or def when not given.
function rangeOption(value, name, lower, upper, def) {
    if (!isGiven(value, name)) {
        return def;
    }
    if (value < lower || value > upper) {
        throw codes.ERR_OUT_OF_RANGE(name,
            '>= ' + lower + ' and <= ' + upper, value);
    }
    return value;
}

// The options every zlib stream shares, checked, with the flush defaults
// of its kind.
function baseOptions(opts, flush, finishFlush, fullFlush) {
    var o = {
        chunkSize: constants.Z_DEFAULT_CHUNK,
        flush: flush,
        finishFlush: finishFlush,
        fullFlush: fullFlush,
        maxOutputLength: kMaxLength,
        info: undefined,
        stream: opts
    };
    if (!opts) {
        return o;
    }
    if (isGiven(opts.chunkSize, 'options.chunkSize')) {
        if (opts.chunkSize < constants.Z_MIN_CHUNK) {
            throw codes.ERR_OUT_OF_RANGE('options.chunkSize',
                '>= ' + constants.Z_MIN_CHUNK, opts.chunkSize);
        }
        // Node allocates its output window with Buffer.allocUnsafe.
        errors.validateNumber(opts.chunkSize, 'size', 0, kMaxLength);
        o.chunkSize = Math.floor(opts.chunkSize);
    }
    o.flush = rangeOption(opts.flush, 'options.flush', Z_NO_FLUSH, Z_BLOCK,
        flush);
    o.finishFlush = rangeOption(opts.finishFlush, 'options.finishFlush',
        Z_NO_FLUSH, Z_BLOCK, finishFlush);
    o.maxOutputLength = rangeOption(opts.maxOutputLength,
        'options.maxOutputLength', 1, kMaxLength, kMaxLength);
    o.info = opts.info;
    return o;
}

// The Transform's options: the caller's, made to carry bytes.
function streamOptions(opts) {
    var out = { autoDestroy: true };
    for (var key in opts) {
        out[key] = opts[key];
    }
    if (opts && (opts.encoding || opts.objectMode ||
            opts.writableObjectMode)) {
        out.encoding = null;
        out.objectMode = false;
        out.writableObjectMode = false;
    }
    return out;
}

// ---- ZlibBase: the stream --------------------------------------------------

function ZlibBase(settings, handle) {
    Transform.call(this, streamOptions(settings.stream));
    this[kError] = null;
    this.bytesWritten = 0;
    this._handle = handle;
    this._outOffset = 0;
    this._chunkSize = settings.chunkSize;
    this._defaultFlushFlag = settings.flush;
    this._finishFlushFlag = settings.finishFlush;
    this._defaultFullFlushFlag = settings.fullFlush;
    this._info = settings.info;
    this._maxOutputLength = settings.maxOutputLength;
    // The step in flight: its callback, flush and how much input is left.
    var self = this;
    this[kWrite] = {
        cb: null,
        flush: Z_NO_FLUSH,
        availIn: 0,
        availOut: 0,
        done: function (err, ab) {
            afterStep(self, err, ab);
        }
    };
    this[kResume] = false;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
    configurable: true,
    enumerable: true,
    get: function () {
        return !this._handle;
    }
});

var bytesReadWarned = false;

function warnBytesRead() {
    if (!bytesReadWarned) {
        bytesReadWarned = true;
        process.emitWarning('zlib.bytesRead is deprecated and will change ' +
            'its meaning in the future. Use zlib.bytesWritten instead.',
            'DeprecationWarning', 'DEP0108');
    }
}

Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
    configurable: true,
    enumerable: true,
    get: function () {
        warnBytesRead();
        return this.bytesWritten;
    },
    set: function (value) {
        warnBytesRead();
        this.bytesWritten = value;
    }
});

function assertOpen(self) {
    if (!self._handle) {
        throw errors.makeError(Error, 'ERR_INTERNAL_ASSERTION',
            'zlib binding closed\nThis is caused by either a bug in nodule ' +
            'or incorrect usage of its internals.');
    }
}

function closeHandle(self) {
    if (self._handle) {
        binding.close(self._handle);
        self._handle = null;
    }
}

// A zlib failure ends the stream with that error.
function onZlibError(self, err) {
    self.destroy(err);
    self[kError] = err;
}

// Flush kinds from weakest to strongest (Z_BLOCK sits below
// Z_PARTIAL_FLUSH), indexed by the kind's value.
var FLUSH_RANK = [0, 2, 3, 4, 5, 1];

function strongerFlush(a, b) {
    return FLUSH_RANK[a] > FLUSH_RANK[b] ? a : b;
}

// The empty Buffers that flush(kind) writes, one per kind.
var flushBuffers = null;

function flushBuffer(kind) {
    if (flushBuffers === null) {
        flushBuffers = [];
        for (var i = Z_NO_FLUSH; i <= Z_BLOCK; i++) {
            flushBuffers[i] = Buffer.alloc(0);
            flushBuffers[i][kFlushFlag] = i;
        }
    }
    return flushBuffers[kind];
}

ZlibBase.prototype.reset = function reset() {
    assertOpen(this);
    binding.reset(this._handle);
};

// Called by Transform after the last chunk: finish the compressed stream.
ZlibBase.prototype._flush = function _flush(callback) {
    this._transform(Buffer.alloc(0), '', callback);
};

// Everything happens in _flush; the Transform calls it on 'prefinish'.
ZlibBase.prototype._final = function _final(callback) {
    callback();
};

ZlibBase.prototype.flush = function flush(kind, callback) {
    if (typeof kind === 'function' || (kind === undefined && !callback)) {
        callback = kind;
        kind = this._defaultFullFlushFlag;
    }
    if (this.writableFinished) {
        if (callback) {
            nextTick(callback);
        }
    } else if (this.writableEnded) {
        if (callback) {
            this.once('end', callback);
        }
    } else {
        this.write(flushBuffer(kind), '', callback);
    }
};

ZlibBase.prototype.close = function close(callback) {
    if (callback) {
        finished(this, callback);
    }
    this.destroy();
};

ZlibBase.prototype._destroy = function _destroy(err, callback) {
    closeHandle(this);
    callback(err);
};

ZlibBase.prototype._transform = function _transform(chunk, encoding, cb) {
    var flush = typeof chunk[kFlushFlag] === 'number' ? chunk[kFlushFlag] :
        this._defaultFlushFlag;
    if (this.writableEnded && this.writableLength === chunk.byteLength) {
        flush = strongerFlush(flush, this._finishFlushFlag);
    }
    processChunk(this, chunk, flush, cb);
};

// A step that filled its window while the reader was full resumes here.
ZlibBase.prototype._read = function _read(n) {
    if (this[kResume]) {
        this[kResume] = false;
        if (this._handle) {
            step(this, null);
        } else {
            finishWrite(this);
        }
    }
    Transform.prototype._read.call(this, n);
};

// Node's older entry point: with a callback, like one write; without,
// the whole chunk at once, synchronously, after which the handle closes.
ZlibBase.prototype._processChunk = function _processChunk(chunk, flushFlag,
                                                          cb) {
    if (typeof cb === 'function') {
        processChunk(this, chunk, flushFlag, cb);
        return undefined;
    }
    return processSync(this, chunk, flushFlag);
};

// ---- the steps of one chunk ------------------------------------------------

function processChunk(self, chunk, flush, cb) {
    if (!self._handle) {
        nextTick(cb);
        return;
    }
    var w = self[kWrite];
    w.cb = cb;
    w.flush = flush;
    w.availIn = chunk.byteLength;
    step(self, chunk);
}

// One native step on the pool; chunk is null to go on with the input the
// previous step left.
function step(self, chunk) {
    var w = self[kWrite];
    w.availOut = self._chunkSize - self._outOffset;
    binding.write(self._handle, w.flush, chunk, w.availOut,
        self._writeState, w.done);
}

function finishWrite(self) {
    var w = self[kWrite];
    var cb = w.cb;
    w.cb = null;
    if (cb) {
        cb();
    }
}

function afterStep(self, err, ab) {
    var w = self[kWrite];
    if (err) {
        onZlibError(self, err);
        return;
    }
    if (self.destroyed) {
        finishWrite(self);
        return;
    }
    var availOut = self._writeState[0];
    var availIn = self._writeState[1];
    self.bytesWritten += w.availIn - availIn;
    w.availIn = availIn;

    var have = w.availOut - availOut;
    var full = false;
    if (have > 0) {
        self._outOffset += have;
        full = !self.push(Buffer.from(ab));
    }
    if (self.destroyed) {
        finishWrite(self);
        return;
    }
    if (self._outOffset >= self._chunkSize) {
        self._outOffset = 0;
    }
    if (availOut === 0) {
        // The window is full: zlib may have more for this chunk.
        if (full) {
            self[kResume] = true;
        } else {
            step(self, null);
        }
        return;
    }
    if (availIn > 0) {
        // zlib stopped short of the input's end: the compressed stream is
        // over (only gzip members may follow each other).
        self.push(null);
    }
    finishWrite(self);
}

// ---- whole buffers ---------------------------------------------------------

function noop() {}

// After a failed one-shot run: a zlib error destroys the stream with it
// (a listener added here takes the 'error' event; the caller gets the
// error thrown or passed on); too much output only closes it.
function failRun(self, err) {
    if (err.code === 'ERR_BUFFER_TOO_LARGE') {
        closeHandle(self);
        return;
    }
    self.on('error', noop);
    onZlibError(self, err);
}

// Node's message shows the limit as given, fractions and all.
function runError(self, err) {
    if (err.code !== 'ERR_BUFFER_TOO_LARGE') {
        return err;
    }
    return errors.makeError(RangeError, 'ERR_BUFFER_TOO_LARGE',
        'Cannot create a Buffer larger than ' + self._maxOutputLength +
        ' bytes');
}

// Compress or decompress all of chunk now; returns a Buffer.
function processSync(self, chunk, flush) {
    assertOpen(self);
    var ab;
    try {
        ab = binding.run(self._handle, flush, chunk, self._chunkSize,
            Math.floor(self._maxOutputLength), self._writeState);
    } catch (err) {
        err = runError(self, err);
        failRun(self, err);
        throw err;
    }
    self.bytesWritten = chunk.byteLength - self._writeState[1];
    closeHandle(self);
    return Buffer.from(ab);
}

// The same in one pool job; cb(err) or cb(null, buffer). The stream is
// closed before cb runs.
function processAsync(self, chunk, flush, cb) {
    assertOpen(self);
    binding.run(self._handle, flush, chunk, self._chunkSize,
        Math.floor(self._maxOutputLength), self._writeState,
        function (err, ab) {
            if (err) {
                self.close();
                cb(runError(self, err));
                return;
            }
            self.bytesWritten = chunk.byteLength - self._writeState[1];
            self.close();
            cb(null, Buffer.from(ab));
        });
}

// ---- Zlib: the seven kinds -------------------------------------------------

var DEFLATE = constants.DEFLATE;
var INFLATE = constants.INFLATE;
var GZIP = constants.GZIP;
var GUNZIP = constants.GUNZIP;
var DEFLATERAW = constants.DEFLATERAW;
var INFLATERAW = constants.INFLATERAW;
var UNZIP = constants.UNZIP;

function Zlib(opts, mode) {
    var windowBits = constants.Z_DEFAULT_WINDOWBITS;
    var level = constants.Z_DEFAULT_COMPRESSION;
    var memLevel = constants.Z_DEFAULT_MEMLEVEL;
    var strategy = constants.Z_DEFAULT_STRATEGY;
    var dictionary;

    if (opts) {
        // For a decompressor, windowBits 0 means "as the header says".
        var inflating = mode === INFLATE || mode === GUNZIP || mode === UNZIP;
        if (inflating && (opts.windowBits === undefined ||
                opts.windowBits === null || opts.windowBits === 0)) {
            windowBits = 0;
        } else {
            // A gzip header cannot announce a 256-byte window.
            windowBits = rangeOption(opts.windowBits, 'options.windowBits',
                constants.Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0),
                constants.Z_MAX_WINDOWBITS, constants.Z_DEFAULT_WINDOWBITS);
        }
        level = rangeOption(opts.level, 'options.level',
            constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL,
            constants.Z_DEFAULT_COMPRESSION);
        memLevel = rangeOption(opts.memLevel, 'options.memLevel',
            constants.Z_MIN_MEMLEVEL, constants.Z_MAX_MEMLEVEL,
            constants.Z_DEFAULT_MEMLEVEL);
        strategy = rangeOption(opts.strategy, 'options.strategy',
            constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED,
            constants.Z_DEFAULT_STRATEGY);
        dictionary = opts.dictionary;
        if (dictionary !== undefined && !types.isArrayBufferView(dictionary)) {
            if (!types.isAnyArrayBuffer(dictionary)) {
                throw codes.ERR_INVALID_ARG_TYPE('options.dictionary',
                    ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                    dictionary);
            }
            dictionary = Buffer.from(dictionary);
        }
    }
    var settings = baseOptions(opts, Z_NO_FLUSH, Z_FINISH, Z_FULL_FLUSH);
    // Fractions are cut off, as Node's native side does.
    var handle = binding.create(mode, windowBits | 0, level | 0,
        memLevel | 0, strategy | 0, dictionary);
    this._writeState = new Uint32Array(2);
    ZlibBase.call(this, settings, handle);
    this._level = level;
    this._strategy = strategy;
}
Object.setPrototypeOf(Zlib.prototype, ZlibBase.prototype);
Object.setPrototypeOf(Zlib, ZlibBase);

// Change level and strategy mid-stream: flush what was written with the
// old ones first.
Zlib.prototype.params = function params(level, strategy, callback) {
    rangeOption(level, 'level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL);
    rangeOption(strategy, 'strategy', constants.Z_DEFAULT_STRATEGY,
        constants.Z_FIXED);
    if (this._level === level && this._strategy === strategy) {
        nextTick(callback);
        return;
    }
    var self = this;
    this.flush(Z_SYNC_FLUSH, function () {
        assertOpen(self);
        binding.params(self._handle, level | 0, strategy | 0);
        if (!self.destroyed) {
            self._level = level;
            self._strategy = strategy;
            if (callback) {
                callback();
            }
        }
    });
};

// The classes: constructors that also work without `new`.
function inherit(Ctor) {
    Object.setPrototypeOf(Ctor.prototype, Zlib.prototype);
    Object.setPrototypeOf(Ctor, Zlib);
}

function Deflate(opts) {
    if (!(this instanceof Deflate)) {
        return new Deflate(opts);
    }
    Zlib.call(this, opts, DEFLATE);
}
inherit(Deflate);

function Inflate(opts) {
    if (!(this instanceof Inflate)) {
        return new Inflate(opts);
    }
    Zlib.call(this, opts, INFLATE);
}
inherit(Inflate);

function Gzip(opts) {
    if (!(this instanceof Gzip)) {
        return new Gzip(opts);
    }
    Zlib.call(this, opts, GZIP);
}
inherit(Gzip);

function Gunzip(opts) {
    if (!(this instanceof Gunzip)) {
        return new Gunzip(opts);
    }
    Zlib.call(this, opts, GUNZIP);
}
inherit(Gunzip);

function DeflateRaw(opts) {
    if (!(this instanceof DeflateRaw)) {
        return new DeflateRaw(opts);
    }
    Zlib.call(this, opts, DEFLATERAW);
}
inherit(DeflateRaw);

function InflateRaw(opts) {
    if (!(this instanceof InflateRaw)) {
        return new InflateRaw(opts);
    }
    Zlib.call(this, opts, INFLATERAW);
}
inherit(InflateRaw);

function Unzip(opts) {
    if (!(this instanceof Unzip)) {
        return new Unzip(opts);
    }
    Zlib.call(this, opts, UNZIP);
}
inherit(Unzip);

module.exports = {
    Deflate: Deflate,
    Inflate: Inflate,
    Gzip: Gzip,
    Gunzip: Gunzip,
    DeflateRaw: DeflateRaw,
    InflateRaw: InflateRaw,
    Unzip: Unzip,
    processSync: processSync,
    processAsync: processAsync
};
