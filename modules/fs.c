/*
 * fs.c - internalBinding('fs'): file system calls for modules/fs.js and
 * for the module loader (engine/js/module.js).
 *
 * Each operation is one native function over one nd_fs_* request.  The
 * last argument decides how it runs:
 *   - a function: the request goes to the pool; the callback is pinned
 *     (and so is the buffer or string being read or written) until the
 *     request completes, then called through the callback bridge as
 *     callback(err) or callback(null, result);
 *   - undefined: the call runs synchronously and returns the result or
 *     throws a Node-shaped system error.
 * The JS facade composes these steps (readFile is open, fstat, read...,
 * close), so a reader can follow one fs.readFile through every layer.
 *
 * Results: open -> fd; read/write -> bytes; close -> undefined; stat ->
 * an array of 14 numbers in Stats order (see push_stat); realpath -> path.
 *
 * unlink, rmdir, mkdir, symlink and mkdtemp exist only synchronously for
 * now (loop/engine-extra.h), until loop/ offers them as requests.
 *
 * Threading: native functions and completions run on the engine's thread;
 * only the nd_fs_* work itself runs on a pool thread.
 */
#include <fcntl.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/check.h"
#include "../engine/engine.h"
#include "../engine/utf8.h"
#include "../loop/engine-extra.h"
#include "../loop/fs.h"

typedef struct {
    nd_fs_t req;
    nd_engine_t *engine;
    const char *syscall;
    nd_pin_t cb;
    nd_pin_t data; /* buffer or string the pool thread uses */
} fsreq_t;

/* Push the stat fields, in the order of Node's Stats constructor:
 * dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs,
 * mtimeMs, ctimeMs, birthtimeMs. */
static void push_stat(duk_context *ctx, const nd_stat_t *s) {
    const nd_timespec_t *t[4] = {&s->atim, &s->mtim, &s->ctim, &s->birthtim};
    double v[14];
    int i;

    v[0] = (double)s->dev;
    v[1] = (double)s->mode;
    v[2] = (double)s->nlink;
    v[3] = (double)s->uid;
    v[4] = (double)s->gid;
    v[5] = (double)s->rdev;
    v[6] = (double)s->blksize;
    v[7] = (double)s->ino;
    v[8] = (double)s->size;
    v[9] = (double)s->blocks;
    for (i = 0; i < 4; i++)
        v[10 + i] = (double)t[i]->sec * 1e3 + (double)t[i]->nsec / 1e6;
    duk_push_array(ctx);
    for (i = 0; i < 14; i++) {
        duk_push_number(ctx, v[i]);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
}

/* Push the successful result of a finished request. */
static void push_result(duk_context *ctx, nd_fs_t *req) {
    switch (req->type) {
    case ND_FS_STAT:
    case ND_FS_LSTAT:
    case ND_FS_FSTAT:
        push_stat(ctx, &req->statbuf);
        break;
    case ND_FS_REALPATH:
        duk_push_string(ctx, req->ptr);
        break;
    case ND_FS_CLOSE:
        duk_push_undefined(ctx);
        break;
    default:
        duk_push_number(ctx, (double)req->result);
        break;
    }
}

static void fsreq_free(fsreq_t *r) {
    duk_context *ctx = nd_engine_ctx(r->engine);

    nd_unpin(ctx, r->cb);
    nd_unpin(ctx, r->data);
    nd_fs_req_cleanup(&r->req);
    free(r);
}

/* A pooled request finished: callback(err) or callback(null, result). */
static void after(nd_fs_t *req) {
    fsreq_t *r = req->data;
    duk_context *ctx = nd_engine_ctx(r->engine);

    nd_pin_push(ctx, r->cb);
    if (req->result < 0) {
        nd_push_syserr(ctx, (int)req->result, r->syscall, req->path, NULL);
        nd_engine_call(r->engine, 1);
    } else {
        duk_push_null(ctx);
        push_result(ctx, req);
        nd_engine_call(r->engine, 2);
    }
    duk_pop(ctx);
    fsreq_free(r);
}

/* Prepare a request for the callback at cb_idx (undefined: synchronous).
 * For an asynchronous one, data_idx (or -1) names a value to pin. */
static fsreq_t *fsreq_new(duk_context *ctx, duk_idx_t cb_idx,
                          duk_idx_t data_idx, const char *syscall) {
    fsreq_t *r;

    if (!duk_is_undefined(ctx, cb_idx))
        nd_check_function(ctx, cb_idx, "callback");
    r = calloc(1, sizeof(*r));
    if (r == NULL)
        nd_throw_syserr(ctx, ND_ENOMEM, syscall, NULL, NULL);
    r->engine = nd_engine_get(ctx);
    r->syscall = syscall;
    r->req.data = r;
    if (!duk_is_undefined(ctx, cb_idx)) {
        r->cb = nd_pin(ctx, cb_idx);
        if (data_idx >= 0)
            r->data = nd_pin(ctx, data_idx);
    }
    return r;
}

/* Finish a call: async -> return undefined (or throw if it could not be
 * queued); sync -> return the result or throw. */
static duk_ret_t fsreq_finish(duk_context *ctx, fsreq_t *r, int rc) {
    if (r->cb != 0 && rc >= 0)
        return 0; /* after() owns r now */
    if (rc < 0 || r->req.result < 0) {
        int err = rc < 0 ? rc : (int)r->req.result;
        nd_push_syserr(ctx, err, r->syscall, r->req.path, NULL);
        fsreq_free(r);
        return duk_throw(ctx);
    }
    push_result(ctx, &r->req);
    fsreq_free(r);
    return 1;
}

#define CB(r) ((r)->cb != 0 ? after : NULL)
#define LOOP(ctx) nd_engine_loop(nd_engine_get(ctx))

/* open(path, flags, mode, cb) */
static duk_ret_t f_open(duk_context *ctx) {
    const char *path = nd_check_path(ctx, 0, "path");
    int flags = nd_check_int32(ctx, 1, "flags");
    int mode = nd_check_integer(ctx, 2, "mode", 0, 07777);
    fsreq_t *r = fsreq_new(ctx, 3, -1, "open");

    return fsreq_finish(ctx, r, nd_fs_open(LOOP(ctx), &r->req, path, flags,
                                           mode, CB(r)));
}

/* close(fd, cb) */
static duk_ret_t f_close(duk_context *ctx) {
    int fd = nd_check_integer(ctx, 0, "fd", 0, INT32_MAX);
    fsreq_t *r = fsreq_new(ctx, 1, -1, "close");

    return fsreq_finish(ctx, r, nd_fs_close(LOOP(ctx), &r->req, fd, CB(r)));
}

/* Check buffer[offset .. offset+length) and return its address. */
static char *buffer_range(duk_context *ctx, size_t *length) {
    size_t len;
    char *p = nd_check_buffer(ctx, 1, "buffer", &len);
    int64_t off = nd_check_integer(ctx, 2, "offset", 0, (int64_t)len);
    int64_t n = nd_check_integer(ctx, 3, "length", 0, (int64_t)len - off);

    *length = (size_t)n;
    return p + off;
}

/* read(fd, buffer, offset, length, position, cb) */
static duk_ret_t f_read(duk_context *ctx) {
    int fd = nd_check_integer(ctx, 0, "fd", 0, INT32_MAX);
    size_t n;
    char *p = buffer_range(ctx, &n);
    int64_t pos = duk_is_null(ctx, 4) ? -1 : nd_opt_int64(ctx, 4, "position",
                                                          -1);
    fsreq_t *r = fsreq_new(ctx, 5, 1, "read");

    return fsreq_finish(ctx, r, nd_fs_read(LOOP(ctx), &r->req, fd, p, n, pos,
                                           CB(r)));
}

/* write(fd, buffer, offset, length, position, cb) */
static duk_ret_t f_write(duk_context *ctx) {
    int fd = nd_check_integer(ctx, 0, "fd", 0, INT32_MAX);
    size_t n;
    char *p = buffer_range(ctx, &n);
    int64_t pos = duk_is_null(ctx, 4) ? -1 : nd_opt_int64(ctx, 4, "position",
                                                          -1);
    fsreq_t *r = fsreq_new(ctx, 5, 1, "write");

    return fsreq_finish(ctx, r, nd_fs_write(LOOP(ctx), &r->req, fd, p, n,
                                            pos, CB(r)));
}

/* writeString(fd, string, position, cb): the string's UTF-8 bytes */
static duk_ret_t f_write_string(duk_context *ctx) {
    int fd = nd_check_integer(ctx, 0, "fd", 0, INT32_MAX);
    size_t n;
    const char *s;
    int64_t pos = duk_is_null(ctx, 2) ? -1 : nd_opt_int64(ctx, 2, "position",
                                                          -1);
    fsreq_t *r;

    nd_check_string(ctx, 1, "buffer", NULL);
    s = nd_utf8_encode(ctx, 1, &n); /* may replace slot 1 by a buffer */
    r = fsreq_new(ctx, 3, 1, "write");
    return fsreq_finish(ctx, r, nd_fs_write(LOOP(ctx), &r->req, fd, s, n,
                                            pos, CB(r)));
}

/* stat(path, cb), lstat(path, cb), fstat(fd, cb) */
static duk_ret_t f_stat(duk_context *ctx) {
    const char *path = nd_check_path(ctx, 0, "path");
    fsreq_t *r = fsreq_new(ctx, 1, -1, "stat");

    return fsreq_finish(ctx, r, nd_fs_stat(LOOP(ctx), &r->req, path, CB(r)));
}

static duk_ret_t f_lstat(duk_context *ctx) {
    const char *path = nd_check_path(ctx, 0, "path");
    fsreq_t *r = fsreq_new(ctx, 1, -1, "lstat");

    return fsreq_finish(ctx, r, nd_fs_lstat(LOOP(ctx), &r->req, path, CB(r)));
}

static duk_ret_t f_fstat(duk_context *ctx) {
    int fd = nd_check_integer(ctx, 0, "fd", 0, INT32_MAX);
    fsreq_t *r = fsreq_new(ctx, 1, -1, "fstat");

    return fsreq_finish(ctx, r, nd_fs_fstat(LOOP(ctx), &r->req, fd, CB(r)));
}

/* realpath(path, cb) */
static duk_ret_t f_realpath(duk_context *ctx) {
    const char *path = nd_check_path(ctx, 0, "path");
    fsreq_t *r = fsreq_new(ctx, 1, -1, "realpath");

    return fsreq_finish(ctx, r, nd_fs_realpath(LOOP(ctx), &r->req, path,
                                               CB(r)));
}

/* ---- for the module loader ---------------------------------------------- */

/* internalModuleStat(path) -> 0 file, 1 directory, negative ND_E* code */
static duk_ret_t f_module_stat(duk_context *ctx) {
    const char *path = nd_check_path(ctx, 0, "path");
    nd_fs_t req;
    int rc;

    rc = nd_fs_stat(LOOP(ctx), &req, path, NULL);
    if (rc >= 0)
        rc = nd_fs_is_dir(req.statbuf.mode) ? 1 : 0;
    nd_fs_req_cleanup(&req);
    duk_push_int(ctx, rc);
    return 1;
}

/* Read the whole file at path synchronously into a new plain buffer on the
 * stack.  On failure returns the error and names the failing call. */
static int read_all(duk_context *ctx, const char *path,
                    const char **syscall) {
    nd_loop_t *loop = LOOP(ctx);
    nd_fs_t req;
    size_t size, len = 0;
    char *p;
    int fd, rc;

    *syscall = "open";
    rc = nd_fs_open(loop, &req, path, O_RDONLY, 0, NULL);
    nd_fs_req_cleanup(&req);
    if (rc < 0)
        return rc;
    fd = rc;
    *syscall = "fstat";
    rc = nd_fs_fstat(loop, &req, fd, NULL);
    nd_fs_req_cleanup(&req);
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
        rc = nd_fs_read(loop, &req, fd, p + len, size - len, -1, NULL);
        nd_fs_req_cleanup(&req);
        if (rc <= 0)
            break;
        len += (size_t)rc;
    }
    nd_fs_close(loop, &req, fd, NULL);
    nd_fs_req_cleanup(&req);
    if (rc < 0) {
        duk_pop(ctx);
        return rc;
    }
    duk_resize_buffer(ctx, -1, len);
    return 0;
}

/* readFileUtf8(path) -> string */
static duk_ret_t f_read_file_utf8(duk_context *ctx) {
    const char *path = nd_check_path(ctx, 0, "path");
    const char *syscall, *p;
    duk_size_t len;
    int rc = read_all(ctx, path, &syscall);

    if (rc < 0)
        return nd_throw_syserr(ctx, rc, syscall, path, NULL);
    p = duk_get_buffer_data(ctx, -1, &len);
    nd_utf8_push_string(ctx, p, len);
    return 1;
}

/* readFileSync(path) -> Buffer */
static duk_ret_t f_read_file(duk_context *ctx) {
    const char *path = nd_check_path(ctx, 0, "path");
    const char *syscall;
    int rc = read_all(ctx, path, &syscall);

    if (rc < 0)
        return nd_throw_syserr(ctx, rc, syscall, path, NULL);
    duk_push_buffer_object(ctx, -1, 0, duk_get_length(ctx, -1),
                           DUK_BUFOBJ_NODEJS_BUFFER);
    return 1;
}

/* ---- synchronous only, until loop/ has requests for them ---------------- */

/* unlinkSync(path), rmdirSync(path) */
static duk_ret_t f_unlink(duk_context *ctx) {
    const char *path = nd_check_path(ctx, 0, "path");
    int rc = nd_sys_unlink(path);

    return rc < 0 ? nd_throw_syserr(ctx, rc, "unlink", path, NULL) : 0;
}

static duk_ret_t f_rmdir(duk_context *ctx) {
    const char *path = nd_check_path(ctx, 0, "path");
    int rc = nd_sys_rmdir(path);

    return rc < 0 ? nd_throw_syserr(ctx, rc, "rmdir", path, NULL) : 0;
}

/* mkdirSync(path, mode) */
static duk_ret_t f_mkdir(duk_context *ctx) {
    const char *path = nd_check_path(ctx, 0, "path");
    int mode = nd_check_integer(ctx, 1, "mode", 0, 07777);
    int rc = nd_sys_mkdir(path, mode);

    return rc < 0 ? nd_throw_syserr(ctx, rc, "mkdir", path, NULL) : 0;
}

/* symlinkSync(target, path) */
static duk_ret_t f_symlink(duk_context *ctx) {
    const char *target = nd_check_path(ctx, 0, "target");
    const char *path = nd_check_path(ctx, 1, "path");
    int rc = nd_sys_symlink(target, path);

    return rc < 0 ? nd_throw_syserr(ctx, rc, "symlink", target, path) : 0;
}

/* mkdtempSync(prefix) -> the new directory's path */
static duk_ret_t f_mkdtemp(duk_context *ctx) {
    const char *prefix = nd_check_path(ctx, 0, "prefix");
    char out[4096];
    int rc = nd_sys_mkdtemp(prefix, out, sizeof(out));

    if (rc < 0) {
        duk_push_sprintf(ctx, "%sXXXXXX", prefix);
        return nd_throw_syserr(ctx, rc, "mkdtemp", duk_get_string(ctx, -1),
                               NULL);
    }
    duk_push_string(ctx, out);
    return 1;
}

static const duk_function_list_entry funcs[] = {
    {"close", f_close, 2},
    {"fstat", f_fstat, 2},
    {"internalModuleStat", f_module_stat, 1},
    {"lstat", f_lstat, 2},
    {"mkdirSync", f_mkdir, 2},
    {"mkdtempSync", f_mkdtemp, 1},
    {"open", f_open, 4},
    {"read", f_read, 6},
    {"readFileSync", f_read_file, 1},
    {"readFileUtf8", f_read_file_utf8, 1},
    {"realpath", f_realpath, 2},
    {"rmdirSync", f_rmdir, 1},
    {"stat", f_stat, 2},
    {"symlinkSync", f_symlink, 2},
    {"unlinkSync", f_unlink, 1},
    {"write", f_write, 6},
    {"writeString", f_write_string, 4},
    {NULL, NULL, 0}};

static const duk_number_list_entry constants[] = {
    {"O_RDONLY", O_RDONLY},
    {"O_WRONLY", O_WRONLY},
    {"O_RDWR", O_RDWR},
    {"O_CREAT", O_CREAT},
    {"O_EXCL", O_EXCL},
    {"O_TRUNC", O_TRUNC},
    {"O_APPEND", O_APPEND},
    {"O_SYNC", O_SYNC},
    {"S_IFMT", S_IFMT},
    {"S_IFREG", S_IFREG},
    {"S_IFDIR", S_IFDIR},
    {"S_IFLNK", S_IFLNK},
    {"S_IFIFO", S_IFIFO},
    {"S_IFSOCK", S_IFSOCK},
    {"S_IFCHR", S_IFCHR},
    {"S_IFBLK", S_IFBLK},
    {NULL, 0.0}};

/* see engine.h */
duk_ret_t nd_mod_fs_open(duk_context *ctx) {
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, funcs);
    duk_push_object(ctx);
    duk_put_number_list(ctx, -1, constants);
    duk_put_prop_string(ctx, -2, "constants");
    return 1;
}
