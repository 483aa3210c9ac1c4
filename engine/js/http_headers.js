/*
 * internal/http_headers: the header half of OutgoingMessage (see
 * internal/http_outgoing): the map of headers a response or request will
 * send, and the text of its head.
 *
 * install(OutgoingMessage) adds to its prototype:
 *   setHeader, appendHeader, getHeader, getHeaders, getHeaderNames,
 *   getRawHeaderNames, hasHeader, removeHeader, addTrailers, and
 *   _storeHeader(firstLine, headers), which makes msg._header from the
 *   first line and the header map (or a writeHead object, a flat array of
 *   name/value pairs, or an array of pairs), and decides as Node does:
 *   Connection (keep-alive, with Keep-Alive: timeout=N, or close), Date,
 *   and Content-Length, Transfer-Encoding: chunked or neither (the body
 *   then ends with the connection).
 *
 * Headers are kept as msg._outHeaders = { lowercased name: [name as
 * given, value] }, so lookups ignore case and the head keeps the caller's
 * spelling.  The headers that decide the framing (Connection,
 * Content-Length, Transfer-Encoding, Keep-Alive) are noticed in
 * storeLine as the head is written.
 */
'use strict';

var errors = require('internal/errors');
var common = require('internal/http_common');

var httpErrors = common.httpErrors;
var connCloseRe = /(?:^|\W)close(?:$|\W)/i;
var chunkedRe = /(?:^|\W)chunked(?:$|\W)/i;
var proto = {};

// ---- the header map ---------------------------------------------------------

function checkNotSent(msg, what) {
    if (msg._header !== null) {
        throw httpErrors.ERR_HTTP_HEADERS_SENT(what);
    }
}

proto.setHeader = function setHeader(name, value) {
    checkNotSent(this, 'set');
    common.validateHeaderName(name);
    common.validateHeaderValue(name, value);
    if (this._outHeaders === null) {
        this._outHeaders = Object.create(null);
    }
    this._outHeaders[name.toLowerCase()] = [name, value];
    return this;
};

proto.appendHeader = function appendHeader(name, value) {
    checkNotSent(this, 'append');
    common.validateHeaderName(name);
    common.validateHeaderValue(name, value);
    var key = name.toLowerCase();
    if (this._outHeaders === null) {
        this._outHeaders = Object.create(null);
    }
    var entry = this._outHeaders[key];
    if (entry === undefined) {
        this._outHeaders[key] = [name, value];
        return this;
    }
    var existing = Array.isArray(entry[1]) ? entry[1] : [entry[1]];
    entry[1] = existing.concat(value);
    return this;
};

proto.getHeader = function getHeader(name) {
    errors.validateString(name, 'name');
    if (this._outHeaders === null) {
        return undefined;
    }
    var entry = this._outHeaders[name.toLowerCase()];
    return entry === undefined ? undefined : entry[1];
};

proto.getHeaders = function getHeaders() {
    var out = Object.create(null);
    var key;
    if (this._outHeaders !== null) {
        for (key in this._outHeaders) {
            out[key] = this._outHeaders[key][1];
        }
    }
    return out;
};

proto.getHeaderNames = function getHeaderNames() {
    return this._outHeaders === null ? [] : Object.keys(this._outHeaders);
};

proto.getRawHeaderNames = function getRawHeaderNames() {
    var out = [];
    var key;
    if (this._outHeaders !== null) {
        for (key in this._outHeaders) {
            out.push(this._outHeaders[key][0]);
        }
    }
    return out;
};

proto.hasHeader = function hasHeader(name) {
    errors.validateString(name, 'name');
    return this._outHeaders !== null &&
        this._outHeaders[name.toLowerCase()] !== undefined;
};

proto.removeHeader = function removeHeader(name) {
    errors.validateString(name, 'name');
    checkNotSent(this, 'remove');
    var key = name.toLowerCase();
    if (key === 'connection') {
        this._removedConnection = true;
    } else if (key === 'content-length') {
        this._removedContLen = true;
    } else if (key === 'transfer-encoding') {
        this._removedTE = true;
    } else if (key === 'date') {
        this.sendDate = false;
    }
    if (this._outHeaders !== null) {
        delete this._outHeaders[key];
    }
};

// ---- the head's text --------------------------------------------------------

// Add one "name: value" line and note what it decides.
function storeLine(msg, state, name, value, validate) {
    if (validate) {
        common.validateHeaderValue(name, value);
    }
    state.header += name + ': ' + value + '\r\n';
    var key = name.length < 20 ? name.toLowerCase() : '';
    switch (key) {
    case 'connection':
        state.connection = true;
        msg._removedConnection = false;
        if (connCloseRe.test(value)) {
            msg._last = true;
        } else {
            msg.shouldKeepAlive = true;
        }
        break;
    case 'transfer-encoding':
        state.te = true;
        msg._removedTE = false;
        if (chunkedRe.test(value)) {
            msg.chunkedEncoding = true;
        }
        break;
    case 'content-length':
        state.contLen = true;
        msg._contentLength = +value;
        msg._removedContLen = false;
        break;
    case 'date':
    case 'expect':
    case 'trailer':
        state[key] = true;
        break;
    case 'keep-alive':
        msg._defaultKeepAlive = false;
        break;
    }
}

function storeHeader(msg, state, name, value, validate) {
    var i;
    if (validate) {
        common.validateHeaderName(name);
    }
    if (Array.isArray(value)) {
        if (value.length >= 2 && name.toLowerCase() === 'cookie') {
            storeLine(msg, state, name, value.join('; '), validate);
            return;
        }
        for (i = 0; i < value.length; i++) {
            storeLine(msg, state, name, value[i], validate);
        }
        return;
    }
    storeLine(msg, state, name, value, validate);
}

// What the headers given so far decided.  One object serves every call:
// _storeHeader runs to its end before another can start, and resets it
// first (a throw half-way leaves nothing that matters).
var state = {
    connection: false, contLen: false, te: false, date: false,
    expect: false, trailer: false, header: ''
};

// "Keep-Alive: timeout=5\r\n" for the last timeout and maximum asked.
var keepAliveMs = -1;
var keepAliveMax = -1;
var keepAliveLine = '';

function keepAliveHeader(ms, max) {
    if (ms !== keepAliveMs || max !== keepAliveMax) {
        keepAliveMs = ms;
        keepAliveMax = max;
        keepAliveLine = 'Keep-Alive: timeout=' + Math.floor(ms / 1000) +
            (max > 0 ? ', max=' + max : '') + '\r\n';
    }
    return keepAliveLine;
}

proto._storeHeader = function (firstLine, headers) {
    // A module variable costs Duktape a lookup by name at each use, so
    // this function, run for every message, reads it once.
    var st = state;
    var i, key;
    st.connection = false;
    st.contLen = false;
    st.te = false;
    st.date = false;
    st.expect = false;
    st.trailer = false;
    st.header = firstLine;
    if (headers) {
        if (headers === this._outHeaders) {
            for (key in headers) {
                storeHeader(this, st, headers[key][0], headers[key][1],
                    false);
            }
        } else if (Array.isArray(headers)) {
            if (headers.length && Array.isArray(headers[0])) {
                for (i = 0; i < headers.length; i++) {
                    storeHeader(this, st, headers[i][0], headers[i][1],
                        true);
                }
            } else {
                if (headers.length % 2 !== 0) {
                    throw errors.codes.ERR_INVALID_ARG_VALUE('headers',
                        headers);
                }
                for (i = 0; i < headers.length; i += 2) {
                    storeHeader(this, st, headers[i], headers[i + 1],
                        true);
                }
            }
        } else {
            for (key in headers) {
                if (Object.prototype.hasOwnProperty.call(headers, key)) {
                    storeHeader(this, st, key, headers[key], true);
                }
            }
        }
    }

    if (!st.date && this.sendDate) {
        st.header += common.utcDateLine();
    }

    if (!st.connection) {
        var sendKeepAlive = this.shouldKeepAlive &&
            (st.contLen || this.useChunkedEncodingByDefault || this.agent);
        if (sendKeepAlive && this.maxRequestsOnConnectionReached) {
            st.header += 'Connection: close\r\n';
        } else if (sendKeepAlive) {
            st.header += 'Connection: keep-alive\r\n';
            if (this._keepAliveTimeout && this._defaultKeepAlive) {
                st.header += keepAliveHeader(this._keepAliveTimeout,
                    this._maxRequestsPerSocket);
            }
        } else {
            this._last = true;
            st.header += 'Connection: close\r\n';
        }
    }

    if (!st.contLen && !st.te) {
        if (!this._hasBody) {
            this.chunkedEncoding = false;
        } else if (!this.useChunkedEncodingByDefault) {
            this._last = true;
        } else if (!st.trailer && !this._removedContLen &&
                typeof this._contentLength === 'number') {
            st.header += 'Content-Length: ' + this._contentLength + '\r\n';
        } else if (!this._removedTE) {
            st.header += 'Transfer-Encoding: chunked\r\n';
            this.chunkedEncoding = true;
        } else {
            this._last = true;
        }
    }

    if (this.chunkedEncoding !== true && st.trailer) {
        throw httpErrors.ERR_HTTP_TRAILER_INVALID();
    }
    this._header = st.header + '\r\n';
    this._headerSent = false;
    if (st.expect) {
        this._send('');
    }
};

proto.addTrailers = function addTrailers(headers) {
    var keys = Object.keys(headers);
    var i, name, value;
    this._trailer = '';
    for (i = 0; i < keys.length; i++) {
        if (Array.isArray(headers)) {
            name = headers[keys[i]][0];
            value = headers[keys[i]][1];
        } else {
            name = keys[i];
            value = headers[name];
        }
        if (typeof name !== 'string' || !name ||
                !common.checkIsHttpToken(name)) {
            throw httpErrors.ERR_INVALID_HTTP_TOKEN('Trailer name', name);
        }
        if (common.checkInvalidHeaderChar(String(value))) {
            throw httpErrors.ERR_INVALID_CHAR('trailer content', name);
        }
        this._trailer += name + ': ' + value + '\r\n';
    }
};

function install(OutgoingMessage) {
    var keys = Object.keys(proto);
    var i;
    for (i = 0; i < keys.length; i++) {
        OutgoingMessage.prototype[keys[i]] = proto[keys[i]];
    }
}

module.exports = { install: install };
