/*
 * internal/fs_whole: whole-file reads and writes, in their callback and
 * synchronous forms: readFile, writeFile, appendFile.
 *
 * readFile is written out step by step, as Node does it: open, fstat (to
 * size the buffer), read until the end of the file, close.  Each step is
 * one binding call, so one pool request: follow it from here to
 * modules/fs_ops.c, loop/fs.c and the pool thread that calls read().  The
 * reads of a large file go in 512 KiB requests so that one file cannot
 * hold a pool thread for long; a file whose size fstat cannot tell (a
 * pipe, /proc) is read in 64 KiB chunks until read() returns 0.
 *
 * writeFile is open, one write, close: the binding writes every byte (the
 * loop retries short writes), so a 100 MB buffer is one request.
 *
 * A path that is an integer is an fd the caller owns: it is read or
 * written from its current position and never closed.
 */
'use strict';

var u = require('internal/fs_utils');

var binding = u.binding;
var C = u.constants;
var Buffer = require('buffer').Buffer;

var kReadFileBufferLength = 512 * 1024;
var kReadFileUnknownBufferLength = 64 * 1024;

function isFd(path) {
    return typeof path === 'number' && (path >>> 0) === path;
}

function isRegularFile(statArray) {
    return (statArray[1] & C.S_IFMT) === C.S_IFREG;
}

// ---- readFile -------------------------------------------------------------

function readFile(path, options, callback) {
    callback = u.lastCallback(options, callback);
    options = u.getOptions(options, { flag: 'r' });
    var isUserFd = isFd(path);
    if (!isUserFd) {
        path = u.getValidatedPath(path);
    }
    var flags = u.stringToFlags(options.flag);

    if (isUserFd) {
        sizeUp(path);
    } else {
        binding.open(path, flags, 438, function (err, fd) {
            if (err) {
                return callback(err);
            }
            sizeUp(fd);
        });
    }

    function sizeUp(fd) {
        binding.fstat(fd, function (err, st) {
            if (err) {
                return finish(fd, err);
            }
            var size = isRegularFile(st) ? st[8] : 0;
            if (size > u.kIoMaxLength) {
                return finish(fd, u.fileTooLarge(size));
            }
            if (size === 0) {
                readChunks(fd, [], 0);
            } else {
                readInto(fd, Buffer.allocUnsafe(size), 0);
            }
        });
    }

    // The size is known: fill one buffer, 512 KiB per request.
    function readInto(fd, buffer, filled) {
        var n = Math.min(kReadFileBufferLength, buffer.length - filled);
        binding.read(fd, buffer, filled, n, -1, function (err, got) {
            if (err) {
                return finish(fd, err);
            }
            filled += got;
            if (got === 0 || filled === buffer.length) {
                return finish(fd, null, filled < buffer.length ?
                    buffer.slice(0, filled) : buffer);
            }
            readInto(fd, buffer, filled);
        });
    }

    // The size is unknown: read chunks until the end.
    function readChunks(fd, chunks, total) {
        var chunk = Buffer.allocUnsafe(kReadFileUnknownBufferLength);
        binding.read(fd, chunk, 0, chunk.length, -1, function (err, got) {
            if (err) {
                return finish(fd, err);
            }
            if (got === 0) {
                return finish(fd, null, Buffer.concat(chunks, total));
            }
            chunks.push(got === chunk.length ? chunk : chunk.slice(0, got));
            readChunks(fd, chunks, total + got);
        });
    }

    function finish(fd, err, data) {
        if (isUserFd) {
            return done(err, data);
        }
        binding.close(fd, function (err2) {
            done(err || err2, data);
        });
    }

    function done(err, data) {
        if (err) {
            return callback(err);
        }
        var result;
        try {
            result = u.decode(data, options.encoding);
        } catch (e) {
            return callback(e);
        }
        callback(null, result);
    }
}

// Read fd to its end (size: what fstat says, 0 if unknown).
function readAllSync(fd, size) {
    if (size > 0) {
        var buffer = Buffer.allocUnsafe(size);
        var filled = 0;
        var got;
        do {
            got = binding.read(fd, buffer, filled, size - filled, -1);
            filled += got;
        } while (got !== 0 && filled < size);
        return filled < size ? buffer.slice(0, filled) : buffer;
    }
    var chunks = [];
    var total = 0;
    for (;;) {
        var chunk = Buffer.allocUnsafe(kReadFileUnknownBufferLength);
        var n = binding.read(fd, chunk, 0, chunk.length, -1);
        if (n === 0) {
            return Buffer.concat(chunks, total);
        }
        chunks.push(n === chunk.length ? chunk : chunk.slice(0, n));
        total += n;
    }
}

function readFileSync(path, options) {
    options = u.getOptions(options, { flag: 'r' });
    var isUserFd = isFd(path);
    var fd = isUserFd ? path : binding.open(u.getValidatedPath(path),
        u.stringToFlags(options.flag), 438);
    var data;
    try {
        var st = binding.fstat(fd);
        var size = isRegularFile(st) ? st[8] : 0;
        if (size > u.kIoMaxLength) {
            throw u.fileTooLarge(size);
        }
        data = readAllSync(fd, size);
    } finally {
        if (!isUserFd) {
            binding.close(fd);
        }
    }
    return u.decode(data, options.encoding);
}

// ---- writeFile, appendFile ------------------------------------------------

function isUtf8(encoding) {
    return /^utf-?8$/i.test(encoding);
}

// The data as the binding writes it: a view, or a string to write as
// UTF-8.  Returns function(fd, cb) doing the one write.
function dataWriter(data, encoding) {
    if (u.isArrayBufferView(data)) {
        return function (fd, cb) {
            return binding.write(fd, data, 0, data.byteLength, null, cb);
        };
    }
    u.validateStringAfterArrayBufferView(data, 'data');
    if (!encoding || isUtf8(encoding)) {
        return function (fd, cb) {
            return binding.writeString(fd, data, null, cb);
        };
    }
    var bytes = Buffer.from(data, encoding);
    return function (fd, cb) {
        return binding.write(fd, bytes, 0, bytes.byteLength, null, cb);
    };
}

function writeOptions(options, flag) {
    options = u.getOptions(options, { encoding: 'utf8', mode: 438,
        flag: flag, flush: false });
    u.validateBoolean(options.flush, 'options.flush');
    return options;
}

function writeFile(path, data, options, callback) {
    callback = u.lastCallback(options, callback);
    options = writeOptions(options, 'w');
    var writeData = dataWriter(data, options.encoding);
    if (isFd(path)) {
        return writeAll(path, true);
    }
    path = u.getValidatedPath(path);
    var flags = u.stringToFlags(options.flag || 'w');
    var mode = u.parseFileMode(options.mode, 'mode', 438);
    binding.open(path, flags, mode, function (err, fd) {
        if (err) {
            return callback(err);
        }
        writeAll(fd, false);
    });

    function writeAll(fd, isUserFd) {
        writeData(fd, function (err) {
            if (!err && options.flush) {
                return binding.fsync(fd, function (err2) {
                    finish(fd, isUserFd, err2);
                });
            }
            finish(fd, isUserFd, err);
        });
    }

    function finish(fd, isUserFd, err) {
        if (isUserFd) {
            return callback(err || null);
        }
        binding.close(fd, function (err2) {
            callback(err || err2 || null);
        });
    }
}

function writeFileSync(path, data, options) {
    options = writeOptions(options, 'w');
    var writeData = dataWriter(data, options.encoding);
    var isUserFd = isFd(path);
    var fd = isUserFd ? path : binding.open(u.getValidatedPath(path),
        u.stringToFlags(options.flag || 'w'),
        u.parseFileMode(options.mode, 'mode', 438));
    try {
        writeData(fd);
        if (options.flush) {
            binding.fsync(fd);
        }
    } finally {
        if (!isUserFd) {
            binding.close(fd);
        }
    }
}

// appendFile is writeFile with flag 'a' (always 'a' for an fd).
function appendOptions(path, options) {
    options = u.getOptions(options, { encoding: 'utf8', mode: 438,
        flag: 'a' });
    if (!options.flag || isFd(path)) {
        options.flag = 'a';
    }
    return options;
}

function appendFile(path, data, options, callback) {
    callback = u.lastCallback(options, callback);
    writeFile(path, data, appendOptions(path, options), callback);
}

function appendFileSync(path, data, options) {
    writeFileSync(path, data, appendOptions(path, options));
}

module.exports = {
    isFd: isFd,
    readAllSync: readAllSync,
    readFile: readFile,
    readFileSync: readFileSync,
    writeFile: writeFile,
    writeFileSync: writeFileSync,
    appendFile: appendFile,
    appendFileSync: appendFileSync
};
