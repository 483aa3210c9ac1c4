// A terminal in normal mode gives whole lines, and ^D at the start of a
// line is the end of the input.  Run through pty_run.py, which types
// "hello\n" once it sees READY and ^D once it sees GOT-hello.
'use strict';
var assert = require('assert');

var stdin = process.stdin;
assert.ok(stdin.isTTY, 'needs a terminal: see tests/js/meson.build');
var lines = [];
stdin.setEncoding('utf8');
stdin.on('data', function (text) {
    lines.push(text);
    console.log('GOT-' + text.trim());
});
stdin.on('end', function () {
    assert.deepStrictEqual(lines, ['hello\n']);
    console.log('lines ok');
});
console.log('READY');
