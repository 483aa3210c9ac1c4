// dgram.js - UDP and name-lookup benchmarks, run the same under nodule and
// node.  A benchmark, not a test: it prints numbers and never fails on
// them.
//
//   nodule tests/bench/dgram.js
//
// Measures, each the best of 3 rounds, one line each, "name value unit":
//   pingpong     64-byte datagrams echoed back and forth over loopback,
//                one in flight (round trips per second: the per-datagram
//                cost of send, receive and the loop)
//   window       64-byte datagrams in windows of 64 in flight, the next
//                window sent when the last one has arrived (datagrams per
//                second; windows keep the receiver's buffer from dropping)
//   lookup       2,000 dns.lookup('localhost') calls in flight on the pool
//                (lookups per second)
'use strict';
var dgram = require('dgram');
var dns = require('dns');

var ROUNDS = 3;

function now() {
    var t = process.hrtime();
    return t[0] * 1e3 + t[1] / 1e6;
}

// run(body, done): body(finish) calls finish(count, ms) once; the best
// rate of ROUNDS rounds goes to done(rate).
function best(body, done) {
    var top = 0;
    var left = ROUNDS;
    (function next() {
        body(function (count, ms) {
            top = Math.max(top, count / (ms / 1000));
            if (--left > 0) {
                next();
            } else {
                done(top);
            }
        });
    })();
}

function pingpong(finish) {
    var N = 10000;
    var n = 0;
    var t0;
    var echo = dgram.createSocket('udp4');
    var client = dgram.createSocket('udp4');
    var payload = Buffer.alloc(64, 7);
    echo.on('message', function (msg, rinfo) {
        echo.send(msg, rinfo.port, rinfo.address);
    });
    client.on('message', function () {
        if (++n === N) {
            var ms = now() - t0;
            echo.close();
            client.close();
            finish(N, ms);
            return;
        }
        client.send(payload, echo.address().port, '127.0.0.1');
    });
    echo.bind(0, '127.0.0.1', function () {
        client.bind(0, '127.0.0.1', function () {
            t0 = now();
            client.send(payload, echo.address().port, '127.0.0.1');
        });
    });
}

function windowed(finish) {
    var WINDOWS = 500;
    var SIZE = 64;
    var got = 0;
    var windows = 0;
    var t0;
    var rx = dgram.createSocket('udp4');
    var tx = dgram.createSocket('udp4');
    var payload = Buffer.alloc(64, 7);
    function sendWindow() {
        for (var i = 0; i < SIZE; i++) {
            tx.send(payload, rx.address().port, '127.0.0.1');
        }
    }
    rx.on('message', function () {
        if (++got % SIZE !== 0) {
            return;
        }
        if (++windows === WINDOWS) {
            var ms = now() - t0;
            rx.close();
            tx.close();
            finish(WINDOWS * SIZE, ms);
            return;
        }
        sendWindow();
    });
    rx.bind(0, '127.0.0.1', function () {
        tx.bind(0, '127.0.0.1', function () {
            t0 = now();
            sendWindow();
        });
    });
}

function lookups(finish) {
    var N = 2000;
    var left = N;
    var t0 = now();
    for (var i = 0; i < N; i++) {
        dns.lookup('localhost', function (err) {
            if (err) {
                throw err;
            }
            if (--left === 0) {
                finish(N, now() - t0);
            }
        });
    }
}

best(pingpong, function (rate) {
    console.log('pingpong', Math.round(rate), 'round-trips/s');
    best(windowed, function (rate2) {
        console.log('window', Math.round(rate2), 'datagrams/s');
        best(lookups, function (rate3) {
            console.log('lookup', Math.round(rate3), 'lookups/s');
        });
    });
});
