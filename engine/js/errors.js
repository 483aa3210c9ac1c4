/*
 * internal/errors: the Node-shaped errors and argument checks that the
 * JavaScript half of the runtime throws.
 *
 * Node's core modules throw errors whose `code` names the problem
 * ('ERR_INVALID_ARG_TYPE') and whose message follows one fixed wording per
 * code, so programs and tests can match on either. This file owns those
 * wordings. Every error made here is a real TypeError/RangeError/Error (so
 * `instanceof` works), carries an enumerable `code`, and has a
 * non-enumerable `toString` that gives "TypeError [CODE]: message". Duktape
 * builds `err.stack` from `String(err)` when it is read, so the stack's first
 * line shows the code the way Node's does.
 *
 * The "Received ..." part of a message describes the offending value with
 * util.inspect, which is loaded lazily: internal/inspect needs nothing from
 * here at load time, and most programs never make one of these errors.
 */
'use strict';

var inspectModule = null;

function inspect(value, options) {
    if (inspectModule === null) {
        inspectModule = require('internal/inspect');
    }
    return inspectModule.inspect(value, options);
}

// Attach the code and the "Name [CODE]: message" rendering to an error.
function decorate(err, code) {
    Object.defineProperty(err, 'toString', {
        value: function toString() {
            return this.name + ' [' + code + ']: ' + this.message;
        },
        enumerable: false,
        writable: true,
        configurable: true
    });
    err.code = code;
    return err;
}

function makeError(Base, code, message) {
    return decorate(new Base(message), code);
}

// Describe a value for the end of a message, as Node 20 does: "null",
// "function f", "an instance of Foo", or "type number (42)".
function describeReceived(value) {
    if (value === null || value === undefined) {
        return 'Received ' + value;
    }
    if (typeof value === 'function' && value.name) {
        return 'Received function ' + value.name;
    }
    if (typeof value === 'object') {
        if (value.constructor && value.constructor.name) {
            return 'Received an instance of ' + value.constructor.name;
        }
        return 'Received ' + inspect(value, { depth: -1 });
    }
    // Long strings are cut before quoting: ('a very long string that g...')
    var shown = typeof value === 'string' && value.length > 28 ?
        inspect(value.slice(0, 25) + '...') : inspect(value);
    return 'Received type ' + typeof value + ' (' + shown + ')';
}

var PRIMITIVE_TYPES = ['string', 'function', 'number', 'object', 'Function',
    'Object', 'boolean', 'bigint', 'symbol'];

// Join ["a", "b", "c"] as "a, b, or c" and ["a", "b"] as "a or b".
function orList(items) {
    if (items.length > 2) {
        return items.slice(0, -1).join(', ') + ', or ' +
            items[items.length - 1];
    }
    return items.join(' or ');
}

function invalidArgTypeMessage(name, expected, actual) {
    if (!Array.isArray(expected)) {
        expected = [expected];
    }
    var msg = 'The ';
    if (/ argument$/.test(name)) {
        msg += name + ' ';
    } else {
        msg += '"' + name + '" ' +
            (name.indexOf('.') >= 0 ? 'property' : 'argument') + ' ';
    }
    msg += 'must be ';

    var types = [];
    var instances = [];
    var other = [];
    var i;
    for (i = 0; i < expected.length; i++) {
        var value = expected[i];
        if (PRIMITIVE_TYPES.indexOf(value) >= 0) {
            types.push(value.toLowerCase());
        } else if (/^[A-Z][a-zA-Z0-9]*$/.test(value)) {
            instances.push(value);
        } else {
            other.push(value);
        }
    }
    // "object" beside class names reads better as "an instance of Object".
    if (instances.length > 0 && types.indexOf('object') >= 0) {
        types.splice(types.indexOf('object'), 1);
        instances.push('Object');
    }
    if (types.length > 0) {
        msg += (types.length > 1 ? 'one of type ' : 'of type ') +
            orList(types);
        if (instances.length > 0 || other.length > 0) {
            msg += ' or ';
        }
    }
    if (instances.length > 0) {
        msg += 'an instance of ' + orList(instances);
        if (other.length > 0) {
            msg += ' or ';
        }
    }
    if (other.length > 0) {
        if (other.length > 1) {
            msg += 'one of ' + orList(other);
        } else {
            if (other[0].toLowerCase() !== other[0]) {
                msg += 'an ';
            }
            msg += other[0];
        }
    }
    return msg + '. ' + describeReceived(actual);
}

// Put thousands separators into a long integer: 1_000_000_000_000.
function addNumericalSeparator(text) {
    var res = '';
    var i = text.length;
    var start = text[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) {
        res = '_' + text.slice(i - 3, i) + res;
    }
    return text.slice(0, i) + res;
}

var codes = {
    ERR_INVALID_ARG_TYPE: function (name, expected, actual) {
        return makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
            invalidArgTypeMessage(name, expected, actual));
    },
    ERR_INVALID_ARG_VALUE: function (name, value, reason) {
        var shown = inspect(value);
        if (shown.length > 128) {
            shown = shown.slice(0, 128) + '...';
        }
        var kind = name.indexOf('.') >= 0 ? 'property' : 'argument';
        return makeError(TypeError, 'ERR_INVALID_ARG_VALUE',
            'The ' + kind + ' \'' + name + '\' ' +
            (reason === undefined ? 'is invalid' : reason) +
            '. Received ' + shown);
    },
    ERR_OUT_OF_RANGE: function (name, range, input) {
        var received;
        // Node separates the digits of large integers only (Infinity is
        // no integer; 1e21 is, and really prints as 1e_+21 in Node too).
        if (typeof input === 'number' && isFinite(input) &&
                Math.floor(input) === input && Math.abs(input) > 4294967296) {
            received = addNumericalSeparator(String(input));
        } else {
            received = inspect(input);
        }
        return makeError(RangeError, 'ERR_OUT_OF_RANGE',
            'The value of "' + name + '" is out of range. It must be ' +
            range + '. Received ' + received);
    },
    ERR_MISSING_ARGS: function () {
        var names = [];
        for (var i = 0; i < arguments.length; i++) {
            names.push('"' + arguments[i] + '"');
        }
        var list = names.length > 2 ?
            names.slice(0, -1).join(', ') + ', and ' + names[names.length - 1] :
            names.join(' and ');
        return makeError(TypeError, 'ERR_MISSING_ARGS',
            'The ' + list + ' argument' + (names.length > 1 ? 's' : '') +
            ' must be specified');
    },
    ERR_UNHANDLED_ERROR: function (shown) {
        return makeError(Error, 'ERR_UNHANDLED_ERROR', 'Unhandled error.' +
            (shown === undefined ? '' : ' (' + shown + ')'));
    },
    ERR_UNKNOWN_BUILTIN_MODULE: function (id) {
        return makeError(Error, 'ERR_UNKNOWN_BUILTIN_MODULE',
            'No such built-in module: ' + id);
    },
    ERR_NOT_SUPPORTED: function (what) {
        return makeError(Error, 'ERR_NOT_SUPPORTED',
            what + ' is not supported by nodule');
    },
    ERR_FALSY_VALUE_REJECTION: function (reason) {
        var err = makeError(Error, 'ERR_FALSY_VALUE_REJECTION',
            'Promise was rejected with falsy value');
        err.reason = reason;
        return err;
    },
    ERR_INVALID_RETURN_VALUE: function (input, name, value) {
        var type = value && value.constructor && value.constructor.name ?
            'instance of ' + value.constructor.name :
            'type ' + typeof value;
        return makeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
            'Expected ' + input + ' to be returned from the "' + name + '"' +
            ' function but got ' + type + '.');
    }
};

// Argument checks shared by the core modules.

function validateFunction(value, name) {
    if (typeof value !== 'function') {
        throw codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
    }
}

function validateString(value, name) {
    if (typeof value !== 'string') {
        throw codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
    }
}

function validateBoolean(value, name) {
    if (typeof value !== 'boolean') {
        throw codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
    }
}

function validateObject(value, name) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
    }
}

// A number, optionally within [min, max]; NaN is always out of range.
function validateNumber(value, name, min, max) {
    if (typeof value !== 'number') {
        throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
    }
    var low = min !== undefined && min !== null;
    var high = max !== undefined && max !== null;
    if ((low && value < min) || (high && value > max) ||
            ((low || high) && value !== value)) {
        var range = low && high ? '>= ' + min + ' && <= ' + max :
            low ? '>= ' + min : '<= ' + max;
        throw codes.ERR_OUT_OF_RANGE(name, range, value);
    }
}

// ---- errors from the OS ------------------------------------------------------

var errname = null; // internalBinding('process').errname, on first use

function codeOf(rc) {
    if (errname === null) {
        errname = internalBinding('process').errname;
    }
    return errname(rc);
}

// Node's errnoException: "Error: write EPIPE", with errno (the negative
// code), code and syscall.
function errnoException(rc, syscall) {
    var code = codeOf(rc);
    var err = new Error(syscall + ' ' + code);
    err.errno = rc;
    err.code = code;
    err.syscall = syscall;
    return err;
}

// Node's exceptionWithHostPort: "connect ECONNREFUSED 127.0.0.1:1", also
// with address, and port when there is one.
function exceptionWithHostPort(rc, syscall, address, port) {
    var err = errnoException(rc, syscall);
    var details = port > 0 ? address + ':' + port : address;
    if (details) {
        err.message += ' ' + details;
    }
    err.address = address;
    if (port) {
        err.port = port;
    }
    return err;
}

module.exports = {
    codes: codes,
    makeError: makeError,
    decorate: decorate,
    describeReceived: describeReceived,
    addNumericalSeparator: addNumericalSeparator,
    validateFunction: validateFunction,
    validateString: validateString,
    validateBoolean: validateBoolean,
    validateObject: validateObject,
    validateNumber: validateNumber,
    errnoException: errnoException,
    exceptionWithHostPort: exceptionWithHostPort
};
