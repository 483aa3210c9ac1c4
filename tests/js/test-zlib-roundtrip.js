// Every format round-trips in every form: Sync, callback (thread pool)
// and stream, with each kind of input (string, Buffer, typed array,
// DataView, ArrayBuffer) and the options that change the compressed
// bytes (level, strategy, windowBits, memLevel, dictionary).  Unzip reads
// both zlib and gzip data.
'use strict';
var assert = require('assert');
var zlib = require('zlib');

// Text-like bytes (compressible) followed by noise (not).
function sample(size) {
    var buf = Buffer.alloc(size);
    var seed = 7;
    for (var i = 0; i < size; i++) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        buf[i] = i < size / 2 ? 97 + (seed >> 16) % 8 : (seed >> 16) & 0xff;
    }
    return buf;
}

var PAIRS = [
    ['deflate', 'inflate'],
    ['gzip', 'gunzip'],
    ['deflateRaw', 'inflateRaw'],
    ['deflate', 'unzip'],
    ['gzip', 'unzip']
];
var CLASSES = {
    deflate: 'Deflate', inflate: 'Inflate', gzip: 'Gzip', gunzip: 'Gunzip',
    deflateRaw: 'DeflateRaw', inflateRaw: 'InflateRaw', unzip: 'Unzip'
};
var data = sample(300000);

// ---- Sync ------------------------------------------------------------------

PAIRS.forEach(function (p) {
    var packed = zlib[p[0] + 'Sync'](data);
    assert.ok(Buffer.isBuffer(packed));
    assert.ok(packed.length < data.length, p[0] + ' compresses');
    assert.ok(zlib[p[1] + 'Sync'](packed).equals(data), p.join('/'));
    assert.strictEqual(zlib[p[1] + 'Sync'](zlib[p[0] + 'Sync'](''))
        .length, 0, p.join('/') + ' of nothing');
});

// Headers: gzip starts 1f 8b 08, zlib 78 xx, raw has none.
assert.deepStrictEqual(Array.prototype.slice.call(zlib.gzipSync('x'), 0, 3),
    [0x1f, 0x8b, 8]);
assert.strictEqual(zlib.deflateSync('x')[0], 0x78);
assert.strictEqual(zlib.deflateSync('x').readUInt16BE(0) % 31, 0);
assert.ok(zlib.deflateRawSync('x').length < zlib.deflateSync('x').length);

// Inputs of every kind; strings are UTF-8.
var text = 'h\u00e9llo w\u00f6rld \ud83d\ude00';
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync(text)).toString(), text);
var u16 = new Uint16Array([1, 2, 0xffff]);
assert.deepStrictEqual(Array.prototype.slice.call(
    zlib.inflateSync(zlib.deflateSync(u16))), [1, 0, 2, 0, 255, 255]);
var ab = new ArrayBuffer(6);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6]);
assert.strictEqual(zlib.inflateRawSync(zlib.deflateRawSync(ab))
    .toString('hex'), '010203040506');
var dv = new DataView(ab, 2, 3);
assert.strictEqual(zlib.unzipSync(zlib.gzipSync(dv)).toString('hex'),
    '030405');
var view = data.subarray(1000, 1100);
assert.ok(zlib.gunzipSync(zlib.gzipSync(view)).equals(view));
// The compressed input may be any kind of bytes too.
var packedAb = zlib.gzipSync('from an ArrayBuffer');
var copy = new ArrayBuffer(packedAb.length);
new Uint8Array(copy).set(packedAb);
assert.strictEqual(zlib.gunzipSync(copy).toString(), 'from an ArrayBuffer');
assert.strictEqual(zlib.gunzipSync(new DataView(copy)).toString(),
    'from an ArrayBuffer');

// ---- options that change the bytes -----------------------------------------

[-1, 0, 1, 5, 9].forEach(function (level) {
    [0, 1, 2, 3, 4].forEach(function (strategy) {
        var o = { level: level, strategy: strategy };
        assert.ok(zlib.inflateSync(zlib.deflateSync(data, o)).equals(data),
            JSON.stringify(o));
    });
});
// Level 0 stores: bigger than the input; level 9 beats level 1.
assert.ok(zlib.deflateSync(data, { level: 0 }).length > data.length);
assert.ok(zlib.deflateSync(data, { level: 9 }).length <=
    zlib.deflateSync(data, { level: 1 }).length);

[8, 9, 12, 15].forEach(function (bits) {
    [1, 5, 9].forEach(function (mem) {
        var o = { windowBits: bits, memLevel: mem };
        assert.ok(zlib.inflateRawSync(zlib.deflateRawSync(data, o), o)
            .equals(data), 'raw ' + JSON.stringify(o));
        assert.ok(zlib.inflateSync(zlib.deflateSync(data, o)).equals(data),
            'zlib ' + JSON.stringify(o));
        if (bits > 8) {
            assert.ok(zlib.gunzipSync(zlib.gzipSync(data, o), o)
                .equals(data), 'gzip ' + JSON.stringify(o));
        }
    });
});
// windowBits 0 (the default for inflate) takes the header's size.
assert.ok(zlib.inflateSync(zlib.deflateSync(data, { windowBits: 10 }),
    { windowBits: 0 }).equals(data));

// A preset dictionary shrinks text that resembles it.
var dict = Buffer.from('the quick brown fox jumps over the lazy dog');
var msg = 'the lazy dog and the quick brown fox';
var withDict = zlib.deflateSync(msg, { dictionary: dict });
assert.ok(withDict.length < zlib.deflateSync(msg).length);
assert.strictEqual(zlib.inflateSync(withDict, { dictionary: dict })
    .toString(), msg);
assert.strictEqual(zlib.unzipSync(withDict, { dictionary: dict })
    .toString(), msg);
var dictAb = new Uint8Array(dict).buffer; // a whole ArrayBuffer
var rawDict = zlib.deflateRawSync(msg, { dictionary: dictAb });
assert.strictEqual(zlib.inflateRawSync(rawDict, { dictionary: dict })
    .toString(), msg);
// gzip has no dictionary: it is ignored, as in Node.
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync(msg, { dictionary: dict }))
    .toString(), msg);

// chunkSize changes how zlib is fed, never the result.
[64, 100, 1024, 65536].forEach(function (size) {
    var o = { chunkSize: size };
    assert.ok(zlib.gunzipSync(zlib.gzipSync(data, o), o).equals(data));
});

// ---- callbacks (thread pool) and streams -----------------------------------

var pending = 0;

function expectAsync(name, packed) {
    pending++;
    zlib[name[1]](packed, function (err, out) {
        assert.ifError(err);
        assert.ok(out.equals(data), name.join('/') + ' async');
        pending--;
    });
}

PAIRS.forEach(function (p) {
    pending++;
    zlib[p[0]](data, function (err, packed) {
        assert.ifError(err);
        assert.ok(Buffer.isBuffer(packed));
        assert.ok(zlib[p[1] + 'Sync'](packed).equals(data));
        pending--;
        expectAsync(p, packed);
    });
    // Options may sit between the input and the callback.
    pending++;
    zlib[p[0]](data, { level: 1 }, function (err, packed) {
        assert.ifError(err);
        assert.ok(zlib[p[1] + 'Sync'](packed).equals(data));
        pending--;
    });
});

// Streams: compressor piped into decompressor, fed in uneven pieces.
PAIRS.forEach(function (p) {
    var create = 'create' + CLASSES[p[0]];
    var c = zlib[create]({ chunkSize: 1000 });
    var d = zlib['create' + CLASSES[p[1]]]();
    assert.ok(c instanceof zlib[CLASSES[p[0]]]);
    var parts = [];
    pending++;
    c.pipe(d);
    d.on('data', function (chunk) {
        parts.push(chunk);
    });
    d.on('end', function () {
        assert.ok(Buffer.concat(parts).equals(data), p.join('/') + ' stream');
        assert.strictEqual(c.bytesWritten, data.length);
        pending--;
    });
    for (var at = 0; at < data.length; at += 7777) {
        c.write(data.subarray(at, at + 7777));
    }
    c.end();
});

// new is optional, as in Node.
assert.ok(zlib.Gzip() instanceof zlib.Gzip);

process.on('exit', function (code) {
    if (code === 0) {
        assert.strictEqual(pending, 0, 'every callback ran');
        console.log('ok');
    }
});
