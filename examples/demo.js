// demo.js - one trip around nodule's event loop, made visible.
//
// Every line says which part of the loop printed it.  The order is the
// same on every run (and the same as under Node 20): see README.md for a
// walk through it.
var fs = require('fs');

function say(where, what) {
    console.log(('[' + where + ']          ').slice(0, 12) + what);
}

say('main', 'start: ask the thread pool to read this file');
fs.readFile(__filename, function (err, data) {
    if (err) throw err;
    say('poll', 'fs.readFile finished on a pool thread: ' + data.length +
        ' bytes');
    setTimeout(function () {
        say('timers', 'setTimeout(0) from the I/O callback, after check');
    }, 0);
    setImmediate(function () {
        say('check', 'setImmediate: the check phase follows poll');
        process.nextTick(function () {
            say('nextTick', 'queued by the immediate, runs before timers');
        });
    });
    process.nextTick(function () {
        say('nextTick', 'queued in the I/O callback, runs right after it');
    });
    Promise.resolve().then(function () {
        say('promise', 'microtasks follow the nextTick queue');
    });
});
process.nextTick(function () {
    say('nextTick', 'runs as soon as the main module returns');
});
Promise.resolve().then(function () {
    say('promise', 'runs once the nextTick queue is empty');
});
say('main', 'end of the main module');
