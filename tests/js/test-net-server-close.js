// net: server.close() stops listening at once but 'close' waits for the
// open connections; getConnections counts them; a second close() gets
// ERR_SERVER_NOT_RUNNING; maxConnections drops the extra connections
// with a 'drop' event.
'use strict';
var assert = require('assert');
var net = require('net');

var log = [];
var sockets = [];
var server = net.createServer(function (sock) {
    sockets.push(sock);
    if (sockets.length === 2) {
        server.getConnections(function (err, n) {
            assert.strictEqual(err, null);
            assert.strictEqual(n, 2);
            server.close(function (err) {
                assert.strictEqual(err, undefined);
                log.push('closed');
                server.close(function (err2) {
                    assert.strictEqual(err2.code, 'ERR_SERVER_NOT_RUNNING');
                    assert.strictEqual(err2.message, 'Server is not running.');
                    log.push('not running');
                    limits();
                });
            });
            assert.strictEqual(server.listening, false);
            assert.strictEqual(server.address(), null);
            log.push('closing');
            setTimeout(function () {
                log.push('end 1');
                sockets[0].end();
                setTimeout(function () {
                    log.push('end 2');
                    sockets[1].end();
                }, 20);
            }, 20);
        });
    }
});
server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    for (var i = 0; i < 2; i++) {
        net.connect(port, '127.0.0.1').resume();
    }
});

function limits() {
    var s = net.createServer(function (sock) {
        sock.end('hi');
    });
    s.maxConnections = 1;
    var drops = 0;
    s.on('drop', function (info) {
        drops++;
        assert.strictEqual(info.localAddress, '127.0.0.1');
        assert.strictEqual(info.remoteFamily, 'IPv4');
        assert.strictEqual(typeof info.remotePort, 'number');
    });
    s.listen(0, '127.0.0.1', function () {
        var port = s.address().port;
        var first = net.connect(port, '127.0.0.1');
        first.on('data', function () {});
        first.on('connect', function () {
            // The first is still counted while open: the second is dropped.
            var second = net.connect(port, '127.0.0.1');
            second.on('error', function () {});
            second.resume();
            second.on('close', function () {
                assert.strictEqual(drops, 1);
                log.push('dropped');
                first.destroy();
                s.close();
            });
        });
    });
}

process.on('exit', function () {
    assert.deepStrictEqual(log, ['closing', 'end 1', 'end 2', 'closed',
        'not running', 'dropped']);
});
