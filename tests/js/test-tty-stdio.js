// process.stdin, stdout and stderr on a terminal.  Run through pty_run.py
// --size 101x33 (tests/js/meson.build), which gives the process a new
// pseudo-terminal of that size as its stdin, stdout and stderr.
'use strict';
var assert = require('assert');
var fs = require('fs');
var tty = require('tty');

assert.ok(tty.isatty(0) && tty.isatty(1) && tty.isatty(2),
    'needs a terminal: pty_run.py --size 101x33 -- nodule ' + __filename);

[process.stdout, process.stderr].forEach(function (s, i) {
    assert.ok(s instanceof tty.WriteStream);
    assert.strictEqual(s.isTTY, true);
    assert.strictEqual(s.fd, i + 1);
    assert.strictEqual(s.columns, 101);
    assert.strictEqual(s.rows, 33);
    assert.deepStrictEqual(s.getWindowSize(), [101, 33]);
    assert.strictEqual(s.writable, true);
    assert.strictEqual(s._isStdio, true);
    assert.ok([1, 4, 8, 24].indexOf(s.getColorDepth()) >= 0);
});
// Each of stdout and stderr refreshes its size on SIGWINCH.
assert.strictEqual(process.listenerCount('SIGWINCH'), 2);

var stdin = process.stdin;
assert.ok(stdin instanceof tty.ReadStream);
assert.strictEqual(stdin.isTTY, true);
assert.strictEqual(stdin.fd, 0);
assert.strictEqual(stdin.isRaw, false);
assert.strictEqual(stdin.readableHighWaterMark, 0);
assert.strictEqual(stdin.setRawMode(true), stdin);
assert.strictEqual(stdin.isRaw, true);
stdin.setRawMode(false);
assert.strictEqual(stdin.isRaw, false);

// A terminal stream of our own (fd > 2) writes through the loop: a large
// write waits in the handle and calls back once written; destroy() leaves
// the fd open, as in Node: it is the program's to close.
var own = fs.openSync('/dev/tty', 'r+');
var ownStream = new tty.ReadStream(own);
assert.strictEqual(ownStream.isTTY, true);
var big = '\n' + new Array(1000001).join('=') + '\n';
var ownDone = false;
ownStream.write(big, function (err) {
    assert.ifError(err);
    assert.strictEqual(ownStream.bytesWritten, big.length);
    ownDone = true;
    ownStream.destroy();
    ownStream.on('close', function () {
        assert.ok(fs.fstatSync(own).isCharacterDevice());
        fs.closeSync(own);
        console.error('own tty ok');
    });
});
assert.strictEqual(ownStream.bufferSize, big.length);
assert.ok((ownStream._writeQueueSize || // nodule's; Node's is on _handle
    ownStream._handle.writeQueueSize) > 0, 'the write waits in the handle');

// Writes are synchronous: the callback comes on the next tick, and
// nothing waits in the stream.
var order = [];
assert.strictEqual(process.stdout.write('first line\n', function (err) {
    order.push('cb ' + err);
}), true);
assert.strictEqual(process.stdout.writableLength, 0);
order.push('after write');
process.stdout.cursorTo(0);
process.stdout.clearLine(1);

// end() leaves fd 1 open; the stream says it ended.
process.stdout.end('ending\n', function () {
    order.push('ended');
});
process.nextTick(function () {
    assert.deepStrictEqual(order, ['after write', 'cb null']);
    setTimeout(function () {
        assert.deepStrictEqual(order, ['after write', 'cb null', 'ended']);
        assert.strictEqual(process.stdout.writableEnded, true);
        fs.writeSync(1, 'fd 1 still open\n');
    }, 10);
});
process.on('exit', function (code) {
    assert.strictEqual(code, 0);
    assert.ok(ownDone, 'the large write called back');
    console.error('tty stdio ok');
});
