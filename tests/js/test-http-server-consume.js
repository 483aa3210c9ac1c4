// http: the server's connection consumes its TCP socket's reads (no
// 'data' events on the way).  Checked here over real sockets: requests on
// a keep-alive connection are answered and counted in socket.bytesRead;
// an 'upgrade' and a 'connect' hand the socket back as an ordinary stream
// (the head bytes after the request, then later bytes as 'data'); and a
// connection that sends nothing after its request still times out
// (server.setTimeout).
'use strict';
var assert = require('assert');
var http = require('http');
var net = require('net');

var req1 = 'GET /a HTTP/1.1\r\nHost: h\r\n\r\n';
var req2 = 'GET /b HTTP/1.1\r\nHost: h\r\n\r\n';
var seen = [];
var serverSocket = null;

var server = http.createServer(function (req, res) {
    seen.push(req.url);
    serverSocket = req.socket;
    res.end(req.url);
});
server.on('upgrade', function (req, sock, head) {
    assert.strictEqual(String(head), 'HEAD');
    sock.on('data', function (d) {
        assert.strictEqual(String(d), 'later');
        sock.end('bye');
    });
    sock.write('HTTP/1.1 101 OK\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\n');
});
server.on('connect', function (req, sock, head) {
    assert.strictEqual(req.url, 'example.com:443');
    assert.strictEqual(String(head), 'hello');
    sock.on('data', function (d) {
        sock.end('echo ' + d);
    });
    sock.write('HTTP/1.1 200 Connection Established\r\n\r\n');
});

// Send the chunks (one per 20 ms), collect everything until the end.
function talk(port, chunks, done) {
    var c = net.connect(port);
    var got = '';
    var i = 0;
    function next() {
        if (i < chunks.length) {
            c.write(chunks[i++]);
            setTimeout(next, 20);
        }
    }
    c.on('connect', next);
    c.on('data', function (d) { got += d; });
    c.on('end', function () { done(got); });
}

function keepAlive(port, next) {
    var c = net.connect(port);
    var got = '';
    c.on('connect', function () {
        c.write(req1);
        setTimeout(function () { c.write(req2); }, 20);
    });
    c.on('data', function (d) {
        got += d;
        if (/\r\n\r\n\/a[\s\S]*\r\n\r\n\/b$/.test(got)) {
            assert.deepStrictEqual(seen, ['/a', '/b']);
            assert.strictEqual(serverSocket.bytesRead,
                req1.length + req2.length);
            c.end();
            next();
        }
    });
}

server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    keepAlive(port, function () {
        talk(port, ['GET / HTTP/1.1\r\nHost: h\r\nUpgrade: x\r\n' +
            'Connection: Upgrade\r\n\r\nHEAD', 'later'], function (got) {
            assert.strictEqual(got, 'HTTP/1.1 101 OK\r\nUpgrade: x\r\n' +
                'Connection: Upgrade\r\n\r\nbye');
            talk(port, ['CONNECT example.com:443 HTTP/1.1\r\nHost: h\r\n\r\n' +
                'hello', 'more'], function (got2) {
                assert.strictEqual(got2,
                    'HTTP/1.1 200 Connection Established\r\n\r\necho more');
                timeout(port);
            });
        });
    });
});

function timeout(port) {
    var timedOut = false;
    server.setTimeout(100, function (sock) {
        timedOut = true;
        sock.destroy();
    });
    var c = net.connect(port);
    c.on('connect', function () { c.write(req1); });
    c.resume();
    c.on('close', function () {
        assert.strictEqual(timedOut, true);
        server.close();
    });
}
