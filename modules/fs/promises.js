/*
 * fs/promises (also fs.promises): the fs functions returning Promises.
 *
 * Each is the callback form run through internal/fs_utils' call(), so the
 * checks, requests and errors are those of the callback form; a bad
 * argument rejects instead of throwing, as in Node, where these are async
 * functions.  open() resolves to a FileHandle (internal/fs_filehandle),
 * and readFile, writeFile and appendFile take one in place of a path.
 * realpath is the native one, as in Node.
 *
 * Not available: watch() (an async iterator: no for-await in nodule's
 * engine), cp() (directory trees), and data given to writeFile as an
 * iterable or a stream; each says so with ERR_NOT_SUPPORTED.  lchmod()
 * rejects with ERR_METHOD_NOT_IMPLEMENTED, as in Node on Linux.
 */
'use strict';

var u = require('internal/fs_utils');
var files = require('internal/fs_files');
var whole = require('internal/fs_whole');
var paths = require('internal/fs_paths');
var dirs = require('internal/fs_dirs');
var dir = require('internal/fs_dir');
var realpath = require('internal/fs_realpath').realpath;
var FileHandle = require('internal/fs_filehandle').FileHandle;
var errors = require('internal/errors');

// A function (args...) -> Promise over the callback form fn, taking at
// most `arity` arguments (so the callback always lands in its place).
function promised(fn, arity) {
    return function () {
        var args = Array.prototype.slice.call(arguments, 0, arity);
        while (args.length < arity) {
            args.push(undefined);
        }
        return u.call(fn, args);
    };
}

function open(path, flags, mode) {
    return u.call(files.open, [path, flags === undefined ? 'r' : flags,
        mode]).then(function (fd) {
        return new FileHandle(fd);
    });
}

// readFile and friends take a FileHandle where they take a path, and
// unlike their callback forms no fd.
function withHandle(fn, method, arity) {
    var plain = promised(fn, arity);
    return function (file) {
        var args = arguments;
        if (file instanceof FileHandle) {
            return file[method].apply(file,
                Array.prototype.slice.call(args, 1));
        }
        return new Promise(function (resolve) {
            u.getValidatedPath(file);
            resolve(plain.apply(null, args));
        });
    };
}

function lchmod() {
    return Promise.reject(errors.makeError(Error,
        'ERR_METHOD_NOT_IMPLEMENTED', 'The lchmod() method is not ' +
        'implemented'));
}

function cp() {
    return Promise.reject(u.codes.ERR_NOT_SUPPORTED(
        'fs.promises.cp (copy a directory tree)'));
}

function watch() {
    throw u.codes.ERR_NOT_SUPPORTED('fs.promises.watch (an async ' +
        'iterator); use fs.watch');
}

module.exports = {
    access: promised(paths.access, 2),
    copyFile: promised(paths.copyFile, 3),
    cp: cp,
    open: open,
    opendir: promised(dir.opendir, 2),
    rename: promised(paths.rename, 2),
    truncate: promised(files.truncate, 2),
    rm: promised(dirs.rm, 2),
    rmdir: promised(dirs.rmdir, 2),
    mkdir: promised(dirs.mkdir, 2),
    readdir: promised(dirs.readdir, 2),
    readlink: promised(paths.readlink, 2),
    symlink: promised(paths.symlink, 3),
    lstat: promised(paths.lstat, 2),
    stat: promised(paths.stat, 2),
    statfs: promised(paths.statfs, 2),
    link: promised(paths.link, 2),
    unlink: promised(paths.unlink, 1),
    chmod: promised(paths.chmod, 2),
    lchmod: lchmod,
    lchown: promised(paths.lchown, 3),
    chown: promised(paths.chown, 3),
    utimes: promised(paths.utimes, 3),
    lutimes: promised(paths.lutimes, 3),
    realpath: promised(realpath.native, 2),
    mkdtemp: promised(dirs.mkdtemp, 2),
    writeFile: withHandle(whole.writeFile, 'writeFile', 3),
    appendFile: withHandle(whole.appendFile, 'appendFile', 3),
    readFile: withHandle(whole.readFile, 'readFile', 2),
    watch: watch,
    constants: u.constants
};
