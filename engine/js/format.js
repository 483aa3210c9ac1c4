/*
 * internal/format: util.format and util.formatWithOptions, the printf of
 * console.log.
 *
 * A first argument that is a string may hold placeholders, each taking the
 * next argument: %s (String(), or a shallow inspect for plain objects and
 * built-ins), %d and %i (numbers, integers), %f, %j (JSON; '[Circular]'
 * for cyclic values), %o (inspect with hidden properties, depth 4), %O
 * (inspect), %c (CSS, consumed and dropped) and %% (a percent sign). A
 * placeholder with no argument left is printed as written. Arguments
 * left over are appended, separated by spaces: strings as they are,
 * anything else through util.inspect with the caller's options.
 */
'use strict';

var inspectModule = require('internal/inspect');
var inspect = inspectModule.inspect;

function stylizeNoColor(str) {
    return str;
}

function formatNumber(value, options) {
    return inspectModule.formatNumber(stylizeNoColor, value,
        options && options.numericSeparator !== undefined ?
            options.numericSeparator :
            inspectModule.defaultOptions.numericSeparator);
}

function extend(options, overrides) {
    var result = {};
    var key;
    if (options) {
        for (key in options) {
            if (Object.prototype.hasOwnProperty.call(options, key)) {
                result[key] = options[key];
            }
        }
    }
    for (key in overrides) {
        result[key] = overrides[key];
    }
    return result;
}

// Does %s show this object through inspect (true), or through its own
// toString (false)? Only objects whose nearest toString comes from a
// built-in prototype are inspected.
function hasBuiltInToString(value) {
    var own = Object.prototype.hasOwnProperty;
    var toPrimitive = typeof Symbol === 'function' ?
        Symbol.toPrimitive : undefined;
    var checkToString = true;
    var checkToPrimitive = toPrimitive !== undefined;
    if (typeof value.toString !== 'function') {
        if (!checkToPrimitive || typeof value[toPrimitive] !== 'function') {
            return true;
        }
        if (own.call(value, toPrimitive)) {
            return false;
        }
        checkToString = false;
    } else if (own.call(value, 'toString')) {
        return false;
    } else if (!checkToPrimitive ||
            typeof value[toPrimitive] !== 'function') {
        checkToPrimitive = false;
    } else if (own.call(value, toPrimitive)) {
        return false;
    }
    var pointer = value;
    do {
        pointer = Object.getPrototypeOf(pointer);
    } while (pointer !== null &&
        !(checkToString && own.call(pointer, 'toString')) &&
        !(checkToPrimitive && own.call(pointer, toPrimitive)));
    if (pointer === null) {
        return true;
    }
    var descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
    return descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        inspectModule.isBuiltinName(descriptor.value.name);
}

function tryStringify(value) {
    try {
        return JSON.stringify(value);
    } catch (err) {
        if (err instanceof TypeError && isCyclic(value, [])) {
            return '[Circular]';
        }
        throw err;
    }
}

// Engines word the "cyclic structure" error differently, so the cycle is
// looked for directly.
function isCyclic(value, stack) {
    if (value === null || typeof value !== 'object') {
        return false;
    }
    if (stack.indexOf(value) >= 0) {
        return true;
    }
    stack.push(value);
    var keys = Object.keys(value);
    for (var i = 0; i < keys.length; i++) {
        var child;
        try {
            child = value[keys[i]];
        } catch (err) {
            continue;
        }
        if (isCyclic(child, stack)) {
            return true;
        }
    }
    stack.pop();
    return false;
}

// The text that replaces one placeholder (its letter's code) for `arg`.
function substitute(code, arg, options) {
    switch (code) {
    case 115: // s
        if (typeof arg === 'number') {
            return formatNumber(arg, options);
        }
        if (typeof arg === 'bigint') {
            return String(arg) + 'n';
        }
        if (typeof arg !== 'object' || arg === null ||
                !hasBuiltInToString(arg)) {
            return String(arg);
        }
        return inspect(arg, extend(options,
            { compact: 3, colors: false, depth: 0 }));
    case 106: // j
        return tryStringify(arg);
    case 100: // d
        if (typeof arg === 'bigint') {
            return String(arg) + 'n';
        }
        return typeof arg === 'symbol' ? 'NaN' :
            formatNumber(Number(arg), options);
    case 79: // O
        return inspect(arg, options);
    case 111: // o
        return inspect(arg, extend(options,
            { showHidden: true, showProxy: true, depth: 4 }));
    case 105: // i
        if (typeof arg === 'bigint') {
            return String(arg) + 'n';
        }
        return typeof arg === 'symbol' ? 'NaN' :
            formatNumber(parseInt(arg, 10), options);
    case 102: // f
        return typeof arg === 'symbol' ? 'NaN' :
            formatNumber(parseFloat(arg), options);
    default: // c
        return '';
    }
}

function formatWithOptionsInternal(options, args) {
    var first = args[0];
    var a = 0;
    var str = '';
    var join = '';

    if (typeof first === 'string') {
        if (args.length === 1) {
            return first;
        }
        var lastPos = 0;
        for (var i = 0; i < first.length - 1; i++) {
            if (first.charCodeAt(i) !== 37) {
                continue;
            }
            var next = first.charCodeAt(++i);
            if (a + 1 !== args.length) {
                if (next === 37) {
                    str += first.slice(lastPos, i);
                    lastPos = i + 1;
                    continue;
                }
                // An unknown letter is not a placeholder: keep it as text.
                if ('sjdOoifc'.indexOf(first[i]) < 0) {
                    continue;
                }
                var text = substitute(next, args[++a], options);
                if (lastPos !== i - 1) {
                    str += first.slice(lastPos, i - 1);
                }
                str += text;
                lastPos = i + 1;
            } else if (next === 37) {
                str += first.slice(lastPos, i);
                lastPos = i + 1;
            }
        }
        if (lastPos !== 0) {
            a++;
            join = ' ';
            if (lastPos < first.length) {
                str += first.slice(lastPos);
            }
        }
    }

    while (a < args.length) {
        var value = args[a];
        str += join;
        str += typeof value !== 'string' ? inspect(value, options) : value;
        join = ' ';
        a++;
    }
    return str;
}

function format() {
    return formatWithOptionsInternal(undefined,
        Array.prototype.slice.call(arguments));
}

function formatWithOptions(inspectOptions) {
    if (inspectOptions === null || typeof inspectOptions !== 'object') {
        throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE(
            'inspectOptions', 'Object', inspectOptions);
    }
    return formatWithOptionsInternal(inspectOptions,
        Array.prototype.slice.call(arguments, 1));
}

module.exports = {
    format: format,
    formatWithOptions: formatWithOptions,
    formatWithOptionsInternal: formatWithOptionsInternal
};
