/*
 * net: Node's net module: tcp and unix-domain servers and sockets, and the
 * IP address checks.
 *
 * The work is done by three internal files: internal/net_socket
 * (net.Socket, a HandleStream over a socket handle), internal/net_server
 * (net.Server) and internal/net_util (isIP, argument forms, errors, host
 * lookups).  This file is the public surface.  What nodule's net lacks
 * (BlockList, SocketAddress, sockets over an existing fd) is listed in
 * docs/compat.md.
 */
'use strict';

var util = require('internal/net_util');
var errors = require('internal/errors');
var netSocket = require('internal/net_socket');
var Socket = netSocket.Socket;
var autoSelect = netSocket.autoSelect;
var Server = require('internal/net_server').Server;

var codes = errors.codes;

// A constructor or function nodule does not have: calling it throws.
function notSupported(name) {
    return function () {
        throw codes.ERR_NOT_SUPPORTED('net.' + name);
    };
}

function createServer(options, connectionListener) {
    return new Server(options, connectionListener);
}

// connect(options[, cb]), connect(port[, host][, cb]), connect(path[, cb])
function connect() {
    var normalized = util.normalizeArgs(arguments);
    var options = normalized[0];
    var socketOptions = {};
    if (options.timeout !== undefined) {
        socketOptions.timeout = options.timeout;
    }
    var keys = ['allowHalfOpen', 'noDelay', 'keepAlive',
        'keepAliveInitialDelay', 'readable', 'writable'];
    for (var i = 0; i < keys.length; i++) {
        if (options[keys[i]] !== undefined) {
            socketOptions[keys[i]] = options[keys[i]];
        }
    }
    var socket = new Socket(socketOptions);
    if (options.timeout) {
        socket.setTimeout(options.timeout);
    }
    return socket.connect(normalized);
}

function getDefaultAutoSelectFamily() {
    return autoSelect.enabled;
}

function setDefaultAutoSelectFamily(value) {
    errors.validateBoolean(value, 'value');
    autoSelect.enabled = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
    return autoSelect.attemptTimeout;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
    errors.validateNumber(value, 'value', 1);
    autoSelect.attemptTimeout = Math.max(value, 10);
}

module.exports = {
    BlockList: notSupported('BlockList'),
    SocketAddress: notSupported('SocketAddress'),
    connect: connect,
    getDefaultAutoSelectFamily: getDefaultAutoSelectFamily,
    getDefaultAutoSelectFamilyAttemptTimeout:
        getDefaultAutoSelectFamilyAttemptTimeout,
    setDefaultAutoSelectFamily: setDefaultAutoSelectFamily,
    setDefaultAutoSelectFamilyAttemptTimeout:
        setDefaultAutoSelectFamilyAttemptTimeout,
    createConnection: connect,
    createServer: createServer,
    isIP: util.isIP,
    isIPv4: util.isIPv4,
    isIPv6: util.isIPv6,
    Server: Server,
    Socket: Socket,
    Stream: Socket
};
