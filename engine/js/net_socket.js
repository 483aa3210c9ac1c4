/*
 * internal/net_socket: net.Socket, a HandleStream (internal/handle_stream)
 * over a tcp or unix-domain socket handle (internalBinding('tcp_wrap')).
 *
 * A socket made by a server gets its handle at once; a client's handle is
 * made by connect(): a pipe handle for options.path, else a tcp handle
 * once the host is an IP address (internal/net_connect looks names up and
 * tries their addresses).  While connecting, reads, writes and end() wait
 * for 'connect'.
 *
 * Events as in Node: 'lookup', 'connect' then 'ready', 'data', 'end',
 * 'timeout' (setTimeout: an unref'd timer that every read and write
 * restarts), 'error', and 'close' with hadError once the handle is closed.
 * Connect errors look like Node's: "connect ECONNREFUSED 127.0.0.1:1"
 * with errno, code, syscall, address and port.
 */
'use strict';

var hs = require('internal/handle_stream');
var errors = require('internal/errors');
var util = require('internal/net_util');
var connector = require('internal/net_connect');
var streamBinding = internalBinding('stream_wrap');
var binding = internalBinding('tcp_wrap');

var codes = errors.codes;
var HandleStream = hs.HandleStream;
var kHandle = hs.kHandle;
var timers = null; // require('timers'), on first setTimeout

function Socket(options) {
    if (!(this instanceof Socket)) {
        return new Socket(options);
    }
    if (typeof options === 'number') {
        options = { fd: options };
    } else if (options === undefined || options === null) {
        options = {};
    }
    if (options.fd !== undefined) {
        throw codes.ERR_NOT_SUPPORTED('net.Socket over an existing fd');
    }
    if (options.onread !== undefined && options.onread !== null) {
        throw codes.ERR_NOT_SUPPORTED('The onread option of net.Socket');
    }
    if (options.signal !== undefined) {
        throw codes.ERR_NOT_SUPPORTED('The signal option of net.Socket');
    }
    var opts = {};
    for (var key in options) {
        opts[key] = options[key];
    }
    var handle = options.handle || null;
    opts.handle = handle;
    opts.handleLater = handle === null;
    opts.manualStart = true;
    opts.emitClose = false; // 'close' carries hadError: emitted here
    opts.allowHalfOpen = !!options.allowHalfOpen;
    HandleStream.call(this, opts);

    if (options.noDelay) {
        this._noDelay = true;
    }
    if (options.keepAlive) {
        this._pendingOptions = { keepAlive: true,
            keepAliveInitialDelay: options.keepAliveInitialDelay };
    }
    this.on('end', onReadableStreamEnd);
    if (handle !== null) {
        applyOptions(this);
        if (options.pauseOnCreate) {
            this.pause();
        } else if (options.readable !== false) {
            this.read(0);
        }
    }
}
Object.setPrototypeOf(Socket.prototype, HandleStream.prototype);
Object.setPrototypeOf(Socket, HandleStream);

// The defaults of a socket's fields (an own property only once set).
Socket.prototype.connecting = false;
Socket.prototype._host = null;
Socket.prototype._peername = null;
Socket.prototype._sockname = null;
Socket.prototype.server = null;
Socket.prototype._server = null;
Socket.prototype._timeoutMs = undefined;
// What setNoDelay asked last (an http server asks it of every socket),
// and keepAlive as asked, both applied once the socket has a handle: an
// object of its own only for keepAlive (pendingOptions).
Socket.prototype._noDelay = false;
Socket.prototype._pendingOptions = null;

function pendingOptions(socket) {
    if (socket._pendingOptions === null) {
        socket._pendingOptions = { keepAlive: false,
            keepAliveInitialDelay: undefined };
    }
    return socket._pendingOptions;
}

function isTCP(socket) {
    var handle = socket[kHandle];
    return handle ? binding.isTCP(handle) : false;
}

// noDelay and keepAlive asked before the socket had a handle.
function applyOptions(socket) {
    var o = socket._pendingOptions;
    if ((o === null && !socket._noDelay) || !isTCP(socket)) {
        return;
    }
    if (socket._noDelay) {
        binding.setNoDelay(socket[kHandle], true);
    }
    if (o !== null && o.keepAlive) {
        var delay = ~~((o.keepAliveInitialDelay || 0) / 1000);
        binding.setKeepAlive(socket[kHandle], true, delay > 0 ? delay : 0);
    }
}

// ---- connecting ------------------------------------------------------------

Socket.prototype.connect = function connect() {
    var args = arguments;
    var normalized = Array.isArray(args[0]) && args[0].length === 2 &&
        args.length === 1 ? args[0] : util.normalizeArgs(args);
    var options = normalized[0];
    var cb = normalized[1];
    if (this.destroyed) {
        // Node revives a destroyed socket here; nodule does not.
        throw codes.ERR_NOT_SUPPORTED('Reconnecting a destroyed net.Socket');
    }
    var path = options.path;
    var pipe = path !== undefined && path !== null;
    if (pipe) {
        errors.validateString(path, 'options.path');
    } else {
        connector.checkConnectOptions(options);
    }
    if (cb !== null) {
        this.once('connect', cb);
    }
    this.connecting = true;
    this._unrefTimer();
    if (pipe) {
        if (!this[kHandle]) {
            hs.attachHandle(this, binding.pipeNew(hs.onread));
            this._applyRefState();
        }
        connector.startConnect(this, path, -1);
        return this;
    }
    connector.lookupAndConnect(this, options);
    return this;
};

// The handle has connected (net_connect calls this).
Socket.prototype._afterConnect = function _afterConnect() {
    var socket = this;
    socket.connecting = false;
    applyOptions(socket);
    socket._unrefTimer();
    socket.emit('connect');
    socket.emit('ready');
    if (socket.readable && !socket.isPaused()) {
        socket.read(0);
    }
};

// The peer ended and this side does not stay half-open: a write after
// the automatic end() is Node's EPIPE "ended by the other party".
function onReadableStreamEnd() {
    if (!this.allowHalfOpen) {
        this.write = writeAfterFIN;
    }
}

function writeAfterFIN(chunk, encoding, cb) {
    if (!this.writableEnded) {
        return HandleStream.prototype.write.call(this, chunk, encoding, cb);
    }
    if (typeof encoding === 'function') {
        cb = encoding;
    }
    var err = new Error('This socket has been ended by the other party');
    err.code = 'EPIPE';
    if (typeof cb === 'function') {
        process.nextTick(cb, err);
    }
    // Node's socket has normally finished closing by now (its shutdown
    // completes at once), so the error reaches only the callback.
    this.destroy();
    return false;
}

// ---- reading and writing while connecting ---------------------------------

Socket.prototype._read = function _read(n) {
    if (this.connecting || !this[kHandle]) {
        var self = this;
        this.once('connect', function () {
            self._read(n);
        });
        return;
    }
    HandleStream.prototype._read.call(this, n);
};

// A write while connecting waits for 'connect'; one on a socket with no
// handle (never connected, or closed) fails. True when it was handled.
function notConnected(socket, go, cb) {
    if (socket.connecting) {
        socket.once('connect', go);
        return true;
    }
    if (!socket[kHandle]) {
        cb(errors.makeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
        return true;
    }
    return false;
}

Socket.prototype._write = function _write(chunk, encoding, cb) {
    var self = this;
    if ((this.connecting || !this[kHandle]) && notConnected(this,
        function () {
            self._write(chunk, encoding, cb);
        }, cb)) {
        return;
    }
    if (this._activityTimer !== null) {
        this._activityTimer.refresh();
    }
    HandleStream.prototype._write.call(this, chunk, encoding, cb);
};

Socket.prototype._writev = function _writev(entries, cb) {
    var self = this;
    if ((this.connecting || !this[kHandle]) && notConnected(this,
        function () {
            self._writev(entries, cb);
        }, cb)) {
        return;
    }
    if (this._activityTimer !== null) {
        this._activityTimer.refresh();
    }
    HandleStream.prototype._writev.call(this, entries, cb);
};

Socket.prototype._final = function _final(cb) {
    var self = this;
    if (this.connecting) {
        this.once('connect', function () {
            self._final(cb);
        });
        return;
    }
    HandleStream.prototype._final.call(this, cb);
};

// ---- closing ---------------------------------------------------------------

// A socket's 'close', in the next tick or once its handle is closed
// (bound, not a closure: in Duktape every closure is a reference cycle,
// the function and its prototype object, that only mark-and-sweep frees,
// and a server closes sockets by the thousand).  After 'close' nothing
// writes any more: the Writable's bound onwrite, which holds the socket
// (socket -> state -> onwrite -> socket), is let go, so that reference
// counting frees a closed socket at once instead of leaving it to
// mark-and-sweep (doWrite makes a new one if ever needed).
function emitCloseNT(socket, hadError) {
    socket.emit('close', hadError);
    if (socket._writableState) {
        socket._writableState.onwrite = null;
    }
}

Socket.prototype._destroy = function _destroy(err, cb) {
    var self = this;
    var handle = this[kHandle];
    var hadError = !!err;
    this.connecting = false;
    this._clearTimer();
    if (handle) {
        this._bytesWritten = streamBinding.bytesWritten(handle);
        this[kHandle] = null;
        this._sockname = null; // the peer's name stays known, as in Node
        handle.owner = null;
        handle.reading = false;
        streamBinding.close(handle, emitCloseNT.bind(null, self, hadError));
        cb(err);
    } else {
        cb(err);
        process.nextTick(emitCloseNT, self, hadError);
    }
    var server = this._server;
    if (server !== null) {
        this._server = null;
        server._connections--;
        server._emitCloseIfDrained();
    }
};

// Close with a reset (the peer reads ECONNRESET), once connected.
Socket.prototype.resetAndDestroy = function resetAndDestroy() {
    var self = this;
    if (!this[kHandle]) {
        this.destroy(errors.makeError(Error, 'ERR_SOCKET_CLOSED',
            'Socket is closed'));
        return this;
    }
    if (!isTCP(this)) {
        throw errors.makeError(TypeError, 'ERR_INVALID_HANDLE_TYPE',
            'This handle type cannot be sent');
    }
    var reset = function () {
        if (self[kHandle]) {
            binding.resetOnClose(self[kHandle]);
        }
        self.destroy();
    };
    if (this.connecting) {
        this.once('connect', reset);
    } else {
        reset();
    }
    return this;
};

// End the writing side, then destroy once it has finished.
Socket.prototype.destroySoon = function destroySoon() {
    if (this.writable) {
        this.end();
    }
    if (this.writableFinished) {
        this.destroy();
    } else {
        this.once('finish', this.destroy);
    }
};

// ---- timeouts --------------------------------------------------------------

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
    if (typeof msecs !== 'number') {
        throw codes.ERR_INVALID_ARG_TYPE('msecs', 'number', msecs);
    }
    if (msecs < 0 || !isFinite(msecs)) {
        throw codes.ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number',
            msecs);
    }
    if (callback !== undefined) {
        errors.validateFunction(callback, 'callback');
    }
    this._clearTimer();
    this._timeoutMs = msecs;
    if (msecs === 0) {
        if (callback !== undefined) {
            this.removeListener('timeout', callback);
        }
        return this;
    }
    if (timers === null) {
        timers = require('timers');
    }
    // Kept after it fires: the next read or write arms it again, so an
    // idle socket times out again, as in Node. A shared function with the
    // socket as its argument: no closure per socket.
    this._activityTimer = timers.setTimeout(emitTimeout, msecs, this);
    this._activityTimer.unref();
    if (callback !== undefined) {
        this.once('timeout', callback);
    }
    return this;
};

Object.defineProperty(Socket.prototype, 'timeout', {
    get: function () {
        return this._timeoutMs;
    },
    configurable: true
});

function emitTimeout(socket) {
    socket.emit('timeout');
}

// Activity: restart the idle timer.
Socket.prototype._unrefTimer = function _unrefTimer() {
    if (this._activityTimer !== null) {
        this._activityTimer.refresh();
    }
};

Socket.prototype._clearTimer = function _clearTimer() {
    if (this._activityTimer !== null) {
        this._activityTimer.close();
        this._activityTimer = null;
    }
};

// ---- options ---------------------------------------------------------------

Socket.prototype.setNoDelay = function setNoDelay(noDelay) {
    noDelay = noDelay === undefined ? true : !!noDelay;
    var changed = this._noDelay !== noDelay;
    this._noDelay = noDelay;
    // Applied already when the handle is there: no system call again.
    if (changed && isTCP(this)) {
        binding.setNoDelay(this[kHandle], noDelay);
    }
    return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelay) {
    enable = !!enable;
    var delay = ~~((initialDelay || 0) / 1000);
    var o = pendingOptions(this);
    var changed = o.keepAlive !== enable ||
        ~~((o.keepAliveInitialDelay || 0) / 1000) !== delay;
    o.keepAlive = enable;
    o.keepAliveInitialDelay = initialDelay;
    if (changed && isTCP(this)) {
        binding.setKeepAlive(this[kHandle], enable, delay > 0 ? delay : 0);
    }
    return this;
};

// ref/unref before the handle exists apply once it does.
Socket.prototype._applyRefState = function _applyRefState() {
    if (this._unrefed) {
        streamBinding.ref(this[kHandle], false);
    }
};

Socket.prototype.ref = function ref() {
    this._unrefed = false;
    return HandleStream.prototype.ref.call(this);
};

Socket.prototype.unref = function unref() {
    this._unrefed = true;
    return HandleStream.prototype.unref.call(this);
};

// ---- addresses -------------------------------------------------------------

function name(socket, peer) {
    var cached = peer ? socket._peername : socket._sockname;
    if (cached !== null) {
        return cached;
    }
    if (!isTCP(socket)) {
        return {};
    }
    var out = {};
    var rc = peer ? binding.getpeername(socket[kHandle], out) :
        binding.getsockname(socket[kHandle], out);
    if (rc < 0) {
        return {};
    }
    if (peer) {
        socket._peername = out;
    } else {
        socket._sockname = out;
    }
    return out;
}

Socket.prototype.address = function address() {
    return name(this, false);
};

function getter(prop, fn) {
    Object.defineProperty(Socket.prototype, prop, { get: fn,
        configurable: true });
}

getter('remoteAddress', function () { return name(this, true).address; });
getter('remotePort', function () { return name(this, true).port; });
getter('remoteFamily', function () { return name(this, true).family; });
getter('localAddress', function () { return name(this, false).address; });
getter('localPort', function () { return name(this, false).port; });
getter('localFamily', function () { return name(this, false).family; });
getter('bytesRead', function () { return this._bytesRead; });
getter('bufferSize', function () {
    return this[kHandle] || this.connecting ? this.writableLength :
        undefined;
});
getter('pending', function () {
    return !this[kHandle] || this.connecting;
});
getter('readyState', function () {
    if (this.connecting) {
        return 'opening';
    }
    if (this.readable && this.writable) {
        return 'open';
    }
    if (this.readable && !this.writable) {
        return 'readOnly';
    }
    if (!this.readable && this.writable) {
        return 'writeOnly';
    }
    return 'closed';
});

module.exports = {
    Socket: Socket,
    autoSelect: connector.autoSelect,
    kHandle: kHandle
};
