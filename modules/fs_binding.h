/*
 * fs_binding.h - what the files of internalBinding('fs') share:
 *
 *   fs.c           the request glue (one native call = one nd_fs_t, run
 *                  now or on the pool), argument checks, the binding table
 *   fs_ops.c       one native function per operation (or per family of
 *                  operations with the same arguments)
 *   fs_handles.c   the long-lived native objects: Dir streams and FSEvent
 *                  watchers, the engine state that closes them, and
 *                  fs.constants
 *   fs_readfile.c  fs.readFile's fast path: a small file from the native
 *                  call to the caller's callback, without JS in between
 *   fs_writefile.c fs.writeFile's and fs.appendFile's fast path: the
 *                  same, from the native call that writes a file to the
 *                  caller's callback
 *
 * Threading: the engine's thread only.
 */
#ifndef ND_MOD_FS_BINDING_H
#define ND_MOD_FS_BINDING_H

#include "../engine/check.h"
#include "../engine/engine.h"
#include "../engine/utf8.h"
#include "../loop/fs.h"

typedef struct nd__fs_dirbox_s nd__fs_dirbox_t;

/* One native call's request. */
typedef struct {
    nd_fs_t req;
    nd_engine_t *engine;
    const char *syscall; /* what errors name */
    int no_path;         /* errors name no path (opendirSync, as Node) */
    nd_pin_t cb;
    nd_pin_t data;        /* what the pool thread reads or writes */
    nd_fs_buf_t *bufs;    /* readv/writev's list, owned */
    nd__fs_dirbox_t *box; /* dirRead: the stream being read */
    int utf8;             /* readWholeFile: the result as a string */
} nd__fs_req_t;

/* ---- fs.c ---------------------------------------------------------------- */

/* A request for the callback at cb_idx (undefined: synchronous).  For an
 * asynchronous one, the value at data_idx (unless -1) is pinned too.
 * Errors will name syscall. */
nd__fs_req_t *nd__fs_req_new(duk_context *ctx, duk_idx_t cb_idx,
                             duk_idx_t data_idx, const char *syscall);
/* The callback to give nd_fs_*: NULL for a synchronous request. */
nd_fs_cb nd__fs_req_cb(const nd__fs_req_t *r);
/* End the native call with rc, what the nd_fs_* call returned: an
 * asynchronous call returns undefined (or throws if it could not be
 * queued); a synchronous one returns the result or throws. */
duk_ret_t nd__fs_req_finish(duk_context *ctx, nd__fs_req_t *r, int rc);

/* A path argument for the OS: a string without NUL bytes, in UTF-8. */
const char *nd__fs_check_path(duk_context *ctx, duk_idx_t idx,
                              const char *name);
int nd__fs_check_fd(duk_context *ctx, duk_idx_t idx);
/* null, undefined or -1: the current position (-1); else >= 0. */
int64_t nd__fs_check_position(duk_context *ctx, duk_idx_t idx);
/* Push a string received from the OS (UTF-8). */
void nd__fs_push_os_string(duk_context *ctx, const char *s);

/* ---- fs_ops.c: the native functions -------------------------------------- */

duk_ret_t nd__fs_open(duk_context *ctx);
duk_ret_t nd__fs_read(duk_context *ctx);
duk_ret_t nd__fs_write(duk_context *ctx);
duk_ret_t nd__fs_write_string(duk_context *ctx);
duk_ret_t nd__fs_vector(duk_context *ctx); /* magic: ND__FS_READV.. */
duk_ret_t nd__fs_fd(duk_context *ctx);     /* magic: ND__FS_CLOSE.. */
duk_ret_t nd__fs_ftruncate(duk_context *ctx);
duk_ret_t nd__fs_path(duk_context *ctx); /* magic: ND__FS_STAT.. */
duk_ret_t nd__fs_two(duk_context *ctx);  /* magic: ND__FS_RENAME.. */
duk_ret_t nd__fs_copyfile(duk_context *ctx);
duk_ret_t nd__fs_mkdir(duk_context *ctx);
duk_ret_t nd__fs_mode(duk_context *ctx);   /* magic: ND__FS_ACCESS.. */
duk_ret_t nd__fs_chown(duk_context *ctx);  /* magic: ND__FS_CHOWN.. */
duk_ret_t nd__fs_utimes(duk_context *ctx); /* magic: ND__FS_UTIMES.. */
duk_ret_t nd__fs_dir_read(duk_context *ctx);
duk_ret_t nd__fs_dir_close(duk_context *ctx);
duk_ret_t nd__fs_module_stat(duk_context *ctx);
duk_ret_t nd__fs_read_file_utf8(duk_context *ctx);
duk_ret_t nd__fs_read_whole_file(duk_context *ctx);
duk_ret_t nd__fs_write_whole_file(duk_context *ctx);

/* The magic numbers of the families, in the order of their tables. */
enum { ND__FS_READV, ND__FS_WRITEV };
enum { ND__FS_CLOSE, ND__FS_FSTAT, ND__FS_FSYNC, ND__FS_FDATASYNC };
enum {
    ND__FS_STAT,
    ND__FS_LSTAT,
    ND__FS_STATFS,
    ND__FS_UNLINK,
    ND__FS_RMDIR,
    ND__FS_READLINK,
    ND__FS_REALPATH,
    ND__FS_RMTREE,
    ND__FS_READDIR,
    ND__FS_OPENDIR,
    ND__FS_MKDTEMP
};
enum { ND__FS_RENAME, ND__FS_LINK, ND__FS_SYMLINK };
enum { ND__FS_ACCESS, ND__FS_CHMOD, ND__FS_FCHMOD };
enum { ND__FS_CHOWN, ND__FS_FCHOWN, ND__FS_LCHOWN };
enum { ND__FS_UTIMES, ND__FS_FUTIMES, ND__FS_LUTIMES };

/* ---- fs_readfile.c -------------------------------------------------------- */

/* The largest file readFile reads in one request; a larger one is read
 * step by step.  engine/js/fs_whole.js's kReadFileBufferLength is the
 * same number. */
#define ND__FS_WHOLE_MAX (512 * 1024)

/* readFileFast(path, encoding, callback) -> true, or false for a path
 * the general path must refuse; readFileSetup(bufferProto, resume): see
 * fs_readfile.c. */
duk_ret_t nd__fs_read_file_fast(duk_context *ctx);
duk_ret_t nd__fs_read_file_setup(duk_context *ctx);

/* ---- fs_writefile.c ------------------------------------------------------ */

/* writeFileFast(path, data, encoding, flags, mode, callback) -> true, or
 * false for a path the general path must refuse: see fs_writefile.c. */
duk_ret_t nd__fs_write_file_fast(duk_context *ctx);

/* ---- fs_handles.c -------------------------------------------------------- */

/* Register the engine's "fs" state (once). */
void nd__fs_handles_open(duk_context *ctx);
/* Push fs.constants (a new object). */
void nd__fs_push_constants(duk_context *ctx);

/* Dir streams.  push_dir wraps a newly opened stream in a handle.
 * check_dir returns the stream of the handle at idx, throwing if it is
 * closed or in use by another request.  dir_use marks it in use and
 * returns it; dir_done ends that (and closes it if the engine was
 * destroyed meanwhile).  dir_take clears the handle at idx and returns
 * the stream, which the caller then closes. */
void nd__fs_push_dir(duk_context *ctx, nd_fs_dir_t *dir);
nd__fs_dirbox_t *nd__fs_check_dir(duk_context *ctx, duk_idx_t idx);
nd_fs_dir_t *nd__fs_dir_use(nd__fs_dirbox_t *box);
void nd__fs_dir_done(nd__fs_dirbox_t *box);
nd_fs_dir_t *nd__fs_dir_take(duk_context *ctx, duk_idx_t idx);

/* FSEvent watchers: fsEventStart(path, onchange) -> handle, calling
 * onchange(null, eventType, filename, self) or onchange(err) (self: about
 * the watched path itself, not an entry inside it);
 * fsEventClose(handle); fsEventRef(handle, ref). */
duk_ret_t nd__fs_event_start(duk_context *ctx);
duk_ret_t nd__fs_event_close(duk_context *ctx);
duk_ret_t nd__fs_event_ref(duk_context *ctx);

#endif
