// process.stdout and stderr over pipes: Duplex streams over a pipe handle
// whose writes finish at once; end() and destroy() leave fds 1 and 2
// open.  Run with stdout and stderr piped (tests/js/meson.build):
//     nodule test-process-stdio-pipe.js 2>&1 | cat
'use strict';
var assert = require('assert');
var fs = require('fs');
var stream = require('stream');

assert.ok(fs.fstatSync(1).isFIFO() && fs.fstatSync(2).isFIFO(),
    'stdout and stderr must be pipes: see tests/js/meson.build');
[process.stdout, process.stderr].forEach(function (s, i) {
    assert.ok(s instanceof stream.Duplex);
    assert.strictEqual(s.fd, i + 1);
    assert.strictEqual(s.isTTY, undefined);
    assert.strictEqual(s.readable, false);
    assert.strictEqual(s.writable, true);
    assert.strictEqual(s._isStdio, true);
});

var out = process.stdout;
var before = out.bytesWritten;
assert.strictEqual(out.write('12345\n'), true);
assert.strictEqual(out.write(Buffer.from('abc\n')), true);
assert.strictEqual(out.bytesWritten - before, 10);
assert.strictEqual(out.writableLength, 0);
assert.strictEqual(out.bufferSize, 0);
// Another encoding, and writev through cork/uncork.
out.write('6869210a', 'hex');
out.cork();
out.write('corked ');
out.write('lines\n');
out.uncork();

var events = [];
process.stderr.on('close', function () {
    events.push('stderr close');
});
process.stderr.destroy();
assert.strictEqual(process.stderr.destroyed, false);
out.end('the end\n', function () {
    events.push('stdout ended');
});
setTimeout(function () {
    assert.deepStrictEqual(events, ['stderr close', 'stdout ended']);
    fs.writeSync(1, 'fd 1 still open\n');
    process.stderr.write('stderr still writes\n');
}, 10);
