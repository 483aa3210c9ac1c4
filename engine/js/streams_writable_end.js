/*
 * internal/streams_writable_end: how a Writable ends (end(), _final,
 * 'prefinish' and 'finish'), plus destroy() and the writable* getters.
 *
 * The sequence after end(), as in Node 20:
 * 1. `state.ending` is set; once every write has called back
 *    (needFinish), `_final(cb)` is called, synchronously from the call
 *    that made the stream ready (end() itself, or the last write's
 *    callback).
 * 2. When _final calls back (or at once without _final), 'prefinish' is
 *    emitted.
 * 3. 'finish' follows on a nextTick, after the end() callbacks; then,
 *    with autoDestroy, destroy() (and so 'close') unless a readable side
 *    is still open.
 * An error from _final goes to the end() callbacks and destroys the
 * stream instead.
 */
'use strict';

var destroyImpl = require('internal/streams_destroy');
var util = require('internal/streams_util');

var codes = util.codes;
var nextTick = util.nextTick;
var errorOrDestroy = destroyImpl.errorOrDestroy;

// The end() callbacks waiting for 'finish' (or for the error that
// replaces it).
var kOnFinished = Symbol('kOnFinished');

// takeOnFinished(state): the callbacks waiting for 'finish', removed from
// the state (an empty array when there are none).
function takeOnFinished(state) {
    var waiting = state[kOnFinished];
    if (!waiting) {
        return [];
    }
    state[kOnFinished] = null;
    return waiting;
}

// onFinishedList(state): the state's list of callbacks waiting for
// 'finish', made on first use.
function onFinishedList(state) {
    if (!state[kOnFinished]) {
        state[kOnFinished] = [];
    }
    return state[kOnFinished];
}

// Everything is written and nothing went wrong: time to finish.
function needFinish(state) {
    return state.ending && !state.destroyed && state.constructed &&
        state.length === 0 && !state.errored &&
        state.buffered.length === 0 && !state.finished && !state.writing &&
        !state.errorEmitted && !state.closeEmitted;
}

// _final's callback, bound to { stream, state, called } (a closure would
// be a reference cycle in Duktape, left for mark-and-sweep, per stream).
function onFinal(err) {
    var stream = this.stream;
    var state = this.state;
    if (this.called) {
        errorOrDestroy(stream, err !== undefined && err !== null ? err :
            codes.ERR_MULTIPLE_CALLBACK());
        return;
    }
    this.called = true;
    state.pendingcb--;
    if (err) {
        var waiting = takeOnFinished(state);
        for (var i = 0; i < waiting.length; i++) {
            waiting[i](err);
        }
        errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
        state.prefinished = true;
        stream.emit('prefinish');
        // 'finish' is always later than _final's callback, even a
        // synchronous one: streams rely on that.
        state.pendingcb++;
        nextTick(finish, stream, state);
    }
}

function callFinal(stream, state) {
    var done = onFinal.bind({ stream: stream, state: state, called: false });
    state.sync = true;
    state.pendingcb++;
    try {
        stream._final(done);
    } catch (err) {
        done(err);
    }
    state.sync = false;
}

function prefinish(stream, state) {
    if (!state.prefinished && !state.finalCalled) {
        if (typeof stream._final === 'function' && !state.destroyed) {
            state.finalCalled = true;
            callFinal(stream, state);
        } else {
            state.prefinished = true;
            stream.emit('prefinish');
        }
    }
}

// Move towards 'finish' if the stream is ready; `sync` means we are inside
// end() and 'finish' must wait for a tick.
function finishMaybe(stream, state, sync) {
    if (!needFinish(state)) {
        return;
    }
    prefinish(stream, state);
    if (state.pendingcb !== 0) {
        return;
    }
    if (sync) {
        state.pendingcb++;
        nextTick(function () {
            if (needFinish(state)) {
                finish(stream, state);
            } else {
                state.pendingcb--;
            }
        });
    } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
    }
}

function finish(stream, state) {
    state.pendingcb--;
    state.finished = true;

    var waiting = takeOnFinished(state);
    for (var i = 0; i < waiting.length; i++) {
        waiting[i](null);
    }
    stream.emit('finish');

    if (state.autoDestroy) {
        // Destroy only when the readable side (if any) is done too.
        var r = stream._readableState;
        if (!r || (r.autoDestroy && (r.endEmitted || r.readable === false))) {
            stream.destroy();
        }
    }
}

function install(Writable, writeChunk, errorBuffer) {
    Writable.prototype.end = function end(chunk, encoding, cb) {
        var state = this._writableState;
        if (typeof chunk === 'function') {
            cb = chunk;
            chunk = null;
            encoding = null;
        } else if (typeof encoding === 'function') {
            cb = encoding;
            encoding = null;
        }

        var err;
        if (chunk !== null && chunk !== undefined) {
            var ret = writeChunk(this, chunk, encoding);
            if (ret instanceof Error) {
                err = ret;
            }
        }

        // end() undoes every cork() at once.
        if (state.corked) {
            state.corked = 1;
            this.uncork();
        }

        if (err) {
            // The write's error is the end's error.
        } else if (!state.errored && !state.ending) {
            state.ending = true;
            finishMaybe(this, state, true);
            state.ended = true;
        } else if (state.finished) {
            err = codes.ERR_STREAM_ALREADY_FINISHED('end');
        } else if (state.destroyed) {
            err = codes.ERR_STREAM_DESTROYED('end');
        }

        if (typeof cb === 'function') {
            if (err || state.finished) {
                nextTick(cb, err);
            } else if (state.errored) {
                // Failed already (perhaps inside this call, by _final):
                // 'finish' will never come.
                nextTick(cb, state.errored);
            } else {
                onFinishedList(state).push(cb);
            }
        }
        return this;
    };

    Writable.prototype._undestroy = destroyImpl.undestroy;
    Writable.prototype._destroy = function _destroy(err, cb) {
        cb(err);
    };
    Writable.prototype.destroy = function destroy(err, cb) {
        var state = this._writableState;
        // Pending write and end() callbacks learn of it on the next tick.
        if (!state.destroyed && (state.bufferedIndex < state.buffered.length ||
                (state[kOnFinished] && state[kOnFinished].length))) {
            nextTick(errorBuffer, state);
        }
        destroyImpl.destroy.call(this, err, cb);
        return this;
    };

    defineGetters(Writable.prototype);
}

function getter(fn) {
    return { get: fn, enumerable: false, configurable: true };
}

function defineGetters(proto) {
    Object.defineProperties(proto, {
        closed: getter(function () {
            return this._writableState ? this._writableState.closed : false;
        }),
        destroyed: {
            get: function () {
                return this._writableState ?
                    this._writableState.destroyed : false;
            },
            set: function (value) {
                if (this._writableState) {
                    this._writableState.destroyed = value;
                }
            },
            enumerable: false,
            configurable: true
        },
        // Can write() still be called?
        writable: {
            get: function () {
                var w = this._writableState;
                return !!w && w.writable !== false && !w.destroyed &&
                    !w.errored && !w.ending && !w.ended;
            },
            set: function (value) {
                if (this._writableState) {
                    this._writableState.writable = !!value;
                }
            },
            enumerable: false,
            configurable: true
        },
        writableFinished: getter(function () {
            return this._writableState ? this._writableState.finished : false;
        }),
        writableObjectMode: getter(function () {
            return this._writableState ? this._writableState.objectMode :
                false;
        }),
        writableBuffer: getter(function () {
            return this._writableState && this._writableState.getBuffer();
        }),
        writableEnded: getter(function () {
            return this._writableState ? this._writableState.ending : false;
        }),
        writableNeedDrain: getter(function () {
            var w = this._writableState;
            if (!w) {
                return false;
            }
            return !w.destroyed && !w.ending && w.needDrain;
        }),
        writableHighWaterMark: getter(function () {
            return this._writableState && this._writableState.highWaterMark;
        }),
        writableCorked: getter(function () {
            return this._writableState ? this._writableState.corked : 0;
        }),
        writableLength: getter(function () {
            return this._writableState && this._writableState.length;
        }),
        errored: getter(function () {
            return this._writableState ? this._writableState.errored : null;
        }),
        // Destroyed or errored before 'finish'.
        writableAborted: getter(function () {
            var w = this._writableState;
            return !!(w.writable !== false && (w.destroyed || w.errored) &&
                !w.finished);
        })
    });
}

module.exports = {
    kOnFinished: kOnFinished,
    takeOnFinished: takeOnFinished,
    finishMaybe: finishMaybe,
    install: install
};
