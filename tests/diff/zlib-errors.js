// zlib's errors, printed for comparison with Node: bad and cut-off
// compressed input, dictionaries, too much output, bad options and bad
// arguments, in the synchronous, callback and stream forms.
'use strict';
var zlib = require('zlib');

function show(label, fn) {
    try {
        var out = fn();
        console.log(label, 'ok', Buffer.isBuffer(out) ? out.length : out);
    } catch (err) {
        console.log(label, err.name, err.code, err.errno,
            JSON.stringify(err.message), Object.keys(err).join());
    }
}

var gz = zlib.gzipSync('hello world', { level: 0 });
var dict = Buffer.from('abcdefgh');
var needsDict = zlib.deflateSync('abcdefgh', { dictionary: dict });

// ---- compressed input ------------------------------------------------------

show('not gzip', function () {
    return zlib.gunzipSync(Buffer.from('plain text'));
});
show('not zlib', function () {
    return zlib.inflateSync(Buffer.from('plain text'));
});
show('not either', function () {
    return zlib.unzipSync(Buffer.from('plain text'));
});
show('raw garbage', function () {
    return zlib.inflateRawSync(Buffer.from([0xff, 0xfe, 0xfd]));
});
show('empty gunzip', function () {
    return zlib.gunzipSync(Buffer.alloc(0));
});
show('empty inflateRaw', function () {
    return zlib.inflateRawSync(Buffer.alloc(0));
});
show('cut header', function () {
    return zlib.gunzipSync(gz.subarray(0, 6));
});
show('cut trailer', function () {
    return zlib.gunzipSync(gz.subarray(0, gz.length - 1));
});
var crc = Buffer.from(gz);
crc[crc.length - 6] ^= 0x40;
show('bad crc', function () {
    return zlib.gunzipSync(crc);
});
var size = Buffer.from(gz);
size[size.length - 4] ^= 1;
show('bad size', function () {
    return zlib.gunzipSync(size);
});
var method = Buffer.from(gz);
method[2] = 9;
show('bad method', function () {
    return zlib.gunzipSync(method);
});
var flags = Buffer.from(gz);
flags[3] = 0xe0;
show('bad flags', function () {
    return zlib.gunzipSync(flags);
});
show('trailing garbage', function () {
    return zlib.gunzipSync(Buffer.concat([gz, Buffer.from('xyz')]));
});
show('second member cut', function () {
    return zlib.gunzipSync(Buffer.concat([gz, gz.subarray(0, 12)]));
});
show('window too small', function () {
    return zlib.inflateSync(zlib.deflateSync('w'), { windowBits: 8 });
});
show('missing dictionary', function () {
    return zlib.inflateSync(needsDict);
});
show('wrong dictionary', function () {
    return zlib.inflateSync(needsDict, { dictionary: Buffer.from('x') });
});
show('raw without its dictionary', function () {
    return zlib.inflateRawSync(zlib.deflateRawSync('abcdefgh abcdefgh',
        { dictionary: dict, level: 9 }));
});

// ---- too much output -------------------------------------------------------

var bomb = zlib.deflateSync(Buffer.alloc(4 << 20), { level: 9 });
show('bomb', function () {
    return zlib.inflateSync(bomb, { maxOutputLength: 65536 });
});
show('bomb just fits', function () {
    return zlib.inflateSync(bomb, { maxOutputLength: 4 << 20 });
});

// ---- options and arguments -------------------------------------------------
// (maxOutputLength's upper bound is the largest Buffer, which differs:
// 2^32 in Node, 2^31 - 2 in nodule; tests/js/test-zlib-options.js checks
// nodule's.)

[
    { level: 10 }, { level: -2 }, { level: '9' }, { level: Infinity },
    { level: -Infinity }, { level: null }, { level: NaN }, { level: 3.9 },
    { memLevel: 0 }, { memLevel: 10 }, { strategy: -1 }, { strategy: 5 },
    { windowBits: 7 }, { windowBits: 16 }, { windowBits: 8 },
    { chunkSize: 63 }, { chunkSize: '1k' }, { chunkSize: Infinity },
    { flush: 6 }, { finishFlush: -1 }, { flush: 'x' },
    { maxOutputLength: 1.5 }, { maxOutputLength: 'big' },
    { dictionary: 'abc' }, { dictionary: [1, 2] }, { dictionary: 7 }
].forEach(function (opts) {
    show('gzip ' + JSON.stringify(opts), function () {
        return zlib.gzipSync('abc', opts);
    });
    show('deflate ' + JSON.stringify(opts), function () {
        return zlib.deflateSync('abc', opts);
    });
});
show('inflateRaw windowBits 0', function () {
    return zlib.inflateRawSync(zlib.deflateRawSync('a'), { windowBits: 0 });
});
[123, null, undefined, true, {}, [1, 2]].forEach(function (input) {
    show('input ' + JSON.stringify(input), function () {
        return zlib.deflateSync(input);
    });
    show('async input ' + JSON.stringify(input), function () {
        return zlib.deflate(input, function () {});
    });
});
show('no callback', function () {
    return zlib.gzip('a');
});
show('callback not a function', function () {
    return zlib.gzip('a', {}, 'cb');
});
show('options then no callback', function () {
    return zlib.gzip('a', { level: 1 });
});
show('params range', function () {
    return zlib.createDeflate().params(1, 9);
});
show('crc32 type', function () {
    return zlib.crc32({});
});
show('crc32 value', function () {
    return zlib.crc32('x', 4294967296);
});

// ---- the callback forms, one after another ---------------------------------

var jobs = [
    ['gunzip', Buffer.from('plain text'), {}],
    ['inflate', Buffer.alloc(0), {}],
    ['unzip', gz.subarray(0, 15), {}],
    ['inflate', needsDict, {}],
    ['inflate', bomb, { maxOutputLength: 1000 }],
    ['gunzip', Buffer.concat([gz, Buffer.from('!')]), {}]
];

function nextJob() {
    var job = jobs.shift();
    if (!job) {
        streams();
        return;
    }
    zlib[job[0]](job[1], job[2], function (err, out) {
        console.log('async', job[0], err && err.code, err && err.errno,
            err && err.message, out);
        nextJob();
    });
}
nextJob();

// ---- streams: 'error', then 'close' ----------------------------------------

function streams() {
    var s = zlib.createGunzip();
    var events = [];
    s.on('data', function () {
        events.push('data');
    });
    s.on('error', function (err) {
        events.push('error ' + err.code + ' ' + err.message);
    });
    s.on('end', function () {
        events.push('end');
    });
    s.on('close', function () {
        events.push('close');
        console.log('stream', events.join(' | '), s.destroyed, s._closed);
        cutStream();
    });
    s.write(gz.subarray(0, 20));
    s.write(Buffer.from('not the rest of it, not at all'));
}

function cutStream() {
    var s = zlib.createInflate();
    var events = [];
    s.on('data', function (d) {
        events.push('data ' + d.length);
    });
    s.on('error', function (err) {
        events.push('error ' + err.code + ' ' + err.message);
    });
    s.on('close', function () {
        console.log('cut stream', events.join(' | '));
    });
    s.end(zlib.deflateSync('some data that will be cut', { level: 0 })
        .subarray(0, 20));
}
