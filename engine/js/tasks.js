/*
 * internal/tasks: the two queues that run between callbacks, and the
 * reporting of unhandled promise rejections.
 *
 * After every callback that C makes into JavaScript, the engine calls
 * `drain()`, which follows Node 20's rule (docs/internals-js.md,
 * EVENT-LOOP-RULES.md rule 4): run the whole nextTick queue, then the whole
 * microtask queue (promise jobs and queueMicrotask callbacks, including the
 * ones those jobs queue), and repeat until both are empty; then report
 * promises that were rejected with no handler, and drain again if reporting
 * queued anything.
 *
 * Both queues are flat arrays read from a moving head index, entries stored
 * inline (a tick is [fn, 0], [fn, 1, x] or [fn, args]; a microtask is
 * [fn, a, b], run as fn(a, b)), so queueing allocates no per-entry object
 * or closure. The head moves past an entry before the entry runs; if it
 * throws, `drain()` throws, and the entries after it stay queued for the
 * next `drain()`. The ticks run in C (modules/tasks.c, runTicks), which
 * keeps its head to itself: when a tick throws it drops the ticks before
 * it, so the array always holds just what is queued.
 *
 * Unhandled rejections: internal/promise tells us when a promise is rejected
 * with no handler (`rejected`) and when a handler arrives afterwards
 * (`handled`). A rejection still unhandled when the queues are empty is
 * reported once: `process.emit('unhandledRejection', reason, promise)` if
 * anyone listens, else `drain()` throws it as an uncaught exception (an
 * error-like reason as itself, anything else wrapped in an Error with code
 * ERR_UNHANDLED_REJECTION). A handler attached after the report emits
 * 'rejectionHandled'.
 */
'use strict';

var promises = require('internal/promise');
var errors = require('internal/errors');

var tasksBinding = internalBinding('tasks');
var ticks = tasksBinding.ticks; // made in C, which queues on it too
var jobs = [];
var jobHead = 0;

// Rejected promises waiting for the end of the drain, in rejection order,
// and reported ones that found a handler afterwards.
var pendingRejections = [];
var lateHandled = [];

// The error drain() last threw for an unhandled rejection, so the engine
// can report 'unhandledRejection' as the origin of that uncaught exception.
var lastRejectionError;

var processObject = null;

function setProcess(process) {
    processObject = process;
}

// process.nextTick(callback[, ...args]) is the C function of
// modules/tasks.c, which appends to `ticks` without building an arguments
// object; a callback that is not a function comes back here to be refused.
var nextTick = tasksBinding.nextTick;
nextTick.invalid = function (callback) {
    errors.validateFunction(callback, 'callback');
};

function callMicrotask(callback) {
    callback();
}

function queueMicrotask(callback) {
    if (typeof callback !== 'function') {
        errors.validateFunction(callback, 'callback');
    }
    jobs.push(callMicrotask, callback, undefined);
}

// The nextTick queue runs in C (modules/tasks.c, runTicks): the whole
// queue in order, emptied at the end; a tick that throws takes the ticks
// before it off the queue, so the array holds exactly what is still
// queued whenever JS can look at it.  A tick (modules/tasks.c) is
// [fn, 0] for fn(), [fn, 1, x] for fn(x) and [fn, args] for
// fn(...args).
var runTicks = tasksBinding.runTicks;

// A long promise chain keeps queueing while it runs, so the consumed
// front of the array is dropped now and then rather than only at the end.
// The queue and its head are kept in locals (module variables are by-name
// lookups in Duktape); jobHead is stored before each job runs, so a job
// that throws leaves the queue consistent.
function runJobs() {
    var queue = jobs;
    var head = jobHead;
    while (head < queue.length) {
        var fn = queue[head];
        var a = queue[head + 1];
        var b = queue[head + 2];
        queue[head] = undefined;
        queue[head + 1] = undefined;
        queue[head + 2] = undefined;
        head += 3;
        if (head >= 3072 && head * 2 > queue.length) {
            queue.splice(0, head);
            head = 0;
        }
        jobHead = head;
        fn(a, b);
    }
    queue.length = 0;
    jobHead = 0;
}

function isErrorLike(value) {
    return value !== null && typeof value === 'object' &&
        (value instanceof Error ||
            Object.prototype.hasOwnProperty.call(value, 'stack'));
}

function unhandledRejectionError(reason) {
    var shown;
    try {
        shown = require('internal/inspect').inspect(reason);
    } catch (ignored) {
        shown = String(reason);
    }
    var err = new Error('This error originated either by throwing inside ' +
        'of an async function without a catch block, or by rejecting a ' +
        'promise which was not handled with .catch(). The promise ' +
        'rejected with the reason "' + shown + '".');
    err.code = 'ERR_UNHANDLED_REJECTION';
    err.name = 'UnhandledPromiseRejection';
    return err;
}

function hasListeners(name) {
    return processObject !== null &&
        typeof processObject.listenerCount === 'function' &&
        processObject.listenerCount(name) > 0;
}

// Report what is still unhandled. Returns true if anything was emitted,
// since listeners may have queued more work.
function processRejections() {
    var emitted = false;
    while (lateHandled.length > 0) {
        var handledPromise = lateHandled.shift();
        if (hasListeners('rejectionHandled')) {
            processObject.emit('rejectionHandled', handledPromise);
            emitted = true;
        }
    }
    while (pendingRejections.length > 0) {
        var promise = pendingRejections.shift();
        if (promises.isHandled(promise)) {
            continue;
        }
        promises.markReported(promise);
        var reason = promises.details(promise).result;
        if (hasListeners('unhandledRejection')) {
            processObject.emit('unhandledRejection', reason, promise);
            emitted = true;
        } else {
            lastRejectionError = isErrorLike(reason) ? reason :
                unhandledRejectionError(reason);
            throw lastRejectionError;
        }
    }
    return emitted;
}

// internal/promise pushes its reaction and thenable jobs onto `jobs`.
promises.attach({
    jobs: jobs,
    rejected: function (promise) {
        pendingRejections.push(promise);
    },
    handled: function (promise, wasReported) {
        if (wasReported) {
            lateHandled.push(promise);
        }
    }
});

// The engine's entry point after every callback: see the top of the file.
// The engine calls it only when one of drain.queues is non-empty (an
// entry is present in a queue while its array is not empty).
function drain() {
    lastRejectionError = undefined;
    do {
        if (ticks.length > 0) {
            runTicks();
        }
        if (jobHead < jobs.length) {
            runJobs();
        }
    } while (ticks.length > 0 ||
        ((pendingRejections.length > 0 || lateHandled.length > 0) &&
            processRejections()));
}

// Is `err` what the last drain() threw for an unhandled rejection?  The
// engine asks once, right after that drain() threw, so the answer is
// consumed: the engine skips drain() when the queues are empty, so nothing
// else would clear it before an unrelated error is reported.
function isRejection(err) {
    var was = lastRejectionError !== undefined && err === lastRejectionError;
    lastRejectionError = undefined;
    return was;
}

// True while something is queued; the engine may use it to skip drain().
function hasPending() {
    return ticks.length > 0 || jobHead < jobs.length ||
        pendingRejections.length > 0 || lateHandled.length > 0;
}

drain.queues = [ticks, jobs, pendingRejections, lateHandled];
// When only the first queue has entries, the engine runs the ticks
// without drain() (and looks at the queues again after them).
drain.runTicks = runTicks;

module.exports = {
    nextTick: nextTick,
    queueMicrotask: queueMicrotask,
    drain: drain,
    hasPending: hasPending,
    isRejection: isRejection,
    setProcess: setProcess,
    Promise: promises.Promise,
    AggregateError: promises.AggregateError
};
