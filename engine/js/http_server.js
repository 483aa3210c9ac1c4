/*
 * internal/http_server: http.Server (ServerResponse is in
 * internal/http_response).
 *
 * A Server is a net.Server whose 'connection' listener gives each socket
 * a Connection: the receiver of that socket's llhttp parser (see
 * modules/http_parser.c), holding the requests in flight.  Bytes flow:
 *
 *   handle read -> consumeChunk -> parser.execute (C) -> a new
 *   IncomingMessage and ServerResponse (made by the parser) ->
 *   Connection.onHead: 'request' (or 'checkContinue', 'upgrade',
 *   'connect') -> onBody -> the request complete (in the parser) ->
 *   ... -> the response's finish (serverFinish, in C)
 *
 * The connection consumes its socket's reads (socket._consumer, see
 * internal/handle_stream), as Node's parser consumes the socket's handle:
 * a chunk goes from the handle's read callback straight to the parser,
 * with no Readable push and no 'data' event.  A request body too big for
 * its reader stops the handle itself (pauseReading).  On 'upgrade' and
 * 'connect' the socket is handed over as an ordinary stream again.
 *
 * Pipelining: requests are answered in order.  The first response owns
 * the socket (socket._httpMessage); later ones wait in conn.outgoing and
 * buffer what they write until the one before finishes (serverFinish).
 *
 * Per-request cost is kept low: the Connection's methods live on its
 * prototype (no closures per request), headers and the body stream of a
 * request are made only when touched (http_incoming), a response's
 * finish is seen through res._beforeFinish (one shared function reading
 * res._conn, not a listener), and the socket's 'close' reaches the
 * response through the connection's one 'close' listener.
 *
 * Timeouts, as in Node 20: headersTimeout and requestTimeout are checked
 * every connectionsCheckingInterval ms (an unref'd interval while the
 * server listens); an expired connection gets "408 Request Timeout" and
 * is closed.  keepAliveTimeout (plus a second, as in Node 20) is the
 * socket's idle timeout between requests (see serverFinish).
 * server.timeout (setTimeout) is the socket timeout otherwise.
 *
 * Malformed input: the parser's error (code HPE_*) goes to 'clientError'
 * with err.rawPacket; with no listener the server answers 400 (431 for
 * HPE_HEADER_OVERFLOW, 408 for a timeout) unless a response was already
 * started, and destroys the socket.
 */
'use strict';

var net = require('net');
var hs = require('internal/handle_stream');
var errors = require('internal/errors');
var common = require('internal/http_common');
var IncomingMessage = require('internal/http_incoming').IncomingMessage;
var response = require('internal/http_response');
var ServerResponse = response.ServerResponse;

var parser = common.parser;
var httpErrors = common.httpErrors;
var FLAG_KEEP_ALIVE = common.FLAG_KEEP_ALIVE;
var FLAG_HOST = common.FLAG_HOST;
var FLAG_EXPECT = common.FLAG_EXPECT;

var badRequestResponse =
    'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
var headerTooLargeResponse =
    'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
var requestTimeoutResponse =
    'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';

var continueRe = /(?:^|\W)100-continue(?:$|\W)/i;

// ---- Server -----------------------------------------------------------------

function Server(options, requestListener) {
    if (!(this instanceof Server)) {
        return new Server(options, requestListener);
    }
    if (typeof options === 'function') {
        requestListener = options;
        options = {};
    } else if (options === undefined || options === null) {
        options = {};
    } else if (typeof options !== 'object') {
        throw errors.codes.ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    this._IncomingMessage = options.IncomingMessage || IncomingMessage;
    this._ServerResponse = options.ServerResponse || ServerResponse;
    var maxHeaderSize = options.maxHeaderSize;
    if (maxHeaderSize !== undefined) {
        errors.validateNumber(maxHeaderSize, 'maxHeaderSize', 0,
            9007199254740991);
    }
    this.maxHeaderSize = maxHeaderSize;
    this.joinDuplicateHeaders = !!options.joinDuplicateHeaders;
    this.requireHostHeader = options.requireHostHeader === undefined ? true :
        !!options.requireHostHeader;
    this.requestTimeout = timeoutOption(options, 'requestTimeout', 300000);
    this.headersTimeout = timeoutOption(options, 'headersTimeout', 60000);
    if (this.requestTimeout > 0 && this.headersTimeout > 0 &&
            this.headersTimeout > this.requestTimeout) {
        throw errors.codes.ERR_OUT_OF_RANGE('headersTimeout',
            '<= requestTimeout', this.headersTimeout);
    }
    this.connectionsCheckingInterval = timeoutOption(options,
        'connectionsCheckingInterval', 30000);
    this.keepAliveTimeout = 5000;
    this.maxHeadersCount = null;
    this.maxRequestsPerSocket = 0;
    this.timeout = 0;
    this.httpAllowHalfOpen = false;
    this._noDelay = options.noDelay === undefined ? true : !!options.noDelay;
    this._httpConns = [];
    this._checkTimer = null;

    net.Server.call(this, { allowHalfOpen: true });
    if (requestListener) {
        this.on('request', requestListener);
    }
    this.on('connection', connectionListener);
    this.on('listening', startChecking);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

function timeoutOption(options, name, def) {
    var v = options[name];
    if (v === undefined) {
        return def;
    }
    errors.validateNumber(v, 'options.' + name, 0);
    return v;
}

function startChecking() {
    var server = this;
    if (server._checkTimer !== null || server.connectionsCheckingInterval <= 0) {
        return;
    }
    server._checkTimer = setInterval(function () {
        checkConnections(server);
    }, server.connectionsCheckingInterval);
    if (server._checkTimer.unref) {
        server._checkTimer.unref();
    }
}

function stopChecking(server) {
    if (server._checkTimer !== null) {
        clearInterval(server._checkTimer);
        server._checkTimer = null;
    }
}

function checkConnections(server) {
    var now = Date.now();
    var list = server._httpConns.slice();
    var i, conn, expired;
    for (i = 0; i < list.length; i++) {
        conn = list[i];
        expired = false;
        if (conn.headersStart !== 0 && server.headersTimeout > 0 &&
                now - conn.headersStart >= server.headersTimeout) {
            expired = true;
        } else if (conn.req !== null && server.requestTimeout > 0 &&
                now - conn.requestStart >= server.requestTimeout) {
            expired = true;
        }
        if (expired) {
            conn.headersStart = 0;
            conn.requestStart = 0;
            socketOnError.call(conn.socket,
                httpErrors.ERR_HTTP_REQUEST_TIMEOUT());
        }
    }
}

Server.prototype.close = function close() {
    this.closeIdleConnections();
    stopChecking(this);
    return net.Server.prototype.close.apply(this, arguments);
};

Server.prototype.closeAllConnections = function closeAllConnections() {
    var list = this._httpConns.slice();
    var i;
    for (i = 0; i < list.length; i++) {
        list[i].socket.destroy();
    }
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
    var list = this._httpConns.slice();
    var i, conn;
    for (i = 0; i < list.length; i++) {
        conn = list[i];
        if (conn.req === null && conn.headersStart === 0 &&
                conn.incoming.length === 0 &&
                !(conn.socket._httpMessage &&
                  !conn.socket._httpMessage.finished)) {
            conn.socket.destroy();
        }
    }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
    this.timeout = msecs;
    if (callback) {
        this.on('timeout', callback);
    }
    return this;
};

// ---- one connection ---------------------------------------------------------

function Connection(server, socket) {
    var max = server.maxHeaderSize;
    this.server = server;
    this.socket = socket;
    // Every header reaches rawHeaders, as in Node (maxHeadersCount limits
    // only the headers object); the bytes are bounded by maxHeaderSize.
    this.parser = common.newParser(common.REQUEST,
        max === undefined ? common.maxHeaderSize : max || 1,
        0xffffffff, this, headKit);
    this.incoming = []; // requests whose responses have not finished
    this.outgoing = []; // responses waiting for the socket
}

// The defaults of a connection's fields, shared until it sets its own (an
// idle keep-alive connection changes few of them).
Connection.prototype.req = null; // the request being received
Connection.prototype.headersStart = 0; // when the head being received began
Connection.prototype.requestStart = 0;
Connection.prototype.requestsCount = 0;
Connection.prototype.keepAliveTimeoutSet = false; // set, to be cleared (server.timeout)
Connection.prototype.keepAliveArmed = false; // set and left armed (serverFinish)
Connection.prototype.upgraded = false;

function connectionListener(socket) {
    var server = this;
    var conn = new Connection(server, socket);
    server._httpConns.push(conn);
    socket._httpConn = conn;
    socket.server = server;
    socket.parser = conn.parser;
    socket._httpMessage = null;
    if (server.timeout && typeof socket.setTimeout === 'function') {
        socket.setTimeout(server.timeout);
    }
    if (server._noDelay && typeof socket.setNoDelay === 'function') {
        socket.setNoDelay(true);
    }
    socket.on('timeout', socketOnTimeout);
    if (socket._consumer === null && socket[hs.kHandle]) {
        // The handle's reads go straight to the parser, in C (see
        // consumeChunk for what that does).
        socket._consumer = consumeChunk;
        hs.setSink(socket, parser.consume, conn.parser);
        hs.readStart(socket);
    } else {
        socket.on('data', socketOnData); // any other Duplex
    }
    socket.on('error', socketOnError);
    socket.on('end', socketOnEnd);
    socket.on('close', socketOnClose);
    socket.on('drain', socketOnDrain);
}

// What the connection does with a chunk its socket read: the keep-alive
// wait is over, a head may begin (headersTimeout counts from here), the
// parser takes the bytes, and a parse error or an upgrade ends HTTP on
// the socket.  For a socket over a handle the parser's consume() does
// these steps in C, as the handle's sink (no JS read callback, no Buffer
// per chunk), and calls onKeepAliveEnd and onConsumed below; a socket
// that is any other Duplex comes here through 'data'.
function consumeChunk(socket, d) {
    var conn = socket._httpConn;
    if (conn.keepAliveTimeoutSet) {
        conn.onKeepAliveEnd();
    }
    if (conn.req === null && conn.headersStart === 0) {
        conn.headersStart = Date.now();
    }
    conn.onConsumed(parser.execute(conn.parser, d), d);
}

Connection.prototype.onKeepAliveEnd = function () {
    this.socket.setTimeout(this.server.timeout || 0);
    this.keepAliveTimeoutSet = false;
};

// ret: what parser.execute returned for the chunk d.
Connection.prototype.onConsumed = function (ret, d) {
    if (typeof ret !== 'number') {
        ret.rawPacket = d;
        socketOnError.call(this.socket, ret);
    } else if (this.upgraded) {
        upgrade(this, d, ret);
    }
};

function socketOnData(d) {
    consumeChunk(this, d);
}

// Stop and restart the handle's reads while the connection consumes them
// (a request body whose reader is full).
function pauseReading(socket) {
    socket._httpPausedBody = true;
    if (socket._consumer === consumeChunk) {
        hs.readStop(socket);
    } else {
        socket.pause();
    }
}

function resumeReading(socket) {
    socket._httpPausedBody = false;
    if (socket._consumer === consumeChunk) {
        hs.readStart(socket);
    } else {
        socket.resume();
    }
}

// Hand the socket over to an 'upgrade' or 'connect' listener.
function upgrade(conn, d, consumed) {
    var socket = conn.socket;
    var server = conn.server;
    var req = conn.upgradeReq;
    detach(conn);
    var eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (eventName === 'upgrade' || server.listenerCount(eventName) > 0) {
        var head = d.slice(consumed, d.length);
        socket.readableFlowing = null;
        server.emit(eventName, req, socket, head);
    } else {
        socket.destroy();
    }
}

// The socket leaves HTTP: remove the listeners and free the parser.
function detach(conn) {
    var socket = conn.socket;
    if (socket._consumer === consumeChunk) {
        socket._consumer = null;
        hs.setSink(socket, null);
    } else {
        socket.removeListener('data', socketOnData);
    }
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('close', socketOnClose);
    socket.removeListener('drain', socketOnDrain);
    socket.removeListener('error', socketOnError);
    socket.removeListener('timeout', socketOnTimeout);
    socket.setTimeout(0);
    parser.close(conn.parser);
    socket.parser = null;
    forget(conn);
}

function forget(conn) {
    var list = conn.server._httpConns;
    var i = list.indexOf(conn);
    if (i !== -1) {
        list.splice(i, 1);
    }
}

// A request's head: the parser (modules/http_request.c, with headKit) made
// req, and res unless the request asks for an upgrade, as
// `new server._IncomingMessage(socket)` and `new server._ServerResponse(req)`
// with the fields their constructors and this connection give them (the
// parser's comment lists them), res already owning the socket or waiting
// in this.outgoing.  What is left is the server's policy.
Connection.prototype.onHead = function (req, res, flags, major, minor) {
    var server = this.server;
    var socket = this.socket;
    var expect, i, raw;
    if (server.joinDuplicateHeaders) {
        req.joinDuplicateHeaders = true;
    }
    if (server.maxHeadersCount) {
        req._maxHeadersCount = server.maxHeadersCount;
    }
    // requestTimeout counts from the request's first bytes, as the head's
    // did (0 if they came in the chunk that completed an earlier one).
    this.requestStart = this.headersStart || Date.now();
    this.headersStart = 0;
    this.req = req;
    if (res === void 0) { // the request asks for an upgrade
        req.upgrade = req.method === 'CONNECT' ||
            server.listenerCount('upgrade') > 0;
        if (req.upgrade) {
            this.upgraded = true;
            this.upgradeReq = req;
            return 2;
        }
        res = parser.makeResponse(this.parser, req, flags);
    }
    this.incoming.push(req);

    if (major === 1 && minor === 1) {
        // The parser tells whether Host and Expect fields came.
        if ((flags & FLAG_EXPECT) !== 0) {
            raw = req.rawHeaders;
            for (i = 0; i < raw.length; i += 2) {
                if (raw[i].length === 6 && raw[i].toLowerCase() === 'expect') {
                    expect = raw[i + 1];
                    break;
                }
            }
        }
        // RFC 7230 5.4: an HTTP/1.1 request without Host gets 400.
        if ((flags & FLAG_HOST) === 0 && server.requireHostHeader) {
            res.writeHead(400, ['Connection', 'close']);
            res.end();
            return 0;
        }
        // maxRequestsPerSocket: the last one allowed says Connection:
        // close; any after it get 503 and never reach 'request'.
        if (server.maxRequestsPerSocket > 0) {
            this.requestsCount++;
            res.maxRequestsOnConnectionReached =
                server.maxRequestsPerSocket <= this.requestsCount;
            if (server.maxRequestsPerSocket < this.requestsCount) {
                server.emit('dropRequest', req, socket);
                res.writeHead(503);
                res.end();
                return 0;
            }
        }
    }
    if (expect !== void 0) {
        if (continueRe.test(expect)) {
            res._expect_continue = true;
            if (server.listenerCount('checkContinue') > 0) {
                server.emit('checkContinue', req, res);
            } else {
                res.writeContinue();
                server.emit('request', req, res);
            }
        } else if (server.listenerCount('checkExpectation') > 0) {
            server.emit('checkExpectation', req, res);
        } else {
            res.writeHead(417);
            res.end();
        }
    } else {
        server.emit('request', req, res);
    }
    return 0;
};

function resumeSocket(req) {
    var socket = req.socket;
    if (socket && socket._httpPausedBody && !socket.destroyed) {
        resumeReading(socket);
    }
}

Connection.prototype.onBody = function (chunk) {
    var req = this.req;
    if (req === null || req._dumped) {
        return;
    }
    if (!req._pushBody(chunk)) {
        req._onRead = resumeSocket;
        pauseReading(this.socket);
    }
};


// A response finished: the request leaves the connection, the response
// the socket, and the next response in line gets the socket, or the
// connection waits for the next request (keep-alive).  Called just
// before the response emits 'finish' (as Node's first 'finish' listener
// would be), without a listener per response: res._beforeFinish, in C
// (modules/http_end.c, serverFinish, which says what it does step by
// step).
//
// The keep-alive timeout: keepAliveTimeout is the idle socket's timeout,
// plus a second, as in Node 20 (the header still says keepAliveTimeout: a
// client that takes the advertised time at its word never finds the
// socket closed under a request it is just sending).
//
// Node sets it when a response finishes and clears it when the next
// request's bytes arrive, two timer operations per request.  With no
// server.timeout (the usual case) nodule leaves it armed instead: the
// socket's activity restarts it anyway, and socketOnTimeout ignores it
// (and re-arms it) when it fires while a request is in progress.
var KEEP_ALIVE_TIMEOUT_BUFFER = 1000;

function keepAliveMs(server) {
    return server.keepAliveTimeout ?
        server.keepAliveTimeout + KEEP_ALIVE_TIMEOUT_BUFFER : 0;
}

var serverFinish = common.head.serverFinish;
serverFinish.emitClose = emitCloseNT;
serverFinish.detachSocket = ServerResponse.prototype.detachSocket;
serverFinish.keepAliveBuffer = KEEP_ALIVE_TIMEOUT_BUFFER;
serverFinish.keepAliveMs = keepAliveMs;

// What the parser needs to make requests and responses itself (see
// Connection.prototype.onHead).
var headKit = {
    IncomingMessage: IncomingMessage,
    ServerResponse: ServerResponse,
    setHead: IncomingMessage.prototype._setHead,
    assignSocket: ServerResponse.prototype.assignSocket,
    finish: serverFinish,
    finishRequest: IncomingMessage.prototype._finish
};

function busy(conn, socket) {
    return conn.req !== null || conn.headersStart !== 0 ||
        conn.incoming.length > 0 || socket._httpMessage !== null;
}

function emitCloseNT(res) {
    if (!res._closed) {
        res.destroyed = true;
        res._closed = true;
        res.emit('close');
    }
}

function noop() {}

function socketOnError(e) {
    this.removeListener('error', socketOnError);
    if (this.listenerCount('error') === 0) {
        this.on('error', noop);
    }
    var server = this.server || (this._httpConn && this._httpConn.server);
    if (!server.emit('clientError', e, this)) {
        if (this.writable && (!this._httpMessage ||
                !this._httpMessage._headerSent)) {
            var response;
            if (e.code === 'HPE_HEADER_OVERFLOW') {
                response = headerTooLargeResponse;
            } else if (e.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
                response = requestTimeoutResponse;
            } else {
                response = badRequestResponse;
            }
            this.write(response);
        }
        this.destroy(e);
    }
}

function abortIncoming(conn) {
    var list = conn.incoming;
    var req, err;
    conn.incoming = [];
    if (conn.req !== null && list.indexOf(conn.req) === -1) {
        list.push(conn.req);
    }
    conn.req = null;
    while (list.length) {
        req = list.shift();
        err = new Error('aborted');
        err.code = 'ECONNRESET';
        req.destroy(err);
    }
}

function socketOnEnd() {
    var conn = this._httpConn;
    var ret = parser.finish(conn.parser);
    if (ret !== undefined) {
        ret.rawPacket = undefined;
        socketOnError.call(this, ret);
        return;
    }
    if (!conn.server.httpAllowHalfOpen) {
        abortIncoming(conn);
        if (this.writable) {
            this.end();
        }
    } else if (conn.outgoing.length) {
        conn.outgoing[conn.outgoing.length - 1]._last = true;
    } else if (this._httpMessage) {
        this._httpMessage._last = true;
    } else if (this.writable) {
        this.end();
    }
}

function socketOnClose() {
    var conn = this._httpConn;
    parser.close(conn.parser);
    this.parser = null;
    abortIncoming(conn);
    forget(conn);
    response.onServerResponseClose.call(this);
    // socket <-> connection is a reference cycle; cut, the closed
    // socket is freed at once rather than by mark-and-sweep.
    this._httpConn = null;
}

function socketOnDrain() {
    var msg = this._httpMessage;
    if (msg && msg._writableNeedDrain) {
        msg._writableNeedDrain = false;
        msg.emit('drain');
    }
}

function socketOnTimeout() {
    var conn = this._httpConn;
    var req = conn.req;
    if (conn.keepAliveArmed) {
        if (busy(conn, this)) {
            this.setTimeout(keepAliveMs(conn.server));
            return; // the keep-alive timeout is for idle connections only
        }
        conn.keepAliveArmed = false;
    }
    var reqTimeout = req !== null && !req.complete &&
        req.emit('timeout', this);
    var res = this._httpMessage;
    var resTimeout = res && res.emit('timeout', this);
    var serverTimeout = conn.server.emit('timeout', this);
    if (!reqTimeout && !resTimeout && !serverTimeout) {
        this.destroy();
    }
}

module.exports = {
    Server: Server,
    ServerResponse: ServerResponse,
    _connectionListener: connectionListener
};
