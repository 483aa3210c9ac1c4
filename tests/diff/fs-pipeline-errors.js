// stream.pipeline through file streams, when something fails: a missing
// input file, a read error, a Transform that errors midway or in its
// flush, an output directory that does not exist, a write error, a
// destination destroyed early.  Printed per case: the error the callback
// sees (code, syscall, path, message), which streams are destroyed when
// it runs, and, once every stream has closed, each stream's own events.
// The streams' events interleave as the pool finishes their requests, so
// each stream's list is printed separately; how far the data got before
// the failure also depends on the pool, so only bounds are printed.
'use strict';
var fs = require('fs');
var stream = require('stream');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-diff-');
var KIB = 1024;
var SIZE = 1024 * KIB;
fs.writeFileSync(dir + '/in', Buffer.alloc(SIZE, 'pipeline'));

function rel(p) {
    return typeof p === 'string' ? p.split(dir).join('<dir>') : p;
}

function describe(err) {
    if (!err) {
        return String(err);
    }
    return (err.code || 'no code') + ' syscall=' + err.syscall + ' path=' +
        rel(err.path) + ' message=' + rel(err.message);
}

// Record a stream's own events, in order.  'data' and 'drain' are left
// out (how many there are depends on the pool), and so is the order of a
// Transform's 'end' and 'finish' (it depends on whether its output was
// still buffered): those two are only noted as seen or not.
function track(name, s) {
    var t = { name: name, stream: s, seen: [], end: false, finish: false };
    ['open', 'ready', 'error', 'close'].forEach(function (ev) {
        s.on(ev, function (arg) {
            t.seen.push(ev + (ev === 'error' ? '(' + arg.code + ')' : ''));
        });
    });
    s.on('end', function () { t.end = true; });
    s.on('finish', function () { t.finish = true; });
    return t;
}

function upper(failAt, failInFlush) {
    var n = 0;
    return new stream.Transform({
        transform: function (chunk, enc, cb) {
            if (++n === failAt) {
                return cb(new Error('transform failed at chunk ' + n));
            }
            cb(null, Buffer.from(String(chunk).toUpperCase()));
        },
        flush: function (cb) {
            cb(failInFlush ? new Error('flush failed') : null);
        }
    });
}

// Run one pipeline of tracked streams; report the callback, then, once
// each stream has closed, what each one saw.
function run(label, tracked, extra, next) {
    console.log('--- ' + label);
    var pending = tracked.length + 1;
    function settle() {
        if (--pending > 0) {
            return;
        }
        tracked.forEach(function (t) {
            console.log('  ' + t.name + ': ' + t.seen.join(' ') +
                ' | end ' + t.end + ', finish ' + t.finish + ', closed ' +
                t.stream.closed);
        });
        if (extra) {
            extra();
        }
        setImmediate(next);
    }
    tracked.forEach(function (t) {
        t.stream.on('close', settle);
    });
    var streams = tracked.map(function (t) { return t.stream; });
    var calls = 0;
    stream.pipeline(streams, function (err) {
        calls++;
        console.log('  callback #' + calls + ' (' + arguments.length +
            ' args): ' + describe(err));
        console.log('  destroyed: ' + tracked.map(function (t) {
            return t.name + '=' + t.stream.destroyed;
        }).join(' '));
        settle();
    });
}

var cases = [
    function success(next) {
        var rs = fs.createReadStream(dir + '/in');
        var ws = fs.createWriteStream(dir + '/ok');
        run('success', [track('rs', rs), track('up', upper(0)),
            track('ws', ws)], function () {
            console.log('  output ' + fs.statSync(dir + '/ok').size +
                ' bytes, bytesRead ' + rs.bytesRead + ', bytesWritten ' +
                ws.bytesWritten);
        }, next);
    },
    function missingInput(next) {
        var ws = fs.createWriteStream(dir + '/out1');
        run('missing input file', [
            track('rs', fs.createReadStream(dir + '/no-such-file')),
            track('up', upper(0)), track('ws', ws)], function () {
            // The output was opened (its open was already on the pool).
            console.log('  output exists ' + fs.existsSync(dir + '/out1') +
                ', bytesWritten ' + ws.bytesWritten);
        }, next);
    },
    function readError(next) {
        run('input is a directory', [track('rs', fs.createReadStream(dir)),
            track('ws', fs.createWriteStream(dir + '/out2'))], null, next);
    },
    function transformFails(next) {
        var rs = fs.createReadStream(dir + '/in', { highWaterMark: 64 * KIB });
        var ws = fs.createWriteStream(dir + '/out3');
        run('transform fails at chunk 3', [track('rs', rs),
            track('up', upper(3)), track('ws', ws)], function () {
            console.log('  wrote at most 2 chunks ' +
                (ws.bytesWritten <= 2 * 64 * KIB) + ', read all ' +
                (rs.bytesRead === SIZE));
        }, next);
    },
    function flushFails(next) {
        var rs = fs.createReadStream(dir + '/in');
        run('transform fails in flush', [track('rs', rs),
            track('up', upper(0, true)),
            track('ws', fs.createWriteStream(dir + '/out4'))], function () {
            console.log('  read all ' + (rs.bytesRead === SIZE));
        }, next);
    },
    function missingOutputDir(next) {
        run('output directory missing', [
            track('rs', fs.createReadStream(dir + '/in')),
            track('up', upper(0)),
            track('ws', fs.createWriteStream(dir + '/no/such/dir/out'))],
        null, next);
    },
    function writeError(next) {
        // An fd open for reading only: every write fails with EBADF.
        var fd = fs.openSync(dir + '/in', 'r');
        run('write to a read-only fd', [
            track('rs', fs.createReadStream(dir + '/in')),
            track('ws', fs.createWriteStream(null, { fd: fd }))], null, next);
    },
    function destinationDestroyed(next) {
        var ws = fs.createWriteStream(dir + '/out5');
        var rs = fs.createReadStream(dir + '/in', { highWaterMark: 16 * KIB });
        rs.once('data', function () {
            ws.destroy();
        });
        run('destination destroyed early', [track('rs', rs),
            track('ws', ws)], null, next);
    }
];

(function next() {
    var c = cases.shift();
    if (c) {
        c(next);
    } else {
        fs.rmSync(dir, { recursive: true });
        console.log('cleaned ' + fs.existsSync(dir));
    }
}());
