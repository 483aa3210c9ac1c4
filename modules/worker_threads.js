/*
 * worker_threads: Node's API over internalBinding('worker') (engine/
 * worker.c), which runs each Worker on its own thread with its own engine.
 *
 * This file is loaded separately in every engine (the main one and each
 * worker's); nothing here is shared between threads.  The binding's
 * selfInfo() tells a worker apart from the main thread.  Messages are
 * serialized by the binding (engine/clone.c) on the sending side and
 * arrive already deserialized; a message that cannot be rebuilt arrives as
 * a 'messageerror'.
 *
 * Event kinds from the binding (worker.c's MSG_*): 0 online, 1 message,
 * 2 messageerror, 3 error (an uncaught exception in the worker), 4 exit,
 * 5 out of memory (over resourceLimits), 6 and 7 bytes the worker wrote
 * to its stdout and stderr.
 *
 * MessageChannel and MessagePort are internal/worker_port.  A worker's
 * process.stdout and stderr send what is written to the parent, in order
 * and before the worker's exit, where worker.stdout and worker.stderr
 * (Readables) take it; unless the stdout/stderr options are set, they are
 * piped to the parent's own process.stdout/stderr, as in Node.
 *
 * The environment: without an env option a worker gets a copy of the
 * parent's process.env, with SHARE_ENV the process environment itself,
 * with an object a copy of it.  setEnvironmentData's values are copied to
 * each worker when it starts.
 *
 * Not provided (they throw a clear error):
 * moveMessagePortToContext, getHeapSnapshot.  With the stdin option,
 * worker.stdin's writes become the worker's process.stdin; without, the
 * worker's process.stdin ends at once, as in Node.
 * transferList ArrayBuffers are copied into the message, then detached
 * in the sender (engine/duk_detach.c), unless markAsUntransferable() was
 * called on them.  resourceLimits.maxOldGenerationSizeMb limits the
 * worker's heap.
 */
'use strict';

var EventEmitter = require('events');
var path = require('path');
var errors = require('internal/errors');
var ports = require('internal/worker_port');

var binding = internalBinding('worker');
var codes = errors.codes;
var info = binding.selfInfo();

var SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
var kHandle = Symbol('kHandle');

function nodeError(Base, code, message) {
    var err = new Base(message);
    err.code = code;
    Object.defineProperty(err, 'name', {
        value: Base.prototype.name, writable: true, configurable: true,
        enumerable: false
    });
    err.stack = Base.prototype.name + ' [' + code + ']: ' + message +
        (err.stack || '').replace(/^[^\n]*/, '');
    return err;
}

function notSupported(name) {
    return function () {
        throw nodeError(Error, 'ERR_NOT_SUPPORTED',
            name + ' is not supported by nodule\'s worker_threads');
    };
}

// Serialize value with its transferList: { bytes, handles, t } where
// handles are the transferred MessagePorts' handles, for the binding to
// move into the message, and t is for ports.detached() after the post.
// Transferred ArrayBuffers' bytes are copied into the message, and the
// ArrayBuffers detached, here.
function serialize(value, list) {
    var t = ports.transferList(list, null);
    var bytes = binding.serialize(value, t.ports, t.buffers);
    ports.detachBuffers(t);
    return { bytes: bytes, handles: t.handles, t: t };
}

// ---- the parent side: Worker ---------------------------------------------

function resolveFilename(filename) {
    if (typeof filename === 'object' && filename !== null &&
        typeof filename.href === 'string' &&
        filename.protocol === 'file:') {
        return require('url').fileURLToPath(filename);
    }
    if (typeof filename !== 'string') {
        throw codes.ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'],
            filename);
    }
    if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
        throw nodeError(TypeError, 'ERR_WORKER_PATH',
            'The worker script or module filename must be an absolute ' +
            'path or a relative path starting with \'./\' or \'../\'. ' +
            'Received "' + filename + '"');
    }
    return path.resolve(filename);
}

function Worker(filename, options) {
    if (!(this instanceof Worker)) {
        throw new TypeError('Class constructor Worker cannot be invoked ' +
            'without \'new\'');
    }
    EventEmitter.call(this);
    if (options === undefined || options === null) {
        options = {};
    } else if (typeof options !== 'object') {
        throw codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    var entry;
    if (options.eval) {
        if (typeof filename !== 'string') {
            throw codes.ERR_INVALID_ARG_TYPE('filename', 'string', filename);
        }
        entry = filename;
    } else {
        entry = resolveFilename(filename);
    }
    var argv = [];
    if (options.argv !== undefined) {
        if (!Array.isArray(options.argv)) {
            throw codes.ERR_INVALID_ARG_TYPE('options.argv', 'Array',
                options.argv);
        }
        argv = options.argv.map(String);
    }
    var env = options.env;
    if (env !== undefined && env !== null && env !== SHARE_ENV &&
        typeof env !== 'object') {
        throw codes.ERR_INVALID_ARG_TYPE('options.env', 'Object', env);
    }
    // workerData, env and environment data travel together: the worker
    // unpacks them all.
    var startData = {
        workerData: options.workerData,
        env: env === SHARE_ENV ? undefined :
            copyEnv(env === undefined || env === null ? process.env : env),
        environmentData: environmentData,
        stdin: !!options.stdin
    };
    var start = serialize(startData, options.transferList);
    var limits = resourceLimits(options.resourceLimits);
    var handle = binding.spawn(entry, !!options.eval, argv, start.bytes,
        limits.maxOldGenerationSizeMb ?
            Math.floor(limits.maxOldGenerationSizeMb * 1024 * 1024) : 0,
        start.handles);
    ports.detached(start.t);
    var self = this;
    this[kHandle] = handle;
    this.threadId = handle.threadId;
    this.resourceLimits = limits;
    this.stdin = options.stdin ? stdinWritable(handle) : null;
    this.stdout = stdioReadable();
    this.stderr = stdioReadable();
    if (!options.stdout) {
        this.stdout.pipe(process.stdout);
    }
    if (!options.stderr) {
        this.stderr.pipe(process.stderr);
    }
    this.performance = { eventLoopUtilization: function () {
        return { idle: 0, active: 0, utilization: 0 };
    } };
    handle.onevent = function (kind, value) {
        self._onEvent(kind, value);
    };
}
Object.setPrototypeOf(Worker.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Worker, EventEmitter);

// resourceLimits: only maxOldGenerationSizeMb has an effect (the limit
// of the worker's whole Duktape heap); the other fields are kept.
function resourceLimits(limits) {
    var out = {};
    if (limits === undefined) {
        return out;
    }
    if (limits === null || typeof limits !== 'object') {
        throw codes.ERR_INVALID_ARG_TYPE('options.resourceLimits', 'Object',
            limits);
    }
    ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb',
        'stackSizeMb'].forEach(function (key) {
        var v = limits[key];
        if (typeof v === 'number' && v > 0) {
            out[key] = v;
        }
    });
    return out;
}

// worker.stdin (with the stdin option): what is written reaches the
// worker's process.stdin, in order; end() ends it there.
function stdinWritable(handle) {
    var Writable = require('stream').Writable;
    return new Writable({
        write: function (chunk, encoding, cb) {
            binding.stdin(handle, chunk);
            cb();
        },
        final: function (cb) {
            binding.stdin(handle, null);
            cb();
        }
    });
}

// worker.stdout and worker.stderr: filled by the worker's writes.
function stdioReadable() {
    var Readable = require('stream').Readable;
    return new Readable({ read: function () {} });
}

function copyEnv(env) {
    var out = {};
    Object.keys(env).forEach(function (key) {
        out[key] = String(env[key]);
    });
    return out;
}

Worker.prototype._onEvent = function (kind, value) {
    switch (kind) {
    case 0:
        this.emit('online');
        break;
    case 1:
        this.emit('message', value);
        break;
    case 2:
        this.emit('messageerror', value);
        break;
    case 3:
        this.emit('error', value);
        break;
    case 5:
        this.emit('error', nodeError(Error, 'ERR_WORKER_OUT_OF_MEMORY',
            'Worker terminated due to reaching memory limit: ' +
            'JS heap out of memory'));
        break;
    case 6:
        this.stdout.push(require('buffer').Buffer.from(value));
        break;
    case 7:
        this.stderr.push(require('buffer').Buffer.from(value));
        break;
    case 4:
        this[kHandle] = null;
        this.threadId = -1;
        this.stdout.push(null);
        this.stderr.push(null);
        this.emit('exit', value);
        break;
    }
};

Worker.prototype.postMessage = function postMessage(value, transferList) {
    if (arguments.length === 0) {
        throw nodeError(TypeError, 'ERR_MISSING_ARGS',
            'Not enough arguments to MessagePort.postMessage');
    }
    var m = serialize(value, transferList);
    if (this[kHandle] !== null) {
        binding.post(this[kHandle], m.bytes, m.handles);
        ports.detached(m.t);
    }
};

// A promise for the exit code (undefined if the worker had exited).
Worker.prototype.terminate = function terminate(callback) {
    var self = this;
    if (typeof callback === 'function') {
        process.emitWarning('Passing a callback to worker.terminate() is ' +
            'deprecated. It returns a Promise instead.',
            'DeprecationWarning', 'DEP0132');
        this.once('exit', function (code) { callback(null, code); });
    }
    if (this[kHandle] === null) {
        return Promise.resolve(undefined);
    }
    var done = new Promise(function (resolve) {
        self.once('exit', resolve);
    });
    binding.terminate(this[kHandle]);
    return done;
};

Worker.prototype.ref = function ref() {
    if (this[kHandle] !== null) {
        binding.ref(this[kHandle], true);
    }
};

Worker.prototype.unref = function unref() {
    if (this[kHandle] !== null) {
        binding.ref(this[kHandle], false);
    }
};

Worker.prototype.getHeapSnapshot = notSupported('getHeapSnapshot()');

// ---- the worker side: parentPort -----------------------------------------

// What the parent sends keeps the worker alive while parentPort wants
// messages or process.stdin (with the stdin option) wants data.
var selfRefs = { port: false, stdin: false };

function selfRef(which, on) {
    selfRefs[which] = on;
    binding.selfRef(selfRefs.port || selfRefs.stdin);
}

var stdinStream = null; // the worker's process.stdin, once made

function ParentPort() {
    EventEmitter.call(this);
    var port = this;
    this._closed = false;
    this.on('newListener', function (name) {
        if (name === 'message' && !port._closed) {
            selfRef('port', true);
        }
    });
    this.on('removeListener', function (name) {
        if (name === 'message' && port.listenerCount('message') === 0) {
            selfRef('port', false);
        }
    });
    binding.selfReceive(function (type, value) {
        if (type === 'stdin') {
            if (stdinStream !== null) {
                stdinStream.push(value === null ? null :
                    require('buffer').Buffer.from(value));
            }
        } else if (!port._closed) {
            port.emit(type, value);
        }
    });
}
Object.setPrototypeOf(ParentPort.prototype, EventEmitter.prototype);

ParentPort.prototype.postMessage = function postMessage(value, transfer) {
    if (arguments.length === 0) {
        throw nodeError(TypeError, 'ERR_MISSING_ARGS',
            'Not enough arguments to MessagePort.postMessage');
    }
    var m = serialize(value, transfer);
    if (!this._closed) {
        binding.selfPost(m.bytes, m.handles);
        ports.detached(m.t);
    }
};

ParentPort.prototype.close = function close() {
    if (this._closed) {
        return;
    }
    this._closed = true;
    selfRef('port', false);
    var port = this;
    process.nextTick(function () { port.emit('close'); });
};

ParentPort.prototype.start = function start() {};

ParentPort.prototype.ref = function ref() {
    if (!this._closed) {
        selfRef('port', true);
    }
};

ParentPort.prototype.unref = function unref() {
    selfRef('port', false);
};

// ---- exports ---------------------------------------------------------------

// ---- the environment --------------------------------------------------------

// A worker's own process.env: a copy that coerces values to strings, as
// Node's does, and reaches no other thread.
function privateEnv(copy) {
    return new Proxy(copy, {
        set: function (target, key, value) {
            if (typeof value === 'symbol' || typeof key === 'symbol') {
                throw new TypeError('Cannot convert a Symbol value to a ' +
                    'string');
            }
            target[key] = String(value);
            return true;
        }
    });
}

var environmentData = new Map();

function setEnvironmentData(key, value) {
    if (value === undefined) {
        environmentData.delete(key);
    } else {
        environmentData.set(key, value);
    }
}

function getEnvironmentData(key) {
    return environmentData.get(key);
}

// A worker's process.stdout/stderr: each write goes to the parent, which
// writes it out (or hands it to worker.stdout/stderr).
function workerStdio(kind) {
    var Writable = require('stream').Writable;
    var stream = new Writable({
        write: function (chunk, encoding, cb) {
            binding.selfWrite(kind, chunk);
            cb();
        },
        writev: function (chunks, cb) {
            chunks.forEach(function (c) { binding.selfWrite(kind, c.chunk); });
            cb();
        }
    });
    return stream;
}

function defineWorkerStdio(name, kind) {
    var stream = null;
    Object.defineProperty(process, name, {
        get: function () {
            if (stream === null) {
                stream = workerStdio(kind);
            }
            return stream;
        },
        enumerable: true,
        configurable: true
    });
}

// A worker's process.stdin: what the parent writes to worker.stdin (with
// the stdin option), or a stream that ends at once (without).
function defineWorkerStdin(fed) {
    var stream = null;
    function make() {
        var Readable = require('stream').Readable;
        stream = new Readable({
            read: function () {
                if (fed) {
                    selfRef('stdin', true);
                }
            }
        });
        if (fed) {
            stdinStream = stream; // the parent's writes go here
            stream.on('pause', function () { selfRef('stdin', false); });
            stream.on('end', function () { selfRef('stdin', false); });
        } else {
            stream.push(null);
        }
        return stream;
    }
    if (fed) {
        make(); // at once: the parent may write before anyone reads
    }
    Object.defineProperty(process, 'stdin', {
        get: function () {
            return stream !== null ? stream : make();
        },
        enumerable: true,
        configurable: true
    });
}

var parentPort = null;
var workerData = null;
if (info !== null) {
    parentPort = new ParentPort();
    workerData = info.workerData.workerData;
    if (info.workerData.env !== undefined) {
        process.env = privateEnv(info.workerData.env);
    }
    environmentData = info.workerData.environmentData;
    defineWorkerStdio('stdout', 6);
    defineWorkerStdio('stderr', 7);
    defineWorkerStdin(info.workerData.stdin);
}

module.exports = {
    isMainThread: info === null,
    MessagePort: ports.MessagePort,
    MessageChannel: ports.MessageChannel,
    markAsUntransferable: ports.markAsUntransferable,
    moveMessagePortToContext: notSupported('moveMessagePortToContext'),
    receiveMessageOnPort: ports.receiveMessageOnPort,
    resourceLimits: {},
    threadId: info === null ? 0 : info.threadId,
    SHARE_ENV: SHARE_ENV,
    Worker: Worker,
    parentPort: parentPort,
    workerData: workerData,
    BroadcastChannel: ports.BroadcastChannel,
    setEnvironmentData: setEnvironmentData,
    getEnvironmentData: getEnvironmentData
};
