// zlib streams, printed for comparison with Node: where 'data' chunks are
// cut (chunkSize windows, flushes), what flush kinds emit, event order,
// bytesWritten, backpressure and the _processChunk entry point.
// Compressed bytes are printed only for stored blocks (level 0), which
// Node's zlib and the system's produce alike (see zlib-sync.js).
'use strict';
var zlib = require('zlib');

var steps = [];
function then(fn) {
    steps.push(fn);
}
function next() {
    var fn = steps.shift();
    if (fn) {
        fn();
    }
}

function sample(size) {
    var buf = Buffer.alloc(size);
    var seed = 5;
    for (var i = 0; i < size; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        buf[i] = 97 + (seed >> 16) % 10;
    }
    return buf;
}
var data = sample(50000);
var packed = zlib.gzipSync(data, { level: 0 });

// Decompressing fixed input: chunk sizes depend only on chunkSize and on
// how the input is written.
[64, 1000, 16384].forEach(function (size) {
    then(function () {
        var g = zlib.createGunzip({ chunkSize: size });
        var sizes = [];
        g.on('data', function (d) {
            sizes.push(d.length);
        });
        g.on('end', function () {
            console.log('gunzip chunkSize', size, sizes.length,
                sizes.slice(0, 5).join(), sizes.slice(-3).join(),
                g.bytesWritten);
            next();
        });
        for (var at = 0; at < packed.length; at += 3000) {
            g.write(packed.subarray(at, at + 3000));
        }
        g.end();
    });
});

// Stored compression with flushes in between: each flush kind's bytes.
then(function () {
    var d = zlib.createDeflate({ level: 0, chunkSize: 100 });
    var out = [];
    d.on('data', function (c) {
        out.push(c.toString('hex'));
    });
    d.write('abc');
    d.flush(zlib.constants.Z_SYNC_FLUSH, function () {
        console.log('sync flush', out.join(' '));
        out = [];
        d.write('defg');
        d.flush(zlib.constants.Z_FULL_FLUSH, function () {
            console.log('full flush', out.join(' '));
            out = [];
            d.write(Buffer.alloc(150, 'z'));
            d.flush(zlib.constants.Z_PARTIAL_FLUSH, function () {
                console.log('partial flush', out.join(' '));
                out = [];
                d.flush(function () {
                    console.log('default flush', out.join(' '));
                    out = [];
                    d.end('!');
                });
            });
        });
    });
    d.on('end', function () {
        console.log('end', out.join(' '), d.bytesWritten);
        next();
    });
});

// Event order of a whole stream, with a write callback and end callback.
then(function () {
    var g = zlib.createGzip({ level: 0 });
    var events = [];
    ['finish', 'end', 'close', 'prefinish'].forEach(function (name) {
        g.on(name, function () {
            events.push(name);
        });
    });
    g.on('data', function (c) {
        events.push('data ' + c.length);
    });
    g.write('hello', function () {
        events.push('write cb');
    });
    g.end(' world', function () {
        events.push('end cb');
    });
    g.on('close', function () {
        console.log('events', events.join(', '));
        next();
    });
});

// Backpressure: nothing read, small buffers; how much waits where.
then(function () {
    var g = zlib.createGunzip({ chunkSize: 1024, highWaterMark: 2048 });
    var called = false;
    var ok = g.write(packed, function () {
        called = true;
    });
    // Wait until the readable side is full (the pool may be slow on a
    // busy machine), then a little longer: nothing more may arrive.
    var waited = 0;
    function full() {
        if (g.readableLength < 2048 && waited++ < 500) {
            setTimeout(full, 10);
        } else {
            setTimeout(report, 50);
        }
    }
    setTimeout(full, 10);
    function report() {
        console.log('backpressure', ok, called, g.readableLength,
            g.writableLength, g.bytesWritten > 0);
        var total = 0;
        g.on('data', function (c) {
            total += c.length;
        });
        g.on('end', function () {
            console.log('after reading', total, called, g.bytesWritten);
            next();
        });
        g.end();
    }
});

// Members in one write and across writes; padding ends the stream.
then(function () {
    var one = zlib.gzipSync('one ', { level: 0 });
    var two = zlib.gzipSync('two', { level: 0 });
    var g = zlib.createGunzip();
    var out = '';
    g.on('data', function (c) {
        out += c;
    });
    g.on('end', function () {
        console.log('members', JSON.stringify(out), g.bytesWritten);
        next();
    });
    g.write(Buffer.concat([one, two.subarray(0, 5)]));
    g.write(two.subarray(5));
    g.end(Buffer.concat([Buffer.alloc(4), one]));
});

// A zlib stream with junk after it: the readable side ends early.
then(function () {
    var inf = zlib.createInflate();
    var events = [];
    inf.on('data', function (c) {
        events.push('data ' + c);
    });
    inf.on('end', function () {
        events.push('end');
    });
    inf.on('error', function (e) {
        events.push('error ' + e.code);
    });
    inf.on('close', function () {
        console.log('junk after end', events.join(', '), inf.bytesWritten);
        next();
    });
    inf.end(Buffer.concat([zlib.deflateSync('xyz', { level: 0 }),
        Buffer.from('junk')]));
});

// _processChunk without a callback: everything now, then closed.
then(function () {
    var d = zlib.createDeflateRaw({ level: 0 });
    var out = d._processChunk(Buffer.from('sync chunk'),
        zlib.constants.Z_FINISH);
    console.log('_processChunk', out.toString('hex'), d._closed,
        d.bytesWritten);
    next();
});

// _processChunk with a callback: one write's worth of steps.
then(function () {
    var d = zlib.createDeflateRaw({ level: 0 });
    var out = [];
    d.on('data', function (c) {
        out.push(c.toString('hex'));
    });
    d._processChunk(Buffer.from('async chunk'), zlib.constants.Z_FINISH,
        function () {
            setImmediate(function () {
                console.log('_processChunk cb', out.join(' '),
                    d.bytesWritten);
                next();
            });
        });
});

// params() with the same values calls back on the next tick; close()
// mid-stream.
then(function () {
    var d = zlib.createDeflate();
    var order = [];
    d.params(-1, 0, function () {
        order.push('params');
    });
    process.nextTick(function () {
        order.push('tick');
    });
    d.on('close', function () {
        order.push('close');
        console.log('order', order.join(', '), d._closed, d.destroyed);
        next();
    });
    setImmediate(function () {
        d.close(function (err) {
            order.push('close cb ' + (err && err.code));
        });
    });
});

// Strings in and decoding on the way out.
then(function () {
    var g = zlib.createGunzip();
    g.setEncoding('utf8');
    var out = [];
    g.on('data', function (c) {
        out.push(typeof c + ':' + c);
    });
    g.on('end', function () {
        console.log('setEncoding', out.join(' '));
        next();
    });
    g.end(zlib.gzipSync('h\u00e9llo', { level: 0 }));
});

next();
