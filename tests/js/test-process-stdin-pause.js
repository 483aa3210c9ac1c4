// A paused stdin does not keep the process alive, nor does one that is
// never read.  Run with a writer that sends 200000 bytes, then keeps the
// pipe open for seconds (tests/js/meson.build): the process must end long
// before the writer does.  The argument says what the program does:
//   full    reads, pauses in its first 'data', and stops once the
//           Readable's buffer is full (as Node: up to highWaterMark more)
//   early   pauses before any data came
//   unread  never touches stdin's data
'use strict';
var assert = require('assert');

var stdin = process.stdin;
var mode = process.argv[2];
var seen = 0;
if (mode === 'full') {
    stdin.on('data', function (chunk) {
        seen += chunk.length;
        stdin.pause();
    });
} else if (mode === 'early') {
    stdin.on('data', function () {
        assert.fail('paused before any data');
    });
    stdin.pause();
} else {
    assert.strictEqual(mode, 'unread');
}
process.on('exit', function () {
    if (mode === 'full') {
        assert.ok(seen > 0 && seen < 200000, String(seen));
        assert.ok(stdin.readableLength >= stdin.readableHighWaterMark);
        assert.ok(seen + stdin.readableLength < 200000);
    }
    assert.notStrictEqual(stdin.readableFlowing, true);
    console.log('pause ok: ' + mode);
});
