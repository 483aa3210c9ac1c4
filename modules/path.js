/*
 * path: Node's path module, both flavours.
 *
 * `path.posix` treats only '/' as a separator. `path.win32` accepts '/' and
 * '\' alike, writes '\', and knows three kinds of root: a drive ('C:' or
 * 'C:\'), a UNC share ('\\server\share\') and a device namespace ('\\.\'
 * or '\\?\'). module.exports is the posix flavour, as on Linux; each
 * flavour points at both through `.posix` and `.win32`.
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

var errors = require('internal/errors');
var validateString = errors.validateString;
var validateObject = errors.validateObject;

var SLASH = 47;         // '/'
var BACKSLASH = 92;     // '\'
var DOT = 46;           // '.'
var COLON = 58;         // ':'
var QUESTION = 63;      // '?'

function isPosixSep(code) {
    return code === SLASH;
}

function isWinSep(code) {
    return code === SLASH || code === BACKSLASH;
}

function isDriveLetter(code) {
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// 'C:' at the start of a string.
function hasDrive(path) {
    return path.length >= 2 && isDriveLetter(path.charCodeAt(0)) &&
        path.charCodeAt(1) === COLON;
}

// Names Windows reserves for devices; 'CON:' is a device, not a drive.
var RESERVED = ['CON', 'PRN', 'AUX', 'NUL',
    'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
    'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
    'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3'];

// Node slices up to the first colon; with no colon, slice(0, -1) drops the
// last character, so 'CONx' counts as reserved too. We keep that.
function isReservedBeforeColon(path, colonIndex) {
    var name = path.slice(0, colonIndex).toUpperCase();
    return RESERVED.indexOf(name) >= 0;
}

/*
 * Collapse '.' and '..' in a root-less path. Empty segments vanish; '..'
 * removes the segment before it, or, when there is none, survives only if
 * allowAboveRoot (a relative path may climb, an absolute one may not).
 */
function normalizeSegments(path, allowAboveRoot, sep, isSep) {
    var out = [];
    var start = 0;
    var i;
    for (i = 0; i <= path.length; i++) {
        if (i < path.length && !isSep(path.charCodeAt(i))) {
            continue;
        }
        var seg = path.slice(start, i);
        start = i + 1;
        if (seg === '' || seg === '.') {
            continue;
        }
        if (seg === '..') {
            if (out.length > 0 && out[out.length - 1] !== '..') {
                out.pop();
            } else if (allowAboveRoot) {
                out.push('..');
            }
            continue;
        }
        out.push(seg);
    }
    return out.join(sep);
}

/*
 * The last component of path[from..]: where it starts and ends (trailing
 * separators are not part of it) and where its last dot is. `part` starts
 * at partStart and moves right of the last separator found.
 *
 * `lead` describes the first character scanned before the last dot: 0 when
 * the dot begins the scan, 1 when that character is a dot, -1 otherwise.
 * Node's extension rule uses it: there is no extension when the component
 * has no dot, starts with its only dot ('.bashrc'), or is '..'.
 */
function lastComponent(path, from, partStart, isSep) {
    var info = { part: partStart, end: -1, dot: -1, lead: 0 };
    var i;
    for (i = path.length - 1; i >= from; i--) {
        var code = path.charCodeAt(i);
        if (isSep(code)) {
            if (info.end !== -1) {
                info.part = i + 1;
                break;
            }
            continue;
        }
        if (info.end === -1) {
            info.end = i + 1;
        }
        if (code === DOT) {
            if (info.dot === -1) {
                info.dot = i;
            } else {
                info.lead = 1;
            }
        } else if (info.dot !== -1) {
            info.lead = -1;
        }
    }
    return info;
}

function hasExtension(info) {
    return info.dot !== -1 && info.end !== -1 && info.lead !== 0 &&
        !(info.lead === 1 && info.dot === info.end - 1 &&
          info.dot === info.part + 1);
}

function extname(path, from, isSep) {
    validateString(path, 'path');
    var info = lastComponent(path, from, from, isSep);
    return hasExtension(info) ? path.slice(info.dot, info.end) : '';
}

/*
 * basename, shared by both flavours. A suffix is matched right to left
 * against the last component. Node's quirks, kept: a suffix equal to the
 * whole component is not removed; a suffix longer than the component but
 * matching all of it makes the result run to the end of the input,
 * trailing separators included.
 */
function basename(path, suffix, isSep) {
    if (suffix !== undefined) {
        validateString(suffix, 'suffix');
    }
    validateString(path, 'path');
    var from = isSep === isWinSep && hasDrive(path) ? 2 : 0;
    var info = lastComponent(path, from, from, isSep);
    if (suffix === undefined || suffix.length === 0 ||
            suffix.length > path.length) {
        return info.end === -1 ? '' : path.slice(info.part, info.end);
    }
    if (suffix === path) {
        return '';
    }
    var end = path.length;
    if (info.end !== -1) {
        var k = suffix.length - 1;
        var i = info.end - 1;
        while (k >= 0 && i >= info.part &&
                path.charCodeAt(i) === suffix.charCodeAt(k)) {
            k--;
            i--;
        }
        if (k < 0) {
            end = i + 1 === info.part ? info.end : i + 1;
        } else if (i >= info.part) {
            end = info.end;
        }
    }
    return path.slice(info.part, end);
}

function formatExt(ext) {
    if (!ext) {
        return '';
    }
    return ext.charAt(0) === '.' ? ext : '.' + ext;
}

function format(sep, pathObject) {
    validateObject(pathObject, 'pathObject');
    var dir = pathObject.dir || pathObject.root;
    var base = pathObject.base ||
        (pathObject.name || '') + formatExt(pathObject.ext);
    if (!dir) {
        return base;
    }
    return dir === pathObject.root ? dir + base : dir + sep + base;
}

function matchesGlob() {
    throw errors.codes.ERR_NOT_SUPPORTED('path.matchesGlob');
}

function cwd() {
    return process.cwd();
}

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

// Assigned last so that the key order matches Node's.
posix.sep = '/';
posix.delimiter = ':';
win32.sep = '\\';
win32.delimiter = ';';
posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
posix._makeLong = posix.toNamespacedPath;
win32._makeLong = win32.toNamespacedPath;

module.exports = posix;
