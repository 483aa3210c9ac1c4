/*
 * internal/http_agent: http.Agent, the pool of client sockets that
 * ClientRequest borrows from, and http.globalAgent.
 *
 * Sockets are grouped by "name", the key getName() builds from the
 * destination (host:port:localAddress[:family][:socketPath]). For each name
 * the agent keeps three lists, all plain arrays in objects without a
 * prototype, as Node's do (programs and tests look at them):
 *
 *   sockets[name]      sockets lent to a request right now;
 *   freeSockets[name]  idle keep-alive sockets waiting for the next request;
 *   requests[name]     requests waiting for a socket (maxSockets reached).
 *
 * The life of a socket: addRequest() takes a free socket (LIFO by default,
 * FIFO with scheduling 'fifo'), or creates one while the name has fewer
 * than maxSockets and the agent fewer than maxTotalSockets, or else queues
 * the request. When the request is done with the socket, ClientRequest
 * makes the socket emit 'free'; the agent's 'free' handler hands the socket
 * to the next queued request of that name, or keeps it in freeSockets when
 * the request and the agent both want keep-alive and the limits allow, or
 * destroys it. A free socket is unref'd (an idle pool does not keep the
 * process alive), times out after options.timeout (or the server's
 * "Keep-Alive: timeout=N" hint, minus a second), and is dropped from the
 * pool on 'error', 'timeout' or 'close'. When a socket closes while
 * requests wait (of any name), a new socket is made for the oldest.
 *
 * Every socket the agent created carries four listeners (installListeners):
 * 'free', 'close', 'timeout' and 'agentRemove' (a request that takes the
 * socket away for good, as an upgrade does, emits 'agentRemove').
 *
 * Threading: main thread of one engine only, like every JS module.
 */
'use strict';

var EventEmitter = require('events');
var errors = require('internal/errors');

var net = null; // require('net'), loaded when the first socket is made

function netModule() {
    if (net === null) {
        net = require('net');
    }
    return net;
}

// A copy of `base` with `extra`'s own properties over it, in an object
// without a prototype (so a key named "__proto__" or "constructor" is just
// a key). Node merges option objects the same way.
function mergeOptions(base, extra) {
    var out = Object.create(null);
    var keys, i;
    if (base) {
        keys = Object.keys(base);
        for (i = 0; i < keys.length; i++) {
            out[keys[i]] = base[keys[i]];
        }
    }
    if (extra) {
        keys = Object.keys(extra);
        for (i = 0; i < keys.length; i++) {
            out[keys[i]] = extra[keys[i]];
        }
    }
    return out;
}

function Agent(options) {
    if (!(this instanceof Agent)) {
        return new Agent(options);
    }
    EventEmitter.call(this);

    this.defaultPort = 80;
    this.protocol = 'http:';
    this.options = mergeOptions(options, null);
    if (this.options.noDelay === undefined) {
        this.options.noDelay = true;
    }
    // A socket path given to the agent would make every socket go there;
    // the destination comes from each request instead.
    this.options.path = null;
    this.requests = Object.create(null);
    this.sockets = Object.create(null);
    this.freeSockets = Object.create(null);
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.keepAlive = this.options.keepAlive || false;
    this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.scheduling = this.options.scheduling || 'lifo';
    this.maxTotalSockets = this.options.maxTotalSockets;
    this.totalSocketCount = 0;

    if (this.scheduling !== 'fifo' && this.scheduling !== 'lifo') {
        throw errors.codes.ERR_INVALID_ARG_VALUE('scheduling',
            this.scheduling, 'must be one of: \'fifo\', \'lifo\'');
    }
    if (this.maxTotalSockets !== undefined) {
        errors.validateNumber(this.maxTotalSockets, 'maxTotalSockets', 1);
    } else {
        this.maxTotalSockets = Infinity;
    }

    this.on('free', onFree);
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);

Agent.defaultMaxSockets = Infinity;

// 'free': a request is done with `socket`. Give it to a waiting request,
// keep it for later, or close it.
function onFree(socket, options) {
    var agent = this;
    var name = agent.getName(options);

    if (!socket.writable) {
        socket.destroy();
        return;
    }

    var waiting = agent.requests[name];
    if (waiting && waiting.length) {
        var next = waiting.shift();
        setRequestSocket(agent, next, socket);
        if (waiting.length === 0) {
            delete agent.requests[name];
        }
        return;
    }

    var req = socket._httpMessage;
    if (!req || !req.shouldKeepAlive || !agent.keepAlive) {
        socket.destroy();
        return;
    }

    var free = agent.freeSockets[name] || [];
    var count = free.length;
    if (agent.sockets[name]) {
        count += agent.sockets[name].length;
    }
    if (agent.totalSocketCount > agent.maxTotalSockets ||
            count > agent.maxSockets ||
            free.length >= agent.maxFreeSockets ||
            !agent.keepSocketAlive(socket)) {
        socket.destroy();
        return;
    }

    agent.freeSockets[name] = free;
    socket._httpMessage = null;
    agent.removeSocket(socket, options);
    socket.once('error', freeSocketErrorListener);
    free.push(socket);
}

// An idle socket that fails leaves the pool.
function freeSocketErrorListener() {
    this.destroy();
    this.emit('agentRemove');
}

Agent.prototype.createConnection = function createConnection() {
    var n = netModule();
    return n.createConnection.apply(n, arguments);
};

// See the header comment. Node's names: host, then port, then local
// address, each after a colon; family and socket path only when given.
Agent.prototype.getName = function getName(options) {
    if (options === undefined || options === null) {
        options = {};
    }
    var name = options.host || 'localhost';
    name += ':';
    if (options.port) {
        name += options.port;
    }
    name += ':';
    if (options.localAddress) {
        name += options.localAddress;
    }
    if (options.family === 4 || options.family === 6) {
        name += ':' + options.family;
    }
    if (options.socketPath) {
        name += ':' + options.socketPath;
    }
    return name;
};

// Give `req` a socket now (a free one, or a new one) or queue it.
// The (req, host, port, localAddress) form of old Node versions is
// accepted too.
Agent.prototype.addRequest = function addRequest(req, options, port,
                                                 localAddress) {
    if (typeof options === 'string') {
        options = { host: options, port: port, localAddress: localAddress };
    }
    options = mergeOptions(options, this.options);
    if (options.socketPath) {
        options.path = options.socketPath;
    }

    var name = this.getName(options);
    if (!this.sockets[name]) {
        this.sockets[name] = [];
    }

    var free = this.freeSockets[name];
    var socket;
    if (free) {
        while (free.length && free[0].destroyed) {
            free.shift();
        }
        socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
        if (!free.length) {
            delete this.freeSockets[name];
        }
    }

    var freeLen = free ? free.length : 0;
    var sockLen = freeLen + this.sockets[name].length;
    var agent = this;

    if (socket) {
        this.reuseSocket(socket, req);
        setRequestSocket(this, req, socket);
        this.sockets[name].push(socket);
    } else if (sockLen < this.maxSockets &&
               this.totalSocketCount < this.maxTotalSockets) {
        this.createSocket(req, options, function (err, s) {
            if (err) {
                req.onSocket(s, err);
            } else {
                setRequestSocket(agent, req, s);
            }
        });
    } else {
        if (!this.requests[name]) {
            this.requests[name] = [];
        }
        req._agentOptions = options;
        this.requests[name].push(req);
    }
};

// Make a socket for `req` through createConnection (which may answer
// through the callback or by returning the socket) and adopt it.
Agent.prototype.createSocket = function createSocket(req, options, cb) {
    var agent = this;
    options = mergeOptions(options, this.options);
    if (options.socketPath) {
        options.path = options.socketPath;
    }
    var name = this.getName(options);
    options._agentKey = name;
    options.encoding = null;

    var called = false;
    function oncreate(err, s) {
        if (called) {
            return;
        }
        called = true;
        if (err) {
            cb(err);
            return;
        }
        if (!agent.sockets[name]) {
            agent.sockets[name] = [];
        }
        agent.sockets[name].push(s);
        agent.totalSocketCount++;
        installListeners(agent, s, options);
        cb(null, s);
    }

    if (this.keepAlive) {
        options.keepAlive = this.keepAlive;
        options.keepAliveInitialDelay = this.keepAliveMsecs;
    }
    var made = this.createConnection(options, oncreate);
    if (made) {
        oncreate(null, made);
    }
};

// The listeners every socket of this agent carries; see the header.
function installListeners(agent, s, options) {
    function onFreeSocket() {
        agent.emit('free', s, options);
    }
    function onClose() {
        agent.totalSocketCount--;
        agent.removeSocket(s, options);
    }
    // An idle socket that times out is closed; one in use tells its
    // request instead (ClientRequest listens for 'timeout' itself).
    function onTimeout() {
        var names = Object.keys(agent.freeSockets);
        for (var i = 0; i < names.length; i++) {
            if (agent.freeSockets[names[i]].indexOf(s) !== -1) {
                s.destroy();
                return;
            }
        }
    }
    function onRemove() {
        agent.totalSocketCount--;
        agent.removeSocket(s, options);
        s.removeListener('close', onClose);
        s.removeListener('free', onFreeSocket);
        s.removeListener('timeout', onTimeout);
        s.removeListener('agentRemove', onRemove);
    }
    s.on('free', onFreeSocket);
    s.on('close', onClose);
    s.on('timeout', onTimeout);
    s.on('agentRemove', onRemove);
}

// Forget `s`; if requests are waiting, make a socket for the oldest.
Agent.prototype.removeSocket = function removeSocket(s, options) {
    var name = this.getName(options);
    var sets = [this.sockets];
    // A socket that can no longer write may also sit in the free pool.
    if (!s.writable) {
        sets.push(this.freeSockets);
    }
    for (var i = 0; i < sets.length; i++) {
        var list = sets[i][name];
        if (list) {
            var at = list.indexOf(s);
            if (at !== -1) {
                list.splice(at, 1);
                if (list.length === 0) {
                    delete sets[i][name];
                }
            }
        }
    }

    var req;
    if (this.requests[name] && this.requests[name].length) {
        req = this.requests[name][0];
    } else {
        // The oldest-queued destination may be waiting for the room this
        // socket leaves under maxTotalSockets, unless it has sockets of
        // its own that will serve it (as Node decides, only the first
        // destination in the queue is looked at).
        var names = Object.keys(this.requests);
        if (names.length > 0 && !(this.sockets[names[0]] &&
                                  this.sockets[names[0]].length)) {
            req = this.requests[names[0]][0];
            options = req._agentOptions;
        }
    }

    if (req && options) {
        req._agentOptions = undefined;
        // The new socket's 'free' hands it to the first waiting request.
        this.createSocket(req, options, function (err, socket) {
            if (err) {
                req.onSocket(socket, err);
            } else {
                socket.emit('free');
            }
        });
    }
};

// The first Keep-Alive header of a response, or null. Read from
// rawHeaders so that a response whose headers nobody asked for does not
// have its headers object built just for this.
function keepAliveHeader(res) {
    var raw = res.rawHeaders;
    if (!Array.isArray(raw)) {
        return null;
    }
    for (var i = 0; i + 1 < raw.length; i += 2) {
        var name = raw[i];
        if (typeof name === 'string' && name.length === 10 &&
                name.toLowerCase() === 'keep-alive') {
            return String(raw[i + 1]);
        }
    }
    return null;
}

// Prepare an idle socket for the pool; false means "do not keep it".
Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();

    var timeout = this.options.timeout || 0;
    var keep = true;
    var req = socket._httpMessage;
    if (req && req.res) {
        var hint = keepAliveHeader(req.res);
        var m = hint === null ? null : /^timeout=(\d+)/.exec(hint);
        if (m) {
            // Give up a second early, so the server does not close a
            // socket the moment we send on it.
            var serverMs = parseInt(m[1], 10) * 1000 - 1000;
            if (serverMs <= 0) {
                keep = false;
            } else if (serverMs < timeout) {
                // Only shortens an agent timeout; without one, the socket
                // waits (Node does the same).
                timeout = serverMs;
            }
        }
    }
    if (socket.timeout !== timeout) {
        socket.setTimeout(timeout);
    }
    return keep;
};

// A free socket goes back to work.
Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
    req.reusedSocket = true;
    socket.removeListener('error', freeSocketErrorListener);
    socket.ref();
};

// Close every socket, busy or idle. Waiting requests stay queued.
Agent.prototype.destroy = function destroy() {
    var sets = [this.freeSockets, this.sockets];
    for (var i = 0; i < sets.length; i++) {
        var names = Object.keys(sets[i]);
        for (var j = 0; j < names.length; j++) {
            var list = sets[i][names[j]].slice();
            for (var k = 0; k < list.length; k++) {
                list[k].destroy();
            }
        }
    }
};

function setRequestSocket(agent, req, socket) {
    req.onSocket(socket);
    var agentTimeout = agent.options.timeout || 0;
    if (req.timeout === undefined || req.timeout === agentTimeout) {
        return;
    }
    socket.setTimeout(req.timeout);
}

// Node 20's global agent keeps connections alive, picks the most recently
// used socket first and closes idle sockets after 5 s.
var globalAgent = new Agent({
    keepAlive: true,
    scheduling: 'lifo',
    timeout: 5000
});

module.exports = {
    Agent: Agent,
    globalAgent: globalAgent
};
