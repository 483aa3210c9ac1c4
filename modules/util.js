/*
 * util: Node's grab bag of helpers.
 *
 * The big pieces live in engine/js so that core modules can use them
 * without loading all of util: inspect (internal/inspect), format
 * (internal/format), deep equality (internal/comparisons) and type checks
 * (internal/types). This file adds the rest: inherits, promisify and
 * callbackify, deprecate, debuglog, styleText, the old is* predicates and
 * TextEncoder/TextDecoder (Duktape's own, which the bootstrap may also
 * make global).
 *
 * Not supported (calling them throws ERR_NOT_SUPPORTED): parseArgs,
 * parseEnv, MIMEType, MIMEParams, aborted, transferableAbortSignal,
 * transferableAbortController, getSystemErrorMap.
 */
'use strict';

var errors = require('internal/errors');
var inspectModule = require('internal/inspect');
var formatModule = require('internal/format');
var comparisons = require('internal/comparisons');
var typesModule = require('internal/types');

var codes = errors.codes;
var inspect = inspectModule.inspect;
var format = formatModule.format;
var globalObject = Function('return this')();

var kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');

function inherits(ctor, superCtor) {
    if (ctor === undefined || ctor === null) {
        throw codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
    }
    if (superCtor === undefined || superCtor === null) {
        throw codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
    }
    if (superCtor.prototype === undefined) {
        throw codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object',
            superCtor.prototype);
    }
    Object.defineProperty(ctor, 'super_', {
        value: superCtor, writable: true, configurable: true
    });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// Copy what can be copied of a function's own properties onto another.
function copyOwnProperties(from, to, adjust) {
    var names = Object.getOwnPropertyNames(from)
        .concat(Object.getOwnPropertySymbols(from));
    for (var i = 0; i < names.length; i++) {
        var desc = Object.getOwnPropertyDescriptor(from, names[i]);
        if (adjust) {
            adjust(names[i], desc);
        }
        try {
            Object.defineProperty(to, names[i], desc);
        } catch (err) {
            // Some engines keep a few function properties fixed; the copy
            // leaves those as they are.
        }
    }
}

function promisify(original) {
    errors.validateFunction(original, 'original');
    if (original[kCustomPromisified]) {
        var custom = original[kCustomPromisified];
        errors.validateFunction(custom, 'util.promisify.custom');
        Object.defineProperty(custom, kCustomPromisified, {
            value: custom, enumerable: false, writable: false,
            configurable: true
        });
        return custom;
    }
    function fn() {
        var self = this;
        var args = Array.prototype.slice.call(arguments);
        return new Promise(function (resolve, reject) {
            args.push(function (err, value) {
                if (err) {
                    reject(err);
                } else {
                    resolve(value);
                }
            });
            original.apply(self, args);
        });
    }
    Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
    Object.defineProperty(fn, kCustomPromisified, {
        value: fn, enumerable: false, writable: false, configurable: true
    });
    copyOwnProperties(original, fn);
    return fn;
}

promisify.custom = kCustomPromisified;

function callbackify(original) {
    errors.validateFunction(original, 'original');
    function callbackified() {
        var args = Array.prototype.slice.call(arguments);
        var maybeCb = args.pop();
        errors.validateFunction(maybeCb, 'last argument');
        var self = this;
        var cb = function () {
            return maybeCb.apply(self, arguments);
        };
        original.apply(this, args).then(function (ret) {
            process.nextTick(cb, null, ret);
        }, function (reason) {
            // A falsy rejection would read as success to the callback.
            if (!reason) {
                reason = codes.ERR_FALSY_VALUE_REJECTION(reason);
            }
            process.nextTick(cb, reason);
        });
    }
    copyOwnProperties(original, callbackified, function (name, desc) {
        if (name === 'length' && typeof desc.value === 'number') {
            desc.value++;
        } else if (name === 'name' && typeof desc.value === 'string') {
            desc.value += 'Callbackified';
        }
    });
    return callbackified;
}

var warnedCodes = Object.create(null);

function deprecate(fn, msg, code) {
    errors.validateFunction(fn, 'fn');
    if (process.noDeprecation === true) {
        return fn;
    }
    if (code !== undefined) {
        errors.validateString(code, 'code');
    }
    var warned = false;
    function deprecated() {
        if (!warned) {
            warned = true;
            if (code === undefined) {
                process.emitWarning(msg, 'DeprecationWarning', deprecated);
            } else if (!warnedCodes[code]) {
                warnedCodes[code] = true;
                process.emitWarning(msg, 'DeprecationWarning', code,
                    deprecated);
            }
        }
        var args = Array.prototype.slice.call(arguments);
        if (this instanceof deprecated) {
            return Reflect.construct(fn, args);
        }
        return fn.apply(this, args);
    }
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) {
        deprecated.prototype = fn.prototype;
    }
    return deprecated;
}

// NODE_DEBUG=net,http* turns on debuglog('net') and debuglog('http2').
function debugEnabled(section) {
    var env = process.env && process.env.NODE_DEBUG;
    if (!env) {
        return false;
    }
    var names = String(env).split(/[\s,]+/);
    for (var i = 0; i < names.length; i++) {
        if (names[i] === '') {
            continue;
        }
        var pattern = new RegExp('^' + names[i]
            .replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
            .replace(/\*/g, '.*') + '$', 'i');
        if (pattern.test(section)) {
            return true;
        }
    }
    return false;
}

function debuglog(section, callback) {
    var enabled;
    var upper = String(section).toUpperCase();
    function isEnabled() {
        if (enabled === undefined) {
            enabled = debugEnabled(section);
            if (typeof callback === 'function') {
                callback(enabled ? logger : noop);
            }
        }
        return enabled;
    }
    function noop() {}
    function logger() {
        if (!isEnabled()) {
            return;
        }
        process.stderr.write(upper + ' ' + process.pid + ': ' +
            format.apply(null, arguments) + '\n');
    }
    Object.defineProperty(logger, 'enabled', {
        get: isEnabled, enumerable: true, configurable: true
    });
    return logger;
}

var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep',
    'Oct', 'Nov', 'Dec'];

function pad2(n) {
    return (n < 10 ? '0' : '') + n;
}

function log() {
    var d = new Date();
    var time = pad2(d.getHours()) + ':' + pad2(d.getMinutes()) + ':' +
        pad2(d.getSeconds());
    var text = d.getDate() + ' ' + MONTHS[d.getMonth()] + ' ' + time +
        ' - ' + format.apply(null, arguments);
    process.stdout.write(text + '\n');
}

function shouldColorize(stream) {
    if (process.env && process.env.FORCE_COLOR !== undefined) {
        return process.env.FORCE_COLOR !== '0';
    }
    return !!(stream && stream.isTTY && (typeof stream.getColorDepth !==
        'function' || stream.getColorDepth() > 2));
}

function styleText(fmt, text, options) {
    errors.validateString(text, 'text');
    var validateStream = options && options.validateStream !== undefined ?
        options.validateStream : true;
    var stream = options && options.stream !== undefined ? options.stream :
        process.stdout;
    errors.validateBoolean(validateStream, 'options.validateStream');
    var formats = Array.isArray(fmt) ? fmt : [fmt];
    var left = '';
    var right = '';
    for (var i = 0; i < formats.length; i++) {
        var codesFor = inspect.colors[formats[i]];
        if (codesFor === undefined || codesFor === null) {
            throw codes.ERR_INVALID_ARG_VALUE('format', formats[i],
                'must be one of: ' + Object.keys(inspect.colors)
                    .map(function (name) {
                        return '\'' + name + '\'';
                    }).join(', '));
        }
        left += '\u001b[' + codesFor[0] + 'm';
        right = '\u001b[' + codesFor[1] + 'm' + right;
    }
    // As in Node 20, only a single style is dropped for streams that do
    // not take colors.
    if (!Array.isArray(fmt) && validateStream &&
            (!stream || !shouldColorize(stream))) {
        return text;
    }
    return left + text + right;
}

// Lone surrogates become U+FFFD, so the string is valid Unicode.
function toUSVString(input) {
    var str = String(input);
    var out = '';
    for (var i = 0; i < str.length; i++) {
        var c = str.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length &&
                str.charCodeAt(i + 1) >= 0xdc00 &&
                str.charCodeAt(i + 1) <= 0xdfff) {
            out += str[i] + str[i + 1];
            i++;
        } else if (c >= 0xd800 && c <= 0xdfff) {
            out += '\ufffd';
        } else {
            out += str[i];
        }
    }
    return out;
}

function extend(target, source) {
    if (source === null || typeof source !== 'object') {
        return target;
    }
    var keys = Object.keys(source);
    for (var i = keys.length - 1; i >= 0; i--) {
        target[keys[i]] = source[keys[i]];
    }
    return target;
}

function getSystemErrorName(err) {
    if (typeof err !== 'number') {
        throw codes.ERR_INVALID_ARG_TYPE('err', 'number', err);
    }
    if (err >= 0 || Math.floor(err) !== err) {
        throw codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
    }
    var errno = require('os').constants.errno;
    for (var name in errno) {
        if (errno[name] === -err) {
            return name;
        }
    }
    return 'Unknown system error ' + err;
}

function notSupported(name) {
    return function () {
        throw codes.ERR_NOT_SUPPORTED('util.' + name);
    };
}

function isBuffer(value) {
    var B = globalObject.Buffer;
    return typeof B === 'function' && typeof B.isBuffer === 'function' &&
        B.isBuffer(value);
}

var types = {};
(function () {
    var skip = ['classOf', 'typedArrayName'];
    for (var name in typesModule) {
        if (skip.indexOf(name) < 0) {
            types[name] = typesModule[name];
        }
    }
})();

function isError(value) {
    return typesModule.isNativeError(value) || value instanceof Error;
}

function missingEncoding(name) {
    return function () {
        throw codes.ERR_NOT_SUPPORTED(name);
    };
}

module.exports = {
    _extend: extend,
    callbackify: callbackify,
    debug: debuglog,
    debuglog: debuglog,
    deprecate: deprecate,
    format: format,
    formatWithOptions: formatModule.formatWithOptions,
    getSystemErrorName: getSystemErrorName,
    getSystemErrorMap: notSupported('getSystemErrorMap'),
    inherits: inherits,
    inspect: inspect,
    isArray: Array.isArray,
    isBoolean: function (arg) {
        return typeof arg === 'boolean';
    },
    isBuffer: isBuffer,
    isDate: typesModule.isDate,
    isDeepStrictEqual: comparisons.isDeepStrictEqual,
    isError: isError,
    isFunction: function (arg) {
        return typeof arg === 'function';
    },
    isNull: function (arg) {
        return arg === null;
    },
    isNullOrUndefined: function (arg) {
        return arg === null || arg === undefined;
    },
    isNumber: function (arg) {
        return typeof arg === 'number';
    },
    isObject: function (arg) {
        return arg !== null && typeof arg === 'object';
    },
    isPrimitive: function (arg) {
        return arg === null ||
            (typeof arg !== 'object' && typeof arg !== 'function');
    },
    isRegExp: typesModule.isRegExp,
    isString: function (arg) {
        return typeof arg === 'string';
    },
    isSymbol: function (arg) {
        return typeof arg === 'symbol';
    },
    isUndefined: function (arg) {
        return arg === undefined;
    },
    log: log,
    promisify: promisify,
    stripVTControlCharacters: inspectModule.stripVTControlCharacters,
    styleText: styleText,
    toUSVString: toUSVString,
    types: types,
    parseArgs: notSupported('parseArgs'),
    parseEnv: notSupported('parseEnv'),
    MIMEType: notSupported('MIMEType'),
    MIMEParams: notSupported('MIMEParams'),
    aborted: notSupported('aborted'),
    transferableAbortSignal: notSupported('transferableAbortSignal'),
    transferableAbortController: notSupported('transferableAbortController'),
    TextEncoder: typeof globalObject.TextEncoder === 'function' ?
        globalObject.TextEncoder : missingEncoding('TextEncoder'),
    TextDecoder: typeof globalObject.TextDecoder === 'function' ?
        globalObject.TextDecoder : missingEncoding('TextDecoder')
};
