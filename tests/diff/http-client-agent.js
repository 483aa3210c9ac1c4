// http.Agent: its defaults, getName(), keep-alive reuse of one socket for
// sequential requests, maxSockets queueing, the 'free' event, the pools'
// bookkeeping, and destroy().
'use strict';
var http = require('http');

var g = http.globalAgent;
console.log('global', g.keepAlive, g.keepAliveMsecs, g.maxSockets,
    g.maxFreeSockets, g.maxTotalSockets, g.scheduling, g.defaultPort,
    g.protocol, JSON.stringify(g.options));
var a0 = new http.Agent();
console.log('default', a0.keepAlive, a0.keepAliveMsecs, a0.maxSockets,
    a0.maxFreeSockets, a0.maxTotalSockets, a0.scheduling,
    JSON.stringify(a0.options), http.Agent.defaultMaxSockets);
console.log('names', a0.getName(), a0.getName({}),
    a0.getName({ host: 'h', port: 8 }),
    a0.getName({ host: 'h', port: 8, localAddress: '1.2.3.4', family: 6 }),
    a0.getName({ socketPath: '/s' }), a0.getName({ family: 5 }));
console.log('instance', a0 instanceof require('events'),
    typeof http.request, typeof http.get,
    http.ClientRequest === http.request({ agent: a0 })
        .on('error', function () {}).destroy().constructor);

var count = 0;
var server = http.createServer(function (req, res) {
    count++;
    // Slow enough that three requests are in flight together.
    setTimeout(function () {
        res.end(req.url + ' #' + count);
    }, 10);
});

function counts(agent) {
    function sizes(o) {
        var out = {};
        Object.keys(o).forEach(function (k) {
            out[k.replace(/:\d+:/, ':PORT:')] = o[k].length;
        });
        return JSON.stringify(out);
    }
    return 'sockets ' + sizes(agent.sockets) + ' free ' +
        sizes(agent.freeSockets) + ' requests ' + sizes(agent.requests) +
        ' total ' + agent.totalSocketCount;
}

server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    var agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    var frees = 0;
    agent.on('free', function () {
        frees++;
    });
    var ports = [];
    var done = 0;
    ['/a', '/b', '/c'].forEach(function (path) {
        var req = http.get({ host: '127.0.0.1', port: port, path: path,
                             agent: agent }, function (res) {
            var body = '';
            ports.push(req.socket.localPort);
            res.on('data', function (d) {
                body += d;
            });
            res.on('end', function () {
                console.log('got', body, res.headers.connection);
                if (++done === 3) {
                    setImmediate(second);
                }
            });
        });
        req.on('socket', function () {
            console.log('socket for', path, 'reused', req.reusedSocket);
        });
    });
    console.log('queued', counts(agent));

    function second() {
        console.log('one socket', ports[0] === ports[1] &&
            ports[1] === ports[2], 'frees', frees);
        console.log('idle', counts(agent));
        var req = http.get({ host: '127.0.0.1', port: port, path: '/d',
                             agent: agent }, function (res) {
            res.resume();
            res.on('end', function () {
                console.log('reused', req.reusedSocket,
                    req.socket.localPort === ports[0]);
                setImmediate(third);
            });
        });
    }

    // A second destination name: two pools.
    function third() {
        var req = http.get({ host: '127.0.0.1', port: port, path: '/e',
                             agent: agent, family: 4 }, function (res) {
            res.resume();
            res.on('end', function () {
                setImmediate(function () {
                    console.log('two names', counts(agent));
                    agent.destroy();
                    setTimeout(function () {
                        console.log('destroyed', counts(agent));
                        server.close();
                    }, 20);
                });
            });
        });
        req.on('error', function (e) {
            console.log('error', e.message);
        });
    }
});
