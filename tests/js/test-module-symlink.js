// Modules are cached under their real path: a file required through a
// symlink (made here, in a temporary folder) is the same module as the
// file itself, and __filename is the real path.
'use strict';
var assert = require('assert');
var fs = require('fs');
var path = require('path');

['mkdtempSync', 'writeFileSync', 'symlinkSync', 'realpathSync'].forEach(
    function (name) {
        assert.strictEqual(typeof fs[name], 'function',
            'this test needs fs.' + name);
    });
var tmp = fs.realpathSync(fs.mkdtempSync(path.join(
    process.env.TMPDIR || '/tmp', 'nodule-module-')));
var real = path.join(tmp, 'real.js');
var link = path.join(tmp, 'link.js');
fs.writeFileSync(real, 'module.exports = { file: __filename };\n');
fs.symlinkSync(real, link);
try {
    var viaLink = require(link);
    var direct = require(real);
    assert.strictEqual(viaLink, direct);
    assert.strictEqual(viaLink.file, real);
    assert.strictEqual(require.resolve(link), real);
} finally {
    fs.unlinkSync(link);
    fs.unlinkSync(real);
    fs.rmdirSync(tmp);
}
