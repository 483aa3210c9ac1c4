// worker_threads benchmark: run under nodule and under node, compare.
//   1. fib(N) twice in one worker vs once in each of 2 workers;
//   2. worker start-up: new Worker() until 'online', and until 'exit';
//   3. message round trip (parent -> worker -> parent), sequential.
// Usage: nodule tests/bench/worker.js [fibN=30] [spawns=20] [trips=2000]
'use strict';
var Worker = require('worker_threads').Worker;

var FIB = +(process.argv[2] || 30);
var SPAWNS = +(process.argv[3] || 20);
var TRIPS = +(process.argv[4] || 2000);

function now() {
    var t = process.hrtime();
    return t[0] * 1e3 + t[1] / 1e6;
}

var fibSrc = 'function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }';

// Run `count` workers that each compute fib(FIB) `times` times; done(ms).
// Both sides of the comparison pay the same worker start-up, and fib is a
// closure's local in both (a global lookup is much slower in Duktape).
function fibWorkers(count, times, done) {
    var t0 = now(), left = count;
    for (var i = 0; i < count; i++) {
        var w = new Worker('(function () { ' + fibSrc +
            ' for (var i = 0; i < ' + times + '; i++) fib(' + FIB + ');' +
            ' })();', { eval: true });
        w.on('exit', function () {
            if (--left === 0) {
                done(now() - t0);
            }
        });
    }
}

function fibBench(done) {
    fibWorkers(1, 2, function (serial) {
        fibWorkers(2, 1, function (parallel) {
            console.log('fib(' + FIB + ') x2: 1 worker ' +
                serial.toFixed(1) + ' ms, 2 workers ' +
                parallel.toFixed(1) + ' ms, speedup ' +
                (serial / parallel).toFixed(2));
            done();
        });
    });
}

function spawnBench(done) {
    var online = 0, total = 0, i = 0;
    (function next() {
        if (i === SPAWNS) {
            console.log('spawn -> online: ' + (online / SPAWNS).toFixed(2) +
                ' ms, spawn -> exit: ' + (total / SPAWNS).toFixed(2) +
                ' ms (mean of ' + SPAWNS + ')');
            done();
            return;
        }
        i++;
        var t0 = now();
        var w = new Worker('0', { eval: true });
        w.on('online', function () { online += now() - t0; });
        w.on('exit', function () {
            total += now() - t0;
            next();
        });
    })();
}

function pingBench(done) {
    var w = new Worker('var p = require("worker_threads").parentPort;' +
        'p.on("message", function (m) { if (m === null) p.close();' +
        ' else p.postMessage(m); });', { eval: true });
    var n = 0, t0;
    w.on('online', function () {
        t0 = now();
        w.postMessage({ n: 0, s: 'payload' });
    });
    w.on('message', function (m) {
        if (++n === TRIPS) {
            var dt = now() - t0;
            console.log('round trip: ' + (dt * 1000 / TRIPS).toFixed(1) +
                ' us (mean of ' + TRIPS + ')');
            w.postMessage(null);
            return;
        }
        w.postMessage({ n: n, s: 'payload' });
    });
    w.on('exit', function () { done(); });
}

fibBench(function () {
    spawnBench(function () {
        pingBench(function () {});
    });
});
