/*
 * internal/fs_utils: what every part of the fs module shares.
 *
 *   - argument checks with Node's exact messages: paths (string, Buffer
 *     or file: URL, no NUL bytes), fds, integers, offsets and lengths,
 *     modes, flags, encodings, options objects;
 *   - the objects fs returns: Stats, Dirent, StatFs;
 *   - fs's own errors (ERR_FS_EISDIR and friends);
 *   - call(fn, args): a binding call as a Promise, for fs.promises.
 *
 * Everything here is synchronous and touches no file: the parts that do
 * I/O are internal/fs_files, fs_paths, fs_dir, fs_realpath, fs_streams,
 * fs_watch and fs/promises, all over internalBinding('fs').
 */
'use strict';

var errors = require('internal/errors');
var Buffer = require('buffer').Buffer;
var binding = internalBinding('fs');

var codes = errors.codes;
var C = binding.constants;
var kMaxSafe = 9007199254740991;
// The largest file readFile reads into one Buffer (Node's kIoMaxLength).
var kIoMaxLength = 2147483647;

// ---- numbers ---------------------------------------------------------------

function isInteger(value) {
    return typeof value === 'number' && isFinite(value) &&
        Math.floor(value) === value;
}

// An integer in [min, max] (defaults: the safe integers).
function validateInteger(value, name, min, max) {
    if (min === undefined) {
        min = -kMaxSafe;
    }
    if (max === undefined) {
        max = kMaxSafe;
    }
    if (typeof value !== 'number') {
        throw codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
    }
    if (!isInteger(value)) {
        throw codes.ERR_OUT_OF_RANGE(name, 'an integer', value);
    }
    if (value < min || value > max) {
        throw codes.ERR_OUT_OF_RANGE(name, '>= ' + min + ' && <= ' + max,
            value);
    }
    return value;
}

function validateInt32(value, name, min) {
    return validateInteger(value, name, min === undefined ? -2147483648 :
        min, 2147483647);
}

function validateUint32(value, name) {
    return validateInteger(value, name, 0, 4294967295);
}

function getValidatedFd(fd) {
    return validateInt32(fd, 'fd', 0);
}

// Node's check of read/write positions: null-ish is handled by the caller.
function validatePosition(position, name) {
    if (typeof position !== 'number') {
        throw codes.ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'],
            position);
    }
    validateInteger(position, name, -1);
}

function validateOffsetLengthRead(offset, length, bufferLength) {
    if (offset < 0) {
        throw codes.ERR_OUT_OF_RANGE('offset', '>= 0', offset);
    }
    if (length < 0) {
        throw codes.ERR_OUT_OF_RANGE('length', '>= 0', length);
    }
    if (offset + length > bufferLength) {
        throw codes.ERR_OUT_OF_RANGE('length', '<= ' +
            (bufferLength - offset), length);
    }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
    if (offset > byteLength) {
        throw codes.ERR_OUT_OF_RANGE('offset', '<= ' + byteLength, offset);
    }
    if (length > byteLength - offset) {
        throw codes.ERR_OUT_OF_RANGE('length', '<= ' + (byteLength - offset),
            length);
    }
    if (length < 0) {
        throw codes.ERR_OUT_OF_RANGE('length', '>= 0', length);
    }
    validateInt32(length, 'length', 0);
}

// ---- values ----------------------------------------------------------------

function isArrayBufferView(value) {
    return ArrayBuffer.isView(value);
}

function validateBuffer(buffer, name) {
    if (!isArrayBufferView(buffer)) {
        throw codes.ERR_INVALID_ARG_TYPE(name || 'buffer',
            ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
}

function validateBufferArray(buffers, name) {
    name = name || 'buffers';
    var ok = Array.isArray(buffers);
    for (var i = 0; ok && i < buffers.length; i++) {
        ok = isArrayBufferView(buffers[i]);
    }
    if (!ok) {
        throw codes.ERR_INVALID_ARG_TYPE(name, 'ArrayBufferView[]', buffers);
    }
    return buffers;
}

// Data to write: a view, or else it must be a string.
function validateStringAfterArrayBufferView(value, name) {
    if (typeof value !== 'string') {
        throw codes.ERR_INVALID_ARG_TYPE(name,
            ['string', 'Buffer', 'TypedArray', 'DataView'], value);
    }
}

function validateFunction(value, name) {
    if (typeof value !== 'function') {
        throw codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
    }
    return value;
}

function validateBoolean(value, name) {
    if (typeof value !== 'boolean') {
        throw codes.ERR_INVALID_ARG_TYPE(name, 'boolean', value);
    }
}

// An options object; null is let through when nullable.
function validateObject(value, name, nullable) {
    if ((value === null && !nullable) || Array.isArray(value) ||
            (value !== null && typeof value !== 'object')) {
        throw codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
    }
}

// The callback of an asynchronous call.
function makeCallback(cb) {
    return validateFunction(cb, 'cb');
}

// The callback of f(path, [options,] callback): options when it is a
// function and nothing follows it.  (With a callback after it, a function
// in the options' place is just a bad option: that keeps fs.promises,
// which always passes its own callback last, out of reach of it.)
function lastCallback(options, callback) {
    return makeCallback(callback === undefined &&
        typeof options === 'function' ? options : callback);
}

// ---- paths -----------------------------------------------------------------

function isURL(value) {
    return value !== null && typeof value === 'object' &&
        typeof value.href === 'string' && typeof value.protocol === 'string' &&
        value.auth === undefined && value.path === undefined;
}

// A path argument as the string the binding takes.
function getValidatedPath(path, name) {
    name = name || 'path';
    if (isURL(path)) {
        path = require('url').fileURLToPath(path);
    } else if (Buffer.isBuffer(path)) {
        path = path.toString();
    } else if (typeof path !== 'string') {
        throw codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'],
            path);
    }
    if (path.indexOf('\u0000') >= 0) {
        throw codes.ERR_INVALID_ARG_VALUE(name, path,
            'must be a string, Uint8Array, or URL without null bytes');
    }
    return path;
}

// ---- modes, flags, encodings, options ----------------------------------

// A mode as a number or an octal string ('755'); def when null-ish.
function parseFileMode(value, name, def) {
    if (value === undefined || value === null) {
        value = def;
    }
    if (typeof value === 'string') {
        if (!/^[0-7]+$/.test(value)) {
            throw codes.ERR_INVALID_ARG_VALUE(name, value,
                'must be a 32-bit unsigned integer or an octal string');
        }
        value = parseInt(value, 8);
    }
    validateUint32(value, name);
    return value & 4095; // the permission bits are all the OS takes
}

// access() and copyFile() modes, checked with Node's (C++) wording.
function getValidMode(mode, def) {
    if (mode === undefined || mode === null) {
        return def;
    }
    if (typeof mode !== 'number') {
        throw errors.makeError(TypeError, 'ERR_INVALID_ARG_TYPE',
            'mode must be int32 or null/undefined');
    }
    mode = mode < 0 ? Math.ceil(mode) : Math.floor(mode);
    if (!(mode >= 0 && mode <= 7)) {
        throw errors.makeError(RangeError, 'ERR_OUT_OF_RANGE',
            'mode is out of range: >= 0 && <= 7');
    }
    return mode;
}

var FLAGS = {
    'r': C.O_RDONLY,
    'rs': C.O_RDONLY | C.O_SYNC,
    'sr': C.O_RDONLY | C.O_SYNC,
    'r+': C.O_RDWR,
    'rs+': C.O_RDWR | C.O_SYNC,
    'sr+': C.O_RDWR | C.O_SYNC,
    'w': C.O_TRUNC | C.O_CREAT | C.O_WRONLY,
    'wx': C.O_TRUNC | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
    'xw': C.O_TRUNC | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
    'w+': C.O_TRUNC | C.O_CREAT | C.O_RDWR,
    'wx+': C.O_TRUNC | C.O_CREAT | C.O_RDWR | C.O_EXCL,
    'xw+': C.O_TRUNC | C.O_CREAT | C.O_RDWR | C.O_EXCL,
    'a': C.O_APPEND | C.O_CREAT | C.O_WRONLY,
    'ax': C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
    'xa': C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_EXCL,
    'as': C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_SYNC,
    'sa': C.O_APPEND | C.O_CREAT | C.O_WRONLY | C.O_SYNC,
    'a+': C.O_APPEND | C.O_CREAT | C.O_RDWR,
    'ax+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_EXCL,
    'xa+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_EXCL,
    'as+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_SYNC,
    'sa+': C.O_APPEND | C.O_CREAT | C.O_RDWR | C.O_SYNC
};

// 'r', 'wx', ... or a number (the OS's O_* bits) -> a number.
function stringToFlags(flags, name) {
    if (typeof flags === 'number') {
        return validateInt32(flags, name || 'flags');
    }
    if (flags === undefined || flags === null) {
        return C.O_RDONLY;
    }
    if (typeof flags === 'string' &&
            Object.prototype.hasOwnProperty.call(FLAGS, flags)) {
        return FLAGS[flags];
    }
    throw codes.ERR_INVALID_ARG_VALUE(name || 'flags', flags);
}

var ENCODINGS = ['utf8', 'utf-8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le',
    'latin1', 'binary', 'base64', 'base64url', 'hex', 'ascii'];

function isEncoding(encoding) {
    return typeof encoding === 'string' &&
        ENCODINGS.indexOf(encoding.toLowerCase()) >= 0;
}

function assertEncoding(encoding) {
    if (encoding && !isEncoding(encoding)) {
        throw codes.ERR_INVALID_ARG_VALUE('encoding', encoding,
            'is invalid encoding');
    }
}

// options: undefined, a function (no options), an encoding name or an
// object.  Returns an object with defaults filled in.
function getOptions(options, defaults) {
    var result = {};
    var key;
    for (key in defaults) {
        result[key] = defaults[key];
    }
    if (options === undefined || options === null ||
            typeof options === 'function') {
        return result;
    }
    if (typeof options === 'string') {
        result.encoding = options;
    } else if (typeof options === 'object') {
        for (key in options) {
            if (options[key] !== undefined) {
                result[key] = options[key];
            }
        }
    } else {
        throw codes.ERR_INVALID_ARG_TYPE('options', ['string', 'Object'],
            options);
    }
    if (result.encoding !== 'buffer') {
        assertEncoding(result.encoding);
    }
    if (result.signal !== undefined) {
        throw codes.ERR_NOT_SUPPORTED('options.signal (AbortSignal)');
    }
    return result;
}

// Bytes as the caller asked: a Buffer ('buffer' or none) or a string.
function decode(buffer, encoding) {
    if (encoding === undefined || encoding === null ||
            encoding === 'buffer') {
        return buffer;
    }
    return buffer.toString(encoding);
}

// A name from the OS (a string) in the requested encoding.
function encodeName(name, encoding) {
    if (encoding === 'buffer') {
        return Buffer.from(name);
    }
    if (encoding && !/^utf-?8$/i.test(encoding)) {
        return Buffer.from(name).toString(encoding);
    }
    return name;
}

// Seconds since the epoch from a Date, a number or a numeric string.
function toUnixTimestamp(time, name) {
    if (typeof time === 'string' && +time == time) { // eslint-disable-line
        return +time;
    }
    if (typeof time === 'number' && isFinite(time)) {
        return time < 0 ? Date.now() / 1000 : time;
    }
    if (time instanceof Date) {
        return time.getTime() / 1000;
    }
    throw codes.ERR_INVALID_ARG_TYPE(name || 'time', ['Date',
        'Time in seconds'], time);
}

// ---- Stats, Dirent, StatFs -----------------------------------------------

function dateFromMs(ms) {
    return new Date(Math.round(ms));
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
    atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    this.dev = dev;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = uid;
    this.gid = gid;
    this.rdev = rdev;
    this.blksize = blksize;
    this.ino = ino;
    this.size = size;
    this.blocks = blocks;
    this.atimeMs = atimeMs;
    this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs;
    this.birthtimeMs = birthtimeMs;
    this.atime = dateFromMs(atimeMs);
    this.mtime = dateFromMs(mtimeMs);
    this.ctime = dateFromMs(ctimeMs);
    this.birthtime = dateFromMs(birthtimeMs);
}

function defineTypeChecks(proto, getMode) {
    var checks = {
        isDirectory: C.S_IFDIR,
        isFile: C.S_IFREG,
        isBlockDevice: C.S_IFBLK,
        isCharacterDevice: C.S_IFCHR,
        isSymbolicLink: C.S_IFLNK,
        isFIFO: C.S_IFIFO,
        isSocket: C.S_IFSOCK
    };
    Object.keys(checks).forEach(function (name) {
        Object.defineProperty(proto, name, {
            value: function () { return getMode(this) === checks[name]; },
            writable: true,
            configurable: true,
            enumerable: false
        });
    });
}

// As in Node, the type checks live on a base prototype, and Stats's own
// prototype has isFile and _checkModeProperty.
function StatsBase() {}
defineTypeChecks(StatsBase.prototype, function (stats) {
    return stats.mode & C.S_IFMT;
});
Stats.prototype = Object.create(StatsBase.prototype);
[['constructor', Stats], ['isFile', StatsBase.prototype.isFile],
    ['_checkModeProperty', function (type) {
        return (this.mode & C.S_IFMT) === type;
    }]].forEach(function (entry) {
    Object.defineProperty(Stats.prototype, entry[0], { value: entry[1],
        writable: true, configurable: true, enumerable: false });
});

// The binding's array of 14 numbers -> Stats.
function statsFromArray(a) {
    return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8],
        a[9], a[10], a[11], a[12], a[13]);
}

function checkBigint(options) {
    if (options !== null && typeof options === 'object' && options.bigint) {
        throw codes.ERR_NOT_SUPPORTED('fs.Stats with { bigint: true }');
    }
}

function StatFs(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
}

function statFsFromArray(a) {
    return new StatFs(a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
}

var kType = typeof Symbol === 'function' ? Symbol('type') : '__type';

// An entry of readdir({ withFileTypes: true }) or of a Dir.
function Dirent(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
}

var DIRENT_MODES = [0, C.S_IFREG, C.S_IFDIR, C.S_IFLNK, C.S_IFIFO,
    C.S_IFSOCK, C.S_IFCHR, C.S_IFBLK];

defineTypeChecks(Dirent.prototype, function (dirent) {
    return DIRENT_MODES[dirent[kType]] || 0;
});

// ---- errors ----------------------------------------------------------------

// Node's SystemError for a failure that is fs's own decision, like rm()
// of a directory without recursive: ERR_FS_EISDIR.
function systemError(code, errname, message, syscall, path, errno) {
    var info = { code: errname, message: message, path: path,
        syscall: syscall, errno: errno };
    var err = errors.makeError(Error, code, 'Path is a directory: ' +
        syscall + ' returned ' + errname + ' (' + message + ') ' + path);
    Object.defineProperty(err, 'name', { value: 'SystemError',
        writable: true, configurable: true, enumerable: false });
    err.info = info;
    err.errno = errno;
    err.syscall = syscall;
    err.path = path;
    return err;
}

function eisdir(syscall, path) {
    return systemError('ERR_FS_EISDIR', 'EISDIR', 'is a directory', syscall,
        path, 21);
}

function dirClosed() {
    return errors.makeError(Error, 'ERR_DIR_CLOSED',
        'Directory handle was closed');
}

function fileTooLarge(size) {
    return errors.makeError(RangeError, 'ERR_FS_FILE_TOO_LARGE',
        'File size (' + size + ') is greater than 2 GiB');
}

// ---- promises --------------------------------------------------------------

// Run fn(args..., callback) and settle a Promise with its outcome.  Any
// exception (a bad argument) becomes a rejection, as in Node's async
// functions.
function call(fn, args) {
    return new Promise(function (resolve, reject) {
        fn.apply(null, args.concat(function (err, result) {
            if (err) {
                reject(err);
            } else {
                resolve(result);
            }
        }));
    });
}

module.exports = {
    binding: binding,
    constants: C,
    codes: codes,
    errors: errors,
    kIoMaxLength: kIoMaxLength,
    isInteger: isInteger,
    validateInteger: validateInteger,
    validateInt32: validateInt32,
    validateUint32: validateUint32,
    getValidatedFd: getValidatedFd,
    validatePosition: validatePosition,
    validateOffsetLengthRead: validateOffsetLengthRead,
    validateOffsetLengthWrite: validateOffsetLengthWrite,
    isArrayBufferView: isArrayBufferView,
    validateBuffer: validateBuffer,
    validateBufferArray: validateBufferArray,
    validateStringAfterArrayBufferView: validateStringAfterArrayBufferView,
    validateFunction: validateFunction,
    validateBoolean: validateBoolean,
    validateObject: validateObject,
    makeCallback: makeCallback,
    lastCallback: lastCallback,
    isURL: isURL,
    getValidatedPath: getValidatedPath,
    parseFileMode: parseFileMode,
    getValidMode: getValidMode,
    stringToFlags: stringToFlags,
    isEncoding: isEncoding,
    assertEncoding: assertEncoding,
    getOptions: getOptions,
    decode: decode,
    encodeName: encodeName,
    toUnixTimestamp: toUnixTimestamp,
    Stats: Stats,
    statsFromArray: statsFromArray,
    checkBigint: checkBigint,
    StatFs: StatFs,
    statFsFromArray: statFsFromArray,
    Dirent: Dirent,
    eisdir: eisdir,
    dirClosed: dirClosed,
    fileTooLarge: fileTooLarge,
    call: call
};
