/*
 * internal/streams_readable_props: the read-only view of a Readable's state
 * (readableLength, readableFlowing, destroyed, ...), as accessor
 * properties on Readable.prototype.
 *
 * Each getter tolerates a missing `_readableState` (an object whose
 * constructor never ran Readable), answering what Node answers then.
 * The few setters (readable, readableFlowing, destroyed) exist because
 * Node has them and old code assigns them.
 */
'use strict';

function getter(fn) {
    return { get: fn, enumerable: false, configurable: true };
}

function define(Readable) {
    Object.defineProperties(Readable.prototype, {
        // Can data still come out? Not after the end, an error or destroy.
        readable: {
            get: function () {
                var r = this._readableState;
                return !!r && r.readable !== false && !r.destroyed &&
                    !r.errorEmitted && !r.endEmitted;
            },
            set: function (value) {
                if (this._readableState) {
                    this._readableState.readable = !!value;
                }
            },
            enumerable: false,
            configurable: true
        },
        readableDidRead: getter(function () {
            return this._readableState.dataEmitted;
        }),
        // Destroyed or errored before 'end'.
        readableAborted: getter(function () {
            var r = this._readableState;
            return !!(r.readable !== false && (r.destroyed || r.errored) &&
                !r.endEmitted);
        }),
        readableHighWaterMark: getter(function () {
            return this._readableState.highWaterMark;
        }),
        readableBuffer: getter(function () {
            return this._readableState && this._readableState.buffer;
        }),
        readableFlowing: {
            get: function () {
                return this._readableState.flowing;
            },
            set: function (value) {
                if (this._readableState) {
                    this._readableState.flowing = value;
                }
            },
            enumerable: false,
            configurable: true
        },
        readableLength: getter(function () {
            return this._readableState.length;
        }),
        readableObjectMode: getter(function () {
            return this._readableState ? this._readableState.objectMode :
                false;
        }),
        readableEncoding: getter(function () {
            return this._readableState ? this._readableState.encoding : null;
        }),
        errored: getter(function () {
            return this._readableState ? this._readableState.errored : null;
        }),
        closed: getter(function () {
            return this._readableState ? this._readableState.closed : false;
        }),
        destroyed: {
            get: function () {
                return this._readableState ?
                    this._readableState.destroyed : false;
            },
            set: function (value) {
                if (this._readableState) {
                    this._readableState.destroyed = value;
                }
            },
            enumerable: false,
            configurable: true
        },
        readableEnded: getter(function () {
            return this._readableState ? this._readableState.endEmitted :
                false;
        })
    });
}

module.exports = { define: define };
