// fs.createReadStream / createWriteStream: a multi-megabyte copy through
// pipe (backpressure), start/end ranges, highWaterMark, encodings, the
// 'open'/'ready'/'close' events, bytesRead/bytesWritten, fd and
// FileHandle sources, autoClose, flush, and errors as 'error' events.
'use strict';
var assert = require('assert');
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-st-');
process.chdir(dir);

var big = Buffer.alloc(5 * 1024 * 1024 + 3);
for (var i = 0; i + 4 <= big.length; i += 1024) {
    big.writeUInt32LE(i, i);
}
fs.writeFileSync('big', big);
fs.writeFileSync('abc', 'abcdefghijklmnopqrstuvwxyz');

var checks = [];
function expect(name) {
    checks.push(name);
    return function () {
        checks.splice(checks.indexOf(name), 1);
    };
}

// A copy through pipe: every byte, in 64 KiB chunks.
(function () {
    var done = expect('pipe');
    var rs = fs.createReadStream('big');
    var ws = fs.createWriteStream('copy');
    var events = [];
    var chunks = 0;
    rs.on('open', function (fd) {
        assert.strictEqual(typeof fd, 'number');
        events.push('open');
    });
    rs.on('ready', function () { events.push('ready'); });
    rs.on('data', function (c) {
        assert.ok(c.length <= 64 * 1024);
        chunks++;
    });
    rs.on('end', function () { events.push('end'); });
    // Both streams close on the pool: either 'close' may come first.
    var closes = 0;
    rs.on('close', function () {
        events.push('close');
        if (++closes === 2) {
            check();
        }
    });
    ws.on('close', function () {
        if (++closes === 2) {
            check();
        }
    });
    function check() {
        assert.deepStrictEqual(events, ['open', 'ready', 'end', 'close']);
        assert.strictEqual(rs.bytesRead, big.length);
        assert.strictEqual(ws.bytesWritten, big.length);
        assert.ok(chunks >= big.length / (64 * 1024));
        assert.ok(fs.readFileSync('copy').equals(big));
        done();
    }
    rs.pipe(ws);
})();

// Ranges and sizes.
(function () {
    var done = expect('range');
    var got = [];
    fs.createReadStream('abc', { start: 3, end: 9, highWaterMark: 3 })
        .on('data', function (c) { got.push(c.toString()); })
        .on('close', function () {
            assert.deepStrictEqual(got, ['def', 'ghi', 'j']);
            done();
        });
})();
(function () {
    var done = expect('encoding');
    var text = '';
    fs.createReadStream('abc', { encoding: 'utf8', start: 24 })
        .on('data', function (c) {
            assert.strictEqual(typeof c, 'string');
            text += c;
        })
        .on('end', function () {
            assert.strictEqual(text, 'yz');
            done();
        });
})();

// Writing at a position, appending, flush.
(function () {
    var done = expect('write');
    fs.writeFileSync('w', '0123456789');
    var ws = fs.createWriteStream('w', { flags: 'r+', start: 4 });
    assert.strictEqual(ws.pending, true);
    ws.write('ab');
    ws.end(Buffer.from('cd'), function () {
        assert.strictEqual(ws.bytesWritten, 4);
    });
    ws.on('close', function () {
        assert.strictEqual(fs.readFileSync('w', 'utf8'), '0123abcd89');
        var ap = fs.createWriteStream('w', { flags: 'a', flush: true });
        ap.end('!');
        ap.on('close', function () {
            assert.strictEqual(fs.readFileSync('w', 'utf8'), '0123abcd89!');
            done();
        });
    });
})();

// An fd given by the caller: autoClose false leaves it open.
(function () {
    var done = expect('fd');
    var fd = fs.openSync('abc', 'r');
    var rs = fs.createReadStream(null, { fd: fd, autoClose: false,
        start: 20 });
    var text = '';
    rs.on('data', function (c) { text += c; });
    rs.on('end', function () {
        assert.strictEqual(text, 'uvwxyz');
        setTimeout(function () {
            assert.strictEqual(fs.fstatSync(fd).size, 26);
            fs.closeSync(fd);
            done();
        }, 5);
    });
})();

// A FileHandle: closed with the stream.
(function () {
    var done = expect('filehandle');
    fs.promises.open('abc').then(function (fh) {
        var text = '';
        fh.createReadStream({ start: 25 })
            .on('data', function (c) { text += c; })
            .on('close', function () {
                assert.strictEqual(text, 'z');
                assert.strictEqual(fh.fd, -1);
                done();
            });
    });
})();

// Errors become 'error' events; the stream still closes.
(function () {
    var done = expect('errors');
    var rs = fs.createReadStream('missing');
    rs.on('error', function (err) {
        assert.strictEqual(err.code, 'ENOENT');
        assert.strictEqual(err.syscall, 'open');
        rs.on('close', function () {
            var ws = fs.createWriteStream('no/dir/f');
            ws.on('error', function (err2) {
                assert.strictEqual(err2.code, 'ENOENT');
                done();
            });
        });
    });
})();

// Closing early.
(function () {
    var done = expect('close early');
    var rs = fs.createReadStream('big', { highWaterMark: 1024 });
    rs.once('data', function () {
        rs.close(function () {
            assert.ok(rs.destroyed);
            assert.ok(rs.bytesRead < big.length);
            done();
        });
    });
})();

assert.throws(function () {
    fs.createReadStream('abc', { start: 9, end: 3 });
}, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { fs.createWriteStream('abc', { start: 1.5 }); },
    { code: 'ERR_OUT_OF_RANGE' });
assert.throws(function () { fs.createReadStream('abc', { fd: -3 }); },
    { code: 'ERR_OUT_OF_RANGE' });
assert.ok(fs.createReadStream('abc').destroy() instanceof fs.ReadStream);

process.on('exit', function () {
    assert.deepStrictEqual(checks, []);
    process.chdir('/');
    fs.rmSync(dir, { recursive: true });
});
