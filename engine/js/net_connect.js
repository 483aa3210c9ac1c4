/*
 * internal/net_connect: how a net.Socket reaches its peer: the connect
 * options, host-name lookups (options.lookup or dns.lookup, with a
 * 'lookup' event), Node 20's autoSelectFamily (every address of a name,
 * tried in turn: families alternating, each attempt but the last limited
 * to autoSelectFamilyAttemptTimeout ms, 'connectionAttempt',
 * 'connectionAttemptFailed' and 'connectionAttemptTimeout' events, an
 * AggregateError when all fail), and the connect request itself.
 *
 * It works on the socket through its handle (kHandle) and two methods of
 * net.Socket: _applyRefState() on a new handle and _afterConnect() once
 * connected.
 */
'use strict';

var hs = require('internal/handle_stream');
var errors = require('internal/errors');
var util = require('internal/net_util');
var streamBinding = internalBinding('stream_wrap');
var binding = internalBinding('tcp_wrap');

var codes = errors.codes;
var kHandle = hs.kHandle;

function checkConnectOptions(options) {
    var port = options.port;
    var host = options.host;
    if (port === undefined && options.path === undefined) {
        throw errors.makeError(TypeError, 'ERR_MISSING_ARGS',
            'The "options" or "port" or "path" argument must be specified');
    }
    if (host !== undefined && host !== null && typeof host !== 'string') {
        throw codes.ERR_INVALID_ARG_TYPE('hostname', 'string', host);
    }
    if (typeof port !== 'number' && typeof port !== 'string') {
        throw codes.ERR_INVALID_ARG_TYPE('options.port',
            ['number', 'string'], port);
    }
    util.validatePort(port);
    if (options.lookup !== undefined && options.lookup !== null) {
        errors.validateFunction(options.lookup, 'options.lookup');
    }
    var local = options.localAddress;
    if (local !== undefined && local !== null && !util.isIP(local)) {
        throw errors.makeError(TypeError, 'ERR_INVALID_IP_ADDRESS',
            'Invalid IP address: ' + local);
    }
    if (options.localPort !== undefined && options.localPort !== null) {
        errors.validateNumber(options.localPort, 'options.localPort');
    }
    var family = options.family;
    if (family !== undefined && family !== null && family !== 0 &&
            family !== 4 && family !== 6 && family !== 'IPv4' &&
            family !== 'IPv6') {
        throw codes.ERR_INVALID_ARG_VALUE('options.family', family,
            'must be one of: 0, 4, 6');
    }
}

function familyNumber(family) {
    return family === 'IPv4' ? 4 : family === 'IPv6' ? 6 : family | 0;
}

// Host names resolve to every address with autoSelectFamily (Node 20's
// default), else to one of the family asked.
var autoSelect = { enabled: true, attemptTimeout: 250 };
var ADDRCONFIG = 32; // dns.ADDRCONFIG

function lookupAndConnect(socket, options) {
    var host = options.host || 'localhost';
    var port = +options.port | 0;
    var family = familyNumber(options.family);
    var auto = options.autoSelectFamily !== undefined &&
        options.autoSelectFamily !== null ? !!options.autoSelectFamily :
        autoSelect.enabled;
    socket._host = host;
    socket._localAddress = options.localAddress || null;
    socket._localPort = options.localPort || 0;
    if (util.isIP(host)) {
        process.nextTick(function () {
            if (socket.connecting) {
                connectTo(socket, host, port);
            }
        });
        return;
    }
    if (auto && family === 0) {
        lookupAll(socket, options, host, port);
        return;
    }
    var dnsOpts = { family: family, hints: options.hints || 0 };
    util.lookup(options.lookup, host, dnsOpts, function (err, ip, fam) {
        if (!socket.connecting) {
            return;
        }
        socket.emit('lookup', err, ip, fam, host);
        if (err) {
            socket.destroy(err);
        } else if (!util.isIP(ip)) {
            socket.destroy(invalidAddress(ip));
        } else {
            connectTo(socket, ip, port);
        }
    });
}

function invalidAddress(ip) {
    return errors.makeError(TypeError, 'ERR_INVALID_IP_ADDRESS',
        'Invalid IP address: ' + ip);
}

// Every address of host, tried in turn (families alternating, the first
// answer's first) until one connects; each attempt but the last has
// attemptTimeout ms. One address connects as with a single lookup.
function lookupAll(socket, options, host, port) {
    var timeout = options.autoSelectFamilyAttemptTimeout;
    if (timeout === undefined || timeout === null) {
        timeout = autoSelect.attemptTimeout;
    } else {
        errors.validateNumber(timeout, 'options.autoSelectFamilyAttemptTimeout',
            1);
        timeout = Math.max(timeout, 10);
    }
    var dnsOpts = { family: options.family, hints: options.hints ===
        undefined ? ADDRCONFIG : options.hints, all: true };
    util.lookup(options.lookup, host, dnsOpts, function (err, addresses) {
        if (!socket.connecting) {
            return;
        }
        if (err) {
            socket.emit('lookup', err, undefined, undefined, host);
            socket.destroy(err);
            return;
        }
        if (!Array.isArray(addresses) || addresses.length === 0) {
            socket.destroy(invalidAddress(undefined));
            return;
        }
        for (var i = 0; i < addresses.length; i++) {
            if (!addresses[i] || !util.isIP(addresses[i].address)) {
                socket.destroy(invalidAddress(addresses[i] &&
                    addresses[i].address));
                return;
            }
        }
        if (addresses.length === 1) {
            socket.emit('lookup', null, addresses[0].address,
                addresses[0].family, host);
            connectTo(socket, addresses[0].address, port);
            return;
        }
        tryAddress(socket, interleave(addresses), 0, port, timeout, []);
    });
}

function interleave(addresses) {
    var first = addresses[0].family;
    var same = [];
    var other = [];
    addresses.forEach(function (a) {
        (a.family === first ? same : other).push(a);
    });
    var list = [];
    for (var i = 0; i < Math.max(same.length, other.length); i++) {
        if (i < same.length) {
            list.push(same[i]);
        }
        if (i < other.length) {
            list.push(other[i]);
        }
    }
    return list;
}

function tryAddress(socket, list, i, port, timeout, errs) {
    var a = list[i];
    var last = i === list.length - 1;
    var timer = null;
    hs.attachHandle(socket, binding.tcpNew(hs.onread));
    socket._applyRefState();
    var handle = socket[kHandle];
    function failed(err) {
        if (timer !== null) {
            clearTimeout(timer);
        }
        errs.push(err);
        if (last) {
            socket.destroy(errs.length === 1 ? errs[0] : aggregate(errs));
            return;
        }
        socket[kHandle] = null;
        handle.owner = null;
        streamBinding.close(handle);
        tryAddress(socket, list, i + 1, port, timeout, errs);
    }
    startConnect(socket, a.address, port, function (err) {
        socket.emit('connectionAttemptFailed', a.address, port, a.family,
            err);
        failed(err);
    }, function () {
        if (timer !== null) {
            clearTimeout(timer);
        }
    });
    if (!last && socket[kHandle] === handle) {
        timer = setTimeout(function () {
            if (socket[kHandle] !== handle || !socket.connecting) {
                return;
            }
            socket.emit('connectionAttemptTimeout', a.address, port,
                a.family);
            failed(util.exceptionWithHostPort(binding.ETIMEDOUT, 'connect',
                a.address, port));
        }, timeout);
    }
}

function aggregate(errs) {
    var err = new AggregateError(errs, '');
    err.code = errs[0].code;
    return err;
}

// A second connect() on a socket that has its handle reuses it, as in
// Node: the loop then refuses it (EALREADY, EISCONN) with an 'error'.
function connectTo(socket, ip, port) {
    if (!socket[kHandle]) {
        hs.attachHandle(socket, binding.tcpNew(hs.onread));
        socket._applyRefState();
    }
    startConnect(socket, ip, port);
}

// Connect the socket's handle; onFail(err) (default: destroy the socket)
// and onDone() (when connected) are for lookupAll's attempts.
// options.localAddress and localPort: bind the client's end first.
// False when that failed (and fail had the error).
function bindLocal(socket, handle, address, fail) {
    var local = socket._localAddress;
    var port = socket._localPort;
    if (local === null && !port) {
        return true;
    }
    if (local === null) {
        local = util.isIPv6(address) ? '::' : '0.0.0.0';
    }
    var rc = binding.bind(handle, local, port, false);
    if (rc < 0) {
        fail(util.exceptionWithHostPort(rc, 'bind', local, port));
        return false;
    }
    return true;
}

function startConnect(socket, address, port, onFail, onDone) {
    var handle = socket[kHandle];
    var tcpPort = port === -1 ? undefined : port;
    var fail = onFail || function (err) {
        socket.destroy(err);
    };
    var done = function (status) {
        if (socket.destroyed || socket[kHandle] !== handle) {
            return;
        }
        if (status < 0) {
            fail(util.exceptionWithHostPort(status, 'connect', address,
                tcpPort));
            return;
        }
        if (onDone) {
            onDone();
        }
        socket._afterConnect();
    };
    if (port !== -1) {
        socket.emit('connectionAttempt', address, port,
            util.isIP(address));
        if (!bindLocal(socket, handle, address, fail)) {
            return;
        }
    }
    var rc = port === -1 ? binding.pipeConnect(handle, address, done) :
        binding.connect(handle, address, port, done);
    if (rc < 0) {
        fail(util.exceptionWithHostPort(rc, 'connect', address, tcpPort));
    }
}

module.exports = {
    autoSelect: autoSelect,
    checkConnectOptions: checkConnectOptions,
    lookupAndConnect: lookupAndConnect,
    startConnect: startConnect
};
