// Readable in flowing mode: a 'data' listener starts the flow on the next
// tick, chunks arrive in order, pause()/resume() stop and restart it with
// 'pause'/'resume' events, and 'end' then 'close' come once, after the
// last chunk.
'use strict';
var assert = require('assert');
var Readable = require('stream').Readable;

var chunks = ['a', 'b', 'c', 'd'];
var r = new Readable({
    read: function () {
        var self = this;
        setImmediate(function () {
            self.push(chunks.length ? chunks.shift() : null);
        });
    }
});

var log = [];
assert.strictEqual(r.readableFlowing, null);
assert.strictEqual(r.isPaused(), false);
r.on('data', function (chunk) {
    assert.ok(Buffer.isBuffer(chunk));
    log.push('data ' + chunk.toString());
    if (chunk.toString() === 'b') {
        r.pause();
        assert.strictEqual(r.isPaused(), true);
        assert.strictEqual(r.readableFlowing, false);
        setImmediate(function () {
            log.push('resume');
            r.resume();
        });
    }
});
// The flow starts on a later tick, so nothing was read yet.
assert.strictEqual(r.readableFlowing, true);
assert.deepStrictEqual(log, []);

r.on('pause', function () { log.push('pause event'); });
r.on('resume', function () { log.push('resume event'); });
r.on('end', function () {
    log.push('end');
    assert.strictEqual(r.readableEnded, true);
});
r.on('close', function () {
    log.push('close');
    assert.strictEqual(r.destroyed, true);
});

process.on('exit', function () {
    assert.deepStrictEqual(log, ['resume event', 'data a', 'data b',
        'pause event', 'resume', 'resume event', 'data c', 'data d', 'end',
        'close']);
});

// A second stream: resume() without listeners drains and ends it.
var drained = new Readable({
    read: function () {
        this.push(null);
    }
});
var drainedEnd = false;
drained.on('end', function () { drainedEnd = true; });
drained.resume();
process.on('exit', function () {
    assert.strictEqual(drainedEnd, true);
});

// A pause() before adding 'data' keeps the stream paused.
var held = new Readable({
    read: function () {
        this.push('x');
        this.push(null);
    }
});
held.pause();
var heldData = 0;
held.on('data', function () { heldData++; });
setImmediate(function () {
    assert.strictEqual(heldData, 0);
    assert.strictEqual(held.readableFlowing, false);
    held.resume();
});
process.on('exit', function () {
    assert.strictEqual(heldData, 1);
});
