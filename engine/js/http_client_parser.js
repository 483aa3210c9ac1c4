/*
 * internal/http_client_parser: what a ClientRequest does with its socket
 * once it has one: the socket's listeners, the response parser, and
 * handing the socket back (to the agent's pool, or closed) at the end.
 * internal/http_client is the request itself; this file is its wiring.
 *
 * While a request owns a socket:
 *
 *   socket._httpMessage = req       req.socket = socket
 *   socket.parser = req.parser = a Receiver over a llhttp response parser
 *   listeners on the socket: 'data' (feed the parser), 'end' and 'close'
 *   (the peer went away), 'error', 'drain' (pass it on to the request).
 *
 * The parser (internalBinding('http_parser'), one call per head) calls
 * the Receiver's onHead, onBody and onComplete. onHead builds the
 * IncomingMessage and decides, as Node does, how to read what follows:
 * 0 read a body, 1 no body (HEAD, 304, 1xx), 2 the connection now speaks
 * another protocol (101 Switching Protocols, or an answer to CONNECT).
 *
 * When the response is complete the parser is freed and the 'data' and
 * 'end' listeners go; when the response has also ended (its 'end' event)
 * and the request has finished writing, a keep-alive socket loses the
 * rest of its listeners and emits 'free' on the next tick, after 'close'
 * on the request; the agent takes it from there. A socket that is not
 * kept alive is ended instead.
 *
 * Threading: main thread of one engine only, like every JS module.
 */
'use strict';

var IncomingMessage = require('internal/http_incoming').IncomingMessage;
var common = require('internal/http_common');
var tasks = require('internal/tasks');

var binding = common.parser;
var nextTick = tasks.nextTick;

// What onHead answers; see the header comment.
var READ_BODY = 0;
var NO_BODY = 1;
var UPGRADE = 2;

// Node's limit on header pairs when maxHeadersCount is not set.
var DEFAULT_MAX_PAIRS = 2000;

// Node's ConnResetException: an Error with code ECONNRESET.
function connReset(message) {
    var err = new Error(message);
    err.code = 'ECONNRESET';
    return err;
}

function isInformational(status) {
    // 101 Switching Protocols is final: it ends HTTP on this socket.
    return status >= 100 && status < 200 && status !== 101;
}

// The parser's receiver: one per request, for as long as it reads its
// response.
function Receiver(socket, req) {
    this.socket = socket;
    this.req = req;
    this.incoming = null;
    var maxSize = req.maxHeaderSize === undefined ?
        common.maxHeaderSize : req.maxHeaderSize || 1;
    var maxPairs = req.maxHeadersCount ? req.maxHeadersCount :
        DEFAULT_MAX_PAIRS;
    this.handle = common.newParser(common.RESPONSE, maxSize, maxPairs, this);
}

Receiver.prototype.onHead = function onHead(status, statusMessage, major,
                                            minor, rawHeaders, flags) {
    var res = new IncomingMessage(this.socket);
    res._setHead(rawHeaders, major, minor);
    res.statusCode = status;
    res.statusMessage = statusMessage;
    res.upgrade = (flags & common.FLAG_UPGRADE) !== 0;
    if (this.req.joinDuplicateHeaders) {
        res.joinDuplicateHeaders = true;
    }
    this.incoming = res;
    return onIncoming(this, res, (flags & common.FLAG_KEEP_ALIVE) !== 0);
};

Receiver.prototype.onBody = function onBody(chunk) {
    var res = this.incoming;
    if (res === null || res._dumped) {
        return;
    }
    // A full response buffer stops the socket until the reader catches up
    // (IncomingMessage's _read resumes it).
    if (!res._pushBody(chunk)) {
        res._onRead = resumeSocket;
        this.socket._httpPausedBody = true;
        this.socket.pause();
    }
};

function resumeSocket(res) {
    var socket = res.socket;
    if (socket && socket._httpPausedBody && !socket.destroyed) {
        socket._httpPausedBody = false;
        socket.resume();
    }
}

Receiver.prototype.onComplete = function onComplete(rawTrailers) {
    var res = this.incoming;
    if (res === null) {
        return;
    }
    res._finish(rawTrailers);
};

// The head of a response has arrived: decide what it is and tell the
// parser how to go on.
function onIncoming(parser, res, shouldKeepAlive) {
    var socket = parser.socket;
    var req = socket._httpMessage;

    if (req.res) {
        // A second response to one request: the server is broken. Its
        // body is still parsed (and dropped), as Node does.
        socket.destroy();
        return READ_BODY;
    }
    req.res = res;

    if (res.upgrade) {
        return UPGRADE;
    }
    if (req.method === 'CONNECT') {
        res.upgrade = true;
        return UPGRADE;
    }
    if (isInformational(res.statusCode)) {
        // The final response is still to come.
        req.res = null;
        if (res.statusCode === 100) {
            req.emit('continue');
        }
        req.emit('information', {
            statusCode: res.statusCode,
            statusMessage: res.statusMessage,
            httpVersion: res.httpVersion,
            httpVersionMajor: res.httpVersionMajor,
            httpVersionMinor: res.httpVersionMinor,
            headers: res.headers,
            rawHeaders: res.rawHeaders
        });
        return NO_BODY;
    }

    // Keep-alive needs both sides to want it.
    if (req.shouldKeepAlive && !shouldKeepAlive && !req.upgradeOrConnect) {
        req.shouldKeepAlive = false;
    }

    res.req = req;
    res.on('end', responseOnEnd);
    req.on('finish', requestOnFinish);
    socket.on('timeout', responseOnTimeout);

    // Nobody listens for the response: read it into the void so the
    // socket does not stall.
    if (req.aborted || !req.emit('response', res)) {
        res._dump();
    }
    if (req.method === 'HEAD') {
        return NO_BODY;
    }
    if (res.statusCode === 304) {
        res.complete = true;
        return NO_BODY;
    }
    return READ_BODY;
}

// Step 2 of internal/http_client: take `socket` for `req`.
function attachSocket(req, socket) {
    var parser = new Receiver(socket, req);
    req.socket = socket;
    req.parser = parser;
    socket.parser = parser;
    socket._httpMessage = req;

    socket.on('error', socketErrorListener);
    socket.on('data', socketOnData);
    socket.on('end', socketOnEnd);
    socket.on('close', socketCloseListener);
    socket.on('drain', ondrain);

    if (req.timeout !== undefined ||
            (req.agent && req.agent.options && req.agent.options.timeout)) {
        listenSocketTimeout(req);
    }
    req.emit('socket', socket);
}

function freeParser(parser, req, socket) {
    if (parser.handle !== null) {
        binding.close(parser.handle);
        parser.handle = null;
    }
    parser.incoming = null;
    parser.socket = null;
    parser.req = null;
    if (req) {
        req.parser = null;
    }
    if (socket) {
        socket.parser = null;
    }
}

function detachReading(socket) {
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
}

function socketOnData(d) {
    var socket = this;
    var req = socket._httpMessage;
    var parser = socket.parser;
    if (!parser || parser.handle === null) {
        return;
    }

    var ret = binding.execute(parser.handle, d);
    if (ret instanceof Error) {
        ret.rawPacket = d;
        freeParser(parser, req, socket);
        detachReading(socket);
        socket.destroy();
        req.socket._hadError = true;
        req.emit('error', ret);
        return;
    }

    var res = parser.incoming;
    if (res && res.upgrade) {
        // The rest of the bytes belong to the new protocol.
        var bodyHead = d.slice(ret, d.length);
        var eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
        req.res = res;
        detachReading(socket);
        socket.removeListener('drain', ondrain);
        if (req.timeoutCb) {
            socket.removeListener('timeout', req.timeoutCb);
        }
        socket.removeListener('timeout', responseOnTimeout);
        freeParser(parser, req, socket);
        if (req.listenerCount(eventName) > 0) {
            req.upgradeOrConnect = true;
            // The socket is the listener's now: it leaves the agent.
            socket.emit('agentRemove');
            socket.removeListener('close', socketCloseListener);
            socket.removeListener('error', socketErrorListener);
            socket._httpMessage = null;
            // Neither flowing nor paused: the new owner's first 'data'
            // listener starts the flow.
            socket.readableFlowing = null;
            req.emit(eventName, res, socket, bodyHead);
            req.destroyed = true;
            req._closed = true;
            req.emit('close');
        } else {
            // An upgrade nobody asked to handle.
            socket.destroy();
        }
    } else if (res && res.complete && !isInformational(res.statusCode)) {
        detachReading(socket);
        socket.removeListener('drain', ondrain);
        freeParser(parser, req, socket);
        // The reader of the body no longer decides when the socket reads.
        if (socket._httpPausedBody) {
            socket._httpPausedBody = false;
            socket.resume();
        }
    }
}

function socketOnEnd() {
    var socket = this;
    var req = socket._httpMessage;
    var parser = socket.parser;
    if (!req.res && !socket._hadError) {
        // The server closed without answering.
        socket._hadError = true;
        req.emit('error', connReset('socket hang up'));
    }
    if (parser) {
        finishParser(parser);
        freeParser(parser, req, socket);
    }
    socket.destroy();
}

// The peer closed: a body that runs to EOF ends here.
function finishParser(parser) {
    if (parser.handle !== null) {
        binding.finish(parser.handle);
    }
}

function socketCloseListener() {
    var socket = this;
    var req = socket._httpMessage;
    var parser = socket.parser;
    var res = req.res;

    req.destroyed = true;
    if (res) {
        if (!res.complete) {
            res.destroy(connReset('aborted'));
        }
        req._closed = true;
        req.emit('close');
        if (!res.aborted && res.readable) {
            res.push(null);
        }
    } else {
        if (!socket._hadError) {
            // Closed before any response: the error goes to the request.
            socket._hadError = true;
            req.emit('error', connReset('socket hang up'));
        }
        req._closed = true;
        req.emit('close');
    }
    if (req.outputData) {
        req.outputData.length = 0;
    }
    if (parser) {
        finishParser(parser);
        freeParser(parser, req, socket);
    }
}

function socketErrorListener(err) {
    var socket = this;
    var req = socket._httpMessage;
    if (req) {
        // Reported once: later errors of this socket are not the
        // request's.
        socket._hadError = true;
        req.emit('error', err);
    }
    var parser = socket.parser;
    if (parser) {
        freeParser(parser, req, socket);
    }
    detachReading(socket);
    socket.destroy();
}

function ondrain() {
    var msg = this._httpMessage;
    if (msg && !msg.finished && msg._writableNeedDrain) {
        msg._writableNeedDrain = false;
        msg.emit('drain');
    }
}

function responseOnEnd() {
    var req = this.req;
    var socket = req.socket;
    if (socket) {
        if (req.timeoutCb) {
            socket.removeListener('timeout', emitRequestTimeout);
        }
        socket.removeListener('timeout', responseOnTimeout);
    }
    req._ended = true;
    if (!req.shouldKeepAlive) {
        if (socket && socket.writable) {
            if (typeof socket.destroySoon === 'function') {
                socket.destroySoon();
            } else {
                socket.end();
            }
        }
    } else if (req.writableFinished && !this.aborted) {
        responseKeepAlive(req);
    }
}

function requestOnFinish() {
    var req = this;
    if (req.shouldKeepAlive && req._ended) {
        responseKeepAlive(req);
    }
}

// The exchange is over and the socket may serve another request.
function responseKeepAlive(req) {
    var socket = req.socket;
    if (req.timeoutCb) {
        socket.setTimeout(0, req.timeoutCb);
        req.timeoutCb = null;
    }
    socket.removeListener('close', socketCloseListener);
    socket.removeListener('error', socketErrorListener);
    detachReading(socket);
    socket.removeListener('drain', ondrain);
    // 'free' after the user's own 'end' listeners have run.
    nextTick(emitFreeNT, req);
    req.destroyed = true;
    if (req.res) {
        // Destroying the response must not destroy the pooled socket.
        req.res.socket = null;
    }
}

function emitFreeNT(req) {
    req._closed = true;
    req.emit('close');
    if (req.socket) {
        req.socket.emit('free');
    }
}

function responseOnTimeout() {
    var req = this._httpMessage;
    if (req && req.res) {
        req.res.emit('timeout');
    }
}

function emitRequestTimeout() {
    var req = this._httpMessage;
    if (req) {
        req.emit('timeout');
    }
}

// The socket's 'timeout' becomes the request's.
function listenSocketTimeout(req) {
    if (req.timeoutCb) {
        return;
    }
    req.timeoutCb = emitRequestTimeout;
    if (req.socket) {
        req.socket.once('timeout', emitRequestTimeout);
    } else {
        req.on('socket', function (socket) {
            socket.once('timeout', emitRequestTimeout);
        });
    }
}

module.exports = {
    attachSocket: attachSocket,
    connReset: connReset,
    listenSocketTimeout: listenSocketTimeout
};
