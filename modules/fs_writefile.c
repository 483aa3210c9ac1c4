/*
 * fs_writefile.c - fs.writeFile's (and fs.appendFile's) fast path: one
 * native call from the JS facade, and the caller's callback called from
 * here when the file is written, with no JS in between.
 *
 * fs.writeFile(path, data[, encoding | options], callback), with path a
 * string, data a string or a Buffer and no option beyond an encoding and
 * a numeric mode, is by far the most common form.  With thousands of
 * small files in flight its cost was the JS run per call (options copied
 * and checked, the callback found, the path validated, the flag and mode
 * parsed) more than the request's.  engine/js/fs_whole.js checks that a
 * call has that form and hands it to writeFileFast() here instead.  Then:
 *
 *   writeFileFast(path, data, encoding, flags, mode, callback)
 *       finds the bytes to write, makes one nd_fs_writefile request
 *       (loop/fs_whole.c: open, write every byte, close on a pool
 *       thread) and pins the callback;
 *   after_fast(), on the loop thread
 *       calls callback(null) or callback(err) through nd_engine_call(),
 *       the callback bridge every other callback goes through (so a
 *       throwing callback reaches 'uncaughtException' the same way).
 *
 * The bytes, as the general path would write them: an ArrayBuffer view's
 * own (a Buffer's), whatever the encoding says, as Node ignores the
 * encoding of a view; a string's in UTF-8 (encoding 0) as
 * nd_utf8_encode() gives them (the string's own bytes unless it has
 * characters outside the BMP, which Duktape keeps as CESU-8); a string's
 * in another encoding (an nd_enc_t) as Buffer.from() would encode them.
 * Up to COPY_MAX bytes are copied into the request, and so is an encoded
 * string of any size: copying a small file's bytes costs less than
 * pinning and unpinning the value that holds them.  Larger data is
 * written from the value itself, pinned until the request completes so
 * that its memory stays alive (Duktape never moves a string's or a
 * buffer's bytes).
 *
 * err is named as the general path names it: "open" with the path, or
 * the later step ("write", "close") without.
 *
 * Threading: the engine's thread; only the nd_fs_writefile work runs on
 * a pool thread, reading the bytes, which nothing changes meanwhile.
 */
#include <stdlib.h>
#include <string.h>

#include "buffer_codec.h"
#include "fs_binding.h"

/* Data up to this size is copied; larger data is pinned. */
#define COPY_MAX (16 * 1024)

/* One writeFileFast call in flight. */
typedef struct {
    nd_fs_t req;
    nd_engine_t *engine;
    nd_pin_t cb;
    nd_pin_t data;   /* large data: the string or view written from */
    uint8_t bytes[]; /* or a copy of the bytes, or their encoding */
} fast_t;

static void fast_free(duk_context *ctx, fast_t *f) {
    nd_unpin(ctx, f->cb);
    nd_unpin(ctx, f->data);
    nd_fs_req_cleanup(&f->req);
    free(f);
}

/* Runs protected (it allocates): push the error of the failed request
 * f. */
static duk_ret_t push_error(duk_context *ctx, void *udata) {
    fast_t *f = udata;
    nd_fs_t *req = &f->req;

    if (req->err_syscall != NULL)
        nd_push_syserr(ctx, (int)req->result, req->err_syscall, NULL, NULL);
    else
        nd_push_syserr(ctx, (int)req->result, "open", req->path, NULL);
    return 1;
}

/* The request finished: callback(null) or callback(err). */
static void after_fast(nd_fs_t *req) {
    fast_t *f = req->data;
    duk_context *ctx = nd_engine_ctx(f->engine);

    if (!nd_engine_exiting(f->engine)) {
        nd_pin_push(ctx, f->cb);
        if (req->result >= 0)
            duk_push_null(ctx);
        else /* on failure: the allocation error, in err's place */
            (void)duk_safe_call(ctx, push_error, f, 0, 1);
        nd_engine_call(f->engine, 1);
        duk_pop(ctx);
    }
    fast_free(ctx, f);
}

/* Is the value at idx a string with a NUL byte? */
static int has_nul(duk_context *ctx, duk_idx_t idx) {
    size_t len;
    const char *s = duk_get_lstring(ctx, idx, &len);

    return s != NULL && memchr(s, '\0', len) != NULL;
}

/* writeFileFast(path, data, encoding, flags, mode, callback) -> true, or
 * false (and nothing done) when path has a NUL byte, which the general
 * path then refuses with its own error.  encoding is an nd_enc_t, used
 * only when data is a string. */
duk_ret_t nd__fs_write_file_fast(duk_context *ctx) {
    int enc = (int)nd_check_integer(ctx, 2, "encoding", 0, ND_ENC_LAST);
    int flags = nd_check_int32(ctx, 3, "flags");
    int mode = (int)nd_check_integer(ctx, 4, "mode", 0, 07777);
    nd_engine_t *e = nd_engine_get(ctx);
    const char *path;
    const uint8_t *p = NULL, *s = NULL;
    size_t n, slen = 0;
    nd_pin_t cb, data = 0;
    fast_t *f;
    int rc, copy;

    nd_check_function(ctx, 5, "callback");
    if (has_nul(ctx, 0)) {
        duk_push_false(ctx); /* the general path's to refuse */
        return 1;
    }
    path = nd__fs_check_path(ctx, 0, "path");
    if (!duk_is_string(ctx, 1) || duk_is_symbol(ctx, 1)) {
        p = nd_check_buffer(ctx, 1, "data", &n);
    } else if (enc == ND_ENC_UTF8) {
        /* may replace slot 1 by a buffer */
        p = (const uint8_t *)nd_utf8_encode(ctx, 1, &n);
    } else { /* encoded below, into the request */
        s = (const uint8_t *)duk_get_lstring(ctx, 1, &slen);
        n = nd_codec_encoded_size((nd_enc_t)enc, s, slen);
    }
    copy = s != NULL || n <= COPY_MAX;

    /* nd_pin() may throw (out of memory), so it comes before malloc().  A
     * pin left behind by a throw is released with the heap. */
    cb = nd_pin(ctx, 5);
    if (!copy)
        data = nd_pin(ctx, 1);
    f = malloc(sizeof(*f) + (copy ? n : 0));
    if (f == NULL) {
        nd_unpin(ctx, cb);
        nd_unpin(ctx, data);
        return nd_throw_syserr(ctx, ND_ENOMEM, "open", path, NULL);
    }
    memset(f, 0, sizeof(*f));
    if (s != NULL)
        nd_codec_encode((nd_enc_t)enc, s, slen, f->bytes, n);
    else if (copy && n > 0)
        memcpy(f->bytes, p, n);
    if (copy)
        p = f->bytes;
    f->engine = e;
    f->cb = cb;
    f->data = data;
    f->req.data = f;
    rc = nd_fs_writefile(nd_engine_loop(e), &f->req, path, flags, mode, p, n, 0,
                         after_fast);
    if (rc < 0) { /* not queued: nothing will call back */
        fast_free(ctx, f);
        return nd_throw_syserr(ctx, rc, "open", path, NULL);
    }
    duk_push_true(ctx);
    return 1;
}
