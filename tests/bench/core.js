// core.js - the per-callback machinery every module pays for, run the same
// under nodule and node (tests/bench/core.sh runs both side by side).  A
// benchmark, not a test: it prints numbers and never fails on them.
//
//   nodule tests/bench/core.js [NAME...]
//
// With no NAME every case runs.  Output: one line per case,
// "name ops/s".  Each case runs a fixed number of operations, so that an
// instruction count under callgrind (`core.js emit0-0`) is comparable
// between builds.
'use strict';
var EventEmitter = require('events');
var fs = require('fs');

function now() { // ms, monotonic
    var t = process.hrtime();
    return t[0] * 1e3 + t[1] / 1e6;
}

function noop() {}

// Synchronous cases: body(n) does n operations.
function emitCase(listeners, argc) {
    return function (n) {
        var e = new EventEmitter();
        for (var l = 0; l < listeners; l++) {
            e.on('x', noop);
        }
        var i;
        if (argc === 0) {
            for (i = 0; i < n; i++) { e.emit('x'); }
        } else if (argc === 1) {
            for (i = 0; i < n; i++) { e.emit('x', i); }
        } else if (argc === 2) {
            for (i = 0; i < n; i++) { e.emit('x', i, i); }
        } else {
            for (i = 0; i < n; i++) { e.emit('x', i, i, i); }
        }
    };
}

function onOffCase(n) {
    var e = new EventEmitter();
    for (var i = 0; i < n; i++) {
        e.on('x', noop);
        e.removeListener('x', noop);
    }
}

function onceCase(n) {
    var e = new EventEmitter();
    for (var i = 0; i < n; i++) {
        e.once('x', noop);
        e.emit('x', i);
    }
}

function requireCase(n) {
    for (var i = 0; i < n; i++) {
        require('events');
    }
}

function closureCase(n) {
    var keep;
    for (var i = 0; i < n; i++) {
        keep = function () { return i; };
    }
    return keep;
}

// Asynchronous cases: body(n, done) does n operations, then calls done.
function nextTickCase(n, done) {
    var left = n;
    function tick() {
        left -= 1;
        if (left === 0) { done(); }
    }
    for (var i = 0; i < n; i++) { process.nextTick(tick); }
}

function nextTickArgsCase(n, done) {
    var left = n;
    function tick(a, b) {
        left -= 1;
        if (left === 0) { done(); }
    }
    for (var i = 0; i < n; i++) { process.nextTick(tick, i, i); }
}

function promiseCase(n, done) {
    var left = n;
    function then() {
        left -= 1;
        if (left === 0) { done(); }
    }
    for (var i = 0; i < n; i++) { Promise.resolve(i).then(then); }
}

function timerPairCase(n, done) {
    for (var i = 0; i < n; i++) {
        clearTimeout(setTimeout(noop, 1000));
    }
    done();
}

function timerFireCase(n, done) {
    var left = n;
    function fire() {
        left -= 1;
        if (left === 0) { done(); }
    }
    for (var i = 0; i < n; i++) { setTimeout(fire, 1); }
}

function immediateCase(n, done) {
    var left = n;
    function fire() {
        left -= 1;
        if (left === 0) { done(); }
    }
    for (var i = 0; i < n; i++) { setImmediate(fire); }
}

// One fs.stat at a time: the thread pool's round trip.
function statCase(n, done) {
    var left = n;
    function next(err) {
        if (err) { throw err; }
        left -= 1;
        if (left === 0) { done(); } else { fs.stat(__filename, next); }
    }
    fs.stat(__filename, next);
}

var cases = [
    ['emit0-0', emitCase(0, 0), 200000],
    ['emit1-0', emitCase(1, 0), 200000],
    ['emit1-1', emitCase(1, 1), 200000],
    ['emit1-2', emitCase(1, 2), 200000],
    ['emit1-3', emitCase(1, 3), 200000],
    ['emit2-1', emitCase(2, 1), 100000],
    ['on-off', onOffCase, 100000],
    ['once-emit', onceCase, 50000],
    ['require-hit', requireCase, 100000],
    ['closure', closureCase, 200000],
    ['nextTick', nextTickCase, 100000],
    ['nextTick-2args', nextTickArgsCase, 100000],
    ['promise-then', promiseCase, 100000],
    ['timeout-clear', timerPairCase, 50000],
    ['timeout-fire', timerFireCase, 20000],
    ['setImmediate', immediateCase, 50000],
    ['fs.stat-seq', statCase, 5000]
];

var wanted = process.argv.slice(2);
var index = 0;

function runNext() {
    while (index < cases.length && wanted.length > 0 &&
            wanted.indexOf(cases[index][0]) < 0) {
        index += 1;
    }
    if (index >= cases.length) { return; }
    var c = cases[index];
    index += 1;
    var start = now();
    var finish = function () {
        var ms = now() - start;
        console.log(c[0] + ' ' + Math.round(c[2] / ms * 1000));
        setImmediate(runNext);
    };
    if (c[1].length === 2) {
        c[1](c[2], finish);
    } else {
        c[1](c[2]);
        finish();
    }
}

runNext();
