// The order of a request's and its response's events: with a one-use
// agent and with a keep-alive one (where 'close' of the request comes
// before the socket goes back to the pool, and the second request gets
// the same socket), for a GET and for a POST with a body.
'use strict';
var http = require('http');

var server = http.createServer(function (req, res) {
    req.resume();
    req.on('end', function () {
        res.setHeader('X-Method', req.method);
        res.end('body of ' + req.method);
    });
});

function run(agent, method, port, done) {
    var events = [];
    var req = http.request({ host: '127.0.0.1', port: port, method: method,
                             agent: agent }, function (res) {
        events.push('response ' + res.statusCode + ' ' +
            res.headers['x-method']);
        res.on('data', function (d) {
            events.push('data ' + d);
        });
        res.on('end', function () {
            events.push('end');
        });
        res.on('close', function () {
            events.push('res close');
        });
    });
    req.on('socket', function (socket) {
        events.push('socket reused=' + req.reusedSocket);
        socket.once('free', function () {
            events.push('socket free');
        });
    });
    req.on('finish', function () {
        events.push('finish');
    });
    req.on('prefinish', function () {
        events.push('prefinish');
    });
    req.on('close', function () {
        events.push('close');
        // Let the last events (free, res close) come in.
        setTimeout(function () {
            console.log(method, agent === false ? 'no agent' : 'keep-alive',
                events.join(', '));
            done();
        }, 20);
    });
    if (method === 'POST') {
        req.write('part one, ');
        req.end('part two');
    } else {
        req.end();
    }
}

server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    var agent = new http.Agent({ keepAlive: true });
    run(false, 'GET', port, function () {
        run(false, 'POST', port, function () {
            run(agent, 'GET', port, function () {
                run(agent, 'POST', port, function () {
                    agent.destroy();
                    server.close();
                });
            });
        });
    });
});
