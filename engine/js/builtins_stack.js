/*
 * internal/builtins_stack: V8's stack-trace API on Duktape, and Node-shaped
 * `err.stack` strings for every error.
 *
 * Node programs read `err.stack` and expect V8's format: a first line
 * "Name: message", then one "    at fn (file:line:col)" line per call,
 * innermost first ("    at file:line:col" for an anonymous function).
 * Many npm packages also use V8's API on load: Error.captureStackTrace,
 * Error.stackTraceLimit and Error.prepareStackTrace, whose CallSite
 * objects describe the frames (depd finds its caller's file this way).
 *
 * How it works:
 * - install() sets Duktape.errCreate, which Duktape calls for every Error
 *   it makes (constructor calls and its own TypeErrors alike). The hook
 *   only records the call stack, as a flat array of (function, line)
 *   pairs read with Duktape.act: Error.stackTraceLimit frames and a few
 *   more, since some are left out when formatting. If stackTraceLimit is
 *   not a number nothing is recorded and `stack` is undefined, as in V8.
 *   No string is built until `stack` is read: recording costs a few
 *   microseconds per error, formatting is paid only by errors shown.
 * - The error gets an own, non-enumerable `stack` accessor. The first
 *   read formats the frames (through Error.prepareStackTrace when that is
 *   a function, as V8 does) and replaces the accessor by a plain writable
 *   data property holding the text; assigning `stack` does the same with
 *   the assigned value, so libraries that rewrite stacks keep working.
 *   The first line is therefore computed from `name` and `message` as
 *   they are at that first read, not at creation.
 * - The first line is V8's "Name: message", except for errors that carry
 *   their own toString (internal/errors gives Node's coded errors one, so
 *   their stacks start "TypeError [ERR_X]: message" as Node's do).
 * - Frames of Error constructors themselves, and of anonymous native
 *   (C) functions such as the runtime's bindings, are left out, as V8
 *   shows neither; a named native function prints "    at name (native)".
 *   The runtime's own JavaScript keeps its `node:internal/...` file names,
 *   as Node shows its own frames. An anonymous function called by the
 *   module loader is a module's top-level code and prints as
 *   "Object.<anonymous>", Node's name for it.
 *
 * Columns: Duktape records the line of each call but not its column. The
 * column printed, and returned by CallSite#getColumnNumber, is always 1:
 * a position that exists on every line, so tools that parse
 * "file:line:col" (every V8 stack parser expects the three parts) accept
 * the frame and land on the right line. It is not the column of the call.
 *
 * Duktape turns `return f()` into a tail call, which replaces the caller's
 * frame: such a caller does not appear in the stack (V8 would show it).
 *
 * Function identity is known (Duktape.act gives the function object), so
 * captureStackTrace(target, fn) cuts the stack at the innermost call of
 * fn itself, and records no frames if fn is not on the stack, as V8 does.
 * Method and type names ("Object.foo", "new Foo") are not known: frames
 * show the bare function name.
 */
'use strict';

var NativeError = Error;
var hasOwn = Object.prototype.hasOwnProperty;
// The recorded frames live under a symbol, non-enumerable, so that
// Object.keys, JSON and deep equality do not see them.
var FRAMES = typeof Symbol === 'function' ?
    Symbol('nodule.stackFrames') : '\u0000nodule.stackFrames';
// While Error.prepareStackTrace runs, stacks of other errors use the
// default format (a hook reading err.stack must not call itself forever).
var preparing = false;

function defineValue(target, name, value) {
    Object.defineProperty(target, name, {
        value: value, writable: true, configurable: true, enumerable: false
    });
}

function isNative(fn) {
    return typeof fn.fileName !== 'string';
}

function isErrorConstructor(fn) {
    return fn === NativeError ||
        (typeof fn.prototype === 'object' && fn.prototype !== null &&
            fn.prototype instanceof NativeError && isNative(fn));
}

// Error.stackTraceLimit as a frame count, or -1 when no stack is to be
// captured at all (a non-number, as in V8).
function frameLimit() {
    var limit = NativeError.stackTraceLimit;
    if (typeof limit !== 'number' || limit !== limit) {
        return -1;
    }
    return limit <= 0 ? 0 : Math.floor(limit);
}

// Frames recorded beyond the limit, to make up for those that callSites()
// leaves out (an Error constructor, internal/errors' helpers, a native
// binding): filtering there rather than here keeps error creation cheap.
var SLACK = 4;

// Walk the call stack from Duktape.act level `level` (relative to this
// function's own call of act: -1 is act, -2 this function, -3 its caller,
// -4 the caller's caller) and return [limit, fn, line, fn, line, ...,
// caller]: the pairs are the raw frames, innermost first, and the last
// element is the function that called the outermost recorded frame (or
// undefined), kept to recognise module top-level code. When `until` is a
// function, frames up to and including its innermost call are skipped,
// and nothing is recorded if it is not on the stack.
function record(level, limit, until) {
    var out = [limit];
    var seen = typeof until !== 'function';
    var max = limit === 0 ? 0 : 2 * (limit + SLACK) + 1;
    var act;
    var fn;
    while (max > 0) {
        act = Duktape.act(level);
        if (act === undefined) {
            break;
        }
        level--;
        fn = act['function'];
        if (!seen) {
            seen = fn === until;
            continue;
        }
        if (out.length >= max) {
            out.push(fn);
            return out;
        }
        out.push(fn, act.lineNumber);
    }
    if (!seen) {
        out.length = 1;
    }
    out.push(undefined);
    return out;
}

function CallSite(fn, line, caller) {
    var name = typeof fn.name === 'string' && fn.name !== '' ? fn.name : null;
    this._native = isNative(fn);
    this._file = this._native ? null : fn.fileName;
    this._line = this._native ? null : line;
    // A module's top-level code: the anonymous wrapper the loader calls.
    if (name === null && !this._native && caller !== undefined &&
            !isNative(caller) && caller.fileName === 'node:internal/module' &&
            this._file !== 'node:internal/module') {
        name = 'Object.<anonymous>';
    }
    this._name = name;
}

var CP = CallSite.prototype;
CP.getThis = function () {
    return undefined;
};
CP.getTypeName = function () {
    return null;
};
CP.getFunction = function () {
    return undefined;
};
CP.getFunctionName = function () {
    return this._name;
};
CP.getMethodName = function () {
    return null;
};
CP.getFileName = function () {
    return this._file;
};
CP.getLineNumber = function () {
    return this._line;
};
CP.getColumnNumber = function () {
    return this._native ? null : 1;
};
CP.getEvalOrigin = function () {
    return undefined;
};
CP.getScriptNameOrSourceURL = function () {
    return this._file;
};
CP.isToplevel = function () {
    return this._name === null || this._name === 'Object.<anonymous>';
};
CP.isEval = function () {
    return false;
};
CP.isNative = function () {
    return this._native;
};
CP.isConstructor = function () {
    return false;
};
CP.isAsync = function () {
    return false;
};
CP.isPromiseAll = function () {
    return false;
};
CP.getPromiseIndex = function () {
    return null;
};
CP.toString = function () {
    if (this._native) {
        return (this._name || '<anonymous>') + ' (native)';
    }
    var where = this._file + ':' + this._line + ':1';
    return this._name === null ? where : this._name + ' (' + where + ')';
};

// The call sites of recorded frames, at most the limit recorded with them.
// Left out: at the top, Error constructors and internal/errors (the
// helpers that build Node's coded errors, which Node hides too); anywhere,
// anonymous native (C) functions such as the runtime's bindings.
function callSites(frames) {
    var limit = frames[0];
    var sites = [];
    var top = true;
    var fn;
    for (var i = 1; i + 1 < frames.length && sites.length < limit; i += 2) {
        fn = frames[i];
        if (typeof fn !== 'function') {
            continue;
        }
        if (top && (isErrorConstructor(fn) ||
                fn.fileName === 'node:internal/errors')) {
            continue;
        }
        top = false;
        if (isNative(fn) && !fn.name) {
            continue;
        }
        sites.push(new CallSite(fn, frames[i + 1], frames[i + 2]));
    }
    return sites;
}

// The first line: V8's "Name: message", or the error's own toString.
function header(target) {
    try {
        if (hasOwn.call(target, 'toString') &&
                typeof target.toString === 'function') {
            return String(target.toString());
        }
        var name = target.name === undefined ? 'Error' : String(target.name);
        var message = target.message === undefined ? '' :
            String(target.message);
        if (name === '') {
            return message;
        }
        return message === '' ? name : name + ': ' + message;
    } catch (e) {
        return 'Error';
    }
}

function format(target, frames) {
    var sites = callSites(frames);
    var prepare = NativeError.prepareStackTrace;
    if (typeof prepare === 'function' && !preparing) {
        preparing = true;
        try {
            return prepare(target, sites);
        } finally {
            preparing = false;
        }
    }
    var text = header(target);
    for (var i = 0; i < sites.length; i++) {
        text += '\n    at ' + sites[i].toString();
    }
    return text;
}

// The `stack` accessor, shared by all errors: format once, then become a
// plain data property.
function getStack() {
    var frames = this[FRAMES];
    if (frames === undefined) {
        return undefined;
    }
    var text = format(this, frames);
    try {
        defineValue(this, 'stack', text);
        delete this[FRAMES];
    } catch (e) {
        // A frozen error: keep answering from the recorded frames.
    }
    return text;
}

function setStack(value) {
    defineValue(this, 'stack', value);
}

function attach(target, frames) {
    defineValue(target, FRAMES, frames);
    Object.defineProperty(target, 'stack', {
        get: getStack, set: setStack, configurable: true, enumerable: false
    });
}

// Duktape.errCreate: called with every new Error, returns it.
function onErrorCreate(err) {
    try {
        var limit = frameLimit();
        // Duktape also calls this hook when `new F()` returns an object
        // inheriting from Error.prototype; a stack F already gave it
        // (Error.captureStackTrace in the constructor) is kept.
        if (limit >= 0 && err !== null && typeof err === 'object' &&
                Object.isExtensible(err) && !hasOwn.call(err, 'stack')) {
            // -4: the caller of this hook (an Error constructor, or the
            // function in which Duktape raised the error).
            attach(err, record(-4, limit));
        }
    } catch (e) {
        // Never let stack bookkeeping replace the error being created.
    }
    return err;
}

function captureStackTrace(target, constructorOpt) {
    if (target === null || (typeof target !== 'object' &&
            typeof target !== 'function')) {
        throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE(
            'targetObject', 'Object', target);
    }
    var limit = frameLimit();
    if (limit < 0) {
        defineValue(target, 'stack', undefined);
        return;
    }
    // Level -4 is the caller of this function (Error.captureStackTrace
    // itself, as install() makes it).
    attach(target, record(-4, limit, constructorOpt));
}

// Make Duktape's errors use all of the above. Error.prototype.stack (a
// Duktape accessor giving Duktape's own format) becomes the shared
// accessor too, so that an error without recorded frames has no stack,
// as in V8, and assigning one still works.
function install(global) {
    var ErrorCtor = global.Error;
    Object.defineProperty(ErrorCtor.prototype, 'stack', {
        get: getStack, set: setStack, configurable: true, enumerable: false
    });
    defineValue(ErrorCtor, 'captureStackTrace', captureStackTrace);
    if (!('stackTraceLimit' in ErrorCtor)) {
        Object.defineProperty(ErrorCtor, 'stackTraceLimit', {
            value: 10, writable: true, configurable: true, enumerable: true
        });
    }
    if (typeof Duktape === 'object' && Duktape !== null) {
        defineValue(Duktape, 'errCreate', onErrorCreate);
    }
}

module.exports = {
    install: install,
    captureStackTrace: captureStackTrace,
    CallSite: CallSite
};
