/*
 * punycode: RFC 3492 Punycode, the encoding that carries Unicode domain
 * labels in ASCII ('münchen' <-> 'mnchen-3ya'), with Node's (deprecated)
 * punycode module API: encode, decode, toASCII, toUnicode and ucs2.
 *
 * Strings are handled as arrays of code points, so characters outside the
 * BMP count once, as the RFC requires. The WHATWG URL host parser
 * (internal/url_parser) uses encode/decode; toASCII/toUnicode here are the
 * plain RFC versions (no UTS #46 mapping), as in Node's module.
 *
 * Errors are RangeErrors with the messages of Node's punycode module.
 */
'use strict';

var BASE = 36;
var TMIN = 1;
var TMAX = 26;
var SKEW = 38;
var DAMP = 700;
var INITIAL_BIAS = 72;
var INITIAL_N = 128;
var MAX_INT = 2147483647;

function fail(kind) {
    var messages = {
        'overflow': 'Overflow: input needs wider integers to process',
        'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
        'invalid-input': 'Invalid input'
    };
    throw new RangeError(messages[kind]);
}

// String -> array of code points; a lone surrogate stands for itself.
function ucs2decode(str) {
    var out = [];
    var i = 0;
    while (i < str.length) {
        var c = str.charCodeAt(i++);
        if (c >= 0xD800 && c <= 0xDBFF && i < str.length) {
            var d = str.charCodeAt(i);
            if ((d & 0xFC00) === 0xDC00) {
                out.push(((c & 0x3FF) << 10) + (d & 0x3FF) + 0x10000);
                i++;
                continue;
            }
        }
        out.push(c);
    }
    return out;
}

function ucs2encode(codePoints) {
    var out = '';
    var i;
    for (i = 0; i < codePoints.length; i++) {
        var cp = codePoints[i];
        if (cp > 0xFFFF) {
            cp -= 0x10000;
            out += String.fromCharCode(0xD800 + (cp >> 10),
                0xDC00 + (cp & 0x3FF));
        } else {
            out += String.fromCharCode(cp);
        }
    }
    return out;
}

// Digit value of a basic code point, or BASE when it is not a digit.
function digitOf(code) {
    if (code >= 48 && code < 58) {
        return code - 22;
    }
    if (code >= 65 && code < 91) {
        return code - 65;
    }
    if (code >= 97 && code < 123) {
        return code - 97;
    }
    return BASE;
}

// 0..25 -> 'a'..'z', 26..35 -> '0'..'9'.
function digitChar(d) {
    return String.fromCharCode(d < 26 ? d + 97 : d + 22);
}

// RFC 3492 section 6.1.
function adapt(delta, numPoints, firstTime) {
    var k = 0;
    delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
    delta += Math.floor(delta / numPoints);
    while (delta > ((BASE - TMIN) * TMAX) >> 1) {
        delta = Math.floor(delta / (BASE - TMIN));
        k += BASE;
    }
    return Math.floor(k + (BASE - TMIN + 1) * delta / (delta + SKEW));
}

function threshold(k, bias) {
    if (k <= bias) {
        return TMIN;
    }
    return k >= bias + TMAX ? TMAX : k - bias;
}

// Punycode text (without 'xn--') -> Unicode string.
function decode(input) {
    var output = [];
    var basic = input.lastIndexOf('-');
    if (basic < 0) {
        basic = 0;
    }
    var j;
    for (j = 0; j < basic; j++) {
        if (input.charCodeAt(j) >= 0x80) {
            fail('not-basic');
        }
        output.push(input.charCodeAt(j));
    }
    var n = INITIAL_N;
    var bias = INITIAL_BIAS;
    var i = 0;
    var pos = basic > 0 ? basic + 1 : 0;
    while (pos < input.length) {
        // One generalized variable-length integer per inserted character.
        var oldi = i;
        var w = 1;
        var k;
        for (k = BASE; ; k += BASE) {
            if (pos >= input.length) {
                fail('invalid-input');
            }
            var digit = digitOf(input.charCodeAt(pos++));
            if (digit >= BASE) {
                fail('invalid-input');
            }
            if (digit > Math.floor((MAX_INT - i) / w)) {
                fail('overflow');
            }
            i += digit * w;
            var t = threshold(k, bias);
            if (digit < t) {
                break;
            }
            if (w > Math.floor(MAX_INT / (BASE - t))) {
                fail('overflow');
            }
            w *= BASE - t;
        }
        var count = output.length + 1;
        bias = adapt(i - oldi, count, oldi === 0);
        if (Math.floor(i / count) > MAX_INT - n) {
            fail('overflow');
        }
        n += Math.floor(i / count);
        i %= count;
        output.splice(i++, 0, n);
    }
    return ucs2encode(output);
}

// Unicode string -> Punycode text (without 'xn--').
function encode(input) {
    var points = ucs2decode(input);
    var output = '';
    var i;
    for (i = 0; i < points.length; i++) {
        if (points[i] < 0x80) {
            output += String.fromCharCode(points[i]);
        }
    }
    var basicLength = output.length;
    var handled = basicLength;
    if (basicLength > 0) {
        output += '-';
    }
    var n = INITIAL_N;
    var delta = 0;
    var bias = INITIAL_BIAS;
    while (handled < points.length) {
        // The smallest code point not yet handled.
        var m = MAX_INT;
        for (i = 0; i < points.length; i++) {
            if (points[i] >= n && points[i] < m) {
                m = points[i];
            }
        }
        if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) {
            fail('overflow');
        }
        delta += (m - n) * (handled + 1);
        n = m;
        for (i = 0; i < points.length; i++) {
            var c = points[i];
            if (c < n && ++delta > MAX_INT) {
                fail('overflow');
            }
            if (c === n) {
                var q = delta;
                var k;
                for (k = BASE; ; k += BASE) {
                    var t = threshold(k, bias);
                    if (q < t) {
                        break;
                    }
                    output += digitChar(t + (q - t) % (BASE - t));
                    q = Math.floor((q - t) / (BASE - t));
                }
                output += digitChar(q);
                bias = adapt(delta, handled + 1, handled === basicLength);
                delta = 0;
                handled++;
            }
        }
        delta++;
        n++;
    }
    return output;
}

// Apply fn to each label of a domain; an '@' keeps its local part as is.
function mapDomain(domain, fn) {
    var at = domain.split('@');
    var prefix = '';
    if (at.length > 1) {
        prefix = at[0] + '@';
        domain = at[1];
    }
    domain = domain.replace(/[\u002E\u3002\uFF0E\uFF61]/g, '.');
    return prefix + domain.split('.').map(fn).join('.');
}

function toUnicode(input) {
    return mapDomain(input, function (label) {
        return /^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) :
            label;
    });
}

function toASCII(input) {
    return mapDomain(input, function (label) {
        return /[^\0-\x7F]/.test(label) ? 'xn--' + encode(label) : label;
    });
}

module.exports = {
    version: '2.1.0',
    ucs2: { decode: ucs2decode, encode: ucs2encode },
    decode: decode,
    encode: encode,
    toASCII: toASCII,
    toUnicode: toUnicode
};
