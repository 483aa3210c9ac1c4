// worker_threads: the order of events and what the parent sees of a
// worker's messages, errors and exit codes.  Each worker runs alone, so
// the output is deterministic.
'use strict';
var wt = require('worker_threads');
var Worker = wt.Worker;

console.log('main', wt.isMainThread, wt.threadId, wt.parentPort,
    wt.workerData);

var scripts = [
    ['message', 'var p = require("worker_threads").parentPort;' +
        'p.postMessage({ hello: require("worker_threads").workerData });' +
        'p.on("message", function (m) { p.postMessage(m); p.close(); });'],
    ['throw', 'throw new TypeError("oops")'],
    ['throw-string', 'throw "just a string"'],
    ['exit', 'process.exitCode = 3'],
    ['process-exit', 'console.log("before exit");' +
        'process.exit(5); console.log("not printed")'],
    ['log', 'console.log("from worker", 1 + 1, [1, 2], { a: "b" })'],
    ['rejection', 'Promise.reject(new RangeError("rejected"))']
];

function run(i) {
    if (i === scripts.length) {
        console.log('done');
        return;
    }
    var name = scripts[i][0];
    var w = new Worker(scripts[i][1], { eval: true, workerData: name });
    // A worker's output goes through its parent, as its messages do:
    // 'online' is only reported at exit, so the order is fixed.
    var online = false;
    w.on('online', function () { online = true; });
    w.on('message', function (m) {
        console.log(name, 'message', m);
        w.postMessage([m, 'back']);
    });
    w.on('error', function (e) {
        console.log(name, 'error', typeof e, e instanceof Error,
            e && e.name, e && e.message || e);
    });
    w.on('exit', function (code) {
        console.log(name, 'exit', code, w.threadId, 'online', online);
        run(i + 1);
    });
}
run(0);
