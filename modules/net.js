/*
 * net: Node's net module: tcp and unix-domain servers and sockets, and the
 * IP address checks.
 *
 * The work is done by three internal files: internal/net_socket
 * (net.Socket, a HandleStream over a socket handle), internal/net_server
 * (net.Server) and internal/net_util (isIP, argument forms, errors, host
 * lookups).  This file is the public surface.  What nodule's net lacks
 * (BlockList, SocketAddress, sockets over an existing fd, the
 * autoSelectFamily connection racing) is listed in docs/compat.md.
 */
'use strict';

var util = require('internal/net_util');
var Socket = require('internal/net_socket').Socket;
var Server = require('internal/net_server').Server;

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

module.exports = {
    connect: connect,
    createConnection: connect,
    createServer: createServer,
    isIP: util.isIP,
    isIPv4: util.isIPv4,
    isIPv6: util.isIPv6,
    Server: Server,
    Socket: Socket,
    Stream: Socket
};
