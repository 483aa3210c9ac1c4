/*
 * internal/fs_dir: directory streams, fs.opendir() and fs.Dir.
 *
 * A Dir wraps a native DirHandle (modules/fs_handles.c) over an open
 * directory.  read() asks the pool for up to bufferSize entries at a time
 * (one nd_fs_readdir request) and hands them out one by one; at the end it
 * gives null.  Entries come in the directory's own order, not sorted, and
 * "." and ".." are left out.
 *
 * One request at a time per stream: while an asynchronous read is out,
 * further read() and close() calls wait in a queue and run in order when
 * it comes back; a synchronous call meanwhile throws
 * ERR_DIR_CONCURRENT_OPERATION, as in Node.
 *
 * Not available: async iteration (`for await (const e of dir)` needs
 * syntax nodule's engine does not have; entries() and
 * dir[Symbol.asyncIterator] throw ERR_NOT_SUPPORTED), and the recursive
 * option.
 */
'use strict';

var u = require('internal/fs_utils');

var binding = u.binding;
var errors = u.errors;

var kMaxBatch = 4096; // the binding's limit on entries per request

function concurrentError() {
    return errors.makeError(Error, 'ERR_DIR_CONCURRENT_OPERATION',
        'Cannot do synchronous work on directory handle with concurrent ' +
        'asynchronous operations');
}

function dirOptions(options) {
    var result = u.getOptions(options, { encoding: 'utf8', bufferSize: 32 });
    u.validateInteger(result.bufferSize, 'options.bufferSize', 1,
        4294967295);
    if (result.recursive) {
        throw u.codes.ERR_NOT_SUPPORTED('fs.opendir with { recursive: true }');
    }
    return result;
}

function Dir(handle, path, options) {
    Object.defineProperty(this, '_handle', { value: handle, writable: true });
    Object.defineProperty(this, '_path', { value: path });
    Object.defineProperty(this, '_options', { value: options });
    Object.defineProperty(this, '_buffered', { value: [], writable: true });
    Object.defineProperty(this, '_closed', { value: !handle,
        writable: true });
    Object.defineProperty(this, '_queue', { value: null, writable: true });
}

Object.defineProperty(Dir.prototype, 'path', {
    get: function () { return this._path; },
    configurable: true
});

// Buffer a native batch ([names, types]) as Dirents.
Dir.prototype._take = function (listing) {
    var names = listing[0];
    for (var i = 0; i < names.length; i++) {
        this._buffered.push(new u.Dirent(u.encodeName(names[i],
            this._options.encoding), listing[1][i], this._path));
    }
};

Dir.prototype._batch = function () {
    return Math.min(this._options.bufferSize, kMaxBatch);
};

// Run the operations queued while a request was out.
Dir.prototype._drain = function () {
    var queue = this._queue;
    this._queue = null;
    for (var i = 0; queue !== null && i < queue.length; i++) {
        queue[i]();
    }
};

Dir.prototype._read = function (callback, maybeSync) {
    var self = this;
    if (this._closed) {
        throw u.dirClosed();
    }
    if (this._queue !== null) {
        this._queue.push(function () { self._read(callback, false); });
        return;
    }
    if (this._buffered.length > 0) {
        var entry = this._buffered.shift();
        if (maybeSync) {
            process.nextTick(callback, null, entry);
        } else {
            callback(null, entry);
        }
        return;
    }
    this._queue = [];
    binding.dirRead(this._handle, this._batch(), function (err, listing) {
        process.nextTick(function () { self._drain(); });
        if (err) {
            return callback(err);
        }
        self._take(listing);
        callback(null, self._buffered.length > 0 ? self._buffered.shift() :
            null);
    });
};

// read(cb) or, without a callback, a Promise of the next entry (null at
// the end).
Dir.prototype.read = function (callback) {
    var self = this;
    if (callback === undefined) {
        return new Promise(function (resolve, reject) {
            self._read(function (err, entry) {
                return err ? reject(err) : resolve(entry);
            }, true);
        });
    }
    if (this._closed) {
        throw u.dirClosed();
    }
    u.validateFunction(callback, 'callback');
    this._read(callback, true);
};

Dir.prototype.readSync = function () {
    if (this._closed) {
        throw u.dirClosed();
    }
    if (this._queue !== null) {
        throw concurrentError();
    }
    if (this._buffered.length === 0) {
        this._take(binding.dirRead(this._handle, this._batch()));
    }
    return this._buffered.length > 0 ? this._buffered.shift() : null;
};

Dir.prototype.close = function (callback) {
    var self = this;
    if (callback === undefined) {
        if (this._closed) {
            return Promise.reject(u.dirClosed());
        }
        return new Promise(function (resolve, reject) {
            self.close(function (err) {
                return err ? reject(err) : resolve();
            });
        });
    }
    u.validateFunction(callback, 'callback');
    if (this._closed) {
        process.nextTick(callback, u.dirClosed());
        return;
    }
    if (this._queue !== null) {
        this._queue.push(function () { self.close(callback); });
        return;
    }
    this._closed = true;
    binding.dirClose(this._handle, function (err) { callback(err || null); });
};

Dir.prototype.closeSync = function () {
    if (this._closed) {
        throw u.dirClosed();
    }
    if (this._queue !== null) {
        throw concurrentError();
    }
    this._closed = true;
    binding.dirClose(this._handle);
};

Dir.prototype.entries = function () {
    throw u.codes.ERR_NOT_SUPPORTED('Async iteration of fs.Dir ' +
        '(for await)');
};

if (typeof Symbol === 'function' && Symbol.asyncIterator !== undefined) {
    Dir.prototype[Symbol.asyncIterator] = Dir.prototype.entries;
}

function opendir(path, options, callback) {
    callback = callback === undefined && typeof options === 'function' ?
        options : callback;
    u.validateFunction(callback, 'callback');
    path = u.getValidatedPath(path);
    options = dirOptions(options);
    binding.opendir(path, function (err, handle) {
        callback(err, err ? undefined : new Dir(handle, path, options));
    });
}

function opendirSync(path, options) {
    path = u.getValidatedPath(path);
    options = dirOptions(options);
    return new Dir(binding.opendir(path), path, options);
}

module.exports = {
    Dir: Dir,
    opendir: opendir,
    opendirSync: opendirSync
};
