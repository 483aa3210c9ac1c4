/*
 * internal/fs_whole: whole-file reads and writes, in their callback and
 * synchronous forms: readFile, writeFile, appendFile.
 *
 * readFile of a path starts with one request that does it all when it
 * can: it opens the file, fstat's it and, for a regular file of up to
 * 512 KiB, reads it and closes it on the pool thread (loop/fs_whole.c).
 * One request instead of four is what makes thousands of small files in
 * flight fast.  The common form, readFile(path[, encoding], callback)
 * with a string path and flag 'r', goes further: after a few checks here
 * it is one native call, binding.readFileFast (modules/fs_readfile.c),
 * which makes the request and, when it completes, makes the Buffer or
 * decodes the string and calls the callback itself: no JS runs between
 * readFile() and the callback.  Every other form (an fd, a Buffer or URL
 * path, another flag, a signal, an encoding spelled otherwise) takes the
 * general path: binding.readWholeFile, the same request, whose result
 * the code below decodes.  A file either request did not read comes
 * back as an open fd (from the fast path through resumeReadFile()), and
 * a small state machine (ReadFileContext) walks through the steps as
 * Node does: fstat (to size the buffer), read until the end of the file,
 * close.  Each step is one binding call, so one pool request: follow it
 * from here to modules/fs_ops.c, loop/fs.c and the pool thread that calls
 * read().  The reads of a large file go in 512 KiB requests so that one
 * file cannot hold a pool thread for long; a file whose size fstat cannot
 * tell (a pipe, /proc) is read in 64 KiB chunks until read() returns 0.
 *
 * writeFile of a path is one request too (loop/fs_whole.c: open, write
 * every byte, fsync when asked to flush, close); of an fd, one write (the
 * binding writes every byte: the loop retries short writes).  The common
 * form, writeFile(path, data[, encoding | options], callback) with a
 * string path, data a string or a Buffer (any view), and no option
 * beyond an encoding, flag 'w' and a numeric mode, is again one native
 * call after a few checks here (writeFast()): binding.writeFileFast
 * (modules/fs_writefile.c) encodes a string, makes the request and calls
 * the callback itself when it completes.  appendFile's common form (flag
 * 'a') takes the same road.  Every other form (an fd, a Buffer or URL
 * path, another flag, flush, a string mode, an encoding spelled
 * otherwise) takes the general path: options checked and filled in,
 * the data made a Buffer unless it is UTF-8 text, then
 * binding.writeWholeFile, the same request.  Errors name the failing
 * step either way ('open' with the path, 'read', 'write', 'close'
 * without), as Node's step-by-step code does.
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

// (The common spellings first: a regular expression test costs more than
// a small file's whole write request.)
function isUtf8(encoding) {
    return encoding === 'utf8' || encoding === 'utf-8' ||
        (typeof encoding === 'string' && /^utf-?8$/i.test(encoding));
}

// The contents as the caller asked for them: a Buffer without an
// encoding, else buffer.toString(encoding), which throws for 'buffer'
// (readFile takes no such encoding, unlike readdir: Node's
// ERR_UNKNOWN_ENCODING).  readWholeFile's are a string already when
// UTF-8 was asked for, else a Uint8Array to make a Buffer of.
function decodeWhole(data, encoding) {
    if (typeof data === 'string') {
        return data;
    }
    if (!(data instanceof Buffer)) {
        Object.setPrototypeOf(data, Buffer.prototype);
    }
    if (encoding === undefined || encoding === null) {
        return data;
    }
    return data.toString(encoding);
}

// ---- readFile -------------------------------------------------------------

// The fast path's encodings: the names Node takes, as written in its docs,
// to modules/buffer_codec.h's numbers (-1: no decoding, a Buffer).  Any
// other spelling ('UTF8') takes the general path, which accepts it too,
// as it takes 'buffer' to report that it is no encoding for readFile.
var kFastBuffer = -1;
var kNotFast = -2;
var kFastEncodings = Object.create(null);
kFastEncodings.utf8 = kFastEncodings['utf-8'] = 0;
kFastEncodings.ucs2 = kFastEncodings['ucs-2'] = 1;
kFastEncodings.utf16le = kFastEncodings['utf-16le'] = 1;
kFastEncodings.latin1 = kFastEncodings.binary = 2;
kFastEncodings.ascii = 3;
kFastEncodings.hex = 4;
kFastEncodings.base64 = 5;
kFastEncodings.base64url = 6;
var kEncodingNames = ['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64',
    'base64url'];

// readFile's options as the fast path's encoding, or kNotFast when they
// ask for more than an encoding (another flag, a signal) or are not
// valid (the general path then throws Node's error).  Reads what Node's
// readFile reads: options.encoding, options.flag, options.signal.
function fastEncoding(options) {
    var encoding = options;
    if (options === undefined || options === null) {
        return kFastBuffer;
    }
    if (typeof options === 'object') {
        var flag = options.flag;
        if ((flag !== undefined && flag !== null && flag !== 'r') ||
                options.signal !== undefined) {
            return kNotFast;
        }
        encoding = options.encoding;
        if (encoding === undefined || encoding === null) {
            return kFastBuffer;
        }
    }
    if (typeof encoding === 'string') {
        var code = kFastEncodings[encoding];
        if (code !== undefined) {
            return code;
        }
    }
    return kNotFast;
}

// A file the fast path opened but did not read (not a small regular
// file) comes back here, from modules/fs_readfile.c, to be read step by
// step as the general path reads it.
function resumeReadFile(fd, encoding, callback) {
    var ctx = new ReadFileContext(callback,
        encoding === kFastBuffer ? undefined : kEncodingNames[encoding],
        false);
    ctx.fd = fd;
    ctx.sizeUp();
}

binding.readFileSetup(Buffer.prototype, resumeReadFile);

function readFile(path, options, callback) {
    // The fast path: a string path, flag 'r', at most an encoding.  A
    // path with a NUL byte the binding hands back (false) to the general
    // path, which throws Node's error for it: searching for one here
    // costs more than the rest of these checks.
    var encoding = kNotFast;
    var cb = callback;
    if (typeof callback === 'function') {
        encoding = fastEncoding(options);
    } else if (callback === undefined && typeof options === 'function') {
        encoding = kFastBuffer;
        cb = options;
    }
    if (encoding !== kNotFast && typeof path === 'string' &&
            binding.readFileFast(path, encoding, cb)) {
        return;
    }

    // The general path.
    callback = u.lastCallback(options, callback);
    options = u.getOptions(options, { flag: 'r' });
    var isUserFd = isFd(path);
    if (!isUserFd) {
        path = u.getValidatedPath(path);
    }
    var flags = u.stringToFlags(options.flag);
    var ctx = new ReadFileContext(callback, options.encoding, isUserFd);

    if (isUserFd) {
        ctx.fd = path;
        ctx.sizeUp();
    } else {
        ctx.state = kOpen;
        binding.readWholeFile(path, flags, kReadFileBufferLength,
            isUtf8(options.encoding), ctx.onStep);
    }
}

// One readFile in progress.  Every request it makes calls back into
// readStep(), bound to the context once, rather than into closures made
// for each call: that is cheaper in Duktape, and a closure would keep
// what its scope holds (the file's bytes) alive until the next
// mark-and-sweep, since closures sit in reference cycles.  done() breaks
// the one cycle there is (the context and its bound step) before calling
// back.  WriteFileContext below works the same way.
var kOpen = 1;
var kStat = 2;
var kRead = 3;        // the size is known: filling one buffer
var kReadChunks = 4;  // the size is unknown: reading chunks until the end
var kWrite = 5;
var kSync = 6;
var kClose = 7;

function ReadFileContext(callback, encoding, isUserFd) {
    this.callback = callback;
    this.encoding = encoding;
    this.isUserFd = isUserFd;
    this.onStep = readStep.bind(this);
    this.state = 0;
    this.fd = -1;
    this.buffer = null; // being filled (kRead), or the chunk being read
    this.filled = 0;
    this.chunks = null; // the chunks read so far (kReadChunks)
    this.total = 0;
    this.error = null;  // what finish() reports once the fd is closed
    this.data = null;
}

// fstat, to size the buffer.
ReadFileContext.prototype.sizeUp = function () {
    this.state = kStat;
    binding.fstat(this.fd, this.onStep);
};

// The size is known: fill one buffer, 512 KiB per request.
ReadFileContext.prototype.readMore = function () {
    var n = Math.min(kReadFileBufferLength, this.buffer.length - this.filled);
    this.state = kRead;
    binding.read(this.fd, this.buffer, this.filled, n, -1, this.onStep);
};

// The size is unknown: read the next chunk.
ReadFileContext.prototype.readChunk = function () {
    this.buffer = Buffer.allocUnsafe(kReadFileUnknownBufferLength);
    this.state = kReadChunks;
    binding.read(this.fd, this.buffer, 0, this.buffer.length, -1,
        this.onStep);
};

// Close the fd (unless the caller owns it), then report.
ReadFileContext.prototype.finish = function (err, data) {
    if (this.isUserFd) {
        return this.done(err, data);
    }
    this.error = err;
    this.data = data;
    this.state = kClose;
    binding.close(this.fd, this.onStep);
};

ReadFileContext.prototype.done = function (err, data) {
    var callback = this.callback;
    this.callback = this.onStep = this.buffer = this.chunks = this.data =
        null;
    if (err) {
        return callback(err);
    }
    var result;
    try {
        result = decodeWhole(data, this.encoding);
    } catch (e) {
        return callback(e);
    }
    callback(null, result);
};

// The completion of each request; `this` is the context.
function readStep(err, result) {
    switch (this.state) {
    case kOpen: // readWholeFile: the contents, or an fd to read in steps
        if (err || typeof result !== 'number') {
            return this.done(err, result);
        }
        this.fd = result;
        return this.sizeUp();
    case kStat:
        if (err) {
            return this.finish(err);
        }
        var size = isRegularFile(result) ? result[8] : 0;
        if (size > u.kIoMaxLength) {
            return this.finish(u.fileTooLarge(size));
        }
        if (size === 0) {
            this.chunks = [];
            return this.readChunk();
        }
        this.buffer = Buffer.allocUnsafe(size);
        return this.readMore();
    case kRead:
        if (err) {
            return this.finish(err);
        }
        this.filled += result;
        if (result === 0 || this.filled === this.buffer.length) {
            return this.finish(null, this.filled < this.buffer.length ?
                this.buffer.slice(0, this.filled) : this.buffer);
        }
        return this.readMore();
    case kReadChunks:
        if (err) {
            return this.finish(err);
        }
        if (result === 0) {
            return this.finish(null, Buffer.concat(this.chunks, this.total));
        }
        this.chunks.push(result === this.buffer.length ? this.buffer :
            this.buffer.slice(0, result));
        this.total += result;
        return this.readChunk();
    case kClose:
        return this.done(this.error || err, this.data);
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
    var fd = path;
    if (!isUserFd) {
        var whole = binding.readWholeFile(u.getValidatedPath(path),
            u.stringToFlags(options.flag), kReadFileBufferLength,
            isUtf8(options.encoding));
        if (typeof whole !== 'number') {
            return decodeWhole(whole, options.encoding);
        }
        fd = whole; // not a small regular file: read it step by step
    }
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
    return decodeWhole(data, options.encoding);
}

// ---- writeFile, appendFile ------------------------------------------------

// The data as the binding writes it: a view as it is, a string to write
// as UTF-8 as it is, a string in another encoding as its bytes.
function toWritable(data, encoding) {
    if (u.isArrayBufferView(data)) {
        return data;
    }
    u.validateStringAfterArrayBufferView(data, 'data');
    if (!encoding || isUtf8(encoding)) {
        return data;
    }
    return Buffer.from(data, encoding);
}

// The one write of writeFile: every byte, at the fd's position.
function writeData(fd, data, cb) {
    if (typeof data === 'string') {
        return binding.writeString(fd, data, null, cb);
    }
    return binding.write(fd, data, 0, data.byteLength, null, cb);
}

function writeOptions(options, flag) {
    options = u.getOptions(options, { encoding: 'utf8', mode: 438,
        flag: flag, flush: false });
    if (options.flush === null) {
        options.flush = false; // Node's `options.flush ?? false`
    }
    u.validateBoolean(options.flush, 'options.flush');
    return options;
}

// The fast path's flags: 'w' (writeFile) and 'a' (appendFile).
var kWriteFlags = C.O_TRUNC | C.O_CREAT | C.O_WRONLY;
var kAppendFlags = C.O_APPEND | C.O_CREAT | C.O_WRONLY;

var isView = ArrayBuffer.isView;

// The fast path of writeFile and appendFile: a string path, data a
// string or an ArrayBuffer view (a Buffer), the callback, and options
// that ask for no more than an encoding the fast path knows, the call's
// own flag (flag, as a name; flags, as the OS's bits) and a numeric mode.
// Such a call is one native call, binding.writeFileFast
// (modules/fs_writefile.c), which calls the callback itself; true then.
// false for any other call, which the general path then takes (and
// which throws Node's error for a bad one).  The binding also hands a
// path with a NUL byte back (false), as readFileFast does.
function writeFast(path, data, options, callback, flag, flags) {
    var cb = callback || options;
    var encoding = 0; // utf8
    var mode = 438;
    var value;
    if (typeof cb !== 'function' || typeof path !== 'string' ||
            (typeof data !== 'string' && !isView(data))) {
        return false;
    }
    if (typeof options === 'string') {
        encoding = kFastEncodings[options];
    } else if (options !== undefined && options !== null &&
            typeof options !== 'function') {
        if (typeof options !== 'object' || options.signal !== undefined ||
                (options.flush !== undefined && options.flush !== null &&
                 options.flush !== false)) {
            return false;
        }
        value = options.flag;
        if (value !== undefined && value !== null && value !== flag) {
            return false;
        }
        value = options.encoding;
        if (value !== undefined && value !== null) {
            encoding = typeof value === 'string' ?
                kFastEncodings[value] : undefined;
        }
        value = options.mode;
        if (value !== undefined && value !== null) {
            if (typeof value !== 'number' || value % 1 !== 0 ||
                    !(value >= 0 && value <= 4294967295)) {
                return false;
            }
            mode = value & 4095; // the permission bits, as parseFileMode
        }
    }
    if (encoding === undefined) {
        return false;
    }
    return binding.writeFileFast(path, data, encoding, flags, mode, cb);
}

// Of a path: one request, which calls back with the error alone, so the
// caller's callback is handed to the binding as it is.  The callback is
// found as Node finds it: `callback || options`.
function writeFile(path, data, options, callback) {
    if (writeFast(path, data, options, callback, 'w', kWriteFlags)) {
        return;
    }
    callback = u.makeCallback(callback || options);
    options = writeOptions(options, 'w');
    data = toWritable(data, options.encoding);
    if (isFd(path)) {
        var ctx = new WriteFileContext(callback, data, options.flush, true);
        ctx.fd = path;
        return ctx.write();
    }
    path = u.getValidatedPath(path);
    var flags = u.stringToFlags(options.flag || 'w');
    var mode = u.parseFileMode(options.mode, 'mode', 438);
    binding.writeWholeFile(path, flags, mode, data, options.flush, callback);
}

// One writeFile to an fd in progress: the write and, when asked to
// flush, fsync, each calling back into writeStep() (see
// ReadFileContext).
function WriteFileContext(callback, data, flush, isUserFd) {
    this.callback = callback;
    this.data = data;
    this.flush = flush;
    this.isUserFd = isUserFd;
    this.onStep = writeStep.bind(this);
    this.state = 0;
    this.fd = -1;
    this.error = null;
}

WriteFileContext.prototype.write = function () {
    this.state = kWrite;
    writeData(this.fd, this.data, this.onStep);
};

// Close the fd (unless the caller owns it), then report.
WriteFileContext.prototype.finish = function (err) {
    if (this.isUserFd) {
        return this.done(err);
    }
    this.error = err;
    this.state = kClose;
    binding.close(this.fd, this.onStep);
};

WriteFileContext.prototype.done = function (err) {
    var callback = this.callback;
    this.callback = this.onStep = this.data = null;
    callback(err || null);
};

// The completion of each request; `this` is the context.
function writeStep(err) {
    switch (this.state) {
    case kWrite:
        if (!err && this.flush) {
            this.state = kSync;
            return binding.fsync(this.fd, this.onStep);
        }
        return this.finish(err);
    case kSync:
        return this.finish(err);
    case kClose:
        return this.done(this.error || err);
    }
}

function writeFileSync(path, data, options) {
    options = writeOptions(options, 'w');
    data = toWritable(data, options.encoding);
    if (!isFd(path)) {
        binding.writeWholeFile(u.getValidatedPath(path),
            u.stringToFlags(options.flag || 'w'),
            u.parseFileMode(options.mode, 'mode', 438), data, options.flush);
        return;
    }
    writeData(path, data);
    if (options.flush) {
        binding.fsync(path);
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
    if (writeFast(path, data, options, callback, 'a', kAppendFlags)) {
        return;
    }
    callback = u.makeCallback(callback || options);
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
