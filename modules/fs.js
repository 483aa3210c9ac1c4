/*
 * fs: the file system (first part: whole-file reads and writes, stat,
 * and the fd-level open/read/write/close they are made of).
 *
 * Every function here is a thin composition over internalBinding('fs')
 * (modules/fs.c): an asynchronous call passes a callback, which the binding
 * pins until the pool has done the work and the loop calls it back through
 * the callback bridge; a *Sync call passes none and gets the result or a
 * thrown Node-shaped error (code, errno, syscall, path).
 *
 * readFile is written out step by step, as Node does it: open, fstat (to
 * size the buffer), read until end of file, close.  Follow it from here to
 * modules/fs.c, loop/fs.c and the pool thread that calls read().
 *
 * Buffers come from the global Buffer.  Encodings other than UTF-8 work
 * when that Buffer supports them (Buffer.isEncoding); otherwise they throw
 * ERR_UNKNOWN_ENCODING instead of producing wrong text.
 */
'use strict';

var errors = require('internal/errors');
var binding = internalBinding('fs');

var codes = errors.codes;
var C = binding.constants;

var kReadChunk = 64 * 1024; // read size when fstat reports no size

// ---- argument helpers ------------------------------------------------------

function isUint8Array(value) {
    return value instanceof Uint8Array;
}

function getPath(path, name) {
    name = name || 'path';
    if (typeof path === 'string') {
        return path;
    }
    if (typeof Buffer === 'function' && Buffer.isBuffer(path)) {
        return path.toString();
    }
    if (path !== null && typeof path === 'object' &&
            typeof path.href === 'string' && path.protocol === 'file:') {
        return decodeURIComponent(path.pathname);
    }
    throw codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
}

function isUtf8(encoding) {
    return encoding === 'utf8' || encoding === 'utf-8' ||
        encoding === 'UTF8' || encoding === 'UTF-8';
}

function checkEncoding(encoding) {
    if (encoding === undefined || encoding === null || encoding === 'buffer' ||
            isUtf8(encoding)) {
        return;
    }
    if (typeof encoding !== 'string' || !Buffer.isEncoding(encoding)) {
        throw errors.makeError(TypeError, 'ERR_UNKNOWN_ENCODING',
            'Unknown encoding: ' + encoding);
    }
}

// options may be an encoding string or an object; returns an object.
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
    checkEncoding(result.encoding);
    return result;
}

function makeCallback(cb) {
    errors.validateFunction(cb, 'cb');
    return cb;
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

function stringToFlags(flags, name) {
    if (typeof flags === 'number') {
        return flags;
    }
    if (flags === undefined || flags === null) {
        return C.O_RDONLY;
    }
    if (Object.prototype.hasOwnProperty.call(FLAGS, flags)) {
        return FLAGS[flags];
    }
    throw codes.ERR_INVALID_ARG_VALUE(name || 'flags', flags);
}

function parseMode(mode, def) {
    if (mode === undefined || mode === null) {
        return def;
    }
    if (typeof mode === 'string') {
        if (!/^[0-7]+$/.test(mode)) {
            throw codes.ERR_INVALID_ARG_VALUE('mode', mode,
                'must be a 32-bit unsigned integer or an octal string');
        }
        return parseInt(mode, 8);
    }
    errors.validateNumber(mode, 'mode', 0, 4294967295);
    return mode & 4095;
}

function allocBuffer(size) {
    return typeof Buffer.alloc === 'function' ? Buffer.alloc(size) :
        new Buffer(size);
}

function toBuffer(data, encoding) {
    if (isUtf8(encoding) || encoding === undefined || encoding === null) {
        return new Buffer(data);
    }
    return Buffer.from(data, encoding);
}

function decode(buffer, encoding) {
    if (encoding === undefined || encoding === null || encoding === 'buffer') {
        return buffer;
    }
    return buffer.toString(isUtf8(encoding) ? 'utf8' : encoding);
}

// ---- Stats -----------------------------------------------------------------

function Stats(a) {
    this.dev = a[0];
    this.mode = a[1];
    this.nlink = a[2];
    this.uid = a[3];
    this.gid = a[4];
    this.rdev = a[5];
    this.blksize = a[6];
    this.ino = a[7];
    this.size = a[8];
    this.blocks = a[9];
    this.atimeMs = a[10];
    this.mtimeMs = a[11];
    this.ctimeMs = a[12];
    this.birthtimeMs = a[13];
    this.atime = new Date(a[10]);
    this.mtime = new Date(a[11]);
    this.ctime = new Date(a[12]);
    this.birthtime = new Date(a[13]);
}

function isType(stats, type) {
    return (stats.mode & C.S_IFMT) === type;
}

Stats.prototype.isFile = function () { return isType(this, C.S_IFREG); };
Stats.prototype.isDirectory = function () { return isType(this, C.S_IFDIR); };
Stats.prototype.isSymbolicLink = function () {
    return isType(this, C.S_IFLNK);
};
Stats.prototype.isFIFO = function () { return isType(this, C.S_IFIFO); };
Stats.prototype.isSocket = function () { return isType(this, C.S_IFSOCK); };
Stats.prototype.isCharacterDevice = function () {
    return isType(this, C.S_IFCHR);
};
Stats.prototype.isBlockDevice = function () {
    return isType(this, C.S_IFBLK);
};

function statCallback(callback) {
    return function (err, a) {
        callback(err, err ? undefined : new Stats(a));
    };
}

function stat(path, options, callback) {
    if (typeof options === 'function') {
        callback = options;
    }
    callback = makeCallback(callback);
    binding.stat(getPath(path), statCallback(callback));
}

function lstat(path, options, callback) {
    if (typeof options === 'function') {
        callback = options;
    }
    callback = makeCallback(callback);
    binding.lstat(getPath(path), statCallback(callback));
}

function fstat(fd, options, callback) {
    if (typeof options === 'function') {
        callback = options;
    }
    callback = makeCallback(callback);
    binding.fstat(fd, statCallback(callback));
}

function statSyncWith(fn, path, options) {
    try {
        return new Stats(fn(path));
    } catch (err) {
        if (options && options.throwIfNoEntry === false &&
                err.code === 'ENOENT') {
            return undefined;
        }
        throw err;
    }
}

function statSync(path, options) {
    return statSyncWith(binding.stat, getPath(path), options);
}

function lstatSync(path, options) {
    return statSyncWith(binding.lstat, getPath(path), options);
}

function fstatSync(fd) {
    return new Stats(binding.fstat(fd));
}

function existsSync(path) {
    try {
        binding.stat(getPath(path));
        return true;
    } catch (e) {
        return false;
    }
}

function exists(path, callback) {
    makeCallback(callback);
    try {
        path = getPath(path);
    } catch (e) {
        process.nextTick(callback, false);
        return;
    }
    binding.stat(path, function (err) {
        callback(!err);
    });
}

// ---- fd level --------------------------------------------------------------

function open(path, flags, mode, callback) {
    if (typeof flags === 'function') {
        callback = flags;
        flags = 'r';
        mode = 438;
    } else if (typeof mode === 'function') {
        callback = mode;
        mode = 438;
    }
    callback = makeCallback(callback);
    binding.open(getPath(path), stringToFlags(flags), parseMode(mode, 438),
        callback);
}

function openSync(path, flags, mode) {
    return binding.open(getPath(path), stringToFlags(flags),
        parseMode(mode, 438));
}

function close(fd, callback) {
    binding.close(fd, callback === undefined ? function () {} :
        makeCallback(callback));
}

function closeSync(fd) {
    binding.close(fd);
}

function readArgs(buffer, offset, length, position) {
    if (!isUint8Array(buffer)) {
        throw codes.ERR_INVALID_ARG_TYPE('buffer',
            ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    if (offset === undefined || offset === null) {
        offset = 0;
    }
    if (length === undefined || length === null) {
        length = buffer.length - offset;
    }
    if (position === undefined || position === null || position === -1) {
        position = null;
    }
    return [offset, length, position];
}

function read(fd, buffer, offset, length, position, callback) {
    callback = makeCallback(arguments[arguments.length - 1]);
    if (arguments.length < 6) {
        offset = length = position = undefined;
    }
    var a = readArgs(buffer, offset, length, position);
    binding.read(fd, buffer, a[0], a[1], a[2], function (err, n) {
        callback(err, n || 0, buffer);
    });
}

function readSync(fd, buffer, offset, length, position) {
    if (offset !== null && typeof offset === 'object') {
        position = offset.position;
        length = offset.length;
        offset = offset.offset;
    }
    var a = readArgs(buffer, offset, length, position);
    return binding.read(fd, buffer, a[0], a[1], a[2]);
}

// write(fd, buffer[, offset[, length[, position]]], cb) or
// write(fd, string[, position[, encoding]], cb)
function write(fd, data, a, b, c, callback) {
    var args = Array.prototype.slice.call(arguments, 2);
    callback = makeCallback(args.pop());
    var done = function (err, n) { callback(err, n || 0, data); };
    if (typeof data === 'string') {
        var position = args[0] === undefined ? null : args[0];
        binding.writeString(fd, data, position, done);
        return;
    }
    var r = readArgs(data, args[0], args[1], args[2]);
    binding.write(fd, data, r[0], r[1], r[2], done);
}

function writeSync(fd, data, a, b, c) {
    if (typeof data === 'string') {
        return binding.writeString(fd, data, a === undefined ? null : a);
    }
    var r = readArgs(data, a, b, c);
    return binding.write(fd, data, r[0], r[1], r[2]);
}

function realpath(path, options, callback) {
    if (typeof options === 'function') {
        callback = options;
    }
    callback = makeCallback(callback);
    binding.realpath(getPath(path), callback);
}

function realpathSync(path) {
    return binding.realpath(getPath(path));
}

// ---- directories and links (synchronous only for now) -------------------

function unlinkSync(path) {
    binding.unlinkSync(getPath(path));
}

function rmdirSync(path, options) {
    if (options && options.recursive) {
        throw codes.ERR_NOT_SUPPORTED('fs.rmdirSync with recursive');
    }
    binding.rmdirSync(getPath(path));
}

// mkdirSync(path[, options]) -> undefined, or with recursive the first
// directory it created (undefined if all existed), as Node returns.
function mkdirSync(path, options) {
    var mode = 511;
    var recursive = false;
    if (typeof options === 'number' || typeof options === 'string') {
        mode = parseMode(options, 511);
    } else if (options !== undefined && options !== null) {
        recursive = !!options.recursive;
        mode = parseMode(options.mode, 511);
    }
    path = getPath(path);
    if (!recursive) {
        binding.mkdirSync(path, mode);
        return undefined;
    }
    return mkdirp(path, mode);
}

function mkdirp(path, mode) {
    try {
        binding.mkdirSync(path, mode);
        return path;
    } catch (err) {
        if (err.code === 'EEXIST' && statSync(path).isDirectory()) {
            return undefined;
        }
        var parent = path.replace(/\/+[^\/]*\/*$/, '');
        if (err.code !== 'ENOENT' || parent === '' || parent === path) {
            throw err;
        }
        var first = mkdirp(parent, mode);
        binding.mkdirSync(path, mode);
        return first === undefined ? path : first;
    }
}

function symlinkSync(target, path) {
    binding.symlinkSync(getPath(target, 'target'), getPath(path));
}

function mkdtempSync(prefix) {
    errors.validateString(prefix, 'prefix');
    return binding.mkdtempSync(prefix);
}

// ---- whole files ---------------------------------------------------------

function readFile(path, options, callback) {
    callback = makeCallback(typeof options === 'function' ? options :
        callback);
    options = getOptions(options, { flag: 'r' });
    path = getPath(path);
    var flags = stringToFlags(options.flag);

    binding.open(path, flags, 438, function (err, fd) {
        if (err) {
            return callback(err);
        }
        binding.fstat(fd, function (err2, st) {
            if (err2) {
                return finish(fd, err2);
            }
            var size = (st[1] & C.S_IFMT) === C.S_IFREG ? st[8] : 0;
            readChunks(fd, size, [], 0);
        });
    });

    // Read until end of file: into one buffer when the size is known, else
    // chunk by chunk.
    function readChunks(fd, size, chunks, total) {
        var buffer = allocBuffer(size > 0 ? size - total : kReadChunk);
        binding.read(fd, buffer, 0, buffer.length, null, function (err, n) {
            if (err) {
                return finish(fd, err);
            }
            if (n > 0) {
                chunks.push(n === buffer.length ? buffer : buffer.slice(0, n));
                total += n;
                if (size === 0 || total < size) {
                    return readChunks(fd, size, chunks, total);
                }
            }
            finish(fd, null, chunks.length === 1 ? chunks[0] :
                Buffer.concat(chunks, total));
        });
    }

    function finish(fd, err, data) {
        binding.close(fd, function (err2) {
            err = err || err2;
            if (err) {
                return callback(err);
            }
            callback(null, decode(data, options.encoding));
        });
    }
}

function readFileSync(path, options) {
    options = getOptions(options, { flag: 'r' });
    var flags = stringToFlags(options.flag);
    var data;
    if (typeof path === 'number' && (path | 0) === path && path >= 0) {
        var chunks = []; // an fd: read from where it stands to the end
        var n;
        do {
            var chunk = allocBuffer(kReadChunk);
            n = binding.read(path, chunk, 0, kReadChunk, null);
            if (n > 0) {
                chunks.push(chunk.slice(0, n));
            }
        } while (n > 0);
        data = Buffer.concat(chunks);
    } else if (flags === C.O_RDONLY) {
        data = binding.readFileSync(getPath(path));
    } else {
        var fd = openSync(path, flags);
        try {
            data = readFileSync(fd);
        } finally {
            closeSync(fd);
        }
    }
    return decode(data, options.encoding);
}

function dataToWrite(data, encoding) {
    if (typeof data === 'string') {
        return isUtf8(encoding) || encoding === undefined ||
            encoding === null ? data : toBuffer(data, encoding);
    }
    if (isUint8Array(data)) {
        return data;
    }
    throw codes.ERR_INVALID_ARG_TYPE('data',
        ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeAll(fd, data, callback) {
    if (typeof data === 'string') {
        binding.writeString(fd, data, null, callback);
    } else {
        binding.write(fd, data, 0, data.length, null, callback);
    }
}

function writeFile(path, data, options, callback) {
    callback = makeCallback(typeof options === 'function' ? options :
        callback);
    options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'w' });
    data = dataToWrite(data, options.encoding);
    var flags = stringToFlags(options.flag);
    binding.open(getPath(path), flags, parseMode(options.mode, 438),
        function (err, fd) {
            if (err) {
                return callback(err);
            }
            writeAll(fd, data, function (err2) {
                binding.close(fd, function (err3) {
                    callback(err2 || err3 || null);
                });
            });
        });
}

function writeFileSync(path, data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'w' });
    data = dataToWrite(data, options.encoding);
    var fd = binding.open(getPath(path), stringToFlags(options.flag),
        parseMode(options.mode, 438));
    try {
        if (typeof data === 'string') {
            binding.writeString(fd, data, null);
        } else {
            binding.write(fd, data, 0, data.length, null);
        }
    } finally {
        binding.close(fd);
    }
}

function appendFile(path, data, options, callback) {
    callback = typeof options === 'function' ? options : callback;
    options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'a' });
    writeFile(path, data, options, callback);
}

function appendFileSync(path, data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'a' });
    writeFileSync(path, data, options);
}

module.exports = {
    constants: {
        O_RDONLY: C.O_RDONLY, O_WRONLY: C.O_WRONLY, O_RDWR: C.O_RDWR,
        O_CREAT: C.O_CREAT, O_EXCL: C.O_EXCL, O_TRUNC: C.O_TRUNC,
        O_APPEND: C.O_APPEND, O_SYNC: C.O_SYNC, S_IFMT: C.S_IFMT,
        S_IFREG: C.S_IFREG, S_IFDIR: C.S_IFDIR, S_IFLNK: C.S_IFLNK,
        F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1
    },
    Stats: Stats,
    appendFile: appendFile,
    appendFileSync: appendFileSync,
    close: close,
    closeSync: closeSync,
    exists: exists,
    existsSync: existsSync,
    fstat: fstat,
    fstatSync: fstatSync,
    lstat: lstat,
    lstatSync: lstatSync,
    mkdirSync: mkdirSync,
    mkdtempSync: mkdtempSync,
    open: open,
    openSync: openSync,
    read: read,
    readFile: readFile,
    readFileSync: readFileSync,
    readSync: readSync,
    realpath: realpath,
    realpathSync: realpathSync,
    rmdirSync: rmdirSync,
    stat: stat,
    statSync: statSync,
    symlinkSync: symlinkSync,
    unlinkSync: unlinkSync,
    write: write,
    writeFile: writeFile,
    writeFileSync: writeFileSync,
    writeSync: writeSync
};
