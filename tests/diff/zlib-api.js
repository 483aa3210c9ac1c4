// The zlib module's surface, printed for comparison with Node: exports,
// constants (names, order, values; not ZLIB_VERNUM, which is the zlib
// each runtime links), codes, the legacy copies, crc32 and the classes'
// shape.
'use strict';
var zlib = require('zlib');

console.log('exports', Object.keys(zlib).join(' '));
console.log('hidden', Object.getOwnPropertyNames(zlib).filter(function (k) {
    return !Object.prototype.propertyIsEnumerable.call(zlib, k);
}).join(' '));

var c = zlib.constants;
console.log('constants', Object.keys(c).length);
Object.keys(c).forEach(function (name) {
    if (name !== 'ZLIB_VERNUM') {
        console.log(' ', name, c[name]);
    }
});
console.log('ZLIB_VERNUM', typeof c.ZLIB_VERNUM, zlib.ZLIB_VERNUM ===
    c.ZLIB_VERNUM);
console.log('frozen', Object.isFrozen(c), Object.isExtensible(c),
    JSON.stringify(Object.getOwnPropertyDescriptor(c, 'Z_OK')),
    JSON.stringify(Object.getOwnPropertyDescriptor(zlib, 'Z_OK')));
['constants', 'codes'].forEach(function (name) {
    var d = Object.getOwnPropertyDescriptor(zlib, name);
    console.log(name, d.writable, d.enumerable, d.configurable);
});

var codes = zlib.codes;
console.log('codes', Object.isFrozen(codes), Object.keys(codes).length);
['Z_OK', 'Z_STREAM_END', 'Z_NEED_DICT', 'Z_ERRNO', 'Z_STREAM_ERROR',
    'Z_DATA_ERROR', 'Z_MEM_ERROR', 'Z_BUF_ERROR', 'Z_VERSION_ERROR']
    .forEach(function (name) {
        console.log(' ', name, codes[name], codes[codes[name]]);
    });

// crc32 over assorted inputs, and chained.
['', 'a', 'abc', '123456789', 'h\u00e9llo \ud83d\ude00',
    new Array(1000).join('zlib')].forEach(function (s) {
    console.log('crc32', JSON.stringify(s.slice(0, 12)), zlib.crc32(s),
        zlib.crc32(Buffer.from(s)), zlib.crc32(s, 12345));
});
console.log('crc32 views', zlib.crc32(new Uint32Array([1, 2, 3])),
    zlib.crc32(new Float64Array([Math.PI])),
    zlib.crc32(new DataView(new ArrayBuffer(9))),
    zlib.crc32('b', zlib.crc32('a')) === zlib.crc32('ab'),
    zlib.crc32('x', 4294967295));

// The classes.
['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw',
    'Unzip'].forEach(function (name) {
    var s = zlib['create' + name]({ chunkSize: 1000, level: 3 });
    var proto = Object.getPrototypeOf(s);
    console.log(name, zlib[name].name, zlib[name].length,
        s instanceof zlib[name], proto.constructor.name,
        Object.getPrototypeOf(proto).constructor.name,
        Object.getPrototypeOf(Object.getPrototypeOf(proto)).constructor.name,
        s._chunkSize, s._level, s._strategy, s._defaultFlushFlag,
        s._finishFlushFlag, s._defaultFullFlushFlag, s._closed,
        s.bytesWritten, s.readableHighWaterMark, s.writableHighWaterMark,
        typeof s._processChunk, typeof s.params);
    s.close();
});
console.log('call without new', zlib.Gzip() instanceof zlib.Gzip,
    zlib.InflateRaw({}) instanceof zlib.InflateRaw);
console.log('lengths', zlib.gzip.length, zlib.gzipSync.length,
    zlib.createGzip.length, zlib.crc32.length);
