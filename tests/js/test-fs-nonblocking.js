// fs.readFile runs on the pool and leaves the loop free: while a 64 MiB
// readFile is in flight, a setInterval(fn, 1) keeps firing.  This is a
// liveness property, not a timing target.  Reading 64 MiB means faulting
// in a fresh 64 MiB buffer and copying 64 MiB into it, in 128 requests
// of 512 KiB: tens of milliseconds on any machine, and longer on a
// loaded one, which only adds ticks.  So the interval must fire several
// times (at least 3 is asserted) between the readFile call and its
// callback.  A readFile that blocked the loop for the whole read would
// let the interval fire at most once in between (when the loop gets back
// to its timers, late), whatever the speed of the machine.  The data is
// checked as well.
'use strict';
var assert = require('assert');
var fs = require('fs');

var SIZE = 64 * 1024 * 1024;
var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-nonblock-');
var file = dir + '/big';

// The file repeats a block of a prime length, so no two 512 KiB requests
// see the same bytes: a chunk read at the wrong offset shows.
var PERIOD = 999983;
var block = Buffer.alloc(PERIOD);
for (var j = 0; j < PERIOD; j++) {
    block[j] = (j * 31 + (j >>> 7)) & 0xff;
}
function byteAt(k) {
    return block[k % PERIOD];
}

var fd = fs.openSync(file, 'w');
for (var off = 0; off < SIZE; off += PERIOD) {
    fs.writeSync(fd, block, 0, Math.min(PERIOD, SIZE - off));
}
fs.closeSync(fd);

var ticks = 0;       // interval callbacks while the read is in flight
var reading = false;
var result = null;

var timer = setInterval(function () {
    if (reading) {
        ticks++;
    }
}, 1);

// Start the read once the loop runs, from an immediate: not from a timer,
// whose timers pass could also run the interval late.
setImmediate(function () {
    reading = true;
    fs.readFile(file, function (err, data) {
        reading = false;
        clearInterval(timer);
        assert.ifError(err);
        result = data;
        check();
    });
    assert.strictEqual(ticks, 0);
});

function check() {
    assert.ok(Buffer.isBuffer(result));
    assert.strictEqual(result.length, SIZE);
    // Every 4099th byte (a prime stride: every offset modulo each 512 KiB
    // request is visited), and the last ones.
    for (var k = 0; k < SIZE; k += 4099) {
        if (result[k] !== byteAt(k)) {
            assert.fail('byte ' + k + ': got ' + result[k] + ', want ' +
                byteAt(k));
        }
    }
    for (k = SIZE - 16; k < SIZE; k++) {
        assert.strictEqual(result[k], byteAt(k), 'byte ' + k);
    }
    assert.ok(ticks >= 3, 'the interval fired ' + ticks +
        ' times while a 64 MiB readFile was in flight; want at least 3');
}

process.on('exit', function (code) {
    fs.rmSync(dir, { recursive: true, force: true });
    if (code === 0) {
        assert.notStrictEqual(result, null, 'readFile never called back');
    }
});
