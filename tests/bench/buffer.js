'use strict';
// buffer.js - Buffer's hot paths, timed.  A benchmark, not a test: it
// prints the mean time per operation in ms and never fails on them.
//
//   build/nodule tests/bench/buffer.js
//   node tests/bench/buffer.js
//
// Run both and compare the columns (tests/bench/buffer.sh does, and
// prints the ratios).

function now() {
    var t = process.hrtime();
    return t[0] * 1e3 + t[1] / 1e6;
}

// Mean ms per call of fn, over enough calls to last about 200 ms.
function time(name, fn) {
    var runs = 0;
    var start = now();
    var elapsed = 0;
    fn(); // warm up
    start = now();
    while (elapsed < 200) {
        fn();
        runs++;
        elapsed = now() - start;
    }
    console.log(name + ' ' + (elapsed / runs).toFixed(4));
}

var MB = 1024 * 1024;
var ascii = new Array(MB / 16 + 1).join('abcdefghijklmnop');
var mixed = new Array(MB / 16 + 1).join('abc\u00e9\u20acdefgh\u00fcijk');
var emoji = new Array(MB / 16 + 1).join('abcdefghijkl\ud83d\ude00');
var asciiBuf = Buffer.from(ascii);
var mixedBuf = Buffer.from(mixed);
var base64 = asciiBuf.toString('base64');
var hex = asciiBuf.toString('hex');
var needle = Buffer.from('zzz');
var small = Buffer.from('hello world');
var sink = 0;

time('from-ascii-1MB', function () { sink += Buffer.from(ascii).length; });
time('from-mixed-1MB', function () { sink += Buffer.from(mixed).length; });
time('from-emoji-1MB', function () { sink += Buffer.from(emoji).length; });
time('toString-ascii-1MB', function () { sink += asciiBuf.toString().length; });
time('toString-mixed-1MB', function () { sink += mixedBuf.toString().length; });
time('toString-latin1-1MB', function () {
    sink += mixedBuf.toString('latin1').length;
});
time('toString-hex-1MB', function () {
    sink += asciiBuf.toString('hex').length;
});
time('from-hex-1MB', function () { sink += Buffer.from(hex, 'hex').length; });
time('toString-base64-1MB', function () {
    sink += asciiBuf.toString('base64').length;
});
time('from-base64-1MB', function () {
    sink += Buffer.from(base64, 'base64').length;
});
time('byteLength-mixed-1MB', function () { sink += Buffer.byteLength(mixed); });
time('indexOf-miss-1MB', function () { sink += asciiBuf.indexOf(needle); });
time('concat-16x64KB', function () {
    var parts = [];
    for (var i = 0; i < 16; i++) {
        parts.push(asciiBuf.subarray(i * 65536, (i + 1) * 65536));
    }
    sink += Buffer.concat(parts).length;
});
time('alloc-64B-x1000', function () {
    for (var i = 0; i < 1000; i++) {
        sink += Buffer.alloc(64).length;
    }
});
time('from-small-x1000', function () {
    for (var i = 0; i < 1000; i++) {
        sink += Buffer.from('hello world').length;
    }
});
time('toString-small-x1000', function () {
    for (var i = 0; i < 1000; i++) {
        sink += small.toString().length;
    }
});
time('slice-x1000', function () {
    for (var i = 0; i < 1000; i++) {
        sink += asciiBuf.slice(i, i + 10).length;
    }
});
time('readUInt32LE-x1000', function () {
    for (var i = 0; i < 1000; i++) {
        sink += asciiBuf.readUInt32LE(i);
    }
});
time('writeDoubleLE-x1000', function () {
    for (var i = 0; i < 1000; i++) {
        asciiBuf.writeDoubleLE(i * 1.5, 8);
    }
});
if (sink === 0) {
    console.log('unreachable');
}
