// mkdir and mkdtemp: modes (number, octal string, umask applied),
// recursive creation returning the first folder made (or undefined),
// relative and absolute paths, trailing slashes, many recursive mkdirs
// racing on one tree, mkdtemp's six random characters, encodings.
'use strict';
var assert = require('assert');
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-mk-');
assert.ok(/nodule-mk-[A-Za-z0-9]{6}$/.test(dir), dir);
process.chdir(dir);

assert.strictEqual(fs.mkdirSync('plain'), undefined);
assert.strictEqual(fs.mkdirSync('m1', 448), undefined);
assert.strictEqual(fs.statSync('m1').mode & 511, 448);
fs.mkdirSync('m2', '700');
assert.strictEqual(fs.statSync('m2').mode & 511, 448);
fs.mkdirSync('m3', { mode: 488 });
assert.strictEqual(fs.statSync('m3').mode & 511, 488 & ~18 & 511);

assert.strictEqual(fs.mkdirSync('r/s/t', { recursive: true }), 'r');
assert.strictEqual(fs.mkdirSync('r/s/t/u/', { recursive: true }),
    'r/s/t/u/');
// The path is cut as text at its last '/', as Node cuts it.
assert.strictEqual(fs.mkdirSync('q//w', { recursive: true }), 'q/');
assert.strictEqual(fs.mkdirSync('./q2/w', { recursive: true }), './q2');
assert.strictEqual(fs.mkdirSync('q3/../q4/x', { recursive: true }), 'q3');
assert.strictEqual(fs.mkdirSync('r/s', { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync(dir + '/abs/x', { recursive: true }),
    dir + '/abs');
assert.strictEqual(fs.mkdirSync('/', { recursive: true }), undefined);
assert.ok(fs.statSync('r/s/t/u').isDirectory());

var left = 0;
// Twenty recursive mkdirs of overlapping paths, all on the pool at once.
for (var i = 0; i < 20; i++) {
    left++;
    fs.mkdir('race/a/b/c' + (i % 3) + '/d', { recursive: true },
        function (err, first) {
            assert.strictEqual(err, null);
            assert.ok(first === undefined || /^race/.test(first), first);
            left--;
        });
}
left++;
fs.mkdir('cb/x/y', { recursive: true }, function (err, first) {
    assert.strictEqual(err, null);
    assert.strictEqual(first, 'cb');
    fs.mkdir('cb', function (err2) {
        assert.strictEqual(err2.code, 'EEXIST');
        left--;
    });
});
left++;
fs.promises.mkdir('pr/x', { recursive: true }).then(function (first) {
    assert.strictEqual(first, 'pr');
    return fs.promises.mkdtemp('pr/t-');
}).then(function (made) {
    assert.ok(/^pr\/t-[A-Za-z0-9]{6}$/.test(made), made);
    assert.ok(fs.statSync(made).isDirectory());
    left--;
});
left++;
fs.mkdtemp('tmp-', { encoding: 'buffer' }, function (err, made) {
    assert.strictEqual(err, null);
    assert.ok(Buffer.isBuffer(made));
    assert.ok(fs.existsSync(made.toString()));
    left--;
});

process.on('exit', function () {
    assert.strictEqual(left, 0);
    for (var j = 0; j < 3; j++) {
        assert.ok(fs.statSync('race/a/b/c' + j + '/d').isDirectory());
    }
    process.chdir('/');
    fs.rmSync(dir, { recursive: true });
});
