// The callback forms and streams run zlib on the thread pool: the loop
// stays free meanwhile (a timer keeps firing during a long gzip), many
// jobs in flight at once all finish with the right bytes, streams and
// one-shot jobs mix, and a stream dropped mid-write or never closed costs
// nothing once collected.  The last check leaves a job running and calls
// process.exit(), which must end the process cleanly with status 0.
'use strict';
var assert = require('assert');
var zlib = require('zlib');

// Pseudo-random letters: one 64 KiB block made byte by byte, then
// copies of it, each rotated differently (quick to make even in a slow
// build, and longer than zlib's window before it repeats).
function sample(size, seed) {
    var block = Buffer.alloc(65536);
    for (var i = 0; i < block.length; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        block[i] = 97 + (seed >> 16) % 16;
    }
    var buf = Buffer.alloc(size);
    for (var at = 0, k = 0; at < size; at += block.length, k++) {
        var turn = (k * 4099) % block.length;
        block.copy(buf, at, turn);
        block.copy(buf, at + block.length - turn, 0, turn);
    }
    return buf;
}

var big = sample(8 << 20, 1);

// The loop runs while a gzip of 8 MiB is on the pool.
function loopStaysFree(cb) {
    var ticks = 0;
    var timer = setInterval(function () {
        ticks++;
    }, 1);
    var start = Date.now();
    zlib.gzip(big, { level: 9 }, function (err, packed) {
        clearInterval(timer);
        assert.ifError(err);
        var ms = Date.now() - start;
        // Only meaningful when the job took a while; loose, because a
        // busy machine may starve the loop thread too (done on the loop
        // thread, the job would allow no tick at all).
        if (ms > 100) {
            assert.ok(ticks >= 2, ticks + ' ticks in ' + ms + ' ms');
        }
        assert.ok(zlib.gunzipSync(packed).equals(big));
        cb();
    });
}

// 24 jobs in flight, compressing and decompressing different inputs.
function manyAtOnce(cb) {
    var left = 24;
    var inputs = [];
    for (var i = 0; i < 24; i++) {
        inputs.push(sample(50000 + i * 1000, i + 2));
    }
    inputs.forEach(function (input, i) {
        var pair = [['deflate', 'inflate'], ['gzip', 'gunzip'],
            ['deflateRaw', 'inflateRaw']][i % 3];
        zlib[pair[0]](input, function (err, packed) {
            assert.ifError(err);
            zlib[pair[1]](packed, function (err2, out) {
                assert.ifError(err2);
                assert.ok(out.equals(input), 'job ' + i);
                if (--left === 0) {
                    cb();
                }
            });
        });
    });
}

// Streams and one-shot jobs side by side.
function mixed(cb) {
    var left = 2;
    function done() {
        if (--left === 0) {
            cb();
        }
    }
    var gz = zlib.createGzip();
    var parts = [];
    gz.on('data', function (chunk) {
        parts.push(chunk);
    });
    gz.on('end', function () {
        assert.ok(zlib.gunzipSync(Buffer.concat(parts)).equals(big));
        done();
    });
    for (var at = 0; at < big.length; at += 1 << 20) {
        gz.write(big.subarray(at, at + (1 << 20)));
    }
    gz.end();
    zlib.deflate(big.subarray(0, 1 << 20), function (err, packed) {
        assert.ifError(err);
        assert.ok(zlib.inflateSync(packed).equals(big.subarray(0, 1 << 20)));
        done();
    });
}

// Streams created and written to but dropped without close(): memory
// stays bounded (their zlib state is freed as they are collected).
function dropped(cb) {
    var n = 0;
    var rss0 = process.memoryUsage().rss;
    function one() {
        var d = zlib.createDeflate({ level: 9, memLevel: 9 });
        d.write('x', function () {
            if (++n < 1500) {
                one();
                return;
            }
            var grown = process.memoryUsage().rss - rss0;
            // 1500 deflate states are about 400 MB; a few hundred of them
            // alive at once is fine.
            assert.ok(grown < 200 * 1024 * 1024, 'rss grew ' + grown);
            cb();
        });
    }
    one();
}

loopStaysFree(function () {
    manyAtOnce(function () {
        mixed(function () {
            dropped(function () {
                console.log('ok');
                // Exit with a job still running on the pool.
                zlib.gzip(big, function () {
                    assert.fail('the process has exited');
                });
                zlib.createGzip().write(big);
                setImmediate(function () {
                    process.exit(0);
                });
            });
        });
    });
});
