/*
 * fs: the file system.
 *
 * This file only assembles the module, in the order Node lists its keys;
 * the functions live in internal files, each with their callback and
 * synchronous forms:
 *
 *   internal/fs_utils     argument checks, Stats, Dirent, errors
 *   internal/fs_files     open, close, read, write, readv, writev, fsync,
 *                         ftruncate, truncate, fstat, fchmod, fchown...
 *   internal/fs_whole     readFile, writeFile, appendFile
 *   internal/fs_paths     stat, access, exists, chmod, chown, utimes,
 *                         unlink, rename, link, symlink, readlink,
 *                         copyFile
 *   internal/fs_dirs      mkdir, mkdtemp, readdir, rmdir, rm
 *   internal/fs_dir       opendir, Dir
 *   internal/fs_realpath  realpath (Node's algorithm, and .native)
 *   internal/fs_streams   createReadStream, createWriteStream
 *   internal/fs_watch     watch, watchFile, unwatchFile
 *   fs/promises           the Promise API and FileHandle
 *
 * Every one of them is a thin composition over internalBinding('fs')
 * (modules/fs.c): an asynchronous call passes a callback, which the
 * binding pins until the pool has done the work and the loop calls it
 * back through the callback bridge; a *Sync call passes none and gets the
 * result or a thrown Node-shaped error (code, errno, syscall, path).
 *
 * Not available: the bigint option of the stat functions, AbortSignal
 * options, fs.cp and fs.openAsBlob (ERR_NOT_SUPPORTED); lchmod, as in Node
 * on Linux, is undefined.
 */
'use strict';

var u = require('internal/fs_utils');
var files = require('internal/fs_files');
var whole = require('internal/fs_whole');
var paths = require('internal/fs_paths');
var dirs = require('internal/fs_dirs');
var dir = require('internal/fs_dir');
var realpath = require('internal/fs_realpath');
var watchers = require('internal/fs_watch');

function streams() {
    return require('internal/fs_streams');
}

function openAsBlob() {
    throw u.codes.ERR_NOT_SUPPORTED('fs.openAsBlob');
}

var fs = module.exports = {
    appendFile: whole.appendFile,
    appendFileSync: whole.appendFileSync,
    access: paths.access,
    accessSync: paths.accessSync,
    chown: paths.chown,
    chownSync: paths.chownSync,
    chmod: paths.chmod,
    chmodSync: paths.chmodSync,
    close: files.close,
    closeSync: files.closeSync,
    copyFile: paths.copyFile,
    copyFileSync: paths.copyFileSync,
    cp: paths.cp,
    cpSync: paths.cpSync,
    createReadStream: function (path, options) {
        return streams().createReadStream(path, options);
    },
    createWriteStream: function (path, options) {
        return streams().createWriteStream(path, options);
    },
    exists: paths.exists,
    existsSync: paths.existsSync,
    fchown: files.fchown,
    fchownSync: files.fchownSync,
    fchmod: files.fchmod,
    fchmodSync: files.fchmodSync,
    fdatasync: files.fdatasync,
    fdatasyncSync: files.fdatasyncSync,
    fstat: files.fstat,
    fstatSync: files.fstatSync,
    fsync: files.fsync,
    fsyncSync: files.fsyncSync,
    ftruncate: files.ftruncate,
    ftruncateSync: files.ftruncateSync,
    futimes: files.futimes,
    futimesSync: files.futimesSync,
    lchown: paths.lchown,
    lchownSync: paths.lchownSync,
    lchmod: undefined,
    lchmodSync: undefined,
    link: paths.link,
    linkSync: paths.linkSync,
    lstat: paths.lstat,
    lstatSync: paths.lstatSync,
    lutimes: paths.lutimes,
    lutimesSync: paths.lutimesSync,
    mkdir: dirs.mkdir,
    mkdirSync: dirs.mkdirSync,
    mkdtemp: dirs.mkdtemp,
    mkdtempSync: dirs.mkdtempSync,
    open: files.open,
    openSync: files.openSync,
    openAsBlob: openAsBlob,
    readdir: dirs.readdir,
    readdirSync: dirs.readdirSync,
    read: files.read,
    readSync: files.readSync,
    readv: files.readv,
    readvSync: files.readvSync,
    readFile: whole.readFile,
    readFileSync: whole.readFileSync,
    readlink: paths.readlink,
    readlinkSync: paths.readlinkSync,
    realpath: realpath.realpath,
    realpathSync: realpath.realpathSync,
    rename: paths.rename,
    renameSync: paths.renameSync,
    rm: dirs.rm,
    rmSync: dirs.rmSync,
    rmdir: dirs.rmdir,
    rmdirSync: dirs.rmdirSync,
    stat: paths.stat,
    statfs: paths.statfs,
    statSync: paths.statSync,
    statfsSync: paths.statfsSync,
    symlink: paths.symlink,
    symlinkSync: paths.symlinkSync,
    truncate: files.truncate,
    truncateSync: files.truncateSync,
    unwatchFile: watchers.unwatchFile,
    unlink: paths.unlink,
    unlinkSync: paths.unlinkSync,
    utimes: paths.utimes,
    utimesSync: paths.utimesSync,
    watch: watchers.watch,
    watchFile: watchers.watchFile,
    writeFile: whole.writeFile,
    writeFileSync: whole.writeFileSync,
    write: files.write,
    writeSync: files.writeSync,
    writev: files.writev,
    writevSync: files.writevSync,
    Dirent: u.Dirent,
    Stats: u.Stats
};

// The stream classes load on first use.
['ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream'].forEach(
    function (name) {
        Object.defineProperty(fs, name, {
            get: function () {
                return streams()[name.replace('File', '')];
            },
            set: function (value) {
                Object.defineProperty(fs, name, { value: value,
                    writable: true, enumerable: true, configurable: true });
            },
            enumerable: true,
            configurable: true
        });
    });

fs._toUnixTimestamp = u.toUnixTimestamp;
fs.Dir = dir.Dir;
fs.opendir = dir.opendir;
fs.opendirSync = dir.opendirSync;
fs.F_OK = u.constants.F_OK;
fs.R_OK = u.constants.R_OK;
fs.W_OK = u.constants.W_OK;
fs.X_OK = u.constants.X_OK;
Object.defineProperty(fs, 'constants', { value: u.constants,
    writable: false, enumerable: true, configurable: false });
Object.defineProperty(fs, 'promises', {
    get: function () { return require('fs/promises'); },
    enumerable: true,
    configurable: true
});
