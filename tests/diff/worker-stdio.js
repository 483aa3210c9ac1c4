// worker_threads: a worker's stdout and stderr reach the parent, in order
// per worker, including what is written just before it exits; with the
// stdout/stderr options the parent reads them from worker.stdout/stderr;
// with stdin, worker.stdin feeds the worker's process.stdin (without, it
// ends at once).
'use strict';
var Worker = require('worker_threads').Worker;

function inOrder(next) {
    var w = new Worker('for (var i = 0; i < 200; i++) console.log("line", i);' +
        'process.stdout.write("no newline;");' +
        'console.error("to stderr");' +
        'process.exit(3);', { eval: true });
    w.on('exit', function (code) {
        console.log('\nexit', code);
        next();
    });
}

function captured(next) {
    var w = new Worker('console.log("captured out"); console.error("captured err");' +
        'process.stdout.write(Buffer.from([0x68, 0x69, 0x0a]));',
        { eval: true, stdout: true, stderr: true });
    var out = '', err = '';
    w.stdout.setEncoding('utf8');
    w.stderr.setEncoding('utf8');
    w.stdout.on('data', function (d) { out += d; });
    w.stderr.on('data', function (d) { err += d; });
    var ended = 0;
    function done() {
        if (++ended === 3) {
            console.log(JSON.stringify(out), JSON.stringify(err));
            next();
        }
    }
    w.stdout.on('end', done);
    w.stderr.on('end', done);
    w.on('exit', done);
}

function nested(next) {
    var w = new Worker('var W = require("worker_threads").Worker;' +
        'console.log("outer");' +
        'new W("console.log(\\"inner\\")", { eval: true }).on("exit", ' +
        'function () { console.log("outer after inner"); });', { eval: true });
    w.on('exit', function () {
        console.log('nested done', w.stdout !== null, typeof w.stdout.pipe);
        next();
    });
}

function stdin(next) {
    var w = new Worker('process.stdin.setEncoding("utf8");' +
        'var all = "";' +
        'process.stdin.on("data", function (d) { all += d; });' +
        'process.stdin.on("end", function () {' +
        '  console.log("worker read", JSON.stringify(all)); });',
        { eval: true, stdin: true });
    console.log('stdin is', typeof w.stdin.write);
    w.stdin.write('hello ');
    w.stdin.write(Buffer.from('world'));
    w.stdin.end('!');
    w.on('exit', function (code) {
        console.log('stdin exit', code);
        var v = new Worker('process.stdin.on("data", function () {' +
            '  console.log("data?"); });' +
            'process.stdin.on("end", function () { console.log("ended"); });',
            { eval: true });
        console.log('no stdin option:', v.stdin);
        v.on('exit', function (c) {
            console.log('exit', c);
            next();
        });
    });
}

inOrder(function () {
    captured(function () {
        nested(function () {
            stdin(function () { console.log('end'); });
        });
    });
});
