/*
 * dgram: UDP sockets, as Node 20 has them, over internalBinding('udp_wrap')
 * (modules/udp_wrap.c, loop/udp.c).
 *
 * A Socket goes unbound -> binding -> bound.  bind() looks its address up
 * first (the socket's `lookup`, dns.lookup by default; '0.0.0.0' or '::'
 * when none is given), then binds, starts receiving and emits 'listening'.
 * send() and connect() on an unbound socket bind it to port 0 first and
 * wait in a queue until 'listening'.  Each send looks its destination up
 * ('127.0.0.1' or '::1' by default) and hands the datagram to the binding,
 * which sends it at once when it can (the callback then comes on the next
 * tick) or queues it in the loop.  close() emits 'close' on the next tick;
 * after it every method that needs the socket throws
 * ERR_SOCKET_DGRAM_NOT_RUNNING.
 *
 * Errors are Node's: 'bind EADDRINUSE 127.0.0.1:41234' with errno, code,
 * syscall, address and port; option setters throw 'setTTL EINVAL'-style
 * errors.
 *
 * Not available: cluster's shared sockets, binding to an existing fd or
 * handle, and the `signal` option (each throws ERR_NOT_SUPPORTED).
 */
'use strict';

var EventEmitter = require('events');
var util = require('util');
var dns = require('dns');
var errors = require('internal/errors');
var errnoException = errors.errnoException;
var exceptionWithHostPort = errors.exceptionWithHostPort;
var dnsUtil = require('internal/dns_util');
var binding = internalBinding('udp_wrap');
var errname = internalBinding('stream_wrap').errname;
var errmessage = internalBinding('stream_wrap').errmessage;

var codes = errors.codes;
var makeError = errors.makeError;

var BIND_UNBOUND = 0;
var BIND_BINDING = 1;
var BIND_BOUND = 2;
var CONNECT_NONE = 0;
var CONNECT_CONNECTING = 1;
var CONNECT_CONNECTED = 2;

// ---- errors ----------------------------------------------------------------

function notRunning() {
    return makeError(Error, 'ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running');
}

function notConnected() {
    return makeError(Error, 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected');
}

function isConnected() {
    return makeError(Error, 'ERR_SOCKET_DGRAM_IS_CONNECTED',
        'Already connected');
}

function badBufferType(name, value) {
    return codes.ERR_INVALID_ARG_TYPE(name,
        ['string', 'Buffer', 'TypedArray', 'DataView'], value);
}

function outOfBounds(name) {
    return makeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
        '"' + name + '" is outside of buffer bounds');
}

// ---- the socket ------------------------------------------------------------

// The socket's lookup(address, callback).  With dns.lookup itself, an
// address literal skips it: dns.lookup would only call back on the next
// tick with the same answer, after parsing its options (the hot path of
// every send).
function lookupFor(type, lookup) {
    var fallback = type === 'udp4' ? '127.0.0.1' : '::1';
    var family = type === 'udp4' ? 4 : 6;
    var isDefault = lookup === dns.lookup;
    return function (address, callback) {
        var host = address || fallback;
        var literal = isDefault ? dnsUtil.isIP(host) : 0;
        if (literal !== 0) {
            process.nextTick(callback, null, host, literal);
            return {};
        }
        return lookup(host, family, callback);
    };
}

function Socket(type, listener) {
    if (!(this instanceof Socket)) {
        return new Socket(type, listener);
    }
    EventEmitter.call(this);
    var options;
    var lookup;
    if (type !== null && typeof type === 'object') {
        options = type;
        type = options.type;
        lookup = options.lookup;
        if (options.signal !== undefined) {
            throw codes.ERR_NOT_SUPPORTED('The dgram "signal" option');
        }
    }
    if (lookup !== undefined) {
        errors.validateFunction(lookup, 'lookup');
    } else {
        lookup = dns.lookup;
    }
    if (type !== 'udp4' && type !== 'udp6') {
        throw makeError(TypeError, 'ERR_SOCKET_BAD_TYPE',
            'Bad socket type specified. Valid types are: udp4, udp6');
    }
    this.type = type;
    if (typeof listener === 'function') {
        this.on('message', listener);
    }
    var self = this;
    var handle = binding.create(function (nread, bytes, address, family,
        port) {
        onMessage(self, nread, bytes, address, family, port);
    });
    Object.defineProperty(this, '_state', {
        value: {
            handle: handle,
            lookup: lookupFor(type, lookup),
            receiving: false,
            bindState: BIND_UNBOUND,
            connectState: CONNECT_NONE,
            queue: undefined,
            reuseAddr: options && options.reuseAddr,
            ipv6Only: options && options.ipv6Only,
            recvBufferSize: options && options.recvBufferSize,
            sendBufferSize: options && options.sendBufferSize
        },
        enumerable: false,
        writable: true
    });
}
util.inherits(Socket, EventEmitter);

function createSocket(type, listener) {
    return new Socket(type, listener);
}

function healthCheck(socket) {
    if (!socket._state.handle) {
        throw notRunning();
    }
}

var bufferClass = null;

function onMessage(socket, nread, bytes, address, family, port) {
    if (nread < 0) {
        socket.emit('error', errnoException(nread, 'recvmsg'));
        return;
    }
    if (bufferClass === null) {
        bufferClass = require('buffer').Buffer;
    }
    Object.setPrototypeOf(bytes, bufferClass.prototype);
    socket.emit('message', bytes, {
        address: address,
        family: family === 6 ? 'IPv6' : 'IPv4',
        port: port,
        size: bytes.length
    });
}

var RECV_BUFFER = false;
var SEND_BUFFER = true;

function bufferSize(socket, size, which) {
    if (size >>> 0 !== size) {
        throw makeError(TypeError, 'ERR_SOCKET_BAD_BUFFER_SIZE',
            'Buffer size must be a positive integer');
    }
    var handle = socket._state.handle;
    var rc = handle ? binding.bufferSize(handle, which, size) :
        binding.EBADF;
    if (rc < 0) {
        var err = new Error('Could not get or set buffer size: ' +
            (which ? 'uv_send_buffer_size' : 'uv_recv_buffer_size') +
            ' returned ' + errname(rc) + ' (' + errmessage(rc) + ')');
        err.name = 'SystemError';
        err.code = 'ERR_SOCKET_BUFFER_SIZE';
        err.errno = rc;
        err.syscall = which ? 'uv_send_buffer_size' : 'uv_recv_buffer_size';
        throw err;
    }
    return rc;
}

function startListening(socket) {
    var state = socket._state;
    binding.recvStart(state.handle);
    state.receiving = true;
    state.bindState = BIND_BOUND;
    if (state.recvBufferSize) {
        bufferSize(socket, state.recvBufferSize, RECV_BUFFER);
    }
    if (state.sendBufferSize) {
        bufferSize(socket, state.sendBufferSize, SEND_BUFFER);
    }
    socket.emit('listening');
}

Socket.prototype.bind = function (port_, address_ /* , callback */) {
    var port = port_;
    healthCheck(this);
    var state = this._state;
    if (state.bindState !== BIND_UNBOUND) {
        throw makeError(Error, 'ERR_SOCKET_ALREADY_BOUND',
            'Socket is already bound');
    }
    state.bindState = BIND_BINDING;
    var cb = arguments.length && arguments[arguments.length - 1];
    if (typeof cb === 'function') {
        var removeListeners = function () {
            this.removeListener('error', removeListeners);
            this.removeListener('listening', onListening);
        };
        var onListening = function () {
            removeListeners.call(this);
            cb.call(this);
        };
        this.on('error', removeListeners);
        this.on('listening', onListening);
    }
    if (port !== null && typeof port === 'object' &&
            (typeof port.recvStart === 'function' ||
             (typeof port.fd === 'number' && port.fd > 0))) {
        state.bindState = BIND_UNBOUND;
        throw codes.ERR_NOT_SUPPORTED('Binding a dgram socket to a handle ' +
            'or an fd');
    }
    var address;
    if (port !== null && typeof port === 'object') {
        address = port.address || '';
        port = port.port;
    } else {
        address = typeof address_ === 'function' ? '' : address_;
    }
    if (!address) {
        address = this.type === 'udp4' ? '0.0.0.0' : '::';
    }
    var self = this;
    state.lookup(address, function (err, ip) {
        if (!state.handle) {
            return; // closed in the meantime
        }
        if (err) {
            state.bindState = BIND_UNBOUND;
            self.emit('error', err);
            return;
        }
        var flags = 0;
        if (state.reuseAddr) {
            flags |= binding.REUSEADDR;
        }
        if (state.ipv6Only) {
            flags |= binding.IPV6ONLY;
        }
        var p = port || 0;
        var rc = typeof p === 'number' && p >= 0 && p <= 65535 &&
            p === Math.floor(p) ? binding.bind(state.handle, ip, p, flags) :
            bindOddPort(state.handle, ip, p, flags);
        if (rc < 0) {
            state.bindState = BIND_UNBOUND;
            self.emit('error', exceptionWithHostPort(rc, 'bind', ip, port));
            return;
        }
        startListening(self);
    });
    return this;
};

// Node hands the port to the OS as an unsigned 16-bit number: a string
// or an out-of-range number is converted, not refused.
function bindOddPort(handle, ip, port, flags) {
    var n = Number(port);
    n = isFinite(n) ? (Math.floor(n) >>> 0) & 0xFFFF : 0;
    return binding.bind(handle, ip, n, flags);
}

// ---- the queue of work waiting for 'listening' ------------------------------

function enqueue(socket, fn) {
    var state = socket._state;
    if (state.queue === undefined) {
        state.queue = [];
        var onSuccess = function () {
            socket.removeListener(EventEmitter.errorMonitor, onError);
            var queue = state.queue;
            state.queue = undefined;
            for (var i = 0; i < queue.length; i++) {
                queue[i]();
            }
        };
        var onError = function () {
            socket.removeListener('listening', onSuccess);
            state.queue = undefined;
        };
        // errorMonitor: seeing the error without counting as handling it.
        socket.once('listening', onSuccess);
        socket.once(EventEmitter.errorMonitor, onError);
    }
    state.queue.push(fn);
}

// ---- sending ---------------------------------------------------------------

function sliceBuffer(buffer, offset, length) {
    if (typeof buffer === 'string') {
        buffer = Buffer.from(buffer);
    } else if (!ArrayBuffer.isView(buffer)) {
        throw badBufferType('buffer', buffer);
    }
    offset = offset >>> 0;
    length = length >>> 0;
    if (offset > buffer.byteLength) {
        throw outOfBounds('offset');
    }
    if (offset + length > buffer.byteLength) {
        throw outOfBounds('length');
    }
    return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function fixBufferList(list) {
    var out = new Array(list.length);
    for (var i = 0; i < list.length; i++) {
        var buf = list[i];
        if (typeof buf === 'string') {
            out[i] = Buffer.from(buf);
        } else if (!ArrayBuffer.isView(buf)) {
            return null;
        } else {
            out[i] = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
        }
    }
    return out;
}

Socket.prototype.send = function (buffer, offset, length, port, address,
    callback) {
    var list;
    var state = this._state;
    var connected = state.connectState === CONNECT_CONNECTED;
    if (!connected) {
        if (address || (port && typeof port !== 'function')) {
            buffer = sliceBuffer(buffer, offset, length);
        } else {
            callback = port;
            port = offset;
            address = length;
        }
    } else {
        if (typeof length === 'number') {
            buffer = sliceBuffer(buffer, offset, length);
            if (typeof port === 'function') {
                callback = port;
                port = null;
            } else {
                callback = address;
            }
        } else {
            callback = offset;
        }
        if (port || address) {
            throw isConnected();
        }
    }

    if (!Array.isArray(buffer)) {
        if (typeof buffer === 'string') {
            list = [Buffer.from(buffer)];
        } else if (!ArrayBuffer.isView(buffer)) {
            throw badBufferType('buffer', buffer);
        } else {
            list = [buffer];
        }
    } else if (!(list = fixBufferList(buffer))) {
        throw badBufferType('buffer list arguments', buffer);
    }

    if (!connected) {
        port = dnsUtil.validatePort(port, 'Port', false);
    }
    if (typeof callback !== 'function') {
        callback = undefined;
    }
    if (typeof address === 'function') {
        callback = address;
        address = undefined;
    } else if (address !== undefined && address !== null) {
        errors.validateString(address, 'address');
    }

    healthCheck(this);

    if (state.bindState === BIND_UNBOUND) {
        this.bind({ port: 0, exclusive: true }, null);
    }
    if (list.length === 0) {
        list.push(Buffer.alloc(0));
    }
    if (state.bindState !== BIND_BOUND) {
        var self = this;
        enqueue(this, function () {
            self.send(list, port, address, callback);
        });
        return;
    }
    var socket = this;
    if (!connected) {
        state.lookup(address, function (err, ip) {
            doSend(err, socket, ip, list, address, port, callback);
        });
    } else {
        doSend(null, socket, null, list, address, port, callback);
    }
};

function noop() {
}

function doSend(ex, socket, ip, list, address, port, callback) {
    var state = socket._state;
    if (ex) {
        if (typeof callback === 'function') {
            process.nextTick(callback, ex);
            return;
        }
        process.nextTick(function () {
            socket.emit('error', ex);
        });
        return;
    } else if (!state.handle) {
        return;
    }
    var rc = binding.send(state.handle, list, port ? ip : null, port || 0,
        callback === undefined ? noop : function (status, bytes) {
            callback(status < 0 ?
                exceptionWithHostPort(status, 'send', address, port) : null,
                status < 0 ? undefined : bytes);
        });
    if (rc >= 1) {
        // Sent at once: the binding will not call back.
        if (callback) {
            process.nextTick(callback, null, rc - 1);
        }
        return;
    }
    if (rc < 0 && callback) {
        process.nextTick(callback,
            exceptionWithHostPort(rc, 'send', address, port));
    }
}

// ---- connecting ------------------------------------------------------------

Socket.prototype.connect = function (port, address, callback) {
    port = dnsUtil.validatePort(port, 'Port', false);
    if (typeof address === 'function') {
        callback = address;
        address = '';
    } else if (address === undefined) {
        address = '';
    }
    errors.validateString(address, 'address');
    var state = this._state;
    if (state.connectState !== CONNECT_NONE) {
        throw isConnected();
    }
    state.connectState = CONNECT_CONNECTING;
    if (state.bindState === BIND_UNBOUND) {
        this.bind({ port: 0, exclusive: true }, null);
    }
    var self = this;
    if (state.bindState !== BIND_BOUND) {
        enqueue(this, function () {
            startConnect(self, port, address, callback);
        });
        return;
    }
    startConnect(this, port, address, callback);
};

function startConnect(socket, port, address, callback) {
    var state = socket._state;
    if (callback) {
        socket.once('connect', callback);
    }
    state.lookup(address, function (ex, ip) {
        if (!state.handle) {
            return;
        }
        if (!ex) {
            var rc = binding.connect(state.handle, ip, port);
            if (rc < 0) {
                ex = exceptionWithHostPort(rc, 'connect', address, port);
            }
        }
        if (ex) {
            state.connectState = CONNECT_NONE;
            process.nextTick(function () {
                if (callback) {
                    socket.removeListener('connect', callback);
                    callback(ex);
                } else {
                    socket.emit('error', ex);
                }
            });
            return;
        }
        state.connectState = CONNECT_CONNECTED;
        process.nextTick(function () {
            socket.emit('connect');
        });
    });
}

Socket.prototype.disconnect = function () {
    var state = this._state;
    if (state.connectState !== CONNECT_CONNECTED) {
        throw notConnected();
    }
    var rc = binding.disconnect(state.handle);
    if (rc < 0) {
        throw errnoException(rc, 'connect');
    }
    state.connectState = CONNECT_NONE;
};

// ---- closing and addresses -------------------------------------------------

Socket.prototype.close = function (callback) {
    var state = this._state;
    if (typeof callback === 'function') {
        this.on('close', callback);
    }
    if (state.queue !== undefined) {
        var self = this;
        state.queue.push(function () {
            self.close();
        });
        return this;
    }
    healthCheck(this);
    state.receiving = false;
    binding.close(state.handle);
    state.handle = null;
    var socket = this;
    process.nextTick(function () {
        socket.emit('close');
    });
    return this;
};

function nameObject(result, syscall) {
    if (typeof result === 'number') {
        throw errnoException(result, syscall);
    }
    return {
        address: result[0],
        family: result[1] === 6 ? 'IPv6' : 'IPv4',
        port: result[2]
    };
}

Socket.prototype.address = function () {
    healthCheck(this);
    return nameObject(binding.getsockname(this._state.handle), 'getsockname');
};

Socket.prototype.remoteAddress = function () {
    healthCheck(this);
    if (this._state.connectState !== CONNECT_CONNECTED) {
        throw notConnected();
    }
    return nameObject(binding.getpeername(this._state.handle), 'getpeername');
};

// ---- options ---------------------------------------------------------------

// The option setters reach the handle unchecked, as Node's do: on a
// closed socket that is a TypeError from the missing handle.
function handleOf(socket, method) {
    var handle = socket._state.handle;
    if (!handle) {
        throw new TypeError('Cannot read properties of null (reading \'' +
            method + '\')');
    }
    return handle;
}

Socket.prototype.setBroadcast = function (arg) {
    var rc = binding.setBroadcast(handleOf(this, 'setBroadcast'), !!arg);
    if (rc < 0) {
        throw errnoException(rc, 'setBroadcast');
    }
};

Socket.prototype.setTTL = function (ttl) {
    errors.validateNumber(ttl, 'ttl');
    var rc = binding.setTTL(handleOf(this, 'setTTL'), ttl);
    if (rc < 0) {
        throw errnoException(rc, 'setTTL');
    }
    return ttl;
};

Socket.prototype.setMulticastTTL = function (ttl) {
    errors.validateNumber(ttl, 'ttl');
    var rc = binding.setMulticastTTL(handleOf(this, 'setMulticastTTL'), ttl);
    if (rc < 0) {
        throw errnoException(rc, 'setMulticastTTL');
    }
    return ttl;
};

Socket.prototype.setMulticastLoopback = function (arg) {
    var rc = binding.setMulticastLoopback(
        handleOf(this, 'setMulticastLoopback'), !!arg);
    if (rc < 0) {
        throw errnoException(rc, 'setMulticastLoopback');
    }
    return arg;
};

Socket.prototype.setMulticastInterface = function (interfaceAddress) {
    healthCheck(this);
    errors.validateString(interfaceAddress, 'interfaceAddress');
    var rc = binding.setMulticastInterface(this._state.handle,
        interfaceAddress);
    if (rc < 0) {
        throw errnoException(rc, 'setMulticastInterface');
    }
};

function membership(socket, group, iface, join, syscall) {
    healthCheck(socket);
    if (!group) {
        throw codes.ERR_MISSING_ARGS('multicastAddress');
    }
    // Like Node's binding, any other value is read as its string.
    var rc = binding.setMembership(socket._state.handle, String(group),
        iface === undefined || iface === null ? iface : String(iface), join);
    if (rc < 0) {
        throw errnoException(rc, syscall);
    }
}

Socket.prototype.addMembership = function (multicastAddress,
    interfaceAddress) {
    membership(this, multicastAddress, interfaceAddress, true,
        'addMembership');
};

Socket.prototype.dropMembership = function (multicastAddress,
    interfaceAddress) {
    membership(this, multicastAddress, interfaceAddress, false,
        'dropMembership');
};

function sourceMembership(socket, source, group, iface, join, syscall) {
    healthCheck(socket);
    errors.validateString(source, 'sourceAddress');
    errors.validateString(group, 'groupAddress');
    var rc = binding.setSourceMembership(socket._state.handle, source, group,
        iface === undefined || iface === null ? iface : String(iface), join);
    if (rc < 0) {
        throw errnoException(rc, syscall);
    }
}

Socket.prototype.addSourceSpecificMembership = function (sourceAddress,
    groupAddress, interfaceAddress) {
    sourceMembership(this, sourceAddress, groupAddress, interfaceAddress,
        true, 'addSourceSpecificMembership');
};

Socket.prototype.dropSourceSpecificMembership = function (sourceAddress,
    groupAddress, interfaceAddress) {
    sourceMembership(this, sourceAddress, groupAddress, interfaceAddress,
        false, 'dropSourceSpecificMembership');
};

Socket.prototype.ref = function () {
    var handle = this._state.handle;
    if (handle) {
        binding.ref(handle, true);
    }
    return this;
};

Socket.prototype.unref = function () {
    var handle = this._state.handle;
    if (handle) {
        binding.ref(handle, false);
    }
    return this;
};

Socket.prototype.setRecvBufferSize = function (size) {
    bufferSize(this, size, RECV_BUFFER);
};

Socket.prototype.setSendBufferSize = function (size) {
    bufferSize(this, size, SEND_BUFFER);
};

Socket.prototype.getRecvBufferSize = function () {
    return bufferSize(this, 0, RECV_BUFFER);
};

Socket.prototype.getSendBufferSize = function () {
    return bufferSize(this, 0, SEND_BUFFER);
};

Socket.prototype.getSendQueueSize = function () {
    return binding.sendQueueSize(handleOf(this, 'getSendQueueSize'));
};

Socket.prototype.getSendQueueCount = function () {
    return binding.sendQueueCount(handleOf(this, 'getSendQueueCount'));
};

module.exports = {
    createSocket: createSocket,
    Socket: Socket
};
