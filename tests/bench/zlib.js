// zlib benchmark: gzip and gunzip of 16 MiB, synchronous and on the
// thread pool, plus a stream with the default 16 KiB chunks.
// A benchmark, not a test: it prints numbers and never fails on them.
// Run it under each runtime and compare:
//
//     build/nodule tests/bench/zlib.js
//     node tests/bench/zlib.js
//
// The input is text-like (words from a small vocabulary, chosen by a
// fixed pseudo-random sequence), so it compresses about 3:1, as logs and
// JSON do. The rates are MB of *uncompressed* data per second, for both
// directions. Node bundles its own (Chromium) zlib, nodule links the
// system's: the ratio measures the two zlibs as much as the runtimes.
'use strict';
var zlib = require('zlib');

var runtime = typeof process.versions.nodule === 'string' ? 'nodule' :
    'node ' + process.version;
var MiB = 1024 * 1024;
var SIZE = 16 * MiB;
var ROUNDS = 3;

function makeInput() {
    var words = ['the', 'event', 'loop', 'runs', 'timers', 'then', 'poll',
        'callbacks', 'and', 'checks', 'handles', 'request', 'pool', 'thread',
        'buffer', 'stream', 'gzip', 'deflate', '{"id":', '},', '\n'];
    var buf = Buffer.alloc(SIZE);
    var seed = 12345;
    var at = 0;
    while (at < SIZE) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        var w = words[(seed >> 8) % words.length];
        at += buf.write(w + ' ', at);
    }
    return buf;
}

function now() {
    var t = process.hrtime();
    return t[0] * 1e3 + t[1] / 1e6;
}

function rate(ms) {
    return (SIZE / MiB / (ms / 1000)).toFixed(1) + ' MB/s';
}

function label(text) {
    while (text.length < 30) {
        text += ' ';
    }
    return text;
}

// The best of ROUNDS runs of a synchronous function.
function bestSync(fn) {
    var best = Infinity;
    for (var i = 0; i < ROUNDS; i++) {
        var start = now();
        fn();
        best = Math.min(best, now() - start);
    }
    return best;
}

// The best of ROUNDS runs of fn(done), one after another.
function bestAsync(fn, cb) {
    var best = Infinity;
    var left = ROUNDS;
    function once() {
        var start = now();
        fn(function () {
            best = Math.min(best, now() - start);
            if (--left > 0) {
                once();
            } else {
                cb(best);
            }
        });
    }
    once();
}

var input = makeInput();
var packed = zlib.gzipSync(input);

console.log('runtime: ' + runtime + ', zlib ' + process.versions.zlib);
console.log('input: 16 MiB, gzip level 6 gives ' +
    (packed.length / MiB).toFixed(2) + ' MiB');
console.log(label('gzipSync:') + rate(bestSync(function () {
    zlib.gzipSync(input);
})));
console.log(label('gunzipSync:') + rate(bestSync(function () {
    zlib.gunzipSync(packed);
})));

bestAsync(function (done) {
    zlib.gzip(input, done);
}, function (gzipMs) {
    console.log(label('gzip (pool):') + rate(gzipMs));
    bestAsync(function (done) {
        zlib.gunzip(packed, done);
    }, function (gunzipMs) {
        console.log(label('gunzip (pool):') + rate(gunzipMs));
        streams();
    });
});

// A stream: 64 KiB writes in, 16 KiB chunks out, one pool step at a time.
function streams() {
    bestAsync(function (done) {
        var z = zlib.createGunzip();
        z.on('data', function () {});
        z.on('end', done);
        for (var at = 0; at < packed.length; at += 65536) {
            z.write(packed.subarray(at, at + 65536));
        }
        z.end();
    }, function (ms) {
        console.log(label('createGunzip stream:') + rate(ms));
        bestAsync(function (done) {
            var z = zlib.createGzip();
            z.on('data', function () {});
            z.on('end', done);
            for (var at = 0; at < input.length; at += 65536) {
                z.write(input.subarray(at, at + 65536));
            }
            z.end();
        }, function (ms2) {
            console.log(label('createGzip stream:') + rate(ms2));
        });
    });
}
