/*
 * internal/promise: nodule's Promise, written to the ECMAScript 2022 spec
 * and to Promises/A+.
 *
 * Duktape has no Promise, so this file supplies one. It owns no queue: every
 * job it needs run later (a reaction to a settled promise, or the call of a
 * thenable's `then`) is pushed as `fn, a, b` onto the microtask queue array
 * of internal/tasks, which later calls `fn(a, b)`. Jobs are these plain
 * function-and-arguments triples rather than fresh closures, because
 * closures are what an interpreter pays most for.
 *
 * A promise keeps its state in four symbol-keyed fields. Symbols stay out of
 * `for...in`, `Object.keys` and JSON, and util.inspect knows to skip them
 * (`isInternalKey`), so a promise looks as empty as a V8 one; `details(p)`
 * gives inspect the state it shows (`Promise { <pending> }`).
 *
 * Invariants:
 * - A promise settles at most once; afterwards its state, result and the
 *   absence of reactions never change.
 * - Reactions run in the order they were registered, each as its own
 *   microtask, never synchronously inside `then`.
 * - Rejection tracking: a promise rejected while nothing handles it is
 *   reported to `host.rejected(p)`; when a handler is attached later the
 *   host hears `host.handled(p, wasReported)`, where `wasReported` says
 *   whether the host had called `markReported(p)`. The host decides when a
 *   rejection counts as unhandled.
 */
'use strict';

// States (the kState field) and rejection tracking (the kHandled field)
// are written as number literals in the hot functions below, because in
// Duktape reading a variable of this module scope from an inner function is
// a by-name lookup, while a literal costs nothing:
//   kState:   0 pending, 1 fulfilled, 2 rejected
//   kHandled: 0 unhandled, 1 handled, 2 reported (unhandled, and the host
//             has already said so)

var kState = Symbol('promiseState');
var kResult = Symbol('promiseResult');
var kReactions = Symbol('promiseReactions');
var kHandled = Symbol('promiseHandled');

// Until internal/tasks attaches, jobs cannot run; that is a wiring bug.
// `jobs` is the microtask queue itself: a job is three entries pushed at
// once, run later as jobs[i](jobs[i + 1], jobs[i + 2]).
var host = {
    jobs: null,
    rejected: function () {},
    handled: function () {}
};
var jobs = {
    push: function () {
        throw new Error('internal/promise used before internal/tasks');
    }
};

function attach(newHost) {
    host = newHost;
    jobs = newHost.jobs;
}

var hasOwn = Object.prototype.hasOwnProperty;

function isPromise(value) {
    return value !== null && typeof value === 'object' &&
        value[kState] !== undefined && hasOwn.call(value, kState);
}

function isObjectLike(value) {
    return value !== null &&
        (typeof value === 'object' || typeof value === 'function');
}

function describe(value) {
    if (typeof value === 'string') {
        return '"' + value + '"';
    }
    if (isObjectLike(value)) {
        return typeof value === 'function' ? 'function' : '#<Object>';
    }
    return String(value);
}

// --- the constructor and its settling steps ------------------------------

function Promise(executor) {
    if (!(this instanceof Promise) || isPromise(this)) {
        throw new TypeError(
            'Promise constructor cannot be invoked without \'new\'');
    }
    if (typeof executor !== 'function') {
        throw new TypeError('Promise resolver ' + describe(executor) +
            ' is not a function');
    }
    init(this);
    var resolving = resolvingFunctions(this);
    try {
        executor(resolving.resolve, resolving.reject);
    } catch (err) {
        resolving.reject(err);
    }
}

function init(promise) {
    promise[kState] = 0;
    promise[kResult] = undefined;
    promise[kReactions] = undefined;
    promise[kHandled] = 0;
}

// A promise made without running user code, for then() and the statics:
// `new PromiseRecord()` is a plain Promise (same prototype, so the same
// constructor and instanceof), built in one call.
function PromiseRecord() {
    this[kState] = 0;
    this[kResult] = undefined;
    this[kReactions] = undefined;
    this[kHandled] = 0;
}

function newPromise() {
    return new PromiseRecord();
}

// The pair handed to an executor or a thenable: whichever is called first
// wins, and later calls do nothing.
function resolvingFunctions(promise) {
    var done = false;
    return {
        resolve: function (value) {
            if (!done) {
                done = true;
                resolvePromise(promise, value);
            }
        },
        reject: function (reason) {
            if (!done) {
                done = true;
                rejectPromise(promise, reason);
            }
        }
    };
}

// The Promise Resolution Procedure: adopt a thenable's eventual state, or
// fulfill with any other value.
function resolvePromise(promise, value) {
    if (value === promise) {
        rejectPromise(promise, new TypeError(
            'Chaining cycle detected for promise #<Promise>'));
        return;
    }
    if (!isObjectLike(value)) {
        settle(promise, 1, value);
        return;
    }
    var then;
    try {
        then = value.then;
    } catch (err) {
        rejectPromise(promise, err);
        return;
    }
    if (typeof then !== 'function') {
        settle(promise, 1, value);
        return;
    }
    jobs.push(resolveThenableJob, promise, { thenable: value, then: then });
}

// Call a thenable's `then` in its own microtask, as the spec requires.
// When the thenable is one of ours with the original `then`, the observable
// effect is the same as registering a pass-through reaction, so that is
// done directly, without making two closures and a throwaway promise.
function resolveThenableJob(promise, job) {
    var thenable = job.thenable;
    if (job.then === then && isPromise(thenable)) {
        addReaction(thenable, promise, undefined, undefined);
        return;
    }
    var resolving = resolvingFunctions(promise);
    try {
        job.then.call(thenable, resolving.resolve, resolving.reject);
    } catch (err) {
        resolving.reject(err);
    }
}

function rejectPromise(promise, reason) {
    settle(promise, 2, reason);
}

function settle(promise, state, result) {
    if (promise[kState] !== 0) {
        return;
    }
    var reactions = promise[kReactions];
    promise[kState] = state;
    promise[kResult] = result;
    if (reactions !== undefined) {
        promise[kReactions] = undefined;
    }
    if (state === 2 && promise[kHandled] === 0) {
        host.rejected(promise);
    }
    if (reactions === undefined) {
        return;
    }
    if (reactions.length === undefined) {
        jobs.push(reactionJob, reactions, promise);
        return;
    }
    var queue = jobs;
    for (var i = 0; i < reactions.length; i++) {
        queue.push(reactionJob, reactions[i], promise);
    }
}

// --- reactions ------------------------------------------------------------

// What then() registers is a reaction record { target, onFulfilled,
// onRejected }: the derived promise (or a capability of another
// constructor) and the two handlers, either of which may be missing. It is
// an object literal, cheaper in Duktape than a constructor call. A pending
// promise's kReactions holds one record, or an array of them once a second
// arrives; records have no `length`, which tells the two apart.
function addReaction(promise, target, onFulfilled, onRejected) {
    var reaction = { target: target, onFulfilled: onFulfilled,
        onRejected: onRejected };
    var state = promise[kState];
    var handled = promise[kHandled];
    if (handled !== 1) {
        promise[kHandled] = 1;
        if (state === 2) {
            host.handled(promise, handled === 2);
        }
    }
    if (state !== 0) {
        jobs.push(reactionJob, reaction, promise);
        return;
    }
    var list = promise[kReactions];
    if (list === undefined) {
        promise[kReactions] = reaction;
    } else if (list.length === undefined) {
        promise[kReactions] = [list, reaction];
    } else {
        list.push(reaction);
    }
}

// A reaction's target is undefined, one of our promises (which has an own
// kState) or a capability record of another constructor (a plain object,
// which has no kState at all), so `target[kState] !== undefined` tells the
// two apart without a hasOwnProperty call.
function reactionJob(reaction, promise) {
    var fulfilled = promise[kState] === 1;
    var argument = promise[kResult];
    var handler = fulfilled ? reaction.onFulfilled : reaction.onRejected;
    var target = reaction.target;
    var value;
    if (handler === undefined) {
        value = argument;
        if (!fulfilled) {
            rejectTarget(target, argument);
            return;
        }
    } else {
        try {
            value = handler(argument);
        } catch (err) {
            rejectTarget(target, err);
            return;
        }
    }
    if (target === undefined) {
        return;
    }
    if (target[kState] === undefined) {
        target.resolve(value);
    } else if (value === null ||
            (typeof value !== 'object' && typeof value !== 'function')) {
        settle(target, 1, value);
    } else {
        resolvePromise(target, value);
    }
}

function rejectTarget(target, reason) {
    if (target === undefined) {
        return;
    }
    if (target[kState] === undefined) {
        target.reject(reason);
    } else {
        settle(target, 2, reason);
    }
}

// --- capabilities: promises of constructors other than ours ---------------

function newCapability(C) {
    if (C === Promise || C === undefined) {
        return newPromise();
    }
    if (typeof C !== 'function') {
        throw new TypeError('Promise capability constructor is not a ' +
            'function');
    }
    var capability = { promise: undefined, resolve: undefined,
        reject: undefined };
    capability.promise = new C(function (resolve, reject) {
        if (capability.resolve !== undefined ||
                capability.reject !== undefined) {
            throw new TypeError('Promise executor has already been invoked ' +
                'with non-undefined arguments');
        }
        capability.resolve = resolve;
        capability.reject = reject;
    });
    if (typeof capability.resolve !== 'function' ||
            typeof capability.reject !== 'function') {
        throw new TypeError('Promise resolve or reject function is not ' +
            'callable');
    }
    return capability;
}

// A capability is one of our promises or a record { promise, resolve,
// reject } (see reactionJob for why kState tells them apart).
function capabilityPromise(cap) {
    return cap[kState] !== undefined ? cap : cap.promise;
}

function capabilityResolve(cap, value) {
    if (cap[kState] !== undefined) {
        resolvePromise(cap, value);
    } else {
        cap.resolve(value);
    }
}

function capabilityReject(cap, reason) {
    if (cap[kState] !== undefined) {
        settle(cap, 2, reason);
    } else {
        cap.reject(reason);
    }
}

function speciesOf(promise) {
    return speciesFrom(promise.constructor);
}

// then() reads `constructor` once itself, so a getter runs once, as in V8.
function speciesFrom(C) {
    if (C === undefined || C === Promise) {
        return Promise;
    }
    if (!isObjectLike(C)) {
        throw new TypeError('The .constructor property is not an object');
    }
    return C;
}

// --- the prototype ----------------------------------------------------------

function then(onFulfilled, onRejected) {
    if (this === null || typeof this !== 'object' ||
            this[kState] === undefined || !hasOwn.call(this, kState)) {
        throw new TypeError('Method Promise.prototype.then called on ' +
            'incompatible receiver ' + describe(this));
    }
    var C = this.constructor;
    var target = C === Promise ? new PromiseRecord() :
        newCapability(speciesFrom(C));
    addReaction(this, target,
        typeof onFulfilled === 'function' ? onFulfilled : undefined,
        typeof onRejected === 'function' ? onRejected : undefined);
    return target[kState] !== undefined ? target : target.promise;
}

PromiseRecord.prototype = Promise.prototype;

Object.defineProperty(Promise.prototype, 'then', {
    value: then, writable: true, configurable: true, enumerable: false
});

function defineMethod(object, name, fn) {
    Object.defineProperty(object, name, {
        value: fn, writable: true, configurable: true, enumerable: false
    });
}

defineMethod(Promise.prototype, 'catch', function (onRejected) {
    return this.then(undefined, onRejected);
});

defineMethod(Promise.prototype, 'finally', function (onFinally) {
    if (!isObjectLike(this)) {
        throw new TypeError('Method Promise.prototype.finally called on ' +
            'incompatible receiver ' + describe(this));
    }
    if (typeof onFinally !== 'function') {
        return this.then(onFinally, onFinally);
    }
    var C = speciesOf(this);
    return this.then(function (value) {
        return promiseResolve(C, onFinally()).then(function () {
            return value;
        });
    }, function (reason) {
        return promiseResolve(C, onFinally()).then(function () {
            throw reason;
        });
    });
});

Object.defineProperty(Promise.prototype, Symbol.toStringTag, {
    value: 'Promise', writable: false, configurable: true, enumerable: false
});

// --- the statics ------------------------------------------------------------

function promiseResolve(C, value) {
    if (C === Promise && (value === null ||
            (typeof value !== 'object' && typeof value !== 'function'))) {
        var promise = new PromiseRecord();
        promise[kState] = 1;
        promise[kResult] = value;
        return promise;
    }
    if (isPromise(value) && value.constructor === C) {
        return value;
    }
    var cap = newCapability(C);
    capabilityResolve(cap, value);
    return capabilityPromise(cap);
}

defineMethod(Promise, 'resolve', function resolve(value) {
    if (!isObjectLike(this)) {
        throw new TypeError('PromiseResolve called on non-object');
    }
    return promiseResolve(this, value);
});

defineMethod(Promise, 'reject', function reject(reason) {
    var cap = newCapability(this);
    capabilityReject(cap, reason);
    return capabilityPromise(cap);
});

// Turn whatever the combinators were given into an array: arrays, strings
// and objects with a Symbol.iterator method are accepted.
function iterableToArray(iterable) {
    if (Array.isArray(iterable)) {
        return iterable.slice();
    }
    if (typeof iterable === 'string') {
        return iterable.split('');
    }
    var method = isObjectLike(iterable) ? iterable[Symbol.iterator] :
        undefined;
    if (typeof method !== 'function') {
        var shown = typeof iterable === 'string' ? '"' + iterable + '"' :
            isObjectLike(iterable) ? 'object' : String(iterable);
        throw new TypeError(typeof iterable + ' ' + shown +
            ' is not iterable (cannot read property ' +
            'Symbol(Symbol.iterator))');
    }
    var iterator = method.call(iterable);
    var items = [];
    for (;;) {
        var step = iterator.next();
        if (step.done) {
            return items;
        }
        items.push(step.value);
    }
}

// The shared shape of all/allSettled/any/race: make the result promise,
// read the items, and turn any synchronous failure into its rejection.
function combinator(C, body) {
    var cap = newCapability(C);
    try {
        var resolveFn = C.resolve;
        if (typeof resolveFn !== 'function') {
            throw new TypeError('Promise resolve is not a function');
        }
        body(cap, resolveFn);
    } catch (err) {
        capabilityReject(cap, err);
    }
    return capabilityPromise(cap);
}

defineMethod(Promise, 'all', function all(iterable) {
    var C = this;
    return combinator(C, function (cap, resolveFn) {
        var items = iterableToArray(iterable);
        var values = new Array(items.length);
        var remaining = items.length + 1;
        function element(index) {
            var called = false;
            return function (value) {
                if (called) {
                    return;
                }
                called = true;
                values[index] = value;
                if (--remaining === 0) {
                    capabilityResolve(cap, values);
                }
            };
        }
        function onRejected(reason) {
            capabilityReject(cap, reason);
        }
        for (var i = 0; i < items.length; i++) {
            resolveFn.call(C, items[i]).then(element(i), onRejected);
        }
        if (--remaining === 0) {
            capabilityResolve(cap, values);
        }
    });
});

defineMethod(Promise, 'allSettled', function allSettled(iterable) {
    var C = this;
    return combinator(C, function (cap, resolveFn) {
        var items = iterableToArray(iterable);
        var values = new Array(items.length);
        var remaining = items.length + 1;
        function element(index, fulfilled) {
            return function (result) {
                if (values[index] !== undefined) {
                    return;
                }
                values[index] = fulfilled ?
                    { status: 'fulfilled', value: result } :
                    { status: 'rejected', reason: result };
                if (--remaining === 0) {
                    capabilityResolve(cap, values);
                }
            };
        }
        for (var i = 0; i < items.length; i++) {
            resolveFn.call(C, items[i]).then(element(i, true),
                element(i, false));
        }
        if (--remaining === 0) {
            capabilityResolve(cap, values);
        }
    });
});

defineMethod(Promise, 'race', function race(iterable) {
    var C = this;
    return combinator(C, function (cap, resolveFn) {
        var items = iterableToArray(iterable);
        function onFulfilled(value) {
            capabilityResolve(cap, value);
        }
        function onRejected(reason) {
            capabilityReject(cap, reason);
        }
        for (var i = 0; i < items.length; i++) {
            resolveFn.call(C, items[i]).then(onFulfilled, onRejected);
        }
    });
});

defineMethod(Promise, 'any', function any(iterable) {
    var C = this;
    return combinator(C, function (cap, resolveFn) {
        var items = iterableToArray(iterable);
        var reasons = new Array(items.length);
        var remaining = items.length + 1;
        function fail() {
            capabilityReject(cap, new AggregateError(reasons,
                'All promises were rejected'));
        }
        function element(index) {
            var called = false;
            return function (reason) {
                if (called) {
                    return;
                }
                called = true;
                reasons[index] = reason;
                if (--remaining === 0) {
                    fail();
                }
            };
        }
        function onFulfilled(value) {
            capabilityResolve(cap, value);
        }
        for (var i = 0; i < items.length; i++) {
            resolveFn.call(C, items[i]).then(onFulfilled, element(i));
        }
        if (--remaining === 0) {
            fail();
        }
    });
});

// Promise.withResolvers() arrived after Node 20; it is cheap and handy.
defineMethod(Promise, 'withResolvers', function withResolvers() {
    var cap = newCapability(this);
    if (isPromise(cap)) {
        var fns = resolvingFunctions(cap);
        return { promise: cap, resolve: fns.resolve, reject: fns.reject };
    }
    return cap;
});

// --- AggregateError, which Duktape lacks ----------------------------------

var AggregateError = typeof globalThis === 'object' &&
    typeof globalThis.AggregateError === 'function' ?
    globalThis.AggregateError : null;

if (AggregateError === null) {
    AggregateError = function AggregateError(errors, message) {
        if (!(this instanceof AggregateError)) {
            return new AggregateError(errors, message);
        }
        if (message !== undefined) {
            Object.defineProperty(this, 'message', {
                value: String(message), writable: true, configurable: true,
                enumerable: false
            });
        }
        Object.defineProperty(this, 'errors', {
            value: iterableToArray(errors), writable: true,
            configurable: true, enumerable: false
        });
    };
    AggregateError.prototype = Object.create(Error.prototype);
    defineMethod(AggregateError.prototype, 'constructor', AggregateError);
    defineMethod(AggregateError.prototype, 'name', 'AggregateError');
    defineMethod(AggregateError.prototype, 'message', '');
}

// What util.inspect shows: the state and the value or reason.
function details(promise) {
    if (!isPromise(promise)) {
        return undefined;
    }
    var state = promise[kState];
    return {
        state: state === 0 ? 'pending' :
            state === 1 ? 'fulfilled' : 'rejected',
        result: promise[kResult]
    };
}

// The host's view of rejection tracking: has anything handled `promise`,
// and remember that its rejection has been reported.
function isHandled(promise) {
    return promise[kHandled] === 1;
}

function markReported(promise) {
    if (promise[kHandled] === 0) {
        promise[kHandled] = 2;
    }
}

function isInternalKey(key) {
    return key === kState || key === kResult || key === kReactions ||
        key === kHandled;
}

module.exports = {
    Promise: Promise,
    AggregateError: AggregateError,
    attach: attach,
    isPromise: isPromise,
    details: details,
    isHandled: isHandled,
    markReported: markReported,
    isInternalKey: isInternalKey
};
