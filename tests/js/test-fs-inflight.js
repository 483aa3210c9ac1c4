// 500 fs operations in flight at once, on the pool: writeFile, readFile,
// stat and open + read + close, each on its own temp file, all started
// before any completes.  Every single result is checked: the content read
// back, the size stat reports, the bytes read through an fd, and that
// each callback runs exactly once.
'use strict';
var assert = require('assert');
var fs = require('fs');

var N = 500; // operations started at once in phase 2
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-inflight-');

// The content of file i: distinct per file, and of a length that varies
// (0 to about 12 KiB) so that sizes and short files are checked too.
function content(i) {
    return new Array((i * 7919) % 1500 + 1).join('file ' + i + ' ');
}

function name(i) {
    return dir + '/f' + i;
}

// Phase 1: the files that phase 2 reads, stats and opens, written
// synchronously so phase 2 starts from a known state.  Kind of op i:
// 0 writeFile, 1 readFile, 2 stat, 3 open + read + close.
for (var i = 0; i < N; i++) {
    if (i % 4 !== 0) {
        fs.writeFileSync(name(i), content(i));
    }
}

var calls = [];       // calls[i]: how many times op i called back
var finished = 0;

function done(i) {
    calls[i] = (calls[i] || 0) + 1;
    assert.strictEqual(calls[i], 1, 'op ' + i + ' called back twice');
    finished++;
}

function checkReadThroughFd(i) {
    var want = Buffer.from(content(i));
    fs.open(name(i), 'r', function (err, fd) {
        assert.ifError(err);
        assert.strictEqual(typeof fd, 'number');
        // One byte more than the file holds: the read must stop at the end.
        var buf = Buffer.alloc(want.length + 1);
        fs.read(fd, buf, 0, buf.length, 0, function (err2, n, same) {
            assert.ifError(err2);
            assert.strictEqual(same, buf);
            assert.strictEqual(n, want.length, 'op ' + i + ' read length');
            assert.ok(buf.slice(0, n).equals(want), 'op ' + i + ' bytes');
            fs.close(fd, function (err3) {
                assert.ifError(err3);
                done(i);
            });
        });
    });
}

// Phase 2: start all N without waiting for any of them.
for (var j = 0; j < N; j++) {
    (function (i) {
        var kind = i % 4;
        if (kind === 0) {
            fs.writeFile(name(i), content(i), function (err) {
                assert.ifError(err);
                // Checked synchronously, so the check itself is not
                // in flight any more.
                assert.strictEqual(fs.readFileSync(name(i), 'utf8'),
                    content(i), 'op ' + i + ' written content');
                done(i);
            });
        } else if (kind === 1) {
            fs.readFile(name(i), 'utf8', function (err, data) {
                assert.ifError(err);
                assert.strictEqual(data, content(i),
                    'op ' + i + ' read content');
                done(i);
            });
        } else if (kind === 2) {
            fs.stat(name(i), function (err, st) {
                assert.ifError(err);
                assert.ok(st.isFile());
                assert.strictEqual(st.size,
                    Buffer.byteLength(content(i)), 'op ' + i + ' size');
                done(i);
            });
        } else {
            checkReadThroughFd(i);
        }
    })(j);
}
// None can have completed yet: all N are in flight together, since a
// callback never runs before the code that started it returns.
assert.strictEqual(finished, 0);

// And errors in flight beside them are reported, per request.
var missing = 0;
for (var m = 0; m < 20; m++) {
    fs.readFile(dir + '/missing' + m, function (err, data) {
        assert.strictEqual(err.code, 'ENOENT');
        assert.strictEqual(data, undefined);
        missing++;
    });
}

process.on('exit', function (code) {
    try {
        fs.rmSync(dir, { recursive: true, force: true });
    } catch (e) {
        // Cleaning up must not hide the result.
    }
    if (code !== 0) {
        return;
    }
    assert.strictEqual(finished, N, 'ops finished');
    assert.strictEqual(missing, 20, 'ENOENT reads');
    for (var i = 0; i < N; i++) {
        assert.strictEqual(calls[i], 1, 'op ' + i + ' calls');
    }
});
