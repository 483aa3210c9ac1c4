// A worker's stdout and stderr reach the parent in order, all of it, even
// what is written just before process.exit(); with the stdout/stderr
// options the parent reads them from worker.stdout/stderr.  With stdin,
// what the parent writes reaches the worker's process.stdin in order.
'use strict';
var assert = require('assert');
var Worker = require('worker_threads').Worker;

var N = 2000;
var w = new Worker(
    'for (var i = 0; i < ' + N + '; i++) {' +
    '  console.log("out " + i); console.error("err " + i);' +
    '}' +
    'process.stdout.write("last words");' +
    'process.exit(7);', { eval: true, stdout: true, stderr: true });
var out = '', err = '', ends = 0;
w.stdout.setEncoding('utf8');
w.stderr.setEncoding('utf8');
w.stdout.on('data', function (d) { out += d; });
w.stderr.on('data', function (d) { err += d; });
w.stdout.on('end', function () { ends++; });
w.stderr.on('end', function () { ends++; });
w.on('exit', function (code) {
    assert.strictEqual(code, 7);
    setImmediate(function () {
        var lines = out.split('\n'), errs = err.split('\n');
        assert.strictEqual(lines.length, N + 1);
        for (var i = 0; i < N; i++) {
            assert.strictEqual(lines[i], 'out ' + i);
            assert.strictEqual(errs[i], 'err ' + i);
        }
        assert.strictEqual(lines[N], 'last words');
        assert.strictEqual(errs[N], '');
        assert.strictEqual(ends, 2);
        stdinInOrder();
    });
});

function stdinInOrder() {
    var v = new Worker('var got = "";' +
        'process.stdin.setEncoding("utf8");' +
        'process.stdin.on("data", function (d) { got += d; });' +
        'process.stdin.on("end", function () {' +
        '  require("worker_threads").parentPort.postMessage(got); });',
        { eval: true, stdin: true });
    var sent = '';
    for (var i = 0; i < 2000; i++) {
        v.stdin.write('chunk ' + i + ';');
        sent += 'chunk ' + i + ';';
    }
    v.stdin.end();
    var got = null;
    v.on('message', function (m) { got = m; });
    v.on('exit', function (code) {
        assert.strictEqual(code, 0);
        assert.strictEqual(got, sent);
        console.log('ok');
    });
}
