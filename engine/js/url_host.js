/*
 * internal/url_host: the parts of the WHATWG URL Standard below the
 * parser's state machine: percent-encode sets and percent-decoding, and
 * the host parser (domains, IPv4 in all its number forms, IPv6, opaque
 * hosts). internal/url_parser builds on it.
 *
 * A parsed host is returned already serialized ('example.com',
 * '127.0.0.1', '[::1]'), or null when the input is not a valid host.
 *
 * Domain names go through a reduced UTS #46 mapping: lower-casing, full-
 * width ASCII and the ideographic full stops, removal of ignored code
 * points, rejection of joiners; then Punycode. Unicode normalisation
 * (NFC/NFKC) and the full mapping table are not included, so a
 * compatibility character such as U+FB00 (the 'ff' ligature) is encoded
 * as itself where Node maps it to 'ff' first. ASCII and already
 * normalised names give Node's results.
 */
'use strict';

var punycode = require('punycode');

var SPECIAL = { 'ftp': 21, 'file': null, 'http': 80, 'https': 443,
    'ws': 80, 'wss': 443 };

function isSpecialScheme(scheme) {
    return Object.prototype.hasOwnProperty.call(SPECIAL, scheme);
}

function defaultPort(scheme) {
    return isSpecialScheme(scheme) ? SPECIAL[scheme] : null;
}

// ---------------------------------------------------------------------
// Percent-encoding

var HEX = '0123456789ABCDEF';

function pctByte(b) {
    return '%' + HEX.charAt(b >> 4) + HEX.charAt(b & 15);
}

// Percent-encode sets as predicates over ASCII code points; every code
// point above U+007E is in every set.
function inC0(c) {
    return c < 0x20 || c > 0x7E;
}
function inFragment(c) {
    return inC0(c) || c === 0x20 || c === 0x22 || c === 0x3C || c === 0x3E ||
        c === 0x60;
}
function inQuery(c) {
    return inC0(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3C ||
        c === 0x3E;
}
function inSpecialQuery(c) {
    return inQuery(c) || c === 0x27;
}
function inPath(c) {
    return inQuery(c) || c === 0x3F || c === 0x60 || c === 0x7B ||
        c === 0x7D;
}
function inUserinfo(c) {
    return inPath(c) || c === 0x2F || c === 0x3A || c === 0x3B ||
        c === 0x3D || c === 0x40 || (c >= 0x5B && c <= 0x5D) || c === 0x7C;
}

/*
 * Percent-encode str as UTF-8, escaping what `set` contains. Lone
 * surrogates are encoded as U+FFFD (URLs work on scalar values).
 */
function encode(str, set) {
    var out = '';
    var i;
    for (i = 0; i < str.length; i++) {
        var c = str.charCodeAt(i);
        if (c < 0x80) {
            out += set(c) ? pctByte(c) : str.charAt(i);
            continue;
        }
        var cp = c;
        if (c >= 0xD800 && c <= 0xDFFF) {
            var d = str.charCodeAt(i + 1);
            if (c <= 0xDBFF && d >= 0xDC00 && d <= 0xDFFF) {
                cp = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
                i++;
            } else {
                cp = 0xFFFD;
            }
        }
        out += utf8Escapes(cp);
    }
    return out;
}

function utf8Escapes(cp) {
    if (cp < 0x800) {
        return pctByte(0xC0 | (cp >> 6)) + pctByte(0x80 | (cp & 63));
    }
    if (cp < 0x10000) {
        return pctByte(0xE0 | (cp >> 12)) +
            pctByte(0x80 | ((cp >> 6) & 63)) + pctByte(0x80 | (cp & 63));
    }
    return pctByte(0xF0 | (cp >> 18)) + pctByte(0x80 | ((cp >> 12) & 63)) +
        pctByte(0x80 | ((cp >> 6) & 63)) + pctByte(0x80 | (cp & 63));
}

function hexValue(c) {
    if (c >= 48 && c <= 57) {
        return c - 48;
    }
    c |= 0x20;
    return c >= 97 && c <= 102 ? c - 87 : -1;
}

/*
 * The UTF-8 bytes of str with '%XX' escapes turned into the bytes they
 * name (a '%' without two hex digits stays a '%').
 */
function percentDecodeBytes(str) {
    var bytes = [];
    var i;
    for (i = 0; i < str.length; i++) {
        var c = str.charCodeAt(i);
        if (c === 0x25 && i + 2 < str.length &&
                hexValue(str.charCodeAt(i + 1)) >= 0 &&
                hexValue(str.charCodeAt(i + 2)) >= 0) {
            bytes.push(hexValue(str.charCodeAt(i + 1)) * 16 +
                hexValue(str.charCodeAt(i + 2)));
            i += 2;
        } else if (c < 0x80) {
            bytes.push(c);
        } else {
            var cp = c;
            var d = str.charCodeAt(i + 1);
            if (c >= 0xD800 && c <= 0xDBFF && d >= 0xDC00 && d <= 0xDFFF) {
                cp = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
                i++;
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                cp = 0xFFFD;
            }
            pushUtf8(bytes, cp);
        }
    }
    return bytes;
}

function pushUtf8(bytes, cp) {
    if (cp < 0x800) {
        bytes.push(0xC0 | (cp >> 6), 0x80 | (cp & 63));
    } else if (cp < 0x10000) {
        bytes.push(0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 63),
            0x80 | (cp & 63));
    } else {
        bytes.push(0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 63),
            0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    }
}

var decoder = null;

// UTF-8 decode with U+FFFD for bad sequences (string_decoder does it).
function utf8Decode(bytes) {
    if (decoder === null) {
        var StringDecoder = require('string_decoder').StringDecoder;
        decoder = new StringDecoder('utf8');
    }
    return decoder.end(new Uint8Array(bytes));
}

function percentDecode(str) {
    if (str.indexOf('%') < 0) {
        return str;
    }
    return utf8Decode(percentDecodeBytes(str));
}

// ---------------------------------------------------------------------
// Hosts

function isForbiddenHost(c) {
    return c === 0 || c === 9 || c === 0xA || c === 0xD || c === 0x20 ||
        c === 0x23 || c === 0x2F || c === 0x3A || c === 0x3C || c === 0x3E ||
        c === 0x3F || c === 0x40 || c === 0x5B || c === 0x5C || c === 0x5D ||
        c === 0x5E || c === 0x7C;
}

function isForbiddenDomain(c) {
    return isForbiddenHost(c) || c <= 0x1F || c === 0x25 || c === 0x7F;
}

// An IPv4 part: decimal, '0x' hex or leading-zero octal. -1 on failure.
function parseIPv4Number(s) {
    if (s === '') {
        return -1;
    }
    var radix = 10;
    if (s.length >= 2 && s.charAt(0) === '0' &&
            (s.charAt(1) === 'x' || s.charAt(1) === 'X')) {
        s = s.slice(2);
        radix = 16;
    } else if (s.length >= 2 && s.charAt(0) === '0') {
        s = s.slice(1);
        radix = 8;
    }
    if (s === '') {
        return 0;
    }
    var pattern = radix === 10 ? /^[0-9]+$/ :
        radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
    if (!pattern.test(s)) {
        return -1;
    }
    return parseInt(s, radix);
}

// A host whose last label is a number must be an IPv4 address.
function endsInNumber(host) {
    var parts = host.split('.');
    if (parts[parts.length - 1] === '') {
        if (parts.length === 1) {
            return false;
        }
        parts.pop();
    }
    var last = parts[parts.length - 1];
    return (last !== '' && /^[0-9]+$/.test(last)) ||
        parseIPv4Number(last) !== -1;
}

// Returns the serialized address or null.
function parseIPv4(host) {
    var parts = host.split('.');
    if (parts[parts.length - 1] === '' && parts.length > 1) {
        parts.pop();
    }
    if (parts.length > 4) {
        return null;
    }
    var numbers = [];
    var i;
    for (i = 0; i < parts.length; i++) {
        var n = parseIPv4Number(parts[i]);
        if (n < 0) {
            return null;
        }
        numbers.push(n);
    }
    for (i = 0; i < numbers.length - 1; i++) {
        if (numbers[i] > 255) {
            return null;
        }
    }
    var last = numbers[numbers.length - 1];
    if (last >= Math.pow(256, 5 - numbers.length)) {
        return null;
    }
    var address = last;
    for (i = 0; i < numbers.length - 1; i++) {
        address += numbers[i] * Math.pow(256, 3 - i);
    }
    var out = [];
    for (i = 0; i < 4; i++) {
        out.unshift(String(address % 256));
        address = Math.floor(address / 256);
    }
    return out.join('.');
}

// Eight 16-bit pieces, or null. Follows the standard's IPv6 parser.
function parseIPv6(input) {
    var pieces = [0, 0, 0, 0, 0, 0, 0, 0];
    var index = 0;
    var compress = -1;
    var p = 0;
    var len = input.length;
    function at(k) {
        return k < len ? input.charCodeAt(k) : -1;
    }
    if (at(p) === 0x3A) {
        if (at(p + 1) !== 0x3A) {
            return null;
        }
        p += 2;
        compress = ++index;
    }
    while (at(p) !== -1) {
        if (index === 8) {
            return null;
        }
        if (at(p) === 0x3A) {
            if (compress !== -1) {
                return null;
            }
            p++;
            compress = ++index;
            continue;
        }
        var value = 0;
        var length = 0;
        while (length < 4 && hexValue(at(p)) >= 0) {
            value = value * 16 + hexValue(at(p));
            p++;
            length++;
        }
        if (at(p) === 0x2E) {
            // An IPv4 address in the last two pieces.
            if (length === 0) {
                return null;
            }
            p -= length;
            if (index > 6) {
                return null;
            }
            var seen = 0;
            while (at(p) !== -1) {
                var v4 = -1;
                if (seen > 0) {
                    if (at(p) === 0x2E && seen < 4) {
                        p++;
                    } else {
                        return null;
                    }
                }
                if (!(at(p) >= 0x30 && at(p) <= 0x39)) {
                    return null;
                }
                while (at(p) >= 0x30 && at(p) <= 0x39) {
                    var digit = at(p) - 0x30;
                    if (v4 === -1) {
                        v4 = digit;
                    } else if (v4 === 0) {
                        return null;
                    } else {
                        v4 = v4 * 10 + digit;
                    }
                    if (v4 > 255) {
                        return null;
                    }
                    p++;
                }
                pieces[index] = pieces[index] * 256 + v4;
                seen++;
                if (seen === 2 || seen === 4) {
                    index++;
                }
            }
            if (seen !== 4) {
                return null;
            }
            break;
        } else if (at(p) === 0x3A) {
            p++;
            if (at(p) === -1) {
                return null;
            }
        } else if (at(p) !== -1) {
            return null;
        }
        pieces[index++] = value;
    }
    if (compress !== -1) {
        var swaps = index - compress;
        index = 7;
        while (index !== 0 && swaps > 0) {
            var tmp = pieces[compress + swaps - 1];
            pieces[compress + swaps - 1] = pieces[index];
            pieces[index] = tmp;
            index--;
            swaps--;
        }
    } else if (index !== 8) {
        return null;
    }
    return pieces;
}

// The first longest run of two or more zero pieces becomes '::'.
function serializeIPv6(pieces) {
    var best = -1;
    var bestLen = 1;
    var i;
    for (i = 0; i < 8; i++) {
        if (pieces[i] !== 0) {
            continue;
        }
        var j = i;
        while (j < 8 && pieces[j] === 0) {
            j++;
        }
        if (j - i > bestLen) {
            best = i;
            bestLen = j - i;
        }
        i = j;
    }
    var out = '';
    var ignore0 = false;
    for (i = 0; i < 8; i++) {
        if (ignore0 && pieces[i] === 0) {
            continue;
        }
        ignore0 = false;
        if (i === best) {
            out += i === 0 ? '::' : ':';
            ignore0 = true;
            continue;
        }
        out += pieces[i].toString(16);
        if (i !== 7) {
            out += ':';
        }
    }
    return '[' + out + ']';
}

// Code points UTS #46 maps to nothing.
var IGNORED = /[\u00AD\u034F\u180B-\u180D\u200B\u2060\uFE00-\uFE0F\uFEFF]/g;

/*
 * UTS #46 ToASCII as the URL standard calls it (no STD3 rules, no DNS
 * length checks), reduced as described at the top of this file. Returns
 * null on failure.
 */
function domainToASCII(domain) {
    var mapped = domain;
    if (/[^\x00-\x7F]/.test(mapped)) {
        mapped = mapped.replace(IGNORED, '')
            .replace(/[\u3002\uFF0E\uFF61]/g, '.')
            .replace(/[\uFF01-\uFF5E]/g, function (ch) {
                return String.fromCharCode(ch.charCodeAt(0) - 0xFEE0);
            });
        if (/[\u200C\u200D]/.test(mapped)) {
            return null;
        }
    }
    mapped = mapped.toLowerCase();
    var labels = mapped.split('.');
    var i;
    for (i = 0; i < labels.length; i++) {
        var label = labels[i];
        if (label.slice(0, 4) === 'xn--') {
            var decoded;
            try {
                decoded = punycode.decode(label.slice(4));
            } catch (e) {
                return null;
            }
            if (decoded === '' || !/[^\x00-\x7F]/.test(decoded) ||
                    /[\x00-\x9F]/.test(decoded.replace(/[\x21-\x7E]/g, '')) ||
                    decoded !== decoded.toLowerCase() ||
                    /[\u00A0\u00A8\u00AA\u00AF\u00B2-\u00B5\u00B8-\u00BE]/
                        .test(decoded)) {
                return null;
            }
        } else if (/[^\x00-\x7F]/.test(label)) {
            if (/[\x80-\x9F\uFFFD]/.test(label)) {
                return null;
            }
            labels[i] = 'xn--' + punycode.encode(label);
        }
    }
    return labels.join('.');
}

function domainToUnicode(domain) {
    var ascii = domainToASCII(domain);
    if (ascii === null) {
        return null;
    }
    return ascii.split('.').map(function (label) {
        return label.slice(0, 4) === 'xn--' ?
            punycode.decode(label.slice(4)) : label;
    }).join('.');
}

function parseOpaqueHost(input) {
    var i;
    for (i = 0; i < input.length; i++) {
        var c = input.charCodeAt(i);
        if (c !== 0x25 && isForbiddenHost(c)) {
            return null;
        }
    }
    return encode(input, inC0);
}

// The standard's host parser; returns the serialized host or null.
function parseHost(input, isOpaque) {
    if (input.charAt(0) === '[') {
        if (input.charAt(input.length - 1) !== ']') {
            return null;
        }
        var pieces = parseIPv6(input.slice(1, -1));
        return pieces === null ? null : serializeIPv6(pieces);
    }
    if (isOpaque) {
        return parseOpaqueHost(input);
    }
    var domain = percentDecode(input);
    var ascii = domainToASCII(domain);
    if (ascii === null || ascii === '') {
        return null;
    }
    var i;
    for (i = 0; i < ascii.length; i++) {
        if (isForbiddenDomain(ascii.charCodeAt(i))) {
            return null;
        }
    }
    if (endsInNumber(ascii)) {
        return parseIPv4(ascii);
    }
    return ascii;
}

module.exports = {
    SPECIAL: SPECIAL,
    isSpecialScheme: isSpecialScheme,
    defaultPort: defaultPort,
    encode: encode,
    inC0: inC0,
    inFragment: inFragment,
    inQuery: inQuery,
    inSpecialQuery: inSpecialQuery,
    inPath: inPath,
    inUserinfo: inUserinfo,
    utf8Escapes: utf8Escapes,
    percentDecodeBytes: percentDecodeBytes,
    percentDecode: percentDecode,
    utf8Decode: utf8Decode,
    parseHost: parseHost,
    domainToASCII: domainToASCII,
    domainToUnicode: domainToUnicode
};
