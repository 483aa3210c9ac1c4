/*
 * path_common: what path's posix and win32 flavours share -- character
 * classes, dot-segment normalisation, the last component of a path
 * (basename/extname), format() -- each taking the flavour's separator
 * test as an argument.  See modules/path.js for the rules both follow.
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

module.exports = {
    errors: errors,
    validateString: validateString,
    validateObject: validateObject,
    SLASH: SLASH,
    BACKSLASH: BACKSLASH,
    DOT: DOT,
    COLON: COLON,
    QUESTION: QUESTION,
    isPosixSep: isPosixSep,
    isWinSep: isWinSep,
    isDriveLetter: isDriveLetter,
    hasDrive: hasDrive,
    isReservedBeforeColon: isReservedBeforeColon,
    normalizeSegments: normalizeSegments,
    lastComponent: lastComponent,
    hasExtension: hasExtension,
    extname: extname,
    basename: basename,
    formatExt: formatExt,
    format: format,
    matchesGlob: matchesGlob,
    cwd: cwd
};
