// The forms of http.request and what each option puts on the wire: a URL
// string, a URL object, (url, options, cb); auth; the Host header with
// and without the port, for IPv6 in brackets, and setHost: false;
// headers as an array; method case; createConnection; socketPath (a Unix
// socket); flushHeaders() and Expect: 100-continue sending the head before
// the body. A raw server records each request head.
'use strict';
var assert = require('assert');
var fs = require('fs');
var http = require('http');
var net = require('net');
var os = require('os');
var path = require('path');

var heads = [];
function onConnection(c) {
    var got = '';
    c.setEncoding('latin1');
    c.on('data', function (d) {
        got += d;
        var end = got.indexOf('\r\n\r\n');
        if (end === -1) {
            return;
        }
        var head = got.slice(0, end);
        var body = got.slice(end + 4);
        if (/expect: 100-continue/i.test(head) && body === '' &&
                !c.continued) {
            c.continued = true;
            c.write('HTTP/1.1 100 Continue\r\n\r\n');
            return;
        }
        // Answer once the whole body is in.
        var length = /content-length: (\d+)/i.exec(head);
        if (/transfer-encoding: chunked/i.test(head) ?
                body.slice(-5) !== '0\r\n\r\n' :
                length && body.length < Number(length[1])) {
            return;
        }
        heads.push(head);
        got = '';
        c.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n' +
            'Connection: close\r\n\r\nok');
    });
}
var server = net.createServer(onConnection);
var sockPath = path.join(os.tmpdir(), 'nodule-http-client-' +
    process.pid + '.sock');
var unixServer = net.createServer(onConnection);

var port;
var steps = [];
function next() {
    var fn = steps.shift();
    if (fn) {
        fn();
    } else {
        server.close();
        unixServer.close();
        console.log('ok');
    }
}

// send(args..., check(head)): request with these arguments, then check
// the head the server got.
function send(args, check) {
    var before = heads.length;
    var cb = function (res) {
        assert.strictEqual(res.statusCode, 200);
        res.resume();
        res.on('end', function () {
            assert.strictEqual(heads.length, before + 1);
            check(heads[before], req);
            setImmediate(next);
        });
    };
    var req = http.request.apply(http, args.concat([cb]));
    req.end();
}

steps.push(function () {
    send(['http://user:p%40ss@127.0.0.1:' + port + '/a/b?c=d#frag'],
        function (head) {
            var lines = head.split('\r\n');
            assert.strictEqual(lines[0], 'GET /a/b?c=d HTTP/1.1');
            assert.ok(lines.indexOf('Host: 127.0.0.1:' + port) > 0, head);
            assert.ok(lines.indexOf('Authorization: Basic ' +
                Buffer.from('user:p@ss').toString('base64')) > 0, head);
        });
});

steps.push(function () {
    var u = new URL('http://127.0.0.1:' + port + '/u');
    send([u, { method: 'delete', headers: { 'X-A': 'b' } }],
        function (head) {
            assert.strictEqual(head.split('\r\n')[0], 'DELETE /u HTTP/1.1');
            assert.ok(/\r\nX-A: b/.test(head), head);
        });
});

steps.push(function () {
    send([{ host: '127.0.0.1', port: port, setHost: false,
            headers: [['X-One', '1'], ['x-two', '2'], ['X-One', '3']] }],
        function (head) {
            assert.ok(!/\r\nHost:/i.test(head), head);
            assert.ok(/X-One: 1\r\nx-two: 2\r\nX-One: 3/.test(head), head);
        });
});

steps.push(function () {
    // The Host header names the destination the caller gave, an IPv6
    // literal in brackets. Without an agent there is no default port, so
    // even 80 is written out (as Node does).
    var made = [];
    send([{ host: '::1', port: 80, path: '/v6',
            createConnection: function (opts) {
                made.push(opts.host + ' ' + opts.port);
                return net.createConnection(port, '127.0.0.1');
            } }],
        function (head) {
            assert.deepStrictEqual(made, ['::1 80']);
            assert.ok(/\r\nHost: \[::1\]:80\r\n/.test(head), head);
        });
});

steps.push(function () {
    // Through an agent, port 80 is the default: no port in Host.
    var agent = new http.Agent();
    agent.createConnection = function () {
        return net.createConnection(port, '127.0.0.1');
    };
    send([{ host: 'example.test', port: 80, path: '/p80', agent: agent }],
        function (head) {
            assert.ok(/\r\nHost: example.test\r\n/.test(head), head);
        });
});

steps.push(function () {
    send([{ socketPath: sockPath, path: '/unix' }], function (head) {
        assert.strictEqual(head.split('\r\n')[0], 'GET /unix HTTP/1.1');
        assert.ok(/\r\nHost: localhost\r\n/.test(head), head);
    });
});

steps.push(function () {
    // flushHeaders() sends the head at once; the body follows.
    var req = http.request({ host: '127.0.0.1', port: port, method: 'POST',
                             agent: false, path: '/flush' },
        function (res) {
            res.resume();
            res.on('end', function () {
                var head = heads[heads.length - 1];
                assert.ok(/^POST \/flush/.test(head), head);
                assert.ok(/Transfer-Encoding: chunked/.test(head), head);
                next();
            });
        });
    req.flushHeaders();
    assert.ok(req.headersSent);
    // The server has the head (and not yet a body) once its connection
    // has data; watch for that through the socket's bytesWritten.
    req.on('socket', function (socket) {
        var waited = 0;
        (function poll() {
            if (socket.bytesWritten > 0) {
                req.end('body');
            } else if (++waited < 400) {
                setTimeout(poll, 5);
            } else {
                assert.fail('the head did not go out before the body');
            }
        })();
    });
});

steps.push(function () {
    // Expect: 100-continue: the head goes out alone; 'continue' asks for
    // the body.
    var req = http.request({ host: '127.0.0.1', port: port, method: 'PUT',
                             agent: false, path: '/expect',
                             headers: { Expect: '100-continue',
                                        'Content-Length': 4 } },
        function (res) {
            assert.strictEqual(res.statusCode, 200);
            res.resume();
            res.on('end', function () {
                assert.ok(sawContinue);
                next();
            });
        });
    var sawContinue = false;
    req.on('continue', function () {
        sawContinue = true;
        req.end('data');
    });
});

try {
    fs.unlinkSync(sockPath);
} catch (e) {
    // not there: fine
}
unixServer.listen(sockPath, function () {
    server.listen(0, '127.0.0.1', function () {
        port = server.address().port;
        next();
    });
});
