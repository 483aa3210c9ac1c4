// 'resize' on process.stdout and stderr after the window changes size
// (SIGWINCH).  Run through pty_run.py --size 90x30, which makes the
// window 70x20 once it sees READY.
'use strict';
var assert = require('assert');

assert.ok(process.stdout.isTTY, 'needs a terminal: see tests/js/meson.build');
assert.strictEqual(process.stdout.columns, 90);
assert.strictEqual(process.stdout.rows, 30);
var resized = [];
[process.stdout, process.stderr].forEach(function (s, i) {
    s.on('resize', function () {
        resized.push(i + ':' + s.columns + 'x' + s.rows);
        if (resized.length === 2) {
            resized.sort();
            assert.deepStrictEqual(resized, ['0:70x20', '1:70x20']);
            assert.deepStrictEqual(process.stdout.getWindowSize(), [70, 20]);
            clearTimeout(timer);
            console.log('resize ok');
        }
    });
});
// The signal watcher does not keep the process alive: the timer does.
var timer = setTimeout(function () {
    assert.fail('no resize event: ' + resized.join());
}, 10000);
console.log('READY');
