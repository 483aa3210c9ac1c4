/*
 * internal/fs_filehandle: FileHandle, the object fs.promises.open()
 * resolves to.  It holds an fd and offers the fd-level operations as
 * methods that return Promises; each is the callback form from
 * internal/fs_files or fs_whole run through fs_utils.call(), so the
 * argument checks, the requests and the errors are the same ones.
 *
 * close() marks the handle closed at once (fd becomes -1 and 'close' is
 * emitted) and resolves when the fd is closed; closing again resolves
 * at once.  A method called on a closed handle rejects with Node's
 * Error('file closed') with code EBADF.
 *
 * Not available: readLines() and readableWebStream() (no readline or web
 * streams in nodule; they throw ERR_NOT_SUPPORTED), and Node's keeping
 * the fd open until operations in flight finish (close() does not wait
 * for them).
 */
'use strict';

var EventEmitter = require('events');
var u = require('internal/fs_utils');
var files = require('internal/fs_files');
var whole = require('internal/fs_whole');
var Buffer = require('buffer').Buffer;

// An event emitter by mixin, as Node's (not instanceof EventEmitter).
function FileHandle(fd) {
    EventEmitter.call(this);
    Object.defineProperty(this, '_fd', { value: fd, writable: true });
    Object.defineProperty(this, '_closing', { value: null, writable: true });
}
FileHandle.prototype = (function () {
    var mixed = {};
    Object.getOwnPropertyNames(EventEmitter.prototype).forEach(function (k) {
        if (k !== 'constructor') {
            Object.defineProperty(mixed, k,
                Object.getOwnPropertyDescriptor(EventEmitter.prototype, k));
        }
    });
    return Object.create(mixed, { constructor: { value: FileHandle,
        writable: true, configurable: true } });
})();

Object.defineProperty(FileHandle.prototype, 'fd', {
    get: function () { return this._fd; },
    configurable: true
});

function closedError(syscall) {
    var err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = syscall;
    return err;
}

// A null-prototype result object, as Node's { bytesRead, buffer }.
function result(countName, count, bufName, buf) {
    var out = Object.create(null);
    out[countName] = count;
    out[bufName] = buf;
    return out;
}

// A method that runs fn(fd, args...) when the handle is open.
function fdCall(handle, syscall, fn, args) {
    if (handle._fd === -1) {
        return Promise.reject(closedError(syscall));
    }
    return u.call(fn, [handle._fd].concat(args));
}

FileHandle.prototype.close = function () {
    var self = this;
    if (this._fd === -1) {
        return this._closing || Promise.resolve();
    }
    var fd = this._fd;
    this._fd = -1;
    this._closing = u.call(files.close, [fd]).then(function () {
        self._closing = null;
    }, function (err) {
        self._closing = null;
        throw err;
    });
    this.emit('close');
    return this._closing;
};

// read(buffer, offset, length, position), read(buffer, options) or
// read(options) -> { bytesRead, buffer }
FileHandle.prototype.read = function (buffer, offset, length, position) {
    var self = this;
    return new Promise(function (resolve) {
        var params;
        if (!u.isArrayBufferView(buffer)) {
            if (buffer !== undefined) {
                u.validateObject(buffer, 'options', true);
            }
            params = buffer || {};
            buffer = params.buffer === undefined ? Buffer.alloc(16384) :
                params.buffer;
            u.validateBuffer(buffer);
            offset = params.offset;
            length = params.length;
            position = params.position;
        } else if (offset !== null && typeof offset === 'object') {
            params = offset;
            offset = params.offset;
            length = params.length;
            position = params.position;
        }
        if (offset === undefined || offset === null) {
            offset = 0;
        }
        if (length === undefined || length === null) {
            length = buffer.byteLength - offset;
        }
        if (length === 0) {
            return resolve(result('bytesRead', 0, 'buffer', buffer));
        }
        resolve(fdCall(self, 'read', files.read, [buffer, offset, length,
            position === undefined ? null : position]).then(function (n) {
            return result('bytesRead', n, 'buffer', buffer);
        }));
    });
};

// write(buffer[, offset[, length[, position]]]), write(buffer, options),
// write(string[, position[, encoding]]) -> { bytesWritten, buffer }
FileHandle.prototype.write = function (buffer, offset, length, position) {
    var self = this;
    return new Promise(function (resolve) {
        if (buffer && buffer.byteLength === 0) {
            return resolve(result('bytesWritten', 0, 'buffer', buffer));
        }
        var args = u.isArrayBufferView(buffer) ?
            [buffer, offset, length, position] : [buffer, offset, length];
        resolve(fdCall(self, 'write', files.write, args).then(function (n) {
            return result('bytesWritten', n, 'buffer', buffer);
        }));
    });
};

FileHandle.prototype.readv = function (buffers, position) {
    return fdCall(this, 'read', files.readv, [buffers, position])
        .then(function (n) {
            return result('bytesRead', n, 'buffers', buffers);
        });
};

FileHandle.prototype.writev = function (buffers, position) {
    return fdCall(this, 'write', files.writev, [buffers, position])
        .then(function (n) {
            return result('bytesWritten', n, 'buffers', buffers);
        });
};

FileHandle.prototype.readFile = function (options) {
    return fdCall(this, 'read', whole.readFile, [options]);
};

FileHandle.prototype.writeFile = function (data, options) {
    return fdCall(this, 'write', whole.writeFile, [data, options]);
};

FileHandle.prototype.appendFile = function (data, options) {
    return fdCall(this, 'write', whole.appendFile, [data, options]);
};

FileHandle.prototype.stat = function (options) {
    return fdCall(this, 'fstat', files.fstat, [options]);
};

FileHandle.prototype.truncate = function (len) {
    return fdCall(this, 'ftruncate', files.ftruncate, [len]);
};

FileHandle.prototype.sync = function () {
    return fdCall(this, 'fsync', files.fsync, []);
};

FileHandle.prototype.datasync = function () {
    return fdCall(this, 'fdatasync', files.fdatasync, []);
};

FileHandle.prototype.chmod = function (mode) {
    return fdCall(this, 'fchmod', files.fchmod, [mode]);
};

FileHandle.prototype.chown = function (uid, gid) {
    return fdCall(this, 'fchown', files.fchown, [uid, gid]);
};

FileHandle.prototype.utimes = function (atime, mtime) {
    return fdCall(this, 'futime', files.futimes, [atime, mtime]);
};

FileHandle.prototype.createReadStream = function (options) {
    return require('internal/fs_streams').createReadStream(undefined,
        withFd(this, options));
};

FileHandle.prototype.createWriteStream = function (options) {
    return require('internal/fs_streams').createWriteStream(undefined,
        withFd(this, options));
};

// Stream options that use this handle's fd.
function withFd(handle, options) {
    var out = {};
    for (var key in options) {
        out[key] = options[key];
    }
    out.fd = handle;
    return out;
}

FileHandle.prototype.readLines = function () {
    throw u.codes.ERR_NOT_SUPPORTED('filehandle.readLines()');
};

FileHandle.prototype.readableWebStream = function () {
    throw u.codes.ERR_NOT_SUPPORTED('filehandle.readableWebStream()');
};

module.exports = {
    FileHandle: FileHandle
};
