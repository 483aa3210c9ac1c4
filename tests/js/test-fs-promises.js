// fs/promises and FileHandle: open resolves to a FileHandle whose methods
// read, write, stat, truncate, sync and close it; results are
// { bytesRead, buffer } objects; a closed handle rejects with EBADF
// "file closed"; bad arguments reject (never throw); readFile, writeFile
// and appendFile take a FileHandle; watch and cp say they are missing.
'use strict';
var assert = require('assert');
var fs = require('fs');
var fsp = require('fs/promises');

assert.strictEqual(fs.promises, fsp);
assert.strictEqual(require('node:fs/promises'), fsp);

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-pr-');
process.chdir(dir);

var done = false;
var fh;
fsp.open('f', 'w+', 384).then(function (h) {
    fh = h;
    assert.strictEqual(typeof fh.fd, 'number');
    assert.strictEqual(fs.statSync('f').mode & 511, 384);
    return fh.write('hello, world');
}).then(function (r) {
    assert.strictEqual(r.bytesWritten, 12);
    assert.strictEqual(r.buffer, 'hello, world');
    assert.strictEqual(Object.getPrototypeOf(r), null);
    return fh.write(Buffer.from('HW'), 1, 1, 7);
}).then(function (r) {
    assert.strictEqual(r.bytesWritten, 1);
    return fh.read(Buffer.alloc(12), 0, 12, 0);
}).then(function (r) {
    assert.strictEqual(r.bytesRead, 12);
    assert.strictEqual(r.buffer.toString(), 'hello, World');
    return fh.read({ buffer: Buffer.alloc(5), position: 7 });
}).then(function (r) {
    assert.strictEqual(r.buffer.toString(), 'World');
    return fh.read();
}).then(function (r) {
    assert.strictEqual(r.buffer.length, 16384, 'a buffer is made');
    return fh.stat();
}).then(function (st) {
    assert.ok(st instanceof fs.Stats);
    assert.strictEqual(st.size, 12);
    return fh.truncate(5);
}).then(function () {
    return fh.readFile({ encoding: 'utf8' });
}).then(function (text) {
    assert.strictEqual(text, '', 'readFile reads from the position');
    return fsp.readFile(fh.fd === -1 ? 'f' : 'f', 'utf8');
}).then(function (text) {
    assert.strictEqual(text, 'hello');
    return fh.sync();
}).then(function () {
    return fh.datasync();
}).then(function () {
    return fh.read(Buffer.alloc(1), -5).then(function () {
        assert.fail('a negative offset was accepted');
    }, function (err) {
        assert.strictEqual(err.code, 'ERR_OUT_OF_RANGE');
    });
}).then(function () {
    var events = 0;
    fh.on('close', function () { events++; });
    var closing = fh.close();
    assert.strictEqual(fh.fd, -1, 'marked closed at once');
    return closing.then(function () {
        assert.strictEqual(events, 1);
        return fh.close();
    });
}).then(function () {
    return fh.stat().then(function () {
        assert.fail('stat of a closed handle');
    }, function (err) {
        assert.strictEqual(err.code, 'EBADF');
        assert.strictEqual(err.message, 'file closed');
        assert.strictEqual(err.syscall, 'fstat');
    });
}).then(function () {
    return fsp.open('g', 'w');
}).then(function (h) {
    return fsp.writeFile(h, 'via ').then(function () {
        return fsp.appendFile(h, 'handle');
    }).then(function () {
        return h.close();
    });
}).then(function () {
    assert.strictEqual(fs.readFileSync('g', 'utf8'), 'via handle');
    var rejected = 0;
    function expectReject(p, code) {
        return p.then(function () {
            assert.fail('resolved');
        }, function (err) {
            assert.strictEqual(err.code, code);
            rejected++;
        });
    }
    var bad;
    try {
        bad = [
            expectReject(fsp.readFile(42), 'ERR_INVALID_ARG_TYPE'),
            expectReject(fsp.open('f', 'nonsense'), 'ERR_INVALID_ARG_VALUE'),
            expectReject(fsp.mkdir('x', { recursive: 'y' }),
                'ERR_INVALID_ARG_TYPE'),
            expectReject(fsp.stat('missing'), 'ENOENT'),
            expectReject(fsp.access('f', 99), 'ERR_OUT_OF_RANGE')
        ];
    } catch (e) {
        assert.fail('a promise function threw: ' + e);
    }
    return Promise.all(bad).then(function () {
        assert.strictEqual(rejected, 5);
    });
}).then(function () {
    if (process.release.name === 'nodule') {
        assert.throws(function () { fsp.watch('.'); },
            { code: 'ERR_NOT_SUPPORTED' });
        return fsp.cp('f', 'h').catch(function (err) {
            assert.strictEqual(err.code, 'ERR_NOT_SUPPORTED');
        });
    }
}).then(function () {
    done = true;
});

process.on('exit', function () {
    assert.ok(done, 'the chain finished');
    process.chdir('/');
    fs.rmSync(dir, { recursive: true });
});
