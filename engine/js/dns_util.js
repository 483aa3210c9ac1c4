/*
 * internal/dns_util: the checks and errors that dns, dgram and net share:
 * Node's validateOneOf and validatePort wordings, dnsException ("getaddrinfo
 * ENOTFOUND host") and isIP over the native address parser.
 */
'use strict';

var binding = internalBinding('dns');
var errors = require('internal/errors');

var codes = errors.codes;

// validateOneOf: "The argument 'family' must be one of: 0, 4, 6."
function validateOneOf(value, name, list) {
    if (list.indexOf(value) < 0) {
        var shown = list.map(function (v) {
            return typeof v === 'string' ? '\'' + v + '\'' : String(v);
        }).join(', ');
        throw codes.ERR_INVALID_ARG_VALUE(name, value,
            'must be one of: ' + shown);
    }
}

// ERR_SOCKET_BAD_PORT for anything but an integer 0..65535 (or a string
// holding one), as Node's validatePort.
function validatePort(port, name, allowZero) {
    if (name === undefined) {
        name = 'Port';
    }
    if (allowZero === undefined) {
        allowZero = true;
    }
    if ((typeof port !== 'number' && typeof port !== 'string') ||
            (typeof port === 'string' && port.trim().length === 0) ||
            +port !== (+port >>> 0) || port > 0xFFFF ||
            (port === 0 && !allowZero)) {
        var err = new RangeError(name + ' should be ' +
            (allowZero ? '>=' : '>') + ' 0 and < 65536. ' +
            errors.describeReceived(port) + '.');
        throw errors.decorate(err, 'ERR_SOCKET_BAD_PORT');
    }
    return port | 0;
}

// Node's dnsException: "getaddrinfo ENOTFOUND host".
function dnsException(status, syscall, hostname) {
    var code = binding.errcode(status);
    var err = new Error(syscall + ' ' + code +
        (hostname ? ' ' + hostname : ''));
    err.errno = status;
    err.code = code;
    err.syscall = syscall;
    if (hostname) {
        err.hostname = hostname;
    }
    return err;
}

function isIP(text) {
    return typeof text === 'string' ? binding.isIP(text) : 0;
}

module.exports = {
    validateOneOf: validateOneOf,
    validatePort: validatePort,
    dnsException: dnsException,
    isIP: isIP
};
