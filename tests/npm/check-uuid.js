// uuid (3.x) under nodule: v4 from crypto.randomBytes, v1 time-based,
// v3/v5 name-based (md5/sha1 through crypto.createHash), buffers.
'use strict';
var assert = require('assert');
var uuid = require('uuid');
var v1 = require('uuid/v1');
var v3 = require('uuid/v3');
var v4 = require('uuid/v4');
var v5 = require('uuid/v5');

var V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
var V1 = /^[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

var seen = {};
var i;
for (i = 0; i < 200; i++) {
    var id = uuid();
    assert.ok(V4.test(id), 'v4 format: ' + id);
    assert.ok(!seen[id], 'v4 repeated: ' + id);
    seen[id] = true;
}
assert.strictEqual(uuid.v4, v4);
console.log('v4 random', 'ok');

// Fixed random bytes give a fixed id.
var bytes = [];
for (i = 0; i < 16; i++) {
    bytes.push(i * 17);
}
console.log('v4 fixed', v4({ random: bytes }), v4({ rng: function () {
    return bytes.slice().reverse();
} }));
var buf = new Array(20);
v4({ random: bytes }, buf, 2);
console.log('v4 buffer', JSON.stringify(buf));

var first = v1();
var second = v1();
assert.ok(V1.test(first) && V1.test(second), 'v1 format');
assert.notStrictEqual(first, second);
console.log('v1 random node', 'ok');
console.log('v1 fixed', v1({
    node: [0x01, 0x23, 0x45, 0x67, 0x89, 0xab],
    clockseq: 0x1234,
    msecs: Date.UTC(2011, 10, 1),
    nsecs: 5678
}));

console.log('v5', v5('hello.example.com', v5.DNS), v5('http://example.com/hello', v5.URL),
    v5('hello', '1b671a64-40d5-491e-99b0-da01ff1f3341'));
console.log('v3', v3('hello.example.com', v3.DNS), v3('http://example.com/hello', v3.URL));
console.log('v5 bytes', v5([104, 105], v5.DNS));
console.log('done');
