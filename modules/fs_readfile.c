/*
 * fs_readfile.c - fs.readFile's fast path: one native call from the JS
 * facade to the caller's callback, with no JS in between.
 *
 * fs.readFile(path[, encoding], callback), with path a string and the
 * flag 'r', is by far the most common form, and with thousands of small
 * files in flight its cost is the JS run per call: options parsed,
 * flags looked up, a context object and a bound step function made, a
 * step run on completion, the Buffer given its prototype and decoded.
 * engine/js/fs_whole.js checks that a call has that form and hands it to
 * readFileFast() here instead.  Then:
 *
 *   readFileFast(path, encoding, callback)
 *       one nd_fs_readfile request (loop/fs_whole.c: open, fstat, read
 *       and close on a pool thread), the callback pinned (or nothing,
 *       for a path with a NUL byte, which it hands back to the general
 *       path to refuse with Node's error);
 *   after_fast(), on the loop thread
 *       builds the callback's arguments in C and calls
 *       callback(null, data) or callback(err) through nd_engine_call(),
 *       the callback bridge every other callback goes through (so a
 *       throwing callback reaches 'uncaughtException' the same way).
 *
 * data is what the general path would hand over: a Buffer (a Uint8Array
 * with Buffer.prototype) when encoding is -1, else the bytes decoded as
 * modules/buffer.js's Buffer.prototype.toString decodes them (encoding is
 * an nd_enc_t).  err is the request's error, named as the general path
 * names it: "open" with the path, or the later step ("fstat", "read",
 * "close") without.
 *
 * A file the request did not read (not a regular file, empty as far as
 * fstat can tell, or larger than ND__FS_WHOLE_MAX) comes back as an open
 * fd; it goes to the JS function registered with readFileSetup(), which
 * reads it step by step as the general path does.  So every file that is
 * not small and regular behaves exactly as before.
 *
 * readFileSetup(bufferProto, resume) is called once, when fs_whole.js
 * loads: the prototype of the Buffers made here and resume(fd, encoding,
 * callback).  Both are kept in the heap stash.
 *
 * Threading: the engine's thread; only the nd_fs_readfile work runs on a
 * pool thread.
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

#include "buffer_codec.h"
#include "fs_binding.h"

#define KEY_PROTO  DUK_HIDDEN_SYMBOL("readFileProto")
#define KEY_RESUME DUK_HIDDEN_SYMBOL("readFileResume")

#define ENC_BUFFER (-1) /* encoding: no decoding, a Buffer */

/* One readFileFast call in flight. */
typedef struct {
    nd_fs_t req;
    nd_engine_t *engine;
    nd_pin_t cb;
    int enc; /* ENC_BUFFER or an nd_enc_t */
} fast_t;

static void fast_free(duk_context *ctx, fast_t *f) {
    nd_unpin(ctx, f->cb);
    nd_fs_req_cleanup(&f->req);
    free(f);
}

/* Push stash[key] (undefined when absent). */
static void push_stashed(duk_context *ctx, const char *key) {
    duk_push_heap_stash(ctx);
    duk_get_prop_string(ctx, -1, key);
    duk_remove(ctx, -2);
}

/* Push the n bytes at p as a Buffer. */
static void push_buffer(duk_context *ctx, const char *p, size_t n) {
    /* not zero-filled: every byte is copied over */
    memcpy(duk_push_buffer_raw(ctx, n, DUK_BUF_FLAG_NOZERO), p, n);
    duk_push_buffer_object(ctx, -1, 0, n, DUK_BUFOBJ_UINT8ARRAY);
    duk_remove(ctx, -2);
    push_stashed(ctx, KEY_PROTO);
    if (duk_is_object(ctx, -1))
        duk_set_prototype(ctx, -2);
    else
        duk_pop(ctx);
}

/* Push the n bytes at p decoded as enc (not UTF-8), as buffer.c's
 * toString does.  The file is at most ND__FS_WHOLE_MAX bytes, so the
 * string is far below the longest one a Buffer may decode to. */
static void push_decoded(duk_context *ctx, nd_enc_t enc, const uint8_t *p,
                         size_t n) {
    size_t units, size;
    uint8_t *out;

    if ((enc == ND_ENC_LATIN1 || enc == ND_ENC_ASCII) &&
        nd_codec_ascii_prefix(p, n) == n) {
        duk_push_lstring(ctx, (const char *)p, n); /* ASCII is itself */
        return;
    }
    size = nd_codec_decoded_size(enc, p, n, &units);
    out = duk_push_fixed_buffer(ctx, size);
    nd_codec_decode(enc, p, n, out);
    duk_push_lstring(ctx, (const char *)out, size);
    duk_remove(ctx, -2);
}

/* Runs protected (it allocates): push the callback's two arguments, err
 * and data, for the finished request f. */
static duk_ret_t push_args(duk_context *ctx, void *udata) {
    fast_t *f = udata;
    nd_fs_t *req = &f->req;

    if (req->result < 0) {
        if (req->err_syscall != NULL)
            nd_push_syserr(ctx, (int)req->result, req->err_syscall, NULL, NULL);
        else
            nd_push_syserr(ctx, (int)req->result, "open", req->path, NULL);
        duk_push_undefined(ctx);
        return 2;
    }
    duk_push_null(ctx);
    if (f->enc == ENC_BUFFER)
        push_buffer(ctx, req->ptr, (size_t)req->result);
    else if (f->enc == ND_ENC_UTF8)
        nd_utf8_push_string(ctx, req->ptr, (size_t)req->result);
    else
        push_decoded(ctx, (nd_enc_t)f->enc, (const uint8_t *)req->ptr,
                     (size_t)req->result);
    return 2;
}

/* The request finished: call the callback, or hand an fd it left open to
 * the general path. */
static void after_fast(nd_fs_t *req) {
    fast_t *f = req->data;
    duk_context *ctx = nd_engine_ctx(f->engine);

    if (req->result >= 0 && req->ptr == NULL) { /* an fd, to read in steps */
        if (nd_engine_exiting(f->engine)) {
            nd_fs_t close_req = {0};

            nd_fs_close(NULL, &close_req, req->fd, NULL);
        } else {
            push_stashed(ctx, KEY_RESUME);
            duk_push_int(ctx, req->fd);
            duk_push_int(ctx, f->enc);
            nd_pin_push(ctx, f->cb);
            nd_engine_call(f->engine, 3);
            duk_pop(ctx);
        }
        fast_free(ctx, f);
        return;
    }
    if (!nd_engine_exiting(f->engine)) {
        nd_pin_push(ctx, f->cb);
        if (duk_safe_call(ctx, push_args, f, 0, 2) != DUK_EXEC_SUCCESS ||
            req->result < 0) {
            duk_pop(ctx); /* callback(err) alone */
            nd_engine_call(f->engine, 1);
        } else {
            nd_engine_call(f->engine, 2);
        }
        duk_pop(ctx);
    }
    fast_free(ctx, f);
}

/* readFileFast(path, encoding, callback) -> true, or false (and nothing
 * done) when path has a NUL byte, which the general path then refuses
 * with its own error.  encoding is -1 (a Buffer) or an nd_enc_t. */
duk_ret_t nd__fs_read_file_fast(duk_context *ctx) {
    int enc =
        (int)nd_check_integer(ctx, 1, "encoding", ENC_BUFFER, ND_ENC_LAST);
    nd_engine_t *e = nd_engine_get(ctx);
    const char *path;
    size_t len;
    fast_t *f;
    nd_pin_t cb;
    int rc;

    nd_check_function(ctx, 2, "callback");
    path = duk_get_lstring(ctx, 0, &len);
    if (path != NULL && memchr(path, '\0', len) != NULL) {
        duk_push_false(ctx);
        return 1;
    }
    path = nd__fs_check_path(ctx, 0, "path");
    cb = nd_pin(ctx, 2);
    f = calloc(1, sizeof(*f));
    if (f == NULL) {
        nd_unpin(ctx, cb);
        return nd_throw_syserr(ctx, ND_ENOMEM, "open", NULL, NULL);
    }
    f->engine = e;
    f->cb = cb;
    f->enc = enc;
    f->req.data = f;
    rc = nd_fs_readfile(nd_engine_loop(e), &f->req, path, O_RDONLY,
                        ND__FS_WHOLE_MAX, after_fast);
    if (rc < 0) { /* not queued: nothing will call back */
        fast_free(ctx, f);
        return nd_throw_syserr(ctx, rc, "open", path, NULL);
    }
    duk_push_true(ctx);
    return 1;
}

/* readFileSetup(bufferProto, resume) */
duk_ret_t nd__fs_read_file_setup(duk_context *ctx) {
    if (!duk_is_object(ctx, 0))
        return nd_throw_arg_type(ctx, 0, "bufferProto", "of type object");
    nd_check_function(ctx, 1, "resume");
    duk_push_heap_stash(ctx);
    duk_dup(ctx, 0);
    duk_put_prop_string(ctx, -2, KEY_PROTO);
    duk_dup(ctx, 1);
    duk_put_prop_string(ctx, -2, KEY_RESUME);
    return 0;
}
