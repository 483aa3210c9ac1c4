// A terminal in raw mode: keys arrive one by one, without a newline and
// without echo, and ^C is a byte, not SIGINT.  Run through pty_run.py,
// which types "ab" once it sees READY and "\x03q" once it sees GOT-ab.
'use strict';
var assert = require('assert');

var stdin = process.stdin;
assert.ok(stdin.isTTY, 'needs a terminal: see tests/js/meson.build');
var seen = [];
stdin.setRawMode(true);
stdin.setEncoding('utf8');
stdin.on('data', function (text) {
    seen.push(text);
    var all = seen.join('');
    if (all === 'ab') {
        console.log('GOT-ab');
    } else if (all === 'ab\u0003q') {
        stdin.setRawMode(false);
        stdin.pause(); // the process can now end
    }
});
process.on('SIGINT', function () {
    assert.fail('^C in raw mode must not be a signal');
});
process.on('exit', function (code) {
    assert.strictEqual(code, 0);
    assert.strictEqual(seen.join(''), 'ab\u0003q');
    assert.strictEqual(stdin.isRaw, false);
    console.log('raw ok');
});
console.log('READY');
