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
 * 5 out of memory (over resourceLimits).
 *
 * Not provided (they throw a clear error): MessageChannel, MessagePort,
 * BroadcastChannel, receiveMessageOnPort.  transferList is accepted:
 * its ArrayBuffers are copied, not moved (Duktape cannot detach one).
 * resourceLimits.maxOldGenerationSizeMb limits the worker's whole heap.
 */
'use strict';

var EventEmitter = require('events');
var path = require('path');
var errors = require('internal/errors');

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

// Serialize value; a transferList is validated (an array) and its
// ArrayBuffers are simply copied along with the message.
function serialize(value, transferList) {
    if (transferList !== undefined && transferList !== null &&
        !Array.isArray(transferList) &&
        !(typeof transferList === 'object' &&
          Array.isArray(transferList.transfer))) {
        throw codes.ERR_INVALID_ARG_TYPE('transferList', 'Array',
            transferList);
    }
    return binding.serialize(value);
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
    // workerData and env travel together: the worker unpacks both.
    var startData = {
        workerData: options.workerData,
        env: env && env !== SHARE_ENV ? copyEnv(env) : undefined
    };
    var bytes = serialize(startData, options.transferList);
    var limits = resourceLimits(options.resourceLimits);
    var handle = binding.spawn(entry, !!options.eval, argv, bytes,
        limits.maxOldGenerationSizeMb ?
            Math.floor(limits.maxOldGenerationSizeMb * 1024 * 1024) : 0);
    var self = this;
    this[kHandle] = handle;
    this.threadId = handle.threadId;
    this.resourceLimits = limits;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
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
    case 4:
        this[kHandle] = null;
        this.threadId = -1;
        this.emit('exit', value);
        break;
    }
};

Worker.prototype.postMessage = function postMessage(value, transferList) {
    if (arguments.length === 0) {
        throw codes.ERR_MISSING_ARGS('value');
    }
    var bytes = serialize(value, transferList);
    if (this[kHandle] !== null) {
        binding.post(this[kHandle], bytes);
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

function ParentPort() {
    EventEmitter.call(this);
    var port = this;
    this._closed = false;
    this.on('newListener', function (name) {
        if (name === 'message' && !port._closed) {
            binding.selfRef(true);
        }
    });
    this.on('removeListener', function (name) {
        if (name === 'message' && port.listenerCount('message') === 0) {
            binding.selfRef(false);
        }
    });
    binding.selfReceive(function (type, value) {
        if (!port._closed) {
            port.emit(type, value);
        }
    });
}
Object.setPrototypeOf(ParentPort.prototype, EventEmitter.prototype);

ParentPort.prototype.postMessage = function postMessage(value, transfer) {
    if (arguments.length === 0) {
        throw codes.ERR_MISSING_ARGS('value');
    }
    var bytes = serialize(value, transfer);
    if (!this._closed) {
        binding.selfPost(bytes);
    }
};

ParentPort.prototype.close = function close() {
    if (this._closed) {
        return;
    }
    this._closed = true;
    binding.selfRef(false);
    var port = this;
    process.nextTick(function () { port.emit('close'); });
};

ParentPort.prototype.start = function start() {};

ParentPort.prototype.ref = function ref() {
    if (!this._closed) {
        binding.selfRef(true);
    }
};

ParentPort.prototype.unref = function unref() {
    binding.selfRef(false);
};

// ---- exports ---------------------------------------------------------------

var parentPort = null;
var workerData = null;
if (info !== null) {
    parentPort = new ParentPort();
    workerData = info.workerData.workerData;
    if (info.workerData.env !== undefined) {
        process.env = info.workerData.env;
    }
}

module.exports = {
    isMainThread: info === null,
    MessagePort: notSupported('MessagePort'),
    MessageChannel: notSupported('MessageChannel'),
    // nodule copies every transferred ArrayBuffer (Duktape cannot detach
    // one), so each object already behaves as untransferable.
    markAsUntransferable: function markAsUntransferable() {},
    moveMessagePortToContext: notSupported('moveMessagePortToContext'),
    receiveMessageOnPort: notSupported('receiveMessageOnPort'),
    resourceLimits: {},
    threadId: info === null ? 0 : info.threadId,
    SHARE_ENV: SHARE_ENV,
    Worker: Worker,
    parentPort: parentPort,
    workerData: workerData,
    BroadcastChannel: notSupported('BroadcastChannel'),
    setEnvironmentData: notSupported('setEnvironmentData()'),
    getEnvironmentData: notSupported('getEnvironmentData()')
};
