// writeFile of 100 MB writes every byte (one pool request; the loop
// retries short writes), in the callback and synchronous forms, and
// readFile reads it all back: checked byte for byte.
'use strict';
var assert = require('assert');
var fs = require('fs');

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-large-');
var file = dir + '/big';
var size = 100 * 1024 * 1024;

// 100 blocks of 1 MB: the same pseudo-random block, each stamped with its
// number, so a lost, repeated or shifted block is seen.
var MB = 1024 * 1024;
var block = Buffer.allocUnsafe(MB);
for (var i = 0; i < MB; i += 4) {
    block.writeUInt32LE((i * 2654435761) >>> 0, i);
}
var data = Buffer.allocUnsafe(size);
for (var k = 0; k < size / MB; k++) {
    block.copy(data, k * MB);
    data.writeUInt32LE(k + 1, k * MB);
}

// Compare the file with data in 1 MB reads.
function checkFile() {
    assert.strictEqual(fs.statSync(file).size, size);
    var fd = fs.openSync(file, 'r');
    var chunk = Buffer.alloc(1024 * 1024);
    for (var off = 0; off < size; off += chunk.length) {
        assert.strictEqual(fs.readSync(fd, chunk, 0, chunk.length, off),
            chunk.length);
        if (!chunk.equals(data.subarray(off, off + chunk.length))) {
            assert.fail('the file differs in the MB at ' + off);
        }
    }
    fs.closeSync(fd);
}

var finished = false;
fs.writeFile(file, data, function (err) {
    assert.strictEqual(err, null);
    checkFile();
    fs.readFile(file, function (err2, back) {
        assert.strictEqual(err2, null);
        assert.strictEqual(back.length, size);
        assert.ok(back.equals(data));
        back = null;
        fs.unlinkSync(file);
        fs.writeFileSync(file, data);
        checkFile();
        fs.rmSync(dir, { recursive: true });
        finished = true;
    });
});

process.on('exit', function () {
    assert.ok(finished, 'the writes finished');
});
