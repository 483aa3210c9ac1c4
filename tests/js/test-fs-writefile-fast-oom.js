// fs.writeFile's fast path (modules/fs_writefile.c) allocates in the
// heap when a string needs UTF-8 of its own (characters outside the BMP):
// when the heap cannot hold it (a Worker with a small heap limit), the
// call throws the allocation error, as the general path (flush: true
// here) does, and the runtime neither aborts nor leaks; once memory is
// free again, the same call writes the file.
'use strict';
var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');
var wt = require('worker_threads');

if (!wt.isMainThread) {
    // About 1.2 MB of UTF-8, 1.7 MB as Duktape keeps it.
    var text = new Array(250001).join('x\ud83d\ude00');
    var kept = [];
    try {
        for (;;) {
            kept.push(Buffer.alloc(256 * 1024, 1));
        }
    } catch (e) {
        // the heap is full: free a little, less than text's UTF-8 needs
        kept.pop();
        kept.pop();
    }
    var thrown = null;
    try {
        fs.writeFile(wt.workerData.file, text, wt.workerData.options,
            function () {
                wt.parentPort.postMessage({ thrown: null, written: true });
            });
    } catch (e) {
        thrown = e instanceof Error ? e.message : String(e);
    }
    if (thrown === null) {
        return; // the callback reports
    }
    kept = null;
    fs.writeFile(wt.workerData.file, text, wt.workerData.options,
        function (err) {
        wt.parentPort.postMessage({ thrown: thrown, written: err === null });
    });
    return;
}

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodule-writefile-oom-'));
var want = Buffer.from(new Array(250001).join('x\ud83d\ude00'));
var runs = [{}, { flush: true }];
var left = runs.length;
runs.forEach(function (options, i) {
    var got = null;
    var file = path.join(dir, 'f' + i);
    var w = new wt.Worker(__filename, {
        workerData: { file: file, options: options },
        resourceLimits: { maxOldGenerationSizeMb: 8 }
    });
    w.on('message', function (m) {
        got = m;
    });
    w.on('exit', function (code) {
        var what = JSON.stringify(options);
        assert.ok(got !== null, what + ': the worker reported');
        assert.strictEqual(typeof got.thrown, 'string',
            what + ': the heap limit was reached');
        assert.strictEqual(got.written, true, what + ': written later');
        assert.ok(fs.readFileSync(file).equals(want), what);
        assert.strictEqual(code, 0, what);
        if (--left === 0) {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
