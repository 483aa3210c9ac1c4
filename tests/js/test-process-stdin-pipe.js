// process.stdin over a pipe: a read-only Duplex that reads through the
// loop.  Run with "a\nb\n" piped in (tests/js/meson.build):
//     printf 'a\nb\n' | nodule test-process-stdin-pipe.js
'use strict';
var assert = require('assert');
var stream = require('stream');

var stdin = process.stdin;
assert.strictEqual(stdin, process.stdin);
assert.strictEqual(stdin.fd, 0);
assert.strictEqual(stdin.isTTY, undefined);
assert.ok(stdin instanceof stream.Duplex);
assert.strictEqual(stdin.readable, true);
assert.strictEqual(stdin.writable, false);
assert.strictEqual(stdin.readableFlowing, null);
assert.strictEqual(require('fs').fstatSync(0).isFIFO(), true,
    'stdin must be a pipe: see tests/js/meson.build');

var events = [];
stdin.setEncoding('utf8');
stdin.on('data', function (text) {
    assert.strictEqual(typeof text, 'string');
    events.push(text);
});
stdin.on('end', function () {
    events.push('end');
});
stdin.on('close', function () {
    assert.deepStrictEqual(events, ['a\nb\n', 'end']);
    assert.strictEqual(stdin.destroyed, true);
    assert.strictEqual(stdin.readableEnded, true);
    // fd 0 was only borrowed: closing the stream left it open.
    assert.ok(require('fs').fstatSync(0).isFIFO());
    console.log('stdin pipe ok');
});
