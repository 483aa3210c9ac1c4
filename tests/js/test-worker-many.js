// 100 workers started and joined one after another leave no thread and
// (within loose bounds) no memory behind; 10,000 messages arrive in order.
'use strict';
var assert = require('assert');
var fs = require('fs');
var Worker = require('worker_threads').Worker;

function threads() {
    try {
        return fs.readdirSync('/proc/self/task').length;
    } catch (e) {
        return -1; // no procfs: the count is not checked
    }
}

function startOne(i, done) {
    var w = new Worker('require("worker_threads").parentPort' +
        '.postMessage(require("worker_threads").workerData * 2)',
        { eval: true, workerData: i });
    var got;
    w.on('message', function (m) { got = m; });
    w.on('exit', function (code) {
        assert.strictEqual(code, 0);
        assert.strictEqual(got, i * 2);
        done();
    });
}

function sequence(n, done) {
    var i = 0;
    (function next() {
        if (i === n) {
            done();
            return;
        }
        startOne(i++, next);
    })();
}

function manyMessages(done) {
    var N = 10000;
    var w = new Worker(
        'var p = require("worker_threads").parentPort;' +
        'for (var i = 0; i < ' + N + '; i++) p.postMessage({ i: i });' +
        'p.on("message", function (m) { if (m === "stop") p.close(); ' +
        'else p.postMessage(m); });', { eval: true });
    var next = 0, echoed = 0;
    w.on('message', function (m) {
        if (next < N) {
            assert.strictEqual(m.i, next);
            next++;
            if (next === N) {
                for (var k = 0; k < N; k++) {
                    w.postMessage(k);
                }
                w.postMessage('stop');
            }
            return;
        }
        assert.strictEqual(m, echoed);
        echoed++;
    });
    w.on('exit', function (code) {
        assert.strictEqual(code, 0);
        assert.strictEqual(next, N);
        assert.strictEqual(echoed, N);
        done();
    });
}

// Warm up first (the first workers load code pages; a sanitizer starts
// its own thread), then count.
sequence(5, function () {
    var before = threads();
    var rss0 = process.memoryUsage().rss;
    sequence(100, function () {
        var rss1 = process.memoryUsage().rss;
        var after = threads();
        if (before >= 0) {
            assert.strictEqual(after, before, 'threads: ' + before +
                ' before, ' + after + ' after');
        }
        // Sanitizers keep freed memory in quarantine: no bound then (their
        // leak checker looks at exit instead).  meson test sets these.
        if (process.env.ASAN_OPTIONS === undefined &&
            process.env.TSAN_OPTIONS === undefined) {
            assert.ok(rss1 - rss0 < 32 * 1024 * 1024,
                'rss grew by ' + (rss1 - rss0));
        }
        manyMessages(function () {
            console.log('ok', before, after, rss1 - rss0);
        });
    });
});
