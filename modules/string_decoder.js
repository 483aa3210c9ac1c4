/*
 * string_decoder: turns a stream of byte chunks into text without breaking
 * characters that straddle two chunks.
 *
 * A decoder keeps at most four bytes between writes: the start of a
 * character whose remaining bytes have not arrived (`missing` more are
 * needed). Which bytes are held back, and what an interrupted or invalid
 * sequence becomes, follows Node 20 exactly:
 * - utf8: bytes are decoded as the WHATWG Encoding standard says, each
 *   maximal invalid subsequence becoming one U+FFFD. A trailing lead byte
 *   with too few continuation bytes is held back; if the next chunk does
 *   not continue it, the held bytes become U+FFFD and the new byte starts
 *   afresh. end() turns held bytes into U+FFFD.
 * - utf16le: an odd trailing byte, or a trailing high surrogate, is held
 *   back. end() drops a lone odd byte and emits a held surrogate as is.
 * - base64/base64url: bytes are held back to a multiple of three, so each
 *   chunk's text is whole base64 groups; end() emits the rest padded
 *   (base64) or unpadded (base64url).
 * - hex, latin1, ascii: nothing is ever held back; ascii drops the high bit.
 *
 * Decoding works on the bytes of any ArrayBuffer view (Buffer, typed
 * arrays, DataView), never on Buffer's own decoding, so this file is the
 * reference UTF-8 decoder for the JavaScript half (querystring and url use
 * it too).
 */
'use strict';

var errors = require('internal/errors');
var codes = errors.codes;

var kState = Symbol('kNativeDecoder');

var ENCODINGS = {
    'utf8': 'utf8', 'utf-8': 'utf8',
    'ucs2': 'utf16le', 'ucs-2': 'utf16le',
    'utf16le': 'utf16le', 'utf-16le': 'utf16le',
    'latin1': 'latin1', 'binary': 'latin1',
    'base64': 'base64', 'base64url': 'base64url',
    'hex': 'hex', 'ascii': 'ascii'
};

function normalizeEncoding(enc) {
    if (enc === undefined || enc === null || enc === '') {
        return 'utf8';
    }
    var name = ENCODINGS[String(enc).toLowerCase()];
    if (name === undefined || !Object.prototype.hasOwnProperty.call(
            ENCODINGS, String(enc).toLowerCase())) {
        throw errors.makeError(TypeError, 'ERR_UNKNOWN_ENCODING',
            'Unknown encoding: ' + String(enc));
    }
    return name;
}

// Build a string from an array of UTF-16 code units, in slices small
// enough for Function.prototype.apply.
function fromCodes(units) {
    var out = '';
    var i;
    for (i = 0; i < units.length; i += 8192) {
        out += String.fromCharCode.apply(null, units.slice(i, i + 8192));
    }
    return out;
}

function pushCodePoint(units, cp) {
    if (cp >= 0x10000) {
        cp -= 0x10000;
        units.push(0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
    } else {
        units.push(cp);
    }
}

/*
 * WHATWG UTF-8 decode of bytes[start, end). `need` counts continuation
 * bytes still expected; the first one has a narrower range after E0, ED,
 * F0 and F4 (no overlong forms, no surrogates, nothing past U+10FFFF). A
 * byte that breaks a sequence ends it with U+FFFD and is looked at again.
 */
function decodeUtf8(bytes, start, end) {
    var units = [];
    var cp = 0;
    var need = 0;
    var lower = 0x80;
    var upper = 0xBF;
    var i = start;
    while (i < end) {
        var b = bytes[i];
        if (need === 0) {
            i++;
            if (b < 0x80) {
                units.push(b);
            } else if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
                cp = b & 0x1F;
            } else if (b >= 0xE0 && b <= 0xEF) {
                lower = b === 0xE0 ? 0xA0 : 0x80;
                upper = b === 0xED ? 0x9F : 0xBF;
                need = 2;
                cp = b & 0x0F;
            } else if (b >= 0xF0 && b <= 0xF4) {
                lower = b === 0xF0 ? 0x90 : 0x80;
                upper = b === 0xF4 ? 0x8F : 0xBF;
                need = 3;
                cp = b & 0x07;
            } else {
                units.push(0xFFFD);
            }
            continue;
        }
        if (b < lower || b > upper) {
            units.push(0xFFFD);
            need = 0;
            lower = 0x80;
            upper = 0xBF;
            continue;
        }
        i++;
        lower = 0x80;
        upper = 0xBF;
        cp = (cp << 6) | (b & 0x3F);
        if (--need === 0) {
            pushCodePoint(units, cp);
        }
    }
    if (need > 0) {
        units.push(0xFFFD);
    }
    return fromCodes(units);
}

function decodeUtf16le(bytes, start, end) {
    var units = [];
    var i;
    for (i = start; i + 1 < end; i += 2) {
        units.push(bytes[i] | (bytes[i + 1] << 8));
    }
    return fromCodes(units);
}

function decodeSingleBytes(bytes, start, end, mask) {
    var units = [];
    var i;
    for (i = start; i < end; i++) {
        units.push(bytes[i] & mask);
    }
    return fromCodes(units);
}

var HEX_DIGITS = '0123456789abcdef';

function decodeHex(bytes, start, end) {
    var out = '';
    var i;
    for (i = start; i < end; i++) {
        out += HEX_DIGITS.charAt(bytes[i] >> 4) +
            HEX_DIGITS.charAt(bytes[i] & 15);
    }
    return out;
}

var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
var B64URL = B64.slice(0, 62) + '-_';

function decodeBase64(bytes, start, end, url) {
    var alphabet = url ? B64URL : B64;
    var out = '';
    var i;
    for (i = start; i + 2 < end; i += 3) {
        var n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
        out += alphabet.charAt(n >> 18) + alphabet.charAt((n >> 12) & 63) +
            alphabet.charAt((n >> 6) & 63) + alphabet.charAt(n & 63);
    }
    var left = end - i;
    if (left > 0) {
        var m = bytes[i] << 16 | (left === 2 ? bytes[i + 1] << 8 : 0);
        out += alphabet.charAt(m >> 18) + alphabet.charAt((m >> 12) & 63);
        if (left === 2) {
            out += alphabet.charAt((m >> 6) & 63);
        }
        if (!url) {
            out += left === 2 ? '=' : '==';
        }
    }
    return out;
}

function decodeBytes(encoding, bytes, start, end) {
    switch (encoding) {
    case 'utf8':
        return decodeUtf8(bytes, start, end);
    case 'utf16le':
        return decodeUtf16le(bytes, start, end);
    case 'latin1':
        return decodeSingleBytes(bytes, start, end, 0xFF);
    case 'ascii':
        return decodeSingleBytes(bytes, start, end, 0x7F);
    case 'hex':
        return decodeHex(bytes, start, end);
    case 'base64':
        return decodeBase64(bytes, start, end, false);
    default:
        return decodeBase64(bytes, start, end, true);
    }
}

function asBytes(buf) {
    if (buf instanceof Uint8Array) {
        return buf;
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

/*
 * How many bytes at the end of bytes[0, n) to hold back for utf8, and how
 * many more that character needs: look back over continuation bytes to
 * the lead byte, whose top bits tell the full length. Too many
 * continuation bytes, or a byte that cannot lead, means nothing is held.
 */
function utf8Tail(bytes, n, state) {
    var held = 0;
    var i;
    for (i = n - 1; i >= 0; i--) {
        var b = bytes[i];
        held++;
        if ((b & 0xC0) === 0x80) {
            if (held >= 4 || i === 0) {
                return;
            }
            continue;
        }
        var total;
        if ((b & 0xE0) === 0xC0) {
            total = 2;
        } else if ((b & 0xF0) === 0xE0) {
            total = 3;
        } else if ((b & 0xF8) === 0xF0) {
            total = 4;
        } else {
            return;
        }
        if (held < total) {
            state.held = held;
            state.missing = total - held;
        }
        return;
    }
}

function StringDecoder(encoding) {
    this.encoding = normalizeEncoding(encoding);
    Object.defineProperty(this, kState, {
        value: { bytes: new Uint8Array(4), held: 0, missing: 0 },
        enumerable: false,
        writable: true,
        configurable: true
    });
}

StringDecoder.prototype.write = function write(buf) {
    if (typeof buf === 'string') {
        return buf;
    }
    if (!ArrayBuffer.isView(buf)) {
        throw codes.ERR_INVALID_ARG_TYPE('buf',
            ['Buffer', 'TypedArray', 'DataView'], buf);
    }
    var state = this[kState];
    if (state === undefined) {
        throw errors.makeError(TypeError, 'ERR_INVALID_THIS',
            'Value of "this" must be of type StringDecoder');
    }
    var enc = this.encoding;
    if (enc === 'hex' || enc === 'latin1' || enc === 'ascii') {
        var all = asBytes(buf);
        return decodeBytes(enc, all, 0, all.length);
    }
    var bytes = asBytes(buf);
    var start = 0;
    var n = bytes.length;
    var prefix = '';

    // First finish the character held back from the previous chunk.
    if (state.missing > 0) {
        var take = Math.min(n, state.missing);
        if (enc === 'utf8') {
            var k;
            for (k = 0; k < take; k++) {
                if ((bytes[k] & 0xC0) !== 0x80) {
                    // Not a continuation: the held character is cut short
                    // here and the new byte starts a character of its own.
                    state.missing = k;
                    take = k;
                    break;
                }
            }
        }
        var j;
        for (j = 0; j < take; j++) {
            state.bytes[state.held++] = bytes[j];
        }
        start = take;
        state.missing -= take;
        if (state.missing > 0) {
            return '';
        }
        prefix = decodeBytes(enc, state.bytes, 0, state.held);
        state.held = 0;
        if (start === n) {
            return prefix;
        }
    }

    // Then hold back an incomplete character at the end of this chunk.
    var tail = { held: 0, missing: 0 };
    if (enc === 'utf8') {
        if (bytes[n - 1] & 0x80) {
            utf8Tail(bytes.subarray(start, n), n - start, tail);
        }
    } else if (enc === 'utf16le') {
        if ((n - start) % 2 === 1) {
            tail.held = tail.missing = 1;
        } else if ((bytes[n - 1] & 0xFC) === 0xD8) {
            tail.held = tail.missing = 2;
        }
    } else {
        tail.held = (n - start) % 3;
        tail.missing = tail.held > 0 ? 3 - tail.held : 0;
    }
    var end = n - tail.held;
    var i;
    for (i = 0; i < tail.held; i++) {
        state.bytes[i] = bytes[end + i];
    }
    state.held = tail.held;
    state.missing = tail.missing;
    return prefix + (end > start ? decodeBytes(enc, bytes, start, end) : '');
};

StringDecoder.prototype.end = function end(buf) {
    var out = '';
    if (buf !== undefined) {
        out = this.write(buf);
    }
    var state = this[kState];
    if (state.held === 0) {
        return out;
    }
    var held = state.held;
    if (this.encoding === 'utf16le' && held % 2 === 1) {
        held--;
    }
    var rest = held > 0 ? decodeBytes(this.encoding, state.bytes, 0, held) :
        '';
    state.held = 0;
    state.missing = 0;
    return out + rest;
};

// Undocumented legacy: decode buf from offset, forgetting held bytes.
StringDecoder.prototype.text = function text(buf, offset) {
    var state = this[kState];
    state.held = 0;
    state.missing = 0;
    return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
    lastChar: {
        configurable: true,
        enumerable: true,
        get: function () {
            var bytes = this[kState].bytes;
            if (typeof Buffer === 'function' &&
                    typeof Buffer.from === 'function') {
                return Buffer.from(bytes.buffer, bytes.byteOffset, 4);
            }
            return bytes;
        }
    },
    lastNeed: {
        configurable: true,
        enumerable: true,
        get: function () {
            return this[kState].missing;
        }
    },
    lastTotal: {
        configurable: true,
        enumerable: true,
        get: function () {
            return this[kState].held + this[kState].missing;
        }
    }
});

exports.StringDecoder = StringDecoder;
