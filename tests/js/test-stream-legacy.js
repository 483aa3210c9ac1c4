// stream.Stream: the module itself is the legacy Stream constructor, an
// EventEmitter with the old pipe(): 'data' is written to the destination,
// the source pauses when write() returns false and resumes on 'drain',
// and the destination is ended on 'end' (or destroyed on 'close').
'use strict';
var assert = require('assert');
var EventEmitter = require('events');
var stream = require('stream');

assert.strictEqual(stream, stream.Stream);
assert.strictEqual(require('node:stream'), stream);
var s = new stream();
assert.ok(s instanceof EventEmitter);
assert.ok(new stream.Readable() instanceof stream.Stream);
assert.ok(new stream.Writable() instanceof stream.Stream);

// A hand-made source and destination.
var src = new stream.Stream();
src.readable = true;
var paused = 0;
var resumed = 0;
src.pause = function () { paused++; };
src.resume = function () { resumed++; };

var dst = new stream.Stream();
dst.writable = true;
var written = [];
var full = false;
dst.write = function (chunk) {
    written.push(chunk);
    return !full;
};
var ended = 0;
dst.end = function () { ended++; };

var pipedFrom = null;
dst.on('pipe', function (source) { pipedFrom = source; });
assert.strictEqual(src.pipe(dst), dst);
assert.strictEqual(pipedFrom, src);

src.emit('data', 'one');
full = true;
src.emit('data', 'two');
assert.strictEqual(paused, 1);
dst.emit('drain');
assert.strictEqual(resumed, 1);
src.emit('end');
src.emit('end');
assert.deepStrictEqual(written, ['one', 'two']);
assert.strictEqual(ended, 1);
// Cleaned up after 'end': more data goes nowhere.
src.emit('data', 'three');
assert.strictEqual(written.length, 2);

// 'close' without 'end' destroys the destination.
var src2 = new stream.Stream();
var dst2 = new stream.Stream();
dst2.write = function () { return true; };
var destroyed = 0;
dst2.destroy = function () { destroyed++; };
src2.pipe(dst2);
src2.emit('close');
assert.strictEqual(destroyed, 1);

// An error with no other listener is re-thrown by the pipe.
var src3 = new stream.Stream();
var dst3 = new stream.Stream();
dst3.write = function () { return true; };
src3.pipe(dst3);
assert.throws(function () {
    src3.emit('error', new Error('unhandled'));
}, /unhandled/);
