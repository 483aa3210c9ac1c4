/*
 * internal/url_parser: the WHATWG URL Standard's basic URL parser and URL
 * serializer, on which `URL` (internal/url) and url.format(URL) build.
 *
 * A URL record is a plain object:
 *   { scheme, username, password, host, port, path, opaque, query,
 *     fragment }
 * `host` is null (no host) or the serialized host ('' for the empty host,
 * '[::1]' for IPv6); `port` is null or a number; `path` is an array of
 * segments, or a string when `opaque` is true ('mailto:x' has the opaque
 * path 'x'); `query` and `fragment` are null or strings. Everything stored
 * is already percent-encoded, so serializing is concatenation.
 *
 * parse(input, base) returns a new record or null. setter(url, value,
 * state) runs the parser with a state override to change one part of an
 * existing record, as the URL setters do; it changes nothing when the
 * value is rejected.
 *
 * The state machine below is the standard's, one case per state, with one
 * liberty: characters are gathered raw and percent-encoded when a part is
 * complete, instead of one at a time. The result is the same because every
 * check the standard makes on a partly encoded buffer ('.', '%2e', a
 * drive letter) reads the same before and after encoding.
 */
'use strict';

var host = require('internal/url_host');
var encode = host.encode;
var isSpecialScheme = host.isSpecialScheme;

var EOF = -1;

function isAlpha(c) {
    return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A);
}

function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}

// 'C:' or 'C|'; `normalized` asks for ':' only.
function isDriveLetter(s, normalized) {
    return s.length === 2 && isAlpha(s.charCodeAt(0)) &&
        (s.charAt(1) === ':' || (!normalized && s.charAt(1) === '|'));
}

// Does s begin with a drive letter followed by nothing, '/', '\', '?', '#'?
function startsWithDriveLetter(s) {
    if (s.length < 2 || !isDriveLetter(s.slice(0, 2), false)) {
        return false;
    }
    if (s.length === 2) {
        return true;
    }
    var c = s.charAt(2);
    return c === '/' || c === '\\' || c === '?' || c === '#';
}

function isSingleDot(s) {
    return s === '.' || s.toLowerCase() === '%2e';
}

function isDoubleDot(s) {
    switch (s.toLowerCase()) {
    case '..':
    case '.%2e':
    case '%2e.':
    case '%2e%2e':
        return true;
    default:
        return false;
    }
}

function shortenPath(url) {
    var path = url.path;
    if (url.opaque) {
        return;
    }
    if (url.scheme === 'file' && path.length === 1 &&
            isDriveLetter(path[0], true)) {
        return;
    }
    path.pop();
}

// Segments added to an opaque path (only in the Ada quirk above) are
// joined with '/'.
function pushSegment(url, segment) {
    if (url.opaque) {
        url.path += '/' + segment;
    } else {
        url.path.push(segment);
    }
}

function newRecord() {
    return { scheme: '', username: '', password: '', host: null,
        port: null, path: [], opaque: false, query: null, fragment: null };
}

// Leading and trailing C0 controls and spaces go; tabs and newlines go
// from everywhere.
function preprocess(input, trim) {
    if (trim) {
        input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
    }
    return input.replace(/[\t\n\r]/g, '');
}

/*
 * The basic URL parser. Returns the record, or null for failure. With
 * `override` (a state name) it edits `url` and returns false where the
 * standard returns failure, true otherwise.
 */
function basicParse(input, base, url, override) {
    input = preprocess(input, !url);
    if (!url) {
        url = newRecord();
    }
    var state = override || 'scheme start';
    var buffer = '';
    var atSeen = false;
    var insideBrackets = false;
    var passwordSeen = false;
    var len = input.length;
    var p = 0;
    var special = isSpecialScheme(url.scheme);

    for (; ; p++) {
        var c = p < len ? input.charCodeAt(p) : EOF;
        var ch = p < len ? input.charAt(p) : '';
        switch (state) {
        case 'scheme start':
            if (isAlpha(c)) {
                buffer += ch.toLowerCase();
                state = 'scheme';
            } else if (!override) {
                state = 'no scheme';
                p--;
            } else {
                return false;
            }
            break;

        case 'scheme':
            if (isAlpha(c) || isDigit(c) || c === 0x2B || c === 0x2D ||
                    c === 0x2E) {
                buffer += ch.toLowerCase();
            } else if (c === 0x3A) {
                if (override) {
                    if (isSpecialScheme(url.scheme) !==
                            isSpecialScheme(buffer)) {
                        return true;
                    }
                    if ((url.username !== '' || url.password !== '' ||
                            url.port !== null) && buffer === 'file') {
                        return true;
                    }
                    if (url.scheme === 'file' && url.host === '') {
                        return true;
                    }
                }
                url.scheme = buffer;
                special = isSpecialScheme(buffer);
                if (override) {
                    if (url.port === host.defaultPort(url.scheme)) {
                        url.port = null;
                    }
                    return true;
                }
                buffer = '';
                if (url.scheme === 'file') {
                    state = 'file';
                } else if (special && base && base.scheme === url.scheme) {
                    state = 'special relative or authority';
                } else if (special) {
                    state = 'special authority slashes';
                } else if (input.charAt(p + 1) === '/') {
                    state = 'path or authority';
                    p++;
                } else {
                    url.path = '';
                    url.opaque = true;
                    state = 'opaque path';
                }
            } else if (!override) {
                buffer = '';
                state = 'no scheme';
                p = -1;
            } else {
                return false;
            }
            break;

        case 'no scheme':
            // Node's parser (Ada) lets an input that holds a '#' anywhere
            // continue against a base with an opaque path; we follow it.
            if (!base || (base.opaque && input.indexOf('#') < 0)) {
                return null;
            }
            if (base.opaque && c === 0x23) {
                url.scheme = base.scheme;
                url.path = base.path;
                url.opaque = true;
                url.query = base.query;
                url.fragment = '';
                state = 'fragment';
            } else if (base.scheme !== 'file') {
                state = 'relative';
                p--;
            } else {
                state = 'file';
                p--;
            }
            break;

        case 'special relative or authority':
            if (c === 0x2F && input.charAt(p + 1) === '/') {
                state = 'special authority ignore slashes';
                p++;
            } else {
                state = 'relative';
                p--;
            }
            break;

        case 'path or authority':
            if (c === 0x2F) {
                state = 'authority';
            } else {
                state = 'path';
                p--;
            }
            break;

        case 'relative':
            url.scheme = base.scheme;
            special = isSpecialScheme(url.scheme);
            if (c === 0x2F || (special && c === 0x5C)) {
                state = 'relative slash';
            } else {
                url.username = base.username;
                url.password = base.password;
                url.host = base.host;
                url.port = base.port;
                url.path = base.opaque ? base.path : base.path.slice();
                url.opaque = base.opaque;
                url.query = base.query;
                if (c === 0x3F) {
                    url.query = '';
                    state = 'query';
                } else if (c === 0x23) {
                    url.fragment = '';
                    state = 'fragment';
                } else if (c !== EOF) {
                    url.query = null;
                    shortenPath(url);
                    state = 'path';
                    p--;
                }
            }
            break;

        case 'relative slash':
            if (special && (c === 0x2F || c === 0x5C)) {
                state = 'special authority ignore slashes';
            } else if (c === 0x2F) {
                state = 'authority';
            } else {
                url.username = base.username;
                url.password = base.password;
                url.host = base.host;
                url.port = base.port;
                state = 'path';
                p--;
            }
            break;

        case 'special authority slashes':
            if (c === 0x2F && input.charAt(p + 1) === '/') {
                p++;
            } else {
                p--;
            }
            state = 'special authority ignore slashes';
            break;

        case 'special authority ignore slashes':
            if (c !== 0x2F && c !== 0x5C) {
                state = 'authority';
                p--;
            }
            break;

        case 'authority':
            if (c === 0x40) {
                if (atSeen) {
                    buffer = '%40' + buffer;
                }
                atSeen = true;
                // The first ':' in the buffer separates the password.
                var colon = passwordSeen ? -1 : buffer.indexOf(':');
                if (passwordSeen) {
                    url.password += encode(buffer, host.inUserinfo);
                } else if (colon >= 0) {
                    passwordSeen = true;
                    url.username += encode(buffer.slice(0, colon),
                        host.inUserinfo);
                    url.password += encode(buffer.slice(colon + 1),
                        host.inUserinfo);
                } else {
                    url.username += encode(buffer, host.inUserinfo);
                }
                buffer = '';
            } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                    (special && c === 0x5C)) {
                if (atSeen && buffer === '') {
                    return null;
                }
                p -= buffer.length + 1;
                buffer = '';
                state = 'host';
            } else {
                buffer += ch;
            }
            break;

        case 'host':
        case 'hostname':
            if (override && url.scheme === 'file') {
                p--;
                state = 'file host';
            } else if (c === 0x3A && !insideBrackets) {
                if (buffer === '') {
                    return override ? false : null;
                }
                if (override === 'hostname') {
                    return false;
                }
                var h = host.parseHost(buffer, !special);
                if (h === null) {
                    return override ? false : null;
                }
                url.host = h;
                buffer = '';
                state = 'port';
            } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                    (special && c === 0x5C)) {
                p--;
                if (special && buffer === '') {
                    return override ? false : null;
                }
                if (override && buffer === '' &&
                        (url.username !== '' || url.password !== '' ||
                         url.port !== null)) {
                    return false;
                }
                var h2 = host.parseHost(buffer, !special);
                if (h2 === null) {
                    return override ? false : null;
                }
                url.host = h2;
                buffer = '';
                state = 'path start';
                if (override) {
                    return true;
                }
            } else {
                if (c === 0x5B) {
                    insideBrackets = true;
                } else if (c === 0x5D) {
                    insideBrackets = false;
                }
                buffer += ch;
            }
            break;

        case 'port':
            if (isDigit(c)) {
                buffer += ch;
            } else if (c === EOF || c === 0x2F || c === 0x3F || c === 0x23 ||
                    (special && c === 0x5C) || override) {
                if (buffer !== '') {
                    var port = parseInt(buffer, 10);
                    if (port > 65535) {
                        return override ? false : null;
                    }
                    url.port = port === host.defaultPort(url.scheme) ?
                        null : port;
                    buffer = '';
                    if (override) {
                        return true;
                    }
                }
                if (override) {
                    return false;
                }
                state = 'path start';
                p--;
            } else {
                return override ? false : null;
            }
            break;

        case 'file':
            url.scheme = 'file';
            special = true;
            url.host = '';
            if (c === 0x2F || c === 0x5C) {
                state = 'file slash';
            } else if (base && base.scheme === 'file') {
                url.host = base.host;
                url.path = base.path.slice();
                url.query = base.query;
                if (c === 0x3F) {
                    url.query = '';
                    state = 'query';
                } else if (c === 0x23) {
                    url.fragment = '';
                    state = 'fragment';
                } else if (c !== EOF) {
                    url.query = null;
                    if (!startsWithDriveLetter(input.slice(p))) {
                        shortenPath(url);
                    } else {
                        url.path = [];
                    }
                    state = 'path';
                    p--;
                }
            } else {
                state = 'path';
                p--;
            }
            break;

        case 'file slash':
            if (c === 0x2F || c === 0x5C) {
                state = 'file host';
            } else {
                if (base && base.scheme === 'file') {
                    url.host = base.host;
                    if (!startsWithDriveLetter(input.slice(p)) &&
                            base.path.length > 0 &&
                            isDriveLetter(base.path[0], true)) {
                        url.path.push(base.path[0]);
                    }
                }
                state = 'path';
                p--;
            }
            break;

        case 'file host':
            if (c === EOF || c === 0x2F || c === 0x5C || c === 0x3F ||
                    c === 0x23) {
                p--;
                if (!override && isDriveLetter(buffer, false)) {
                    // The drive letter quirk: the buffer is kept and
                    // becomes the first path segment.
                    state = 'path';
                } else if (buffer === '') {
                    url.host = '';
                    if (override) {
                        return true;
                    }
                    state = 'path start';
                } else {
                    var fh = host.parseHost(buffer, !special);
                    if (fh === null) {
                        return override ? false : null;
                    }
                    url.host = fh === 'localhost' ? '' : fh;
                    if (override) {
                        return true;
                    }
                    buffer = '';
                    state = 'path start';
                }
            } else {
                buffer += ch;
            }
            break;

        case 'path start':
            if (special) {
                state = 'path';
                if (c !== 0x2F && c !== 0x5C) {
                    p--;
                }
            } else if (!override && c === 0x3F) {
                url.query = '';
                state = 'query';
            } else if (!override && c === 0x23) {
                url.fragment = '';
                state = 'fragment';
            } else if (c !== EOF) {
                state = 'path';
                if (c !== 0x2F) {
                    p--;
                }
            } else if (override && url.host === null) {
                url.path.push('');
            }
            break;

        case 'path':
            if (c === EOF || c === 0x2F || (special && c === 0x5C) ||
                    (!override && (c === 0x3F || c === 0x23))) {
                var slash = c === 0x2F || (special && c === 0x5C);
                if (isDoubleDot(buffer)) {
                    // Ada, unlike the standard, adds no empty segment when
                    // '..' finds nothing to remove in a non-special URL.
                    var hadSegments = url.opaque || url.path.length > 0;
                    shortenPath(url);
                    if (!slash && (special || hadSegments)) {
                        pushSegment(url, '');
                    }
                } else if (isSingleDot(buffer)) {
                    if (!slash) {
                        pushSegment(url, '');
                    }
                } else {
                    if (url.scheme === 'file' && url.path.length === 0 &&
                            isDriveLetter(buffer, false)) {
                        buffer = buffer.charAt(0) + ':';
                    }
                    pushSegment(url, encode(buffer, host.inPath));
                }
                buffer = '';
                if (c === 0x3F) {
                    url.query = '';
                    state = 'query';
                } else if (c === 0x23) {
                    url.fragment = '';
                    state = 'fragment';
                }
            } else {
                buffer += ch;
            }
            break;

        case 'opaque path':
            if (c === 0x3F || c === 0x23 || c === EOF) {
                url.path += encode(buffer, host.inC0);
                buffer = '';
                if (c === 0x3F) {
                    url.query = '';
                    state = 'query';
                } else if (c === 0x23) {
                    url.fragment = '';
                    state = 'fragment';
                }
            } else {
                buffer += ch;
            }
            break;

        case 'query':
            if ((!override && c === 0x23) || c === EOF) {
                url.query += encode(buffer,
                    special ? host.inSpecialQuery : host.inQuery);
                buffer = '';
                if (c === 0x23) {
                    url.fragment = '';
                    state = 'fragment';
                }
            } else {
                buffer += ch;
            }
            break;

        case 'fragment':
            if (c === EOF) {
                url.fragment += encode(buffer, host.inFragment);
            } else {
                buffer += ch;
            }
            break;
        }
        // EOF ends the loop unless the state stepped back to look at it
        // again from another state.
        if (c === EOF && p >= len) {
            break;
        }
    }
    return override ? true : url;
}

function parse(input, base) {
    return basicParse(input, base || null, null, null);
}

/*
 * Run the parser on `value` from `state` against `url`, for the URL
 * setters. As in the standard, `url` is edited in place and a value
 * rejected halfway keeps what was already done ('x:' as a host sets the
 * host, then fails on the empty port). Returns false when rejected.
 */
function setter(url, value, state) {
    return basicParse(value, null, url, state) !== false;
}

function cloneRecord(url) {
    var copy = {};
    var key;
    for (key in url) {
        copy[key] = url[key];
    }
    if (!url.opaque) {
        copy.path = url.path.slice();
    }
    return copy;
}

function pathString(url) {
    if (url.opaque) {
        return url.path;
    }
    var out = '';
    var i;
    for (i = 0; i < url.path.length; i++) {
        out += '/' + url.path[i];
    }
    return out;
}

function serialize(url, excludeFragment) {
    var out = url.scheme + ':';
    if (url.host !== null) {
        out += '//';
        if (url.username !== '' || url.password !== '') {
            out += url.username;
            if (url.password !== '') {
                out += ':' + url.password;
            }
            out += '@';
        }
        out += url.host;
        if (url.port !== null) {
            out += ':' + url.port;
        }
    } else if (!url.opaque && url.path.length > 1 && url.path[0] === '') {
        // '/.' keeps 'web+demo:/.//not-a-host/' from reading as a host.
        out += '/.';
    }
    out += pathString(url);
    if (url.query !== null) {
        out += '?' + url.query;
    }
    if (!excludeFragment && url.fragment !== null) {
        out += '#' + url.fragment;
    }
    return out;
}

module.exports = {
    parse: parse,
    setter: setter,
    serialize: serialize,
    pathString: pathString,
    cloneRecord: cloneRecord,
    newRecord: newRecord
};
