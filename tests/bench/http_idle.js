// The client half of the idle-connection part of tests/bench/http.sh.
//
//   http_idle.js PORT COUNT
//
// Opens COUNT TCP connections to 127.0.0.1:PORT, at most 256 connecting at
// a time, sends one keep-alive GET on each and reads its response, then
// leaves them all open and idle. It prints "ready N" once N connections
// have had their response, and holds them until its stdin closes (the
// benchmark reads the server's memory meanwhile). Written with net only,
// so it runs under node and under nodule alike.
'use strict';

var net = require('net');

var port = Number(process.argv[2]);
var count = Number(process.argv[3] || 10000);
var inFlight = 256;
var started = 0;
var ready = 0;
var failed = 0;
var sockets = [];
var request = 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';

function openOne() {
    if (started >= count) {
        return;
    }
    started++;
    var s = net.connect(port, '127.0.0.1');
    var got = '';
    var done = false;
    sockets.push(s);
    s.setEncoding('latin1');
    s.on('connect', function () {
        s.write(request);
    });
    s.on('data', function (d) {
        got += d;
        // The body is the last thing the server sends.
        if (!done && got.indexOf('hello world\n') !== -1) {
            done = true;
            settle(true);
        }
    });
    s.on('error', function () {
        if (!done) {
            done = true;
            settle(false);
        }
    });
}

function settle(ok) {
    if (ok) {
        ready++;
    } else {
        failed++;
    }
    if (ready + failed === count) {
        console.log('ready ' + ready + (failed ? ' failed ' + failed : ''));
        process.stdin.resume();
        process.stdin.on('end', function () {
            for (var i = 0; i < sockets.length; i++) {
                sockets[i].destroy();
            }
        });
        return;
    }
    openOne();
}

for (var i = 0; i < inFlight && i < count; i++) {
    openOne();
}
