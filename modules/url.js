/*
 * url: Node's url module. The WHATWG `URL` and `URLSearchParams` live in
 * internal/url (parser in internal/url_parser, hosts in internal/url_host);
 * this file holds the legacy API, which predates the standard and which
 * Node keeps for compatibility:
 *
 * - url.parse(str, parseQueryString, slashesDenoteHost) splits a string
 *   into a `Url` object (protocol, slashes, auth, host, port, hostname,
 *   hash, search, query, pathname, path, href) with Node's lenient rules:
 *   backslashes before the query become '/', whitespace is trimmed, a host
 *   ends at the first character that cannot be in one, and some unsafe
 *   characters are escaped ('{' -> '%7B'). Hostnames are lower-cased and
 *   passed through domainToASCII; a hostname that is then empty or holds a
 *   forbidden character makes parse throw ERR_INVALID_URL.
 * - url.format(obj | string | URL, options) and Url#format serialize.
 * - url.resolve(from, to) and url.resolveObject resolve a relative
 *   reference the legacy way (not the WHATWG way).
 *
 * and the helpers fileURLToPath, pathToFileURL, urlToHttpOptions,
 * domainToASCII and domainToUnicode.
 */
'use strict';

var errors = require('internal/errors');
var codes = errors.codes;
var querystring = require('querystring');
var whatwg = require('internal/url');
var parser = require('internal/url_parser');
var hosts = require('internal/url_host');
var legacy = require('internal/url_legacy');

var URL = whatwg.URL;

// Both run the URL host parser, so anything that is not a valid host of
// a special URL ('a b', '[') gives ''.
function domainToASCII(domain) {
    if (arguments.length < 1) {
        throw codes.ERR_MISSING_ARGS('domain');
    }
    var host = hosts.parseHost('' + domain, false);
    return host === null ? '' : host;
}

function domainToUnicode(domain) {
    if (arguments.length < 1) {
        throw codes.ERR_MISSING_ARGS('domain');
    }
    var host = hosts.parseHost('' + domain, false);
    if (host === null) {
        return '';
    }
    var text = hosts.domainToUnicode(host);
    return text === null ? '' : text;
}

/*
 * url.format() of a WHATWG URL, with options to leave out the fragment,
 * the query or the credentials, or to show the host in Unicode.
 */
function formatURL(url, options) {
    var fragment = true;
    var unicode = false;
    var search = true;
    var auth = true;
    if (options) {
        errors.validateObject(options, 'options');
        if (options.fragment != null) {
            fragment = Boolean(options.fragment);
        }
        if (options.unicode != null) {
            unicode = Boolean(options.unicode);
        }
        if (options.search != null) {
            search = Boolean(options.search);
        }
        if (options.auth != null) {
            auth = Boolean(options.auth);
        }
    }
    var record = parser.cloneRecord(whatwg.recordOf(url));
    if (!fragment) {
        record.fragment = null;
    }
    if (unicode && record.host) {
        var shown = hosts.domainToUnicode(record.host);
        if (shown !== null) {
            record.host = shown;
        }
    }
    if (!search) {
        record.query = null;
    }
    if (!auth) {
        record.username = '';
        record.password = '';
    }
    return parser.serialize(record, false);
}

function urlFormat(urlObject, options) {
    if (typeof urlObject === 'string') {
        urlObject = legacy.parse(urlObject);
    } else if (typeof urlObject !== 'object' || urlObject === null) {
        throw codes.ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'],
            urlObject);
    } else if (whatwg.isURL(urlObject)) {
        return formatURL(urlObject, options);
    }
    return legacy.Url.prototype.format.call(urlObject);
}

// ---------------------------------------------------------------------
// file: URLs

function fileUrlPathError(reason) {
    return errors.makeError(TypeError, 'ERR_INVALID_FILE_URL_PATH',
        'File URL path ' + reason);
}

// True if pathname holds '%2F' (or, on Windows, '%5C') in either case.
function hasEncodedSeparator(pathname, windows) {
    return /%2f/i.test(pathname) || (windows && /%5c/i.test(pathname));
}

function fileURLToPath(path, options) {
    var windows = options && options.windows !== undefined ?
        options.windows : process.platform === 'win32';
    if (typeof path === 'string') {
        path = new URL(path);
    } else if (!whatwg.isURL(path)) {
        throw codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
    }
    if (path.protocol !== 'file:') {
        throw errors.makeError(TypeError, 'ERR_INVALID_URL_SCHEME',
            'The URL must be of scheme file');
    }
    var hostname = path.hostname;
    var pathname = path.pathname;
    if (!windows) {
        if (hostname !== '') {
            throw errors.makeError(TypeError, 'ERR_INVALID_FILE_URL_HOST',
                'File URL host must be "localhost" or empty on ' +
                process.platform);
        }
        if (hasEncodedSeparator(pathname, false)) {
            throw fileUrlPathError('must not include encoded / characters');
        }
        return decodeURIComponent(pathname);
    }
    if (hasEncodedSeparator(pathname, true)) {
        throw fileUrlPathError('must not include encoded \\ or / characters');
    }
    pathname = decodeURIComponent(pathname.replace(/\//g, '\\'));
    if (hostname !== '') {
        return '\\\\' + domainToUnicode(hostname) + pathname;
    }
    var letter = pathname.charCodeAt(1) | 0x20;
    if (letter < 97 || letter > 122 || pathname.charAt(2) !== ':') {
        throw fileUrlPathError('must be absolute');
    }
    return pathname.slice(1);
}

// Characters a file path may hold that would mean something else in a URL.
var PATH_ESCAPES = [['%', '%25'], ['\t', '%09'], ['\n', '%0A'],
    ['\r', '%0D'], [' ', '%20'], ['"', '%22'], ['#', '%23'], ['?', '%3F'],
    ['[', '%5B'], ['\\', '%5C'], [']', '%5D'], ['^', '%5E'], ['|', '%7C'],
    ['~', '%7E']];

function encodePathChars(filepath, windows) {
    var i;
    for (i = 0; i < PATH_ESCAPES.length; i++) {
        var from = PATH_ESCAPES[i][0];
        if (from === '\\' && windows) {
            continue;
        }
        if (filepath.indexOf(from) >= 0) {
            filepath = filepath.split(from).join(PATH_ESCAPES[i][1]);
        }
    }
    return filepath;
}

function pathToFileURL(filepath, options) {
    errors.validateString(filepath, 'path');
    var windows = options && options.windows !== undefined ?
        options.windows : process.platform === 'win32';
    var path = require('path');
    if (windows && filepath.slice(0, 2) === '\\\\') {
        // \\server\share\resource, possibly as \\?\UNC\server\share\...
        var prefix = filepath.slice(0, 8) === '\\\\?\\UNC\\' ? 8 : 2;
        var hostEnd = filepath.indexOf('\\', prefix);
        if (hostEnd === -1) {
            throw codes.ERR_INVALID_ARG_VALUE('path', filepath,
                'Missing UNC resource path');
        }
        if (hostEnd === 2) {
            throw codes.ERR_INVALID_ARG_VALUE('path', filepath,
                'Empty UNC servername');
        }
        var out = new URL('file://');
        out.hostname = domainToASCII(filepath.slice(prefix, hostEnd));
        out.pathname = encodePathChars(
            filepath.slice(hostEnd).replace(/\\/g, '/'), true);
        return out;
    }
    var resolved = windows ? path.win32.resolve(filepath) :
        path.posix.resolve(filepath);
    // resolve() drops a trailing separator; the URL keeps it.
    var last = filepath.charAt(filepath.length - 1);
    if ((last === '/' || (windows && last === '\\')) &&
            resolved.charAt(resolved.length - 1) !== path.sep) {
        resolved += '/';
    }
    return new URL('file://' + encodePathChars(resolved, windows));
}

// The options object http.request() wants, from a URL.
function urlToHttpOptions(url) {
    var options = Object.create(null);
    var key;
    for (key in url) {
        if (Object.prototype.hasOwnProperty.call(url, key)) {
            options[key] = url[key];
        }
    }
    var hostname = url.hostname;
    options.protocol = url.protocol;
    options.hostname = hostname && hostname.charAt(0) === '[' ?
        hostname.slice(1, -1) : hostname;
    options.hash = url.hash;
    options.search = url.search;
    options.pathname = url.pathname;
    options.path = (url.pathname || '') + (url.search || '');
    options.href = url.href;
    if (url.port !== '') {
        options.port = Number(url.port);
    }
    if (url.username || url.password) {
        options.auth = decodeURIComponent(url.username) + ':' +
            decodeURIComponent(url.password);
    }
    return options;
}

// The legacy parser converts names without the host parser's IPv4 rules.
legacy.init({
    querystring: querystring,
    domainToASCII: function (name) {
        var ascii = hosts.domainToASCII(name);
        return ascii === null ? '' : ascii;
    }
});

module.exports = {
    Url: legacy.Url,
    parse: legacy.parse,
    resolve: legacy.resolve,
    resolveObject: legacy.resolveObject,
    format: urlFormat,
    URL: URL,
    URLSearchParams: whatwg.URLSearchParams,
    domainToASCII: domainToASCII,
    domainToUnicode: domainToUnicode,
    pathToFileURL: pathToFileURL,
    fileURLToPath: fileURLToPath,
    urlToHttpOptions: urlToHttpOptions
};
