/*
 * collections.js - Map and Set with 100,000 string keys: insertions and
 * lookups per second. A benchmark, not a test: it prints numbers and never
 * fails on them. Run it under nodule and under node and compare
 * (tests/bench/collections.sh does both and prints the ratios).
 *
 *   nodule tests/bench/collections.js [KEYS] [ROUNDS]
 *
 * Each line is "<operation> <operations per second>"; the figure is the
 * best of ROUNDS rounds (default 5), each round on a fresh collection.
 * The keys are made before timing starts, so only the collection works.
 */
'use strict';

var COUNT = Number(process.argv[2]) || 100000;
var ROUNDS = Number(process.argv[3]) || 5;

var keys = new Array(COUNT);
var misses = new Array(COUNT);
var i;
for (i = 0; i < COUNT; i++) {
    keys[i] = 'key:' + i + ':' + (i * 7919 % 1000003);
    misses[i] = 'miss:' + i;
}

function now() {
    var t = process.hrtime();
    return t[0] + t[1] / 1e9;
}

// Best rate of `ROUNDS` runs of body(collection), COUNT operations each.
function rate(make, body) {
    var best = 0;
    var r;
    for (r = 0; r < ROUNDS; r++) {
        var c = make();
        var start = now();
        var sink = body(c);
        var took = now() - start;
        if (sink === -1) {
            throw new Error('unreachable: keeps the work alive');
        }
        best = Math.max(best, COUNT / took);
    }
    return Math.round(best);
}

function filledMap() {
    var m = new Map();
    for (var k = 0; k < COUNT; k++) {
        m.set(keys[k], k);
    }
    return m;
}

function filledSet() {
    var s = new Set();
    for (var k = 0; k < COUNT; k++) {
        s.add(keys[k]);
    }
    return s;
}

var results = [
    ['map.set', rate(function () {
        return new Map();
    }, function (m) {
        for (var k = 0; k < COUNT; k++) {
            m.set(keys[k], k);
        }
        return m.size;
    })],
    ['map.get', rate(filledMap, function (m) {
        var sum = 0;
        for (var k = 0; k < COUNT; k++) {
            sum += m.get(keys[k]);
        }
        return sum;
    })],
    ['map.get-miss', rate(filledMap, function (m) {
        var found = 0;
        for (var k = 0; k < COUNT; k++) {
            if (m.get(misses[k]) !== undefined) {
                found++;
            }
        }
        return found;
    })],
    ['set.add', rate(function () {
        return new Set();
    }, function (s) {
        for (var k = 0; k < COUNT; k++) {
            s.add(keys[k]);
        }
        return s.size;
    })],
    ['set.has', rate(filledSet, function (s) {
        var found = 0;
        for (var k = 0; k < COUNT; k++) {
            if (s.has(keys[k])) {
                found++;
            }
        }
        return found;
    })],
    ['set.has-miss', rate(filledSet, function (s) {
        var found = 0;
        for (var k = 0; k < COUNT; k++) {
            if (s.has(misses[k])) {
                found++;
            }
        }
        return found;
    })]
];

results.forEach(function (r) {
    console.log(r[0] + ' ' + r[1]);
});
