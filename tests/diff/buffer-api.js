'use strict';
// Differential test: Buffer's statics, its shape as a Uint8Array
// subclass, inspect output and the rest of require('buffer'), compared
// with Node 20.
var buffer = require('buffer');
var util = require('util');

function show(f) {
    try {
        var r = f();
        return typeof r === 'object' && r !== null ? util.inspect(r) :
            String(r);
    } catch (e) {
        return e.name + ' ' + e.code + ' ' + e.message;
    }
}

// ---- shape ------------------------------------------------------------------

var b = Buffer.from('hello');
console.log(b instanceof Buffer, b instanceof Uint8Array,
    Object.getPrototypeOf(b) === Buffer.prototype,
    Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype,
    Object.getPrototypeOf(Buffer) === Uint8Array,
    Buffer.prototype.constructor === Buffer, b.constructor.name,
    Object.prototype.toString.call(b), ArrayBuffer.isView(b),
    Buffer.name, Buffer.length, typeof Buffer.poolSize);
console.log(Buffer.isBuffer(b), Buffer.isBuffer(new Uint8Array(1)),
    Buffer.isBuffer('x'), Buffer.isBuffer(null), Buffer.isBuffer());
console.log(String(b), b + '!', JSON.stringify(b),
    JSON.stringify({ x: Buffer.from([1, 2]) }));
console.log(Buffer.from(JSON.parse(JSON.stringify(b))).toString());
var keys = [];
for (var k in Buffer.from('ab')) {
    keys.push(k);
}
console.log(keys.join(','));
console.log(buffer.Buffer === Buffer, Object.keys(buffer).join(','));

// ---- from ------------------------------------------------------------------

var ab = new ArrayBuffer(8);
var onAb = Buffer.from(ab, 2, 4);
new Uint8Array(ab)[3] = 9;
console.log(onAb, onAb.byteOffset, onAb.buffer === ab, onAb.length);
console.log(Buffer.from(ab).length, Buffer.from(ab, 6).length,
    show(function () { return Buffer.from(ab, 1.5, 2.5).byteOffset; }));
var u16 = new Uint16Array([1, 258, 65535]);
console.log(Buffer.from(u16), Buffer.from(u16.buffer), Buffer.from([1.5, -1,
    256, '7', 'x', null]), Buffer.from({ length: 3, 0: 1, 2: 3 }));
var copy = Buffer.from(b);
copy[0] = 0x48;
console.log(b.toString(), copy.toString(), Buffer.from(new Uint8Array([7])));
console.log(Buffer.from(new String('str')), Buffer.from({
    valueOf: function () { return 'vo'; }
}), Buffer.from({ valueOf: function () { return [1, 2]; } }));
console.log(Buffer.of(), Buffer.of(1, 2, 257), Buffer.copyBytesFrom(u16),
    Buffer.copyBytesFrom(u16, 1), Buffer.copyBytesFrom(u16, 1, 1),
    Buffer.copyBytesFrom(u16, 3), Buffer.copyBytesFrom(new Float32Array([1])));
console.log(Buffer.alloc(4), Buffer.alloc(4, 1), Buffer.alloc(4, 'ab'),
    Buffer.alloc(4, 'YWI=', 'base64'), Buffer.allocUnsafe(3).length,
    Buffer.allocUnsafeSlow(2).length, Buffer.alloc(2.5).length,
    Buffer(3), new Buffer('abc'), Buffer([1, 2]));
console.log(show(function () { return new Buffer(3, 'utf8'); }));

// ---- byteLength ------------------------------------------------------------

['', 'abc', '\u00e9', '\u20ac', '\ud83d\ude00', '\ud83d', 'YWJj=='
].forEach(function (s) {
    console.log('byteLength', escape(s), Buffer.byteLength(s),
        Buffer.byteLength(s, 'utf8'), Buffer.byteLength(s, 'ucs2'),
        Buffer.byteLength(s, 'latin1'), Buffer.byteLength(s, 'hex'),
        Buffer.byteLength(s, 'base64'), Buffer.byteLength(s, 'nope'));
});
console.log(Buffer.byteLength(b), Buffer.byteLength(new ArrayBuffer(7)),
    Buffer.byteLength(new Float64Array(3)),
    Buffer.byteLength(new DataView(new ArrayBuffer(5))));

// ---- inspect ---------------------------------------------------------------

var big = Buffer.alloc(60);
for (var i = 0; i < big.length; i++) {
    big[i] = i * 7;
}
console.log(util.inspect(big));
console.log(util.inspect(Buffer.alloc(51)));
console.log(util.inspect(Buffer.alloc(0)), b.inspect(), [b], { b: b });
var extra = Buffer.from('ab');
extra.foo = 1;
extra.bar = 'x';
console.log(util.inspect(extra), util.inspect(Buffer.alloc(0).fill(0)));
var noBytes = Buffer.alloc(0);
noBytes.k = true;
console.log(util.inspect(noBytes));
buffer.INSPECT_MAX_BYTES = 3;
console.log(util.inspect(b), buffer.INSPECT_MAX_BYTES);
buffer.INSPECT_MAX_BYTES = 50;
console.log(show(function () { buffer.INSPECT_MAX_BYTES = -1; }),
    show(function () { buffer.INSPECT_MAX_BYTES = '3'; }));

// ---- the module's other exports --------------------------------------------

console.log(buffer.constants.MAX_STRING_LENGTH, buffer.kStringMaxLength,
    buffer.constants.MAX_LENGTH === buffer.kMaxLength,
    typeof buffer.SlowBuffer, buffer.SlowBuffer(3).length,
    Object.getPrototypeOf(buffer.SlowBuffer.prototype) ===
        Uint8Array.prototype);
['', 'a', 'ab', 'abc', '\u00ff\u00fe', '\u0100', 'hello world'
].forEach(function (s) {
    console.log('btoa', JSON.stringify(s), show(function () {
        return buffer.btoa(s);
    }), show(function () { return btoa(s); }));
});
['YQ==', ' Y Q = = ', 'YQ=', 'Y', '-_', 'YQ==YQ', 'Y===', 'YWJ', '', '==',
    'A===', 'AA=A', 'aGVsbG8gd29ybGQ=', 'YW\tJj', 12, null, undefined
].forEach(function (s) {
    console.log('atob', JSON.stringify(s), show(function () {
        return JSON.stringify(buffer.atob(s));
    }));
});
console.log(show(function () { return atob(); }), show(function () {
    return btoa();
}));
[[0x61], [0xc3, 0xa9], [0xc3], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98, 0x80],
    [0xff], [0x7f], [0x80]].forEach(function (bytes) {
    var v = new Uint8Array(bytes);
    console.log('is', bytes.join(','), buffer.isUtf8(v), buffer.isAscii(v),
        buffer.isUtf8(v.buffer), buffer.isAscii(Buffer.from(v)));
});
console.log(show(function () { return buffer.isUtf8('x'); }),
    show(function () { return buffer.isAscii(new DataView(ab)); }));
var samples = [Buffer.from('h\u00e9\u20ac\ud83d\ude00'), Buffer.from('plain'),
    Buffer.from('\u00ff\u0080abc', 'latin1')];
var encs = ['utf8', 'ucs2', 'latin1', 'ascii', 'binary', 'utf16le'];
samples.forEach(function (s, si) {
    encs.forEach(function (from) {
        if (si === 0 && (from === 'latin1' || from === 'binary' ||
                from === 'ascii')) {
            return;
        }
        var line = [];
        encs.forEach(function (to) {
            var src = si === 2 && from !== 'latin1' && from !== 'binary' ?
                buffer.transcode(s, 'latin1', from) : s;
            if (si === 2 && from === 'ascii') {
                return;
            }
            line.push(show(function () {
                return buffer.transcode(src, from, to).toString('hex');
            }));
        });
        console.log('transcode', si, from, line.join(' '));
    });
});
console.log(show(function () {
    return buffer.transcode(Buffer.from('a'), 'hex', 'utf8');
}), show(function () {
    return buffer.transcode('a', 'utf8', 'ucs2');
}), show(function () {
    return buffer.transcode(Buffer.alloc(0), 'x', 'y');
}));
console.log(buffer.resolveObjectURL('blob:nodedata:x'));
