// net, http: an idle connection stays small. Duktape's heap byte count
// (process.memoryUsage().heapUsed, after a full collection) grows by a
// bounded amount per idle keep-alive connection pair, and the stream state
// defaults shared on the prototypes behave as own values: changing one
// socket's state leaves every other socket's alone.
'use strict';
var assert = require('assert');
var net = require('net');
var http = require('http');
var stream = require('stream');

// Shared defaults read as the defaults, and writes stay per stream.
var a = new net.Socket();
var b = new net.Socket();
assert.strictEqual(a._readableState.flowing, null);
assert.strictEqual(a._readableState.ended, false);
assert.strictEqual(a._writableState.length, 0);
assert.strictEqual(a._writableState.defaultEncoding, 'utf8');
a._readableState.flowing = false;
a._writableState.corked = 1;
a.setNoDelay(true);
assert.strictEqual(b._readableState.flowing, null);
assert.strictEqual(b._writableState.corked, 0);
assert.strictEqual(b._pendingOptions, null);
var d = new stream.Duplex({ objectMode: true, emitClose: false,
    read: function () {}, write: function (c, e, cb) { cb(); } });
assert.strictEqual(d._readableState.objectMode, true);
assert.strictEqual(d._writableState.emitClose, false);
assert.strictEqual(new stream.Duplex()._writableState.emitClose, true);
a.destroy();
b.destroy();

var COUNT = 200;

function heap() {
    Duktape.gc();
    return process.memoryUsage().heapUsed;
}

// pairs(server, request, done): COUNT client connections to server, each
// idle once its first write (request, or none) is answered or accepted;
// done(bytes per client+server pair).
function pairs(server, request, done) {
    server.listen(0, '127.0.0.1', function () {
        var port = server.address().port;
        var clients = [];
        var settled = 0;
        var before = heap();
        function settle() {
            if (++settled < COUNT) {
                return;
            }
            setTimeout(function () {
                var per = (heap() - before) / COUNT;
                for (var i = 0; i < clients.length; i++) {
                    clients[i].destroy();
                }
                // The next measure starts once every connection is gone.
                server.close(function () {
                    done(per);
                });
            }, 50);
        }
        for (var i = 0; i < COUNT; i++) {
            (function () {
                var s = net.connect(port, '127.0.0.1');
                var got = false;
                clients.push(s);
                s.on('connect', function () {
                    if (request) {
                        s.write(request);
                    }
                });
                s.on('data', function () {
                    if (!got) {
                        got = true;
                        settle();
                    }
                });
            })();
        }
    });
}

var held = [];
var netServer = net.createServer(function (sock) {
    held.push(sock);
    sock.write('hi');
});
pairs(netServer, null, function (netPer) {
    for (var i = 0; i < held.length; i++) {
        held[i].destroy();
    }
    // 14.4 KB before the stream defaults moved to the prototypes, 8 KB after.
    assert.ok(netPer < 11000, 'net pair costs ' + netPer + ' bytes');
    var httpServer = http.createServer(function (req, res) {
        res.end('hello world\n');
    });
    pairs(httpServer, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n', function (httpPer) {
        // 16 KB before, 7.4 KB after.
        assert.ok(httpPer < 11000, 'http pair costs ' + httpPer + ' bytes');
        console.log('ok');
    });
});
