/*
 * internal/builtins_clone: structuredClone(value), the HTML structured
 * clone algorithm for the values a single engine can hold.
 *
 * Cloned: primitives (not symbols), Boolean/Number/String wrappers, Date,
 * RegExp, ArrayBuffer, typed arrays and DataView (with their buffer,
 * shared between views of one buffer as in the original), Map, Set,
 * arrays (own indices and other own enumerable keys), Error objects (name
 * when it is a standard one, message, stack, cause) and plain objects
 * (own enumerable string keys; the result is a plain object, prototypes
 * are not kept). Cycles and shared references are preserved through a
 * memo of what has been cloned.
 *
 * A function, a symbol, or an object of another kind (a Proxy, a native
 * handle) throws an Error named 'DataCloneError' with code 25 and Node's
 * message ('... could not be cloned.'). The `transfer` option is not
 * supported and throws ERR_NOT_SUPPORTED.
 */
'use strict';

var toString = Object.prototype.toString;

var ERROR_NAMES = ['Error', 'EvalError', 'RangeError', 'ReferenceError',
    'SyntaxError', 'TypeError', 'URIError'];

function dataCloneError(value) {
    var shown;
    try {
        shown = typeof value === 'symbol' ? value.toString() : String(value);
    } catch (e) {
        shown = Object.prototype.toString.call(value);
    }
    var err = new Error(shown + ' could not be cloned.');
    err.name = 'DataCloneError';
    Object.defineProperty(err, 'code', { value: 25, enumerable: false,
        writable: true, configurable: true });
    return err;
}

// A memo from original objects to clones; a linear list keeps this file
// free of Map, which may itself be a script (internal/collections).
function Memo() {
    this.from = [];
    this.to = [];
}

Memo.prototype.get = function (obj) {
    var i = this.from.indexOf(obj);
    return i < 0 ? undefined : this.to[i];
};

Memo.prototype.set = function (obj, copy) {
    this.from.push(obj);
    this.to.push(copy);
};

function isView(value) {
    return typeof ArrayBuffer === 'function' && ArrayBuffer.isView &&
        ArrayBuffer.isView(value);
}

function cloneBuffer(buf) {
    var copy = new ArrayBuffer(buf.byteLength);
    new Uint8Array(copy).set(new Uint8Array(buf));
    return copy;
}

function copyKeys(source, target, memo, skipIndices) {
    var keys = Object.keys(source);
    var i;
    for (i = 0; i < keys.length; i++) {
        if (skipIndices && String(keys[i] >>> 0) === keys[i]) {
            continue;
        }
        target[keys[i]] = clone(source[keys[i]], memo);
    }
}

function clone(value, memo) {
    var type = typeof value;
    if (type === 'symbol' || type === 'function') {
        throw dataCloneError(value);
    }
    if (value === null || type !== 'object') {
        return value;
    }
    var seen = memo.get(value);
    if (seen !== undefined) {
        return seen;
    }
    var copy;
    var tag = toString.call(value);
    var i;
    if (Array.isArray(value)) {
        copy = new Array(value.length);
        memo.set(value, copy);
        for (i = 0; i < value.length; i++) {
            if (i in value) {
                copy[i] = clone(value[i], memo);
            }
        }
        copyKeys(value, copy, memo, true);
        return copy;
    }
    if (value instanceof Date || tag === '[object Date]') {
        copy = new Date(value.getTime());
    } else if (value instanceof RegExp || tag === '[object RegExp]') {
        copy = new RegExp(value.source, (value.global ? 'g' : '') +
            (value.ignoreCase ? 'i' : '') + (value.multiline ? 'm' : ''));
    } else if (tag === '[object Boolean]') {
        copy = Object(Boolean.prototype.valueOf.call(value));
    } else if (tag === '[object Number]') {
        copy = Object(Number.prototype.valueOf.call(value));
    } else if (tag === '[object String]') {
        copy = Object(String.prototype.valueOf.call(value));
    } else if (typeof ArrayBuffer === 'function' &&
            value instanceof ArrayBuffer) {
        copy = cloneBuffer(value);
    } else if (isView(value)) {
        var buffer = clone(value.buffer, memo);
        var Ctor = value.constructor;
        if (typeof DataView === 'function' && value instanceof DataView) {
            copy = new DataView(buffer, value.byteOffset, value.byteLength);
        } else {
            // A Buffer comes back as a Uint8Array, as in Node.
            if (typeof Buffer === 'function' && value instanceof Buffer) {
                Ctor = Uint8Array;
            }
            copy = new Ctor(buffer, value.byteOffset, value.length);
        }
    } else if (typeof Map === 'function' && value instanceof Map) {
        copy = new Map();
        memo.set(value, copy);
        value.forEach(function (v, k) {
            copy.set(clone(k, memo), clone(v, memo));
        });
        return copy;
    } else if (typeof Set === 'function' && value instanceof Set) {
        copy = new Set();
        memo.set(value, copy);
        value.forEach(function (v) {
            copy.add(clone(v, memo));
        });
        return copy;
    } else if (value instanceof Error || tag === '[object Error]') {
        var name = ERROR_NAMES.indexOf(value.name) >= 0 ? value.name :
            'Error';
        var Base = typeof globalThis[name] === 'function' ?
            globalThis[name] : Error;
        copy = new Base(String(value.message));
        memo.set(value, copy);
        if (typeof value.stack === 'string') {
            Object.defineProperty(copy, 'stack', { value: value.stack,
                writable: true, configurable: true, enumerable: false });
        }
        if ('cause' in value) {
            Object.defineProperty(copy, 'cause', {
                value: clone(value.cause, memo), writable: true,
                configurable: true, enumerable: false
            });
        }
        return copy;
    } else if (Object.getPrototypeOf(value) === null ||
            tag === '[object Object]') {
        copy = {};
        memo.set(value, copy);
        copyKeys(value, copy, memo, false);
        return copy;
    } else {
        throw dataCloneError(value);
    }
    memo.set(value, copy);
    return copy;
}

function structuredClone(value, options) {
    if (arguments.length === 0) {
        // Node's wording here has no quotes around the name.
        var missing = new TypeError('The value argument must be specified');
        missing.code = 'ERR_MISSING_ARGS';
        throw missing;
    }
    if (options !== undefined && options !== null &&
            options.transfer !== undefined) {
        throw require('internal/errors').codes.ERR_NOT_SUPPORTED(
            'structuredClone with the transfer option');
    }
    return clone(value, new Memo());
}

module.exports = { structuredClone: structuredClone };
