// process.stdin in paused mode ('readable' and read()) over a pipe with a
// lot of data: every byte arrives, in more than one chunk.  Run with
// 3000000 bytes of 'x' piped in (tests/js/meson.build).
'use strict';
var assert = require('assert');

var total = 0;
var chunks = 0;
var stdin = process.stdin;
stdin.on('readable', function () {
    var chunk;
    while ((chunk = stdin.read()) !== null) {
        assert.ok(Buffer.isBuffer(chunk));
        for (var i = 0; i < chunk.length; i += 4096) {
            assert.strictEqual(chunk[i], 0x78);
        }
        total += chunk.length;
        chunks++;
    }
});
stdin.on('end', function () {
    assert.strictEqual(total, 3000000);
    assert.ok(chunks > 1, 'read in more than one chunk');
    console.log('stdin readable ok');
});
