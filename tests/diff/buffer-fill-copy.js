'use strict';
// Differential test: fill, copy, compare, equals, slice/subarray, concat
// and swap over grids of arguments, compared with Node 20.

function show(f) {
    try {
        var r = f();
        return Buffer.isBuffer(r) ? r.toString('hex') : String(r);
    } catch (e) {
        return e.code;
    }
}

// ---- fill -------------------------------------------------------------------

var values = ['a', 'ab', 'abc', '', '\u00e9', '\u20ac', '\ud83d\ude00',
    '\ud83d', 'abzz', 'zzab', 'a', 'YWJj', 0, 1, 255, 256, -1, -129, 1.7,
    NaN, true, false, null, undefined, {}, [], [3], Buffer.from('xy'),
    new Uint16Array([0x0102]), new Uint8Array(0), new DataView(new
    ArrayBuffer(2))];
var encs = [undefined, 'utf8', 'hex', 'ucs2', 'latin1', 'ascii', 'base64',
    'foo', 5, null, ''];
values.forEach(function (v, vi) {
    var line = [];
    encs.forEach(function (enc) {
        [[undefined, undefined], [1, undefined], [1, 4], [0, 1], [4, 2],
            [2, 7], [-1, 3], [1.5, 3], ['1', 3], [1, '3']
        ].forEach(function (r) {
            line.push(show(function () {
                return Buffer.alloc(7, 0x2e).fill(v, r[0], r[1], enc);
            }));
        });
        line.push(show(function () {
            return Buffer.alloc(5, 0x2e).fill(v, enc);
        }));
        line.push(show(function () {
            return Buffer.alloc(5, 0x2e).fill(v, 2, enc);
        }));
        line.push(show(function () { return Buffer.alloc(5, v, enc); }));
        line.push(show(function () { return Buffer.alloc(1, v, enc); }));
    });
    console.log('fill', vi, line.join(' '));
});
var self = Buffer.from('abcdefgh');
self.fill(self.subarray(2, 4), 3);
console.log('fill self', self.toString());

// ---- copy -------------------------------------------------------------------

var starts = [undefined, 0, 1, 5, 6, -1, 1.5, '2', NaN, Infinity,
    null];
starts.forEach(function (ts) {
    var line = [];
    starts.forEach(function (ss) {
        starts.forEach(function (se) {
            var target = Buffer.alloc(6, 0x2e);
            line.push(show(function () {
                return Buffer.from('hello').copy(target, ts, ss, se);
            }) + ':' + target.toString('hex'));
        });
    });
    console.log('copy', String(ts), line.join(' '));
});
var over = Buffer.from('abcdefgh');
over.copy(over, 2, 0, 5);
console.log('copy overlap', over.toString());
over = Buffer.from('abcdefgh');
over.copy(over, 0, 3);
console.log('copy overlap', over.toString());
console.log('copy from Uint8Array', show(function () {
    var t = Buffer.alloc(3);
    Buffer.prototype.copy.call(new Uint8Array([1, 2, 3]), t, 1);
    return t;
}));

// ---- compare and equals ----------------------------------------------------

var bufs = [Buffer.from(''), Buffer.from('a'), Buffer.from('ab'),
    Buffer.from('abc'), Buffer.from('abd'), Buffer.from('b'),
    new Uint8Array([0x61, 0x62])];
bufs.forEach(function (a, ai) {
    var line = [];
    bufs.forEach(function (b) {
        line.push(Buffer.compare(a, b));
        line.push(show(function () {
            return Buffer.prototype.equals.call(a, b);
        }));
    });
    console.log('compare', ai, line.join(' '));
});
var src = Buffer.from('abcdef');
var ranges = [undefined, 0, 1, 2, 3, 6, 7, -1];
ranges.forEach(function (ts) {
    var line = [];
    ranges.forEach(function (te) {
        ranges.forEach(function (ss) {
            [undefined, 3, 6].forEach(function (se) {
                line.push(show(function () {
                    return src.compare(Buffer.from('bcd'), ts, te, ss, se);
                }));
            });
        });
    });
    console.log('compare range', String(ts), line.join(' '));
});

// ---- slice and subarray -----------------------------------------------------

var idx = [undefined, 0, 1, 3, 5, 6, -1, -3, -10, 1.7, -1.7, '2', NaN, null,
    Infinity, -Infinity, true];
idx.forEach(function (s) {
    var line = [];
    idx.forEach(function (e) {
        var b = Buffer.from('hello');
        line.push(b.slice(s, e).toString() + '/' +
            b.subarray(s, e).toString());
    });
    console.log('slice', String(s), line.join(' '));
});
var base = Buffer.from('hello');
var view = base.slice(1, 4);
view[0] = 0x45;
console.log('shared', base.toString(), view.toString(), Buffer.isBuffer(view),
    view.byteOffset - base.byteOffset, view.buffer === base.buffer);

// ---- concat -----------------------------------------------------------------

[undefined, 0, 1, 5, 9, 20].forEach(function (len) {
    console.log('concat', String(len), show(function () {
        return Buffer.concat([Buffer.from('ab'), new Uint8Array([0x63]),
            Buffer.from(''), Buffer.from('def')], len);
    }));
});
console.log('concat one', show(function () {
    var one = Buffer.from('x');
    var c = Buffer.concat([one]);
    return (c !== one) + ' ' + c.toString();
}));

// ---- swap ------------------------------------------------------------------

[0, 1, 2, 3, 4, 7, 8, 16, 130].forEach(function (n) {
    var bytes = [];
    for (var i = 0; i < n; i++) {
        bytes.push(i);
    }
    console.log('swap', n, show(function () {
        return Buffer.from(bytes).swap16();
    }), show(function () {
        return Buffer.from(bytes).swap32();
    }), show(function () {
        return Buffer.from(bytes).swap64();
    }));
});
