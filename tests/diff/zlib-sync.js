// zlib's one-shot functions, printed for comparison with Node.
//
// Node bundles Chromium's zlib 1.3.1, nodule links the system's (1.2.13
// on Debian 12). Their compressed bytes are the same for stored blocks
// (level 0), Z_HUFFMAN_ONLY and Z_RLE, and differ for the usual matching
// strategies (Chromium's faster hashing finds other matches). So this
// prints compressed bytes only for the strategies where both agree, and
// otherwise what must agree anyway: the decompressed bytes, and the
// decoding of fixed compressed inputs.
'use strict';
var zlib = require('zlib');

function sample(size) {
    var buf = Buffer.alloc(size);
    var seed = 42;
    for (var i = 0; i < size; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        buf[i] = 97 + (seed >> 16) % 12;
    }
    return buf;
}

var data = sample(70000);
var text = 'The quick brown fox jumps over the lazy dog. ';

// ---- compressed bytes both zlibs agree on ----------------------------------

['deflateSync', 'gzipSync', 'deflateRawSync'].forEach(function (fn) {
    [
        { level: 0 },
        { strategy: zlib.constants.Z_HUFFMAN_ONLY },
        { level: 1, strategy: zlib.constants.Z_HUFFMAN_ONLY },
        { strategy: zlib.constants.Z_RLE },
        { level: 9, strategy: zlib.constants.Z_RLE, memLevel: 9 }
    ].forEach(function (opts) {
        var small = zlib[fn](text, opts);
        var large = zlib[fn](data, opts);
        console.log(fn, JSON.stringify(opts), small.toString('hex'),
            large.length, zlib.crc32(large));
    });
});
console.log('empty', zlib.gzipSync('', { level: 0 }).toString('hex'),
    zlib.deflateSync('', { level: 0 }).toString('hex'),
    zlib.deflateRawSync('', { level: 0 }).toString('hex'));

// ---- round trips -----------------------------------------------------------

[['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'],
    ['deflateRawSync', 'inflateRawSync'], ['gzipSync', 'unzipSync'],
    ['deflateSync', 'unzipSync']].forEach(function (p) {
    [-1, 1, 6, 9].forEach(function (level) {
        var out = zlib[p[1]](zlib[p[0]](data, { level: level }));
        console.log(p.join('/'), level, out.length, out.equals(data));
    });
});
[8, 9, 11, 15].forEach(function (bits) {
    var o = { windowBits: bits };
    console.log('windowBits', bits,
        zlib.inflateRawSync(zlib.deflateRawSync(data, o), o).equals(data),
        zlib.inflateSync(zlib.deflateSync(data, o)).equals(data));
});

// ---- fixed inputs: made by Node, by `gzip -n`, and by hand -----------------

var fixed = {
    // zlib.deflateSync('hello')
    deflate: '789ccb48cdc9c90700062c0215',
    // printf 'hello world\n' | gzip -n -9
    gzip: '1f8b0800000000000203cb48cdc9c95728cf2fca49e102002d3b08af0c000000',
    // gzip with a file name and a comment (FNAME | FCOMMENT)
    named: '1f8b0818000000000003612e7478740068692073747265616d00cb48cd' +
        'c9c9070086a6103605000000',
    // a stored block by hand: BFINAL=1, BTYPE=00, LEN=3, NLEN=~3, 'abc'
    stored: '010300fcff616263'
};
console.log('fixed deflate', zlib.inflateSync(Buffer.from(fixed.deflate,
    'hex')).toString());
console.log('fixed gzip', JSON.stringify(zlib.gunzipSync(
    Buffer.from(fixed.gzip, 'hex')).toString()));
console.log('fixed named', zlib.gunzipSync(Buffer.from(fixed.named, 'hex'))
    .toString());
console.log('fixed stored', zlib.inflateRawSync(Buffer.from(fixed.stored,
    'hex')).toString());
console.log('fixed unzip', zlib.unzipSync(Buffer.from(fixed.gzip, 'hex'))
    .length, zlib.unzipSync(Buffer.from(fixed.deflate, 'hex')).length);

// ---- members, padding, dictionaries, finishFlush ---------------------------

var gz = Buffer.from(fixed.gzip, 'hex');
console.log('members', JSON.stringify(zlib.gunzipSync(Buffer.concat([gz,
    gz, gz])).toString()));
console.log('padding', zlib.gunzipSync(Buffer.concat([gz,
    Buffer.alloc(7)])).length);
var dict = Buffer.from('fox dog quick lazy');
var withDict = zlib.deflateSync(text, { dictionary: dict, level: 0 });
console.log('dict', withDict.toString('hex').slice(0, 12),
    zlib.inflateSync(withDict, { dictionary: dict }).toString() === text);
var cut = zlib.deflateSync(text + text, { level: 0 }).subarray(0, 40);
console.log('finishFlush', JSON.stringify(zlib.inflateSync(cut,
    { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString()));

// ---- inputs of every kind --------------------------------------------------

var ab = new Uint8Array([104, 105]).buffer;
console.log('inputs',
    zlib.gzipSync('h\u00e9', { level: 0 }).toString('hex'),
    zlib.deflateSync(new Uint16Array([0x6968]), { level: 0 }).toString('hex'),
    zlib.deflateRawSync(ab, { level: 0 }).toString('hex'),
    zlib.deflateRawSync(new DataView(ab, 1), { level: 0 }).toString('hex'));

// ---- info and bytesWritten -------------------------------------------------

var info = zlib.gunzipSync(Buffer.concat([gz, Buffer.alloc(3)]),
    { info: true });
console.log('info', Object.keys(info), info.engine.constructor.name,
    info.engine.bytesWritten, info.engine._closed, info.buffer.length);

// ---- chunkSize never changes the result ------------------------------------

[64, 1000, 16384].forEach(function (size) {
    var o = { chunkSize: size, level: 0 };
    var packed = zlib.deflateSync(data, o);
    console.log('chunkSize', size, packed.length, zlib.crc32(packed),
        zlib.inflateSync(packed, o).equals(data));
});
