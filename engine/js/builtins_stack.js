/*
 * internal/builtins_stack: V8's Error.captureStackTrace on Duktape, which
 * many npm packages call to give their own error objects a stack.
 *
 * captureStackTrace(target, constructorOpt) takes the stack of a fresh
 * Error and stores it as target.stack (an own, non-enumerable, writable
 * property), with:
 * - a first line built from the target, "Name: message" as V8 writes it;
 * - the frames of this module and of captureStackTrace left out, and,
 *   when constructorOpt is a function, every frame up to and including
 *   the innermost call of a function with its name (Duktape's traceback
 *   names functions, not identities, so two functions with the same name
 *   are indistinguishable);
 * - at most Error.stackTraceLimit frames (Duktape records at most 10 in
 *   the first place, its DUK_USE_TRACEBACK_DEPTH).
 *
 * If Error.prepareStackTrace is a function, target.stack is instead what
 * it returns for (target, callSites), with call-site objects made from the
 * frames (getFileName, getLineNumber, getFunctionName, toString, ...;
 * column numbers are not known and read as null). This hook applies only
 * to captureStackTrace: errors that Duktape itself creates format their
 * stacks its own way.
 */
'use strict';

// '    at name (file:line) flags'
var FRAME = /^\s+at (?:new )?(\S+)(?: \((.*?)(?::(\d+))?\))?(?: [a-z ]+)?$/;

function CallSite(frame) {
    this._frame = frame;
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
    return this._frame.name;
};
CP.getMethodName = function () {
    return null;
};
CP.getFileName = function () {
    return this._frame.file;
};
CP.getLineNumber = function () {
    return this._frame.line;
};
CP.getColumnNumber = function () {
    return null;
};
CP.getEvalOrigin = function () {
    return undefined;
};
CP.isToplevel = function () {
    return this._frame.name === null;
};
CP.isEval = function () {
    return false;
};
CP.isNative = function () {
    return this._frame.file === null;
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
    return this._frame.text.replace(/^\s+at /, '');
};

function parseFrame(line) {
    var m = FRAME.exec(line);
    if (!m) {
        return { name: null, file: null, line: null, text: line };
    }
    // 'new Foo' and 'Object.foo' (V8's forms) name foo as Duktape does.
    var name = m[1] === '[anon]' || m[1] === 'global' ? null :
        m[1].replace(/^new /, '').replace(/^.*\./, '');
    return {
        name: name,
        file: m[2] === undefined || m[2] === '' ? null : m[2],
        line: m[3] === undefined ? null : Number(m[3]),
        text: line
    };
}

function header(target) {
    var name;
    var message;
    try {
        name = target.name === undefined ? 'Error' : String(target.name);
        message = target.message === undefined ? '' :
            String(target.message);
    } catch (e) {
        return 'Error';
    }
    if (name === '') {
        return message;
    }
    return message === '' ? name : name + ': ' + message;
}

function captureStackTrace(target, constructorOpt) {
    if (target === null || (typeof target !== 'object' &&
            typeof target !== 'function')) {
        throw require('internal/errors').codes.ERR_INVALID_ARG_TYPE(
            'targetObject', 'Object', target);
    }
    // An engine that honours stackTraceLimit and prepareStackTrace itself
    // (V8, in the test harness) must give us the plain, full stack.
    var limit = Error.stackTraceLimit;
    var prepare = Error.prepareStackTrace;
    var raw;
    try {
        Error.stackTraceLimit = Infinity;
        Error.prepareStackTrace = undefined;
        raw = new Error().stack;
    } finally {
        Error.stackTraceLimit = limit;
        Error.prepareStackTrace = prepare;
    }
    var lines = String(raw).split('\n').slice(1);
    var frames = [];
    var i;
    for (i = 0; i < lines.length; i++) {
        frames.push(parseFrame(lines[i]));
    }
    // Drop our own frames: this function, the stub in builtins.js.
    while (frames.length > 0 &&
            (frames[0].name === 'captureStackTrace' ||
             /builtins_stack|internal\/builtins/.test(frames[0].file || ''))) {
        frames.shift();
    }
    if (typeof constructorOpt === 'function' && constructorOpt.name) {
        for (i = 0; i < frames.length; i++) {
            if (frames[i].name === constructorOpt.name) {
                frames = frames.slice(i + 1);
                break;
            }
        }
    }
    if (typeof limit === 'number' && limit >= 0) {
        frames = frames.slice(0, Math.floor(limit));
    }
    var stack;
    if (typeof prepare === 'function') {
        stack = prepare(target, frames.map(function (f) {
            return new CallSite(f);
        }));
    } else {
        stack = header(target) + frames.map(function (f) {
            return '\n' + f.text;
        }).join('');
    }
    Object.defineProperty(target, 'stack', {
        value: stack, writable: true, configurable: true, enumerable: false
    });
}

module.exports = {
    captureStackTrace: captureStackTrace,
    CallSite: CallSite
};
