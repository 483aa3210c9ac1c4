/*
 * path_win32: the win32 flavour of Node's path module (modules/path.js
 * assembles both flavours).  It accepts '/' and '\' alike, writes '\',
 * and knows three kinds of root: a drive ('C:' or 'C:\'), a UNC share
 * ('\\server\share\') and a device namespace ('\\.\' or '\\?\').
 * resolve() falls back to process.cwd() and, for a drive-relative path, to
 * the environment variable '=X:' that Windows keeps per drive.
 */
'use strict';

var common = require('internal/path_common');
var validateString = common.validateString;
var BACKSLASH = common.BACKSLASH;
var DOT = common.DOT;
var QUESTION = common.QUESTION;
var isWinSep = common.isWinSep;
var isDriveLetter = common.isDriveLetter;
var hasDrive = common.hasDrive;
var isReservedBeforeColon = common.isReservedBeforeColon;
var normalizeSegments = common.normalizeSegments;
var lastComponent = common.lastComponent;
var hasExtension = common.hasExtension;
var extname = common.extname;
var basename = common.basename;
var format = common.format;
var matchesGlob = common.matchesGlob;
var cwd = common.cwd;

// ---------------------------------------------------------------------
// win32

/*
 * '\\server\share' at the start of a path: two separators, a server name,
 * one or more separators, a share name. Returns where the share name lies,
 * or null when the path does not begin that way.
 */
function uncRoot(path) {
    var len = path.length;
    if (len < 3 || !isWinSep(path.charCodeAt(0)) ||
            !isWinSep(path.charCodeAt(1))) {
        return null;
    }
    var j = 2;
    while (j < len && !isWinSep(path.charCodeAt(j))) {
        j++;
    }
    if (j === len || j === 2) {
        return null;
    }
    var server = path.slice(2, j);
    while (j < len && isWinSep(path.charCodeAt(j))) {
        j++;
    }
    if (j === len) {
        return null;
    }
    var shareStart = j;
    while (j < len && !isWinSep(path.charCodeAt(j))) {
        j++;
    }
    return { server: server, shareStart: shareStart, shareEnd: j };
}

/*
 * The root of a win32 path as resolve() and normalize() see it: how many
 * characters it spans, its device ('C:', '\\server\share', '\\.' or '\\?';
 * undefined when there is none) and whether the path is absolute.
 * normalize() additionally treats 'CON:' and friends as devices, and
 * answers a bare UNC root ('\\server\share') at once: `whole` is then the
 * complete result.
 */
function winRoot(path, forNormalize) {
    var root = { end: 0, device: undefined, absolute: false, whole: null };
    var len = path.length;
    var code = path.charCodeAt(0);
    if (len === 1) {
        if (isWinSep(code)) {
            root.end = 1;
            root.absolute = true;
        }
        return root;
    }
    if (isWinSep(code)) {
        root.absolute = true;
        if (!isWinSep(path.charCodeAt(1))) {
            root.end = 1;
            return root;
        }
        // Two separators that do not make a full UNC root give no root at
        // all: the separators are left to segment normalisation.
        var unc = uncRoot(path);
        if (unc === null) {
            return root;
        }
        if (unc.server === '.' || unc.server === '?') {
            root.device = '\\\\' + unc.server;
            root.end = 4;
        } else if (forNormalize && unc.shareEnd === len) {
            root.whole = '\\\\' + unc.server + '\\' +
                path.slice(unc.shareStart) + '\\';
        } else {
            root.device = '\\\\' + unc.server + '\\' +
                path.slice(unc.shareStart, unc.shareEnd);
            root.end = unc.shareEnd;
        }
        return root;
    }
    var colon = path.indexOf(':');
    if (colon === 1 && isDriveLetter(code)) {
        root.device = path.slice(0, 2);
        root.end = 2;
        if (len > 2 && isWinSep(path.charCodeAt(2))) {
            root.absolute = true;
            root.end = 3;
        }
    } else if (forNormalize && colon > 0 &&
            isReservedBeforeColon(path, colon)) {
        root.device = path.slice(0, colon + 1);
        root.end = colon + 1;
    }
    return root;
}

var win32 = {};

/*
 * Paths are taken right to left until one is absolute and a device is
 * known. A path on another device than the one already chosen is skipped.
 * If no device turns up, the current directory supplies the rest; for a
 * drive-relative path ('D:x') Windows keeps a current directory per drive
 * in the environment variable '=D:'.
 */
win32.resolve = function resolve() {
    var device = '';
    var tail = '';
    var absolute = false;
    var i;
    for (i = arguments.length - 1; i >= -1; i--) {
        var path;
        if (i >= 0) {
            path = arguments[i];
            validateString(path, 'paths[' + i + ']');
            if (path.length === 0) {
                continue;
            }
        } else if (device.length === 0) {
            path = cwd();
        } else {
            path = process.env['=' + device] || cwd();
            if (path === undefined ||
                    (path.slice(0, 2).toLowerCase() !== device.toLowerCase() &&
                     path.charCodeAt(2) === BACKSLASH)) {
                path = device + '\\';
            }
        }
        var root = winRoot(path, false);
        var rootDevice = root.device === undefined ? '' : root.device;
        if (rootDevice.length > 0) {
            if (device.length === 0) {
                device = rootDevice;
            } else if (rootDevice.toLowerCase() !== device.toLowerCase()) {
                continue;
            }
        }
        if (absolute) {
            if (device.length > 0) {
                break;
            }
        } else {
            tail = path.slice(root.end) + '\\' + tail;
            absolute = root.absolute;
            if (absolute && device.length > 0) {
                break;
            }
        }
    }
    tail = normalizeSegments(tail, !absolute, '\\', isWinSep);
    if (absolute) {
        return device + '\\' + tail;
    }
    return device + tail || '.';
};

/*
 * Besides collapsing segments, normalize() guards against a result that
 * Windows would read as a device or a drive: a relative path whose colon
 * ends a segment ('a:', 'x/b:/c') or that would begin with 'X:', and one
 * that starts with a reserved name, get a leading '.\'.
 */
win32.normalize = function normalize(path) {
    validateString(path, 'path');
    var len = path.length;
    if (len === 0) {
        return '.';
    }
    if (len === 1) {
        return path === '/' ? '\\' : path;
    }
    var root = winRoot(path, true);
    if (root.whole !== null) {
        return root.whole;
    }
    var tail = root.end < len ?
        normalizeSegments(path.slice(root.end), !root.absolute, '\\',
            isWinSep) : '';
    if (tail.length === 0 && !root.absolute) {
        tail = '.';
    }
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) {
        tail += '\\';
    }
    if (!root.absolute && root.device === undefined &&
            path.indexOf(':') >= 0) {
        if (hasDrive(tail)) {
            return '.\\' + tail;
        }
        var at = path.indexOf(':');
        while (at !== -1) {
            if (at === len - 1 || isWinSep(path.charCodeAt(at + 1))) {
                return '.\\' + tail;
            }
            at = path.indexOf(':', at + 1);
        }
    }
    if (isReservedBeforeColon(path, path.indexOf(':'))) {
        return '.\\' + (root.device === undefined ? '' : root.device) + tail;
    }
    if (root.device === undefined) {
        return root.absolute ? '\\' + tail : tail;
    }
    return root.absolute ? root.device + '\\' + tail : root.device + tail;
};

win32.isAbsolute = function isAbsolute(path) {
    validateString(path, 'path');
    var len = path.length;
    if (len === 0) {
        return false;
    }
    return isWinSep(path.charCodeAt(0)) ||
        (len > 2 && hasDrive(path) && isWinSep(path.charCodeAt(2)));
};

/*
 * Joining must not invent a UNC root: join('\\', 'server') is '\server',
 * not '\\server'. Only a first argument that is itself a UNC start (two
 * separators, then a name) keeps a doubled leading separator.
 */
win32.join = function join() {
    var parts = [];
    var i;
    for (i = 0; i < arguments.length; i++) {
        validateString(arguments[i], 'path');
        if (arguments[i].length > 0) {
            parts.push(arguments[i]);
        }
    }
    if (parts.length === 0) {
        return '.';
    }
    var first = parts[0];
    var joined = parts.join('\\');
    var keepsUnc = first.length > 2 && isWinSep(first.charCodeAt(0)) &&
        isWinSep(first.charCodeAt(1)) && !isWinSep(first.charCodeAt(2));
    if (!keepsUnc) {
        var n = 0;
        while (n < joined.length && isWinSep(joined.charCodeAt(n))) {
            n++;
        }
        if (n >= 2) {
            joined = '\\' + joined.slice(n);
        }
    }
    return win32.normalize(joined);
};

// When lower-casing changes a string's length (some non-ASCII letters do),
// character offsets no longer line up; compare whole components instead.
function relativeByComponents(fromOrig, toOrig) {
    var a = fromOrig.split('\\');
    var b = toOrig.split('\\');
    if (a[a.length - 1] === '') {
        a.pop();
    }
    if (b[b.length - 1] === '') {
        b.pop();
    }
    var n = Math.min(a.length, b.length);
    var i = 0;
    while (i < n && a[i].toLowerCase() === b[i].toLowerCase()) {
        i++;
    }
    if (i === 0) {
        return toOrig;
    }
    if (i === n) {
        if (b.length > n) {
            return b.slice(i).join('\\');
        }
        if (a.length > n) {
            return '..\\'.repeat(a.length - 1 - i) + '..';
        }
        return '';
    }
    return '..\\'.repeat(a.length - i) + b.slice(i).join('\\');
}

/*
 * Compared case-insensitively, as Windows does. Both sides are resolved;
 * the common prefix is measured in characters up to the last separator
 * they share, after skipping leading separators (UNC) and trailing ones
 * (a drive root 'c:\'). Different drives or servers share nothing, and
 * the answer is then `to` itself.
 */
win32.relative = function relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) {
        return '';
    }
    var fromOrig = win32.resolve(from);
    var toOrig = win32.resolve(to);
    if (fromOrig === toOrig) {
        return '';
    }
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) {
        return '';
    }
    if (from.length !== fromOrig.length || to.length !== toOrig.length) {
        return relativeByComponents(fromOrig, toOrig);
    }
    var fromStart = skipBackslashes(from);
    var fromEnd = trimBackslashes(from, fromStart);
    var toStart = skipBackslashes(to);
    var toEnd = trimBackslashes(to, toStart);
    var fromLen = fromEnd - fromStart;
    var toLen = toEnd - toStart;
    var length = Math.min(fromLen, toLen);
    var lastSep = -1;
    var i;
    for (i = 0; i < length; i++) {
        var code = from.charCodeAt(fromStart + i);
        if (code !== to.charCodeAt(toStart + i)) {
            break;
        }
        if (code === BACKSLASH) {
            lastSep = i;
        }
    }
    if (i !== length) {
        if (lastSep === -1) {
            return toOrig;
        }
    } else {
        // One is a prefix of the other. 'c:' (i === 2) stands for a root.
        if (toLen > length) {
            if (to.charCodeAt(toStart + i) === BACKSLASH) {
                return toOrig.slice(toStart + i + 1);
            }
            if (i === 2) {
                return toOrig.slice(toStart + i);
            }
        }
        if (fromLen > length) {
            if (from.charCodeAt(fromStart + i) === BACKSLASH) {
                lastSep = i;
            } else if (i === 2) {
                lastSep = 3;
            }
        }
        if (lastSep === -1) {
            lastSep = 0;
        }
    }
    // One '..' for each component of `from` past the common part.
    var out = '';
    for (i = fromStart + lastSep + 1; i <= fromEnd; i++) {
        if (i === fromEnd || from.charCodeAt(i) === BACKSLASH) {
            out += out.length === 0 ? '..' : '\\..';
        }
    }
    toStart += lastSep;
    if (out.length > 0) {
        return out + toOrig.slice(toStart, toEnd);
    }
    if (toOrig.charCodeAt(toStart) === BACKSLASH) {
        toStart++;
    }
    return toOrig.slice(toStart, toEnd);
};

function skipBackslashes(s) {
    var i = 0;
    while (i < s.length && s.charCodeAt(i) === BACKSLASH) {
        i++;
    }
    return i;
}

// The end of s without trailing backslashes, keeping at least one
// character after start.
function trimBackslashes(s, start) {
    var end = s.length;
    while (end - 1 > start && s.charCodeAt(end - 1) === BACKSLASH) {
        end--;
    }
    return end;
}

// 'C:\x' becomes '\\?\C:\x' and '\\server\share' becomes
// '\\?\UNC\server\share', the forms that lift Windows' MAX_PATH limit.
win32.toNamespacedPath = function toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) {
        return path;
    }
    var resolved = win32.resolve(path);
    if (resolved.length <= 2) {
        return path;
    }
    if (resolved.charCodeAt(0) === BACKSLASH) {
        if (resolved.charCodeAt(1) === BACKSLASH) {
            var code = resolved.charCodeAt(2);
            if (code !== QUESTION && code !== DOT) {
                return '\\\\?\\UNC\\' + resolved.slice(2);
            }
        }
    } else if (hasDrive(resolved) && resolved.charCodeAt(2) === BACKSLASH) {
        return '\\\\?\\' + resolved;
    }
    return resolved;
};

win32.dirname = function dirname(path) {
    validateString(path, 'path');
    var len = path.length;
    if (len === 0) {
        return '.';
    }
    var code = path.charCodeAt(0);
    if (len === 1) {
        return isWinSep(code) ? path : '.';
    }
    // rootEnd: where the root ends (-1: no root); the scan for the last
    // separator never enters the root.
    var rootEnd = -1;
    if (isWinSep(code)) {
        rootEnd = 1;
        var unc = uncRoot(path);
        if (unc !== null) {
            if (unc.shareEnd === len) {
                return path;
            }
            rootEnd = unc.shareEnd + 1;
        }
    } else if (hasDrive(path)) {
        rootEnd = len > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
    }
    var end = -1;
    var seenName = false;
    var i;
    for (i = len - 1; i >= Math.max(rootEnd, 0); i--) {
        if (!isWinSep(path.charCodeAt(i))) {
            seenName = true;
        } else if (seenName) {
            end = i;
            break;
        }
    }
    if (end === -1) {
        if (rootEnd === -1) {
            return '.';
        }
        end = rootEnd;
    }
    return path.slice(0, end);
};

win32.basename = function (path, suffix) {
    return basename(path, suffix, isWinSep);
};

win32.extname = function (path) {
    return extname(path, hasDrive(path) ? 2 : 0, isWinSep);
};

win32.format = function (pathObject) {
    return format('\\', pathObject);
};

win32.parse = function parse(path) {
    validateString(path, 'path');
    var ret = { root: '', dir: '', base: '', ext: '', name: '' };
    var len = path.length;
    if (len === 0) {
        return ret;
    }
    var code = path.charCodeAt(0);
    if (len === 1) {
        if (isWinSep(code)) {
            ret.root = ret.dir = path;
        } else {
            ret.base = ret.name = path;
        }
        return ret;
    }
    var rootEnd = 0;
    if (isWinSep(code)) {
        rootEnd = 1;
        var unc = uncRoot(path);
        if (unc !== null) {
            rootEnd = unc.shareEnd === len ? len : unc.shareEnd + 1;
        }
    } else if (hasDrive(path)) {
        if (len === 2 || (len === 3 && isWinSep(path.charCodeAt(2)))) {
            ret.root = ret.dir = path;
            return ret;
        }
        rootEnd = isWinSep(path.charCodeAt(2)) ? 3 : 2;
    }
    ret.root = path.slice(0, rootEnd);
    var info = lastComponent(path, rootEnd, rootEnd, isWinSep);
    if (info.end !== -1) {
        ret.base = path.slice(info.part, info.end);
        if (hasExtension(info)) {
            ret.name = path.slice(info.part, info.dot);
            ret.ext = path.slice(info.dot, info.end);
        } else {
            ret.name = ret.base;
        }
    }
    if (info.part > 0 && info.part !== rootEnd) {
        ret.dir = path.slice(0, info.part - 1);
    } else {
        ret.dir = ret.root;
    }
    return ret;
};

win32.matchesGlob = matchesGlob;

module.exports = win32;
