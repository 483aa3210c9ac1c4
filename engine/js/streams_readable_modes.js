/*
 * internal/streams_readable_modes: how a Readable switches between paused
 * and flowing mode (the 'data' and 'readable' listeners, pause(),
 * resume(), isPaused()), and setEncoding().
 *
 * state.flowing is null until someone asks, true while flowing, false when
 * paused (by pause() or by a 'readable' listener). state.paused remembers
 * an explicit pause()/resume(), which a later 'data' listener respects.
 * A 'readable' listener wins over 'data' listeners: while one is attached
 * resume() is remembered (resumeScheduled) but the stream stays paused.
 * Removing listeners is looked at on the next tick, so the common
 * once('readable') re-subscription does not flip modes in between.
 *
 * The flags follow Node 20 exactly, including its quirks: `dataListening`
 * is cleared by removeListener('data') but not by removeAllListeners, and
 * adding a 'data' listener only ever sets readableListening.
 */
'use strict';

var Stream = require('internal/streams_legacy').Stream;
var util = require('internal/streams_util');
var StringDecoder = require('string_decoder').StringDecoder;

var nextTick = util.nextTick;

// While flowing, read() emits each chunk as 'data'.
function flow(stream) {
    var state = stream._readableState;
    while (state.flowing && stream.read() !== null) {
        // read() did the work.
    }
}

// `emitReadable` is the Readable's scheduler of 'readable' events.
function install(Readable, emitReadable) {
    var proto = Readable.prototype;

    proto.on = function on(ev, fn) {
        var res = Stream.prototype.on.call(this, ev, fn);
        var state = this._readableState;

        if (ev === 'data') {
            state.dataListening = true;
            // A 'readable' listener keeps the stream paused; otherwise a
            // 'data' listener starts it flowing unless pause() was called.
            if (this.listenerCount('readable') > 0) {
                state.readableListening = true;
            }
            if (state.flowing !== false) {
                this.resume();
            }
        } else if (ev === 'readable') {
            if (!state.endEmitted && !state.readableListening) {
                state.readableListening = state.needReadable = true;
                state.flowing = false;
                state.emittedReadable = false;
                if (state.length) {
                    emitReadable(this);
                } else if (!state.reading) {
                    nextTick(readZero, this);
                }
            }
        }
        return res;
    };
    proto.addListener = proto.on;

    proto.removeListener = function removeListener(ev, fn) {
        var res = Stream.prototype.removeListener.call(this, ev, fn);
        if (ev === 'readable') {
            // On the next tick: the listener may be re-added at once, as
            // once('readable') does.
            nextTick(updateReadableListening, this);
        } else if (ev === 'data' && this.listenerCount('data') === 0) {
            this._readableState.dataListening = false;
        }
        return res;
    };
    proto.off = proto.removeListener;

    proto.removeAllListeners = function removeAllListeners(ev) {
        var res = Stream.prototype.removeAllListeners.apply(this, arguments);
        if (ev === 'readable' || ev === undefined) {
            nextTick(updateReadableListening, this);
        }
        return res;
    };

    function updateReadableListening(self) {
        var state = self._readableState;
        state.readableListening = self.listenerCount('readable') > 0;
        if (state.resumeScheduled && state.paused === false) {
            // resume() was called while 'readable' listeners existed.
            state.flowing = true;
        } else if (state.dataListening) {
            self.resume();
        } else if (!state.readableListening) {
            state.flowing = null;
        }
    }

    function readZero(self) {
        self.read(0);
    }

    proto.resume = function resume() {
        var state = this._readableState;
        if (!state.flowing) {
            // With 'readable' listeners resume() is remembered but does not
            // start the flow.
            state.flowing = !state.readableListening;
            if (!state.resumeScheduled) {
                state.resumeScheduled = true;
                nextTick(resumeNow, this, state);
            }
        }
        state.paused = false;
        return this;
    };

    function resumeNow(stream, state) {
        if (!state.reading) {
            stream.read(0);
        }
        state.resumeScheduled = false;
        stream.emit('resume');
        flow(stream);
        if (state.flowing && !state.reading) {
            stream.read(0);
        }
    }

    proto.pause = function pause() {
        var state = this._readableState;
        if (state.flowing !== false) {
            state.flowing = false;
            this.emit('pause');
        }
        state.paused = true;
        return this;
    };

    proto.isPaused = function isPaused() {
        var state = this._readableState;
        return state.paused === true || state.flowing === false;
    };

    proto.setEncoding = function setEncoding(encoding) {
        var decoder = new StringDecoder(encoding);
        var state = this._readableState;
        state.decoder = decoder;
        state.encoding = decoder.encoding;

        // Decode what is already buffered, so the buffer is all strings.
        var content = '';
        var chunks = state.buffer.toArray();
        for (var i = 0; i < chunks.length; i++) {
            content += decoder.write(chunks[i]);
        }
        state.buffer.clear();
        if (content !== '') {
            state.buffer.push(content);
        }
        state.length = content.length;
        return this;
    };
}

module.exports = { flow: flow, install: install };
