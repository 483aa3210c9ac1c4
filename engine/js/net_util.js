/*
 * internal/net_util: what net's Socket and Server share: IP address
 * recognition (isIP), argument normalisation for connect(), port checks,
 * Node's socket errors, and the host-name lookup through dns.lookup.
 *
 * The IP grammars follow the RFCs Node's own patterns follow: dotted
 * quads of 0..255 without leading zeros; IPv6 in every compressed form,
 * with an optional embedded IPv4 tail and an optional zone ("%eth0").
 */
'use strict';

var errors = require('internal/errors');
var binding = internalBinding('stream_wrap');

var codes = errors.codes;

// ---- IP addresses ----------------------------------------------------------

var V4_BYTE = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
var V4 = '(?:' + V4_BYTE + '\\.){3}' + V4_BYTE;
var IPV4_RE = new RegExp('^' + V4 + '$');
var H = '[0-9a-fA-F]{1,4}';

// Does s (no zone) have the shape of an IPv6 address? Groups are counted
// by hand: a regular expression for every compressed form is unreadable.
function isIPv6Body(s) {
    var tailV4 = false;
    var lastColon = s.lastIndexOf(':');
    if (lastColon < 0) {
        return false;
    }
    var last = s.slice(lastColon + 1);
    if (last.indexOf('.') >= 0) {
        if (!IPV4_RE.test(last)) {
            return false;
        }
        tailV4 = true;
        s = s.slice(0, lastColon + 1) + '0:0'; // the IPv4 tail is two groups
    }
    var halves = s.split('::');
    if (halves.length > 2) {
        return false;
    }
    var groups = 0;
    var groupRe = new RegExp('^' + H + '$');
    for (var i = 0; i < halves.length; i++) {
        if (halves[i] === '') {
            continue;
        }
        var parts = halves[i].split(':');
        for (var j = 0; j < parts.length; j++) {
            if (!groupRe.test(parts[j])) {
                return false;
            }
        }
        groups += parts.length;
    }
    if (tailV4 && halves.length === 2 && halves[1] === '') {
        return false;
    }
    return halves.length === 2 ? groups <= 7 : groups === 8;
}

function isIPv4(s) {
    return typeof s === 'string' && IPV4_RE.test(s);
}

function isIPv6(s) {
    if (typeof s !== 'string') {
        return false;
    }
    var zone = s.indexOf('%');
    if (zone >= 0) {
        if (!/^[0-9a-zA-Z\-.:_]+$/.test(s.slice(zone + 1))) {
            return false;
        }
        s = s.slice(0, zone);
    }
    return isIPv6Body(s);
}

function isIP(s) {
    return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0;
}

// ---- arguments -------------------------------------------------------------

function toNumber(x) {
    return (x = Number(x)) >= 0 ? x : false;
}

function isPipeName(s) {
    return typeof s === 'string' && toNumber(s) === false;
}

// connect(options[, cb]), connect(port[, host][, cb]), connect(path[, cb])
// as [options, cb]; the same for listen's leading arguments.
function normalizeArgs(args) {
    if (args.length === 0) {
        return [{}, null];
    }
    var arg0 = args[0];
    var options = {};
    if (typeof arg0 === 'object' && arg0 !== null) {
        options = arg0;
    } else if (isPipeName(arg0)) {
        options.path = arg0;
    } else {
        options.port = arg0;
        if (args.length > 1 && typeof args[1] === 'string') {
            options.host = args[1];
        }
    }
    var cb = args[args.length - 1];
    return [options, typeof cb === 'function' ? cb : null];
}

// Node's determineSpecificType, for ERR_SOCKET_BAD_PORT.
function describeType(value) {
    return errors.describeReceived(value).replace(/^Received /, '');
}

// A valid port (0 .. 65535, a number or a numeric string), as a number.
function validatePort(port, name, allowZero) {
    if ((typeof port !== 'number' && typeof port !== 'string') ||
            (typeof port === 'string' && port.trim().length === 0) ||
            +port !== (+port >>> 0) || port > 0xFFFF ||
            (port === 0 && allowZero === false)) {
        throw errors.makeError(RangeError, 'ERR_SOCKET_BAD_PORT',
            (name || 'Port') + ' should be >= ' +
            (allowZero === false ? 1 : 0) + ' and < 65536. Received ' +
            describeType(port) + '.');
    }
    return port | 0;
}

// ---- errors ----------------------------------------------------------------

// Node's uvExceptionWithHostPort, for listen errors:
// "listen EADDRINUSE: address already in use :::8080".
function listenException(rc, address, port) {
    var code = binding.errname(rc);
    var where = port === undefined || port === -1 ? address :
        address + ':' + port;
    var err = new Error('listen ' + code + ': ' + binding.errmessage(rc) +
        (where ? ' ' + where : ''));
    err.code = code;
    err.errno = rc;
    err.syscall = 'listen';
    err.address = address;
    if (port !== undefined && port !== -1) {
        err.port = port;
    }
    return err;
}

// ---- host names ------------------------------------------------------------

// The dns module, or null while nodule has none.
function defaultLookup() {
    try {
        return require('dns').lookup;
    } catch (e) {
        return null;
    }
}

// Look host up with options.lookup or dns.lookup; cb(err, ip, family).
// A missing resolver is a plain error, reported through cb.
function lookup(fn, host, dnsOpts, cb) {
    if (typeof fn !== 'function') {
        fn = defaultLookup();
    }
    if (fn === null) {
        var err = codes.ERR_NOT_SUPPORTED('Resolving the host name \'' +
            host + '\' (the dns module)');
        return process.nextTick(cb, err);
    }
    fn(host, dnsOpts, cb);
}

module.exports = {
    isIP: isIP,
    isIPv4: isIPv4,
    isIPv6: isIPv6,
    isPipeName: isPipeName,
    normalizeArgs: normalizeArgs,
    validatePort: validatePort,
    exceptionWithHostPort: errors.exceptionWithHostPort,
    listenException: listenException,
    lookup: lookup
};
