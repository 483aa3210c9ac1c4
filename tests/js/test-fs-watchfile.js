// fs.watchFile / unwatchFile: stat polling on a timer.  The listener gets
// (current, previous) Stats when the file changes; a missing file reads
// as zeros; several listeners share one StatWatcher; unwatchFile stops
// it; a non-persistent watcher does not keep the process alive.
'use strict';
var assert = require('assert');
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-wf-');
var file = dir + '/f';
var calls = [];
var other = 0;

function listener(curr, prev) {
    calls.push([curr.size, prev.size, curr.isFile(), prev.isFile()]);
    if (calls.length === 1) {
        // The file did not exist: both zero.
        assert.strictEqual(curr.mtimeMs, 0);
        assert.strictEqual(curr.mtime.getTime(), 0);
        fs.writeFileSync(file, 'abc');
    } else if (calls.length === 2) {
        fs.writeFileSync(file, 'abcdef');
    } else if (calls.length === 3) {
        fs.unwatchFile(file, listener);
        assert.strictEqual(w.listenerCount('change'), 1);
        fs.unwatchFile(file);
        setTimeout(check, 60);
    }
}

var w = fs.watchFile(file, { interval: 10 }, listener);
var w2 = fs.watchFile(file, { interval: 10 }, function () { other++; });
assert.strictEqual(w, w2, 'one watcher per file');
assert.strictEqual(w.constructor.name, 'StatWatcher');

function check() {
    var count = calls.length;
    fs.writeFileSync(file, 'changed after unwatch');
    setTimeout(function () {
        assert.strictEqual(calls.length, count, 'no calls after unwatch');
        assert.deepStrictEqual(calls, [[0, 0, false, false],
            [3, 0, true, false], [6, 3, true, true]]);
        assert.strictEqual(other, 3);
        fs.watchFile(file, { persistent: false, interval: 5 }, function () {});
        done = true;
    }, 40);
}

var done = false;
process.on('exit', function () {
    assert.ok(done);
    fs.unwatchFile(file);
    fs.rmSync(dir, { recursive: true });
});
