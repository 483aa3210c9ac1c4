/*
 * internal/http_response: ServerResponse, what a request handler answers
 * with: an OutgoingMessage (internal/http_outgoing) that knows its
 * request, writes a status line, and takes the socket in turn when
 * requests are pipelined.
 *
 * Interface for internal/http_server:
 *   new ServerResponse(req)   HEAD and HTTP/1.0 requests decide the
 *                             framing (no body; no chunking, no keep-alive)
 *   res.assignSocket(socket)  the socket is this response's now: what was
 *                             written before goes out
 *   res.detachSocket(socket)  the response is done with it
 *   res._expect_continue      the request asked for 100-continue
 * Public: statusCode, statusMessage, writeHead(code[, message][,
 * headers]), writeContinue, writeProcessing, req, and all of
 * OutgoingMessage.
 */
'use strict';

var errors = require('internal/errors');
var common = require('internal/http_common');
var OutgoingMessage = require('internal/http_outgoing').OutgoingMessage;

var httpErrors = common.httpErrors;
var STATUS_CODES = common.STATUS_CODES;
var chunkedRe = /(?:^|\W)chunked(?:$|\W)/i;

// (The http server's parser makes its responses to HTTP/1.1 requests
// other than HEAD without calling this constructor, and gives a new
// response the server's socket without calling assignSocket, taking
// their steps itself: modules/http_request.c, nd__http_make_response.
// Keep the two in step.)
function ServerResponse(req, options) {
    this.outputData = []; // all OutgoingMessage's constructor does
    this.req = req;
    if (req.method === 'HEAD') {
        this._hasBody = false;
    }
    if (req.httpVersionMajor < 1 ||
            (req.httpVersionMajor === 1 && req.httpVersionMinor < 1)) {
        this.useChunkedEncodingByDefault = chunkedRe.test(req.headers.te);
        this.shouldKeepAlive = false;
    }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

// The defaults of a new response (see OutgoingMessage).
ServerResponse.prototype.sendDate = true;
ServerResponse.prototype._sent100 = false;
ServerResponse.prototype._expect_continue = false;
ServerResponse.prototype._conn = null;
ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;

// The socket closed under the response that owns it.  An http server's
// socket calls this from its one 'close' listener (internal/http_server);
// any other socket gets a listener of its own.
function onServerResponseClose() {
    var msg = this._httpMessage;
    if (msg) {
        msg.destroyed = true;
        msg._closed = true;
        msg.emit('close');
    }
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
    socket._httpMessage = this;
    if (!socket._httpConn) {
        socket.on('close', onServerResponseClose);
    }
    this.socket = socket;
    if (this._events !== undefined) { // nobody listens: spare the call
        this.emit('socket', socket);
    }
    if (this.outputData.length !== 0 || this.finished) {
        this._flush(); // a new response has nothing to send yet
    }
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
    if (!socket._httpConn) {
        socket.removeListener('close', onServerResponseClose);
    }
    socket._httpMessage = null;
    this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
    this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
    this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
    this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
    this.writeHead(this.statusCode);
};

// writeHead()'s usual call (a numeric code, no message of its own, no
// headers set before) is done in C: ServerResponse.prototype.writeHead is
// modules/http_head.c's writeHead(); every other call goes on to
// writeHeadLong below.
var writeHead = common.head.writeHead;
writeHead.statusCodes = STATUS_CODES;

function writeHeadLong(statusCode, reason, obj) {
    if (this._header !== null) {
        throw httpErrors.ERR_HTTP_HEADERS_SENT('write');
    }
    var original = statusCode;
    var i, keys, headers;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) {
        throw httpErrors.ERR_HTTP_INVALID_STATUS_CODE(original);
    }
    if (typeof reason === 'string') {
        this.statusMessage = reason;
    } else {
        if (!this.statusMessage) {
            this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
        }
        if (obj === undefined || obj === null) {
            obj = reason;
        }
    }
    this.statusCode = statusCode;
    if (this._outHeaders !== null) {
        // Headers set before, and more given here: merge them.
        if (Array.isArray(obj)) {
            if (obj.length % 2 !== 0) {
                throw errors.codes.ERR_INVALID_ARG_VALUE('headers', obj);
            }
            for (i = 0; i < obj.length; i += 2) {
                if (obj[i]) {
                    this.setHeader(obj[i], obj[i + 1]);
                }
            }
        } else if (obj) {
            keys = Object.keys(obj);
            for (i = 0; i < keys.length; i++) {
                if (keys[i]) {
                    this.setHeader(keys[i], obj[keys[i]]);
                }
            }
        }
        headers = this._outHeaders;
    } else {
        headers = obj;
    }
    if (this.statusMessage !== STATUS_CODES[statusCode] &&
            common.checkInvalidHeaderChar(this.statusMessage)) {
        throw httpErrors.ERR_INVALID_CHAR('statusMessage');
    }
    if (statusCode === 204 || statusCode === 304 ||
            (statusCode >= 100 && statusCode <= 199)) {
        this._hasBody = false;
    }
    if (this._expect_continue && !this._sent100) {
        this.shouldKeepAlive = false;
    }
    this._storeHeader(statusLine(statusCode, this.statusMessage), headers);
    return this;
}
writeHead.long = writeHeadLong;
ServerResponse.prototype.writeHead = writeHead;

// "HTTP/1.1 200 OK\r\n".  The line of a code with its usual message is
// made once and kept: joining four strings costs more than the rest of
// writeHead() (Duktape interns every string it makes).
var statusLines = {};

function statusLine(statusCode, message) {
    if (message === STATUS_CODES[statusCode]) {
        var line = statusLines[statusCode];
        if (line === undefined) {
            line = 'HTTP/1.1 ' + statusCode + ' ' + message + '\r\n';
            statusLines[statusCode] = line;
        }
        return line;
    }
    return 'HTTP/1.1 ' + statusCode + ' ' + message + '\r\n';
}

module.exports = {
    ServerResponse: ServerResponse,
    onServerResponseClose: onServerResponseClose
};
