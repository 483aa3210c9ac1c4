// Timeout objects: ref/unref/hasRef, refresh (also after firing), close,
// and the numeric id from Symbol.toPrimitive that clearTimeout accepts.
'use strict';
var assert = require('assert');

var t = setTimeout(function () { assert.fail('cleared by id'); }, 5);
var id = +t;
assert.strictEqual(typeof id, 'number');
assert.strictEqual(String(t), String(id));
clearTimeout(id);
assert.strictEqual(t._destroyed, true);

var u = setTimeout(function () { assert.fail('closed'); }, 5);
assert.strictEqual(u.close(), u);

var iv = setInterval(function () { assert.fail('cleared by string id'); },
    5);
clearInterval(String(iv[Symbol.toPrimitive]()));

var r = setTimeout(function () {}, 1000);
assert.strictEqual(r.hasRef(), true);
assert.strictEqual(r.unref(), r);
assert.strictEqual(r.hasRef(), false);
assert.strictEqual(r.ref(), r);
r.unref(); // leaving it unref'd: it must not keep the program alive

// refresh() restarts the countdown; a fired one-shot can be refreshed to
// run again.
var fired = 0;
var start = Date.now();
var f = setTimeout(function () {
    fired++;
    if (fired === 1) {
        assert.strictEqual(f._destroyed, true);
        assert.strictEqual(f.refresh(), f);
    }
}, 30);
setTimeout(function () { f.refresh(); }, 15);
setTimeout(function () {
    assert.strictEqual(fired, 0, 'refresh at 15 ms pushed it to 45 ms');
}, 35);
setTimeout(function () {
    assert.strictEqual(fired, 2);
    assert.ok(Date.now() - start >= 70);
}, 150);

// A stale native handle put back on a Timeout throws, never crashes.
var s = setTimeout(function () {}, 10);
var handle = s._handle;
clearTimeout(s);
s._handle = handle;
s._idleTimeout = 10;
assert.throws(function () { s.refresh(); }, {
    name: 'TypeError',
    code: 'ERR_INVALID_HANDLE',
    message: 'The Timer handle is closed'
});
s._handle = {};
assert.throws(function () { s.refresh(); }, {
    code: 'ERR_INVALID_HANDLE',
    message: 'The "handle" argument must be a Timer handle. ' +
        'Received an instance of Object'
});
s._handle = null;
