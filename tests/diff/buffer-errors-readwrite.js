'use strict';
// Differential test: read*/write* argument and range checks
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
var b = Buffer.from([1,2,3,4,5,6,7,8,9,10]);
t(function () { return b.readUInt8(10); });
t(function () { return b.readUInt8(-1); });
t(function () { return b.readUInt8(1.5); });
t(function () { return b.readUInt8('1'); });
t(function () { return b.readUInt8(); });
t(function () { return b.readUInt16LE(9); });
t(function () { return b.readUInt32BE(7); });
t(function () { return b.readDoubleLE(3); });
t(function () { return Buffer.alloc(1).readUInt16LE(0); });
t(function () { return Buffer.alloc(0).readUInt8(0); });
t(function () { return Buffer.alloc(0).readUInt8(); });
t(function () { return b.readUIntLE(0, 7); });
t(function () { return b.readUIntLE(0, 0); });
t(function () { return b.readUIntLE(0); });
t(function () { return b.readUIntLE(0, '2'); });
t(function () { return b.readUIntLE(6, 6); });
t(function () { return b.readIntBE(6, 6); });
t(function () { return b.readIntBE(4, 6); });
t(function () { return b.readIntBE('4', 6); });
t(function () { return b.writeUInt8(256, 0); });
t(function () { return b.writeUInt8(-1, 0); });
t(function () { return b.writeInt8(128, 0); });
t(function () { return b.writeInt8(-129); });
t(function () { return b.writeUInt8(1.5, 0); });
t(function () { return b.writeUInt8('7', 0); });
t(function () { return b.writeUInt8(NaN, 0); });
t(function () { return b.writeUInt8(5, 10); });
t(function () { return b.writeUInt16LE(65536, 0); });
t(function () { return b.writeInt16BE(-32769, 0); });
t(function () { return b.writeUInt32LE(Math.pow(2, 32), 0); });
t(function () { return b.writeInt32LE(Math.pow(2, 31), 0); });
t(function () { return b.writeInt32LE(-Math.pow(2, 31)-1, 0); });
t(function () { return b.writeUIntLE(Math.pow(2, 48), 0, 6); });
t(function () { return b.writeIntLE(Math.pow(2, 47), 0, 6); });
t(function () { return b.writeIntLE(-Math.pow(2, 47)-1, 0, 6); });
t(function () { return b.writeUIntBE(Math.pow(2, 40), 0, 5); });
t(function () { return b.writeUIntBE(1, 0, 7); });
t(function () { return b.writeUIntBE(1, 0); });
t(function () { return b.writeUIntBE(1, 6, 5); });
t(function () { return b.writeUInt32LE(1, 7); });
t(function () { return b.writeUInt32LE(1, -1); });
t(function () { return b.writeUInt32LE(1, 1.5); });
t(function () { return b.writeUInt32LE(1, '1'); });
t(function () { return b.writeUInt32LE(1); });
t(function () { return b.writeUInt32LE(); });
t(function () { return b.writeFloatLE(1.5, 7); });
t(function () { return b.writeFloatLE('x', 0); });
t(function () { return b.writeDoubleBE({}, 0); });
t(function () { return b.writeFloatLE(1e40, 0); });
t(function () { return b.writeUInt8(1.9999, 0); });
t(function () { return b.writeInt8(-1.5, 0); });
t(function () { return b.writeUInt16LE(4660.8, 0); });
t(function () { return b.writeUInt16LE(-0.5, 0); });
t(function () { return b.writeUInt32LE(4294967295.5, 0); });
t(function () { return b.writeUIntLE(0.5, 0, 3); });
t(function () { return b.writeIntLE(-8388608.5, 0, 3); });
t(function () { return b.writeIntLE(-8388608.5, 0, 3) && b.readIntLE(0,3); });
t(function () { return b.writeUInt8(true, 0); });
t(function () { return b.writeUInt8(null, 0); });
t(function () { return b.writeUInt8(undefined, 0); });
t(function () { return b.writeDoubleLE(undefined, 0) && b.readDoubleLE(0); });
t(function () {
    return b.readUInt8.name + b.readUint8.name + (b.readUint8 === b.readUInt8);
});
t(function () {
    return b.readFloatLE.length + ' ' + b.writeUIntLE.length + ' ' +
        b.readIntBE.length + b.writeInt8.length;
});
t(function () {
    return Buffer.from([1,2]).readUInt8.call(new Uint8Array([5]), 0);
});
t(function () { return b.writeUInt32LE(5, 0xffffffffff); });
t(function () { return b.writeUIntLE(1, 0, 6.5); });
t(function () { return b.readUIntLE(0, 6.5); });
t(function () { return b.writeUInt16BE(Math.pow(2, 16), 9); });
t(function () { return b.writeIntBE(Math.pow(2, 60), 0, 3); });
var b = Buffer.alloc(10);
t(function () { return b.writeUIntLE(Math.pow(2, 32), 0, 4); });
t(function () { return b.writeIntLE(Math.pow(2, 31), 0, 4); });
t(function () { return b.writeIntBE(Math.pow(2, 23), 0, 3); });
t(function () { return b.writeUIntBE(Math.pow(2, 16), 0, 2); });
t(function () { return b.writeIntBE(Math.pow(2, 7), 0, 1); });
t(function () { return b.readUInt8(NaN); });
t(function () { return b.writeUInt8(1, NaN); });
t(function () { return b.writeUInt8(1, null); });
t(function () { return b.readUInt8(null); });
t(function () { return b.readUIntLE(NaN, 2); });
t(function () { return b.readUIntLE(0, NaN); });
t(function () { return b.writeUIntLE(1, 0, NaN); });
t(function () { return b.readUInt16LE(-0); });
t(function () { return b.writeUIntLE(-1, 0, 5); });
t(function () { return b.writeIntLE(Math.pow(2, 40), 9, 6); });
t(function () { return b.writeIntLE(1, 9, 6); });
t(function () { return Buffer.alloc(3).writeIntLE(1, 0, 6); });
t(function () { return Buffer.alloc(3).readIntLE(0, 6); });
t(function () { return Buffer.alloc(3).writeDoubleLE(1); });
t(function () { return Buffer.alloc(3).readFloatBE(); });
