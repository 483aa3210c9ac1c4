/*
 * timers: setTimeout, setInterval, setImmediate and their clear functions.
 *
 * A Timeout is one loop timer while it is scheduled (see modules/timers.c):
 * binding.start() returns the native handle, kept in timeout._handle; the
 * loop calls onTimeout(timeout) through the callback bridge, so ticks and
 * microtasks drain after each timer (EVENT-LOOP-RULES rule 5).  A one-shot
 * timer's handle is gone by the time its callback runs; refresh() then
 * simply schedules a new one.
 *
 * Immediates are a FIFO list here.  The check phase calls
 * processImmediate(first) once per immediate; the first call of a phase
 * takes the whole queue as the batch to run, so immediates queued during
 * the phase wait for the next iteration (rule 7).  The native hooks are
 * told when "anything queued" and "anything ref'd queued" change.
 *
 * Delays follow Node: Number(delay); NaN, < 1 or > 2^31-1 becomes 1 (the
 * last with a TimeoutOverflowWarning); fractions are dropped.
 */
'use strict';

var errors = require('internal/errors');
var binding = internalBinding('timers');

var TIMEOUT_MAX = 2147483647;

var kRefed = Symbol('refed');
var kHasPrimitive = Symbol('kHasPrimitive');
var kId = Symbol('asyncId');

var nextId = 1;
// Timeouts whose id was taken with +timeout or String(timeout), so that
// clearTimeout(id) finds them, as in Node.
var knownTimersById = Object.create(null);

// ---- Timeout -------------------------------------------------------------

function Timeout(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
        if (after > TIMEOUT_MAX) {
            process.emitWarning(after + ' does not fit into a 32-bit signed ' +
                'integer.\nTimeout duration was set to 1.',
                'TimeoutOverflowWarning');
        }
        after = 1;
    }
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this._handle = null;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[kId] = nextId++;
}

// Put the timeout on the loop (its delay counted from now).
function schedule(timer) {
    var ms = Math.floor(timer._idleTimeout);
    timer._destroyed = false;
    if (timer._handle !== null) {
        binding.restart(timer._handle, ms, timer._repeat === null ? 0 : ms);
    } else {
        timer._handle = binding.start(timer, ms,
            timer._repeat === null ? 0 : ms, timer[kRefed]);
    }
}

function unschedule(timer) {
    if (timer._handle !== null) {
        binding.close(timer._handle);
        timer._handle = null;
    }
    timer._idleTimeout = -1;
    timer._destroyed = true;
    if (timer[kHasPrimitive]) {
        delete knownTimersById[timer[kId]];
    }
}

Timeout.prototype.refresh = function refresh() {
    if (this._idleTimeout >= 1) {
        schedule(this);
    }
    return this;
};

Timeout.prototype.ref = function ref() {
    this[kRefed] = true;
    if (this._handle !== null) {
        binding.ref(this._handle, true);
    }
    return this;
};

Timeout.prototype.unref = function unref() {
    this[kRefed] = false;
    if (this._handle !== null) {
        binding.ref(this._handle, false);
    }
    return this;
};

Timeout.prototype.hasRef = function hasRef() {
    return this[kRefed];
};

Timeout.prototype.close = function close() {
    clearTimeout(this);
    return this;
};

Timeout.prototype[Symbol.toPrimitive] = function () {
    var id = this[kId];
    if (!this[kHasPrimitive]) {
        this[kHasPrimitive] = true;
        knownTimersById[id] = this;
    }
    return id;
};

// Called by the loop (through the bridge) when a timer is due.
function onTimeout(timer) {
    if (timer._repeat === null) {
        timer._handle = null; // the native timer is already closed
        timer._destroyed = true;
        if (timer[kHasPrimitive]) {
            delete knownTimersById[timer[kId]];
        }
    }
    var args = timer._timerArgs;
    if (args === undefined) {
        timer._onTimeout();
    } else {
        timer._onTimeout.apply(timer, args);
    }
}

// setTimeout, setInterval and setImmediate are C functions made by
// binding.varargs(): they call these with the arguments for the callback
// gathered in an array (undefined when there are none), so that no call
// builds an `arguments` object.  The last number is Node's `length`.
var setTimeout = binding.varargs(function setTimeout(callback, after, args) {
    errors.validateFunction(callback, 'callback');
    var timer = new Timeout(callback, after, args, false, true);
    schedule(timer);
    return timer;
}, 2, 5);

var setInterval = binding.varargs(
    function setInterval(callback, repeat, args) {
        errors.validateFunction(callback, 'callback');
        var timer = new Timeout(callback, repeat, args, true, true);
        schedule(timer);
        return timer;
    }, 2, 5);

function clearTimeout(timer) {
    if (timer && timer._onTimeout) {
        timer._onTimeout = null;
        unschedule(timer);
        return;
    }
    if (typeof timer === 'number' || typeof timer === 'string') {
        var known = knownTimersById[timer];
        if (known !== undefined) {
            known._onTimeout = null;
            unschedule(known);
        }
    }
}

function clearInterval(timer) {
    clearTimeout(timer);
}

// ---- Immediate -----------------------------------------------------------

// A doubly linked list; an immediate knows the list it is on (_list), so
// clearImmediate can unlink it from the queue or from the running batch.
function ImmediateList() {
    this.head = null;
    this.tail = null;
}

ImmediateList.prototype.append = function (item) {
    item._idlePrev = this.tail;
    item._idleNext = null;
    if (this.tail !== null) {
        this.tail._idleNext = item;
    } else {
        this.head = item;
    }
    this.tail = item;
    item._list = this;
};

ImmediateList.prototype.remove = function (item) {
    if (item._idlePrev !== null) {
        item._idlePrev._idleNext = item._idleNext;
    } else {
        this.head = item._idleNext;
    }
    if (item._idleNext !== null) {
        item._idleNext._idlePrev = item._idlePrev;
    } else {
        this.tail = item._idlePrev;
    }
    item._idleNext = null;
    item._idlePrev = null;
    item._list = null;
};

var queue = new ImmediateList();   // waiting for the next check phase
var batch = new ImmediateList();   // being run by the current check phase
var pendingCount = 0;              // on either list
var refedCount = 0;                // of those, ref'd
var hookPending = false;           // what the native hooks were last told
var hookRefed = false;

function updateHooks() {
    var pending = pendingCount > 0;
    var refed = refedCount > 0;
    if (pending !== hookPending || refed !== hookRefed) {
        hookPending = pending;
        hookRefed = refed;
        binding.immediateState(pending, refed);
    }
}

function Immediate(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._list = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    pendingCount++;
    refedCount++;
    queue.append(this);
    updateHooks();
}

Immediate.prototype.ref = function ref() {
    if (!this[kRefed]) {
        this[kRefed] = true;
        if (!this._destroyed) {
            refedCount++;
            updateHooks();
        }
    }
    return this;
};

Immediate.prototype.unref = function unref() {
    if (this[kRefed]) {
        this[kRefed] = false;
        if (!this._destroyed) {
            refedCount--;
            updateHooks();
        }
    }
    return this;
};

Immediate.prototype.hasRef = function hasRef() {
    return this[kRefed];
};

// Take an immediate off its list for good.
function retire(immediate) {
    immediate._list.remove(immediate);
    immediate._destroyed = true;
    pendingCount--;
    if (immediate[kRefed]) {
        refedCount--;
    }
    updateHooks();
}

// Called by the check hook: run the next immediate of this phase's batch;
// return whether more of the batch remain.
function processImmediate(first) {
    if (first && batch.head === null) {
        var swap = batch;
        batch = queue;
        queue = swap;
    }
    var immediate = batch.head;
    if (immediate === null) {
        return false;
    }
    retire(immediate);
    var callback = immediate._onImmediate;
    immediate._onImmediate = null;
    var args = immediate._argv;
    if (args === undefined) {
        callback.call(immediate);
    } else {
        callback.apply(immediate, args);
    }
    return batch.head !== null;
}

var setImmediate = binding.varargs(function setImmediate(callback, args) {
    errors.validateFunction(callback, 'callback');
    return new Immediate(callback, args);
}, 1, 4);

function clearImmediate(immediate) {
    if (!(immediate instanceof Immediate) || immediate._destroyed) {
        return;
    }
    retire(immediate);
    immediate._onImmediate = null;
}

binding.setup(onTimeout, processImmediate);

module.exports = {
    setTimeout: setTimeout,
    clearTimeout: clearTimeout,
    setInterval: setInterval,
    clearInterval: clearInterval,
    setImmediate: setImmediate,
    clearImmediate: clearImmediate
};

// require('timers').promises, loaded on first use.
Object.defineProperty(module.exports, 'promises', {
    get: function () { return require('timers/promises'); },
    enumerable: true,
    configurable: true
});
