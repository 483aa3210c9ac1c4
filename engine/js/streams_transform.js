/*
 * internal/streams_transform: stream.Transform and stream.PassThrough.
 *
 * A Transform is a Duplex whose writable side feeds `_transform(chunk,
 * encoding, cb)`, which pushes output to the readable side (through
 * this.push or cb(null, data)). When the readable side is full the write
 * callback is held back (`this[kCallback]`) until the reader asks for more
 * (_read), which is how backpressure crosses from reader to writer.
 * On end(), `_flush(cb)` may push a last piece of output before the
 * readable side ends; it runs as the writable side's _final.
 *
 * PassThrough is the Transform that passes every chunk on unchanged.
 */
'use strict';

var Duplex = require('internal/streams_duplex').Duplex;
var util = require('internal/streams_util');

var kCallback = Symbol('kCallback');

function copyOptions(options) {
    var out = {};
    for (var key in options) {
        out[key] = options[key];
    }
    return out;
}

function Transform(options) {
    if (!(this instanceof Transform)) {
        return new Transform(options);
    }

    // A readable side that buffers nothing would otherwise still buffer
    // a whole highWaterMark on the writable side: buffer on neither.
    var readableHighWaterMark = options ?
        util.getHighWaterMark(!!(options.objectMode ||
            options.readableObjectMode), options, 'readableHighWaterMark',
            true) : null;
    if (readableHighWaterMark === 0) {
        options = copyOptions(options);
        options.highWaterMark = null;
        options.readableHighWaterMark = readableHighWaterMark;
        options.writableHighWaterMark = options.writableHighWaterMark || 0;
    }

    Duplex.call(this, options);

    // Output is pushed from _write, never inside _read: so it may be
    // emitted as 'data' at once.
    this._readableState.sync = false;
    this[kCallback] = null;

    if (options) {
        if (typeof options.transform === 'function') {
            this._transform = options.transform;
        }
        if (typeof options.flush === 'function') {
            this._flush = options.flush;
        }
    }

    // A subclass that overrides _final (and so never runs final() below)
    // still gets its flush when the writable side has finished.
    this.on('prefinish', prefinish);
}
Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

// Run _flush (if any), push its output, then end the readable side.
function final(cb) {
    var self = this;
    if (typeof this._flush === 'function' && !this.destroyed) {
        this._flush(function (er, data) {
            if (er) {
                if (cb) {
                    cb(er);
                } else {
                    self.destroy(er);
                }
                return;
            }
            if (data !== null && data !== undefined) {
                self.push(data);
            }
            self.push(null);
            if (cb) {
                cb();
            }
        });
    } else {
        this.push(null);
        if (cb) {
            cb();
        }
    }
}

function prefinish() {
    if (this._final !== final) {
        final.call(this);
    }
}

Transform.prototype._final = final;

Transform.prototype._transform = function _transform(chunk, encoding, cb) {
    throw util.codes.ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function _write(chunk, encoding, callback) {
    this._transform(chunk, encoding, afterTransform(this, callback));
};

// The callback _transform gets for one chunk.  It is made here, not in
// _write, so that its scope does not hold the chunk: in Duktape a closure
// is in a reference cycle and lives until the next mark-and-sweep, and
// with it everything its scope holds (a large copy would keep every chunk
// in memory until then).
function afterTransform(self, callback) {
    var rState = self._readableState;
    var wState = self._writableState;
    var length = rState.length;

    return function (err, val) {
        if (err) {
            callback(err);
            return;
        }
        if (val !== null && val !== undefined) {
            self.push(val);
        }
        if (rState.ended) {
            // _transform pushed null: let that settle (the readable side
            // ends) before the next chunk comes.
            util.nextTick(callback);
        } else if (wState.ended || length === rState.length ||
                rState.length < rState.highWaterMark) {
            // Take the next chunk now unless this one filled the readable
            // side; then wait for _read.
            callback();
        } else {
            self[kCallback] = callback;
        }
    };
}

Transform.prototype._read = function _read() {
    if (this[kCallback]) {
        var callback = this[kCallback];
        this[kCallback] = null;
        callback();
    }
};

function PassThrough(options) {
    if (!(this instanceof PassThrough)) {
        return new PassThrough(options);
    }
    Transform.call(this, options);
}
Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

PassThrough.prototype._transform = function _transform(chunk, enc, cb) {
    cb(null, chunk);
};

module.exports = { Transform: Transform, PassThrough: PassThrough };
