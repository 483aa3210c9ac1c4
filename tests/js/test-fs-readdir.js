// readdir: names sorted bytewise, withFileTypes (Dirent with name, path,
// parentPath and the type checks), recursive (breadth first; links to
// folders followed only without file types), encodings, in the three
// forms.
'use strict';
var assert = require('assert');
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-rd-');
process.chdir(dir);
fs.mkdirSync('t/b/c', { recursive: true });
fs.mkdirSync('t/a');
fs.writeFileSync('t/z', '');
fs.writeFileSync('t/Y', '');
fs.writeFileSync('t/b/c/deep', '');
fs.symlinkSync('b', 't/lb');
fs.symlinkSync('missing', 't/dangling');
for (var i = 0; i < 300; i++) {
    fs.writeFileSync('t/a/f' + i, '');
}

var top = ['Y', 'a', 'b', 'dangling', 'lb', 'z'];
assert.deepStrictEqual(fs.readdirSync('t'), top);
assert.strictEqual(fs.readdirSync('t/a').length, 300);
assert.deepStrictEqual(fs.readdirSync('t/a').slice(0, 3),
    ['f0', 'f1', 'f10']);

var typed = fs.readdirSync('t', { withFileTypes: true });
assert.deepStrictEqual(typed.map(function (d) { return d.name; }), top);
typed.forEach(function (d) {
    assert.ok(d instanceof fs.Dirent);
    assert.strictEqual(d.path, 't');
    assert.strictEqual(d.parentPath, 't');
});
function kind(d) {
    return d.isFile() ? 'file' : d.isDirectory() ? 'dir' :
        d.isSymbolicLink() ? 'link' : 'other';
}
assert.deepStrictEqual(typed.map(kind),
    ['file', 'dir', 'dir', 'link', 'link', 'file']);
assert.strictEqual(typed[0].isFIFO() || typed[0].isSocket() ||
    typed[0].isBlockDevice() || typed[0].isCharacterDevice(), false);

var rec = fs.readdirSync('t', { recursive: true });
assert.deepStrictEqual(rec.slice(0, 6), top);
assert.ok(rec.indexOf('b/c/deep') > rec.indexOf('b/c'));
assert.ok(rec.indexOf('lb/c') > 0, 'a link to a folder is followed');
assert.strictEqual(rec.length, 6 + 300 + 2 + 2);
var recTyped = fs.readdirSync('t', { recursive: true, withFileTypes: true });
assert.strictEqual(recTyped.length, 6 + 300 + 2);
var deep = recTyped.filter(function (d) { return d.name === 'deep'; })[0];
assert.strictEqual(deep.parentPath, 't/b/c');

var bufs = fs.readdirSync('t', { encoding: 'buffer' });
assert.ok(Buffer.isBuffer(bufs[0]));
assert.strictEqual(bufs[1].toString(), 'a');
assert.deepStrictEqual(fs.readdirSync('t', 'hex')[0], '59');

var left = 3;
function done() {
    left--;
}
fs.readdir('t', function (err, names) {
    assert.ifError(err);
    assert.deepStrictEqual(names, top);
    fs.readdir('t', { recursive: true }, function (err2, all) {
        assert.ifError(err2);
        assert.deepStrictEqual(all.slice().sort(), rec.slice().sort());
        done();
    });
});
fs.readdir('t', { withFileTypes: true, recursive: true }, function (err, ds) {
    assert.ifError(err);
    assert.deepStrictEqual(ds.map(function (d) {
        return d.parentPath + '/' + d.name;
    }).sort(), recTyped.map(function (d) {
        return d.parentPath + '/' + d.name;
    }).sort());
    done();
});
fs.promises.readdir('t', { withFileTypes: true }).then(function (ds) {
    assert.deepStrictEqual(ds.map(kind), typed.map(kind));
    return fs.promises.readdir('t/z');
}).catch(function (err) {
    assert.strictEqual(err.code, 'ENOTDIR');
    assert.strictEqual(err.syscall, 'scandir');
    done();
});

process.on('exit', function () {
    assert.strictEqual(left, 0);
    process.chdir('/');
    fs.rmSync(dir, { recursive: true });
});
