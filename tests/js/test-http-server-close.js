// http: server.close() closes idle keep-alive connections at once (as
// Node 19+ does) but lets an in-flight request finish;
// closeAllConnections() destroys busy ones too.  setTimeout() on the
// server gives idle sockets a 'timeout' event.
'use strict';
var assert = require('assert');
var http = require('http');
var net = require('net');

var held = null;
var server = http.createServer(function (req, res) {
    if (req.url === '/hold') {
        held = res;
        return;
    }
    res.end('ok');
});

function request(port, path, cb) {
    var c = net.connect(port, '127.0.0.1');
    c.setEncoding('latin1');
    c.got = '';
    c.on('connect', function () {
        c.write('GET ' + path + ' HTTP/1.1\r\nHost: h\r\n\r\n');
    });
    c.on('data', function (d) {
        c.got += d;
        if (cb) {
            cb(c);
            cb = null;
        }
    });
    return c;
}

server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    var idleClosed = false;
    var busyClosed = false;
    var serverClosed = false;
    function check() {
        if (idleClosed && busyClosed && serverClosed) {
            timeoutPart();
        }
    }
    // An idle keep-alive connection, then a busy one.
    request(port, '/idle', function (idle) {
        assert.ok(/keep-alive/.test(idle.got));
        idle.on('close', function () {
            idleClosed = true;
            check();
        });
        var busy = request(port, '/hold');
        busy.on('close', function () {
            busyClosed = true;
            check();
        });
        var wait = setInterval(function () {
            if (held === null) {
                return;
            }
            clearInterval(wait);
            server.close(function () {
                serverClosed = true;
                check();
            });
            // The idle one goes now, the busy one stays until told.
            setTimeout(function () {
                assert.strictEqual(idleClosed, true);
                assert.strictEqual(busyClosed, false);
                assert.strictEqual(serverClosed, false);
                server.closeAllConnections();
            }, 50);
        }, 5);
    });
});

function timeoutPart() {
    var s2 = http.createServer(function (req, res) { res.end(); });
    var timedOut = 0;
    s2.setTimeout(50, function (socket) {
        timedOut++;
        socket.destroy();
    });
    assert.strictEqual(s2.timeout, 50);
    s2.listen(0, '127.0.0.1', function () {
        var c = net.connect(s2.address().port, '127.0.0.1');
        c.on('close', function () {
            assert.strictEqual(timedOut, 1);
            s2.close();
        });
    });
}
