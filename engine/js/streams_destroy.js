/*
 * internal/streams_destroy: how a stream is constructed asynchronously,
 * destroyed, and how an error reaches its 'error' event.
 *
 * These functions work on any stream with a `_readableState`, a
 * `_writableState`, or both (a Duplex); each state has the fields
 * `constructed`, `destroyed`, `closed`, `closeEmitted`, `errored`,
 * `errorEmitted`, `emitClose` and `autoDestroy`.
 *
 * Invariants, as in Node 20:
 * - destroy() runs `_destroy` once; later calls only call their callback.
 * - 'error' is emitted at most once per stream, always from a nextTick,
 *   and 'close' (when emitClose) comes after it, in the same tick.
 * - While `_construct` has not called back, destroy() waits for it; the
 *   stream's other work waits too (the states' `constructed` is false).
 * - errorOrDestroy() destroys when autoDestroy is set, and otherwise only
 *   records the error and emits it.
 */
'use strict';

var util = require('internal/streams_util');

var nextTick = util.nextTick;
var codes = util.codes;

// Internal events: construction finished, and a destroy() that waited for
// construction may go ahead.
var kConstruct = Symbol('kConstruct');
var kDestroy = Symbol('kDestroy');

// Remember the first error on each side.
function recordError(err, w, r) {
    if (err) {
        if (w && !w.errored) {
            w.errored = err;
        }
        if (r && !r.errored) {
            r.errored = err;
        }
    }
}

// stream.destroy([err][, cb])
function destroy(err, cb) {
    var r = this._readableState;
    var w = this._writableState;
    var s = w || r;

    if ((w && w.destroyed) || (r && r.destroyed)) {
        if (typeof cb === 'function') {
            cb();
        }
        return this;
    }

    recordError(err, w, r);
    if (w) {
        w.destroyed = true;
    }
    if (r) {
        r.destroyed = true;
    }

    if (!s.constructed) {
        this.once(kDestroy, function (er) {
            runDestroy(this, er || err, cb);
        });
    } else {
        runDestroy(this, err, cb);
    }
    return this;
}

// _destroy's callback: a function bound to { self, cb, called } rather
// than a closure, which in Duktape is a reference cycle (function and
// prototype) left for mark-and-sweep, once per destroyed stream.
function onDestroy(er) {
    var self = this.self;
    var cb = this.cb;
    if (this.called) {
        return;
    }
    this.called = true;
    var r = self._readableState;
    var w = self._writableState;
    recordError(er, w, r);
    if (w) {
        w.closed = true;
    }
    if (r) {
        r.closed = true;
    }
    if (typeof cb === 'function') {
        cb(er);
    }
    if (er) {
        nextTick(emitErrorCloseNT, self, er);
    } else {
        nextTick(emitCloseNT, self);
    }
}

function runDestroy(self, err, cb) {
    var done = onDestroy.bind({ self: self, cb: cb, called: false });
    try {
        self._destroy(err || null, done);
    } catch (thrown) {
        done(thrown);
    }
}

function emitErrorCloseNT(self, err) {
    emitErrorNT(self, err);
    emitCloseNT(self);
}

function emitCloseNT(self) {
    var r = self._readableState;
    var w = self._writableState;
    if (w) {
        w.closeEmitted = true;
    }
    if (r) {
        r.closeEmitted = true;
    }
    if ((w && w.emitClose) || (r && r.emitClose)) {
        self.emit('close');
    }
}

function emitErrorNT(self, err) {
    var r = self._readableState;
    var w = self._writableState;
    if ((w && w.errorEmitted) || (r && r.errorEmitted)) {
        return;
    }
    if (w) {
        w.errorEmitted = true;
    }
    if (r) {
        r.errorEmitted = true;
    }
    self.emit('error', err);
}

// stream._undestroy(): back to a fresh, constructed state. A side that was
// made not readable / not writable stays ended.
function undestroy() {
    var r = this._readableState;
    var w = this._writableState;
    if (r) {
        r.constructed = true;
        r.closed = false;
        r.closeEmitted = false;
        r.destroyed = false;
        r.errored = null;
        r.errorEmitted = false;
        r.reading = false;
        r.ended = r.readable === false;
        r.endEmitted = r.readable === false;
    }
    if (w) {
        w.constructed = true;
        w.destroyed = false;
        w.closed = false;
        w.closeEmitted = false;
        w.errored = null;
        w.errorEmitted = false;
        w.finalCalled = false;
        w.prefinished = false;
        w.ended = w.writable === false;
        w.ending = w.writable === false;
        w.finished = w.writable === false;
    }
}

// Report an error found by the stream machinery itself. With autoDestroy
// the stream is destroyed with it; otherwise it is recorded and emitted,
// on the next tick when `sync` says we are inside the caller's call.
function errorOrDestroy(stream, err, sync) {
    var r = stream._readableState;
    var w = stream._writableState;
    if ((w && w.destroyed) || (r && r.destroyed)) {
        return;
    }
    if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
        stream.destroy(err);
    } else if (err) {
        recordError(err, w, r);
        if (sync) {
            nextTick(emitErrorNT, stream, err);
        } else {
            emitErrorNT(stream, err);
        }
    }
}

// Run stream._construct (if any) on the next tick, then `cb`. Until it
// calls back, both states say constructed: false.
function construct(stream, cb) {
    if (typeof stream._construct !== 'function') {
        return;
    }
    var r = stream._readableState;
    var w = stream._writableState;
    if (r) {
        r.constructed = false;
    }
    if (w) {
        w.constructed = false;
    }
    stream.once(kConstruct, cb);
    if (stream.listenerCount(kConstruct) > 1) {
        return;
    }
    nextTick(constructNT, stream);
}

function constructNT(stream) {
    var called = false;

    function onConstruct(err) {
        if (called) {
            errorOrDestroy(stream, err !== undefined && err !== null ? err :
                codes.ERR_MULTIPLE_CALLBACK());
            return;
        }
        called = true;
        var r = stream._readableState;
        var w = stream._writableState;
        var s = w || r;
        if (r) {
            r.constructed = true;
        }
        if (w) {
            w.constructed = true;
        }
        if (s.destroyed) {
            stream.emit(kDestroy, err);
        } else if (err) {
            errorOrDestroy(stream, err, true);
        } else {
            nextTick(emitConstructNT, stream);
        }
    }

    try {
        stream._construct(function (err) {
            nextTick(onConstruct, err);
        });
    } catch (err) {
        nextTick(onConstruct, err);
    }
}

function emitConstructNT(stream) {
    stream.emit(kConstruct);
}

// An AbortError, as pipeline and destroyer use it.
function abortError(cause) {
    var err = new Error('The operation was aborted');
    err.name = 'AbortError';
    err.code = 'ABORT_ERR';
    if (cause !== undefined) {
        err.cause = cause;
    }
    return err;
}

// Destroy any stream-like object the best way it offers (pipeline and
// stream.destroy use this on streams they did not make).
function destroyer(stream, err) {
    if (!stream || util.isDestroyed(stream)) {
        return;
    }
    if (!err && !util.isFinished(stream)) {
        err = abortError();
    }
    if (typeof stream.destroy === 'function') {
        stream.destroy(err);
    } else if (typeof stream.close === 'function') {
        stream.close();
    } else if (err) {
        nextTick(function () {
            stream.emit('error', err);
        });
    } else {
        nextTick(function () {
            stream.emit('close');
        });
    }
}

module.exports = {
    kConstruct: kConstruct,
    kDestroy: kDestroy,
    destroy: destroy,
    undestroy: undestroy,
    errorOrDestroy: errorOrDestroy,
    construct: construct,
    destroyer: destroyer,
    abortError: abortError
};
