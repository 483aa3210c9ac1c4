// 'upgrade' and 'connect': the response head comes with the socket and
// the bytes after the head, and the socket is the listener's from then
// on (it leaves the agent); an upgrade nobody listens for closes the
// socket. A raw TCP server plays the peer.
'use strict';
var assert = require('assert');
var http = require('http');
var net = require('net');

var server = net.createServer(function (c) {
    var got = '';
    c.setEncoding('latin1');
    c.on('data', function onData(d) {
        got += d;
        if (got.indexOf('\r\n\r\n') === -1) {
            return;
        }
        c.removeListener('data', onData);
        if (/^CONNECT /.test(got)) {
            c.write('HTTP/1.1 200 Connection Established\r\n\r\nearly');
        } else {
            c.write('HTTP/1.1 101 Switching Protocols\r\n' +
                'Upgrade: echo\r\nConnection: Upgrade\r\n\r\nhead-bytes');
        }
        // From here on, an echo server.
        c.on('data', function (more) {
            c.write(more.toUpperCase());
        });
    });
});

var steps = [];
function next() {
    var fn = steps.shift();
    if (fn) {
        fn();
    } else {
        server.close();
        console.log('ok');
    }
}

var port;
var agent = new http.Agent({ keepAlive: true });

steps.push(function () {
    var req = http.request({ host: '127.0.0.1', port: port, agent: agent,
                             headers: { Connection: 'Upgrade',
                                        Upgrade: 'echo' } });
    var events = [];
    req.on('response', function () {
        assert.fail('a 101 is not a response');
    });
    req.on('upgrade', function (res, socket, head) {
        events.push('upgrade');
        assert.strictEqual(res.statusCode, 101);
        assert.strictEqual(res.headers.upgrade, 'echo');
        assert.strictEqual(String(head), 'head-bytes');
        assert.strictEqual(Object.keys(agent.sockets).length, 0);
        assert.strictEqual(agent.totalSocketCount, 0);
        socket.setEncoding('latin1');
        socket.once('data', function (d) {
            assert.strictEqual(d, 'PING');
            socket.destroy();
        });
        socket.on('close', function () {
            assert.deepStrictEqual(events, ['upgrade', 'close']);
            next();
        });
        socket.write('ping');
    });
    req.on('close', function () {
        events.push('close');
    });
    req.end();
});

steps.push(function () {
    var req = http.request({ host: '127.0.0.1', port: port,
                             method: 'CONNECT', path: 'example.com:443',
                             agent: false });
    req.on('connect', function (res, socket, head) {
        assert.strictEqual(res.statusCode, 200);
        assert.strictEqual(res.statusMessage, 'Connection Established');
        assert.strictEqual(String(head), 'early');
        socket.setEncoding('latin1');
        socket.once('data', function (d) {
            assert.strictEqual(d, 'TUNNEL');
            socket.end();
            socket.on('close', next);
        });
        socket.write('tunnel');
    });
    req.end();
});

steps.push(function () {
    // No 'upgrade' listener: the socket is closed, no response, no error.
    var req = http.request({ host: '127.0.0.1', port: port, agent: false,
                             headers: { Connection: 'Upgrade',
                                        Upgrade: 'echo' } });
    req.on('response', function () {
        assert.fail('no response expected');
    });
    req.on('error', function (e) {
        assert.fail('no error expected: ' + e.message);
    });
    req.on('socket', function (socket) {
        socket.on('close', function () {
            next();
        });
    });
    req.end();
});

server.listen(0, '127.0.0.1', function () {
    port = server.address().port;
    next();
});
