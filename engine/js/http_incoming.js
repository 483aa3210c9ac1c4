/*
 * internal/http_incoming: IncomingMessage, a request as the server sees
 * it or a response as the client sees it.
 *
 * Interface (for http_server and the client):
 *   new IncomingMessage(socket)
 *   msg._setHead(rawHeaders, major, minor)   what the parser's onHead gave
 *   msg._pushBody(chunk)    a body chunk; false when the reader is full
 *                           (the caller then pauses the socket; _read
 *                           resumes it through msg._onRead if set)
 *   msg._finish(rawTrailers)  the message is complete
 *   msg._dump()             discard the body nobody reads (after the
 *                           response, so the connection can go on)
 *   msg._onRead             function (msg) called from _read, or null
 * Public: method, url, statusCode, statusMessage, httpVersion(Major/
 * Minor), headers, headersDistinct, rawHeaders, trailers,
 * trailersDistinct, rawTrailers, complete, aborted, upgrade, socket,
 * connection, setTimeout(); and everything of stream.Readable.
 *
 * Cheapness.  A request whose body nobody reads should cost little, so
 * the Readable machinery is made only when touched: `_readableState` is a
 * getter on the prototype that builds the state on first use, and the
 * `headers` object is built from rawHeaders on first read.  A message
 * that ends before anyone looked at it only records that it ended.
 *
 * headers and headersDistinct hold at most _maxHeadersCount pairs (the
 * server's maxHeadersCount, 2000 by default); rawHeaders holds them all.
 *
 * Duplicates, as Node joins them: set-cookie gathers an array; cookie
 * joins with "; "; a list of fields keeps only the first value
 * (content-type, content-length, host, ...); every other field joins
 * with ", ".  With joinDuplicateHeaders every field joins with ", ".
 */
'use strict';

var Readable = require('internal/streams_readable').Readable;
var ReadableState = require('internal/streams_readable').ReadableState;

// Fields whose duplicates Node drops.
var firstWins = {
    'age': true, 'authorization': true, 'content-length': true,
    'content-type': true, 'etag': true, 'expires': true, 'from': true,
    'host': true, 'if-modified-since': true, 'if-unmodified-since': true,
    'last-modified': true, 'location': true, 'max-forwards': true,
    'proxy-authorization': true, 'referer': true, 'retry-after': true,
    'server': true, 'user-agent': true
};

// As for OutgoingMessage: defaults live on the prototype (below), and
// the EventEmitter fields are made by the first on().
// (The http server's parser makes its requests without calling this
// constructor or _setHead, taking their steps itself: modules/
// http_request.c, nd__http_make_request.  Keep the two in step.)
function IncomingMessage(socket) {
    this.socket = socket;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

// The defaults of a new message; rawHeaders and rawTrailers are arrays
// of the message's own, made when first read.
IncomingMessage.prototype.httpVersionMajor = null;
IncomingMessage.prototype.httpVersionMinor = null;
IncomingMessage.prototype.httpVersion = null;
IncomingMessage.prototype.complete = false;
IncomingMessage.prototype.joinDuplicateHeaders = false;
IncomingMessage.prototype.aborted = false;
IncomingMessage.prototype.upgrade = null;
IncomingMessage.prototype.url = '';
IncomingMessage.prototype.method = null;
IncomingMessage.prototype.statusCode = null;
IncomingMessage.prototype.statusMessage = null;
IncomingMessage.prototype._headers = null;
IncomingMessage.prototype._trailers = null;
IncomingMessage.prototype._consuming = false;
IncomingMessage.prototype._dumped = false;
IncomingMessage.prototype._ended = false;
IncomingMessage.prototype._stateMade = false; // _readableState is its own
IncomingMessage.prototype._onRead = null;

function ownArray(name, key) {
    Object.defineProperty(IncomingMessage.prototype, name, {
        configurable: true,
        get: function () {
            if (this[key] === null) {
                this[key] = [];
            }
            return this[key];
        },
        set: function (v) { this[key] = v; }
    });
}
IncomingMessage.prototype._maxHeadersCount = 2000; // pairs in headers
IncomingMessage.prototype._rawHeaders = null;
IncomingMessage.prototype._rawTrailers = null;
ownArray('rawHeaders', '_rawHeaders');
ownArray('rawTrailers', '_rawTrailers');

// The Readable state, made on first use (see the file comment).
Object.defineProperty(IncomingMessage.prototype, '_readableState', {
    configurable: true,
    get: function () {
        var state = new ReadableState(undefined, this, false);
        this._stateMade = true;
        Object.defineProperty(this, '_readableState', {
            value: state, writable: true, configurable: true,
            enumerable: false
        });
        if (this._ended) {
            this.push(null);
        }
        return state;
    },
    set: function (state) {
        this._stateMade = true;
        Object.defineProperty(this, '_readableState', {
            value: state, writable: true, configurable: true,
            enumerable: false
        });
    }
});

Object.defineProperty(IncomingMessage.prototype, 'connection', {
    configurable: true,
    get: function () { return this.socket; },
    set: function (v) { this.socket = v; }
});

function buildHeaders(raw, join, maxPairs) {
    var out = {};
    var n = Math.min(raw.length, 2 * maxPairs);
    var i, key, value, prev;
    for (i = 0; i + 1 < n; i += 2) {
        key = raw[i].toLowerCase();
        value = raw[i + 1];
        prev = out[key];
        if (prev === undefined) {
            out[key] = key === 'set-cookie' ? [value] : value;
        } else if (key === 'set-cookie') {
            prev.push(value);
        } else if (join) {
            out[key] = prev + ', ' + value;
        } else if (key === 'cookie') {
            out[key] = prev + '; ' + value;
        } else if (!firstWins[key]) {
            out[key] = prev + ', ' + value;
        }
    }
    return out;
}

function buildDistinct(raw, maxPairs) {
    var out = {};
    var n = Math.min(raw.length, 2 * maxPairs);
    var i, key;
    for (i = 0; i + 1 < n; i += 2) {
        key = raw[i].toLowerCase();
        if (out[key] === undefined) {
            out[key] = [raw[i + 1]];
        } else {
            out[key].push(raw[i + 1]);
        }
    }
    return out;
}

Object.defineProperty(IncomingMessage.prototype, 'headers', {
    configurable: true,
    get: function () {
        if (this._headers === null) {
            this._headers = buildHeaders(this.rawHeaders,
                this.joinDuplicateHeaders, this._maxHeadersCount);
        }
        return this._headers;
    },
    set: function (v) { this._headers = v; }
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
    configurable: true,
    get: function () {
        return buildDistinct(this.rawHeaders, this._maxHeadersCount);
    }
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
    configurable: true,
    get: function () {
        if (this._trailers === null) {
            this._trailers = buildHeaders(this.rawTrailers,
                this.joinDuplicateHeaders, this._maxHeadersCount);
        }
        return this._trailers;
    },
    set: function (v) { this._trailers = v; }
});

Object.defineProperty(IncomingMessage.prototype, 'trailersDistinct', {
    configurable: true,
    get: function () {
        return buildDistinct(this.rawTrailers, this._maxHeadersCount);
    }
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
    if (callback) {
        this.on('timeout', callback);
    }
    this.socket.setTimeout(msecs);
    return this;
};

IncomingMessage.prototype._setHead = function (rawHeaders, major, minor) {
    this._rawHeaders = rawHeaders; // what the rawHeaders setter does
    this.httpVersionMajor = major;
    this.httpVersionMinor = minor;
    this.httpVersion = major === 1 && minor === 1 ? '1.1' :
        major + '.' + minor;
};

IncomingMessage.prototype._pushBody = function (chunk) {
    if (this._dumped) {
        return true;
    }
    return this.push(chunk);
};

// (The http server's parser takes these steps itself for a request
// without trailers: modules/http_request.c, nd__http_finish_request.)
IncomingMessage.prototype._finish = function (rawTrailers) {
    if (rawTrailers !== undefined) {
        this.rawTrailers = rawTrailers;
        this._trailers = null;
    }
    this.complete = true;
    if (this._stateMade) {
        this.push(null);
    } else {
        this._ended = true;
    }
};

IncomingMessage.prototype._read = function _read(n) {
    this._consuming = true;
    if (this._onRead !== null) {
        this._onRead(this);
    }
};

// Node: a message destroyed before it was complete is aborted (and
// takes its socket down); the error is emitted only if someone listens.
function onDestroyed(msg, err, cb) {
    cb(msg.listenerCount('error') === 0 ? undefined : err);
}

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
    if (!this.readableEnded || !this.complete) {
        this.aborted = true;
        this.emit('aborted');
    }
    if (this.socket && !this.socket.destroyed && this.aborted) {
        this.socket.destroy(err);
    }
    process.nextTick(onDestroyed, this, err, cb);
};

// A message nobody reads and nobody listens to, whose body is over,
// needs no stream at all: it is only marked dumped.
// The server's finish (modules/http_end.c, dump_request) takes the first
// road below itself, for the usual request (untouched, ended, unheard):
// keep the two in step.
IncomingMessage.prototype._dump = function _dump() {
    if (this._dumped) {
        return;
    }
    this._dumped = true;
    if (!this._stateMade &&
            this._ended && this._eventsCount === 0) {
        return;
    }
    this.removeAllListeners('data');
    this.resume();
};

module.exports = { IncomingMessage: IncomingMessage };
