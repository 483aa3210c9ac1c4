/*
 * internal/streams_legacy: stream.Stream, the base of every stream class.
 *
 * Stream is an EventEmitter with the old (pre-streams2) pipe(): it moves
 * 'data' events to the destination, pauses the source when write() returns
 * false and resumes it on 'drain', and ends the destination on 'end'. Code
 * that builds its own streams on `Stream` directly still uses it; Readable
 * replaces it with the full pipe of internal/streams_pipe.
 *
 * An 'error' on either side ends the piping; it is re-emitted (and so
 * thrown) only when nobody else listens for it on that emitter.
 */
'use strict';

var EventEmitter = require('events');
var util = require('internal/streams_util');

function Stream(options) {
    EventEmitter.call(this, options);
}
Object.setPrototypeOf(Stream.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Stream, EventEmitter);

Stream.prototype.pipe = function pipe(dest, options) {
    var source = this;

    function ondata(chunk) {
        if (dest.writable && dest.write(chunk) === false && source.pause) {
            source.pause();
        }
    }

    function ondrain() {
        if (source.readable && source.resume) {
            source.resume();
        }
    }

    // The destination is ended (or destroyed, when the source closed
    // without ending) once.
    var didOnEnd = false;
    function onend() {
        if (didOnEnd) {
            return;
        }
        didOnEnd = true;
        dest.end();
    }

    function onclose() {
        if (didOnEnd) {
            return;
        }
        didOnEnd = true;
        if (typeof dest.destroy === 'function') {
            dest.destroy();
        }
    }

    function onerror(er) {
        cleanup();
        if (EventEmitter.listenerCount(this, 'error') === 0) {
            this.emit('error', er);
        }
    }

    function cleanup() {
        source.removeListener('data', ondata);
        dest.removeListener('drain', ondrain);
        source.removeListener('end', onend);
        source.removeListener('close', onclose);
        source.removeListener('error', onerror);
        dest.removeListener('error', onerror);
        source.removeListener('end', cleanup);
        source.removeListener('close', cleanup);
        dest.removeListener('close', cleanup);
    }

    source.on('data', ondata);
    dest.on('drain', ondrain);
    // process.stdout and process.stderr are never ended by a pipe.
    if (!dest._isStdio && (!options || options.end !== false)) {
        source.on('end', onend);
        source.on('close', onclose);
    }
    util.prependListener(source, 'error', onerror);
    util.prependListener(dest, 'error', onerror);
    source.on('end', cleanup);
    source.on('close', cleanup);
    dest.on('close', cleanup);
    dest.emit('pipe', source);
    return dest;
};

module.exports = { Stream: Stream };
