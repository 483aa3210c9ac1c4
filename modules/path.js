/*
 * path: Node's path module, both flavours.
 *
 * `path.posix` treats only '/' as a separator. `path.win32` accepts '/' and
 * '\' alike, writes '\', and knows three kinds of root: a drive ('C:' or
 * 'C:\'), a UNC share ('\\server\share\') and a device namespace ('\\.\'
 * or '\\?\'). module.exports is the posix flavour, as on Linux; each
 * flavour points at both through `.posix` and `.win32`.  This file holds
 * the posix flavour; win32 is engine/js/path_win32.js and what both share
 * is engine/js/path_common.js.
 *
 * Every function is pure string work, with one exception: resolve() falls
 * back to process.cwd() (and, for a win32 drive-relative path, to the
 * environment variable '=X:' that Windows keeps per drive).
 *
 * The results must equal Node 20's byte for byte, including its odd corners
 * (parse('/..') has ext '.', basename('/js/', '.js') is 'js/', win32
 * normalize treats reserved device names like 'CON:' specially). The tests
 * compare several thousand inputs against tables produced by Node itself;
 * when a rule below looks arbitrary, it is there because Node does it.
 *
 * Not supported: matchesGlob (experimental in Node 20) throws
 * ERR_NOT_SUPPORTED.
 */
'use strict';

var common = require('internal/path_common');
var validateString = common.validateString;
var SLASH = common.SLASH;
var isPosixSep = common.isPosixSep;
var normalizeSegments = common.normalizeSegments;
var lastComponent = common.lastComponent;
var hasExtension = common.hasExtension;
var extname = common.extname;
var basename = common.basename;
var format = common.format;
var matchesGlob = common.matchesGlob;
var cwd = common.cwd;
var win32 = require('internal/path_win32');

// ---------------------------------------------------------------------
// posix

var posix = {};

posix.resolve = function resolve() {
    var resolved = '';
    var absolute = false;
    var i;
    for (i = arguments.length - 1; i >= 0 && !absolute; i--) {
        var path = arguments[i];
        validateString(path, 'paths[' + i + ']');
        if (path.length === 0) {
            continue;
        }
        resolved = path + '/' + resolved;
        absolute = path.charCodeAt(0) === SLASH;
    }
    if (!absolute) {
        var dir = cwd();
        resolved = dir + '/' + resolved;
        absolute = dir.charCodeAt(0) === SLASH;
    }
    resolved = normalizeSegments(resolved, !absolute, '/', isPosixSep);
    if (absolute) {
        return '/' + resolved;
    }
    return resolved.length > 0 ? resolved : '.';
};

posix.normalize = function normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) {
        return '.';
    }
    var absolute = path.charCodeAt(0) === SLASH;
    var trailing = path.charCodeAt(path.length - 1) === SLASH;
    var body = normalizeSegments(path, !absolute, '/', isPosixSep);
    if (body.length === 0) {
        if (absolute) {
            return '/';
        }
        return trailing ? './' : '.';
    }
    if (trailing) {
        body += '/';
    }
    return absolute ? '/' + body : body;
};

posix.isAbsolute = function isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
};

posix.join = function join() {
    var parts = [];
    var i;
    for (i = 0; i < arguments.length; i++) {
        validateString(arguments[i], 'path');
        if (arguments[i].length > 0) {
            parts.push(arguments[i]);
        }
    }
    return parts.length === 0 ? '.' : posix.normalize(parts.join('/'));
};

// Both sides are resolved, so they are absolute and normalised: the answer
// climbs out of what `from` has beyond the common prefix and descends into
// what `to` has.
posix.relative = function relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) {
        return '';
    }
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) {
        return '';
    }
    var a = from === '/' ? [] : from.slice(1).split('/');
    var b = to === '/' ? [] : to.slice(1).split('/');
    var common = 0;
    while (common < a.length && common < b.length &&
            a[common] === b[common]) {
        common++;
    }
    var out = [];
    var i;
    for (i = common; i < a.length; i++) {
        out.push('..');
    }
    return out.concat(b.slice(common)).join('/');
};

posix.toNamespacedPath = function toNamespacedPath(path) {
    return path;
};

posix.dirname = function dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) {
        return '.';
    }
    var rooted = path.charCodeAt(0) === SLASH;
    var end = -1;
    var seenName = false;
    var i;
    for (i = path.length - 1; i >= 1; i--) {
        if (path.charCodeAt(i) !== SLASH) {
            seenName = true;
        } else if (seenName) {
            end = i;
            break;
        }
    }
    if (end === -1) {
        return rooted ? '/' : '.';
    }
    if (rooted && end === 1) {
        return '//';
    }
    return path.slice(0, end);
};

posix.basename = function (path, suffix) {
    return basename(path, suffix, isPosixSep);
};

posix.extname = function (path) {
    return extname(path, 0, isPosixSep);
};

posix.format = function (pathObject) {
    return format('/', pathObject);
};

posix.parse = function parse(path) {
    validateString(path, 'path');
    var ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) {
        return ret;
    }
    var rooted = path.charCodeAt(0) === SLASH;
    if (rooted) {
        ret.root = '/';
    }
    // The scan starts after the root but the component start stays 0, so
    // '/..' keeps Node's answer (name '.', ext '.').
    var info = lastComponent(path, rooted ? 1 : 0, 0, isPosixSep);
    if (info.end !== -1) {
        var start = info.part === 0 && rooted ? 1 : info.part;
        ret.base = path.slice(start, info.end);
        if (hasExtension(info)) {
            ret.name = path.slice(start, info.dot);
            ret.ext = path.slice(info.dot, info.end);
        } else {
            ret.name = ret.base;
        }
    }
    if (info.part > 0) {
        ret.dir = path.slice(0, info.part - 1);
    } else if (rooted) {
        ret.dir = '/';
    }
    return ret;
};

posix.matchesGlob = matchesGlob;

posix.sep = '/';
posix.delimiter = ':';
win32.sep = '\\';
win32.delimiter = ';';
posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = posix;
