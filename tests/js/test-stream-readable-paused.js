// Readable in paused mode: a 'readable' listener stops the flow, even with
// 'data' listeners; 'readable' fires when data (or the end) is there, and
// read() returns everything buffered; removing the 'readable' listener lets
// 'data' listeners flow again.
'use strict';
var assert = require('assert');
var Readable = require('stream').Readable;

var r = new Readable({ read: function () {} });
var events = [];
r.on('data', function (chunk) { events.push('data ' + chunk); });
r.on('readable', function () {
    events.push('readable');
    var chunk;
    while ((chunk = r.read()) !== null) {
        events.push('read ' + chunk);
    }
});
assert.strictEqual(r.readableFlowing, false);
assert.strictEqual(r.isPaused(), true);

r.push('one');
r.push('two');
// Nothing is emitted inside push().
assert.deepStrictEqual(events, []);

setImmediate(function () {
    // One 'readable'; read() returned both chunks as one, and each read()
    // also emitted 'data'.
    assert.deepStrictEqual(events, ['readable', 'data onetwo',
        'read onetwo']);
    r.push(null);
});
r.on('end', function () { events.push('end'); });
process.on('exit', function () {
    assert.deepStrictEqual(events.slice(3), ['readable', 'end']);
});

// Removing the only 'readable' listener lets the 'data' listener flow.
var s = new Readable({ read: function () {} });
var got = [];
function onReadable() {}
s.on('readable', onReadable);
s.on('data', function (chunk) { got.push(String(chunk)); });
s.removeListener('readable', onReadable);
s.push('x');
setImmediate(function () {
    assert.strictEqual(s.readableFlowing, true);
    assert.deepStrictEqual(got, ['x']);
});

// 'readable' at the end of an empty stream, then read() gives null and
// 'end' follows.
var empty = new Readable({
    read: function () {
        this.push(null);
    }
});
var emptyLog = [];
empty.on('readable', function () {
    emptyLog.push('readable ' + empty.read());
});
empty.on('end', function () { emptyLog.push('end'); });
process.on('exit', function () {
    assert.deepStrictEqual(emptyLog, ['readable null', 'end']);
    assert.deepStrictEqual(got, ['x']);
});
