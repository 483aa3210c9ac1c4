/*
 * internal/streams_pipe: Readable.prototype.pipe and unpipe.
 *
 * pipe(dest) makes the source flow and writes each 'data' chunk to dest.
 * Backpressure: when dest.write() returns false the source pauses and
 * remembers dest in `state.awaitDrainWriters`; dest's 'drain' resumes it
 * once no destination is waited for any more. A source piped to several
 * destinations keeps them in a Set (`state.multiAwaitDrain`) and flows at
 * the pace of the slowest.
 *
 * Each pipe removes all of its listeners (cleanup) when it ends: on
 * unpipe(), on the destination's 'close', 'finish' or 'error', and on the
 * source's 'end' (after ending the destination, unless {end: false}).
 * An 'error' on the destination unpipes and is re-thrown by emitting it
 * again when no other 'error' listener is left.
 */
'use strict';

var destroyImpl = require('internal/streams_destroy');
var util = require('internal/streams_util');

var nextTick = util.nextTick;

function pipe(dest, pipeOpts) {
    var src = this;
    var state = this._readableState;

    if (state.pipes.length === 1 && !state.multiAwaitDrain) {
        // A second destination: wait for drains in a Set from now on.
        state.multiAwaitDrain = true;
        var waiting = new Set();
        if (state.awaitDrainWriters) {
            waiting.add(state.awaitDrainWriters);
        }
        state.awaitDrainWriters = waiting;
    }
    state.pipes.push(dest);

    // process.stdout and process.stderr are never ended by a pipe.
    var doEnd = (!pipeOpts || pipeOpts.end !== false) &&
        dest._isStdio !== true;
    var endFn = doEnd ? onend : unpipe;
    if (state.endEmitted) {
        nextTick(endFn);
    } else {
        src.once('end', endFn);
    }

    dest.on('unpipe', onunpipe);
    function onunpipe(readable, unpipeInfo) {
        if (readable === src && unpipeInfo &&
                unpipeInfo.hasUnpiped === false) {
            unpipeInfo.hasUnpiped = true;
            cleanup();
        }
    }

    function onend() {
        dest.end();
    }

    var ondrain = null;
    var cleanedUp = false;
    function cleanup() {
        dest.removeListener('close', onclose);
        dest.removeListener('finish', onfinish);
        if (ondrain) {
            dest.removeListener('drain', ondrain);
        }
        dest.removeListener('error', onerror);
        dest.removeListener('unpipe', onunpipe);
        src.removeListener('end', onend);
        src.removeListener('end', unpipe);
        src.removeListener('data', ondata);
        cleanedUp = true;

        // If the source waits for this destination's 'drain', which will
        // now never be seen, stop waiting for it.
        if (ondrain && state.awaitDrainWriters &&
                (!dest._writableState || dest._writableState.needDrain)) {
            ondrain();
        }
    }

    function pause() {
        // After cleanup a write() that returned false must not pause the
        // source: this destination is gone.
        if (!cleanedUp) {
            if (state.pipes.length === 1 && state.pipes[0] === dest) {
                state.awaitDrainWriters = dest;
                state.multiAwaitDrain = false;
            } else if (state.pipes.length > 1 &&
                    state.pipes.indexOf(dest) >= 0) {
                state.awaitDrainWriters.add(dest);
            }
            src.pause();
        }
        if (!ondrain) {
            // Only now: a destination that never fills never gets a
            // 'drain' listener.
            ondrain = pipeOnDrain(src, dest);
            dest.on('drain', ondrain);
        }
    }

    src.on('data', ondata);
    function ondata(chunk) {
        if (dest.write(chunk) === false) {
            pause();
        }
    }

    function onerror(er) {
        unpipe();
        dest.removeListener('error', onerror);
        if (dest.listenerCount('error') === 0) {
            var s = dest._writableState || dest._readableState;
            if (s && !s.errorEmitted) {
                destroyImpl.errorOrDestroy(dest, er);
            } else {
                dest.emit('error', er);
            }
        }
    }
    // First, so it runs before listeners that might throw.
    util.prependListener(dest, 'error', onerror);

    function onclose() {
        dest.removeListener('finish', onfinish);
        unpipe();
    }
    dest.once('close', onclose);
    function onfinish() {
        dest.removeListener('close', onclose);
        unpipe();
    }
    dest.once('finish', onfinish);

    function unpipe() {
        src.unpipe(dest);
    }

    dest.emit('pipe', src);

    if (dest.writableNeedDrain === true) {
        pause();
    } else if (!state.flowing) {
        src.resume();
    }
    return dest;
}

// The 'drain' listener of one destination.
function pipeOnDrain(src, dest) {
    return function pipeOnDrainFunctionResult() {
        var state = src._readableState;
        if (state.awaitDrainWriters === dest) {
            state.awaitDrainWriters = null;
        } else if (state.multiAwaitDrain) {
            state.awaitDrainWriters['delete'](dest);
        }
        if ((!state.awaitDrainWriters ||
                state.awaitDrainWriters.size === 0) &&
                state.dataListening) {
            src.resume();
        }
    };
}

function unpipe(dest) {
    var state = this._readableState;
    var unpipeInfo = { hasUnpiped: false };

    if (state.pipes.length === 0) {
        return this;
    }

    if (!dest) {
        // Every destination.
        var dests = state.pipes;
        state.pipes = [];
        this.pause();
        for (var i = 0; i < dests.length; i++) {
            dests[i].emit('unpipe', this, { hasUnpiped: false });
        }
        return this;
    }

    var index = state.pipes.indexOf(dest);
    if (index === -1) {
        return this;
    }
    state.pipes.splice(index, 1);
    if (state.pipes.length === 0) {
        this.pause();
    }
    dest.emit('unpipe', this, unpipeInfo);
    return this;
}

function install(Readable) {
    Readable.prototype.pipe = pipe;
    Readable.prototype.unpipe = unpipe;
}

module.exports = { install: install };
