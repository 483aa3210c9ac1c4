/*
 * indexOf / lastIndexOf with needles long enough for the linear-time
 * search (over 32 units), checked against a plain reference search on
 * random two-letter texts (many near-matches), forward and backward, in
 * bytes and in UTF-16 code units; and an adversarial case that a naive
 * search would take minutes over.
 */
'use strict';

var assert = require('assert');

var seed = 7;
function random(n) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
}

function text(len) {
    var b = Buffer.alloc(len);
    for (var i = 0; i < len; i++) {
        b[i] = random(5) === 0 ? 0x62 : 0x61;
    }
    return b;
}

// Node's rules with a simple loop: the first match at or after from, or
// the last at or before it, stepping by unit bytes from the start.
function reference(h, n, from, forward, unit) {
    var count = Math.floor(h.length / unit);
    var m = Math.floor(n.length / unit);
    function matchAt(i) {
        for (var k = 0; k < m * unit; k++) {
            if (h[i * unit + k] !== n[k]) {
                return false;
            }
        }
        return true;
    }
    var i;
    if (forward) {
        for (i = Math.floor(from / unit); i + m <= count; i++) {
            if (matchAt(i)) {
                return i * unit;
            }
        }
        return -1;
    }
    for (i = Math.min(Math.floor(from / unit), count - m); i >= 0; i--) {
        if (matchAt(i)) {
            return i * unit;
        }
    }
    return -1;
}

for (var round = 0; round < 300; round++) {
    var h = text(200 + random(300));
    var m = 33 + random(40);
    var n;
    if (random(2) === 0) {
        // A piece of the haystack, so that there is a match.
        var at = random(h.length - m * 2);
        n = Buffer.from(h.subarray(at, at + m * 2 - random(2)));
    } else {
        n = text(m * 2);
    }
    var from = random(h.length);
    assert.strictEqual(h.indexOf(n, from), reference(h, n, from, true, 1),
        'indexOf round ' + round);
    assert.strictEqual(h.lastIndexOf(n, from),
        reference(h, n, from, false, 1), 'lastIndexOf round ' + round);
    var even = h.length - h.length % 2;
    var hu = h.subarray(0, even);
    var nu = n.subarray(0, n.length - n.length % 2);
    assert.strictEqual(hu.indexOf(nu, from, 'ucs2'),
        reference(hu, nu, from, true, 2), 'ucs2 indexOf round ' + round);
    assert.strictEqual(hu.lastIndexOf(nu, from, 'ucs2'),
        reference(hu, nu, from, false, 2), 'ucs2 lastIndexOf ' + round);
}

// aaaa...ab in aaaa...a: linear, not n * m.
var big = Buffer.alloc(1 << 20, 'a');
var needle = Buffer.alloc(100001, 'a');
needle[100000] = 0x62;
var t = Date.now();
assert.strictEqual(big.indexOf(needle), -1);
assert.strictEqual(big.lastIndexOf(Buffer.from(needle).reverse()), -1);
needle[100000] = 0x61;
assert.strictEqual(big.indexOf(needle, 5), 5);
assert.strictEqual(big.lastIndexOf(needle), big.length - needle.length);
assert.ok(Date.now() - t < 5000, 'took ' + (Date.now() - t) + ' ms');
console.log('ok');
