// crypto benchmark: hashing throughput and pbkdf2 on the thread pool.
// A benchmark, not a test: it prints numbers and never fails on them.
// Run it under each runtime and compare:
//
//     build/nodule tests/bench/crypto.js
//     node tests/bench/crypto.js
//
// sha256 over 64 MiB in 1 MiB updates (straight from the Buffer's memory),
// the same as one update, then one pbkdf2 call against 8 in flight (the
// pool has 4 threads by default; the speedup is bounded by the cores).
'use strict';
var crypto = require('crypto');

var runtime = typeof process.versions.nodule === 'string' ? 'nodule' :
    'node ' + process.version;
var MiB = 1024 * 1024;
var data = Buffer.alloc(64 * MiB, 'nodule');

function now() {
    var t = process.hrtime();
    return t[0] * 1e3 + t[1] / 1e6;
}

function hashRate(alg, chunk) {
    var start = now();
    var h = crypto.createHash(alg);
    for (var at = 0; at < data.length; at += chunk) {
        h.update(data.subarray(at, at + chunk));
    }
    h.digest();
    var ms = now() - start;
    return (data.length / MiB / (ms / 1000)).toFixed(0) + ' MB/s';
}

console.log('runtime: ' + runtime + ', cpus: ' +
    require('os').availableParallelism());
console.log('sha256 64 MiB, 1 MiB updates: ' + hashRate('sha256', MiB));
console.log('sha256 64 MiB, one update:    ' + hashRate('sha256',
    data.length));
console.log('sha1   64 MiB, 1 MiB updates: ' + hashRate('sha1', MiB));
console.log('md5    64 MiB, 1 MiB updates: ' + hashRate('md5', MiB));
console.log('sha512 64 MiB, 1 MiB updates: ' + hashRate('sha512', MiB));

var key = Buffer.alloc(32, 1);
var iv = Buffer.alloc(12, 2);
['aes-256-gcm', 'aes-128-cbc', 'chacha20-poly1305'].forEach(function (name) {
    var start = now();
    var c = crypto.createCipheriv(name, name === 'aes-128-cbc' ?
        key.subarray(0, 16) : key, name === 'aes-128-cbc' ?
        Buffer.alloc(16) : iv);
    for (var at = 0; at < data.length; at += MiB) {
        c.update(data.subarray(at, at + MiB));
    }
    c.final();
    var ms = now() - start;
    var label = name + ' encrypt 64 MiB:';
    while (label.length < 34) {
        label += ' ';
    }
    console.log(label + (64 / (ms / 1000)).toFixed(0) + ' MB/s');
});

var ITER = 100000;

function pbkdf2Batch(n, done) {
    var start = now();
    var left = n;
    function finished(err) {
        if (err) {
            throw err;
        }
        if (--left === 0) {
            done(now() - start);
        }
    }
    for (var i = 0; i < n; i++) {
        crypto.pbkdf2('password', 'salt' + i, ITER, 32, 'sha256', finished);
    }
}

pbkdf2Batch(1, function (one) {
    pbkdf2Batch(8, function (eight) {
        console.log('pbkdf2-sha256 ' + ITER + ' iterations: 1 call ' +
            one.toFixed(0) + ' ms, 8 in flight ' + eight.toFixed(0) +
            ' ms (' + (eight / one).toFixed(2) + 'x one call)');
    });
});
