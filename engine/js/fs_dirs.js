/*
 * internal/fs_dirs: directories, in their callback and synchronous forms:
 * mkdir (also recursive), mkdtemp, readdir (also recursive and with file
 * types), rmdir, rm.  Directory streams (opendir, Dir) are in
 * internal/fs_dir.
 *
 * Recursive work happens in the loop layer where it is one request:
 * mkdir -p is nd_fs_mkdirp (one pool job, however deep), and removing a
 * tree is nd_fs_rmtree, which follows Node's rimraf (errors name the
 * inner call that failed: "unlink 'a/b/c'").  rm() first checks the path
 * with lstat, as Node does, so that a missing path or a directory without
 * { recursive: true } fails with Node's errors.  A recursive readdir
 * walks breadth-first, one readdir request per directory, in Node's
 * order.
 *
 * Retries of rm ({ maxRetries, retryDelay }) wait between attempts in the
 * callback form; the synchronous form retries without waiting (there is
 * no sleeping on the loop thread).
 */
'use strict';

var u = require('internal/fs_utils');
var pathModule = require('path');

var binding = u.binding;
var RETRY_CODES = ['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM'];

// ---- mkdir, mkdtemp -------------------------------------------------------

// [mode, recursive] from mkdir's options (a mode or an object).
function mkdirOptions(options) {
    var mode = 511;
    var recursive = false;
    if (typeof options === 'number' || typeof options === 'string') {
        mode = u.parseFileMode(options, 'mode');
    } else if (options) {
        if (options.recursive !== undefined) {
            recursive = options.recursive;
        }
        if (options.mode !== undefined) {
            mode = u.parseFileMode(options.mode, 'mode');
        }
    }
    return [mode, recursive];
}

// mkdir(path[, options], cb): with recursive, the callback gets the first
// directory created (undefined if there was none to create).
function mkdir(path, options, callback) {
    if (typeof options === 'function' && callback === undefined) {
        callback = options;
        options = undefined;
    }
    var o = mkdirOptions(options);
    callback = u.makeCallback(callback);
    path = u.getValidatedPath(path);
    u.validateBoolean(o[1], 'options.recursive');
    binding.mkdir(path, o[0], o[1], function (err, first) {
        callback(err, o[1] ? first : undefined);
    });
}

function mkdirSync(path, options) {
    var o = mkdirOptions(options);
    path = u.getValidatedPath(path);
    u.validateBoolean(o[1], 'options.recursive');
    var first = binding.mkdir(path, o[0], o[1]);
    return o[1] ? first : undefined;
}

function warnTemplate(prefix) {
    if (/X$/.test(prefix)) {
        process.emitWarning('mkdtemp() templates ending with X are not ' +
            'portable. For details see: https://nodejs.org/api/fs.html');
    }
}

function mkdtemp(prefix, options, callback) {
    callback = u.lastCallback(options, callback);
    options = u.getOptions(options, {});
    prefix = u.getValidatedPath(prefix, 'prefix');
    warnTemplate(prefix);
    binding.mkdtemp(prefix, function (err, dir) {
        callback(err, err ? undefined : u.encodeName(dir, options.encoding));
    });
}

function mkdtempSync(prefix, options) {
    options = u.getOptions(options, {});
    prefix = u.getValidatedPath(prefix, 'prefix');
    warnTemplate(prefix);
    return u.encodeName(binding.mkdtemp(prefix), options.encoding);
}

// ---- readdir --------------------------------------------------------------

// One directory's listing ([names, types]) as readdir returns it.
function entriesOf(path, listing, options) {
    var names = listing[0];
    var out = [];
    for (var i = 0; i < names.length; i++) {
        var name = u.encodeName(names[i], options.encoding);
        out.push(options.withFileTypes ?
            new u.Dirent(name, listing[1][i], path) : name);
    }
    return out;
}

function readdirOptions(options) {
    options = u.getOptions(options, {});
    if (options.recursive !== undefined && options.recursive !== null) {
        u.validateBoolean(options.recursive, 'options.recursive');
    }
    return options;
}

// Breadth-first, as Node: every entry of a directory, then the entries of
// its subdirectories in the order they were found.  Without file types a
// link to a directory is followed (stat); with them it is not.
function walkStep(base, dir, listing, options, results, queue, isDir) {
    var names = listing[0];
    for (var i = 0; i < names.length; i++) {
        var full = pathModule.join(dir, names[i]);
        if (options.withFileTypes) {
            var d = new u.Dirent(u.encodeName(names[i], options.encoding),
                listing[1][i], dir);
            results.push(d);
            if (d.isDirectory()) {
                queue.push(full);
            }
        } else {
            results.push(u.encodeName(pathModule.relative(base, full),
                options.encoding));
            if (isDir(full, listing[1][i])) {
                queue.push(full);
            }
        }
    }
}

function readdirRecursiveSync(base, options) {
    var results = [];
    var queue = [base];
    function isDir(full) {
        return binding.internalModuleStat(full) === 1;
    }
    for (var i = 0; i < queue.length; i++) {
        walkStep(base, queue[i], binding.readdir(queue[i]), options,
            results, queue, isDir);
    }
    return results;
}

function readdirRecursive(base, options, callback) {
    var results = [];
    var queue = [base];
    var next = 0;
    function step() {
        if (next === queue.length) {
            return callback(null, results);
        }
        var dir = queue[next++];
        binding.readdir(dir, function (err, listing) {
            if (err) {
                return callback(err);
            }
            var found = [];
            walkStep(base, dir, listing, options, results, found,
                function () { return true; });
            if (options.withFileTypes) {
                queue = queue.concat(found);
                return step();
            }
            keepDirs(found, 0);
        });
    }
    // Without file types: keep the entries that stat() says are folders.
    function keepDirs(found, i) {
        if (i === found.length) {
            return step();
        }
        binding.stat(found[i], function (err, st) {
            if (!err && (st[1] & u.constants.S_IFMT) ===
                    u.constants.S_IFDIR) {
                queue.push(found[i]);
            }
            keepDirs(found, i + 1);
        });
    }
    step();
}

function readdir(path, options, callback) {
    callback = u.lastCallback(options, callback);
    options = readdirOptions(options);
    path = u.getValidatedPath(path);
    if (options.recursive) {
        return readdirRecursive(path, options, callback);
    }
    binding.readdir(path, function (err, listing) {
        callback(err, err ? undefined : entriesOf(path, listing, options));
    });
}

function readdirSync(path, options) {
    options = readdirOptions(options);
    path = u.getValidatedPath(path);
    if (options.recursive) {
        return readdirRecursiveSync(path, options);
    }
    return entriesOf(path, binding.readdir(path), options);
}

// ---- rmdir, rm --------------------------------------------------------------

function rmdirOptions(options, defaults) {
    var result = {};
    var key;
    for (key in defaults) {
        result[key] = defaults[key];
    }
    if (options === undefined) {
        return result;
    }
    u.validateObject(options, 'options');
    for (key in options) {
        result[key] = options[key];
    }
    u.validateBoolean(result.recursive, 'options.recursive');
    u.validateInt32(result.retryDelay, 'options.retryDelay', 0);
    u.validateUint32(result.maxRetries, 'options.maxRetries');
    return result;
}

function rmOptions(options) {
    options = rmdirOptions(options, { recursive: false, force: false,
        retryDelay: 100, maxRetries: 0 });
    u.validateBoolean(options.force, 'options.force');
    return options;
}

var rmdirWarned = false;

function warnRecursiveRmdir() {
    if (rmdirWarned) {
        return;
    }
    rmdirWarned = true;
    process.emitWarning('In future versions of Node.js, fs.rmdir(path, { ' +
        'recursive: true }) will be removed. Use fs.rm(path, { recursive: ' +
        'true }) instead', 'DeprecationWarning', 'DEP0147');
}

// Remove a tree, retrying as Node's rimraf does.
function removeTree(path, options, callback) {
    var retries = 0;
    function attempt() {
        binding.rmtree(path, function (err) {
            if (err && RETRY_CODES.indexOf(err.code) >= 0 &&
                    retries < options.maxRetries) {
                retries++;
                return setTimeout(attempt, retries * options.retryDelay);
            }
            callback(err && err.code !== 'ENOENT' ? err : null);
        });
    }
    attempt();
}

function removeTreeSync(path, options) {
    for (var tries = 0; ; tries++) {
        try {
            return binding.rmtree(path);
        } catch (err) {
            if (err.code === 'ENOENT') {
                return undefined;
            }
            if (RETRY_CODES.indexOf(err.code) < 0 ||
                    tries >= options.maxRetries) {
                throw err;
            }
        }
    }
}

// The checks rm() makes before removing: lstat (ENOENT is fine with
// force), and a directory needs recursive.  cb(err), cb(null, isDir).
function checkRm(path, options, callback) {
    binding.lstat(path, function (err, st) {
        if (err) {
            return callback(options.force && err.code === 'ENOENT' ? null :
                err, false);
        }
        var isDir = (st[1] & u.constants.S_IFMT) === u.constants.S_IFDIR;
        if (isDir && !options.recursive) {
            return callback(u.eisdir('rm', path));
        }
        callback(null, isDir);
    });
}

function checkRmSync(path, options) {
    var st;
    try {
        st = binding.lstat(path);
    } catch (err) {
        if (options.force && err.code === 'ENOENT') {
            return false;
        }
        throw err;
    }
    var isDir = (st[1] & u.constants.S_IFMT) === u.constants.S_IFDIR;
    if (isDir && !options.recursive) {
        throw u.eisdir('rm', path);
    }
    return isDir;
}

function rm(path, options, callback) {
    if (typeof options === 'function' && callback === undefined) {
        callback = options;
        options = undefined;
    }
    callback = u.makeCallback(callback);
    path = u.getValidatedPath(path);
    options = rmOptions(options);
    checkRm(path, options, function (err) {
        if (err) {
            return callback(err);
        }
        removeTree(path, options, callback);
    });
}

function rmSync(path, options) {
    path = u.getValidatedPath(path);
    options = rmOptions(options);
    checkRmSync(path, options);
    removeTreeSync(path, options);
}

// rmdir(path, { recursive: true }) is deprecated rm of a directory tree;
// anything but a directory then gets rmdir's own error.
function rmdir(path, options, callback) {
    if (typeof options === 'function' && callback === undefined) {
        callback = options;
        options = undefined;
    }
    callback = u.makeCallback(callback);
    path = u.getValidatedPath(path);
    if (options && options.recursive) {
        warnRecursiveRmdir();
        options = rmdirOptions(options, { retryDelay: 100, maxRetries: 0,
            recursive: false });
        options.force = false;
        return checkRm(path, options, function (err, isDir) {
            if (err) {
                return callback(err);
            }
            if (!isDir) {
                return binding.rmdir(path, callback);
            }
            removeTree(path, options, callback);
        });
    }
    rmdirOptions(options, { retryDelay: 100, maxRetries: 0,
        recursive: false });
    binding.rmdir(path, callback);
}

function rmdirSync(path, options) {
    path = u.getValidatedPath(path);
    if (options && options.recursive) {
        warnRecursiveRmdir();
        options = rmdirOptions(options, { retryDelay: 100, maxRetries: 0,
            recursive: false });
        options.force = false;
        if (checkRmSync(path, options)) {
            return removeTreeSync(path, options);
        }
    } else {
        rmdirOptions(options, { retryDelay: 100, maxRetries: 0,
            recursive: false });
    }
    binding.rmdir(path);
}

module.exports = {
    mkdir: mkdir,
    mkdirSync: mkdirSync,
    mkdtemp: mkdtemp,
    mkdtempSync: mkdtempSync,
    readdir: readdir,
    readdirSync: readdirSync,
    rmdir: rmdir,
    rmdirSync: rmdirSync,
    rm: rm,
    rmSync: rmSync
};
