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
 * spelling.  The head's text is made in C (internalBinding('http_head'),
 * modules/http_head.c), which also notices the headers that decide the
 * framing (Connection, Content-Length, Transfer-Encoding, Keep-Alive).
 */
'use strict';

var errors = require('internal/errors');
var common = require('internal/http_common');

var httpErrors = common.httpErrors;
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

// The head is made in C (modules/http_head.c store(): the same steps this
// file once took in JS, line by line); bad input comes back as a
// description, turned here into Node's error.
proto._storeHeader = function (firstLine, headers) {
    var r = common.head.store(this, firstLine, headers);
    if (r !== 0) {
        this._storeResult(r, headers);
    }
};

// What store() said other than 0: 1, the head asked for an Expect and is
// sent now; or a description of bad input, thrown as Node's error.
proto._storeResult = function (r, headers) {
    if (r === 1) {
        this._send('');
    } else {
        throw headError(r, headers);
    }
};

function headError(r, headers) {
    switch (r[0]) {
    case 'token':
        return httpErrors.ERR_INVALID_HTTP_TOKEN('Header name', r[1]);
    case 'undefined':
        return httpErrors.ERR_HTTP_INVALID_HEADER_VALUE(undefined, r[1]);
    case 'char':
        return httpErrors.ERR_INVALID_CHAR('header content', r[1]);
    case 'odd':
        return errors.codes.ERR_INVALID_ARG_VALUE('headers', headers);
    default:
        return httpErrors.ERR_HTTP_TRAILER_INVALID();
    }
}

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
