// A large file copied through a Transform: 32 MiB of pseudo-random bytes
// go fs.createReadStream -> a Transform that XORs every 32-bit word with
// a key -> fs.createWriteStream, through stream.pipeline.  The output's
// checksum must equal the checksum of the expected bytes, computed
// independently while the input was generated; sizes, bytesRead and
// bytesWritten are checked too.  And under nodule the copy must not hold
// the file in memory: what the JS heap holds (Buffers included) may grow
// by at most a quarter of the file while it runs, where a chunk kept
// alive per read (for instance by a closure, which Duktape frees only at
// its next mark-and-sweep, not by reference counting) would pile up to
// the whole file.  Node's collector frees Buffers when it sees fit (tens
// of MB pile up here), so there this check does not apply.
//
// The checksum is Fletcher's sum over 32-bit words (s1 += word, s2 +=
// s1, both modulo 2^32): order-sensitive, so a chunk lost, repeated or
// reordered changes it.  Words, not bytes, keep the JS loops short.
// Words are read and written through Uint32Arrays on both sides, so the
// machine's byte order cancels out.
'use strict';
var assert = require('assert');
var fs = require('fs');
var stream = require('stream');

var SIZE = 32 * 1024 * 1024;
var PIECE = 1024 * 1024;   // bytes generated and written per step
var KEY = 0x5a3cc3a5;      // the Transform XORs every word with it
var MAX_GROWTH = SIZE / 4; // bytes of memory the copy may add

var dir = fs.mkdtempSync((process.env.TMPDIR || '/tmp') + '/nodule-xcopy-');
var input = dir + '/in';
var output = dir + '/out';

function Fletcher() {
    this.s1 = 0;
    this.s2 = 0;
}
Fletcher.prototype.add = function (words, count) {
    var s1 = this.s1;
    var s2 = this.s2;
    for (var i = 0; i < count; i++) {
        s1 = (s1 + words[i]) >>> 0;
        s2 = (s2 + s1) >>> 0;
    }
    this.s1 = s1;
    this.s2 = s2;
};
Fletcher.prototype.hex = function () {
    return ('0000000' + this.s1.toString(16)).slice(-8) +
        ('0000000' + this.s2.toString(16)).slice(-8);
};

// The input: a block of BLOCK_WORDS pseudo-random words (xorshift32),
// repeated.  BLOCK_WORDS is prime, so no two 64 KiB chunks of the file
// hold the same bytes: a chunk read, written or passed on at the wrong
// place changes the output.
var BLOCK_WORDS = 65521;
var block = Buffer.alloc(BLOCK_WORDS * 4);
var blockWords = new Uint32Array(block.buffer, block.byteOffset, BLOCK_WORDS);
var blockXored = new Uint32Array(BLOCK_WORDS); // what the Transform makes
(function generate() {
    var x = 2463534242;
    for (var i = 0; i < BLOCK_WORDS; i++) {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        blockWords[i] = x;
        blockXored[i] = x ^ KEY;
    }
    var fd = fs.openSync(input, 'w');
    for (var off = 0; off < SIZE; off += block.length) {
        fs.writeSync(fd, block, 0, Math.min(block.length, SIZE - off));
    }
    fs.closeSync(fd);
}());

// The checksum the first `bytes` bytes of the output must have, worked
// out from the block rather than from any file: a whole block adds its
// own sums, s1 += S1 and s2 += n * s1 + S2 (all modulo 2^32), and the
// last, partial block is summed word by word.
function expectedChecksum(bytes) {
    var whole = new Fletcher();
    whole.add(blockXored, BLOCK_WORDS);
    var sum = new Fletcher();
    var words = bytes / 4;
    for (; words >= BLOCK_WORDS; words -= BLOCK_WORDS) {
        sum.s2 = (sum.s2 + (BLOCK_WORDS * sum.s1) % 4294967296 +
            whole.s2) % 4294967296;
        sum.s1 = (sum.s1 + whole.s1) % 4294967296;
    }
    sum.add(blockXored, words);
    return sum.hex();
}

// Memory held by the JS heap and its Buffers (nodule counts Buffers in
// heapUsed; node counts them apart, in arrayBuffers).
function heldBytes() {
    var m = process.memoryUsage();
    return m.heapUsed + (m.arrayBuffers || 0);
}
var heldMax = 0;

// XOR each whole word with KEY.  Chunks may come in any length and at
// any byte offset: up to 3 bytes left over wait for the next chunk, and
// each chunk is copied into an aligned buffer before the words are seen.
function xorWords() {
    var carry = Buffer.alloc(0);
    var chunks = 0;
    var t = new stream.Transform({
        transform: function (chunk, enc, cb) {
            chunks++;
            heldMax = Math.max(heldMax, heldBytes());
            var total = carry.length + chunk.length;
            var whole = total - total % 4;
            var out = Buffer.alloc(whole);
            carry.copy(out, 0);
            chunk.copy(out, carry.length, 0, whole - carry.length);
            carry = Buffer.from(chunk.slice(whole - carry.length));
            var words = new Uint32Array(out.buffer, out.byteOffset,
                whole / 4);
            for (var i = 0; i < words.length; i++) {
                words[i] ^= KEY;
            }
            // Every 8th chunk completes later, as a slow transform would.
            if (chunks % 8 === 0) {
                setImmediate(cb, null, out);
            } else {
                cb(null, out);
            }
        },
        flush: function (cb) {
            assert.strictEqual(carry.length, 0, 'bytes left over');
            cb();
        }
    });
    t.chunks = function () { return chunks; };
    return t;
}

// The output's checksum, computed from the file, which must be `size`
// bytes long.
function checksumOf(path, size) {
    var sum = new Fletcher();
    var piece = Buffer.alloc(PIECE);
    var words = new Uint32Array(piece.buffer, piece.byteOffset, PIECE / 4);
    var fd = fs.openSync(path, 'r');
    var total = 0;
    var n;
    while ((n = fs.readSync(fd, piece, 0, PIECE, null)) > 0) {
        assert.strictEqual(n % 4, 0);
        sum.add(words, n / 4);
        total += n;
    }
    fs.closeSync(fd);
    assert.strictEqual(total, size);
    return sum.hex();
}

// One copy of the first `bytes` bytes, input -> xorWords() -> output.
// With `batched`, the
// WriteStream is corked for every 8 writes, so they go out as one _writev
// (its highWaterMark is raised so that 8 chunks fit: write() keeps saying
// yes while corked), and each write gets a callback, which must be called
// once.  Counts the _writev calls.
function copy(label, bytes, batched, next) {
    heldMax = 0;
    var heldBefore = heldBytes();
    var rs = fs.createReadStream(input, { end: bytes - 1 });
    var xf = xorWords();
    var ws = fs.createWriteStream(output, batched ?
        { highWaterMark: 1024 * 1024 } : {});
    var batches = 0;
    var writev = ws._writev;
    ws._writev = function (chunks, cb) {
        batches++;
        return writev.call(this, chunks, cb);
    };
    var writes = 0;
    var calledBack = 0;
    if (batched) {
        var write = ws.write;
        var written = function (err) {
            assert.ifError(err);
            calledBack++;
        };
        ws.write = function (chunk) {
            if (writes % 8 === 0) {
                this.cork();
            }
            var ok = write.call(this, chunk, written);
            if (++writes % 8 === 0) {
                this.uncork();
            }
            return ok;
        };
    }

    stream.pipeline(rs, xf, ws, function (err) {
        assert.ifError(err);
        assert.strictEqual(rs.bytesRead, bytes, label);
        assert.strictEqual(ws.bytesWritten, bytes, label);
        assert.ok(rs.destroyed && ws.destroyed, label + ': streams closed');
        // 64 KiB reads by default.
        assert.ok(xf.chunks() >= bytes / (64 * 1024), label + ': chunks ' +
            xf.chunks());
        assert.strictEqual(fs.statSync(output).size, bytes, label);
        assert.strictEqual(calledBack, writes, label + ': write callbacks');
        assert.strictEqual(checksumOf(output, bytes),
            expectedChecksum(bytes), label + ': checksum of the output');
        if (process.release.name === 'nodule') {
            assert.ok(heldMax - heldBefore <= MAX_GROWTH, label +
                ': memory grew by ' + (heldMax - heldBefore) +
                ' bytes during the copy; want <= ' + MAX_GROWTH);
        }
        next(batches);
    });
}

var outcome = [];

// The whole file, then its first half with batched writes.
copy('one chunk per write', SIZE, false, function () {
    outcome.push('single');
    copy('batched writes', SIZE / 2, true, function (batches) {
        // At least the first 8 writes go as one batch (how later groups
        // merge depends on when the writes in flight finish).
        assert.ok(batches >= 1, 'batches: ' + batches);
        outcome.push('batched');
    });
});

process.on('exit', function (code) {
    fs.rmSync(dir, { recursive: true, force: true });
    if (code === 0) {
        assert.deepStrictEqual(outcome, ['single', 'batched'],
            'copies completed');
    }
});
