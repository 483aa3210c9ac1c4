/*
 * fs_writefile.c - fs.writeFile's (and fs.appendFile's) fast path: one
 * native call from the JS facade, and the caller's callback called from
 * here when the file is written, with no JS in between.
 *
 * fs.writeFile(path, data[, encoding | options], callback), with path a
 * string, data a string or a Uint8Array (a Buffer) and no option beyond
 * an encoding and a numeric mode, is by far the most common form.  With
 * thousands of small files in flight its cost is the JS run per call
 * (options copied and checked, the callback found, the path validated,
 * the flag and mode parsed) more than the file system's.
 * engine/js/fs_whole.js checks that a call has that form and hands it to
 * writeFileFast() here instead.  Then:
 *
 *   writeFileFast(path, data, encoding, flags, mode, callback)
 *       the bytes to write found or made, one nd_fs_writefile request
 *       (loop/fs_whole.c: open, write every byte, close on a pool
 *       thread), the callback pinned;
 *   after_fast(), on the loop thread
 *       calls callback(null) or callback(err) through nd_engine_call(),
 *       the callback bridge every other callback goes through (so a
 *       throwing callback reaches 'uncaughtException' the same way).
 *
 * The bytes.  A Uint8Array's own bytes are written, whatever encoding
 * says (as Node ignores the encoding of a Buffer); the array is pinned
 * until the request completes, so its memory stays alive.  A string in
 * UTF-8 (encoding 0) is written from its own bytes when they are UTF-8
 * already (Duktape's strings are CESU-8, which differs only for
 * characters outside the BMP), else from a buffer nd_utf8_encode() makes;
 * whichever it is, it is pinned likewise.  A string in another encoding
 * (an nd_enc_t) is encoded into memory malloc'd here, as Buffer.from()
 * would encode it, and freed with the request.
 *
 * err is named as the general path names it: "open" with the path, or
 * the later step ("write", "close") without.
 *
 * Threading: the engine's thread; only the nd_fs_writefile work runs on
 * a pool thread, reading the bytes, which nothing changes meanwhile.
 */
#include <stdlib.h>

#include "buffer_codec.h"
#include "fs_binding.h"

/* One writeFileFast call in flight. */
typedef struct {
    nd_fs_t req;
    nd_engine_t *engine;
    nd_pin_t cb;
    nd_pin_t data;  /* the string or array written from, or 0 */
    uint8_t *bytes; /* or the encoded bytes, owned */
} fast_t;

static void fast_free(duk_context *ctx, fast_t *f) {
    nd_unpin(ctx, f->cb);
    nd_unpin(ctx, f->data);
    nd_fs_req_cleanup(&f->req);
    free(f->bytes);
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

/* Encode the string s[0 .. n) as enc (not UTF-8) into malloc'd memory:
 * *out gets it (NULL when empty), *len its size.  0 or ND_ENOMEM. */
static int encode_string(nd_enc_t enc, const uint8_t *s, size_t n,
                         uint8_t **out, size_t *len) {
    *len = nd_codec_encoded_size(enc, s, n);
    *out = NULL;
    if (*len == 0)
        return 0;
    *out = malloc(*len);
    if (*out == NULL)
        return ND_ENOMEM;
    nd_codec_encode(enc, s, n, *out, *len);
    return 0;
}

/* writeFileFast(path, data, encoding, flags, mode, callback): encoding
 * is an nd_enc_t, used only when data is a string. */
duk_ret_t nd__fs_write_file_fast(duk_context *ctx) {
    const char *path = nd__fs_check_path(ctx, 0, "path");
    int enc = (int)nd_check_integer(ctx, 2, "encoding", 0, ND_ENC_LAST);
    int flags = nd_check_int32(ctx, 3, "flags");
    int mode = (int)nd_check_integer(ctx, 4, "mode", 0, 07777);
    nd_engine_t *e = nd_engine_get(ctx);
    const void *p;
    uint8_t *bytes = NULL;
    size_t n = 0;
    nd_pin_t cb, data = 0;
    fast_t *f;
    int rc = 0, encode;

    nd_check_function(ctx, 5, "callback");
    encode = duk_is_string(ctx, 1) && !duk_is_symbol(ctx, 1) &&
             enc != ND_ENC_UTF8;
    if (encode)
        p = NULL; /* below */
    else if (duk_is_string(ctx, 1) && !duk_is_symbol(ctx, 1))
        p = nd_utf8_encode(ctx, 1, &n); /* may replace slot 1 by a buffer */
    else
        p = nd_check_buffer(ctx, 1, "data", &n);
    /* Pins may throw (out of memory), so they come before anything is
     * malloc'd.  A pin left behind by a throw is released with the heap. */
    cb = nd_pin(ctx, 5);
    if (!encode) {
        data = nd_pin(ctx, 1);
    } else {
        const char *s = duk_get_lstring(ctx, 1, &n);

        rc = encode_string((nd_enc_t)enc, (const uint8_t *)s, n, &bytes, &n);
        p = bytes;
    }
    f = rc < 0 ? NULL : calloc(1, sizeof(*f));
    if (f == NULL) {
        nd_unpin(ctx, cb);
        nd_unpin(ctx, data);
        free(bytes);
        return nd_throw_syserr(ctx, ND_ENOMEM, "open", path, NULL);
    }
    f->engine = e;
    f->cb = cb;
    f->data = data;
    f->bytes = bytes;
    f->req.data = f;
    rc = nd_fs_writefile(nd_engine_loop(e), &f->req, path, flags, mode, p, n,
                         0, after_fast);
    if (rc < 0) { /* not queued: nothing will call back */
        fast_free(ctx, f);
        return nd_throw_syserr(ctx, rc, "open", path, NULL);
    }
    return 0;
}
