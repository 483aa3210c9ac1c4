/*
 * events: Node's EventEmitter.
 *
 * An emitter keeps its listeners in `this._events`, an object without a
 * prototype that maps an event name (string or symbol) to either one
 * listener function or, once a second listener arrives, an array of them.
 * The single-function form keeps the common case (one listener) cheap.
 * `this._eventsCount` counts the names present. Both fields are public in
 * Node, and libraries read them, so they keep Node's names and shapes.
 *
 * Invariants:
 * - A name is present in `_events` only while it has at least one listener.
 * - `emit` calls a snapshot of the listener array, so listeners added or
 *   removed during an emit take effect from the next emit.
 * - A `once` listener is stored as a wrapper whose `.listener`
 *   property is the user's function; every lookup that compares listeners
 *   also checks `.listener`, so `off(name, fn)` finds it.
 *
 * emit is a C function (modules/events.c) that handles the common cases
 * and hands the rest to the JS emitSlow below.  `once` wrappers are C
 * functions too.  Both exist so that no emit builds an `arguments` object,
 * the costliest thing a Duktape function can do per call.
 *
 * Not supported: `captureRejections` (turning rejected promises returned by
 * listeners into 'error' events) and EventEmitterAsyncResource. Asking for
 * either throws ERR_NOT_SUPPORTED.
 */
'use strict';

var errors = require('internal/errors');
var codes = errors.codes;
var binding = internalBinding('events');

var kCapture = Symbol('kCapture');
var kShapeMode = Symbol('shapeMode');
var kErrorMonitor = Symbol('events.errorMonitor');
var kRejection = Symbol.for('nodejs.rejection');

var defaultMaxListeners = 10;

var inspectFn = null;
function inspect(value, options) {
    if (inspectFn === null) {
        inspectFn = require('internal/inspect').inspect;
    }
    return inspectFn(value, options);
}

function checkListener(listener) {
    errors.validateFunction(listener, 'listener');
}

function EventEmitter(opts) {
    EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

// Set up the fields of a new emitter. Subclasses that do not call the
// constructor (old-style `util.inherits` code) get them lazily from `on`.
var init = function (opts) {
    if (this._events === undefined ||
            this._events === Object.getPrototypeOf(this)._events) {
        this._events = Object.create(null);
        this._eventsCount = 0;
    }
    this._maxListeners = this._maxListeners || undefined;
    this[kShapeMode] = false;
    if (opts !== undefined && opts !== null && opts.captureRejections) {
        errors.validateBoolean(opts.captureRejections,
            'options.captureRejections');
        throw codes.ERR_NOT_SUPPORTED('EventEmitter captureRejections');
    }
    this[kCapture] = false;
};

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
    errors.validateNumber(n, 'setMaxListeners', 0);
    this._maxListeners = n;
    return this;
};

function maxListenersOf(emitter) {
    if (emitter._maxListeners === undefined) {
        return defaultMaxListeners;
    }
    return emitter._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
    return maxListenersOf(this);
};

// The whole of emit in JS.  The emit installed below is the C fast path
// of modules/events.c, which handles the common cases itself (without the
// `arguments` object this function needs) and calls this one for the rest:
// 'error', an emitter without `_events`, a `_events` entry that is not an
// object.
function emitSlow(type) {
    var events = this._events;
    var isError = type === 'error';
    var argc = arguments.length - 1;

    if (events !== undefined) {
        if (isError && events[kErrorMonitor] !== undefined) {
            this.emit.apply(this, [kErrorMonitor].concat(
                restOf(arguments)));
        }
        isError = isError && events.error === undefined;
    } else if (!isError) {
        return false;
    }

    // An 'error' nobody listens for is thrown: an Error as itself, any
    // other value wrapped so the message shows what was emitted.
    if (isError) {
        var er = argc > 0 ? arguments[1] : undefined;
        if (er instanceof Error) {
            throw er;
        }
        var shown;
        try {
            shown = inspect(er);
        } catch (ignored) {
            shown = er;
        }
        var err = codes.ERR_UNHANDLED_ERROR(shown);
        err.context = er;
        throw err;
    }

    var handler = events[type];
    if (handler === undefined) {
        return false;
    }
    // The common arities are called directly: building an arguments array
    // for every emit is what costs most in an interpreter.
    if (typeof handler === 'function') {
        if (argc === 0) {
            handler.call(this);
        } else if (argc === 1) {
            handler.call(this, arguments[1]);
        } else if (argc === 2) {
            handler.call(this, arguments[1], arguments[2]);
        } else {
            handler.apply(this, restOf(arguments));
        }
        return true;
    }
    var listeners = Array.prototype.slice.call(handler);
    var args = restOf(arguments);
    for (var i = 0; i < listeners.length; i++) {
        listeners[i].apply(this, args);
    }
    return true;
}

var nativeEmit = binding.emit;
nativeEmit.slow = emitSlow;
EventEmitter.prototype.emit = nativeEmit;

// Everything after the event name.
function restOf(args) {
    var rest = new Array(args.length - 1);
    for (var i = 1; i < args.length; i++) {
        rest[i - 1] = args[i];
    }
    return rest;
}

function addListener(target, type, listener, prepend) {
    checkListener(listener);
    var events = target._events;
    if (events === undefined) {
        events = target._events = Object.create(null);
        target._eventsCount = 0;
    } else if (events.newListener !== undefined) {
        // Listeners of 'newListener' see the user's function, not a wrapper.
        target.emit('newListener', type,
            listener.listener ? listener.listener : listener);
        events = target._events;
    }

    var existing = events[type];
    if (existing === undefined) {
        events[type] = listener;
        target._eventsCount += 1;
        return target;
    }
    if (typeof existing === 'function') {
        existing = events[type] = prepend ? [listener, existing] :
            [existing, listener];
    } else if (prepend) {
        existing.unshift(listener);
    } else {
        existing.push(listener);
    }

    var max = maxListenersOf(target);
    if (max > 0 && existing.length > max && !existing.warned) {
        existing.warned = true;
        warnTooMany(target, type, existing.length, max);
    }
    return target;
}

function warnTooMany(target, type, count, max) {
    var w = new Error('Possible EventEmitter memory leak detected. ' +
        count + ' ' + String(type) + ' listeners added to ' +
        inspect(target, { depth: -1 }) + '. MaxListeners is ' + max +
        '. Use emitter.setMaxListeners() to increase limit');
    w.name = 'MaxListenersExceededWarning';
    w.emitter = target;
    w.type = type;
    w.count = count;
    if (typeof process !== 'undefined' && process &&
            typeof process.emitWarning === 'function') {
        process.emitWarning(w);
    }
}

EventEmitter.prototype.addListener = function addListener_(type, listener) {
    return addListener(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener =
    function prependListener(type, listener) {
        return addListener(this, type, listener, true);
    };

// A `once` wrapper: a C function (modules/events.c) that, called the first
// time, removes itself from target's `type` listeners and calls listener
// with the same arguments.  Its `listener` property is the user's function.
var onceWrap = binding.onceWrap;

EventEmitter.prototype.once = function once(type, listener) {
    checkListener(listener);
    this.on(type, onceWrap(this, type, listener));
    return this;
};

EventEmitter.prototype.prependOnceListener =
    function prependOnceListener(type, listener) {
        checkListener(listener);
        this.prependListener(type, onceWrap(this, type, listener));
        return this;
    };

EventEmitter.prototype.removeListener =
    function removeListener(type, listener) {
        checkListener(listener);
        var events = this._events;
        if (events === undefined) {
            return this;
        }
        var list = events[type];
        if (list === undefined) {
            return this;
        }

        if (list === listener || list.listener === listener) {
            this._eventsCount -= 1;
            if (this[kShapeMode]) {
                events[type] = undefined;
            } else if (this._eventsCount === 0) {
                this._events = Object.create(null);
            } else {
                delete events[type];
                if (events.removeListener !== undefined) {
                    this.emit('removeListener', type,
                        list.listener || listener);
                }
            }
        } else if (typeof list !== 'function') {
            // The last match is removed, so on/on/off undoes the last on.
            var position = -1;
            for (var i = list.length - 1; i >= 0; i--) {
                if (list[i] === listener || list[i].listener === listener) {
                    position = i;
                    break;
                }
            }
            if (position < 0) {
                return this;
            }
            list.splice(position, 1);
            if (list.length === 1) {
                events[type] = list[0];
            }
            if (events.removeListener !== undefined) {
                this.emit('removeListener', type, listener);
            }
        }
        return this;
    };

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners =
    function removeAllListeners(type) {
        var events = this._events;
        var i;
        if (events === undefined) {
            return this;
        }

        // Without 'removeListener' listeners nobody needs to be told, so
        // the names can simply be dropped.
        if (events.removeListener === undefined) {
            if (arguments.length === 0) {
                this._events = Object.create(null);
                this._eventsCount = 0;
            } else if (events[type] !== undefined) {
                this._eventsCount -= 1;
                if (this._eventsCount === 0) {
                    this._events = Object.create(null);
                } else {
                    delete events[type];
                }
            }
            this[kShapeMode] = false;
            return this;
        }

        if (arguments.length === 0) {
            var keys = Reflect.ownKeys(events);
            for (i = 0; i < keys.length; i++) {
                if (keys[i] !== 'removeListener') {
                    this.removeAllListeners(keys[i]);
                }
            }
            this.removeAllListeners('removeListener');
            this._events = Object.create(null);
            this._eventsCount = 0;
            this[kShapeMode] = false;
            return this;
        }

        var listeners = events[type];
        if (typeof listeners === 'function') {
            this.removeListener(type, listeners);
        } else if (listeners !== undefined) {
            // Last in, first out, as Node does.
            for (i = listeners.length - 1; i >= 0; i--) {
                this.removeListener(type, listeners[i]);
            }
        }
        return this;
    };

function listenersOf(target, type, unwrap) {
    var events = target._events;
    if (events === undefined) {
        return [];
    }
    var found = events[type];
    if (found === undefined) {
        return [];
    }
    if (typeof found === 'function') {
        return unwrap ? [found.listener || found] : [found];
    }
    var copy = new Array(found.length);
    for (var i = 0; i < found.length; i++) {
        copy[i] = unwrap ? found[i].listener || found[i] : found[i];
    }
    return copy;
}

EventEmitter.prototype.listeners = function listeners(type) {
    return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
    return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
    var events = this._events;
    if (events === undefined) {
        return 0;
    }
    var found = events[type];
    if (typeof found === 'function') {
        if (listener !== undefined && listener !== null) {
            return listener === found || listener === found.listener ? 1 : 0;
        }
        return 1;
    }
    if (found === undefined) {
        return 0;
    }
    if (listener === undefined || listener === null) {
        return found.length;
    }
    var n = 0;
    for (var i = 0; i < found.length; i++) {
        if (found[i] === listener || found[i].listener === listener) {
            n++;
        }
    }
    return n;
}

EventEmitter.prototype.listenerCount = listenerCount;

var staticListenerCount = function (emitter, type) {
    if (typeof emitter.listenerCount === 'function') {
        return emitter.listenerCount(type);
    }
    return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
    return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// Module-level helpers (require('events').once and friends).

function getEventListeners(emitter, type) {
    if (emitter !== null && typeof emitter === 'object' &&
            typeof emitter.listeners === 'function') {
        return emitter.listeners(type);
    }
    throw codes.ERR_INVALID_ARG_TYPE('emitter',
        ['EventEmitter', 'EventTarget'], emitter);
}

function getMaxListeners(emitter) {
    if (emitter !== null && typeof emitter === 'object' &&
            typeof emitter.getMaxListeners === 'function') {
        return emitter.getMaxListeners();
    }
    throw codes.ERR_INVALID_ARG_TYPE('emitter',
        ['EventEmitter', 'EventTarget'], emitter);
}

// setMaxListeners(n) changes the default; setMaxListeners(n, ...emitters)
// changes only the emitters given.
var staticSetMaxListeners = function (n) {
    if (n === undefined) {
        n = defaultMaxListeners;
    }
    errors.validateNumber(n, 'n', 0);
    if (arguments.length <= 1) {
        defaultMaxListeners = n;
        return;
    }
    for (var i = 1; i < arguments.length; i++) {
        var target = arguments[i];
        if (target === null || typeof target !== 'object' ||
                typeof target.setMaxListeners !== 'function') {
            throw codes.ERR_INVALID_ARG_TYPE('eventTargets',
                ['EventEmitter', 'EventTarget'], target);
        }
        target.setMaxListeners(n);
    }
};

function abortError(signal) {
    var err = new Error('The operation was aborted');
    err.name = 'AbortError';
    err.code = 'ABORT_ERR';
    if (signal && signal.reason !== undefined) {
        err.cause = signal.reason;
    }
    return err;
}

function validateSignal(signal) {
    if (signal !== undefined && (signal === null ||
            typeof signal !== 'object' || !('aborted' in signal))) {
        throw codes.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal',
            signal);
    }
}

// events.once(emitter, name[, { signal }]): a promise of the arguments of
// the next `name` event, rejected by an 'error' event that comes first.
function once(emitter, name, options) {
    var signal = options ? options.signal : undefined;
    validateSignal(signal);
    return new Promise(function (resolve, reject) {
        if (signal && signal.aborted) {
            reject(abortError(signal));
            return;
        }
        var errorListener;
        var abortListener;

        function cleanup() {
            if (errorListener !== undefined) {
                emitter.removeListener('error', errorListener);
            }
            if (abortListener !== undefined) {
                signal.removeEventListener('abort', abortListener);
            }
        }

        var resolver = function () {
            var args = Array.prototype.slice.call(arguments);
            cleanup();
            resolve(args);
        };
        if (name !== 'error') {
            errorListener = function (err) {
                emitter.removeListener(name, resolver);
                cleanup();
                reject(err);
            };
            emitter.once('error', errorListener);
        }
        emitter.once(name, resolver);
        if (signal) {
            abortListener = function () {
                emitter.removeListener(name, resolver);
                cleanup();
                reject(abortError(signal));
            };
            signal.addEventListener('abort', abortListener, { once: true });
        }
    });
}

// events.on(emitter, name): an async iterator over the arguments of every
// `name` event, ending with a rejection when 'error' is emitted. ES5 code
// drives it by calling next() and waiting on the promise it returns.
function on(emitter, name) {
    var unconsumedEvents = [];
    var unconsumedPromises = [];
    var error = null;
    var finished = false;

    function done(value) {
        return { value: value, done: true };
    }

    function closeHandler() {
        emitter.removeListener(name, eventHandler);
        emitter.removeListener('error', errorHandler);
        finished = true;
        while (unconsumedPromises.length > 0) {
            unconsumedPromises.shift().resolve(done(undefined));
        }
    }

    function eventHandler() {
        var args = Array.prototype.slice.call(arguments);
        if (unconsumedPromises.length > 0) {
            unconsumedPromises.shift().resolve({ value: args, done: false });
        } else {
            unconsumedEvents.push(args);
        }
    }

    function errorHandler(err) {
        if (unconsumedPromises.length > 0) {
            unconsumedPromises.shift().reject(err);
        } else {
            error = err;
        }
        closeHandler();
    }

    var iterator = {
        next: function () {
            if (unconsumedEvents.length > 0) {
                return Promise.resolve({
                    value: unconsumedEvents.shift(),
                    done: false
                });
            }
            if (error) {
                var p = Promise.reject(error);
                error = null;
                return p;
            }
            if (finished) {
                return Promise.resolve(done(undefined));
            }
            return new Promise(function (resolve, reject) {
                unconsumedPromises.push({ resolve: resolve, reject: reject });
            });
        },
        'return': function () {
            closeHandler();
            return Promise.resolve(done(undefined));
        },
        'throw': function (err) {
            if (!(err instanceof Error)) {
                throw codes.ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator',
                    'Error', err);
            }
            errorHandler(err);
            return Promise.resolve(done(undefined));
        }
    };
    if (typeof Symbol.asyncIterator === 'symbol') {
        iterator[Symbol.asyncIterator] = function () {
            return this;
        };
    }
    emitter.on(name, eventHandler);
    if (name !== 'error') {
        emitter.on('error', errorHandler);
    }
    return iterator;
}

function addAbortListener(signal, listener) {
    validateSignal(signal);
    if (signal === undefined) {
        throw codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
    }
    checkListener(listener);
    var removed = false;
    function onAbort() {
        listener.apply(this, arguments);
    }
    if (signal.aborted) {
        process.nextTick(function () {
            listener();
        });
    } else {
        signal.addEventListener('abort', onAbort, { once: true });
    }
    return {
        dispose: function () {
            if (!removed) {
                removed = true;
                signal.removeEventListener('abort', onAbort);
            }
        }
    };
}

// The module-level API, in the order Node defines it (which is the order
// util.inspect lists it in).
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
    enumerable: true,
    get: function () {
        return false;
    },
    set: function (value) {
        errors.validateBoolean(value, 'EventEmitter.captureRejections');
        if (value) {
            throw codes.ERR_NOT_SUPPORTED('EventEmitter captureRejections');
        }
    }
});
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
    enumerable: true,
    get: function () {
        throw codes.ERR_NOT_SUPPORTED('EventEmitterAsyncResource');
    }
});
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
    enumerable: true,
    get: function () {
        return defaultMaxListeners;
    },
    set: function (n) {
        errors.validateNumber(n, 'defaultMaxListeners', 0);
        defaultMaxListeners = n;
    }
});
EventEmitter.setMaxListeners = staticSetMaxListeners;
EventEmitter.init = init;
EventEmitter.listenerCount = staticListenerCount;

module.exports = EventEmitter;
