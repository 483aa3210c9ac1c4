// PassThrough: chunks come out exactly as written, in both byte and object
// mode, and it ends after its writable side is ended and drained.
'use strict';
var assert = require('assert');
var stream = require('stream');

var p = new stream.PassThrough();
assert.ok(p instanceof stream.Transform);
p.write('abc');
p.write(new Uint8Array([100]));
p.end('ef');
var bytes = [];
p.on('data', function (d) {
    assert.ok(Buffer.isBuffer(d));
    bytes.push(d.toString());
});

var o = stream.PassThrough({ objectMode: true });
var things = [{ a: 1 }, [2], 'three', 4];
things.forEach(function (x) { o.write(x); });
o.end();
var seen = [];
o.on('data', function (x) { seen.push(x); });

var ends = 0;
p.on('end', function () { ends++; });
o.on('end', function () { ends++; });

process.on('exit', function () {
    assert.deepStrictEqual(bytes, ['abc', 'd', 'ef']);
    assert.strictEqual(seen.length, 4);
    assert.strictEqual(seen[0], things[0]);
    assert.deepStrictEqual(seen, things);
    assert.strictEqual(ends, 2);
});
