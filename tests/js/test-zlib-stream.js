// The stream classes: output cut into chunkSize pieces, backpressure from
// a slow reader back to zlib (the pool stops being fed), flush() kinds
// and when their callbacks run, params() and reset() mid-stream, close(),
// bytesWritten, gzip members across writes, UNZIP detecting gzip one
// byte at a time, and stream.pipeline through a file.
'use strict';
var assert = require('assert');
var fs = require('fs');
var os = require('os');
var path = require('path');
var stream = require('stream');
var zlib = require('zlib');

var steps = [];
function then(fn) {
    steps.push(fn);
}
function next() {
    var fn = steps.shift();
    if (fn) {
        fn();
    } else {
        console.log('ok');
    }
}

function collect(s, cb) {
    var parts = [];
    s.on('data', function (chunk) {
        parts.push(chunk);
    });
    s.on('end', function () {
        cb(Buffer.concat(parts), parts);
    });
}

var big = Buffer.alloc(1 << 20);
for (var i = 0; i < big.length; i++) {
    big[i] = (i * 31 + (i >> 9)) & 0xff;
}

// chunkSize cuts the output: every piece but the last is full.
then(function () {
    var gun = zlib.createGunzip({ chunkSize: 5000 });
    collect(gun, function (all, parts) {
        assert.ok(all.equals(big));
        assert.ok(parts.length > 100);
        for (var k = 0; k < parts.length - 1; k++) {
            assert.strictEqual(parts[k].length, 5000, 'piece ' + k);
        }
        assert.ok(parts[parts.length - 1].length <= 5000);
        next();
    });
    gun.end(zlib.gzipSync(big));
});

// Backpressure: with nobody reading, zlib stops after a bounded amount
// of output; reading resumes it and everything arrives.
then(function () {
    var packed = zlib.gzipSync(Buffer.alloc(8 << 20, 'x'));
    var gun = zlib.createGunzip({ chunkSize: 1024, highWaterMark: 4096 });
    var writeDone = false;
    gun.write(packed, function () {
        writeDone = true;
    });
    setTimeout(function () {
        assert.strictEqual(writeDone, false, 'zlib waits for the reader');
        assert.ok(gun.readableLength <= 8192, String(gun.readableLength));
        var total = 0;
        gun.on('data', function (chunk) {
            total += chunk.length;
        });
        gun.on('end', function () {
            assert.strictEqual(total, 8 << 20);
            assert.ok(writeDone);
            next();
        });
        gun.end();
    }, 50);
});

// Writing to a compressor faster than it compresses: write() reports
// backpressure and 'drain' follows.
then(function () {
    var gz = zlib.createGzip({ highWaterMark: 1024 });
    var ok = gz.write(big);
    assert.strictEqual(ok, false);
    collect(gz, function (all) {
        assert.ok(zlib.gunzipSync(all).equals(big));
        assert.strictEqual(gz.bytesWritten, big.length);
        next();
    });
    gz.once('drain', function () {
        gz.end();
    });
});

// flush(): by default Z_FULL_FLUSH; everything written so far can be
// decompressed from the output so far.
then(function () {
    var d = zlib.createDeflate();
    var parts = [];
    d.on('data', function (chunk) {
        parts.push(chunk);
    });
    d.write('first part, ');
    d.flush(function () {
        var sofar = Buffer.concat(parts);
        assert.strictEqual(zlib.inflateSync(sofar,
            { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString(),
            'first part, ');
        // A full flush ends with an empty stored block: 00 00 ff ff.
        assert.strictEqual(sofar.subarray(sofar.length - 4).toString('hex'),
            '0000ffff');
        d.write('second part');
        d.flush(zlib.constants.Z_SYNC_FLUSH, function () {
            assert.strictEqual(zlib.inflateSync(Buffer.concat(parts),
                { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString(),
                'first part, second part');
            d.end();
        });
    });
    d.on('end', function () {
        assert.strictEqual(zlib.inflateSync(Buffer.concat(parts)).toString(),
            'first part, second part');
        next();
    });
});

// flush() after end() waits for 'end'; after 'finish' (which comes
// first) it is the next tick.
then(function () {
    var d = zlib.createDeflate();
    var order = [];
    d.resume();
    d.end('x');
    d.flush(function () {
        order.push('flush');
    });
    d.on('end', function () {
        order.push('end');
    });
    d.on('finish', function () {
        d.flush(function () {
            order.push('late flush');
        });
    });
    d.on('close', function () {
        assert.deepStrictEqual(order, ['late flush', 'flush', 'end']);
        next();
    });
});

// params(): level 0 after a flush stores the rest (Deflate; Node leaves
// Gzip alone).
then(function () {
    var d = zlib.createDeflate({ level: 9 });
    var parts = [];
    d.on('data', function (chunk) {
        parts.push(chunk);
    });
    d.write(Buffer.alloc(10000, 'a'));
    d.params(0, zlib.constants.Z_DEFAULT_STRATEGY, function () {
        assert.strictEqual(d._level, 0);
        var before = Buffer.concat(parts).length;
        assert.ok(before < 100);
        d.end(Buffer.alloc(10000, 'b'));
        d.on('end', function () {
            var all = Buffer.concat(parts);
            assert.ok(all.length - before > 10000, 'stored');
            var out = zlib.inflateSync(all);
            assert.strictEqual(out.length, 20000);
            assert.strictEqual(out[19999], 98);
            next();
        });
    });
    assert.throws(function () {
        d.params(10, 0);
    }, { code: 'ERR_OUT_OF_RANGE' });
});

// reset() forgets what was written: the output starts over with a new
// gzip header, and what follows is a whole member of its own.
then(function () {
    var g = zlib.createGzip();
    var parts = [];
    g.on('data', function (chunk) {
        parts.push(chunk);
    });
    g.write('thrown away');
    g.flush(function () {
        setImmediate(function () {
            var before = Buffer.concat(parts).length;
            assert.ok(before > 10);
            g.reset();
            g.on('end', function () {
                var rest = Buffer.concat(parts).subarray(before);
                assert.strictEqual(rest[0], 0x1f);
                assert.strictEqual(zlib.gunzipSync(rest).toString(), 'kept');
                next();
            });
            g.end('kept');
        });
    });
});

// close() frees the handle; a callback sees the stream finish.
then(function () {
    var g = zlib.createGzip();
    var events = [];
    g.on('close', function () {
        events.push('close');
    });
    g.close(function (err) {
        events.push(err ? err.code : 'no error');
        assert.strictEqual(g._closed, true);
        assert.throws(function () {
            g.reset();
        }, { code: 'ERR_INTERNAL_ASSERTION' });
        setImmediate(function () {
            assert.deepStrictEqual(events,
                ['close', 'ERR_STREAM_PREMATURE_CLOSE']);
            next();
        });
    });
});

// close() while a step runs on the pool: nothing breaks, no callback of
// the write arrives with data.
then(function () {
    var g = zlib.createGzip();
    g.on('data', function () {
        assert.fail('no data after close');
    });
    g.write(big);
    g.close();
    g.on('close', function () {
        setTimeout(next, 20);
    });
});

// gzip members across writes, and the UNZIP header split byte by byte.
then(function () {
    var one = zlib.gzipSync('one,');
    var two = zlib.gzipSync('two');
    var u = zlib.createUnzip();
    collect(u, function (all) {
        assert.strictEqual(all.toString(), 'one,two');
        assert.strictEqual(u.bytesWritten, one.length + two.length);
        next();
    });
    var both = Buffer.concat([one, two]);
    for (var k = 0; k < both.length; k++) {
        u.write(both.subarray(k, k + 1));
    }
    u.end();
});

// Data after the end of a zlib stream ends the readable side early.
then(function () {
    var inf = zlib.createInflate();
    collect(inf, function (all) {
        assert.strictEqual(all.toString(), 'xyz');
        next();
    });
    inf.end(Buffer.concat([zlib.deflateSync('xyz'), Buffer.from('junk')]));
});

// Strings written with an encoding; an `encoding` option is ignored.
then(function () {
    var g = zlib.createGzip({ encoding: 'hex' });
    collect(g, function (all, parts) {
        assert.ok(Buffer.isBuffer(parts[0]));
        assert.strictEqual(zlib.gunzipSync(all).toString('latin1'),
            '\u00e9t\u00e9');
        next();
    });
    g.end('\u00e9t\u00e9', 'latin1');
});

// pipeline: file -> gzip -> file -> gunzip -> memory.
then(function () {
    var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodule-zlib-'));
    var src = path.join(dir, 'src');
    var dst = path.join(dir, 'src.gz');
    fs.writeFileSync(src, big);
    stream.pipeline(fs.createReadStream(src), zlib.createGzip(),
        fs.createWriteStream(dst), function (err) {
            assert.ifError(err);
            assert.ok(zlib.gunzipSync(fs.readFileSync(dst)).equals(big));
            var gun = zlib.createGunzip();
            collect(gun, function (all) {
                assert.ok(all.equals(big));
                fs.rmSync(dir, { recursive: true });
                next();
            });
            fs.createReadStream(dst).pipe(gun);
        });
});

next();
