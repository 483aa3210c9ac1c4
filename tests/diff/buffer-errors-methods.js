'use strict';
// Differential test: fill/copy/compare/slice/swap argument handling
// Each line prints the result of one call, or the error it throws (name,
// code, message).  Compared byte for byte with Node 20's output.
var util = require('util');
var kMax = require('buffer').kMaxLength;

// Messages that quote kMaxLength differ by design (nodule's is Duktape's
// limit): show it as K.
function norm(s) {
    s = String(s);
    var plain = String(kMax);
    var sep = plain.replace(/\B(?=(\d{3})+(?!\d))/g, '_');
    return s.split(plain).join('K').split(sep).join('K')
        .split('4294967296').join('K').split('4_294_967_296').join('K');
}

function t(f) {
    try {
        var r = f();
        console.log('ok', typeof r === 'object' && r !== null ?
            util.inspect(r) : r);
    } catch (e) {
        console.log(e.name, e.code, norm(e.message));
    }
}
var b = Buffer.from('hello');
t(function () { return Buffer.alloc(5).fill('ab', 1); });
t(function () { return Buffer.alloc(5).fill('ab', 1, 3); });
t(function () { return Buffer.alloc(5).fill('ab', 'latin1'); });
t(function () { return Buffer.alloc(5).fill('ab', 1, 'latin1'); });
t(function () { return Buffer.alloc(5).fill('abzz', 'hex'); });
t(function () { return Buffer.alloc(5).fill('', 1); });
t(function () { return Buffer.alloc(5, 1).fill('', 1); });
t(function () { return Buffer.alloc(5).fill(1, -1); });
t(function () { return Buffer.alloc(5).fill(1, 6); });
t(function () { return Buffer.alloc(5).fill(1, 0, 6); });
t(function () { return Buffer.alloc(5).fill(1, 3, 2); });
t(function () { return Buffer.alloc(5).fill(1, 1.5); });
t(function () { return Buffer.alloc(5).fill(1, '1'); });
t(function () { return Buffer.alloc(5).fill(1, 1, '3'); });
t(function () { return Buffer.alloc(5).fill(1, 1, 3, 'foo'); });
t(function () { return Buffer.alloc(5).fill('a', 1, 3, 'foo'); });
t(function () { return Buffer.alloc(5).fill('a', 1, 3, 5); });
t(function () { return Buffer.alloc(5).fill('\u0222'); });
t(function () { return Buffer.alloc(5).fill('\u0222', 'ascii'); });
t(function () { return Buffer.alloc(5).fill('\u0222a', 'ucs2'); });
t(function () { return Buffer.alloc(5).fill('a', 'ucs2'); });
t(function () { return Buffer.alloc(5).fill(b.subarray(1,3)); });
t(function () { return Buffer.alloc(5).fill(new Uint16Array([0x102])); });
t(function () { return Buffer.alloc(5).fill(null); });
t(function () { return Buffer.alloc(5).fill(undefined); });
t(function () { return Buffer.alloc(5).fill({}); });
t(function () { return Buffer.alloc(5).fill(true); });
t(function () { return Buffer.alloc(5).fill(-129); });
t(function () { return b.copy(Buffer.alloc(3)); });
t(function () { return b.copy(Buffer.alloc(10), 2, 1, 3); });
t(function () { return b.copy(Buffer.alloc(10), -1); });
t(function () { return b.copy(Buffer.alloc(10), 11); });
t(function () { return b.copy(Buffer.alloc(10), 0, -1); });
t(function () { return b.copy(Buffer.alloc(10), 0, 6); });
t(function () { return b.copy(Buffer.alloc(10), 0, 2, 1); });
t(function () { return b.copy(Buffer.alloc(10), 0, 0, 100); });
t(function () { return b.copy(Buffer.alloc(10), 0, 0, -1); });
t(function () { return b.copy(Buffer.alloc(10), '1'); });
t(function () { return b.copy(Buffer.alloc(10), 1.5); });
t(function () { return b.copy(Buffer.alloc(10), NaN, NaN); });
t(function () { return b.copy('x'); });
t(function () { return b.copy(new Uint16Array(3)); });
t(function () { return b.copy(Buffer.alloc(10), 0, '1', '3'); });
t(function () { return b.copy(Buffer.alloc(10), undefined, undefined, 2); });
t(function () { return b.copy(Buffer.alloc(10), 0, 5); });
t(function () { return b.copy(Buffer.alloc(10), 10); });
t(function () { var x = Buffer.from('abcdef'); x.copy(x, 2); return x; });
t(function () { var x = Buffer.from('abcdef'); x.copy(x, 0, 2); return x; });
t(function () { return b.equals('x'); });
t(function () { return b.equals(new Uint8Array([104,101,108,108,111])); });
t(function () { return b.compare(Buffer.from('hellp')); });
t(function () { return b.compare(Buffer.from('hell')); });
t(function () { return b.compare(Buffer.from('abc'), 1, 2); });
t(function () { return b.compare(Buffer.from('abc'), -1); });
t(function () { return b.compare(Buffer.from('abc'), 0, 4); });
t(function () { return b.compare(Buffer.from('abc'), 0, 3, -1); });
t(function () { return b.compare(Buffer.from('abc'), 0, 3, 0, 6); });
t(function () { return b.compare(Buffer.from('abc'), 2, 1); });
t(function () { return b.compare(Buffer.from('abc'), 0, 3, 3, 2); });
t(function () { return b.compare(Buffer.from('abc'), '1'); });
t(function () { return b.compare(Buffer.from('abc'), 1.5); });
t(function () { return b.compare(Buffer.from('ell'), 0, 3, 1, 4); });
t(function () {
    return b.compare(Buffer.from('ell'), undefined, undefined, 1, 4);
});
t(function () { return b.compare('x'); });
t(function () { return b.slice(-3); });
t(function () { return b.slice(-3, -1); });
t(function () { return b.slice(1.7, 3.2); });
t(function () { return b.slice('1', '3'); });
t(function () { return b.slice(3, 1); });
t(function () { return b.slice(NaN, 2); });
t(function () { return b.slice(0, Infinity); });
t(function () { return b.slice(-Infinity); });
t(function () { return b.subarray(1, 3); });
t(function () { return b.subarray(-2); });
t(function () { return b.subarray('1'); });
t(function () { return b.swap16(); });
t(function () { return Buffer.from('abcd').swap16(); });
t(function () { return Buffer.from('abcd').swap32(); });
t(function () { return Buffer.from('abcdefgh').swap64(); });
t(function () { return Buffer.from('abc').swap32(); });
t(function () {
    return Buffer.from(new Array(5).join('abcdefgh12345678')).swap16();
});
t(function () { return b.toJSON(); });
t(function () { return JSON.stringify(Buffer.from([1,2])); });
t(function () { return b.toLocaleString === b.toString; });
t(function () { return b.inspect(); });
t(function () { return b.parent === b.buffer; });
t(function () { return Buffer.from('x').toString('hex', 0, 10); });
t(function () { return Buffer.from([1,2,3]).includes(2); });
t(function () { return Buffer.of(1, 2, 300); });
t(function () { return Buffer.copyBytesFrom(new Uint16Array([1,2,3]), 1, 1); });
t(function () { return Buffer.copyBytesFrom(new Uint16Array([1,2,3]), -1); });
t(function () { return Buffer.copyBytesFrom([1]); });
t(function () { return Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 1); });
t(function () { return Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 5); });
t(function () {
    return Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 0, 'x');
});
