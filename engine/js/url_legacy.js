/*
 * internal/url_legacy: Node's pre-WHATWG URL API, `Url` with parse(),
 * format(), resolve() and resolveObject(), as the url module exports it.
 *
 * These functions have no specification besides Node's own behaviour, and
 * programs depend on its details, so they reproduce it rule by rule (the
 * tests compare thousands of inputs with Node 20). The rules, in the order
 * parse() applies them:
 *
 * 1. Trim leading and trailing whitespace (code points <= 0x20, U+00A0,
 *    U+FEFF); before the first '?' or '#', turn '\' into '/'.
 * 2. A string that is only a path (and query) is taken as is.
 * 3. Take the scheme (lower-cased) and, unless the scheme is hostless
 *    (javascript:), a '//' that marks a host.
 * 4. The host runs to the first '/', '?' or '#'; characters that cannot be
 *    in a host end it earlier; the last '@' before it separates the auth.
 *    A port is ':digits' at its end. A hostname holding '/', '\', '#', '?'
 *    or ':' is cut there and the rest joins the path. The hostname is
 *    lower-cased and converted by domainToASCII.
 * 5. Escape some unsafe characters in the rest (except for javascript:),
 *    then split off hash, search and pathname.
 *
 * Url#resolveObject is the RFC 1808-era resolution algorithm Node kept:
 * '.' and '..' are removed, and schemes without '//' ("noLeadingSlashes")
 * treat their first path segment as the host.
 */
'use strict';

var errors = require('internal/errors');

var querystring = null;
var domainToASCII = null;

// url.js hands over what this file would otherwise require in a cycle.
function init(deps) {
    querystring = deps.querystring;
    domainToASCII = deps.domainToASCII;
}

function has(set, key) {
    return key !== undefined && key !== null &&
        Object.prototype.hasOwnProperty.call(set, key);
}

// Schemes that never have a host, and schemes that always have '//'.
var HOSTLESS = { 'javascript': true, 'javascript:': true };
var UNSAFE = HOSTLESS;
var SLASHED = { 'http': true, 'http:': true, 'https': true, 'https:': true,
    'ftp': true, 'ftp:': true, 'gopher': true, 'gopher:': true,
    'file': true, 'file:': true, 'ws': true, 'ws:': true, 'wss': true,
    'wss:': true };

var PROTOCOL = /^[a-z0-9.+-]+:/i;
var PORT = /:[0-9]*$/;
var HOST_START = /^\/\/[^@/]+@[^@/]+/;
var SIMPLE_PATH = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
var FORBIDDEN_HOST = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
var FORBIDDEN_HOST_IPV6 = /[\0\t\n\r #%/<>?@\\^|]/;
var HOSTNAME_MAX = 255;

function Url() {
    this.protocol = null;
    this.slashes = null;
    this.auth = null;
    this.host = null;
    this.port = null;
    this.hostname = null;
    this.hash = null;
    this.search = null;
    this.query = null;
    this.pathname = null;
    this.path = null;
    this.href = null;
}

function invalidUrl(input) {
    var err = new TypeError('Invalid URL');
    err.code = 'ERR_INVALID_URL';
    err.input = input;
    return err;
}

function isIPv6Host(hostname) {
    return hostname.charAt(0) === '[' &&
        hostname.charAt(hostname.length - 1) === ']';
}

function isSpace(code) {
    return code < 33 || code === 0xA0 || code === 0xFEFF;
}

/*
 * Rule 1: trim, and turn '\' into '/' before the query or hash. Also
 * reports whether an '@' or '#' was seen before the first '?' or '#'.
 */
function clean(url) {
    var start = 0;
    var end = url.length;
    while (start < end && isSpace(url.charCodeAt(start))) {
        start++;
    }
    while (end > start && isSpace(url.charCodeAt(end - 1))) {
        end--;
    }
    var rest = url.slice(start, end);
    var info = { rest: rest, hasAt: false, hasHash: false };
    var i;
    for (i = 0; i < rest.length; i++) {
        var c = rest.charAt(i);
        if (c === '@') {
            info.hasAt = true;
        } else if (c === '#' || c === '?') {
            info.hasHash = info.hasHash || c === '#' ||
                rest.indexOf('#', i) >= 0;
            break;
        }
    }
    var cut = i;
    if (rest.indexOf('\\') >= 0 && rest.slice(0, cut).indexOf('\\') >= 0) {
        info.rest = rest.slice(0, cut).replace(/\\/g, '/') + rest.slice(cut);
    }
    return info;
}

// Characters escaped in the path, query and hash (rule 5).
var AUTO_ESCAPE = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20',
    '"': '%22', '\'': '%27', '<': '%3C', '>': '%3E', '\\': '%5C',
    '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };

function autoEscape(rest) {
    return rest.replace(/[\t\n\r "'<>\\^`{|}]/g, function (ch) {
        return AUTO_ESCAPE[ch];
    });
}

// Characters that end the host early (rule 4).
var NOT_HOST = ' "%\';<>\\^`{|}';

var warnedPort = false;

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
    errors.validateString(url, 'url');
    var cleaned = clean(url);
    var rest = cleaned.rest;

    if (!slashesDenoteHost && !cleaned.hasHash && !cleaned.hasAt) {
        var simple = SIMPLE_PATH.exec(rest);
        if (simple) {
            this.path = rest;
            this.href = rest;
            this.pathname = simple[1];
            if (simple[2]) {
                this.search = simple[2];
                this.query = parseQueryString ?
                    querystring.parse(this.search.slice(1)) :
                    this.search.slice(1);
            } else if (parseQueryString) {
                this.search = null;
                this.query = Object.create(null);
            }
            return this;
        }
    }

    var proto = PROTOCOL.exec(rest);
    var lowerProto;
    if (proto) {
        proto = proto[0];
        lowerProto = proto.toLowerCase();
        this.protocol = lowerProto;
        rest = rest.slice(proto.length);
    }

    var slashes;
    if (slashesDenoteHost || proto || HOST_START.test(rest)) {
        slashes = rest.charAt(0) === '/' && rest.charAt(1) === '/';
        if (slashes && !(proto && has(HOSTLESS, lowerProto))) {
            rest = rest.slice(2);
            this.slashes = true;
        }
    }

    if (!has(HOSTLESS, lowerProto) &&
            (slashes || (proto && !has(SLASHED, proto)))) {
        rest = this._parseAuthority(rest, url);
    }

    if (!has(UNSAFE, lowerProto)) {
        rest = autoEscape(rest);
    }

    var question = -1;
    var hash = rest.indexOf('#');
    if (hash >= 0) {
        this.hash = rest.slice(hash);
        question = rest.slice(0, hash).indexOf('?');
    } else {
        question = rest.indexOf('?');
    }
    if (question !== -1) {
        var queryEnd = hash === -1 ? rest.length : hash;
        this.search = rest.slice(question, queryEnd);
        this.query = rest.slice(question + 1, queryEnd);
        if (parseQueryString) {
            this.query = querystring.parse(this.query);
        }
    } else if (parseQueryString) {
        this.search = null;
        this.query = Object.create(null);
    }

    var first = question !== -1 ? question : hash;
    if (first === -1) {
        if (rest.length > 0) {
            this.pathname = rest;
        }
    } else if (first > 0) {
        this.pathname = rest.slice(0, first);
    }
    if (has(SLASHED, lowerProto) && this.hostname && !this.pathname) {
        this.pathname = '/';
    }
    if (this.pathname || this.search) {
        this.path = (this.pathname || '') + (this.search || '');
    }
    this.href = this.format();
    return this;
};

// Rule 4: auth, host, port and hostname; returns what is left.
Url.prototype._parseAuthority = function (rest, url) {
    // Tabs and newlines inside the authority are dropped.
    var hostEnd = -1;
    var at = -1;
    var nonHost = -1;
    var i;
    for (i = 0; i < rest.length; i++) {
        var c = rest.charAt(i);
        if (c === '\t' || c === '\n' || c === '\r') {
            rest = rest.slice(0, i) + rest.slice(i + 1);
            i--;
        } else if (NOT_HOST.indexOf(c) >= 0) {
            if (nonHost === -1) {
                nonHost = i;
            }
        } else if (c === '#' || c === '/' || c === '?') {
            if (nonHost === -1) {
                nonHost = i;
            }
            hostEnd = i;
            break;
        } else if (c === '@') {
            at = i;
            nonHost = -1;
        }
    }
    var start = 0;
    if (at !== -1) {
        this.auth = decodeURIComponent(rest.slice(0, at));
        start = at + 1;
    }
    if (nonHost === -1) {
        this.host = rest.slice(start);
        rest = '';
    } else {
        this.host = rest.slice(start, nonHost);
        rest = rest.slice(nonHost);
    }
    this.parseHost();
    if (typeof this.hostname !== 'string') {
        this.hostname = '';
    }
    var hostname = this.hostname;
    var ipv6 = isIPv6Host(hostname);
    if (!ipv6) {
        // A hostname cannot hold these; the rest becomes path.
        var bad = hostname.search(/[/\\#?:]/);
        if (bad >= 0) {
            if (!warnedPort && hostname.charAt(bad) === ':' &&
                    typeof process === 'object' &&
                    typeof process.emitWarning === 'function') {
                warnedPort = true;
                process.emitWarning('The URL ' + url + ' is invalid. ' +
                    'Future versions of Node.js will throw an error.',
                    'DeprecationWarning', 'DEP0170');
            }
            this.hostname = hostname.slice(0, bad);
            rest = '/' + hostname.slice(bad) + rest;
        }
    }
    if (this.hostname.length > HOSTNAME_MAX) {
        this.hostname = '';
    } else {
        this.hostname = this.hostname.toLowerCase();
    }
    if (this.hostname !== '') {
        if (ipv6) {
            if (FORBIDDEN_HOST_IPV6.test(this.hostname)) {
                throw invalidUrl(url);
            }
        } else {
            this.hostname = domainToASCII(this.hostname);
            if (this.hostname === '' || FORBIDDEN_HOST.test(this.hostname)) {
                throw invalidUrl(url);
            }
        }
    }
    this.host = (this.hostname || '') + (this.port ? ':' + this.port : '');
    if (ipv6) {
        this.hostname = this.hostname.slice(1, -1);
        if (rest.charAt(0) !== '/') {
            rest = '/' + rest;
        }
    }
    return rest;
};

Url.prototype.parseHost = function parseHost() {
    var host = this.host;
    var port = PORT.exec(host);
    if (port) {
        port = port[0];
        if (port !== ':') {
            this.port = port.slice(1);
        }
        host = host.slice(0, host.length - port.length);
    }
    if (host) {
        this.hostname = host;
    }
};

// Auth is escaped like a query string component, except that ':' stays.
function escapeAuth(auth) {
    return querystring.escape(auth).replace(/%3A/g, ':');
}

Url.prototype.format = function format() {
    var auth = this.auth || '';
    if (auth) {
        auth = escapeAuth(auth) + '@';
    }
    var protocol = this.protocol || '';
    var pathname = this.pathname || '';
    var hash = this.hash || '';
    var host = '';
    var query = '';
    if (this.host) {
        host = auth + this.host;
    } else if (this.hostname) {
        host = auth + (this.hostname.indexOf(':') >= 0 &&
            !isIPv6Host(this.hostname) ? '[' + this.hostname + ']' :
            this.hostname);
        if (this.port) {
            host += ':' + this.port;
        }
    }
    if (this.query !== null && typeof this.query === 'object') {
        query = querystring.stringify(this.query);
    }
    var search = this.search || (query && '?' + query) || '';
    if (protocol && protocol.charAt(protocol.length - 1) !== ':') {
        protocol += ':';
    }
    pathname = pathname.replace(/[#?]/g, function (ch) {
        return ch === '#' ? '%23' : '%3F';
    });
    if (this.slashes || has(SLASHED, protocol)) {
        if (this.slashes || host) {
            if (pathname && pathname.charAt(0) !== '/') {
                pathname = '/' + pathname;
            }
            host = '//' + host;
        } else if (protocol.length >= 4 && protocol.slice(0, 4) === 'file') {
            host = '//';
        }
    }
    search = search.replace(/#/g, '%23');
    if (hash && hash.charAt(0) !== '#') {
        hash = '#' + hash;
    }
    if (search && search.charAt(0) !== '?') {
        search = '?' + search;
    }
    return protocol + host + pathname + search + hash;
};

function urlParse(url, parseQueryString, slashesDenoteHost) {
    if (url instanceof Url) {
        return url;
    }
    var obj = new Url();
    obj.parse(url, parseQueryString, slashesDenoteHost);
    return obj;
}

Url.prototype.resolve = function resolve(relative) {
    return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolve(source, relative) {
    return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
    if (!source) {
        return relative;
    }
    return urlParse(source, false, true).resolveObject(relative);
}

/*
 * Resolve `relative` against this URL, the legacy way. The result starts
 * as a copy of this URL; what `relative` has replaces or extends it.
 */
Url.prototype.resolveObject = function resolveObject(relative) {
    if (typeof relative === 'string') {
        var rel = new Url();
        rel.parse(relative, false, true);
        relative = rel;
    }
    var result = new Url();
    assign(result, this);
    result.hash = relative.hash;
    if (relative.href === '') {
        result.href = result.format();
        return result;
    }

    // '//host/path': everything but the scheme comes from relative.
    if (relative.slashes && !relative.protocol) {
        var key;
        for (key in relative) {
            if (Object.prototype.hasOwnProperty.call(relative, key) &&
                    key !== 'protocol') {
                result[key] = relative[key];
            }
        }
        if (has(SLASHED, result.protocol) && result.hostname &&
                !result.pathname) {
            result.path = result.pathname = '/';
        }
        result.href = result.format();
        return result;
    }

    if (relative.protocol && relative.protocol !== result.protocol) {
        return resolveOtherScheme(result, relative);
    }

    var isSourceAbs = result.pathname && result.pathname.charAt(0) === '/';
    var isRelAbs = relative.host ||
        (relative.pathname && relative.pathname.charAt(0) === '/');
    var mustEndAbs = isRelAbs || isSourceAbs ||
        (result.host && relative.pathname);
    var removeAllDots = mustEndAbs;
    var srcPath = (result.pathname && result.pathname.split('/')) || [];
    var relPath = (relative.pathname && relative.pathname.split('/')) || [];
    var noLeadingSlashes = result.protocol && !has(SLASHED, result.protocol);

    // Without '//', the host travels as the first path segment.
    if (noLeadingSlashes) {
        result.hostname = '';
        result.port = null;
        if (result.host) {
            if (srcPath[0] === '') {
                srcPath[0] = result.host;
            } else {
                srcPath.unshift(result.host);
            }
        }
        result.host = '';
        if (relative.protocol) {
            relative.hostname = null;
            relative.port = null;
            result.auth = null;
            if (relative.host) {
                if (relPath[0] === '') {
                    relPath[0] = relative.host;
                } else {
                    relPath.unshift(relative.host);
                }
            }
            relative.host = null;
        }
        mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
    }

    if (isRelAbs) {
        if (relative.host || relative.host === '') {
            if (result.host !== relative.host) {
                result.auth = null;
            }
            result.host = relative.host;
            result.port = relative.port;
        }
        if (relative.hostname || relative.hostname === '') {
            if (result.hostname !== relative.hostname) {
                result.auth = null;
            }
            result.hostname = relative.hostname;
        }
        result.search = relative.search;
        result.query = relative.query;
        srcPath = relPath;
    } else if (relPath.length) {
        srcPath.pop();
        srcPath = srcPath.concat(relPath);
        result.search = relative.search;
        result.query = relative.query;
    } else if (relative.search !== null && relative.search !== undefined) {
        // Only a new query: keep the path.
        if (noLeadingSlashes) {
            result.hostname = result.host = srcPath.shift();
            splitAuthFromHost(result);
        }
        result.search = relative.search;
        result.query = relative.query;
        if (result.pathname !== null || result.search !== null) {
            result.path = (result.pathname ? result.pathname : '') +
                (result.search ? result.search : '');
        }
        result.href = result.format();
        return result;
    }

    if (!srcPath.length) {
        result.pathname = null;
        result.path = result.search ? '/' + result.search : null;
        result.href = result.format();
        return result;
    }

    // Remove '.' and '..', remembering whether the path ends in a slash.
    var last = srcPath.slice(-1)[0];
    var hasTrailingSlash = ((result.host || relative.host ||
        srcPath.length > 1) && (last === '.' || last === '..')) ||
        last === '';
    var up = 0;
    var i;
    for (i = srcPath.length - 1; i >= 0; i--) {
        last = srcPath[i];
        if (last === '.') {
            srcPath.splice(i, 1);
        } else if (last === '..') {
            srcPath.splice(i, 1);
            up++;
        } else if (up) {
            srcPath.splice(i, 1);
            up--;
        }
    }
    if (!mustEndAbs && !removeAllDots) {
        while (up--) {
            srcPath.unshift('..');
        }
    }
    if (mustEndAbs && srcPath[0] !== '' &&
            (!srcPath[0] || srcPath[0].charAt(0) !== '/')) {
        srcPath.unshift('');
    }
    if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') {
        srcPath.push('');
    }
    var isAbsolute = srcPath[0] === '' ||
        (srcPath[0] && srcPath[0].charAt(0) === '/');
    if (noLeadingSlashes) {
        result.hostname = result.host = isAbsolute ? '' :
            srcPath.length ? srcPath.shift() : '';
        splitAuthFromHost(result);
    }
    mustEndAbs = mustEndAbs || (result.host && srcPath.length);
    if (mustEndAbs && !isAbsolute) {
        srcPath.unshift('');
    }
    if (!srcPath.length) {
        result.pathname = null;
        result.path = null;
    } else {
        result.pathname = srcPath.join('/');
    }
    if (result.pathname !== null || result.search !== null) {
        result.path = (result.pathname ? result.pathname : '') +
            (result.search ? result.search : '');
    }
    result.auth = relative.auth || result.auth;
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
};

// 'user@host' taken from a path segment puts the user in auth.
function splitAuthFromHost(result) {
    var parts = result.host && result.host.indexOf('@') > 0 ?
        result.host.split('@') : false;
    if (parts) {
        result.auth = parts.shift();
        result.host = result.hostname = parts.shift();
    }
}

function assign(target, source) {
    var key;
    for (key in source) {
        if (Object.prototype.hasOwnProperty.call(source, key)) {
            target[key] = source[key];
        }
    }
    return target;
}

// relative has a scheme of its own, different from the base's.
function resolveOtherScheme(result, relative) {
    if (!has(SLASHED, relative.protocol)) {
        assign(result, relative);
        result.href = result.format();
        return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) &&
            !has(HOSTLESS, relative.protocol)) {
        // 'http:foo/bar': the first non-empty segment is the host.
        var relPath = (relative.pathname || '').split('/');
        while (relPath.length && !(relative.host = relPath.shift())) {
            continue;
        }
        if (!relative.host) {
            relative.host = '';
        }
        if (!relative.hostname) {
            relative.hostname = '';
        }
        if (relPath[0] !== '') {
            relPath.unshift('');
        }
        if (relPath.length < 2) {
            relPath.unshift('');
        }
        result.pathname = relPath.join('/');
    } else {
        result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) {
        result.path = (result.pathname || '') + (result.search || '');
    }
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
}

module.exports = {
    init: init,
    Url: Url,
    parse: urlParse,
    resolve: urlResolve,
    resolveObject: urlResolveObject
};
