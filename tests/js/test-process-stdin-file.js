// process.stdin from a file is an fs.ReadStream that leaves fd 0 open.
// Run with a file of "from a file\n" as stdin (tests/js/meson.build);
// with the argument "empty", with /dev/null.
'use strict';
var assert = require('assert');
var fs = require('fs');

var stdin = process.stdin;
assert.ok(stdin instanceof fs.ReadStream);
assert.strictEqual(stdin.fd, 0);
var want = process.argv[2] === 'empty' ? '' : 'from a file\n';
var got = '';
stdin.setEncoding('utf8');
stdin.on('data', function (text) {
    got += text;
});
stdin.on('end', function () {
    assert.strictEqual(got, want);
    fs.fstatSync(0); // still open
    console.log('stdin file ok');
});
