// fs.js - file system benchmarks, run the same under nodule and node
// (tests/bench/fs.sh runs both and prints ratios).  A benchmark, not a
// test: it prints numbers and never fails on them.
//
//   nodule tests/bench/fs.js [MODE] [DIR]
//
// MODE is one of
//   small     2,000 small files: written with every fs.writeFile in
//             flight at once, then read back with every fs.readFile in
//             flight at once (ms per phase, best of 5 rounds)
//   readsync  fs.readFileSync of a 64 MiB file (MB/s, best of 5)
//   copy      a 256 MiB file copied with
//             fs.createReadStream().pipe(fs.createWriteStream())
//             (MB/s, best of 3)
//   copy-once one copy as above, nothing else: what fs.sh measures peak
//             RSS on
//   all       small, readsync and copy (the default)
// DIR is a directory to work in (default: a new one under $TMPDIR or
// /tmp, removed at the end); the input files are made there when
// missing, so fs.sh makes them once for both runtimes.
//
// Output: one line per measure, "name value unit".  MB is 10^6 bytes.
// Reading up to 2,000 files at once holds up to 2,000 descriptors: both
// runtimes need `ulimit -n` above that.
'use strict';
var fs = require('fs');

var mode = process.argv[2] || 'all';
var given = process.argv[3];
var dir = given || fs.mkdtempSync((process.env.TMPDIR || '/tmp') +
    '/nodule-bench-fs-');

var MB = 1e6;
var MIB = 1024 * 1024;
var SMALL_FILES = 2000;
var SMALL_ROUNDS = 5;
var SYNC_SIZE = 64 * MIB;
var SYNC_ROUNDS = 5;
var COPY_SIZE = 256 * MIB;
var COPY_ROUNDS = 3;

function now() { // ms, monotonic
    var t = process.hrtime();
    return t[0] * 1e3 + t[1] / 1e6;
}

function report(name, value, unit) {
    console.log(name + ' ' + value.toFixed(unit === 'ms' ? 2 : 1) + ' ' +
        unit);
}

// A file of `size` bytes (not all one value), made unless present.
function ensureFile(path, size) {
    try {
        if (fs.statSync(path).size === size) {
            return;
        }
    } catch (e) {
        // missing: make it
    }
    var block = Buffer.alloc(MIB);
    for (var i = 0; i < block.length; i += 4) {
        block.writeUInt32LE((i * 2654435761) >>> 0, i);
    }
    var fd = fs.openSync(path, 'w');
    for (var off = 0; off < size; off += block.length) {
        block.writeUInt32LE(off / MIB, 0);
        fs.writeSync(fd, block, 0, Math.min(block.length, size - off));
    }
    fs.closeSync(fd);
}

// ---- small: 2,000 files, every request in flight at once -------------

function small(done) {
    var sub = dir + '/small';
    fs.mkdirSync(sub, { recursive: true });
    var contents = [];
    for (var i = 0; i < SMALL_FILES; i++) {
        // 100 bytes to about 4 KiB
        contents.push(new Array(2 + (i * 37) % 160).join('file ' + i +
            ' ').slice(0, 100 + (i * 97) % 4000));
    }
    var bestWrite = Infinity;
    var bestRead = Infinity;
    var round = 0;

    function writeAll() {
        var left = SMALL_FILES;
        var t0 = now();
        for (var i = 0; i < SMALL_FILES; i++) {
            fs.writeFile(sub + '/f' + i, contents[i], function (err) {
                if (err) {
                    throw err;
                }
                if (--left === 0) {
                    bestWrite = Math.min(bestWrite, now() - t0);
                    readAll();
                }
            });
        }
    }

    function readAll() {
        var left = SMALL_FILES;
        var t0 = now();
        for (var i = 0; i < SMALL_FILES; i++) {
            (function (i) {
                fs.readFile(sub + '/f' + i, 'utf8', function (err, data) {
                    if (err) {
                        throw err;
                    }
                    if (data !== contents[i]) {
                        throw new Error('small: file ' + i + ' differs');
                    }
                    if (--left === 0) {
                        bestRead = Math.min(bestRead, now() - t0);
                        if (++round < SMALL_ROUNDS) {
                            return writeAll();
                        }
                        report('small-write-2000', bestWrite, 'ms');
                        report('small-read-2000', bestRead, 'ms');
                        fs.rmSync(sub, { recursive: true, force: true });
                        done();
                    }
                });
            })(i);
        }
    }

    writeAll();
}

// ---- readsync: readFileSync of 64 MiB ----------------------------------

function readsync(done) {
    var path = dir + '/sync-64m';
    ensureFile(path, SYNC_SIZE);
    var best = Infinity;
    for (var r = 0; r < SYNC_ROUNDS; r++) {
        var t0 = now();
        var data = fs.readFileSync(path);
        var ms = now() - t0;
        if (data.length !== SYNC_SIZE) {
            throw new Error('readsync: read ' + data.length + ' bytes');
        }
        data = null;
        best = Math.min(best, ms);
    }
    report('readFileSync-64MiB', SYNC_SIZE / MB / (best / 1e3), 'MB/s');
    done();
}

// ---- copy: 256 MiB through createReadStream().pipe(createWriteStream())

function copyOnce(cb) {
    var src = dir + '/copy-256m';
    var dst = dir + '/copy-256m.out';
    ensureFile(src, COPY_SIZE);
    try {
        fs.unlinkSync(dst);
    } catch (e) {
        // not there yet
    }
    var t0 = now();
    var ws = fs.createWriteStream(dst);
    fs.createReadStream(src).pipe(ws);
    ws.on('close', function () {
        var ms = now() - t0;
        if (ws.bytesWritten !== COPY_SIZE) {
            throw new Error('copy: wrote ' + ws.bytesWritten + ' bytes');
        }
        fs.unlinkSync(dst);
        cb(ms);
    });
}

function copy(done) {
    var best = Infinity;
    var round = 0;
    (function again() {
        copyOnce(function (ms) {
            best = Math.min(best, ms);
            if (++round < COPY_ROUNDS) {
                return again();
            }
            report('stream-copy-256MiB', COPY_SIZE / MB / (best / 1e3),
                'MB/s');
            done();
        });
    })();
}

function finish() {
    if (!given) {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

var plans = {
    small: [small],
    readsync: [readsync],
    copy: [copy],
    'copy-once': [function (done) {
        copyOnce(function (ms) {
            report('stream-copy-256MiB-once', COPY_SIZE / MB / (ms / 1e3),
                'MB/s');
            done();
        });
    }],
    all: [small, readsync, copy]
};
var plan = plans[mode];
if (!plan) {
    console.error('usage: fs.js [small|readsync|copy|copy-once|all] [DIR]');
    process.exit(2);
}
(function next() {
    var step = plan.shift();
    if (step) {
        step(next);
    } else {
        finish();
    }
})();
