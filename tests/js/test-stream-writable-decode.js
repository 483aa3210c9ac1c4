// decodeStrings and encodings: strings become Buffers before _write
// (encoding 'buffer') unless decodeStrings is false; then _write sees the
// string and its encoding (defaultEncoding, setDefaultEncoding, or the one
// given to write()).
'use strict';
var assert = require('assert');
var Writable = require('stream').Writable;

var seen = [];
function record(chunk, encoding, cb) {
    seen.push([typeof chunk === 'string' ? 'string' :
        Buffer.isBuffer(chunk) ? 'buffer' : typeof chunk, encoding]);
    cb();
}

var w = new Writable({ write: record });
w.write('abc');
w.write(new Uint8Array([1, 2]));
w.write(new Uint16Array([1, 2]));
assert.deepStrictEqual(seen, [['buffer', 'buffer'], ['buffer', 'buffer'],
    ['buffer', 'buffer']]);

seen = [];
var keep = new Writable({ decodeStrings: false, write: record });
keep.write('abc');
keep.write('616263', 'hex');
keep.setDefaultEncoding('LATIN1');
keep.write('xyz');
assert.deepStrictEqual(seen, [['string', 'utf8'], ['string', 'hex'],
    ['string', 'latin1']]);

seen = [];
var dflt = new Writable({
    decodeStrings: false,
    defaultEncoding: 'ascii',
    write: record
});
dflt.write('q');
assert.deepStrictEqual(seen, [['string', 'ascii']]);

assert.throws(function () {
    dflt.setDefaultEncoding('nope');
}, function (err) {
    return err.code === 'ERR_UNKNOWN_ENCODING';
});

// An object-mode writable passes anything through, untouched, with the
// encoding as given (none: undefined; a callback in its place: null).
seen = [];
var objects = new Writable({ objectMode: true, write: record });
objects.write(7);
objects.write('s', 'hex');
objects.write('t', function () {});
assert.deepStrictEqual(seen, [['number', undefined], ['string', 'hex'],
    ['string', null]]);

// 'buffer' is a chunk's encoding, not a default.
assert.throws(function () {
    new Writable({ defaultEncoding: 'buffer' });
}, function (err) {
    return err.code === 'ERR_UNKNOWN_ENCODING';
});
