// The client half of tests/bench/http.sh's third part: CONCURRENCY loops
// of keep-alive GETs against 127.0.0.1:PORT for SECONDS, through one
// http.Agent. Prints the requests per second and, on Linux, this
// process's CPU time (user + system, from /proc/self/stat) per request in
// microseconds.
//
//   http_client.js PORT [SECONDS [CONCURRENCY]]
'use strict';

var fs = require('fs');
var http = require('http');

// CPU time so far in microseconds, or null without /proc. Fields 14 and
// 15 of stat, counted after the command name (which may hold spaces), in
// clock ticks of 10 ms (Linux's USER_HZ is 100).
function cpuMicros() {
    try {
        var f = fs.readFileSync('/proc/self/stat', 'latin1');
        f = f.slice(f.lastIndexOf(')') + 2).split(' ');
        return (Number(f[11]) + Number(f[12])) * 10000;
    } catch (e) {
        return null;
    }
}

var port = Number(process.argv[2]);
var seconds = Number(process.argv[3] || 5);
var concurrency = Number(process.argv[4] || 1);
var agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
var done = 0;
var failed = 0;
var start = Date.now();
var cpuStart = cpuMicros();
var stopAt = start + seconds * 1000;
var running = concurrency;

function loop() {
    if (Date.now() >= stopAt) {
        if (--running === 0) {
            var secs = (Date.now() - start) / 1000;
            var cpu = cpuMicros();
            console.log(Math.round(done / secs) + ' ' +
                (cpu === null || done === 0 ? '-' :
                    ((cpu - cpuStart) / done).toFixed(1)) +
                (failed ? ' (' + failed + ' failed)' : ''));
            agent.destroy();
        }
        return;
    }
    http.get({ host: '127.0.0.1', port: port, path: '/', agent: agent },
        function (res) {
            res.on('data', function () {});
            res.on('end', function () {
                done++;
                loop();
            });
        }).on('error', function () {
            failed++;
            loop();
        });
}

for (var i = 0; i < concurrency; i++) {
    loop();
}
