'use strict';
// Differential test: Buffer.from/alloc/byteLength/concat and
// toString/write argument handling
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
var toPrim = {};
toPrim[Symbol.toPrimitive] = function () { return 'xyz'; };
var b = Buffer.from('hello');
t(function () { return Buffer.alloc(-1); });
t(function () { return Buffer.alloc('1'); });
t(function () { return Buffer.alloc(1.5); });
t(function () { return Buffer.alloc(NaN); });
t(function () { return Buffer.alloc(Math.pow(2, 33)); });
t(function () { return Buffer.alloc(3, 'ab'); });
t(function () { return Buffer.alloc(3, ''); });
t(function () { return Buffer.alloc(3, 'zz', 'hex'); });
t(function () { return Buffer.alloc(3, 'a', 'hex'); });
t(function () { return Buffer.alloc(3, 'ab', 'foo'); });
t(function () { return Buffer.alloc(3, 257); });
t(function () { return Buffer.alloc(3, -1); });
t(function () { return Buffer.alloc(3, 1.7); });
t(function () { return Buffer.alloc(3, true); });
t(function () { return Buffer.alloc(3, null); });
t(function () { return Buffer.alloc(3, {}); });
t(function () { return Buffer.alloc(3, Buffer.from('')); });
t(function () { return Buffer.alloc(3, new Uint8Array([1,2])); });
t(function () { return Buffer.from(); });
t(function () { return Buffer.from(null); });
t(function () { return Buffer.from(5); });
t(function () { return Buffer.from(true); });
t(function () { return Buffer.from(Symbol('x')); });
t(function () { return Buffer.from({}); });
t(function () { return Buffer.from({length: 2, 0: 5, 1: 300}); });
t(function () { return Buffer.from({length: 'x'}); });
t(function () { return Buffer.from({type: 'Buffer', data: [1,2,3]}); });
t(function () {
    return Buffer.from({valueOf: function () { return 'abc'; }});
});
t(function () { return Buffer.from(toPrim); });
t(function () { return Buffer.from(new String('abc')); });
t(function () { return Buffer.from('abc', 'foo'); });
t(function () { return Buffer.from('abc', 123); });
t(function () { return Buffer.from('abc', null); });
t(function () { return Buffer.from([1, 2, 'a', -1, 256, 1.5, '3', NaN]); });
var ab = new ArrayBuffer(8);
t(function () { return Buffer.from(ab, 9); });
t(function () { return Buffer.from(ab, 2, 7); });
t(function () { return Buffer.from(ab, -1); });
t(function () { return Buffer.from(ab, 2, -1); });
t(function () { return Buffer.from(ab, 'x', 'y'); });
t(function () { return Buffer.from(ab, 1.5, 2.5).length; });
t(function () { return Buffer.from(ab, '2', '3').length; });
t(function () { return Buffer.from(ab, NaN).length; });
t(function () { return Buffer.from(ab, 8).length; });
t(function () { return Buffer.from(ab, undefined, 2).length; });
t(function () { return Buffer.byteLength(); });
t(function () { return Buffer.byteLength(5); });
t(function () { return Buffer.byteLength('abc', 'foo'); });
t(function () { return Buffer.byteLength('abc', 5); });
t(function () { return Buffer.byteLength(new ArrayBuffer(5)); });
t(function () { return Buffer.byteLength(new Float64Array(2)); });
t(function () { return Buffer.byteLength(new DataView(new ArrayBuffer(3))); });
t(function () { return Buffer.concat(); });
t(function () { return Buffer.concat([1]); });
t(function () { return Buffer.concat([b, 'x']); });
t(function () { return Buffer.concat([b], -1); });
t(function () { return Buffer.concat([b], 2); });
t(function () { return Buffer.concat([b], 8); });
t(function () { return Buffer.concat([b], 'x'); });
t(function () { return Buffer.concat([], 3); });
t(function () { return Buffer.concat([new Uint8Array([1,2])]); });
t(function () { return Buffer.compare(b, 'x'); });
t(function () { return Buffer.compare('x', b); });
t(function () { return Buffer.isEncoding('UTF-8'); });
t(function () { return Buffer.isEncoding('Utf16LE'); });
t(function () { return Buffer.isEncoding(''); });
t(function () { return Buffer.isEncoding(5); });
t(function () { return Buffer.allocUnsafe(-1); });
t(function () { return Buffer.allocUnsafeSlow('x'); });
t(function () { return b.toString('foo'); });
t(function () { return b.toString('hex', -1, 100); });
t(function () { return b.toString('hex', 3, 1); });
t(function () { return b.toString('hex', '1', '3'); });
t(function () { return b.toString('hex', 1.5, 3.9); });
t(function () { return b.toString('hex', NaN, NaN); });
t(function () { return b.toString(undefined, 1); });
t(function () { return b.toString(null); });
t(function () { return b.toString(0); });
t(function () { return b.write(5); });
t(function () { return b.write('a', -1); });
t(function () { return b.write('a', 6); });
t(function () { return b.write('a', 1.5); });
t(function () { return b.write('a', '1'); });
t(function () { return b.write('a', 1, -1); });
t(function () { return b.write('a', 1, 10); });
t(function () { return b.write('a', 1, 'foo'); });
t(function () { return b.write('a', 'foo'); });
t(function () { return b.write('abc', 1, 1, 'ucs2'); });
t(function () { return b.write('abc', 5); });
t(function () { return b.write('abc', 5, 0); });
t(function () { return b.write('abc', undefined, 'hex'); });
