/*
 * internal/streams_duplex: stream.Duplex, a Readable that is also a
 * Writable, and stream.duplexPair().
 *
 * A Duplex has both states (`_readableState`, `_writableState`) and
 * inherits from Readable; the Writable methods and getters are copied onto
 * its prototype, and `instanceof Writable` answers true through
 * Writable[Symbol.hasInstance]. The two sides are independent except:
 * - allowHalfOpen false: the writable side is ended after 'end';
 * - autoDestroy destroys the stream only when both sides are done;
 * - destroy() and errors affect both sides ('error' and 'close' once).
 * Options readable: false / writable: false make that side start ended.
 */
'use strict';

var Readable = require('internal/streams_readable').Readable;
var Writable = require('internal/streams_writable').Writable;
var util = require('internal/streams_util');

function Duplex(options) {
    if (!(this instanceof Duplex)) {
        return new Duplex(options);
    }
    if (options && options.signal) {
        throw util.notSupported('The Duplex signal option');
    }
    Readable.call(this, options);
    Writable.call(this, options);

    if (options) {
        this.allowHalfOpen = options.allowHalfOpen !== false;
        if (options.readable === false) {
            var r = this._readableState;
            r.readable = false;
            r.ended = true;
            r.endEmitted = true;
        }
        if (options.writable === false) {
            var w = this._writableState;
            w.writable = false;
            w.ending = true;
            w.ended = true;
            w.finished = true;
        }
    } else {
        this.allowHalfOpen = true;
    }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// The writable side's methods, except what Readable already defines
// (on, pipe, _destroy, ...). destroy() is Writable's: it also fails the
// pending writes.
(function copyWritableSide() {
    var names = ['write', 'cork', 'uncork', 'setDefaultEncoding', '_write',
        '_writev', 'end', 'destroy', 'writable', 'writableHighWaterMark',
        'writableObjectMode', 'writableBuffer', 'writableLength',
        'writableFinished', 'writableCorked', 'writableEnded',
        'writableNeedDrain'];
    for (var i = 0; i < names.length; i++) {
        Object.defineProperty(Duplex.prototype, names[i],
            Object.getOwnPropertyDescriptor(Writable.prototype, names[i]));
    }
}());

// Destroyed means both sides are.
Object.defineProperty(Duplex.prototype, 'destroyed', {
    get: function () {
        if (this._readableState === undefined ||
                this._writableState === undefined) {
            return false;
        }
        return this._readableState.destroyed &&
            this._writableState.destroyed;
    },
    set: function (value) {
        if (this._readableState && this._writableState) {
            this._readableState.destroyed = value;
            this._writableState.destroyed = value;
        }
    },
    enumerable: false,
    configurable: true
});

Duplex.from = function from() {
    throw util.notSupported('Duplex.from()');
};
Duplex.fromWeb = function fromWeb() {
    throw util.notSupported('Duplex.fromWeb()');
};
Duplex.toWeb = function toWeb() {
    throw util.notSupported('Duplex.toWeb()');
};

// ---- duplexPair -------------------------------------------------------------

// One end of a duplexPair: what is written here is pushed on the other
// end, and the write completes when the other end's reader asks for more.
function DuplexSide(options) {
    Duplex.call(this, options);
    this.otherSide = null;
    this.pendingWrite = null;
}
Object.setPrototypeOf(DuplexSide.prototype, Duplex.prototype);

DuplexSide.prototype._read = function _read() {
    var callback = this.pendingWrite;
    if (callback) {
        this.pendingWrite = null;
        callback();
    }
};

DuplexSide.prototype._write = function _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
        util.nextTick(callback);
    } else {
        this.otherSide.push(chunk);
        this.otherSide.pendingWrite = callback;
    }
};

DuplexSide.prototype._final = function _final(callback) {
    this.otherSide.on('end', callback);
    this.otherSide.push(null);
};

function duplexPair(options) {
    var side0 = new DuplexSide(options);
    var side1 = new DuplexSide(options);
    side0.otherSide = side1;
    side1.otherSide = side0;
    return [side0, side1];
}

module.exports = { Duplex: Duplex, duplexPair: duplexPair };
