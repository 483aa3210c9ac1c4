// fs.writeFile / writeFileSync / appendFile, existsSync, stat/statSync.
'use strict';
var assert = require('assert');
var fs = require('fs');

var dir = process.env.TMPDIR || '/tmp';
var file = dir + '/nodule-test-fs-writefile-' + process.pid + '.txt';

assert.strictEqual(fs.existsSync(file), false);
fs.writeFileSync(file, 'hello ');
assert.strictEqual(fs.existsSync(file), true);
fs.appendFileSync(file, new Buffer('world'));
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello world');

var st = fs.statSync(file);
assert.ok(st.isFile());
assert.ok(!st.isDirectory());
assert.strictEqual(st.size, 11);
assert.ok(st.mtime instanceof Date);
assert.ok(Math.abs(st.mtimeMs - Date.now()) < 60000);
assert.ok(fs.statSync(dir).isDirectory());
assert.strictEqual(fs.statSync('/no/such', { throwIfNoEntry: false }),
    undefined);
assert.throws(function () { fs.statSync('/no/such'); },
    { code: 'ENOENT', syscall: 'stat', path: '/no/such' });
assert.strictEqual(fs.existsSync('/no/such'), false);
assert.strictEqual(fs.existsSync(), false);
assert.throws(function () { fs.writeFileSync(file, 42); },
    { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(function () { fs.writeFileSync('/no/such/dir/x', 'a'); },
    { code: 'ENOENT', syscall: 'open' });

fs.writeFile(file, 'async text \u00e9', function (err) {
    assert.strictEqual(err, null);
    fs.appendFile(file, '!', function (err2) {
        assert.strictEqual(err2, null);
        fs.stat(file, function (err3, st2) {
            assert.strictEqual(err3, null);
            assert.ok(st2.isFile());
            assert.strictEqual(st2.size, 14);
            fs.readFile(file, 'utf8', function (err4, data) {
                assert.strictEqual(data, 'async text \u00e9!');
                fs.writeFileSync(file, '');
                assert.strictEqual(fs.statSync(file).size, 0);
                fs.unlinkSync(file);
                assert.strictEqual(fs.existsSync(file), false);
                fs.stat('/no/such', function (err5) {
                    assert.strictEqual(err5.code, 'ENOENT');
                    finished = true;
                });
            });
        });
    });
});

var finished = false;
process.on('exit', function () {
    assert.ok(finished);
});
