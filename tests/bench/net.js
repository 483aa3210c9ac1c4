// net over loopback, one process: bulk transfer (MB/s of 512 MiB in 64 KiB
// writes with backpressure, IPv4 tcp and a unix socket) and 64-byte
// request/response round trips per second on one connection. Best of 3.
// Run under nodule and under node, then compare.
'use strict';
var net = require('net');
var os = require('os');
var path = require('path');

var TOTAL = 512 * 1024 * 1024;
var ROUNDS = 20000;
var results = {};

function bulk(listenArgs, connectArgs, done) {
    var chunk = Buffer.alloc(64 * 1024, 97);
    var got = 0;
    var t0;
    var server = net.createServer(function (sock) {
        sock.on('data', function (d) {
            got += d.length;
        });
        sock.on('end', function () {
            var ms = Date.now() - t0;
            server.close(function () {
                done(TOTAL / 1048576 / (ms / 1000));
            });
        });
    });
    server.listen.apply(server, listenArgs.concat(function () {
        var args = connectArgs(server);
        var c = net.connect.apply(net, args.concat(function () {
            var sent = 0;
            t0 = Date.now();
            (function pump() {
                while (sent < TOTAL) {
                    sent += chunk.length;
                    if (!c.write(chunk)) {
                        c.once('drain', pump);
                        return;
                    }
                }
                c.end();
            })();
        }));
    }));
}

function pingPong(done) {
    var msg = Buffer.alloc(64, 98);
    var server = net.createServer(function (sock) {
        sock.setNoDelay(true);
        sock.on('data', function (d) {
            sock.write(d);
        });
    });
    server.listen(0, '127.0.0.1', function () {
        var c = net.connect(server.address().port, '127.0.0.1');
        var n = 0;
        var have = 0;
        var t0;
        c.setNoDelay(true);
        c.on('connect', function () {
            t0 = Date.now();
            c.write(msg);
        });
        c.on('data', function (d) {
            have += d.length;
            while (have >= 64) {
                have -= 64;
                if (++n === ROUNDS) {
                    var ms = Date.now() - t0;
                    c.destroy();
                    server.close(function () {
                        done(ROUNDS / (ms / 1000));
                    });
                    return;
                }
                c.write(msg);
            }
        });
    });
}

var sock = path.join(os.tmpdir(), 'nodule-bench-' + process.pid + '.sock');
var cases = [
    ['tcp bulk MB/s', function (cb) {
        bulk([0, '127.0.0.1'], function (s) {
            return [s.address().port, '127.0.0.1'];
        }, cb);
    }],
    ['unix bulk MB/s', function (cb) {
        bulk([sock], function () {
            return [sock];
        }, cb);
    }],
    ['tcp round trips/s', pingPong]
];

(function run(i, rep) {
    if (i === cases.length) {
        Object.keys(results).forEach(function (k) {
            console.log(k + ': ' + Math.round(results[k]));
        });
        return;
    }
    cases[i][1](function (v) {
        var k = cases[i][0];
        results[k] = Math.max(results[k] || 0, v);
        if (rep < 2) {
            run(i, rep + 1);
        } else {
            run(i + 1, 0);
        }
    });
})(0, 0);
