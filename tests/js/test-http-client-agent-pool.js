// The agent's pool over real sockets: maxTotalSockets across two
// destinations, the server's "Keep-Alive: timeout=N" hint (a socket the
// server will drop within a second is not kept), an idle socket that
// times out, fails or is closed by the server leaves the pool, and
// totalSocketCount follows; maxFreeSockets bounds the idle pool, and
// scheduling picks the most recently freed socket ('lifo') or the oldest
// ('fifo').
'use strict';
var assert = require('assert');
var http = require('http');

var open = 0;
var maxOpen = 0;
var server = http.createServer(function (req, res) {
    var headers = {};
    if (req.url === '/hint1') {
        headers['Keep-Alive'] = 'timeout=1';
    } else if (req.url === '/hint3') {
        headers['Keep-Alive'] = 'timeout=3';
    }
    res.writeHead(200, headers);
    setTimeout(function () {
        res.end('x');
    }, req.url.indexOf('/slow') === 0 ?
        20 + 15 * (Number(req.url.split('?')[1]) || 0) : 0);
});
server.on('connection', function (socket) {
    open++;
    maxOpen = Math.max(maxOpen, open);
    socket.on('close', function () {
        open--;
    });
});

var port;
var steps = [];
function next() {
    var fn = steps.shift();
    if (fn) {
        setImmediate(fn);
    } else {
        server.close();
        console.log('ok');
    }
}

function get(agent, path, family, cb) {
    var req = http.get({ host: '127.0.0.1', port: port, path: path,
                         agent: agent, family: family }, function (res) {
        res.resume();
        res.on('end', function () {
            cb(req, res);
        });
    });
    req.on('error', function (e) {
        assert.fail(path + ': ' + e.message);
    });
    return req;
}

function freeCount(agent) {
    var n = 0;
    Object.keys(agent.freeSockets).forEach(function (k) {
        n += agent.freeSockets[k].length;
    });
    return n;
}

// Wait (at most 2 s) until test() holds.
function until(test, then) {
    var tries = 0;
    (function poll() {
        if (test()) {
            then();
        } else if (++tries < 400) {
            setTimeout(poll, 5);
        } else {
            assert.fail('condition never held: ' + test);
        }
    })();
}

steps.push(function () {
    // Two destination names (family 4 or not), at most two sockets.
    var agent = new http.Agent({ keepAlive: true, maxTotalSockets: 2 });
    var done = 0;
    maxOpen = 0;
    [undefined, 4, undefined, 4, 4].forEach(function (family) {
        get(agent, '/slow', family, function () {
            if (++done === 5) {
                assert.strictEqual(maxOpen, 2);
                assert.ok(agent.totalSocketCount <= 2);
                agent.destroy();
                until(function () {
                    return agent.totalSocketCount === 0 && open === 0;
                }, next);
            }
        });
    });
    assert.strictEqual(agent.totalSocketCount, 2);
    var waiting = 0;
    Object.keys(agent.requests).forEach(function (k) {
        waiting += agent.requests[k].length;
    });
    assert.strictEqual(waiting, 3);
});

steps.push(function () {
    var agent = new http.Agent({ keepAlive: true, timeout: 5000 });
    get(agent, '/hint1', undefined, function (req) {
        // A second's notice is too short: the socket is not kept.
        req.socket.on('close', function () {
            assert.strictEqual(freeCount(agent), 0);
            get(agent, '/hint3', undefined, function (req2) {
                setImmediate(function () {
                    assert.strictEqual(freeCount(agent), 1);
                    assert.strictEqual(req2.socket.timeout, 2000);
                    agent.destroy();
                    next();
                });
            });
        });
    });
});

steps.push(function () {
    // The agent's timeout closes an idle socket.
    var agent = new http.Agent({ keepAlive: true, timeout: 30 });
    get(agent, '/', undefined, function () {
        setImmediate(function () {
            assert.strictEqual(freeCount(agent), 1);
            until(function () {
                return freeCount(agent) === 0 && agent.totalSocketCount === 0;
            }, next);
        });
    });
});

steps.push(function () {
    // An idle socket that fails leaves the pool, without an uncaught
    // error.
    var agent = new http.Agent({ keepAlive: true });
    get(agent, '/', undefined, function (req) {
        var socket = req.socket;
        setImmediate(function () {
            assert.strictEqual(freeCount(agent), 1);
            socket.emit('error', new Error('idle failure'));
            until(function () {
                return freeCount(agent) === 0 && agent.totalSocketCount === 0;
            }, next);
        });
    });
});

steps.push(function () {
    // The server closes an idle connection: it leaves the pool.
    var agent = new http.Agent({ keepAlive: true });
    get(agent, '/', undefined, function () {
        setImmediate(function () {
            assert.strictEqual(freeCount(agent), 1);
            server.closeIdleConnections();
            until(function () {
                return freeCount(agent) === 0 && agent.totalSocketCount === 0;
            }, next);
        });
    });
});

// Three requests at once, then (once all three sockets are idle) one
// more: which of the three does it get?
function schedulingStep(scheduling, cb) {
    var agent = new http.Agent({ keepAlive: true, scheduling: scheduling,
                                 maxFreeSockets: 2 });
    var order = [];
    var ended = 0;
    [0, 1, 2].forEach(function (i) {
        // Staggered bodies: the sockets come free in the order 0, 1, 2.
        get(agent, '/slow?' + i, undefined, function (req) {
            order.push(req.socket);
            if (++ended === 3) {
                setTimeout(function () {
                    // maxFreeSockets: 2 kept, the third closed.
                    assert.strictEqual(freeCount(agent), 2);
                    until(function () {
                        return agent.totalSocketCount === 2;
                    }, function () {
                        get(agent, '/', undefined, function (req4) {
                            cb(agent, order.indexOf(req4.socket));
                        });
                    });
                }, 10);
            }
        });
    });
}

steps.push(function () {
    schedulingStep('lifo', function (agent, which) {
        // 0 and 1 were kept (2 came free when the pool was full); the last
        // freed of them is 1.
        assert.strictEqual(which, 1);
        agent.destroy();
        next();
    });
});

steps.push(function () {
    schedulingStep('fifo', function (agent, which) {
        assert.strictEqual(which, 0);
        agent.destroy();
        next();
    });
});

server.listen(0, '127.0.0.1', function () {
    port = server.address().port;
    next();
});
