// readv / writev: several buffers in one request, at a position or at the
// file position, empty lists and empty buffers, more buffers than one
// system call takes (the loop batches them), typed arrays, in the three
// forms (FileHandle for promises).
'use strict';
var assert = require('assert');
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-rv-');
process.chdir(dir);

var fd = fs.openSync('f', 'w+');
assert.strictEqual(fs.writevSync(fd, [Buffer.from('ab'), Buffer.alloc(0),
    Buffer.from('cde'), new Uint8Array([102])]), 6);
assert.strictEqual(fs.readFileSync('f', 'utf8'), 'abcdef');
assert.strictEqual(fs.writevSync(fd, [Buffer.from('XY')], 1), 2);
assert.strictEqual(fs.readFileSync('f', 'utf8'), 'aXYdef');
assert.strictEqual(fs.writevSync(fd, []), 0);

var a = Buffer.alloc(2);
var b = Buffer.alloc(10);
assert.strictEqual(fs.readvSync(fd, [a, b], 0), 6);
assert.strictEqual(a.toString() + b.toString('utf8', 0, 4), 'aXYdef');
assert.strictEqual(fs.readvSync(fd, [a], 100), 0);

// 2000 buffers of 3 bytes: more than one writev() takes at once.
var many = [];
for (var i = 0; i < 2000; i++) {
    many.push(Buffer.from(String.fromCharCode(65 + i % 26).repeat(3)));
}
assert.strictEqual(fs.writevSync(fd, many, 0), 6000);
var all = fs.readFileSync('f', 'latin1');
assert.strictEqual(all.length, 6000);
assert.strictEqual(all.slice(0, 9), 'AAABBBCCC');
assert.strictEqual(all.slice(-3), String.fromCharCode(65 + 1999 % 26)
    .repeat(3));
var backs = [];
for (var j = 0; j < 1500; j++) {
    backs.push(Buffer.alloc(4));
}
var got = fs.readvSync(fd, backs, 0);
assert.ok(got > 0 && got <= 6000);
assert.strictEqual(Buffer.concat(backs).toString('latin1', 0, got),
    all.slice(0, got));
fs.closeSync(fd);

var left = 2;
fs.open('g', 'w+', function (err, fd2) {
    assert.strictEqual(err, null);
    var bufs = [Buffer.from('12'), Buffer.from('345')];
    fs.writev(fd2, bufs, function (err2, n, back) {
        assert.strictEqual(err2, null);
        assert.strictEqual(n, 5);
        assert.strictEqual(back, bufs);
        var into = [Buffer.alloc(1), Buffer.alloc(4)];
        fs.readv(fd2, into, 0, function (err3, n2, back2) {
            assert.strictEqual(err3, null);
            assert.strictEqual(n2, 5);
            assert.strictEqual(back2, into);
            assert.strictEqual(into[1].toString(), '2345');
            fs.closeSync(fd2);
            left--;
        });
    });
});
fs.promises.open('h', 'w+').then(function (fh) {
    return fh.writev([Buffer.from('pq'), Buffer.from('rs')]).then(
        function (r) {
            assert.strictEqual(r.bytesWritten, 4);
            return fh.readv([Buffer.alloc(3)], 1);
        }).then(function (r) {
        assert.strictEqual(r.bytesRead, 3);
        assert.strictEqual(r.buffers[0].toString(), 'qrs');
        return fh.close();
    });
}).then(function () {
    left--;
});

assert.throws(function () { fs.writevSync(12345, [Buffer.from('x')]); },
    { code: 'EBADF', syscall: 'write' });
assert.throws(function () { fs.readvSync(0, [Buffer.alloc(1), 'x']); },
    { code: 'ERR_INVALID_ARG_TYPE' });

process.on('exit', function () {
    assert.strictEqual(left, 0);
    process.chdir('/');
    fs.rmSync(dir, { recursive: true });
});
