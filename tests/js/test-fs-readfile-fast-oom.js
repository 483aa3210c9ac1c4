// fs.readFile builds the callback's Buffer in C, on its fast path
// (modules/fs_readfile.c) and on its general one (modules/fs.c, flag
// 'r+' here): when the heap cannot hold it (a Worker with a small heap
// limit), the callback gets the allocation error, and the runtime neither
// aborts nor leaks.
'use strict';
var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');
var wt = require('worker_threads');

if (!wt.isMainThread) {
    // Keep every Buffer until the heap refuses one.
    var kept = [];
    var readOne = function () {
        fs.readFile(wt.workerData.file, wt.workerData.options, onRead);
    };
    var onRead = function (err, data) {
        if (err) {
            wt.parentPort.postMessage({ kept: kept.length,
                error: err instanceof Error ? err.message : String(err) });
            return;
        }
        assert.strictEqual(data.length, 400 * 1024);
        kept.push(data);
        if (kept.length > 100) {
            wt.parentPort.postMessage({ kept: kept.length, error: null });
            return;
        }
        readOne();
    };
    readOne();
    return;
}

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodule-readfile-oom-'));
var file = path.join(dir, 'f');
fs.writeFileSync(file, Buffer.alloc(400 * 1024, 7)); // below 512 KiB
var runs = [{}, { flag: 'r+' }];
var left = runs.length;
runs.forEach(function (options) {
    var got = null;
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
        assert.ok(got.kept < 100, what + ': the heap limit was reached');
        assert.strictEqual(typeof got.error, 'string', what);
        assert.strictEqual(code, 0, what);
        if (--left === 0) {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
