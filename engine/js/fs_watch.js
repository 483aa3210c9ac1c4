/*
 * internal/fs_watch: fs.watch (FSWatcher) and fs.watchFile /
 * fs.unwatchFile (StatWatcher).
 *
 * fs.watch asks the OS: an FSWatcher owns native FSEvent handles
 * (modules/fs_handles.c over loop/fs_event.c, inotify on Linux) that call
 * back in the poll phase with ('rename' | 'change', filename); the watcher
 * emits them as 'change' events.  With { recursive: true } it watches the
 * directory and every directory below it, one handle each, adds a handle
 * when a new directory appears, and reports names relative to the root.
 * (Node 20 on Linux polls files with stat() for this; nodule uses inotify
 * throughout, so events arrive at once, but their number and order may
 * differ.)  The folders are listed synchronously, when watching starts
 * and when a new folder appears, as Node 20 lists them.
 *
 * fs.watchFile polls: a StatWatcher stats the file on a timer (every
 * `interval` ms, default 5007, as Node) with one pool request per poll,
 * and emits 'change' (current, previous) when the Stats differ.  A file
 * that does not exist reads as Stats of zeros; its first such poll is
 * reported once.  One StatWatcher serves every listener of one absolute
 * path.
 */
'use strict';

var EventEmitter = require('events');
var u = require('internal/fs_utils');
var pathModule = require('path');

var binding = u.binding;

function inherits(Ctor, Base) {
    Ctor.prototype = Object.create(Base.prototype, {
        constructor: { value: Ctor, writable: true, configurable: true }
    });
    Object.setPrototypeOf(Ctor, Base);
}

// ---- FSWatcher -----------------------------------------------------------

function FSWatcher() {
    EventEmitter.call(this);
    this._handle = null;
    Object.defineProperty(this, '_handles', { value: {}, writable: true });
    Object.defineProperty(this, '_options', { value: null, writable: true });
}
inherits(FSWatcher, EventEmitter);

function watchError(err, path) {
    err.filename = path;
    return err;
}

// Start one native handle on dir; rel is dir relative to the root ('' for
// the root itself).
FSWatcher.prototype._add = function (dir, rel) {
    var self = this;
    var options = this._options;
    var handle;
    try {
        handle = binding.fsEventStart(dir, function (err, type, name, isSelf) {
            self._onchange(err, type, name, isSelf, dir, rel);
        });
    } catch (err) {
        throw watchError(err, dir);
    }
    if (!options.persistent) {
        binding.fsEventRef(handle, false);
    }
    this._handles[dir] = handle;
    if (this._handle === null) {
        this._handle = handle;
    }
};

FSWatcher.prototype._onchange = function (err, type, name, isSelf, dir,
    rel) {
    if (err) {
        this._closeHandles();
        this.emit('error', watchError(err, dir));
        return;
    }
    if (rel !== '' && isSelf) {
        return; // a subfolder's own events: its parent reports them
    }
    var full = pathModule.join(dir, name);
    if (this._options.recursive && type === 'rename' && !isSelf &&
            !this._handles[full]) {
        this._addTree(full, pathModule.join(rel, name));
    }
    if (rel !== '') {
        name = pathModule.join(rel, name);
    }
    this.emit('change', type, u.encodeName(name, this._options.encoding));
};

// Watch dir and, if it is a directory, every directory below it.  A
// folder that vanished meanwhile is simply not watched.
FSWatcher.prototype._addTree = function (dir, rel) {
    var st = binding.internalModuleStat(dir);
    if (st !== 1) {
        return;
    }
    if (rel !== '') {
        try {
            this._add(dir, rel);
        } catch (e) {
            return;
        }
    }
    var names;
    try {
        names = binding.readdir(dir);
    } catch (e2) {
        return;
    }
    for (var i = 0; i < names[0].length; i++) {
        if (names[1][i] === u.constants.UV_DIRENT_DIR) {
            this._addTree(pathModule.join(dir, names[0][i]),
                pathModule.join(rel, names[0][i]));
        }
    }
};

FSWatcher.prototype._start = function (path, options) {
    this._options = options;
    this._add(path, '');
    if (options.recursive) {
        this._addTree(path, '');
    }
};

FSWatcher.prototype._closeHandles = function () {
    var handles = this._handles;
    this._handles = {};
    this._handle = null;
    Object.keys(handles).forEach(function (dir) {
        binding.fsEventClose(handles[dir]);
    });
};

FSWatcher.prototype.close = function () {
    if (this._handle === null) {
        return;
    }
    this._closeHandles();
    process.nextTick(function (self) { self.emit('close'); }, this);
};

FSWatcher.prototype.ref = function () {
    var handles = this._handles;
    Object.keys(handles).forEach(function (dir) {
        binding.fsEventRef(handles[dir], true);
    });
    return this;
};

FSWatcher.prototype.unref = function () {
    var handles = this._handles;
    Object.keys(handles).forEach(function (dir) {
        binding.fsEventRef(handles[dir], false);
    });
    return this;
};

function watch(filename, options, listener) {
    if (typeof options === 'function') {
        listener = options;
    }
    options = u.getOptions(options, {});
    if (options.persistent === undefined) {
        options.persistent = true;
    }
    if (options.recursive === undefined) {
        options.recursive = false;
    }
    var path = u.getValidatedPath(filename);
    var watcher = new FSWatcher();
    watcher._start(path, options);
    if (listener) {
        watcher.addListener('change', listener);
    }
    return watcher;
}

// ---- StatWatcher ---------------------------------------------------------

var ZEROS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
var statWatchers = {}; // absolute path -> StatWatcher

function StatWatcher() {
    EventEmitter.call(this);
    Object.defineProperty(this, '_path', { value: undefined,
        writable: true });
    Object.defineProperty(this, '_timer', { value: null, writable: true });
    Object.defineProperty(this, '_prev', { value: null, writable: true });
    Object.defineProperty(this, '_refs', { value: 1, writable: true });
    Object.defineProperty(this, '_refed', { value: true, writable: true });
}
inherits(StatWatcher, EventEmitter);

function sameStats(a, b) {
    var fields = [0, 1, 3, 4, 7, 8, 11, 12, 13]; // dev mode uid gid ino size
    for (var i = 0; i < fields.length; i++) {            // m/c/birth times
        if (a[fields[i]] !== b[fields[i]]) {
            return false;
        }
    }
    return true;
}

StatWatcher.prototype.start = function (filename, persistent, interval) {
    var self = this;
    if (this._path !== undefined) {
        return; // started already (or stopped: a watcher is used once)
    }
    u.validateUint32(interval, 'interval');
    this._path = filename;
    this._refed = !!persistent;
    function poll() {
        binding.stat(filename, function (err, st) {
            if (self._path === null) {
                return; // stopped meanwhile
            }
            var curr = err ? ZEROS : st;
            var prev = self._prev;
            self._prev = curr;
            if (prev === null ? !!err : !sameStats(prev, curr)) {
                self.emit('change', u.statsFromArray(curr),
                    u.statsFromArray(prev || ZEROS));
            }
            if (self._path !== null) {
                schedule();
            }
        });
    }
    function schedule() {
        self._timer = setTimeout(poll, interval);
        if (!self._refed) {
            self._timer.unref();
        }
    }
    // The first stat happens at once and only records the state.
    poll();
};

StatWatcher.prototype.stop = function () {
    if (this._path === null) {
        return;
    }
    this._path = null;
    if (this._timer !== null) {
        clearTimeout(this._timer);
        this._timer = null;
    }
    process.nextTick(function (self) { self.emit('stop'); }, this);
};

StatWatcher.prototype.ref = function () {
    this._refed = true;
    if (this._timer !== null) {
        this._timer.ref();
    }
    return this;
};

StatWatcher.prototype.unref = function () {
    this._refed = false;
    if (this._timer !== null) {
        this._timer.unref();
    }
    return this;
};

function watchFile(filename, options, listener) {
    filename = pathModule.resolve(u.getValidatedPath(filename));
    if (options === null || typeof options !== 'object') {
        listener = options;
        options = null;
    }
    var opts = { interval: 5007, persistent: true };
    for (var key in options) {
        opts[key] = options[key];
    }
    u.validateFunction(listener, 'listener');
    u.checkBigint(opts);
    var stat = statWatchers[filename];
    if (stat === undefined) {
        stat = new StatWatcher();
        stat.start(filename, opts.persistent, opts.interval);
        statWatchers[filename] = stat;
    }
    stat.addListener('change', listener);
    return stat;
}

function unwatchFile(filename, listener) {
    filename = pathModule.resolve(u.getValidatedPath(filename));
    var stat = statWatchers[filename];
    if (stat === undefined) {
        return;
    }
    if (typeof listener === 'function') {
        stat.removeListener('change', listener);
    } else {
        stat.removeAllListeners('change');
    }
    if (stat.listenerCount('change') === 0) {
        stat.stop();
        delete statWatchers[filename];
    }
}

module.exports = {
    FSWatcher: FSWatcher,
    StatWatcher: StatWatcher,
    watch: watch,
    watchFile: watchFile,
    unwatchFile: unwatchFile
};
