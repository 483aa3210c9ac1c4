/*
 * internal/fs_paths: the fs functions that name a file by its path, in
 * their callback and synchronous forms: stat, lstat, statfs, access,
 * exists, chmod, chown, lchown, utimes, lutimes, unlink, rename, link,
 * symlink, readlink, copyFile (and cp, which nodule does not have).
 * Directories are in internal/fs_dirs, realpath in internal/fs_realpath.
 *
 * Each function checks its arguments in Node's order and with Node's
 * messages, then makes one binding call: on the pool with a callback, at
 * once without.
 */
'use strict';

var u = require('internal/fs_utils');
var files = require('internal/fs_files');

var binding = u.binding;
var errors = u.errors;

// ---- stat ------------------------------------------------------------------

function statsCallback(callback) {
    u.validateFunction(callback, 'cb');
    return function (err, a) {
        callback(err, err ? undefined : u.statsFromArray(a));
    };
}

function makeStat(fn) {
    return function (path, options, callback) {
        if (typeof options === 'function' && callback === undefined) {
            callback = options;
            options = undefined;
        }
        callback = statsCallback(callback);
        path = u.getValidatedPath(path);
        u.checkBigint(options);
        fn(path, callback);
    };
}

function makeStatSync(fn) {
    return function (path, options) {
        path = u.getValidatedPath(path);
        u.checkBigint(options);
        try {
            return u.statsFromArray(fn(path));
        } catch (err) {
            if (options && options.throwIfNoEntry === false &&
                    err.code === 'ENOENT') {
                return undefined;
            }
            throw err;
        }
    };
}

var stat = makeStat(binding.stat);
var lstat = makeStat(binding.lstat);
var statSync = makeStatSync(binding.stat);
var lstatSync = makeStatSync(binding.lstat);

function statfs(path, options, callback) {
    if (typeof options === 'function' && callback === undefined) {
        callback = options;
        options = undefined;
    }
    u.validateFunction(callback, 'cb');
    path = u.getValidatedPath(path);
    u.checkBigint(options);
    binding.statfs(path, function (err, a) {
        callback(err, err ? undefined : u.statFsFromArray(a));
    });
}

function statfsSync(path, options) {
    path = u.getValidatedPath(path);
    u.checkBigint(options);
    return u.statFsFromArray(binding.statfs(path));
}

// ---- access, exists --------------------------------------------------------

function access(path, mode, callback) {
    if (typeof mode === 'function' && callback === undefined) {
        callback = mode;
        mode = undefined;
    }
    path = u.getValidatedPath(path);
    mode = u.getValidMode(mode, u.constants.F_OK);
    binding.access(path, mode, u.makeCallback(callback));
}

function accessSync(path, mode) {
    path = u.getValidatedPath(path);
    binding.access(path, u.getValidMode(mode, u.constants.F_OK));
}

// exists() calls back with one boolean, and at once for a bad path.
function exists(path, callback) {
    u.validateFunction(callback, 'cb');
    try {
        access(path, u.constants.F_OK, function (err) {
            callback(!err);
        });
    } catch (e) {
        callback(false);
    }
}

function existsSync(path) {
    try {
        binding.access(u.getValidatedPath(path), u.constants.F_OK);
        return true;
    } catch (e) {
        return false;
    }
}

// ---- modes, owners, times -------------------------------------------------

function chmod(path, mode, callback) {
    path = u.getValidatedPath(path);
    mode = u.parseFileMode(mode, 'mode');
    binding.chmod(path, mode, u.makeCallback(callback));
}

function chmodSync(path, mode) {
    path = u.getValidatedPath(path);
    binding.chmod(path, u.parseFileMode(mode, 'mode'));
}

function makeChown(fn) {
    return function (path, uid, gid, callback) {
        callback = u.makeCallback(callback);
        path = u.getValidatedPath(path);
        files.checkIds(uid, gid);
        fn(path, uid, gid, callback);
    };
}

function makeChownSync(fn) {
    return function (path, uid, gid) {
        path = u.getValidatedPath(path);
        files.checkIds(uid, gid);
        fn(path, uid, gid);
    };
}

function makeUtimes(fn) {
    return function (path, atime, mtime, callback) {
        callback = u.makeCallback(callback);
        path = u.getValidatedPath(path);
        fn(path, u.toUnixTimestamp(atime), u.toUnixTimestamp(mtime),
            callback);
    };
}

function makeUtimesSync(fn) {
    return function (path, atime, mtime) {
        path = u.getValidatedPath(path);
        fn(path, u.toUnixTimestamp(atime), u.toUnixTimestamp(mtime));
    };
}

// ---- names and links -------------------------------------------------------

function unlink(path, callback) {
    callback = u.makeCallback(callback);
    binding.unlink(u.getValidatedPath(path), callback);
}

function unlinkSync(path) {
    binding.unlink(u.getValidatedPath(path));
}

// rename(oldPath, newPath, cb) and link(existingPath, newPath, cb).
function makeTwoPaths(fn, first) {
    return function (from, to, callback) {
        callback = u.makeCallback(callback);
        from = u.getValidatedPath(from, first);
        to = u.getValidatedPath(to, 'newPath');
        fn(from, to, callback);
    };
}

function makeTwoPathsSync(fn, first) {
    return function (from, to) {
        fn(u.getValidatedPath(from, first), u.getValidatedPath(to,
            'newPath'));
    };
}

// The symlink type matters on Windows only; it is checked everywhere.
function checkSymlinkType(type) {
    if (typeof type === 'string' && type !== 'dir' && type !== 'file' &&
            type !== 'junction') {
        throw errors.makeError(Error, 'ERR_FS_INVALID_SYMLINK_TYPE',
            'Symlink type must be one of "dir", "file", or "junction". ' +
            'Received "' + type + '"');
    }
}

function symlink(target, path, type, callback) {
    callback = u.makeCallback(arguments[arguments.length - 1]);
    target = u.getValidatedPath(target, 'target');
    path = u.getValidatedPath(path);
    checkSymlinkType(type);
    binding.symlink(target, path, callback);
}

function symlinkSync(target, path, type) {
    target = u.getValidatedPath(target, 'target');
    path = u.getValidatedPath(path);
    checkSymlinkType(type);
    binding.symlink(target, path);
}

function readlink(path, options, callback) {
    callback = u.lastCallback(options, callback);
    options = u.getOptions(options, {});
    path = u.getValidatedPath(path, 'oldPath');
    binding.readlink(path, function (err, target) {
        callback(err, err ? undefined :
            u.encodeName(target, options.encoding));
    });
}

function readlinkSync(path, options) {
    options = u.getOptions(options, {});
    path = u.getValidatedPath(path, 'oldPath');
    return u.encodeName(binding.readlink(path), options.encoding);
}

function copyFile(src, dest, mode, callback) {
    if (typeof mode === 'function' && callback === undefined) {
        callback = mode;
        mode = 0;
    }
    src = u.getValidatedPath(src, 'src');
    dest = u.getValidatedPath(dest, 'dest');
    callback = u.makeCallback(callback);
    binding.copyFile(src, dest, u.getValidMode(mode, 0), callback);
}

function copyFileSync(src, dest, mode) {
    src = u.getValidatedPath(src, 'src');
    dest = u.getValidatedPath(dest, 'dest');
    binding.copyFile(src, dest, u.getValidMode(mode, 0));
}

function cp() {
    throw u.codes.ERR_NOT_SUPPORTED('fs.cp (copy a directory tree)');
}

function cpSync() {
    throw u.codes.ERR_NOT_SUPPORTED('fs.cpSync (copy a directory tree)');
}

module.exports = {
    stat: stat,
    statSync: statSync,
    lstat: lstat,
    lstatSync: lstatSync,
    statfs: statfs,
    statfsSync: statfsSync,
    access: access,
    accessSync: accessSync,
    exists: exists,
    existsSync: existsSync,
    chmod: chmod,
    chmodSync: chmodSync,
    chown: makeChown(binding.chown),
    chownSync: makeChownSync(binding.chown),
    lchown: makeChown(binding.lchown),
    lchownSync: makeChownSync(binding.lchown),
    utimes: makeUtimes(binding.utimes),
    utimesSync: makeUtimesSync(binding.utimes),
    lutimes: makeUtimes(binding.lutimes),
    lutimesSync: makeUtimesSync(binding.lutimes),
    unlink: unlink,
    unlinkSync: unlinkSync,
    rename: makeTwoPaths(binding.rename, 'oldPath'),
    renameSync: makeTwoPathsSync(binding.rename, 'oldPath'),
    link: makeTwoPaths(binding.link, 'existingPath'),
    linkSync: makeTwoPathsSync(binding.link, 'existingPath'),
    symlink: symlink,
    symlinkSync: symlinkSync,
    readlink: readlink,
    readlinkSync: readlinkSync,
    copyFile: copyFile,
    copyFileSync: copyFileSync,
    cp: cp,
    cpSync: cpSync
};
