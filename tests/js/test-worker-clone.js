// Every cloneable type survives a round trip through a worker, cycles and
// shared references included; functions and symbols throw DataCloneError.
'use strict';
var assert = require('assert');
var path = require('path');
var Worker = require('worker_threads').Worker;

var cyclic = { name: 'c' };
cyclic.self = cyclic;
var shared = { s: 1 };
var arr = [1, , 3];
arr.extra = 'x';
var ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
var map = new Map([[1, 'one'], ['k', { v: 2 }]]);
map.set('me', map);
var err = new RangeError('bad range');

var cases = [
    undefined, null, true, false, 0, -0, 1.5, NaN, Infinity, 'text',
    'unicode \u00e9\u4e2d\ud83d\ude00', '', { a: 1, b: { c: [1, 2] } },
    [1, 'two', [3]], arr, new Date(86400000), /ab+c/gi,
    map, new Set([1, 'a', null]), err, new TypeError('t'), new Error('e'),
    ab, new Uint8Array([1, 2, 255]), new Int16Array([-2, 3]),
    new Float64Array([0.5, -1e300]), new DataView(ab, 2, 4),
    Buffer.from('buf'), cyclic, { x: shared, y: shared }, [cyclic, cyclic]
];

function check(sent, got) {
    if (sent instanceof Error) {
        assert.strictEqual(Object.getPrototypeOf(got),
            Object.getPrototypeOf(sent));
        assert.strictEqual(got.message, sent.message);
        assert.strictEqual(typeof got.stack, 'string');
    } else if (Buffer.isBuffer(sent)) {
        assert.ok(got instanceof Uint8Array);
        assert.ok(!Buffer.isBuffer(got));
        assert.strictEqual(Buffer.from(got).toString(), sent.toString());
    } else if (sent === cyclic) {
        assert.strictEqual(got.self, got);
        assert.strictEqual(got.name, 'c');
    } else if (sent instanceof Map && sent.has('me')) {
        assert.strictEqual(got.get('me'), got);
        assert.deepStrictEqual(got.get('k'), { v: 2 });
    } else if (sent instanceof DataView) {
        assert.ok(got instanceof DataView);
        assert.strictEqual(got.byteOffset, 2);
        assert.strictEqual(got.getUint8(0), 3);
        assert.strictEqual(got.buffer.byteLength, 8);
    } else if (Array.isArray(sent) && sent[0] === cyclic) {
        assert.strictEqual(got[0], got[1]);
        assert.strictEqual(got[0].self, got[0]);
    } else if (sent && sent.x === shared) {
        assert.strictEqual(got.x, got.y);
    } else if (sent === arr) {
        assert.strictEqual(got.length, 3);
        assert.ok(!(1 in got));
        assert.strictEqual(got.extra, 'x');
    } else {
        assert.deepStrictEqual(got, sent);
    }
}

var w = new Worker(path.join(__dirname, '..', 'fixtures', 'worker',
    'echo.js'));
var i = 0;
[function f() {}, Symbol('s'), { f: function () {} }].forEach(function (v) {
    assert.throws(function () { w.postMessage(v); }, function (e) {
        return e.name === 'DataCloneError' &&
            / could not be cloned\.$/.test(e.message);
    });
});

w.on('message', function (got) {
    check(cases[i], got);
    i++;
    if (i === cases.length) {
        w.postMessage('stop');
    }
});
cases.forEach(function (v) { w.postMessage(v); });
w.on('exit', function (code) {
    assert.strictEqual(code, 0);
    assert.strictEqual(i, cases.length);
    console.log('ok', i);
});
