'use strict';
// Differential test: the number readers and writers on many values and
// offsets, compared with Node 20: bytes written, values read back, and
// the errors for values out of range.

function show(f) {
    try {
        var r = f();
        return Buffer.isBuffer(r) ? r.toString('hex') : String(r);
    } catch (e) {
        return e.code;
    }
}

var ints = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32768,
    65535, 65536, 8388607, 8388608, -8388608, 16777215, 2147483647,
    2147483648, -2147483648, 4294967295, 4294967296, Math.pow(2, 39) - 1,
    Math.pow(2, 40) - 1, -Math.pow(2, 39), Math.pow(2, 47) - 1,
    -Math.pow(2, 47), Math.pow(2, 48) - 1, 1.5, -1.5, 0.9999, -0.5, NaN,
    '7', '0x10', true, null, undefined, {}, [5]];

var fixed = ['UInt8', 'Int8', 'UInt16LE', 'UInt16BE', 'Int16LE', 'Int16BE',
    'UInt32LE', 'UInt32BE', 'Int32LE', 'Int32BE'];
fixed.forEach(function (name) {
    var line = [];
    ints.forEach(function (v) {
        var b = Buffer.alloc(6, 0xee);
        var r = show(function () { return b['write' + name](v, 1); });
        line.push(r + ':' + b.toString('hex') + ':' +
            show(function () { return b['read' + name](1); }));
    });
    console.log(name, line.join(' '));
});

['UIntLE', 'UIntBE', 'IntLE', 'IntBE'].forEach(function (name) {
    for (var size = 1; size <= 6; size++) {
        var line = [];
        ints.forEach(function (v) {
            var b = Buffer.alloc(8, 0xee);
            var r = show(function () { return b['write' + name](v, 1, size); });
            line.push(r + ':' + b.toString('hex') + ':' +
                show(function () { return b['read' + name](1, size); }));
        });
        console.log(name, size, line.join(' '));
    }
});

var floats = [0, -0, 1, -1, 0.1, 1.5, -2.75, 3.4028234663852886e38, 1e39,
    -1e39, 1.401298464324817e-45, 1e-46, 5e-324, 1.7976931348623157e308,
    Infinity, -Infinity, NaN, Math.PI, '2.5', 'x', null, undefined];
['FloatLE', 'FloatBE', 'DoubleLE', 'DoubleBE'].forEach(function (name) {
    var line = [];
    floats.forEach(function (v) {
        var b = Buffer.alloc(10, 0xee);
        var r = show(function () { return b['write' + name](v, 1); });
        var back = show(function () {
            var x = b['read' + name](1);
            return x === 0 && 1 / x < 0 ? '-0' : x;
        });
        line.push(r + ':' + b.toString('hex') + ':' + back);
    });
    console.log(name, line.join(' '));
});

// Offsets at and past each end.
var offs = [undefined, 0, 1, 2, 3, 4, 5, 6, 7, 8, -1, 1.5, NaN, '1', null];
['UInt8', 'UInt16LE', 'Int32BE', 'FloatLE', 'DoubleBE'].forEach(function (n) {
    var line = [];
    offs.forEach(function (o) {
        var b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
        line.push(show(function () { return b['read' + n](o); }));
        line.push(show(function () { return b['write' + n](1, o); }));
    });
    console.log('offsets', n, line.join(' '));
});
[0, 1, 3].forEach(function (len) {
    var b = Buffer.alloc(len);
    console.log('short', len, show(function () { return b.readUInt32LE(); }),
        show(function () { return b.readDoubleBE(0); }),
        show(function () { return b.readUIntBE(0, 6); }),
        show(function () { return b.writeIntLE(1, 0, 5); }));
});

// Aliases and reading a plain Uint8Array.
var u = new Uint8Array([0xfe, 0xff]);
console.log('alias',
    Buffer.prototype.readUint16LE === Buffer.prototype.readUInt16LE,
    Buffer.prototype.readUInt16LE.call(u, 0),
    Buffer.prototype.readInt16BE.call(u));
