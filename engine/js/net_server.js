/*
 * internal/net_server: net.Server, listening on a tcp port or a unix-domain
 * socket path (internalBinding('tcp_wrap')), making a net.Socket for every
 * connection.
 *
 * listen() takes Node's forms: (port[, host][, backlog][, cb]),
 * (path[, backlog][, cb]), (options[, cb]) with port, host, path, backlog,
 * exclusive and ipv6Only, and () for a random port.  With no host the
 * server listens on '::' (IPv4 connections too), or on '0.0.0.0' when
 * the machine has no IPv6; a host name is looked up first.  'listening'
 * and listen errors ("listen EADDRINUSE: address already in use :::8080")
 * come on a later tick, as in Node.
 *
 * close() stops accepting at once; 'close' follows once the last
 * connection has closed.  Closing a server that is not listening gives
 * its callback ERR_SERVER_NOT_RUNNING.  maxConnections drops the
 * connections beyond it (a 'drop' event tells).
 */
'use strict';

var EventEmitter = require('events');
var hs = require('internal/handle_stream');
var errors = require('internal/errors');
var util = require('internal/net_util');
var Socket = require('internal/net_socket').Socket;
var streamBinding = internalBinding('stream_wrap');
var binding = internalBinding('tcp_wrap');

var codes = errors.codes;

function Server(options, connectionListener) {
    if (!(this instanceof Server)) {
        return new Server(options, connectionListener);
    }
    EventEmitter.call(this);
    if (typeof options === 'function') {
        connectionListener = options;
        options = {};
    } else if (options === undefined || options === null) {
        options = {};
    } else if (typeof options !== 'object') {
        throw codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (typeof connectionListener === 'function') {
        this.on('connection', connectionListener);
    }
    this._connections = 0;
    this._handle = null; // kept private: see kHandle in handle_stream
    this._unref = false;
    this._pipeName = null;
    this._closeCount = 0;
    this.maxConnections = undefined;
    this.allowHalfOpen = !!options.allowHalfOpen;
    this.pauseOnConnect = !!options.pauseOnConnect;
    this.noDelay = !!options.noDelay;
    this.keepAlive = !!options.keepAlive;
    this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay || 0) /
        1000) * 1000;
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
    get: function () {
        return this._handle !== null;
    },
    configurable: true
});

// ---- listen ----------------------------------------------------------------

function isInt(n) {
    return typeof n === 'number' && n === Math.floor(n);
}

// The kernel caps the backlog (somaxconn); nodule caps it to an int32.
function backlogOf(backlog) {
    return isInt(backlog) && backlog >= 0 ? Math.min(backlog, 0x7fffffff) :
        511;
}

Server.prototype.listen = function listen() {
    var args = Array.prototype.slice.call(arguments);
    if (args[0] !== null && typeof args[0] === 'object' &&
            (args[0].handle !== undefined || args[0].fd !== undefined ||
            typeof args[0].listen === 'function' ||
            args[0].signal !== undefined)) {
        throw errors.codes.ERR_NOT_SUPPORTED('server.listen() on a handle, ' +
            'an fd or with a signal');
    }
    var normalized = util.normalizeArgs(args);
    var options = normalized[0];
    var cb = normalized[1];
    if (cb !== null) {
        this.once('listening', cb);
    }
    if (this._handle !== null) {
        throw errors.makeError(Error, 'ERR_SERVER_ALREADY_LISTEN',
            'Listen method has been called more than once without closing.');
    }
    // listen(port, [host], backlog) and listen(path, backlog): the number
    // after the address is the backlog.
    var backlogFromArgs = typeof args[0] === 'object' ? undefined :
        typeof args[1] === 'number' ? args[1] : args[2];
    var backlog = backlogOf(options.backlog !== undefined ? options.backlog :
        backlogFromArgs);
    // No port at all, or a null or undefined one: a random port.
    if (args.length === 0 || typeof args[0] === 'function' ||
            (('port' in options) && (options.port === undefined ||
            options.port === null) && options.path === undefined)) {
        options = { port: 0, host: options.host, ipv6Only: options.ipv6Only };
    }
    if (options.port !== undefined && options.port !== null) {
        var port = util.validatePort(options.port, 'options.port');
        var host = options.host;
        if (host !== undefined && host !== null && typeof host !== 'string') {
            throw codes.ERR_INVALID_ARG_VALUE('options', options,
                'must have the property "port" or "path"');
        }
        if (host && !util.isIP(host)) {
            lookupAndListen(this, host, port, backlog, !!options.ipv6Only);
        } else {
            listenTCP(this, host || null, port, backlog, !!options.ipv6Only);
        }
        return this;
    }
    if (typeof options.path === 'string' && options.path.length > 0) {
        listenPipe(this, options.path, backlog, !!options.readableAll,
            !!options.writableAll);
        return this;
    }
    throw codes.ERR_INVALID_ARG_VALUE('options', options,
        'must have the property "port" or "path"');
};

function lookupAndListen(server, host, port, backlog, ipv6Only) {
    util.lookup(null, host, { family: 0 }, function (err, ip) {
        if (err) {
            server.emit('error', err);
            return;
        }
        listenTCP(server, ip, port, backlog, ipv6Only);
    });
}

function failLater(server, err) {
    process.nextTick(function () {
        server.emit('error', err);
    });
}

function listenTCP(server, host, port, backlog, ipv6Only) {
    var handle = binding.tcpNew(hs.onread);
    var address = host === null ? '::' : host;
    var rc = binding.bind(handle, address, port, ipv6Only &&
        util.isIPv6(address));
    if (rc < 0 && host === null) {
        // No IPv6 on this machine: the IPv4 wildcard, as Node does.
        streamBinding.close(handle);
        handle = binding.tcpNew(hs.onread);
        address = '0.0.0.0';
        rc = binding.bind(handle, address, port, false);
    }
    if (rc === 0) {
        rc = startListening(server, handle, backlog);
    }
    if (rc < 0) {
        streamBinding.close(handle);
        failLater(server, util.listenException(rc, address, port));
        return;
    }
    listening(server, handle);
}

// readableAll / writableAll open the socket file to every user, as
// Node's uv_pipe_chmod does.
function listenPipe(server, path, backlog, readableAll, writableAll) {
    var handle = binding.pipeNew(hs.onread);
    var rc = binding.pipeBind(handle, path);
    if (rc === 0 && (readableAll || writableAll)) {
        var fs = require('fs');
        try {
            fs.chmodSync(path, (fs.statSync(path).mode & 511) |
                (readableAll ? 292 : 0) | (writableAll ? 146 : 0));
        } catch (err) {
            rc = err.errno;
        }
    }
    if (rc === 0) {
        rc = startListening(server, handle, backlog);
    }
    if (rc < 0) {
        streamBinding.close(handle);
        failLater(server, util.listenException(rc, path, -1));
        return;
    }
    server._pipeName = path;
    listening(server, handle);
}

function startListening(server, handle, backlog) {
    return binding.listen(handle, backlog, function (status, client) {
        onconnection(server, status, client);
    });
}

function listening(server, handle) {
    server._handle = handle;
    if (server._unref) {
        streamBinding.ref(handle, false);
    }
    process.nextTick(function () {
        if (server._handle === handle) {
            server.emit('listening');
        }
    });
}

// ---- connections -----------------------------------------------------------

function onconnection(server, status, client) {
    if (status < 0) {
        server.emit('error', hs.errnoException(status, 'accept'));
        return;
    }
    if (server.maxConnections !== undefined &&
            server._connections >= server.maxConnections) {
        var dropped = new Socket({ handle: client, readable: false });
        var info = {
            localAddress: dropped.localAddress,
            localPort: dropped.localPort,
            localFamily: dropped.localFamily,
            remoteAddress: dropped.remoteAddress,
            remotePort: dropped.remotePort,
            remoteFamily: dropped.remoteFamily
        };
        dropped.destroy();
        server.emit('drop', info);
        return;
    }
    var socket = new Socket({
        handle: client,
        allowHalfOpen: server.allowHalfOpen,
        pauseOnCreate: server.pauseOnConnect,
        noDelay: server.noDelay,
        keepAlive: server.keepAlive,
        keepAliveInitialDelay: server.keepAliveInitialDelay
    });
    server._connections++;
    socket.server = server;
    socket._server = server;
    server.emit('connection', socket);
}

Server.prototype.getConnections = function getConnections(cb) {
    var count = this._connections;
    process.nextTick(function () {
        cb(null, count);
    });
    return this;
};

// ---- closing ---------------------------------------------------------------

Server.prototype.close = function close(cb) {
    if (typeof cb === 'function') {
        if (this._handle === null) {
            this.once('close', function () {
                cb(errors.makeError(Error, 'ERR_SERVER_NOT_RUNNING',
                    'Server is not running.'));
            });
        } else {
            this.once('close', cb);
        }
    }
    if (this._handle !== null) {
        streamBinding.close(this._handle);
        this._handle = null;
    }
    this._emitCloseIfDrained();
    return this;
};

Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
    if (this._handle !== null || this._connections > 0) {
        return;
    }
    var self = this;
    process.nextTick(function () {
        self.emit('close');
    });
};

// ---- the rest --------------------------------------------------------------

Server.prototype.address = function address() {
    if (this._handle === null) {
        return null;
    }
    if (this._pipeName !== null) {
        return this._pipeName;
    }
    var out = {};
    return binding.getsockname(this._handle, out) < 0 ? {} : out;
};

Server.prototype.ref = function ref() {
    this._unref = false;
    if (this._handle !== null) {
        streamBinding.ref(this._handle, true);
    }
    return this;
};

Server.prototype.unref = function unref() {
    this._unref = true;
    if (this._handle !== null) {
        streamBinding.ref(this._handle, false);
    }
    return this;
};

module.exports = {
    Server: Server
};
