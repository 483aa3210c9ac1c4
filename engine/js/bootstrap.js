/*
 * internal/bootstrap: the first JavaScript an engine runs.
 *
 * It makes the global object look like Node's (process, global, Promise,
 * queueMicrotask, the timer functions, console) and exports the entry
 * points the C engine calls (docs/internals-js.md): drain, runMain,
 * evalScript, emitBeforeExit, emitExit and fatal.
 *
 * Startup budget: only process (with events), the task queues and the
 * small installer of missing built-ins load here.  console, the timers,
 * URL and (through internal/builtins) Map, Set, WeakMap and WeakSet are
 * lazy globals: the first read of `console` or `setTimeout` requires the
 * module and replaces the getter with a plain value, so a program that
 * never uses them never loads them.
 */
'use strict';

var tasks = require('internal/tasks');
var process = require('internal/process');
var processBinding = internalBinding('process');

var global = globalThis;

// The ES2015+ library pieces Duktape lacks (Array.from, Object.entries,
// lazy Map/Set/WeakMap/WeakSet, structuredClone, captureStackTrace...).
require('internal/builtins').install(global);
tasks.setProcess(process);

// Enumerability follows Node: global, the timer functions and
// queueMicrotask are enumerable; process, console and the constructors
// are not.
function defineValue(name, value, enumerable) {
    Object.defineProperty(global, name, {
        value: value,
        writable: true,
        configurable: true,
        enumerable: enumerable
    });
}

// A global that loads on first use, then becomes an ordinary property.
function defineLazy(name, load, enumerable) {
    Object.defineProperty(global, name, {
        get: function () {
            var value = load();
            defineValue(name, value, enumerable);
            return value;
        },
        set: function (value) {
            defineValue(name, value, enumerable);
        },
        configurable: true,
        enumerable: enumerable
    });
}

defineValue('global', global, true);
defineValue('process', process, false);
defineValue('Promise', tasks.Promise, false);
if (tasks.AggregateError !== undefined) {
    defineValue('AggregateError', tasks.AggregateError, false);
}
defineValue('queueMicrotask', tasks.queueMicrotask, true);

defineLazy('console', function () { return require('console'); }, false);
['URL', 'URLSearchParams'].forEach(function (name) {
    defineLazy(name, function () { return require('internal/url')[name]; },
        false);
});
// Buffer replaces Duktape's built-in one; atob and btoa come with it.
defineLazy('Buffer', function () { return require('buffer').Buffer; }, false);
['atob', 'btoa'].forEach(function (name) {
    defineLazy(name, function () { return require('buffer')[name]; }, true);
});
// Web Crypto's `crypto` (getRandomValues, randomUUID), without loading
// the rest of require('crypto').
defineLazy('crypto', function () {
    return require('internal/crypto_random').webcrypto;
}, true);
// worker_threads' channels are globals too, as in Node.
['MessageChannel', 'MessagePort', 'BroadcastChannel'].forEach(function (name) {
    defineLazy(name, function () {
        return require('internal/worker_port')[name];
    }, false);
});
['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
    'setImmediate', 'clearImmediate'].forEach(function (name) {
    defineLazy(name, function () { return require('timers')[name]; }, true);
});

// ---- reporting an uncaught error ----------------------------------------

// What Node prints for an error nobody caught: its stack (with any extra
// properties, as util.inspect shows them), or the value itself.
function describeFatal(err) {
    try {
        if (err instanceof Error) {
            return require('internal/inspect').inspect(err);
        }
        return 'Uncaught ' + require('internal/inspect').inspect(err);
    } catch (e) {
        // inspect itself failed: fall back to what the engine knows.
    }
    try {
        return String(err !== null && typeof err === 'object' &&
            typeof err.stack === 'string' ? err.stack : err);
    } catch (e2) {
        return 'Uncaught exception (cannot be shown)';
    }
}

function writeStderr(text) {
    processBinding.writeSync(2, text);
}

// ---- entry points --------------------------------------------------------

// An exception escaped a callback.  With an 'uncaughtException' listener
// the program goes on (true).  Otherwise the report is printed and the
// engine ends with code 1 (false).  If a listener throws, this throws and
// the engine ends with code 7.
function fatal(err) {
    var origin = typeof tasks.isRejection === 'function' &&
        tasks.isRejection(err) ? 'unhandledRejection' : 'uncaughtException';
    process.emit('uncaughtExceptionMonitor', err, origin);
    if (process.listenerCount('uncaughtException') > 0) {
        process.emit('uncaughtException', err, origin);
        return true;
    }
    writeStderr(describeFatal(err) + '\n\nnodule ' + process.version + '\n');
    return false;
}

function runMain(path) {
    require('internal/module').runMain(path);
}

function evalScript(code, name, print) {
    var result = require('internal/module').runEval(code, name);
    if (print) {
        global.console.log(result);
    }
}

function emitBeforeExit() {
    process.emit('beforeExit', process.exitCode || 0);
}

// Run the 'exit' listeners once; the status is process.exitCode after them.
function emitExit(code) {
    if (code !== undefined) {
        process.exitCode = code;
    }
    if (!process._exiting) {
        process._exiting = true;
        process.emit('exit', process.exitCode || 0);
    }
    return (process.exitCode || 0) | 0;
}

module.exports = {
    drain: tasks.drain,
    runMain: runMain,
    evalScript: evalScript,
    emitBeforeExit: emitBeforeExit,
    emitExit: emitExit,
    fatal: fatal
};
