/*
 * console: the global console and the Console class.
 *
 * A Console formats its arguments with util.formatWithOptions and writes
 * one line per call to its stdout (log, info, debug, dir, table, count,
 * timeEnd...) or stderr (error, warn, trace, assert). The global console,
 * which is this module's export, looks up process.stdout and
 * process.stderr each time it writes, so a program (or a test) that
 * replaces them is obeyed. Inside console.group() every line is indented
 * by two more spaces.
 *
 * Colors follow Node: used when the stream is a TTY with more than two
 * colors (colorMode 'auto'), or when asked for with colorMode: true.
 *
 * Every method is bound to its console, so `var log = console.log;
 * log('x')` works as in Node.
 */
'use strict';

var errors = require('internal/errors');
var inspectModule = require('internal/inspect');
var formatWithOptions = require('internal/format').formatWithOptions;

var codes = errors.codes;
var inspect = inspectModule.inspect;

var kIsConsole = Symbol('kIsConsole');
var kState = Symbol('kConsoleState');

function extend(target) {
    for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source) {
            for (var key in source) {
                if (Object.prototype.hasOwnProperty.call(source, key)) {
                    target[key] = source[key];
                }
            }
        }
    }
    return target;
}

function notWritable(name) {
    return errors.makeError(TypeError, 'ERR_CONSOLE_WRITABLE_STREAM',
        'Console expects a writable stream instance for ' + name);
}

function isWritable(stream) {
    return stream !== null && typeof stream === 'object' &&
        typeof stream.write === 'function';
}

// new Console(stdout[, stderr[, ignoreErrors]]) or new Console(options)
function Console(options) {
    if (!(this !== null && typeof this === 'object' &&
            Console.prototype.isPrototypeOf(this))) {
        var self = Object.create(Console.prototype);
        Console.apply(self, arguments);
        return self;
    }
    if (!options || typeof options.write === 'function') {
        options = {
            stdout: options,
            stderr: arguments[1],
            ignoreErrors: arguments[2]
        };
    }
    var stdout = options.stdout;
    var stderr = options.stderr === undefined ? stdout : options.stderr;
    if (!isWritable(stdout)) {
        throw notWritable('stdout');
    }
    if (!isWritable(stderr)) {
        throw notWritable('stderr');
    }
    var colorMode = options.colorMode === undefined ? 'auto' :
        options.colorMode;
    if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
        throw codes.ERR_INVALID_ARG_VALUE('colorMode', colorMode);
    }
    if (options.inspectOptions !== undefined) {
        errors.validateObject(options.inspectOptions,
            'options.inspectOptions');
        if (options.inspectOptions.colors !== undefined &&
                options.colorMode !== undefined) {
            throw errors.makeError(TypeError,
                'ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "options.' +
                'inspectOptions.color" cannot be used in combination with ' +
                'option "colorMode"');
        }
    }
    var indentation = options.groupIndentation === undefined ? 2 :
        options.groupIndentation;
    errors.validateNumber(indentation, 'groupIndentation', 0, 1000);
    setup(this, {
        stdout: function () {
            return stdout;
        },
        stderr: function () {
            return stderr;
        },
        ignoreErrors: options.ignoreErrors !== false,
        colorMode: colorMode,
        inspectOptions: options.inspectOptions,
        groupIndentation: indentation
    });
}

// Give a console its private state and bind every method to it.
function setup(target, config) {
    Object.defineProperty(target, kState, {
        value: {
            stdout: config.stdout,
            stderr: config.stderr,
            ignoreErrors: config.ignoreErrors,
            colorMode: config.colorMode,
            inspectOptions: config.inspectOptions,
            groupIndent: '',
            groupIndentation: config.groupIndentation,
            times: Object.create(null),
            counts: Object.create(null),
            onStdoutWrite: writeErrorHandler(config.stdout),
            onStderrWrite: writeErrorHandler(config.stderr)
        },
        enumerable: false
    });
    Object.defineProperty(target, kIsConsole, { value: true });
    Object.defineProperty(target, '_stdout', {
        get: config.stdout, enumerable: false, configurable: true
    });
    Object.defineProperty(target, '_stderr', {
        get: config.stderr, enumerable: false, configurable: true
    });
    var names = Object.keys(methods);
    for (var i = 0; i < names.length; i++) {
        target[names[i]] = bindMethod(methods[names[i]], target, names[i]);
    }
}

function bindMethod(fn, target, name) {
    var bound = fn.bind(target);
    try {
        Object.defineProperty(bound, 'name', { value: name });
    } catch (err) {
        // The engine may keep bound names fixed; "bound x" then shows.
    }
    return bound;
}

function shouldColorize(stream) {
    if (process.env && process.env.FORCE_COLOR !== undefined) {
        return process.env.FORCE_COLOR !== '0';
    }
    return !!(stream && stream.isTTY && (typeof stream.getColorDepth !==
        'function' || stream.getColorDepth() > 2));
}

function inspectOptionsFor(console, stream) {
    var state = console[kState];
    var color = state.colorMode === 'auto' ? shouldColorize(stream) :
        state.colorMode;
    if (state.inspectOptions) {
        var options = extend({}, state.inspectOptions);
        if (options.colors === undefined) {
            options.colors = color;
        }
        return options;
    }
    return color ? { colors: true } : {};
}

function formatFor(console, stream, args) {
    return formatWithOptions.apply(null,
        [inspectOptionsFor(console, stream)].concat(args));
}

function write(console, toStderr, text) {
    var state = console[kState];
    var stream = toStderr ? state.stderr() : state.stdout();
    if (state.groupIndent.length !== 0) {
        text = state.groupIndent +
            text.replace(/\n/g, '\n' + state.groupIndent);
    }
    text += '\n';
    if (!state.ignoreErrors) {
        return stream.write(text);
    }
    // Console output must not crash the program: a stream error, thrown
    // now or emitted as 'error' during the write, is swallowed, as Node
    // does.
    var guard = typeof stream.listenerCount === 'function' &&
        stream.listenerCount('error') === 0;
    try {
        if (guard) {
            stream.once('error', noop);
        }
        stream.write(text, toStderr ? state.onStderrWrite :
            state.onStdoutWrite);
    } catch (err) {
        if (err instanceof RangeError) {
            throw err;
        }
    } finally {
        if (guard) {
            stream.removeListener('error', noop);
        }
    }
}

function noop() {}

// The write callback of console output.  A failed write (EPIPE: the reader
// went away) reaches this callback first and the stream's 'error' event a
// tick later, after write()'s own guard listener is gone; so the error is
// swallowed here too, as Node does, unless the program listens for it.
function writeErrorHandler(getStream) {
    return function (err) {
        if (err) {
            var stream = getStream();
            if (typeof stream.listenerCount === 'function' &&
                    stream.listenerCount('error') === 0) {
                stream.once('error', noop);
            }
        }
    };
}

// Milliseconds since some fixed point, as precisely as the host allows.
function now() {
    if (typeof process.hrtime === 'function') {
        var t = process.hrtime();
        return t[0] * 1000 + t[1] / 1e6;
    }
    if (typeof performance === 'object' && performance &&
            typeof performance.now === 'function') {
        return performance.now();
    }
    return Date.now();
}

function pad2(value) {
    var text = String(value);
    return text.length < 2 ? '0' + text : text;
}

// 1.234ms, 1.234s, 1:02.345 (m:ss.mmm), 1:02:03.456 (h:mm:ss.mmm).
function formatTime(ms) {
    var hours = 0;
    var minutes = 0;
    var seconds = 0;
    if (ms >= 1000) {
        if (ms >= 60000) {
            if (ms >= 3600000) {
                hours = Math.floor(ms / 3600000);
                ms = ms % 3600000;
            }
            minutes = Math.floor(ms / 60000);
            ms = ms % 60000;
        }
        seconds = ms / 1000;
    }
    if (hours !== 0 || minutes !== 0) {
        var parts = seconds.toFixed(3).split('.');
        var res = hours !== 0 ? hours + ':' + pad2(minutes) : minutes;
        return res + ':' + pad2(parts[0]) + '.' + parts[1] + ' (' +
            (hours !== 0 ? 'h:m' : '') + 'm:ss.mmm)';
    }
    if (seconds !== 0) {
        return seconds.toFixed(3) + 's';
    }
    return Number(ms.toFixed(3)) + 'ms';
}

function timeLogImpl(console, name, label, data) {
    var start = console[kState].times[label];
    if (start === undefined) {
        process.emitWarning('No such label \'' + label + '\' for console.' +
            name + '()');
        return false;
    }
    console.log.apply(console, ['%s: %s', label,
        formatTime(now() - start)].concat(data || []));
    return true;
}

var slice = Array.prototype.slice;

var methods = {
    log: function log() {
        write(this, false, formatFor(this, this._stdout,
            slice.call(arguments)));
    },
    warn: function warn() {
        write(this, true, formatFor(this, this._stderr,
            slice.call(arguments)));
    },
    dir: function dir(object, options) {
        write(this, false, inspect(object, extend({ customInspect: false },
            inspectOptionsFor(this, this._stdout), options)));
    },
    time: function time(label) {
        label = label === undefined ? 'default' : '' + label;
        var times = this[kState].times;
        if (times[label] !== undefined) {
            process.emitWarning('Label \'' + label + '\' already exists for ' +
                'console.time()');
            return;
        }
        times[label] = now();
    },
    timeEnd: function timeEnd(label) {
        label = label === undefined ? 'default' : '' + label;
        if (timeLogImpl(this, 'timeEnd', label)) {
            delete this[kState].times[label];
        }
    },
    timeLog: function timeLog(label) {
        label = label === undefined ? 'default' : '' + label;
        timeLogImpl(this, 'timeLog', label, slice.call(arguments, 1));
    },
    trace: function trace() {
        var message = formatFor(this, this._stderr, slice.call(arguments));
        this.error(traceText(message));
    },
    assert: function assert(expression) {
        if (!expression) {
            var args = slice.call(arguments, 1);
            args[0] = 'Assertion failed' +
                (args.length === 0 ? '' : ': ' + args[0]);
            this.warn.apply(this, args);
        }
    },
    clear: function clear() {
        var stdout = this._stdout;
        if (stdout.isTTY && process.env.TERM !== 'dumb') {
            stdout.write('\u001b[1;1H\u001b[0J');
        }
    },
    count: function count(label) {
        label = label === undefined ? 'default' : '' + label;
        var counts = this[kState].counts;
        counts[label] = (counts[label] || 0) + 1;
        this.log(label + ': ' + counts[label]);
    },
    countReset: function countReset(label) {
        label = label === undefined ? 'default' : label;
        var counts = this[kState].counts;
        if (counts['' + label] === undefined) {
            process.emitWarning('Count for \'' + label + '\' does not exist');
            return;
        }
        delete counts['' + label];
    },
    group: function group() {
        if (arguments.length > 0) {
            this.log.apply(this, arguments);
        }
        var state = this[kState];
        for (var i = 0; i < state.groupIndentation; i++) {
            state.groupIndent += ' ';
        }
    },
    groupEnd: function groupEnd() {
        var state = this[kState];
        state.groupIndent = state.groupIndent.slice(0,
            Math.max(0, state.groupIndent.length - state.groupIndentation));
    },
    table: function table(data, properties) {
        var self = this;
        require('internal/console_table').table(data, properties,
            function (v, opts) {
                return inspect(v, extend(opts,
                    inspectOptionsFor(self, self._stdout)));
            }, function (text) {
                self.log(text);
            });
    },
    // These only talk to an attached inspector, which nodule does not
    // have; as in Node without one, they do nothing.
    profile: function profile() {},
    profileEnd: function profileEnd() {},
    timeStamp: function timeStamp() {}
};

methods.info = methods.log;
methods.debug = methods.log;
methods.dirxml = methods.log;
methods.error = methods.warn;
methods.groupCollapsed = methods.group;

// "Trace: message" and the stack of the caller of console.trace.
function traceText(message) {
    var holder = { name: 'Trace', message: message };
    if (typeof Error.captureStackTrace === 'function') {
        Error.captureStackTrace(holder, methods.trace);
        if (typeof holder.stack === 'string') {
            return holder.stack;
        }
    }
    var stack = String(new Error('x').stack || '');
    var lines = stack.split('\n');
    // Drop the header and the frames inside this file.
    var frames = [];
    for (var i = 1; i < lines.length; i++) {
        if (lines[i].indexOf('node:console') < 0 &&
                lines[i].indexOf('/console.js:') < 0) {
            frames.push(lines[i]);
        }
    }
    var header = message === '' ? 'Trace' : 'Trace: ' + message;
    return frames.length > 0 ? header + '\n' + frames.join('\n') : header;
}

(function () {
    var names = Object.keys(methods);
    for (var i = 0; i < names.length; i++) {
        Object.defineProperty(Console.prototype, names[i], {
            value: methods[names[i]], writable: true, configurable: true,
            enumerable: false
        });
    }
})();

// Console's own instances and the global console both count as consoles.
Object.defineProperty(Console, Symbol.hasInstance, {
    value: function (instance) {
        return instance !== null && typeof instance === 'object' &&
            instance[kIsConsole] === true;
    }
});

// The global console: its streams are whatever process has when it writes.
var globalConsole = Object.create({});
setup(globalConsole, {
    stdout: function () {
        return process.stdout;
    },
    stderr: function () {
        return process.stderr;
    },
    ignoreErrors: true,
    colorMode: 'auto',
    inspectOptions: undefined,
    groupIndentation: 2
});
Object.defineProperty(globalConsole, Symbol.toStringTag, {
    value: 'console', writable: false, enumerable: false, configurable: true
});
globalConsole.Console = Console;

module.exports = globalConsole;
