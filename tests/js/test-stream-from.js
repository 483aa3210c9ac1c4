// Readable.from: arrays, Sets, Maps and hand-made iterators become
// object-mode streams (highWaterMark 1 by default, options override);
// strings and Buffers are one chunk; promised values are awaited; null
// values and a throwing iterator destroy the stream; destroy() calls the
// iterator's return(). (Async iterables: test-stream-unsupported.js.)
'use strict';
var assert = require('assert');
var Readable = require('stream').Readable;

function collect(r, done) {
    var got = [];
    r.on('data', function (d) { got.push(d); });
    r.on('end', function () { done(null, got); });
    r.on('error', function (err) { done(err, got); });
}

var results = {};
function keep(name) {
    return function (err, got) {
        results[name] = err ? 'error ' + (err.code || err.message) : got;
    };
}

var arr = Readable.from([1, 2, 3]);
assert.strictEqual(arr.readableObjectMode, true);
assert.strictEqual(arr.readableHighWaterMark, 1);
collect(arr, keep('array'));
collect(Readable.from(new Set(['a', 'b'])), keep('set'));
collect(Readable.from(new Map([['k', 'v']])), keep('map'));
collect(Readable.from('abc'), keep('string'));
var bytesStream = Readable.from(typeof Buffer.from === 'function' ?
    Buffer.from('xy') : new Buffer('xy'));
collect(bytesStream, keep('buffer'));
collect(Readable.from([Promise.resolve('p1'), 'plain']), keep('promises'));
collect(Readable.from(['x', null, 'y']), keep('null'));

var opts = Readable.from([1], { objectMode: false, highWaterMark: 5 });
assert.strictEqual(opts.readableObjectMode, false);
assert.strictEqual(opts.readableHighWaterMark, 5);

// A hand-made iterator: next() throws on the second call.
var calls = 0;
var throwing = {};
throwing[Symbol.iterator] = function () {
    return {
        next: function () {
            if (++calls === 2) {
                throw new Error('iterator broke');
            }
            return { value: calls, done: false };
        }
    };
};
collect(Readable.from(throwing), keep('throwing'));

// destroy() gives the iterator its return().
var returned = false;
var closable = {};
closable[Symbol.iterator] = function () {
    return {
        next: function () { return { value: 'v', done: false }; },
        'return': function () {
            returned = true;
            return { done: true };
        }
    };
};
var endless = Readable.from(closable);
var endlessClosed = false;
endless.on('close', function () { endlessClosed = true; });
endless.destroy();

assert.throws(function () {
    Readable.from(42);
}, function (err) {
    return err.code === 'ERR_INVALID_ARG_TYPE';
});

process.on('exit', function () {
    assert.deepStrictEqual(results.array, [1, 2, 3]);
    assert.deepStrictEqual(results.set, ['a', 'b']);
    assert.deepStrictEqual(results.map, [['k', 'v']]);
    assert.deepStrictEqual(results.string, ['abc']);
    assert.strictEqual(results.buffer.length, 1);
    assert.strictEqual(results.buffer[0].toString(), 'xy');
    assert.deepStrictEqual(results.promises, ['p1', 'plain']);
    assert.strictEqual(results['null'], 'error ERR_STREAM_NULL_VALUES');
    assert.strictEqual(results.throwing, 'error iterator broke');
    assert.strictEqual(returned, true);
    assert.strictEqual(endlessClosed, true);
});
