/*
 * internal/fs_files: the fs functions on open files, in their callback and
 * synchronous forms: open, close, read, readv, write, writev, fsync,
 * fdatasync, ftruncate, truncate, fstat, fchmod, fchown, futimes.  Whole
 * files (readFile, writeFile, appendFile) are in internal/fs_whole.
 *
 * Each function checks its arguments as Node does (same order, same
 * messages), then makes one binding call: with a callback it runs on the
 * pool, without one it runs at once.  Short writes never reach JS: the
 * binding's write puts out every byte or reports the error.
 */
'use strict';

var u = require('internal/fs_utils');

var binding = u.binding;
var codes = u.codes;
var Buffer = require('buffer').Buffer;

// close() without a callback still reports a failure: as an exception.
function defaultCloseCallback(err) {
    if (err !== null && err !== undefined) {
        throw err;
    }
}

// ---- open and close ------------------------------------------------------

function open(path, flags, mode, callback) {
    path = u.getValidatedPath(path);
    if (arguments.length < 3) {
        callback = flags;
        flags = 'r';
        mode = 438;
    } else if (typeof mode === 'function' && callback === undefined) {
        callback = mode;
        mode = 438;
    } else {
        mode = u.parseFileMode(mode, 'mode', 438);
    }
    var flagsNumber = u.stringToFlags(flags);
    binding.open(path, flagsNumber, mode, u.makeCallback(callback));
}

function openSync(path, flags, mode) {
    path = u.getValidatedPath(path);
    return binding.open(path, u.stringToFlags(flags),
        u.parseFileMode(mode, 'mode', 438));
}

function close(fd, callback) {
    fd = u.getValidatedFd(fd);
    binding.close(fd, callback === undefined ? defaultCloseCallback :
        u.makeCallback(callback));
}

function closeSync(fd) {
    binding.close(u.getValidatedFd(fd));
}

// ---- read ----------------------------------------------------------------

// Check offset, length and position the way read() and readSync() share;
// returns [offset, length, position] or null when there is nothing to do.
function readArgs(buffer, offset, length, position) {
    if (offset === undefined || offset === null) {
        offset = 0;
    } else {
        u.validateInteger(offset, 'offset', 0);
    }
    length |= 0;
    if (length === 0) {
        return null;
    }
    if (buffer.byteLength === 0) {
        throw codes.ERR_INVALID_ARG_VALUE('buffer', buffer,
            'is empty and cannot be written');
    }
    u.validateOffsetLengthRead(offset, length, buffer.byteLength);
    if (position === undefined || position === null) {
        position = -1;
    }
    u.validatePosition(position, 'position');
    return [offset, length, position];
}

// read(fd, buffer, offset, length, position, cb), read(fd, buffer,
// options, cb), read(fd, options, cb), read(fd, cb).
function read(fd, buffer, offsetOrOptions, length, position, callback) {
    fd = u.getValidatedFd(fd);
    var offset = offsetOrOptions;
    var params = null;
    if (arguments.length <= 4) {
        if (arguments.length === 4) {
            u.validateObject(offsetOrOptions, 'options', true);
            callback = length;
            params = offsetOrOptions;
        } else if (arguments.length === 3) {
            if (!u.isArrayBufferView(buffer)) {
                params = buffer;
                buffer = params && params.buffer !== undefined ?
                    params.buffer : Buffer.alloc(16384);
            }
            callback = offsetOrOptions;
        } else {
            callback = buffer;
            buffer = Buffer.alloc(16384);
        }
        if (params !== undefined) {
            u.validateObject(params, 'options', true);
        }
        params = params || {};
        offset = params.offset === undefined ? 0 : params.offset;
        length = params.length === undefined ?
            (buffer ? buffer.byteLength : 0) - offset : params.length;
        position = params.position === undefined ? null : params.position;
    }
    u.validateBuffer(buffer);
    u.validateFunction(callback, 'cb');
    var a = readArgs(buffer, offset, length, position);
    if (a === null) {
        process.nextTick(callback, null, 0, buffer);
        return;
    }
    binding.read(fd, buffer, a[0], a[1], a[2], function (err, n) {
        callback(err, n || 0, buffer);
    });
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
    fd = u.getValidatedFd(fd);
    u.validateBuffer(buffer);
    var offset = offsetOrOptions;
    if (arguments.length <= 3 || (offsetOrOptions !== null &&
            typeof offsetOrOptions === 'object')) {
        if (offsetOrOptions !== undefined) {
            u.validateObject(offsetOrOptions, 'options', true);
        }
        var params = offsetOrOptions || {};
        offset = params.offset === undefined ? 0 : params.offset;
        length = params.length === undefined ? buffer.byteLength - offset :
            params.length;
        position = params.position === undefined ? null : params.position;
    }
    var a = readArgs(buffer, offset, length, position);
    if (a === null) {
        return 0;
    }
    return binding.read(fd, buffer, a[0], a[1], a[2]);
}

function readv(fd, buffers, position, callback) {
    fd = u.getValidatedFd(fd);
    u.validateBufferArray(buffers);
    callback = u.makeCallback(callback || position);
    if (typeof position !== 'number') {
        position = null;
    }
    binding.readv(fd, buffers, position, function (err, n) {
        callback(err, n || 0, buffers);
    });
}

function readvSync(fd, buffers, position) {
    fd = u.getValidatedFd(fd);
    u.validateBufferArray(buffers);
    return binding.readv(fd, buffers, typeof position === 'number' ?
        position : null);
}

// ---- write ---------------------------------------------------------------

// The OS position: a number >= 0, else the current one (null).
function toPosition(position) {
    return typeof position === 'number' && position >= 0 ?
        Math.floor(position) : null;
}

function checkStringEncoding(data, encoding) {
    if (typeof encoding === 'string' && encoding.toLowerCase() === 'hex' &&
            data.length % 2 !== 0) {
        throw codes.ERR_INVALID_ARG_VALUE('encoding', encoding,
            'is invalid for data of length ' + data.length);
    }
}

// A string's bytes go out as UTF-8 through writeString; other encodings
// are converted here.  Returns a function(position, cb) doing the write.
function stringWriter(fd, string, encoding) {
    checkStringEncoding(string, encoding);
    if (!u.isEncoding(encoding) || /^utf-?8$/i.test(encoding)) {
        return function (position, cb) {
            return binding.writeString(fd, string, position, cb);
        };
    }
    var bytes = Buffer.from(string, encoding);
    return function (position, cb) {
        return binding.write(fd, bytes, 0, bytes.byteLength, position, cb);
    };
}

// write(fd, buffer[, offset[, length[, position]]], cb),
// write(fd, buffer, options, cb), write(fd, string[, position[,
// encoding]], cb).
function write(fd, buffer, offsetOrOptions, length, position, callback) {
    fd = u.getValidatedFd(fd);
    var offset = offsetOrOptions;
    if (u.isArrayBufferView(buffer)) {
        callback = u.makeCallback(callback || position || length || offset);
        if (offset !== null && typeof offset === 'object') {
            offset = offsetOrOptions.offset === undefined ? 0 :
                offsetOrOptions.offset;
            length = offsetOrOptions.length;
            position = offsetOrOptions.position;
        }
        if (offset === undefined || offset === null ||
                typeof offset === 'function') {
            offset = 0;
        } else {
            u.validateInteger(offset, 'offset', 0);
        }
        if (typeof length !== 'number') {
            length = buffer.byteLength - offset;
        }
        u.validateOffsetLengthWrite(offset, length, buffer.byteLength);
        binding.write(fd, buffer, offset, length, toPosition(position),
            function (err, n) { callback(err, n || 0, buffer); });
        return;
    }
    u.validateStringAfterArrayBufferView(buffer, 'buffer');
    if (typeof position !== 'function') {
        if (typeof offset === 'function') {
            position = offset;
            offset = null;
        } else {
            position = length;
        }
        length = 'utf8';
    }
    var writer = stringWriter(fd, buffer, length);
    callback = u.makeCallback(position);
    writer(toPosition(offset), function (err, n) {
        callback(err, n || 0, buffer);
    });
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
    fd = u.getValidatedFd(fd);
    var offset = offsetOrOptions;
    if (u.isArrayBufferView(buffer)) {
        if (offset !== null && typeof offset === 'object') {
            offset = offsetOrOptions.offset === undefined ? 0 :
                offsetOrOptions.offset;
            length = offsetOrOptions.length;
            position = offsetOrOptions.position;
        }
        if (typeof offset !== 'number') {
            offset = 0;
        } else {
            u.validateInteger(offset, 'offset', 0);
        }
        if (typeof length !== 'number') {
            length = buffer.byteLength - offset;
        }
        u.validateOffsetLengthWrite(offset, length, buffer.byteLength);
        return binding.write(fd, buffer, offset, length,
            toPosition(position));
    }
    u.validateStringAfterArrayBufferView(buffer, 'buffer');
    return stringWriter(fd, buffer, length)(toPosition(offset));
}

function writev(fd, buffers, position, callback) {
    fd = u.getValidatedFd(fd);
    u.validateBufferArray(buffers);
    callback = u.makeCallback(callback || position);
    if (buffers.length === 0) {
        process.nextTick(callback, null, 0, buffers);
        return;
    }
    binding.writev(fd, buffers, toPosition(position), function (err, n) {
        callback(err, n || 0, buffers);
    });
}

function writevSync(fd, buffers, position) {
    fd = u.getValidatedFd(fd);
    u.validateBufferArray(buffers);
    if (buffers.length === 0) {
        return 0;
    }
    return binding.writev(fd, buffers, toPosition(position));
}

// ---- sync, truncate ------------------------------------------------------

function fsync(fd, callback) {
    fd = u.getValidatedFd(fd);
    binding.fsync(fd, u.makeCallback(callback));
}

function fsyncSync(fd) {
    binding.fsync(u.getValidatedFd(fd));
}

function fdatasync(fd, callback) {
    fd = u.getValidatedFd(fd);
    binding.fdatasync(fd, u.makeCallback(callback));
}

function fdatasyncSync(fd) {
    binding.fdatasync(u.getValidatedFd(fd));
}

function checkLength(len) {
    u.validateInteger(len, 'len');
    return Math.max(0, len);
}

function ftruncate(fd, len, callback) {
    if (typeof len === 'function' && callback === undefined) {
        callback = len;
        len = 0;
    } else if (len === undefined) {
        len = 0;
    }
    fd = u.getValidatedFd(fd);
    len = checkLength(len);
    binding.ftruncate(fd, len, u.makeCallback(callback));
}

function ftruncateSync(fd, len) {
    fd = u.getValidatedFd(fd);
    binding.ftruncate(fd, checkLength(len === undefined ? 0 : len));
}

// truncate(path) is open('r+'), ftruncate, close: three requests.
function truncate(path, len, callback) {
    if (typeof path === 'number') {
        return ftruncate(path, len, callback);
    }
    if (typeof len === 'function' && callback === undefined) {
        callback = len;
        len = 0;
    } else if (len === undefined) {
        len = 0;
    }
    len = checkLength(len);
    callback = u.makeCallback(callback);
    open(path, 'r+', function (err, fd) {
        if (err) {
            return callback(err);
        }
        binding.ftruncate(fd, len, function (err2) {
            binding.close(fd, function (err3) {
                callback(err2 || err3 || null);
            });
        });
    });
}

function truncateSync(path, len) {
    if (typeof path === 'number') {
        return ftruncateSync(path, len);
    }
    var fd = openSync(path, 'r+');
    try {
        ftruncateSync(fd, len);
    } finally {
        closeSync(fd);
    }
}

// ---- metadata by fd ------------------------------------------------------

function fstat(fd, options, callback) {
    if (typeof options === 'function' && callback === undefined) {
        callback = options;
        options = undefined;
    }
    fd = u.getValidatedFd(fd);
    u.checkBigint(options);
    callback = u.makeCallback(callback);
    binding.fstat(fd, function (err, a) {
        callback(err, err ? undefined : u.statsFromArray(a));
    });
}

function fstatSync(fd, options) {
    fd = u.getValidatedFd(fd);
    u.checkBigint(options);
    return u.statsFromArray(binding.fstat(fd));
}

function fchmod(fd, mode, callback) {
    fd = u.getValidatedFd(fd);
    mode = u.parseFileMode(mode, 'mode');
    binding.fchmod(fd, mode, u.makeCallback(callback));
}

function fchmodSync(fd, mode) {
    binding.fchmod(u.getValidatedFd(fd), u.parseFileMode(mode, 'mode'));
}

function checkIds(uid, gid) {
    u.validateInteger(uid, 'uid', -1, 4294967295);
    u.validateInteger(gid, 'gid', -1, 4294967295);
}

function fchown(fd, uid, gid, callback) {
    fd = u.getValidatedFd(fd);
    checkIds(uid, gid);
    binding.fchown(fd, uid, gid, u.makeCallback(callback));
}

function fchownSync(fd, uid, gid) {
    fd = u.getValidatedFd(fd);
    checkIds(uid, gid);
    binding.fchown(fd, uid, gid);
}

function futimes(fd, atime, mtime, callback) {
    fd = u.getValidatedFd(fd);
    atime = u.toUnixTimestamp(atime, 'atime');
    mtime = u.toUnixTimestamp(mtime, 'mtime');
    binding.futimes(fd, atime, mtime, u.makeCallback(callback));
}

function futimesSync(fd, atime, mtime) {
    fd = u.getValidatedFd(fd);
    binding.futimes(fd, u.toUnixTimestamp(atime, 'atime'),
        u.toUnixTimestamp(mtime, 'mtime'));
}

module.exports = {
    checkIds: checkIds,
    open: open,
    openSync: openSync,
    close: close,
    closeSync: closeSync,
    read: read,
    readSync: readSync,
    readv: readv,
    readvSync: readvSync,
    write: write,
    writeSync: writeSync,
    writev: writev,
    writevSync: writevSync,
    fsync: fsync,
    fsyncSync: fsyncSync,
    fdatasync: fdatasync,
    fdatasyncSync: fdatasyncSync,
    ftruncate: ftruncate,
    ftruncateSync: ftruncateSync,
    truncate: truncate,
    truncateSync: truncateSync,
    fstat: fstat,
    fstatSync: fstatSync,
    fchmod: fchmod,
    fchmodSync: fchmodSync,
    fchown: fchown,
    fchownSync: fchownSync,
    futimes: futimes,
    futimesSync: futimesSync
};
