/*
 * fs.c - internalBinding('fs'): file system calls for the fs module
 * (modules/fs.js and engine/js/fs_*.js) and for the module loader
 * (engine/js/module.js).  This file holds the glue between a native call
 * and its nd_fs_* request, and the binding's table; fs_ops.c the native
 * functions; fs_handles.c the Dir and FSEvent objects (see
 * fs_binding.h).
 *
 * Each operation is one native function over one nd_fs_* request.  Its
 * last argument decides how it runs:
 *   - a function: the request goes to the pool; the callback is pinned
 *     (and so is the buffer or string being read or written) until the
 *     request completes, then called through the callback bridge as
 *     callback(err) or callback(null, result);
 *   - undefined: the call runs synchronously and returns the result or
 *     throws a Node-shaped system error.
 * The JS side composes these steps (a large readFile is open, fstat,
 * read..., close), so a reader can follow one fs.readFile through every
 * layer; a small one, and writeFile, are one request each
 * (readWholeFile, writeWholeFile: loop/fs_whole.c), because at thousands
 * of files in flight the trips through the pool are what costs.  The
 * common readFile and writeFile have their own glue, with their own
 * completions that call the caller's callback directly (readFileFast:
 * fs_readfile.c; writeFileFast: fs_writefile.c).
 *
 * Results (push_result): open -> fd; read/write -> bytes; readWholeFile
 * -> the contents, or the fd of a file to read step by step;
 * writeWholeFile -> nothing (its callback gets the error alone, since it
 * is fs.writeFile's own); stat -> an
 * array of 14 numbers in Stats order; statfs -> 7 numbers; readlink,
 * realpath, mkdtemp -> a string; mkdir -> undefined or, recursive, the
 * first directory created; readdir and dirRead -> [names, types]; opendir
 * -> a Dir handle; everything else -> undefined.  Names from the OS are
 * decoded as UTF-8; paths going to it are encoded as UTF-8.
 *
 * Errors (push_error) name the syscall and paths as Node does: "open
 * 'x'", "rename 'a' -> 'b'"; a request that failed in an inner call
 * (rmtree) names that call and its path.
 *
 * Threading: native functions and completions run on the engine's thread;
 * only the nd_fs_* work itself runs on a pool thread.
 */
#include <stdlib.h>
#include <string.h>

#include "fs_binding.h"

/* ---- results and errors ------------------------------------------------- */

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

/* type, bsize, blocks, bfree, bavail, files, ffree */
static void push_statfs(duk_context *ctx, const nd_statfs_t *s) {
    const uint64_t v[7] = {s->type,   s->bsize, s->blocks, s->bfree,
                           s->bavail, s->files, s->ffree};
    int i;

    duk_push_array(ctx);
    for (i = 0; i < 7; i++) {
        duk_push_number(ctx, (double)v[i]);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
}

/* [names, types] from a listing. */
static void push_dirents(duk_context *ctx, const nd_fs_t *req) {
    size_t i;

    duk_push_array(ctx);
    duk_push_array(ctx);
    duk_push_array(ctx);
    for (i = 0; i < req->ndirents; i++) {
        nd__fs_push_os_string(ctx, req->dirents[i].name);
        duk_put_prop_index(ctx, -3, (duk_uarridx_t)i);
        duk_push_int(ctx, req->dirents[i].type);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
    duk_put_prop_index(ctx, -3, 1);
    duk_put_prop_index(ctx, -2, 0);
}

/* readWholeFile's result: the contents (a string or a Uint8Array), or
 * the fd of a file it left open for the caller. */
static void push_whole_file(duk_context *ctx, nd__fs_req_t *r) {
    nd_fs_t *req = &r->req;
    size_t len = (size_t)req->result;

    if (req->ptr == NULL) {
        duk_push_int(ctx, req->fd);
    } else if (r->utf8) {
        nd_utf8_push_string(ctx, req->ptr, len);
    } else {
        /* not zero-filled: every byte is copied over */
        memcpy(duk_push_buffer_raw(ctx, len, DUK_BUF_FLAG_NOZERO), req->ptr,
               len);
        duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_UINT8ARRAY);
        duk_remove(ctx, -2);
    }
}

/* Push the successful result of a finished request. */
static void push_result(duk_context *ctx, nd__fs_req_t *r) {
    nd_fs_t *req = &r->req;

    switch (req->type) {
    case ND_FS_OPEN:
    case ND_FS_READ:
    case ND_FS_WRITE:
        duk_push_number(ctx, (double)req->result);
        break;
    case ND_FS_STAT:
    case ND_FS_LSTAT:
    case ND_FS_FSTAT:
        push_stat(ctx, &req->statbuf);
        break;
    case ND_FS_STATFS:
        push_statfs(ctx, &req->statfsbuf);
        break;
    case ND_FS_REALPATH:
    case ND_FS_READLINK:
    case ND_FS_MKDTEMP:
    case ND_FS_MKDIRP:
        if (req->ptr != NULL)
            nd__fs_push_os_string(ctx, req->ptr);
        else
            duk_push_undefined(ctx);
        break;
    case ND_FS_SCANDIR:
    case ND_FS_READDIR:
        push_dirents(ctx, req);
        break;
    case ND_FS_OPENDIR:
        nd__fs_push_dir(ctx, req->dir);
        req->dir = NULL; /* the handle owns it now */
        break;
    case ND_FS_READFILE:
        push_whole_file(ctx, r);
        break;
    default:
        duk_push_undefined(ctx);
        break;
    }
}

/* The error of a failed request, named as Node names it. */
static void push_error(duk_context *ctx, nd__fs_req_t *r, int err) {
    nd_fs_t *req = &r->req;

    if (req->err_syscall != NULL)
        nd_push_syserr(ctx, err, req->err_syscall, req->err_path, NULL);
    else if (r->no_path)
        nd_push_syserr(ctx, err, r->syscall, NULL, NULL);
    else
        nd_push_syserr(ctx, err, r->syscall, req->path, req->new_path);
}

/* ---- the life of a request ---------------------------------------------- */

static void req_free(nd__fs_req_t *r) {
    duk_context *ctx = nd_engine_ctx(r->engine);

    nd_unpin(ctx, r->cb);
    nd_unpin(ctx, r->data);
    nd_fs_req_cleanup(&r->req);
    free(r->bufs);
    free(r);
}

/* Runs protected, since a result may not fit in the heap (a Worker's
 * heap limit): push the callback's arguments for the finished request,
 * err and result.  The callback then gets the allocation error. */
static duk_ret_t push_args(duk_context *ctx, void *udata) {
    nd__fs_req_t *r = udata;
    nd_fs_t *req = &r->req;

    if (req->result < 0) {
        push_error(ctx, r, (int)req->result);
        duk_push_undefined(ctx);
    } else if (req->type == ND_FS_WRITEFILE) {
        duk_push_null(ctx); /* fs.writeFile's callback(null), as Node's */
        duk_push_undefined(ctx);
    } else {
        duk_push_null(ctx);
        push_result(ctx, r);
    }
    return 2;
}

/* A pooled request finished: callback(err) or callback(null, result). */
static void after(nd_fs_t *req) {
    nd__fs_req_t *r = req->data;
    duk_context *ctx = nd_engine_ctx(r->engine);

    if (r->box != NULL)
        nd__fs_dir_done(r->box);
    if (nd_engine_exiting(r->engine)) { /* nobody to tell: just tidy up */
        if (req->type == ND_FS_OPENDIR && req->result >= 0) {
            nd_fs_t close_req = {0};

            nd_fs_closedir(NULL, &close_req, req->dir, NULL);
        }
        if (req->type == ND_FS_READFILE && req->result >= 0 &&
            req->ptr == NULL) { /* the fd it left open for JS */
            nd_fs_t close_req = {0};

            nd_fs_close(NULL, &close_req, req->fd, NULL);
        }
        req_free(r);
        return;
    }
    nd_pin_push(ctx, r->cb);
    if (duk_safe_call(ctx, push_args, r, 0, 2) != DUK_EXEC_SUCCESS ||
        req->result < 0 || req->type == ND_FS_WRITEFILE) {
        duk_pop(ctx); /* callback(err) or, for writeFile, callback(null) */
        nd_engine_call(r->engine, 1);
    } else {
        nd_engine_call(r->engine, 2);
    }
    duk_pop(ctx);
    req_free(r);
}

/* see fs_binding.h */
nd__fs_req_t *nd__fs_req_new(duk_context *ctx, duk_idx_t cb_idx,
                             duk_idx_t data_idx, const char *syscall) {
    nd__fs_req_t *r;

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

/* see fs_binding.h */
nd_fs_cb nd__fs_req_cb(const nd__fs_req_t *r) {
    return r->cb != 0 ? after : NULL;
}

/* see fs_binding.h */
duk_ret_t nd__fs_req_finish(duk_context *ctx, nd__fs_req_t *r, int rc) {
    if (r->cb != 0 && rc >= 0)
        return 0; /* after() owns r now */
    if (r->box != NULL)
        nd__fs_dir_done(r->box);
    if (rc < 0 || r->req.result < 0) {
        push_error(ctx, r, rc < 0 ? rc : (int)r->req.result);
        req_free(r);
        return duk_throw(ctx);
    }
    push_result(ctx, r);
    req_free(r);
    return 1;
}

/* ---- argument checks ---------------------------------------------------- */

/* see fs_binding.h */
const char *nd__fs_check_path(duk_context *ctx, duk_idx_t idx,
                              const char *name) {
    const char *s = nd_check_path(ctx, idx, name);
    size_t len;

    if (strchr(s, '\xED') == NULL) /* no surrogate halves: UTF-8 already */
        return s;
    s = nd_utf8_encode(ctx, idx, &len);
    duk_push_lstring(ctx, s, len);
    duk_replace(ctx, idx);
    return duk_get_string(ctx, idx);
}

/* see fs_binding.h */
int nd__fs_check_fd(duk_context *ctx, duk_idx_t idx) {
    return (int)nd_check_integer(ctx, idx, "fd", 0, INT32_MAX);
}

/* see fs_binding.h */
int64_t nd__fs_check_position(duk_context *ctx, duk_idx_t idx) {
    if (duk_is_null_or_undefined(ctx, idx))
        return -1;
    return nd_check_integer(ctx, idx, "position", -1,
                            INT64_C(9007199254740991));
}

/* see fs_binding.h */
void nd__fs_push_os_string(duk_context *ctx, const char *s) {
    nd_utf8_push_string(ctx, s, strlen(s));
}

/* ---- the binding --------------------------------------------------------- */

typedef struct {
    const char *name;
    duk_c_function fn;
    duk_idx_t nargs;
    int magic;
} entry_t;

static const entry_t funcs[] = {
    {"access", nd__fs_mode, 3, ND__FS_ACCESS},
    {"chmod", nd__fs_mode, 3, ND__FS_CHMOD},
    {"chown", nd__fs_chown, 4, ND__FS_CHOWN},
    {"close", nd__fs_fd, 2, ND__FS_CLOSE},
    {"copyFile", nd__fs_copyfile, 4, 0},
    {"dirClose", nd__fs_dir_close, 2, 0},
    {"dirRead", nd__fs_dir_read, 3, 0},
    {"fchmod", nd__fs_mode, 3, ND__FS_FCHMOD},
    {"fchown", nd__fs_chown, 4, ND__FS_FCHOWN},
    {"fdatasync", nd__fs_fd, 2, ND__FS_FDATASYNC},
    {"fsEventClose", nd__fs_event_close, 1, 0},
    {"fsEventRef", nd__fs_event_ref, 2, 0},
    {"fsEventStart", nd__fs_event_start, 2, 0},
    {"fstat", nd__fs_fd, 2, ND__FS_FSTAT},
    {"fsync", nd__fs_fd, 2, ND__FS_FSYNC},
    {"ftruncate", nd__fs_ftruncate, 3, 0},
    {"futimes", nd__fs_utimes, 4, ND__FS_FUTIMES},
    {"internalModuleStat", nd__fs_module_stat, 1, 0},
    {"lchown", nd__fs_chown, 4, ND__FS_LCHOWN},
    {"link", nd__fs_two, 3, ND__FS_LINK},
    {"lstat", nd__fs_path, 2, ND__FS_LSTAT},
    {"lutimes", nd__fs_utimes, 4, ND__FS_LUTIMES},
    {"mkdir", nd__fs_mkdir, 4, 0},
    {"mkdtemp", nd__fs_path, 2, ND__FS_MKDTEMP},
    {"open", nd__fs_open, 4, 0},
    {"opendir", nd__fs_path, 2, ND__FS_OPENDIR},
    {"read", nd__fs_read, 6, 0},
    {"readFileFast", nd__fs_read_file_fast, 3, 0},
    {"readFileSetup", nd__fs_read_file_setup, 2, 0},
    {"readFileUtf8", nd__fs_read_file_utf8, 1, 0},
    {"readWholeFile", nd__fs_read_whole_file, 5, 0},
    {"readdir", nd__fs_path, 2, ND__FS_READDIR},
    {"readlink", nd__fs_path, 2, ND__FS_READLINK},
    {"readv", nd__fs_vector, 4, ND__FS_READV},
    {"realpath", nd__fs_path, 2, ND__FS_REALPATH},
    {"rename", nd__fs_two, 3, ND__FS_RENAME},
    {"rmdir", nd__fs_path, 2, ND__FS_RMDIR},
    {"rmtree", nd__fs_path, 2, ND__FS_RMTREE},
    {"stat", nd__fs_path, 2, ND__FS_STAT},
    {"statfs", nd__fs_path, 2, ND__FS_STATFS},
    {"symlink", nd__fs_two, 3, ND__FS_SYMLINK},
    {"unlink", nd__fs_path, 2, ND__FS_UNLINK},
    {"utimes", nd__fs_utimes, 4, ND__FS_UTIMES},
    {"write", nd__fs_write, 6, 0},
    {"writeFileFast", nd__fs_write_file_fast, 6, 0},
    {"writeString", nd__fs_write_string, 4, 0},
    {"writeWholeFile", nd__fs_write_whole_file, 6, 0},
    {"writev", nd__fs_vector, 4, ND__FS_WRITEV},
    {NULL, NULL, 0, 0}};

/* see engine.h */
duk_ret_t nd_mod_fs_open(duk_context *ctx) {
    const entry_t *f;

    nd__fs_handles_open(ctx);
    duk_push_object(ctx);
    for (f = funcs; f->name != NULL; f++) {
        duk_push_c_function(ctx, f->fn, f->nargs);
        duk_set_magic(ctx, -1, f->magic);
        duk_put_prop_string(ctx, -2, f->name);
    }
    nd__fs_push_constants(ctx);
    duk_put_prop_string(ctx, -2, "constants");
    return 1;
}
