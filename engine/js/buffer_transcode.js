/*
 * internal/buffer_transcode: require('buffer').transcode(source, from,
 * to), re-encoding bytes between ascii, latin1, ucs2 and utf8.
 *
 * Node does this with ICU; here the bytes are decoded to a string and
 * encoded again, with ICU's substitutions where Node shows them: a
 * character the target cannot hold (above 0x7f for ascii, above 0xff for
 * latin1; a surrogate pair counts as one character) becomes '?', and a
 * byte above 0x7f in ascii input is U+FFFD.  Malformed input (invalid
 * UTF-8, lone surrogates) is decoded with U+FFFD as everywhere else in
 * Buffer, where ICU would fail with U_INVALID_CHAR_FOUND for a utf8 or
 * ucs2 target.  Other encodings fail as in Node:
 * "Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]".
 */
'use strict';

var common = require('internal/buffer_common');

var SUPPORTED = [common.UTF8, common.UCS2, common.LATIN1, common.ASCII];
var NAMES = ['utf8', 'ucs2', 'latin1', 'ascii'];

function icuError(code, errno) {
    var err = new Error('Unable to transcode Buffer [' + code + ']');
    err.code = code;
    err.errno = errno;
    return err;
}

// The text of source in encoding id.
function decode(source, id) {
    var text = source.toString(NAMES[id], 0, source.length);
    if (id === common.ASCII) {
        text = source.toString('latin1', 0, source.length)
            .replace(/[\u0080-\u00ff]/g, '\ufffd');
    }
    return text;
}

// text as single-byte characters up to limit, '?' for the others.
function narrow(text, limit) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
        var c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
            var next = text.charCodeAt(i + 1);
            if (next >= 0xdc00 && next <= 0xdfff) {
                i++;
            }
        }
        out += c <= limit ? text.charAt(i) : '?';
    }
    return out;
}

function transcode(source, fromEncoding, toEncoding) {
    if (!common.isUint8Array(source)) {
        throw common.codes.ERR_INVALID_ARG_TYPE('source',
            ['Buffer', 'Uint8Array'], source);
    }
    if (source.length === 0) {
        return Buffer.alloc(0);
    }
    var from = common.normalizeEncoding(fromEncoding);
    var to = common.normalizeEncoding(toEncoding);
    if (SUPPORTED.indexOf(from) < 0 || SUPPORTED.indexOf(to) < 0) {
        throw icuError('U_ILLEGAL_ARGUMENT_ERROR', 1);
    }
    var text = decode(source, from);
    if (to === common.LATIN1 || to === common.ASCII) {
        text = narrow(text, to === common.LATIN1 ? 0xff : 0x7f);
    }
    // Node's UCS-2 to UCS-2 conversion alone turns an odd last byte into
    // U+FFFD (the others drop it).
    if (from === common.UCS2 && to === common.UCS2 && source.length % 2) {
        text += '\ufffd';
    }
    return Buffer.from(text, NAMES[to]);
}

module.exports = { transcode: transcode };
