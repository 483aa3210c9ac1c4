/*
 * internal/http_client: ClientRequest, the request half of http.request()
 * and http.get(). A ClientRequest is an OutgoingMessage (headers, write,
 * end, chunked encoding: internal/http_outgoing) that gets a socket, sends
 * itself on it, and reads the response with the llhttp binding
 * (internal/http_client_parser) into an IncomingMessage.
 *
 * The life of a request:
 *
 *   1. The constructor checks the options, sets the headers (Host with the
 *      port when it is not the default one, Authorization from auth) and
 *      asks the agent for a socket (agent.addRequest), or makes one itself
 *      (agent: false makes a one-use agent; createConnection or
 *      net.createConnection when there is no agent).
 *   2. onSocket(socket) is called by the agent; on the next tick the
 *      request attaches its listeners and a response parser to the socket
 *      (attachSocket), emits 'socket' and flushes what was written so far.
 *   3. Response bytes go through the parser; its head becomes req.res and
 *      'response' (a 1xx becomes 'information' and the parser goes on; a
 *      101 or an answer to CONNECT becomes 'upgrade' / 'connect' with the
 *      socket handed over).
 *   4. When both the response has ended and the request has finished, a
 *      keep-alive socket is detached and made to emit 'free' (the agent
 *      pools it); otherwise the socket is ended and closes.
 *
 * Errors: a socket that closes or ends before any response makes the
 * request emit 'error' with "socket hang up" (ECONNRESET); one that closes
 * in the middle of a response destroys the response with "aborted". A
 * socket error (ECONNREFUSED, ...) is emitted on the request once. The
 * request then emits 'close'.
 *
 * Threading: main thread of one engine only, like every JS module.
 */
'use strict';

var OutgoingMessage = require('internal/http_outgoing').OutgoingMessage;
var common = require('internal/http_common');
var agentModule = require('internal/http_agent');
var clientParser = require('internal/http_client_parser');
var errors = require('internal/errors');
var tasks = require('internal/tasks');
var finished = require('internal/streams_finished').finished;

var codes = errors.codes;
var nextTick = tasks.nextTick;

var net = null; // require('net'), loaded on the first agent-less request
var url = null; // require('url'), loaded on the first request

// A core require() is a lookup by id each time: keep what we load.
function urlModule() {
    if (url === null) {
        url = require('url');
    }
    return url;
}

// Control characters, spaces and anything above U+00FF may not appear in
// a request path; Node refuses them before anything is sent.
var INVALID_PATH = /[^\u0021-\u00ff]/;

function errInvalidProtocol(protocol, expected) {
    return errors.makeError(TypeError, 'ERR_INVALID_PROTOCOL',
        'Protocol "' + protocol + '" not supported. Expected "' +
        expected + '"');
}

function errUnescaped(name) {
    return errors.makeError(TypeError, 'ERR_UNESCAPED_CHARACTERS',
        name + ' contains unescaped characters');
}


function validateHost(host, name) {
    if (host !== null && host !== undefined && typeof host !== 'string') {
        throw codes.ERR_INVALID_ARG_TYPE('options.' + name,
            ['string', 'undefined', 'null'], host);
    }
    return host;
}

// A timeout in ms: a number, finite and not negative.
function timerDuration(msecs, name) {
    errors.validateNumber(msecs, name);
    if (msecs < 0 || !isFinite(msecs)) {
        throw codes.ERR_OUT_OF_RANGE(name, 'a non-negative finite number',
            msecs);
    }
    return msecs;
}

// Node's validateInteger: a safe integer, at least min.
function validateInteger(value, name, min) {
    errors.validateNumber(value, name);
    if (Math.floor(value) !== value) {
        throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
    }
    if (value < min || value > 9007199254740991) {
        throw codes.ERR_OUT_OF_RANGE(name,
            '>= ' + min + ' && <= 9007199254740991', value);
    }
}

function copyOwn(target, source) {
    if (source) {
        var keys = Object.keys(source);
        for (var i = 0; i < keys.length; i++) {
            target[keys[i]] = source[keys[i]];
        }
    }
    return target;
}

// The (input, options, cb) forms: input is a URL string, a URL object or
// the options; options may be the callback.
function normalizeArgs(input, options, cb) {
    var url = urlModule();
    if (typeof input === 'string') {
        input = url.urlToHttpOptions(new url.URL(input));
    } else if (input !== null && typeof input === 'object' &&
               url.URL && input instanceof url.URL) {
        input = url.urlToHttpOptions(input);
    } else {
        cb = options;
        options = input;
        input = null;
    }
    if (typeof options === 'function') {
        cb = options;
        options = copyOwn({}, input);
    } else {
        options = copyOwn(copyOwn({}, input), options);
    }
    return { options: options, cb: cb };
}

function ClientRequest(input, options, cb) {
    if (!(this instanceof ClientRequest)) {
        return new ClientRequest(input, options, cb);
    }
    OutgoingMessage.call(this);

    var args = normalizeArgs(input, options, cb);
    options = args.options;
    cb = args.cb;

    var agent = options.agent;
    var defaultAgent = options._defaultAgent || agentModule.globalAgent;
    if (agent === false) {
        agent = new defaultAgent.constructor();
    } else if (agent === null || agent === undefined) {
        // With createConnection and no agent, the request makes its own
        // socket (see _connect).
        if (typeof options.createConnection !== 'function') {
            agent = defaultAgent;
        }
    } else if (typeof agent.addRequest !== 'function') {
        throw codes.ERR_INVALID_ARG_TYPE('options.agent',
            ['Agent-like Object', 'undefined', 'false'], agent);
    }
    this.agent = agent;

    var protocol = options.protocol || defaultAgent.protocol;
    var expectedProtocol = defaultAgent.protocol;
    if (this.agent && this.agent.protocol) {
        expectedProtocol = this.agent.protocol;
    }
    if (options.path) {
        var path = String(options.path);
        if (INVALID_PATH.test(path)) {
            throw errUnescaped('Request path');
        }
    }
    if (protocol !== expectedProtocol) {
        throw errInvalidProtocol(protocol, expectedProtocol);
    }

    var defaultPort = options.defaultPort ||
        (this.agent && this.agent.defaultPort);
    var port = options.port = options.port || defaultPort || 80;
    var host = options.host = validateHost(options.hostname, 'hostname') ||
        validateHost(options.host, 'host') || 'localhost';
    var setHost = options.setHost === undefined || Boolean(options.setHost);

    this.socketPath = options.socketPath;
    if (options.timeout !== undefined) {
        this.timeout = timerDuration(options.timeout, 'timeout');
    }
    if (options.signal !== undefined) {
        throw codes.ERR_NOT_SUPPORTED('options.signal (AbortSignal)');
    }
    if (options.insecureHTTPParser !== undefined &&
            options.insecureHTTPParser !== false) {
        errors.validateBoolean(options.insecureHTTPParser,
            'options.insecureHTTPParser');
        throw codes.ERR_NOT_SUPPORTED('insecureHTTPParser');
    }

    var method = options.method;
    var methodIsString = typeof method === 'string';
    if (method !== null && method !== undefined && !methodIsString) {
        throw codes.ERR_INVALID_ARG_TYPE('options.method', 'string', method);
    }
    if (methodIsString && method) {
        if (!common.checkIsHttpToken(method)) {
            throw common.httpErrors.ERR_INVALID_HTTP_TOKEN('Method', method);
        }
        method = this.method = method.toUpperCase();
    } else {
        method = this.method = 'GET';
    }

    var maxHeaderSize = options.maxHeaderSize;
    if (maxHeaderSize !== undefined) {
        validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
    }
    this.maxHeaderSize = maxHeaderSize;
    this.joinDuplicateHeaders = options.joinDuplicateHeaders;

    this.path = options.path || '/';
    if (cb) {
        this.once('response', cb);
    }

    // Methods that usually carry no body do not switch to chunked encoding
    // when the body is written in pieces.
    this.useChunkedEncodingByDefault = !(method === 'GET' ||
        method === 'HEAD' || method === 'DELETE' || method === 'OPTIONS' ||
        method === 'TRACE' || method === 'CONNECT');

    this._ended = false;
    this.res = null;
    this.aborted = false;
    this.timeoutCb = null;
    this.upgradeOrConnect = false;
    this.parser = null;
    this.maxHeadersCount = null;
    this.reusedSocket = false;
    this.host = host;
    this.protocol = protocol;

    if (this.agent) {
        // An agent that neither keeps sockets alive nor limits them closes
        // each socket after its request: say so in the headers.
        if (!this.agent.keepAlive && !isFinite(this.agent.maxSockets)) {
            this._last = true;
            this.shouldKeepAlive = false;
        } else {
            this._last = false;
            this.shouldKeepAlive = true;
        }
    }

    var headers = options.headers;
    if (!Array.isArray(headers)) {
        if (headers) {
            var keys = Object.keys(headers);
            for (var i = 0; i < keys.length; i++) {
                this.setHeader(keys[i], headers[keys[i]]);
            }
        }
        if (host && !this.getHeader('host') && setHost) {
            var hostHeader = host;
            // An IPv6 address goes in brackets.
            var colon = hostHeader.indexOf(':');
            if (colon !== -1 && hostHeader.indexOf(':', colon + 1) !== -1 &&
                    hostHeader.charCodeAt(0) !== 91) {
                hostHeader = '[' + hostHeader + ']';
            }
            if (port && +port !== defaultPort) {
                hostHeader += ':' + port;
            }
            this.setHeader('Host', hostHeader);
        }
        if (options.auth && !this.getHeader('Authorization')) {
            this.setHeader('Authorization', 'Basic ' +
                require('buffer').Buffer.from(options.auth)
                    .toString('base64'));
        }
        if (this.getHeader('expect')) {
            // Expect: 100-continue waits for the server before the body,
            // so the head must go out at once.
            this._implicitHeader();
        }
    } else {
        this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n',
            headers);
    }

    this._connect(options);
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

// Step 1's end: a socket from the agent, or one of our own.
ClientRequest.prototype._connect = function _connect(options) {
    var req = this;
    if (this.agent) {
        this.agent.addRequest(this, options);
        return;
    }
    this._last = true;
    this.shouldKeepAlive = false;
    var opts = copyOwn({}, options);
    // For net, `path` is a Unix socket path; for us it is the URL path.
    if (opts.socketPath) {
        opts.path = opts.socketPath;
    } else if (opts.path) {
        opts.path = undefined;
    }
    if (typeof opts.createConnection === 'function') {
        var called = false;
        var oncreate = function (err, socket) {
            if (called) {
                return;
            }
            called = true;
            if (err) {
                nextTick(function () {
                    req.emit('error', err);
                });
            } else {
                req.onSocket(socket);
            }
        };
        try {
            var made = opts.createConnection(opts, oncreate);
            if (made) {
                oncreate(null, made);
            }
        } catch (err) {
            oncreate(err);
        }
        return;
    }
    if (net === null) {
        net = require('net');
    }
    this.onSocket(net.createConnection(opts));
};

// The head, when the first write or end() comes before setting it
// explicitly.
ClientRequest.prototype._implicitHeader = function _implicitHeader() {
    if (this._header) {
        throw common.httpErrors.ERR_HTTP_HEADERS_SENT('render');
    }
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n',
        this._outHeaders);
};

// Deprecated in Node but still used: destroy, plus an 'abort' event.
ClientRequest.prototype.abort = function abort() {
    if (this.aborted) {
        return;
    }
    this.aborted = true;
    var req = this;
    nextTick(function () {
        req.emit('abort');
    });
    this.destroy();
};

ClientRequest.prototype.destroy = function destroy(err) {
    if (this.destroyed) {
        return this;
    }
    this.destroyed = true;
    if (this.res) {
        this.res._dump();
    }
    this._destroyError = err;
    if (this.socket) {
        this.socket.destroy(err);
    }
    return this;
};

// Step 2: called by the agent (or _connect) with the socket to use, or
// with an error when none could be made.
ClientRequest.prototype.onSocket = function onSocket(socket, err) {
    var req = this;
    nextTick(function () {
        onSocketNT(req, socket, err);
    });
};

function onSocketNT(req, socket, err) {
    if (req.destroyed || err) {
        req.destroyed = true;
        if (socket) {
            if (!err && req.agent && !socket.destroyed) {
                // Destroyed before it got the socket: the agent may reuse
                // it.
                socket.emit('free');
            } else {
                // Report once the socket is really gone.
                finished(socket.destroy(err || req._destroyError) || socket,
                    function (er) {
                        if (er && er.code === 'ERR_STREAM_PREMATURE_CLOSE') {
                            er = null;
                        }
                        finishDestroyed(req, er || err);
                    });
                return;
            }
        }
        finishDestroyed(req, err || req._destroyError);
        return;
    }
    clientParser.attachSocket(req, socket);
    req._flush();
}

function finishDestroyed(req, err) {
    if (req._closed) {
        return;
    }
    if (!req.aborted && !err) {
        err = clientParser.connReset('socket hang up');
    }
    if (err) {
        req.emit('error', err);
    }
    req._closed = true;
    req.emit('close');
}

// Run socket[method](...args) once the socket is assigned and connected.
ClientRequest.prototype._deferToConnect = function _deferToConnect(method,
                                                                   args) {
    var req = this;
    function call() {
        if (method) {
            req.socket[method].apply(req.socket, args);
        }
    }
    function onSocket() {
        if (req.socket.writable) {
            call();
        } else {
            req.socket.once('connect', call);
        }
    }
    if (!this.socket) {
        this.once('socket', onSocket);
    } else {
        onSocket();
    }
};

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
    if (this._ended) {
        return this;
    }
    clientParser.listenSocketTimeout(this);
    msecs = timerDuration(msecs, 'msecs');
    if (callback) {
        this.once('timeout', callback);
    }
    if (this.socket) {
        setSocketTimeout(this.socket, msecs);
    } else {
        this.once('socket', function (sock) {
            setSocketTimeout(sock, msecs);
        });
    }
    return this;
};

function setSocketTimeout(sock, msecs) {
    if (sock.connecting) {
        sock.once('connect', function () {
            sock.setTimeout(msecs);
        });
    } else {
        sock.setTimeout(msecs);
    }
}

ClientRequest.prototype.setNoDelay = function setNoDelay(noDelay) {
    this._deferToConnect('setNoDelay', [noDelay]);
};

ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive(
    enable, initialDelay) {
    this._deferToConnect('setKeepAlive', [enable, initialDelay]);
};

ClientRequest.prototype.clearTimeout = function clearTimeout(cb) {
    this.setTimeout(0, cb);
};

module.exports = { ClientRequest: ClientRequest };
