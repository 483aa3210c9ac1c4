/*
 * internal/worker_port: MessageChannel, MessagePort, receiveMessageOnPort,
 * BroadcastChannel and the transferList rules every postMessage shares.
 *
 * A MessagePort wraps a handle of internalBinding('messaging') (engine/
 * port.c), which owns the channel, its queues (in C, behind a mutex) and
 * the wake-up of whichever engine holds the other end.  Nothing here is
 * shared between threads: every engine loads its own copy, and a port
 * that arrives in a message is wrapped here by wrap(), which port.c calls.
 *
 * A port delivers messages once started: by start(), by a 'message'
 * listener or by onmessage, as in Node.  While started it keeps the loop
 * alive unless unref()'d; removing its last 'message' listener unrefs it.
 * Closing either end emits 'close' on both, each from its own loop.
 *
 * Event kinds from the binding: 1 message, 2 messageerror, 6 close.
 */
'use strict';

var EventEmitter = require('events');
var isArrayBuffer = require('internal/types').isArrayBuffer;

var binding = internalBinding('messaging');

var kHandle = Symbol('kHandle');
// Set by markAsUntransferable(): such an ArrayBuffer in a transferList is
// copied, not detached.
var kUntransferable = Symbol('kUntransferable');
var kOnMessage = Symbol('kOnMessage');

function nodeError(Base, code, message) {
    var err = new Base(message);
    err.code = code;
    err.stack = Base.prototype.name + ' [' + code + ']: ' + message +
        (err.stack || '').replace(/^[^\n]*/, '');
    return err;
}

function dataCloneError(message) {
    var err = new Error(message);
    err.name = 'DataCloneError';
    err.code = 25;
    return err;
}

function MessagePort() {
    throw new TypeError('Illegal constructor');
}
Object.setPrototypeOf(MessagePort.prototype, EventEmitter.prototype);
Object.setPrototypeOf(MessagePort, EventEmitter);

// A MessagePort over handle (made by a channel or arriving in a message).
function wrap(handle) {
    var port = Object.create(MessagePort.prototype);
    EventEmitter.call(port);
    Object.defineProperty(port, kHandle, { value: handle, writable: true });
    Object.defineProperty(port, kOnMessage,
        { value: null, writable: true });
    handle.onevent = function (kind, value) {
        if (kind === 1) {
            port.emit('message', value);
        } else if (kind === 2) {
            port.emit('messageerror', value);
        } else if (kind === 6) {
            port[kHandle] = null;
            port.emit('close');
        }
    };
    port.on('newListener', function (name) {
        if (name === 'message' && port[kHandle] !== null) {
            binding.ref(port[kHandle], true);
            binding.start(port[kHandle]);
        }
    });
    port.on('removeListener', function (name) {
        if (name === 'message' && port.listenerCount('message') === 0 &&
                port[kHandle] !== null) {
            binding.ref(port[kHandle], false);
        }
    });
    return port;
}
binding.setup(MessagePort, wrap);

MessagePort.prototype.postMessage = function postMessage(value, transfer) {
    if (arguments.length === 0) {
        throw nodeError(TypeError, 'ERR_MISSING_ARGS',
            'Not enough arguments to MessagePort.postMessage');
    }
    var t = transferList(transfer, this);
    var bytes = internalBinding('worker').serialize(value, t.ports,
        t.buffers);
    detachBuffers(t);
    if (this[kHandle]) {
        binding.post(this[kHandle], bytes, t.handles);
        detached(t);
    }
};

MessagePort.prototype.start = function start() {
    if (this[kHandle]) {
        binding.start(this[kHandle]);
    }
};

MessagePort.prototype.close = function close() {
    if (this[kHandle]) {
        binding.close(this[kHandle]);
    }
};

MessagePort.prototype.ref = function ref() {
    if (this[kHandle]) {
        binding.ref(this[kHandle], true);
    }
};

MessagePort.prototype.unref = function unref() {
    if (this[kHandle]) {
        binding.ref(this[kHandle], false);
    }
};

MessagePort.prototype.hasRef = function hasRef() {
    return this[kHandle] ? binding.hasRef(this[kHandle]) : false;
};

Object.defineProperty(MessagePort.prototype, 'onmessage', {
    get: function () {
        return this[kOnMessage] === null ? null : this[kOnMessage].handler;
    },
    set: function (fn) {
        if (this[kOnMessage] !== null) {
            this.removeListener('message', this[kOnMessage]);
        }
        this[kOnMessage] = null;
        if (typeof fn === 'function') {
            // onmessage gets a MessageEvent-like object, as in Node
            var port = this;
            this[kOnMessage] = function (data) {
                fn.call(port, { type: 'message', data: data, target: port });
            };
            this[kOnMessage].handler = fn;
            this.on('message', this[kOnMessage]);
        }
    },
    enumerable: true,
    configurable: true
});

function MessageChannel() {
    if (!(this instanceof MessageChannel)) {
        throw new TypeError('Class constructor MessageChannel cannot be ' +
            'invoked without \'new\'');
    }
    var handles = binding.channel();
    this.port1 = wrap(handles[0]);
    this.port2 = wrap(handles[1]);
}

// receiveMessageOnPort(port) -> undefined or { message }, taken at once.
function receiveMessageOnPort(port) {
    if (!(port instanceof MessagePort)) {
        throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
            'The "port" argument must be a MessagePort instance');
    }
    return port[kHandle] ? binding.receive(port[kHandle]) : undefined;
}

// Check a transferList (an array, or { transfer: array }) and split it:
// { ports: [MessagePort], handles: [handle], buffers: [ArrayBuffer] }.
// The ArrayBuffers' bytes travel in the message like any other's; once
// serialized, detachBuffers(t) detaches them here.  One marked
// untransferable is accepted but left out of buffers: it is only copied.
// source: the port being posted on, which cannot travel in itself.
function transferList(list, source) {
    var out = { ports: [], handles: [], buffers: [] };
    if (list === undefined || list === null) {
        return out;
    }
    if (!Array.isArray(list)) {
        if (typeof list === 'object' && list.transfer !== undefined) {
            list = list.transfer;
        }
        if (!Array.isArray(list)) {
            throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                'Optional transferList argument must be an iterable');
        }
    }
    list.forEach(function (item) {
        if (item instanceof MessagePort) {
            if (item === source) {
                throw dataCloneError('Transfer list contains source port');
            }
            if (out.ports.indexOf(item) !== -1) {
                throw dataCloneError('Transfer list contains duplicate ' +
                    'MessagePort');
            }
            if (item[kHandle] === null) {
                throw dataCloneError('MessagePort in transfer list is ' +
                    'already detached');
            }
            out.ports.push(item);
            out.handles.push(item[kHandle]);
        } else if (isArrayBuffer(item)) {
            if (out.buffers.indexOf(item) !== -1) {
                throw dataCloneError('Transfer list contains duplicate ' +
                    'ArrayBuffer');
            }
            if (item[kUntransferable] !== true) {
                out.buffers.push(item);
            }
        } else {
            throw nodeError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT',
                'Found invalid object in transferList');
        }
    });
    return out;
}

// ---- BroadcastChannel -------------------------------------------------------

// Every BroadcastChannel of the process with the same name, in any thread,
// gets a copy of what another one posts (internalBinding('broadcast')).
// Like Node's, it is an event target with onmessage/onmessageerror and
// add/removeEventListener; listeners get { type, data, target }.  It keeps
// the loop alive from creation until close() or unref().
var broadcast = internalBinding('broadcast');
var kName = Symbol('kName');
var kListeners = Symbol('kListeners');

function BroadcastChannel(name) {
    if (!(this instanceof BroadcastChannel)) {
        throw new TypeError('Class constructor BroadcastChannel cannot be ' +
            'invoked without \'new\'');
    }
    if (arguments.length === 0) {
        throw nodeError(TypeError, 'ERR_MISSING_ARGS',
            'The "name" argument must be specified');
    }
    var self = this;
    Object.defineProperty(this, kName, { value: String(name) });
    Object.defineProperty(this, kListeners, { value: {} });
    Object.defineProperty(this, kHandle,
        { value: broadcast.join(String(name)), writable: true });
    this.onmessage = null;
    this.onmessageerror = null;
    this[kHandle].onevent = function (kind, value) {
        if (kind === 1 || kind === 2) {
            self._dispatch(kind === 1 ? 'message' : 'messageerror', value);
        }
    };
}

Object.defineProperty(BroadcastChannel.prototype, 'name', {
    get: function () {
        return this[kName];
    },
    enumerable: true,
    configurable: true
});

BroadcastChannel.prototype._dispatch = function (type, data) {
    var event = { type: type, data: data, target: this };
    var handler = this['on' + type];
    if (typeof handler === 'function') {
        handler.call(this, event);
    }
    var list = (this[kListeners][type] || []).slice();
    for (var i = 0; i < list.length; i++) {
        list[i].call(this, event);
    }
};

BroadcastChannel.prototype.addEventListener = function (type, fn) {
    var list = this[kListeners][type] || (this[kListeners][type] = []);
    if (typeof fn === 'function' && list.indexOf(fn) === -1) {
        list.push(fn);
    }
};

BroadcastChannel.prototype.removeEventListener = function (type, fn) {
    var list = this[kListeners][type] || [];
    var i = list.indexOf(fn);
    if (i !== -1) {
        list.splice(i, 1);
    }
};

function invalidState() {
    var err = new Error('BroadcastChannel is closed.');
    err.name = 'InvalidStateError';
    err.code = 11;
    return err;
}

BroadcastChannel.prototype.postMessage = function postMessage(message) {
    if (arguments.length === 0) {
        throw nodeError(TypeError, 'ERR_MISSING_ARGS',
            'The "message" argument must be specified');
    }
    if (this[kHandle] === null) {
        throw invalidState();
    }
    var bytes = internalBinding('worker').serialize(message, []);
    broadcast.post(this[kHandle], this[kName], bytes);
};

BroadcastChannel.prototype.close = function close() {
    if (this[kHandle] !== null) {
        binding.close(this[kHandle]);
        this[kHandle] = null;
    }
};

BroadcastChannel.prototype.ref = function ref() {
    if (this[kHandle] !== null) {
        binding.ref(this[kHandle], true);
    }
    return this;
};

BroadcastChannel.prototype.unref = function unref() {
    if (this[kHandle] !== null) {
        binding.ref(this[kHandle], false);
    }
    return this;
};

// After a successful post: the transferred ports are gone from here.
function detached(t) {
    t.ports.forEach(function (port) {
        port[kHandle] = null;
    });
}

// Once the message holds their bytes: the transferred ArrayBuffers (and
// every view on them) become empty, as in Node, posted or not (a closed
// port or an exited worker drops the message but detaches all the same).
function detachBuffers(t) {
    var worker = internalBinding('worker');
    t.buffers.forEach(function (buffer) {
        worker.detach(buffer);
    });
}

// markAsUntransferable(object): an ArrayBuffer so marked is copied, not
// detached, when it is in a transferList.  Primitives, and objects that
// cannot take a property (non-extensible ones), are ignored.
function markAsUntransferable(object) {
    if (((typeof object === 'object' && object !== null) ||
            typeof object === 'function') &&
            object[kUntransferable] !== true && Object.isExtensible(object)) {
        Object.defineProperty(object, kUntransferable,
            { value: true, configurable: false, enumerable: false });
    }
}

module.exports = {
    BroadcastChannel: BroadcastChannel,
    detachBuffers: detachBuffers,
    detached: detached,
    markAsUntransferable: markAsUntransferable,
    MessageChannel: MessageChannel,
    MessagePort: MessagePort,
    receiveMessageOnPort: receiveMessageOnPort,
    transferList: transferList
};
