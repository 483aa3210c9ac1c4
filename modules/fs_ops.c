/*
 * fs_ops.c - the native functions of internalBinding('fs'), one per
 * operation or per family of operations taking the same arguments (the
 * family's magic number picks a row of its table).  Each checks every
 * argument it reads (the JS facade has checked them already, for Node's
 * messages; these checks are the backstop), makes one nd_fs_* request
 * through the glue in fs.c, and ends with nd__fs_req_finish().  The last
 * argument is the callback, or undefined for a synchronous call.
 *
 * Threading: the engine's thread.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

#include "fs_binding.h"

#define MAX_SAFE INT64_C(9007199254740991)

static nd_loop_t *loop_of(duk_context *ctx) {
    return nd_engine_loop(nd_engine_get(ctx));
}

/* ---- files --------------------------------------------------------------- */

/* Check buffer[offset .. offset+length) (arguments 1, 2, 3) and return its
 * address. */
static char *buffer_range(duk_context *ctx, size_t *length) {
    size_t len;
    char *p = nd_check_buffer(ctx, 1, "buffer", &len);
    int64_t off = nd_check_integer(ctx, 2, "offset", 0, (int64_t)len);
    int64_t n = nd_check_integer(ctx, 3, "length", 0, (int64_t)len - off);

    *length = (size_t)n;
    return p + off;
}

/* The buffers of the array at idx as a new list.  The array is replaced
 * by a copy, to be pinned: the caller's may change meanwhile. */
static nd_fs_buf_t *buffer_list(duk_context *ctx, duk_idx_t idx, unsigned *n) {
    nd_fs_buf_t *bufs;
    duk_size_t i, count;

    if (!duk_is_array(ctx, idx))
        nd_throw_arg_type(ctx, idx, "buffers", "an instance of Array");
    count = duk_get_length(ctx, idx);
    if (count > 1024 * 1024)
        nd_throw_range(ctx, idx, "buffers.length", "<= 1048576");
    duk_push_array(ctx);
    for (i = 0; i < count; i++) {
        duk_get_prop_index(ctx, idx, (duk_uarridx_t)i);
        if (!duk_is_buffer_data(ctx, -1))
            nd_throw_arg_type(ctx, -1, "buffers",
                              "an instance of ArrayBufferView");
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
    duk_replace(ctx, idx);
    bufs = calloc(count > 0 ? count : 1, sizeof(*bufs));
    if (bufs == NULL)
        nd_throw_syserr(ctx, ND_ENOMEM, "write", NULL, NULL);
    for (i = 0; i < count; i++) {
        duk_size_t len;

        duk_get_prop_index(ctx, idx, (duk_uarridx_t)i);
        bufs[i].base = duk_get_buffer_data(ctx, -1, &len);
        bufs[i].len = len;
        duk_pop(ctx);
    }
    *n = (unsigned)count;
    return bufs;
}

/* open(path, flags, mode, cb) */
duk_ret_t nd__fs_open(duk_context *ctx) {
    const char *path = nd__fs_check_path(ctx, 0, "path");
    int flags = nd_check_int32(ctx, 1, "flags");
    int mode = (int)nd_check_integer(ctx, 2, "mode", 0, 07777);
    nd__fs_req_t *r = nd__fs_req_new(ctx, 3, -1, "open");
    int rc =
        nd_fs_open(loop_of(ctx), &r->req, path, flags, mode, nd__fs_req_cb(r));

    return nd__fs_req_finish(ctx, r, rc);
}

/* read(fd, buffer, offset, length, position, cb) */
duk_ret_t nd__fs_read(duk_context *ctx) {
    int fd = nd__fs_check_fd(ctx, 0);
    size_t n;
    char *p = buffer_range(ctx, &n);
    int64_t pos = nd__fs_check_position(ctx, 4);
    nd__fs_req_t *r = nd__fs_req_new(ctx, 5, 1, "read");
    int rc = nd_fs_read(loop_of(ctx), &r->req, fd, p, n, pos, nd__fs_req_cb(r));

    return nd__fs_req_finish(ctx, r, rc);
}

/* write(fd, buffer, offset, length, position, cb) */
duk_ret_t nd__fs_write(duk_context *ctx) {
    int fd = nd__fs_check_fd(ctx, 0);
    size_t n;
    char *p = buffer_range(ctx, &n);
    int64_t pos = nd__fs_check_position(ctx, 4);
    nd__fs_req_t *r = nd__fs_req_new(ctx, 5, 1, "write");
    int rc =
        nd_fs_write(loop_of(ctx), &r->req, fd, p, n, pos, nd__fs_req_cb(r));

    return nd__fs_req_finish(ctx, r, rc);
}

/* writeString(fd, string, position, cb): the string's UTF-8 bytes */
duk_ret_t nd__fs_write_string(duk_context *ctx) {
    int fd = nd__fs_check_fd(ctx, 0);
    int64_t pos = nd__fs_check_position(ctx, 2);
    const char *s;
    size_t n;
    nd__fs_req_t *r;
    int rc;

    nd_check_string(ctx, 1, "buffer", NULL);
    s = nd_utf8_encode(ctx, 1, &n); /* may replace slot 1 by a buffer */
    r = nd__fs_req_new(ctx, 3, 1, "write");
    rc = nd_fs_write(loop_of(ctx), &r->req, fd, s, n, pos, nd__fs_req_cb(r));
    return nd__fs_req_finish(ctx, r, rc);
}

/* readv(fd, buffers, position, cb), writev(fd, buffers, position, cb) */
duk_ret_t nd__fs_vector(duk_context *ctx) {
    int write = duk_get_current_magic(ctx) == ND__FS_WRITEV;
    int fd = nd__fs_check_fd(ctx, 0);
    int64_t pos = nd__fs_check_position(ctx, 2);
    nd_fs_buf_t *bufs;
    nd__fs_req_t *r;
    unsigned n;
    int rc;

    if (!duk_is_undefined(ctx, 3))
        nd_check_function(ctx, 3, "callback");
    bufs = buffer_list(ctx, 1, &n);
    r = nd__fs_req_new(ctx, 3, 1, write ? "write" : "read");
    r->bufs = bufs;
    if (write)
        rc = nd_fs_writev(loop_of(ctx), &r->req, fd, bufs, n, pos,
                          nd__fs_req_cb(r));
    else
        rc = nd_fs_readv(loop_of(ctx), &r->req, fd, bufs, n, pos,
                         nd__fs_req_cb(r));
    return nd__fs_req_finish(ctx, r, rc);
}

typedef int (*fd_fn)(nd_loop_t *, nd_fs_t *, int, nd_fs_cb);
static const struct {
    const char *syscall;
    fd_fn fn;
} fd_ops[] = {/* in the order of ND__FS_CLOSE.. */
              {"close", nd_fs_close},
              {"fstat", nd_fs_fstat},
              {"fsync", nd_fs_fsync},
              {"fdatasync", nd_fs_fdatasync}};

/* close(fd, cb), fstat(fd, cb), fsync(fd, cb), fdatasync(fd, cb) */
duk_ret_t nd__fs_fd(duk_context *ctx) {
    int op = duk_get_current_magic(ctx);
    int fd = nd__fs_check_fd(ctx, 0);
    nd__fs_req_t *r = nd__fs_req_new(ctx, 1, -1, fd_ops[op].syscall);
    int rc = fd_ops[op].fn(loop_of(ctx), &r->req, fd, nd__fs_req_cb(r));

    return nd__fs_req_finish(ctx, r, rc);
}

/* ftruncate(fd, len, cb) */
duk_ret_t nd__fs_ftruncate(duk_context *ctx) {
    int fd = nd__fs_check_fd(ctx, 0);
    int64_t len = nd_check_integer(ctx, 1, "len", 0, MAX_SAFE);
    nd__fs_req_t *r = nd__fs_req_new(ctx, 2, -1, "ftruncate");
    int rc = nd_fs_ftruncate(loop_of(ctx), &r->req, fd, len, nd__fs_req_cb(r));

    return nd__fs_req_finish(ctx, r, rc);
}

/* copyFile(src, dest, mode, cb) */
duk_ret_t nd__fs_copyfile(duk_context *ctx) {
    const char *src = nd__fs_check_path(ctx, 0, "src");
    const char *dest = nd__fs_check_path(ctx, 1, "dest");
    int mode = (int)nd_check_integer(ctx, 2, "mode", 0, 7);
    nd__fs_req_t *r = nd__fs_req_new(ctx, 3, -1, "copyfile");
    int rc = nd_fs_copyfile(loop_of(ctx), &r->req, src, dest, mode,
                            nd__fs_req_cb(r));

    return nd__fs_req_finish(ctx, r, rc);
}

/* ---- paths --------------------------------------------------------------- */

typedef int (*path_fn)(nd_loop_t *, nd_fs_t *, const char *, nd_fs_cb);
static const struct {
    const char *syscall;
    const char *arg; /* the argument's name, for messages */
    path_fn fn;
} path_ops[] =
    {/* in the order of ND__FS_STAT.. */
     {"stat", "path", nd_fs_stat},         {"lstat", "path", nd_fs_lstat},
     {"statfs", "path", nd_fs_statfs},     {"unlink", "path", nd_fs_unlink},
     {"rmdir", "path", nd_fs_rmdir},       {"readlink", "path", nd_fs_readlink},
     {"realpath", "path", nd_fs_realpath}, {"rm", "path", nd_fs_rmtree},
     {"scandir", "path", nd_fs_scandir},   {"opendir", "path", nd_fs_opendir},
     {"mkdtemp", "prefix", nd_fs_mkdtemp}};

/* stat, lstat, statfs, unlink, rmdir, readlink, realpath, rmtree, readdir,
 * opendir, mkdtemp: (path, cb) */
duk_ret_t nd__fs_path(duk_context *ctx) {
    int op = duk_get_current_magic(ctx);
    const char *path = nd__fs_check_path(ctx, 0, path_ops[op].arg);
    nd__fs_req_t *r = nd__fs_req_new(ctx, 1, -1, path_ops[op].syscall);

    /* Node's synchronous opendir names no path in its errors. */
    r->no_path = op == ND__FS_OPENDIR && r->cb == 0;
    int rc = path_ops[op].fn(loop_of(ctx), &r->req, path, nd__fs_req_cb(r));

    return nd__fs_req_finish(ctx, r, rc);
}

typedef int (*two_fn)(nd_loop_t *, nd_fs_t *, const char *, const char *,
                      nd_fs_cb);
static const struct {
    const char *syscall;
    const char *from, *to; /* the arguments' names */
    two_fn fn;
} two_ops[] = {/* in the order of ND__FS_RENAME.. */
               {"rename", "oldPath", "newPath", nd_fs_rename},
               {"link", "existingPath", "newPath", nd_fs_link},
               {"symlink", "target", "path", nd_fs_symlink}};

/* rename(old, new, cb), link(existing, new, cb), symlink(target, path,
 * cb) */
duk_ret_t nd__fs_two(duk_context *ctx) {
    int op = duk_get_current_magic(ctx);
    const char *from = nd__fs_check_path(ctx, 0, two_ops[op].from);
    const char *to = nd__fs_check_path(ctx, 1, two_ops[op].to);
    nd__fs_req_t *r = nd__fs_req_new(ctx, 2, -1, two_ops[op].syscall);
    int rc = two_ops[op].fn(loop_of(ctx), &r->req, from, to, nd__fs_req_cb(r));

    return nd__fs_req_finish(ctx, r, rc);
}

/* mkdir(path, mode, recursive, cb) */
duk_ret_t nd__fs_mkdir(duk_context *ctx) {
    const char *path = nd__fs_check_path(ctx, 0, "path");
    int mode = (int)nd_check_integer(ctx, 1, "mode", 0, 07777);
    int recursive = nd_check_bool(ctx, 2, "recursive");
    nd__fs_req_t *r = nd__fs_req_new(ctx, 3, -1, "mkdir");
    int rc;

    if (recursive)
        rc = nd_fs_mkdirp(loop_of(ctx), &r->req, path, mode, nd__fs_req_cb(r));
    else
        rc = nd_fs_mkdir(loop_of(ctx), &r->req, path, mode, nd__fs_req_cb(r));
    return nd__fs_req_finish(ctx, r, rc);
}

/* ---- permissions, owners, times ----------------------------------------- */

/* access(path, mode, cb), chmod(path, mode, cb), fchmod(fd, mode, cb) */
duk_ret_t nd__fs_mode(duk_context *ctx) {
    static const char *const syscalls[] = {"access", "chmod", "fchmod"};
    int op = duk_get_current_magic(ctx), byfd = op == ND__FS_FCHMOD;
    int fd = byfd ? nd__fs_check_fd(ctx, 0) : -1;
    const char *path = byfd ? NULL : nd__fs_check_path(ctx, 0, "path");
    int mode = (int)nd_check_integer(ctx, 1, "mode", 0,
                                     op == ND__FS_ACCESS ? 7 : 07777);
    nd__fs_req_t *r = nd__fs_req_new(ctx, 2, -1, syscalls[op]);
    nd_fs_cb cb = nd__fs_req_cb(r);
    int rc;

    if (op == ND__FS_ACCESS)
        rc = nd_fs_access(loop_of(ctx), &r->req, path, mode, cb);
    else if (op == ND__FS_CHMOD)
        rc = nd_fs_chmod(loop_of(ctx), &r->req, path, mode, cb);
    else
        rc = nd_fs_fchmod(loop_of(ctx), &r->req, fd, mode, cb);
    return nd__fs_req_finish(ctx, r, rc);
}

/* chown(path, uid, gid, cb), fchown(fd, ...), lchown(path, ...).  An id of
 * -1 is left unchanged. */
duk_ret_t nd__fs_chown(duk_context *ctx) {
    static const char *const syscalls[] = {"chown", "fchown", "lchown"};
    int op = duk_get_current_magic(ctx), byfd = op == ND__FS_FCHOWN;
    int fd = byfd ? nd__fs_check_fd(ctx, 0) : -1;
    const char *path = byfd ? NULL : nd__fs_check_path(ctx, 0, "path");
    uint32_t uid = (uint32_t)nd_check_integer(ctx, 1, "uid", -1, UINT32_MAX);
    uint32_t gid = (uint32_t)nd_check_integer(ctx, 2, "gid", -1, UINT32_MAX);
    nd__fs_req_t *r = nd__fs_req_new(ctx, 3, -1, syscalls[op]);
    nd_fs_cb cb = nd__fs_req_cb(r);
    int rc;

    if (op == ND__FS_CHOWN)
        rc = nd_fs_chown(loop_of(ctx), &r->req, path, uid, gid, cb);
    else if (op == ND__FS_FCHOWN)
        rc = nd_fs_fchown(loop_of(ctx), &r->req, fd, uid, gid, cb);
    else
        rc = nd_fs_lchown(loop_of(ctx), &r->req, path, uid, gid, cb);
    return nd__fs_req_finish(ctx, r, rc);
}

/* utimes(path, atime, mtime, cb), futimes(fd, ...), lutimes(path, ...),
 * with times in seconds. */
duk_ret_t nd__fs_utimes(duk_context *ctx) {
    static const char *const syscalls[] = {"utime", "futime", "lutime"};
    int op = duk_get_current_magic(ctx), byfd = op == ND__FS_FUTIMES;
    int fd = byfd ? nd__fs_check_fd(ctx, 0) : -1;
    const char *path = byfd ? NULL : nd__fs_check_path(ctx, 0, "path");
    double atime = nd_check_number(ctx, 1, "atime");
    double mtime = nd_check_number(ctx, 2, "mtime");
    nd__fs_req_t *r = nd__fs_req_new(ctx, 3, -1, syscalls[op]);
    nd_fs_cb cb = nd__fs_req_cb(r);
    int rc;

    if (op == ND__FS_UTIMES)
        rc = nd_fs_utime(loop_of(ctx), &r->req, path, atime, mtime, cb);
    else if (op == ND__FS_FUTIMES)
        rc = nd_fs_futime(loop_of(ctx), &r->req, fd, atime, mtime, cb);
    else
        rc = nd_fs_lutime(loop_of(ctx), &r->req, path, atime, mtime, cb);
    return nd__fs_req_finish(ctx, r, rc);
}

/* ---- directory streams --------------------------------------------------- */

/* dirRead(handle, max, cb) -> [names, types], empty at the end */
duk_ret_t nd__fs_dir_read(duk_context *ctx) {
    nd__fs_dirbox_t *box = nd__fs_check_dir(ctx, 0);
    int max = (int)nd_check_integer(ctx, 1, "bufferSize", 1, 4096);
    nd__fs_req_t *r = nd__fs_req_new(ctx, 2, -1, "scandir");

    r->box = box;
    int rc = nd_fs_readdir(loop_of(ctx), &r->req, nd__fs_dir_use(box),
                           (size_t)max, nd__fs_req_cb(r));

    return nd__fs_req_finish(ctx, r, rc);
}

/* dirClose(handle, cb) */
duk_ret_t nd__fs_dir_close(duk_context *ctx) {
    nd__fs_req_t *r;
    nd_fs_dir_t *dir;
    int rc;

    nd__fs_check_dir(ctx, 0);
    r = nd__fs_req_new(ctx, 1, -1, "closedir");
    dir = nd__fs_dir_take(ctx, 0); /* the handle reads as closed from now */
    rc = nd_fs_closedir(loop_of(ctx), &r->req, dir, nd__fs_req_cb(r));
    return nd__fs_req_finish(ctx, r, rc);
}

/* ---- for the module loader: synchronous only ----------------------------- */

/* internalModuleStat(path) -> 0 file, 1 directory, negative ND_E* code */
duk_ret_t nd__fs_module_stat(duk_context *ctx) {
    const char *path = nd__fs_check_path(ctx, 0, "path");
    nd_fs_t req = {0};
    int rc;

    rc = nd_fs_stat(NULL, &req, path, NULL);
    if (rc >= 0)
        rc = nd_fs_is_dir(req.statbuf.mode) ? 1 : 0;
    nd_fs_req_cleanup(&req);
    duk_push_int(ctx, rc);
    return 1;
}

/* Read the whole file at path synchronously into a new plain buffer on the
 * stack.  On failure returns the error and names the failing call. */
static int read_all(duk_context *ctx, const char *path, const char **syscall) {
    nd_fs_t req = {0};
    size_t size, len = 0;
    char *p;
    int fd, rc;

    *syscall = "open";
    rc = nd_fs_open(NULL, &req, path, O_RDONLY, 0, NULL);
    nd_fs_req_cleanup(&req);
    if (rc < 0)
        return rc;
    fd = rc;
    *syscall = "fstat";
    rc = nd_fs_fstat(NULL, &req, fd, NULL);
    size = rc < 0 ? 0 : (size_t)req.statbuf.size;
    if (rc >= 0 && nd_fs_is_dir(req.statbuf.mode)) {
        *syscall = "read";
        rc = ND_EISDIR;
    }
    /* Files in /proc report size 0: grow as needed. */
    p = duk_push_dynamic_buffer(ctx, size + 1);
    while (rc >= 0) {
        *syscall = "read";
        if (len == size) {
            size = size * 2 + 4096;
            p = duk_resize_buffer(ctx, -1, size + 1);
        }
        rc = nd_fs_read(NULL, &req, fd, p + len, size - len, -1, NULL);
        nd_fs_req_cleanup(&req);
        if (rc <= 0)
            break;
        len += (size_t)rc;
    }
    nd_fs_close(NULL, &req, fd, NULL);
    if (rc < 0) {
        duk_pop(ctx);
        return rc;
    }
    duk_resize_buffer(ctx, -1, len);
    return 0;
}

/* readFileUtf8(path) -> string */
duk_ret_t nd__fs_read_file_utf8(duk_context *ctx) {
    const char *path = nd__fs_check_path(ctx, 0, "path");
    const char *syscall, *p;
    duk_size_t len;
    int rc = read_all(ctx, path, &syscall);

    if (rc < 0)
        return nd_throw_syserr(
            ctx, rc, syscall, strcmp(syscall, "open") == 0 ? path : NULL, NULL);
    p = duk_get_buffer_data(ctx, -1, &len);
    nd_utf8_push_string(ctx, p, len);
    return 1;
}

/* ---- whole files --------------------------------------------------------- */

/* readWholeFile(path, flags, max, utf8, cb) -> a small regular file's
 * contents (a string when utf8, else a Uint8Array), or the open fd (a
 * number) of any other file for the caller to read step by step and
 * close (see nd_fs_readfile). */
duk_ret_t nd__fs_read_whole_file(duk_context *ctx) {
    const char *path = nd__fs_check_path(ctx, 0, "path");
    int flags = nd_check_int32(ctx, 1, "flags");
    int64_t max = nd_check_integer(ctx, 2, "max", 0, INT32_MAX);
    int utf8 = nd_check_bool(ctx, 3, "utf8");
    nd__fs_req_t *r = nd__fs_req_new(ctx, 4, -1, "open");
    int rc;

    r->utf8 = utf8;
    rc = nd_fs_readfile(loop_of(ctx), &r->req, path, flags, (size_t)max,
                        nd__fs_req_cb(r));
    return nd__fs_req_finish(ctx, r, rc);
}

/* writeWholeFile(path, flags, mode, data, flush, cb): data is a string
 * (written as UTF-8) or an ArrayBufferView, written whole. */
duk_ret_t nd__fs_write_whole_file(duk_context *ctx) {
    const char *path = nd__fs_check_path(ctx, 0, "path");
    int flags = nd_check_int32(ctx, 1, "flags");
    int mode = (int)nd_check_integer(ctx, 2, "mode", 0, 07777);
    int flush = nd_check_bool(ctx, 4, "flush");
    const char *p;
    size_t n;
    nd__fs_req_t *r;
    int rc;

    if (duk_is_string(ctx, 3))
        p = nd_utf8_encode(ctx, 3, &n); /* may replace slot 3 by a buffer */
    else
        p = nd_check_buffer(ctx, 3, "data", &n);
    r = nd__fs_req_new(ctx, 5, 3, "open");
    rc = nd_fs_writefile(loop_of(ctx), &r->req, path, flags, mode, p, n,
                         flush, nd__fs_req_cb(r));
    return nd__fs_req_finish(ctx, r, rc);
}
