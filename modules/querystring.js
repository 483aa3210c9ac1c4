/*
 * querystring: Node's parser and serializer for 'a=1&b=2' strings.
 *
 * parse() is a single left-to-right scan that reproduces Node's exact
 * behaviour, quirks included:
 * - `sep` and `eq` may be several characters long. A separator is matched
 *   character by character without backtracking, and a character that
 *   continues a partial separator match is invisible to the `eq` matcher.
 *   The first complete `eq` in a pair ends the key; later ones belong to
 *   the value.
 * - '+' means a space. A key or value is handed to the decoder only if it
 *   holds a '%XX' escape; otherwise it is used as written. A custom
 *   `decodeURIComponent` is always called, and '+' is passed to it as
 *   '%20'. A decoder that throws falls back to unescape().
 * - At most `maxKeys` (default 1000; 0 or less means no limit) pairs are
 *   read, counting empty ones. The result has no prototype.
 *
 * unescape() is decodeURIComponent, and for input that is not well-formed
 * it decodes what it can byte by byte (unescapeBuffer), turning bytes that
 * are not UTF-8 into U+FFFD. UTF-8 decoding goes through string_decoder.
 * unescapeBuffer() returns a Buffer made with the global Buffer.from.
 */
'use strict';

var StringDecoder = require('string_decoder').StringDecoder;

var PERCENT = 37;
var PLUS = 43;

// '%00' .. '%FF', upper case, as Node writes them.
var HEX = [];
(function () {
    var digits = '0123456789ABCDEF';
    var i;
    for (i = 0; i < 256; i++) {
        HEX.push('%' + digits.charAt(i >> 4) + digits.charAt(i & 15));
    }
})();

function hexValue(code) {
    if (code >= 48 && code <= 57) {
        return code - 48;
    }
    if (code >= 65 && code <= 70) {
        return code - 55;
    }
    if (code >= 97 && code <= 102) {
        return code - 87;
    }
    return -1;
}

// Characters escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
function isUnreserved(code) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ||
        (code >= 48 && code <= 57) || code === 45 || code === 46 ||
        code === 95 || code === 126 || code === 33 || code === 39 ||
        code === 40 || code === 41 || code === 42;
}

function uriError() {
    var err = new URIError('URI malformed');
    err.code = 'ERR_INVALID_URI';
    Object.defineProperty(err, 'toString', {
        value: function () {
            return 'URIError [ERR_INVALID_URI]: URI malformed';
        },
        enumerable: false,
        writable: true,
        configurable: true
    });
    return err;
}

/*
 * Percent-encode str as UTF-8, keeping the characters isUnreserved()
 * accepts. Like Node, a surrogate is always paired with the code unit
 * after it, whatever that is; only one at the very end is an error.
 */
function escapeString(str) {
    var out = '';
    var last = 0;
    var i;
    for (i = 0; i < str.length; i++) {
        var c = str.charCodeAt(i);
        if (c < 0x80 && isUnreserved(c)) {
            continue;
        }
        out += str.slice(last, i);
        if (c < 0x80) {
            out += HEX[c];
        } else if (c < 0x800) {
            out += HEX[0xC0 | (c >> 6)] + HEX[0x80 | (c & 0x3F)];
        } else if (c < 0xD800 || c >= 0xE000) {
            out += HEX[0xE0 | (c >> 12)] + HEX[0x80 | ((c >> 6) & 0x3F)] +
                HEX[0x80 | (c & 0x3F)];
        } else {
            i++;
            if (i >= str.length) {
                throw uriError();
            }
            var cp = 0x10000 +
                (((c & 0x3FF) << 10) | (str.charCodeAt(i) & 0x3FF));
            out += HEX[0xF0 | (cp >> 18)] + HEX[0x80 | ((cp >> 12) & 0x3F)] +
                HEX[0x80 | ((cp >> 6) & 0x3F)] + HEX[0x80 | (cp & 0x3F)];
        }
        last = i + 1;
    }
    return last === 0 ? str : out + str.slice(last);
}

function escape(str) {
    if (typeof str !== 'string') {
        str = typeof str === 'object' ? String(str) : str + '';
    }
    return escapeString(str);
}

/*
 * The bytes of s with '%XX' decoded (and '+' as a space if decodeSpaces).
 * Any other character contributes its code unit's low byte, as in Node.
 */
function unescapeBytes(s, decodeSpaces) {
    var bytes = [];
    var i = 0;
    while (i < s.length) {
        var c = s.charCodeAt(i);
        if (c === PLUS && decodeSpaces) {
            bytes.push(32);
            i++;
            continue;
        }
        if (c === PERCENT && i < s.length - 2) {
            var hi = hexValue(s.charCodeAt(i + 1));
            var lo = hexValue(s.charCodeAt(i + 2));
            if (hi >= 0 && lo >= 0) {
                bytes.push(hi * 16 + lo);
                i += 3;
                continue;
            }
        }
        bytes.push(c & 0xFF);
        i++;
    }
    return bytes;
}

function unescapeBuffer(s, decodeSpaces) {
    if (typeof Buffer !== 'function' || typeof Buffer.from !== 'function') {
        throw require('internal/errors').codes.ERR_NOT_SUPPORTED(
            'querystring.unescapeBuffer without Buffer.from');
    }
    return Buffer.from(unescapeBytes(String(s), decodeSpaces));
}

function unescape(s, decodeSpaces) {
    try {
        return decodeURIComponent(s);
    } catch (e) {
        var decoder = new StringDecoder('utf8');
        return decoder.end(new Uint8Array(unescapeBytes(s, decodeSpaces)));
    }
}

// ---------------------------------------------------------------------
// stringify

function primitiveText(v) {
    if (typeof v === 'string') {
        return v;
    }
    if (typeof v === 'number' && isFinite(v)) {
        return '' + v;
    }
    if (typeof v === 'boolean') {
        return v ? 'true' : 'false';
    }
    return '';
}

// With the default encoder, numbers below 1e21 need no escaping.
function defaultConvert(v, encode) {
    if (typeof v === 'string') {
        return v.length ? encode(v) : '';
    }
    if (typeof v === 'number' && isFinite(v)) {
        return Math.abs(v) < 1e21 ? '' + v : encode('' + v);
    }
    if (typeof v === 'boolean') {
        return v ? 'true' : 'false';
    }
    return '';
}

function customConvert(v, encode) {
    return encode(primitiveText(v));
}

function stringify(obj, sep, eq, options) {
    sep = sep || '&';
    eq = eq || '=';
    var encode = module.exports.escape;
    if (options && typeof options.encodeURIComponent === 'function') {
        encode = options.encodeURIComponent;
    }
    var convert = encode === escape ? defaultConvert : customConvert;
    if (obj === null || typeof obj !== 'object') {
        return '';
    }
    var keys = Object.keys(obj);
    var fields = '';
    var i;
    var j;
    for (i = 0; i < keys.length; i++) {
        var v = obj[keys[i]];
        var prefix = convert(keys[i], encode) + eq;
        if (Array.isArray(v)) {
            if (v.length === 0) {
                continue;
            }
            for (j = 0; j < v.length; j++) {
                fields += (fields ? sep : '') + prefix + convert(v[j], encode);
            }
        } else {
            fields += (fields ? sep : '') + prefix + convert(v, encode);
        }
    }
    return fields;
}

// ---------------------------------------------------------------------
// parse

function codesOf(str) {
    var codes = [];
    var i;
    for (i = 0; i < str.length; i++) {
        codes.push(str.charCodeAt(i));
    }
    return codes;
}

function decodePart(s, decode) {
    try {
        return decode(s);
    } catch (e) {
        return module.exports.unescape(s, true);
    }
}

function addPair(obj, key, value, keyEncoded, valueEncoded, decode) {
    if (key.length > 0 && keyEncoded) {
        key = decodePart(key, decode);
    }
    if (value.length > 0 && valueEncoded) {
        value = decodePart(value, decode);
    }
    var current = obj[key];
    if (current === undefined) {
        obj[key] = value;
    } else if (current.pop) {
        current[current.length] = value;
    } else {
        obj[key] = [current, value];
    }
}

function parse(qs, sep, eq, options) {
    var obj = Object.create(null);
    if (typeof qs !== 'string' || qs.length === 0) {
        return obj;
    }
    var sepCodes = sep ? codesOf(String(sep)) : [38];
    var eqCodes = eq ? codesOf(String(eq)) : [61];
    var pairsLeft = 1000;
    if (options && typeof options.maxKeys === 'number') {
        pairsLeft = options.maxKeys > 0 ? options.maxKeys : -1;
    }
    var decode = module.exports.unescape;
    if (options && typeof options.decodeURIComponent === 'function') {
        decode = options.decodeURIComponent;
    }
    var custom = decode !== unescape;
    var plus = custom ? '%20' : ' ';

    // Scanner state: text of the current key and value gathered so far,
    // where the unconsumed text starts, how much of sep/eq has matched,
    // whether key/value need decoding, and progress through a '%XX'.
    var key = '';
    var value = '';
    var lastPos = 0;
    var sepIdx = 0;
    var eqIdx = 0;
    var keyEncoded = custom;
    var valueEncoded = custom;
    var escapeProgress = 0;
    var i;
    for (i = 0; i < qs.length; i++) {
        var code = qs.charCodeAt(i);
        if (code === sepCodes[sepIdx]) {
            if (++sepIdx < sepCodes.length) {
                continue;
            }
            // A whole separator ends the pair.
            var end = i - sepIdx + 1;
            if (eqIdx < eqCodes.length) {
                if (lastPos < end) {
                    key += qs.slice(lastPos, end);
                } else if (key.length === 0) {
                    // An empty pair: counted, but adds nothing.
                    if (--pairsLeft === 0) {
                        return obj;
                    }
                    lastPos = i + 1;
                    sepIdx = eqIdx = 0;
                    continue;
                }
            } else if (lastPos < end) {
                value += qs.slice(lastPos, end);
            }
            addPair(obj, key, value, keyEncoded, valueEncoded, decode);
            if (--pairsLeft === 0) {
                return obj;
            }
            keyEncoded = valueEncoded = custom;
            key = value = '';
            escapeProgress = 0;
            lastPos = i + 1;
            sepIdx = eqIdx = 0;
            continue;
        }
        sepIdx = 0;
        if (eqIdx < eqCodes.length) {
            // Still in the key.
            if (code === eqCodes[eqIdx]) {
                if (++eqIdx === eqCodes.length) {
                    var keyEnd = i - eqIdx + 1;
                    if (lastPos < keyEnd) {
                        key += qs.slice(lastPos, keyEnd);
                    }
                    escapeProgress = 0;
                    lastPos = i + 1;
                }
                continue;
            }
            eqIdx = 0;
            if (!keyEncoded) {
                if (code === PERCENT) {
                    escapeProgress = 1;
                    continue;
                }
                if (escapeProgress > 0) {
                    if (hexValue(code) >= 0) {
                        if (++escapeProgress === 3) {
                            keyEncoded = true;
                        }
                        continue;
                    }
                    escapeProgress = 0;
                }
            }
            if (code === PLUS) {
                key += qs.slice(lastPos, i) + plus;
                lastPos = i + 1;
                continue;
            }
        }
        // In the value, or a key character that falls through: as in
        // Node, an escape in an already-encoded key can mark the value as
        // encoded too (it is then decoded though it need not be).
        if (code === PLUS) {
            value += qs.slice(lastPos, i) + plus;
            lastPos = i + 1;
        } else if (!valueEncoded) {
            if (code === PERCENT) {
                escapeProgress = 1;
            } else if (escapeProgress > 0) {
                if (hexValue(code) >= 0) {
                    if (++escapeProgress === 3) {
                        valueEncoded = true;
                    }
                } else {
                    escapeProgress = 0;
                }
            }
        }
    }
    if (lastPos < qs.length) {
        if (eqIdx < eqCodes.length) {
            key += qs.slice(lastPos);
        } else if (sepIdx < sepCodes.length) {
            value += qs.slice(lastPos);
        }
    } else if (eqIdx === 0 && key.length === 0) {
        return obj;
    }
    addPair(obj, key, value, keyEncoded, valueEncoded, decode);
    return obj;
}

module.exports = {
    unescapeBuffer: unescapeBuffer,
    unescape: unescape,
    escape: escape,
    stringify: stringify,
    encode: stringify,
    parse: parse,
    decode: parse
};
