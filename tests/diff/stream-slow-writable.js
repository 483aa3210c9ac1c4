// Slow writables: the order of write() return values, write callbacks,
// 'drain', 'prefinish', 'finish', 'close' and a source's 'end', when each
// _write completes later.  "Later" is a chain of immediates (one hop per
// loop iteration), so the order never depends on timing; an fs
// WriteStream (pool completions) is only ever compared with itself, and
// where two streams on the pool are involved each one's events are
// collected and printed separately.
'use strict';
var stream = require('stream');
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-diff-');

function log(name, msg) {
    console.log(name + ': ' + msg);
}

// Call back after `hops` loop iterations.
function after(hops, cb) {
    if (hops === 0) {
        return cb();
    }
    setImmediate(function () {
        after(hops - 1, cb);
    });
}

function watch(name, s, events) {
    events.forEach(function (ev) {
        s.on(ev, function (arg) {
            log(name, ev + (arg instanceof Error ? ' ' + arg.code : ''));
        });
    });
}

function slow(name, hwm, hops, extra) {
    var opts = {
        highWaterMark: hwm,
        write: function (chunk, enc, cb) {
            log(name, '_write ' + chunk + ' (length ' + this.writableLength +
                ')');
            after(hops, cb);
        }
    };
    for (var k in extra) {
        opts[k] = extra[k];
    }
    var w = new stream.Writable(opts);
    watch(name, w, ['drain', 'prefinish', 'finish', 'close', 'error']);
    return w;
}

// Writes until write() says stop, waits for 'drain', again; then end().
function manual(next) {
    var w = slow('manual', 6, 2, {
        final: function (cb) {
            log('manual', '_final');
            after(2, cb);
        }
    });
    var i = 0;
    function write(n) {
        var ok = w.write('c' + n, function (err) {
            log('manual', 'cb c' + n + ' ' + err);
        });
        log('manual', 'write c' + n + ' -> ' + ok + ' length ' +
            w.writableLength + ' needDrain ' + w.writableNeedDrain);
        return ok;
    }
    function more() {
        while (i < 7 && write(i++)) {
            // write until write() says stop
        }
        if (i < 7) {
            w.once('drain', more);
        } else {
            log('manual', 'end -> ' + (w.end(function (err) {
                log('manual', 'end cb ' + err);
            }) === w));
            log('manual', 'ended ' + w.writableEnded + ' finished ' +
                w.writableFinished);
        }
    }
    more();
    w.on('close', next);
}

// A writable whose highWaterMark is 0: every write() says stop.
function zeroMark(next) {
    var w = slow('zero', 0, 1);
    log('zero', 'write a -> ' + w.write('a'));
    w.once('drain', function () {
        log('zero', 'write b -> ' + w.write('b'));
        log('zero', 'write c -> ' + w.write('c'));
        w.end('d');
    });
    w.on('close', next);
}

// A fast source (async pushes) piped into a slow sink with _writev: the
// chunks that queue up while one write is in flight go as one batch.
function pipedWritev(next) {
    var i = 0;
    var r = new stream.Readable({
        highWaterMark: 4,
        read: function () {
            var self = this;
            setImmediate(function () {
                self.push(i < 9 ? 'r' + i++ : null);
            });
        }
    });
    watch('writev src', r, ['pause', 'resume', 'end', 'close']);
    var w = slow('writev', 5, 3, {
        writev: function (chunks, cb) {
            log('writev', '_writev ' + chunks.map(function (c) {
                return String(c.chunk);
            }).join(','));
            after(3, cb);
        }
    });
    r.pipe(w);
    w.on('close', next);
}

// end() with writes still in flight, then a write after end, then a
// second end().
function endWhileBusy(next) {
    var w = slow('busy', 16, 2);
    w.write('x', function (err) { log('busy', 'cb x ' + err); });
    w.write('y', function (err) {
        log('busy', 'cb y ' + (err && err.code));
    });
    w.end('z', function (err) {
        log('busy', 'end cb ' + (err && err.code));
    });
    w.write('late', function (err) {
        log('busy', 'cb late ' + (err && err.code));
    });
    w.end(function (err) {
        log('busy', 'second end cb ' + (err && err.code));
    });
    log('busy', 'writable ' + w.writable + ' length ' + w.writableLength);
    w.on('close', function () {
        // The write in flight still calls back: wait for it.
        after(4, next);
    });
}

// destroy() while a write is on its way and others wait in the buffer.
function destroyWhileBusy(next) {
    var w = slow('destroy', 16, 2);
    ['a', 'b', 'c'].forEach(function (c) {
        w.write(c, function (err) {
            log('destroy', 'cb ' + c + ' ' + (err && err.code));
        });
    });
    setImmediate(function () {
        log('destroy', 'destroying, length ' + w.writableLength);
        w.destroy();
        log('destroy', 'destroyed ' + w.destroyed + ' write -> ' +
            w.write('d', function (err) {
                log('destroy', 'cb d ' + (err && err.code));
            }));
    });
    w.on('close', function () {
        // The write in flight still calls back: wait for it.
        after(4, next);
    });
}

// An fs.WriteStream is slow too (each write is a pool request).  Its own
// events are ordered; they are printed as they come.
function fileSink(next) {
    var ws = fs.createWriteStream(dir + '/out', { highWaterMark: 40000 });
    watch('file', ws, ['open', 'ready', 'drain', 'finish', 'close']);
    var piece = Buffer.alloc(16384, 'x');
    var rounds = 0;
    function more() {
        var ok = true;
        while (ok) {
            ok = ws.write(piece);
            log('file', 'write -> ' + ok + ' length ' + ws.writableLength);
        }
        if (++rounds < 3) {
            ws.once('drain', more);
        } else {
            ws.end(function () {
                log('file', 'end cb, bytesWritten ' + ws.bytesWritten);
            });
        }
    }
    more();
    ws.on('close', function () {
        log('file', 'size ' + fs.statSync(dir + '/out').size);
        next();
    });
}

// An fs.ReadStream piped into an fs.WriteStream, each stream on the
// pool: the two streams' events interleave as the pool finishes, so each
// stream's own sequence is printed at the end.  The source's pause and
// resume after its 'end' are left out: the last one comes from the
// unpipe at the destination's 'finish', which races the source's own
// close on the pool, in Node as well.
function fileToFile(next) {
    var data = Buffer.alloc(200000, 'abcdefg');
    fs.writeFileSync(dir + '/in', data);
    var rs = fs.createReadStream(dir + '/in', { highWaterMark: 16384 });
    var ws = fs.createWriteStream(dir + '/copy', { highWaterMark: 8192 });
    var seen = { rs: [], ws: [] };
    function collect(name, s, events) {
        events.forEach(function (ev) {
            s.on(ev, function () {
                var list = seen[name];
                if (name === 'rs' && list.indexOf('end') >= 0 &&
                        (ev === 'pause' || ev === 'resume')) {
                    return;
                }
                if (list[list.length - 1] !== ev) {
                    list.push(ev); // runs of the same event count once
                }
            });
        });
    }
    collect('rs', rs, ['open', 'ready', 'pause', 'resume', 'end', 'close']);
    collect('ws', ws, ['open', 'ready', 'pipe', 'unpipe', 'finish',
        'close']);
    var drains = 0;
    ws.on('drain', function () { drains++; });
    rs.pipe(ws);
    var closed = 0;
    function onclose() {
        if (++closed < 2) {
            return;
        }
        log('copy', 'rs ' + seen.rs.join(' '));
        log('copy', 'ws ' + seen.ws.join(' '));
        log('copy', 'drained ' + (drains > 0) + ', same bytes ' +
            fs.readFileSync(dir + '/copy').equals(data) + ', bytesRead ' +
            rs.bytesRead + ', bytesWritten ' + ws.bytesWritten);
        next();
    }
    rs.on('close', onclose);
    ws.on('close', onclose);
}

var steps = [manual, zeroMark, pipedWritev, endWhileBusy, destroyWhileBusy,
    fileSink, fileToFile];
(function run() {
    var step = steps.shift();
    if (step) {
        console.log('--');
        step(function () {
            setImmediate(run);
        });
    } else {
        fs.rmSync(dir, { recursive: true });
        console.log('cleaned ' + fs.existsSync(dir));
    }
}());
