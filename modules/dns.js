/*
 * dns: host names to addresses and back, through the system resolver.
 *
 * lookup() and lookupService() are Node's: getaddrinfo and getnameinfo
 * run on the thread pool (internalBinding('dns'), loop/dns.c) and call
 * back on the loop.  An address literal needs no resolver: lookup()
 * answers it at once, but still calls back from process.nextTick, as
 * Node does.  Addresses come in the resolver's order ('verbatim', Node
 * 20's default) unless the options or setDefaultResultOrder() ask for
 * IPv4 or IPv6 first.
 *
 * Errors are Node's: "getaddrinfo ENOTFOUND no.such.host" with code,
 * errno, syscall and hostname; the resolver's code names come from the
 * binding (ENOTFOUND for a name without addresses).
 *
 * The DNS protocol client (resolve*, reverse, Resolver, setServers,
 * getServers) is not in nodule yet: each of those names exists and throws
 * ERR_NOT_SUPPORTED naming itself (docs/compat.md).
 */
'use strict';

var binding = internalBinding('dns');
var errors = require('internal/errors');
var punycode = require('punycode');
var util = require('internal/dns_util');

var codes = errors.codes;
var validateOneOf = util.validateOneOf;
var validatePort = util.validatePort;
var dnsException = util.dnsException;
var isIP = util.isIP;
var validFamilies = [0, 4, 6];
var validOrders = ['verbatim', 'ipv4first', 'ipv6first'];
var defaultOrder = 'verbatim';

// Sort a copy of the answers for 'ipv4first' / 'ipv6first' (stable).
function ordered(addresses, families, order) {
    var list = addresses.map(function (address, i) {
        return { address: address, family: families[i] };
    });
    if (order === 'verbatim') {
        return list;
    }
    var first = order === 'ipv4first' ? 4 : 6;
    return list.filter(function (a) {
        return a.family === first;
    }).concat(list.filter(function (a) {
        return a.family !== first;
    }));
}

function GetAddrInfoReqWrap() {
}

function GetNameInfoReqWrap() {
}

var warnedEmpty = false;

function emitInvalidHostnameWarning(hostname) {
    if (!warnedEmpty) {
        warnedEmpty = true;
        process.emitWarning('The provided hostname "' + String(hostname) +
            '" is not a valid hostname, and is supported in the dns module ' +
            'solely for compatibility.', 'DeprecationWarning', 'DEP0118');
    }
}

// Read lookup()'s arguments as Node does; returns the parsed request.
function parseLookup(hostname, options, callback, nargs) {
    var hints = 0;
    var family = 0;
    var all = false;
    var order = defaultOrder;

    if (hostname) {
        errors.validateString(hostname, 'hostname');
    }
    if (typeof options === 'function') {
        callback = options;
    } else if (typeof options === 'number') {
        errors.validateFunction(callback, 'callback');
        validateOneOf(options, 'family', validFamilies);
        family = options;
    } else if (options !== undefined && typeof options !== 'object') {
        errors.validateFunction(nargs === 2 ? options : callback, 'callback');
        throw codes.ERR_INVALID_ARG_TYPE('options', ['integer', 'object'],
            options);
    } else {
        errors.validateFunction(callback, 'callback');
        if (options !== undefined && options !== null) {
            if (options.hints !== undefined && options.hints !== null) {
                errors.validateNumber(options.hints, 'options.hints');
                hints = options.hints >>> 0;
                if ((hints & ~(binding.AI_ADDRCONFIG | binding.AI_ALL |
                        binding.AI_V4MAPPED)) !== 0) {
                    throw codes.ERR_INVALID_ARG_VALUE('hints', hints);
                }
            }
            if (options.family !== undefined && options.family !== null) {
                if (options.family === 'IPv4') {
                    family = 4;
                } else if (options.family === 'IPv6') {
                    family = 6;
                } else {
                    validateOneOf(options.family, 'options.family',
                        validFamilies);
                    family = options.family;
                }
            }
            if (options.all !== undefined && options.all !== null) {
                errors.validateBoolean(options.all, 'options.all');
                all = options.all;
            }
            if (options.verbatim !== undefined && options.verbatim !== null) {
                errors.validateBoolean(options.verbatim, 'options.verbatim');
                order = options.verbatim ? 'verbatim' : 'ipv4first';
            }
            if (options.order !== undefined && options.order !== null) {
                validateOneOf(options.order, 'options.order', validOrders);
                order = options.order;
            }
        }
    }
    return { hostname: hostname, callback: callback, hints: hints,
        family: family, all: all, order: order };
}

// Start a parsed lookup; done(err, list) gets [{address, family}].
// Returns the request object lookup() returns.
function startLookup(p, done) {
    if (!p.hostname) {
        emitInvalidHostnameWarning(p.hostname);
        process.nextTick(done, null, null);
        return {};
    }
    var matched = isIP(p.hostname);
    if (matched) {
        process.nextTick(done, null,
            [{ address: p.hostname, family: matched }]);
        return {};
    }
    var req = new GetAddrInfoReqWrap();
    req.family = p.family;
    req.hostname = p.hostname;
    var rc = binding.getaddrinfo(punycode.toASCII(p.hostname), p.family,
        p.hints, function (status, addresses, families) {
            if (status < 0) {
                done(dnsException(status, 'getaddrinfo', p.hostname));
                return;
            }
            done(null, ordered(addresses, families, p.order));
        });
    if (rc < 0) {
        process.nextTick(done, dnsException(rc, 'getaddrinfo', p.hostname));
        return {};
    }
    return req;
}

function lookup(hostname, options, callback) {
    var p = parseLookup(hostname, options, callback, arguments.length);
    return startLookup(p, function (err, list) {
        if (err) {
            p.callback(err);
        } else if (p.all) {
            p.callback(null, list === null ? [] : list);
        } else if (list === null || list.length === 0) {
            p.callback(null, null, p.family === 6 ? 6 : 4);
        } else {
            p.callback(null, list[0].address, list[0].family);
        }
    });
}

// Read lookupService()'s arguments; returns the port as a number.
function parseLookupService(nargs, address, port, callback) {
    if (nargs !== 3) {
        throw codes.ERR_MISSING_ARGS('address', 'port', 'callback');
    }
    if (isIP(address) === 0) {
        throw codes.ERR_INVALID_ARG_VALUE('address', address);
    }
    validatePort(port);
    errors.validateFunction(callback, 'callback');
    return +port;
}

function lookupService(address, port, callback) {
    port = parseLookupService(arguments.length, address, port, callback);
    var req = new GetNameInfoReqWrap();
    req.hostname = address;
    req.port = port;
    var rc = binding.getnameinfo(address, port,
        function (status, hostname, service) {
            if (status < 0) {
                callback(dnsException(status, 'getnameinfo', address));
                return;
            }
            callback(null, hostname, service);
        });
    if (rc < 0) {
        throw dnsException(rc, 'getnameinfo', address);
    }
    return req;
}

function getDefaultResultOrder() {
    return defaultOrder;
}

function setDefaultResultOrder(order) {
    validateOneOf(order, 'dnsOrder', validOrders);
    defaultOrder = order;
}

// ---- what nodule does not have yet ----------------------------------------

var unsupported = ['getServers', 'resolve', 'resolve4', 'resolve6',
    'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr',
    'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt',
    'reverse', 'setServers'];

function notSupported(prefix, name) {
    var f = function () {
        throw codes.ERR_NOT_SUPPORTED(prefix + name +
            '() (the DNS protocol client)');
    };
    Object.defineProperty(f, 'name', { value: name });
    return f;
}

function makeResolver(prefix) {
    function Resolver() {
        throw codes.ERR_NOT_SUPPORTED(prefix +
            'Resolver (the DNS protocol client)');
    }
    unsupported.forEach(function (name) {
        Resolver.prototype[name] = notSupported(prefix + 'Resolver.', name);
    });
    Resolver.prototype.cancel = notSupported(prefix + 'Resolver.', 'cancel');
    Resolver.prototype.setLocalAddress = notSupported(prefix + 'Resolver.',
        'setLocalAddress');
    return Resolver;
}

// The error codes of the DNS protocol client, as Node exports them.
var errorCodes = ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP',
    'REFUSED', 'BADQUERY', 'BADNAME', 'BADFAMILY', 'BADRESP', 'CONNREFUSED',
    'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION', 'BADSTR', 'BADFLAGS',
    'NONAME', 'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI',
    'ADDRGETNETWORKPARAMS', 'CANCELLED'];

function addErrorCodes(target) {
    errorCodes.forEach(function (name) {
        target[name] = 'E' + name;
    });
}

// ---- dns.promises ----------------------------------------------------------

function lookupPromise(hostname, options) {
    var p = parseLookup(hostname, options, function () {}, 2);
    return new Promise(function (resolve, reject) {
        startLookup(p, function (err, list) {
            if (err) {
                reject(err);
            } else if (p.all) {
                resolve(list === null ? [] : list);
            } else if (list === null || list.length === 0) {
                resolve({ address: null, family: p.family === 6 ? 6 : 4 });
            } else {
                resolve(list[0]);
            }
        });
    });
}

function lookupServicePromise(address, port) {
    if (arguments.length !== 2) {
        throw codes.ERR_MISSING_ARGS('address', 'port');
    }
    port = parseLookupService(3, address, port, function () {});
    return new Promise(function (resolve, reject) {
        var rc = binding.getnameinfo(address, port,
            function (status, hostname, service) {
                if (status < 0) {
                    reject(dnsException(status, 'getnameinfo', address));
                } else {
                    resolve({ hostname: hostname, service: service });
                }
            });
        if (rc < 0) {
            reject(dnsException(rc, 'getnameinfo', address));
        }
    });
}

// Both objects list their names in Node's order.
function fill(target, prefix, extra) {
    target.setServers = notSupported(prefix, 'setServers');
    Object.keys(extra).forEach(function (key) {
        target[key] = extra[key];
    });
    addErrorCodes(target);
    unsupported.forEach(function (name) {
        if (name !== 'setServers') {
            target[name] = notSupported(prefix, name);
        }
    });
    return target;
}

var promises = fill({
    lookup: lookupPromise,
    lookupService: lookupServicePromise,
    Resolver: makeResolver('dns.promises.'),
    getDefaultResultOrder: getDefaultResultOrder,
    setDefaultResultOrder: setDefaultResultOrder
}, 'dns.promises.', {});

module.exports = fill({
    lookup: lookup,
    lookupService: lookupService,
    Resolver: makeResolver('dns.'),
    getDefaultResultOrder: getDefaultResultOrder,
    setDefaultResultOrder: setDefaultResultOrder
}, 'dns.', {
    ADDRCONFIG: binding.AI_ADDRCONFIG,
    ALL: binding.AI_ALL,
    V4MAPPED: binding.AI_V4MAPPED
});
module.exports.promises = promises;
