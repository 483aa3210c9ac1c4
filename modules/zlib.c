/*
 * zlib.c - internalBinding('zlib'): compression streams for the zlib
 * module (modules/zlib.js, engine/js/zlib_stream.js), run now or on the
 * thread pool.
 *
 * A Zlib handle is an opaque JS object owning one malloc'd zhandle_t: a
 * codec (zlib_codec.h: a z_stream with Node's rules) plus the memory its
 * input and output windows point into.  Two ways to drive it:
 *
 *   write(h, flush, chunk|null, availOut, state[, cb])
 *       one step, as a stream's _transform needs it: the chunk is copied
 *       in (null: go on with the input the last step left), at most
 *       availOut bytes come out.  state (a Uint32Array) gets
 *       [availOut, availIn] after the step.  The result is an ArrayBuffer
 *       of the output: returned, or passed as cb(null, ab) after the step
 *       ran on the pool.
 *   run(h, flush, input, chunkSize, maxOutputLength, state[, cb])
 *       the whole input at once, all output collected in C and handed
 *       back as one ArrayBuffer: the convenience functions (gzipSync,
 *       gzip).  More than maxOutputLength bytes of output stop it with
 *       RangeError ERR_BUFFER_TOO_LARGE, as in Node.
 *
 * Failures of zlib become Node's errors: an Error whose message is zlib's
 * ("incorrect header check") or Node's ("unexpected end of file"), with
 * errno (zlib's code, -3) and code ("Z_DATA_ERROR").
 *
 * Threading.  A job on the pool owns the codec and its buffers until its
 * completion runs on the engine's thread; the JS objects involved (the
 * handle, the callback, the state array) are pinned meanwhile, and the
 * pool thread touches no JS value (the input was copied in; the output is
 * copied out at completion).  While a job is in flight (busy), write()
 * and run() throw, reset() and params() are deferred to its completion,
 * and close() only marks the handle: the completion frees it.  A handle
 * that is never closed is freed by its finalizer (the garbage collector,
 * or the heap's destruction at exit).
 *
 * Memory the collector cannot see.  zlib's state (about 256 KiB for a
 * compressor) is malloc'd, made on a handle's first step.  Duktape counts
 * only its own allocations, so streams dropped without close() could pile
 * up long before it collects them.  Each engine therefore counts its
 * handles that hold zlib state (zstate_t) and runs the collector when the
 * count doubles past its last value; streams that end or are closed
 * normally free their state at once and never trigger it.
 */
#include <stdlib.h>
#include <string.h>

#include "../engine/check.h"
#include "../engine/engine.h"
#include "../engine/utf8.h"
#include "zlib_codec.h"

/* The largest Buffer nodule can make (Duktape's limit, as in buffer.c). */
#define MAX_LENGTH 0x7ffffffe

enum { JOB_WRITE = 1, JOB_RUN };

/* Per engine: the handles holding zlib state. */
typedef struct {
    nd_engine_state_t base;
    size_t live;  /* handles counted in */
    size_t limit; /* collect garbage when live passes this */
    int closing;  /* the engine is going: the last handle frees this */
} zstate_t;

#define LIVE_LIMIT_MIN 64

typedef struct {
    nd_zcodec_t codec;
    nd_engine_t *engine;
    zstate_t *counted; /* set once counted in zstate_t.live */
    nd_work_req_t req;
    int busy;      /* a pool job owns everything below */
    int closed;    /* close() came while busy: free at completion */
    int reset_due; /* reset() came while busy */
    int params_due, level, strategy;
    /* the current job */
    int kind;
    int flush;
    unsigned char *in; /* the input, copied */
    size_t in_len, in_cap;
    nd_zbuf_t out;
    size_t avail_out;  /* write: room given to the step */
    size_t chunk, max; /* run */
    size_t consumed;   /* run */
    int status;        /* run: ND_ZRUN_* */
    nd_zerror_t err;   /* run: why it failed */
    nd_pin_t self, cb, state;
} zhandle_t;

static const nd_handle_type_t zlib_type = {"Zlib"};

/* ---- memory accounting -------------------------------------------------- */

static void state_close(nd_engine_t *e, nd_engine_state_t *base) {
    zstate_t *st = (zstate_t *)base;

    (void)e;
    st->closing = 1; /* handles still alive are freed with the heap */
    if (st->live == 0)
        free(st);
}

static zstate_t *get_state(duk_context *ctx) {
    nd_engine_t *e = nd_engine_get(ctx);
    zstate_t *st = (zstate_t *)nd_engine_find_state(e, "zlib");

    if (st == NULL) {
        st = calloc(1, sizeof(*st));
        if (st == NULL)
            nd_throw_syserr(ctx, ND_ENOMEM, "zlib", NULL, NULL);
        st->base.name = "zlib";
        st->base.close = state_close;
        st->limit = LIVE_LIMIT_MIN;
        nd_engine_add_state(e, &st->base);
    }
    return st;
}

/* Before a handle's first step: count it in, and collect garbage when
 * the count has doubled (finalizers free what nobody holds any more; the
 * handle at index 0 is on the stack, so it stays). */
static void count_in(duk_context *ctx, zhandle_t *z) {
    zstate_t *st;

    if (z->counted != NULL)
        return;
    st = get_state(ctx);
    z->counted = st;
    if (++st->live > st->limit) {
        duk_gc(ctx, 0);
        st->limit =
            st->live * 2 > LIVE_LIMIT_MIN ? st->live * 2 : LIVE_LIMIT_MIN;
    }
}

/* ---- the handle's life -------------------------------------------------- */

static void zhandle_free(zhandle_t *z) {
    zstate_t *st = z->counted;

    nd_zcodec_end(&z->codec);
    free(z->in);
    free(z->out.data);
    free(z);
    if (st != NULL && --st->live == 0 && st->closing)
        free(st);
}

/* The finalizer of a handle object: free what close() did not. */
static duk_ret_t finalize(duk_context *ctx) {
    zhandle_t *z = nd_get_handle(ctx, 0, &zlib_type);

    if (z != NULL) {
        nd_handle_clear(ctx, 0);
        zhandle_free(z);
    }
    return 0;
}

/* The handle at idx, open, counted in (which may collect garbage, so it
 * comes before any other argument is read) and with no job in flight. */
static zhandle_t *check_idle(duk_context *ctx, duk_idx_t idx) {
    zhandle_t *z = nd_check_handle(ctx, idx, &zlib_type);

    count_in(ctx, z);
    if (z->busy)
        nd_throw(ctx, DUK_ERR_ERROR, "ERR_INVALID_STATE",
                 "Invalid state: the zlib handle is busy");
    return z;
}

/* ---- results ------------------------------------------------------------ */

/* Push an ArrayBuffer holding a copy of p[0 .. len). */
static void push_bytes(duk_context *ctx, const void *p, size_t len) {
    void *dst = duk_push_fixed_buffer(ctx, len);

    if (len > 0)
        memcpy(dst, p, len);
    duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_ARRAYBUFFER);
    duk_remove(ctx, -2);
}

/* Push Node's error for a zlib failure. */
static void push_zerror(duk_context *ctx, const nd_zerror_t *e) {
    nd_push_error(ctx, DUK_ERR_ERROR, NULL, "%s", e->message);
    duk_push_int(ctx, e->errnum);
    duk_put_prop_string(ctx, -2, "errno");
    duk_push_string(ctx, nd_zcodec_code_name(e->errnum));
    duk_put_prop_string(ctx, -2, "code");
}

/* Store [availOut, availIn] into the Uint32Array at idx. */
static void put_state(duk_context *ctx, duk_idx_t idx, size_t avail_out,
                      size_t avail_in) {
    duk_size_t size = 0;
    unsigned char *p = duk_get_buffer_data(ctx, idx, &size);
    uint32_t v[2];

    v[0] = (uint32_t)avail_out;
    v[1] = (uint32_t)avail_in;
    if (p != NULL && size >= sizeof(v))
        memcpy(p, v, sizeof(v));
}

static void check_state(duk_context *ctx, duk_idx_t idx) {
    duk_size_t size = 0;

    if (!duk_is_buffer_data(ctx, idx) ||
        (duk_get_buffer_data(ctx, idx, &size), size < 2 * sizeof(uint32_t)))
        nd_throw_arg_type(ctx, idx, "state", "an instance of Uint32Array");
}

/* Push the outcome of the step just done: the output or the error.
 * Returns 0 for output, -1 for an error. */
static int push_write_result(duk_context *ctx, zhandle_t *z, duk_idx_t state) {
    z_stream *s = &z->codec.strm;
    nd_zerror_t e;

    if (nd_zcodec_error(&z->codec, &e)) {
        push_zerror(ctx, &e);
        return -1;
    }
    put_state(ctx, state, s->avail_out, s->avail_in);
    push_bytes(ctx, z->out.data, z->avail_out - s->avail_out);
    return 0;
}

/* Push the outcome of a whole run.  Returns 0 for output, -1 for an
 * error. */
static int push_run_result(duk_context *ctx, zhandle_t *z, duk_idx_t state,
                           const nd_zbuf_t *out) {
    switch (z->status) {
    case ND_ZRUN_OK:
        put_state(ctx, state, 0, z->in_len - z->consumed);
        push_bytes(ctx, out->data, out->len);
        return 0;
    case ND_ZRUN_ERROR:
        push_zerror(ctx, &z->err);
        return -1;
    case ND_ZRUN_TOO_LARGE:
        nd_push_error(ctx, DUK_ERR_RANGE_ERROR, "ERR_BUFFER_TOO_LARGE",
                      "Cannot create a Buffer larger than %lu bytes",
                      (unsigned long)z->max);
        return -1;
    default:
        nd_push_syserr(ctx, ND_ENOMEM, "zlib", NULL, NULL);
        return -1;
    }
}

/* ---- buffers ------------------------------------------------------------ */

static void nomem(duk_context *ctx) {
    nd_throw_syserr(ctx, ND_ENOMEM, "zlib", NULL, NULL);
}

/* Copy p[0 .. len) in as the step's input. */
static void take_input(duk_context *ctx, zhandle_t *z, const void *p,
                       size_t len) {
    if (len > z->in_cap) {
        unsigned char *n = realloc(z->in, len);
        if (n == NULL)
            nomem(ctx);
        z->in = n;
        z->in_cap = len;
    }
    if (len > 0)
        memcpy(z->in, p, len);
    z->in_len = len;
    z->codec.strm.next_in = z->in;
    z->codec.strm.avail_in = (uInt)len;
}

/* Give the step room for avail bytes of output. */
static void make_room(duk_context *ctx, zhandle_t *z, size_t avail) {
    if (avail > z->out.cap) {
        unsigned char *n = realloc(z->out.data, avail);
        if (n == NULL)
            nomem(ctx);
        z->out.data = n;
        z->out.cap = avail;
    }
    z->out.len = 0;
    z->avail_out = avail;
    z->codec.strm.next_out = z->out.data;
    z->codec.strm.avail_out = (uInt)avail;
}

/* A run job's buffers may be large: let them go. */
static void drop_buffers(zhandle_t *z) {
    free(z->in);
    free(z->out.data);
    z->in = NULL;
    z->in_cap = z->in_len = 0;
    memset(&z->out, 0, sizeof(z->out));
}

/* ---- pool jobs ---------------------------------------------------------- */

static void job_work(nd_work_req_t *req) {
    zhandle_t *z = req->data;

    if (z->kind == JOB_WRITE)
        nd_zcodec_step(&z->codec, z->flush);
    else
        z->status =
            nd_zcodec_run(&z->codec, z->flush, z->in, z->in_len, z->chunk,
                          z->max, &z->out, &z->consumed, &z->err);
}

/* The reset() or params() that came while the job ran. */
static void apply_deferred(zhandle_t *z) {
    nd_zerror_t e;

    if (z->reset_due)
        nd_zcodec_reset(&z->codec, &e);
    if (z->params_due)
        nd_zcodec_params(&z->codec, z->level, z->strategy, &e);
    z->reset_due = z->params_due = 0;
}

/* Push (err) or (null, output) for the finished job; protected, so that a
 * failed allocation cannot escape.  The state array is at the top. */
static duk_ret_t push_outcome(duk_context *ctx, void *udata) {
    zhandle_t *z = udata;
    duk_idx_t state = duk_get_top_index(ctx);
    int rc;

    duk_push_null(ctx);
    if (z->closed) { /* nobody wants the output any more */
        push_bytes(ctx, NULL, 0);
        rc = 0;
    } else if (z->kind == JOB_WRITE)
        rc = push_write_result(ctx, z, state);
    else
        rc = push_run_result(ctx, z, state, &z->out);
    if (rc < 0)
        duk_remove(ctx, -2); /* cb(err) */
    duk_remove(ctx, state);
    return rc < 0 ? 1 : 2;
}

static void job_after(nd_work_req_t *req, int status) {
    zhandle_t *z = req->data;
    nd_engine_t *e = z->engine;
    duk_context *ctx = nd_engine_ctx(e);
    nd_pin_t self = z->self, cb = z->cb, state = z->state;
    duk_idx_t argc = 0;
    int call = status >= 0 && !nd_engine_exiting(e);

    z->busy = 0;
    z->self = z->cb = z->state = 0;
    if (call) {
        nd_pin_push(ctx, cb);
        nd_pin_push(ctx, state);
        /* Either way two values come back: (null, output), or an error
         * (ours or the failure of push_outcome itself) and undefined. */
        duk_safe_call(ctx, push_outcome, z, 1, 2);
        argc = 2;
        if (duk_is_undefined(ctx, -1)) {
            duk_pop(ctx);
            argc = 1;
        }
    }
    if (z->kind == JOB_RUN)
        drop_buffers(z);
    apply_deferred(z);
    nd_unpin(ctx, cb);
    nd_unpin(ctx, state);
    if (z->closed)
        zhandle_free(z);
    if (call) {
        nd_engine_call(e, argc);
        duk_pop(ctx);
    }
    /* Last: from here on the collector may finalize the handle. */
    nd_unpin(ctx, self);
}

/* Hand the prepared job to the pool; cb is at cb_idx, the state array at
 * state_idx, the handle at 0. */
static duk_ret_t submit(duk_context *ctx, zhandle_t *z, int kind,
                        duk_idx_t state_idx, duk_idx_t cb_idx) {
    int rc;

    z->self = nd_pin(ctx, 0);
    z->cb = nd_pin(ctx, cb_idx);
    z->state = nd_pin(ctx, state_idx);
    z->kind = kind;
    z->req.data = z;
    z->busy = 1;
    rc = nd_queue_work(nd_engine_loop(z->engine), &z->req, ND_WORK_CPU,
                       job_work, job_after);
    if (rc < 0) {
        z->busy = 0;
        nd_unpin(ctx, z->self);
        nd_unpin(ctx, z->cb);
        nd_unpin(ctx, z->state);
        z->self = z->cb = z->state = 0;
        return nd_throw_syserr(ctx, rc, "zlib", NULL, NULL);
    }
    return 0;
}

/* Is the last argument a callback (1), absent (0), or wrong (throws)? */
static int check_cb(duk_context *ctx, duk_idx_t idx) {
    if (duk_is_undefined(ctx, idx))
        return 0;
    nd_check_function(ctx, idx, "callback");
    return 1;
}

/* ---- the binding's functions -------------------------------------------- */

/* create(mode, windowBits, level, memLevel, strategy[, dictionary]) */
static duk_ret_t z_create(duk_context *ctx) {
    int mode = (int)nd_check_integer(ctx, 0, "mode", ND_Z_DEFLATE, ND_Z_UNZIP);
    int wbits = (int)nd_check_integer(ctx, 1, "windowBits", 0, 15);
    int level = (int)nd_check_integer(ctx, 2, "level", -1, 9);
    int mem = (int)nd_check_integer(ctx, 3, "memLevel", 1, 9);
    int strategy = (int)nd_check_integer(ctx, 4, "strategy", 0, Z_FIXED);
    const void *dict = NULL;
    size_t dict_len = 0;
    nd_zerror_t e;
    zhandle_t *z;

    if (wbits < 8 &&
        !(wbits == 0 &&
          (mode == ND_Z_INFLATE || mode == ND_Z_GUNZIP || mode == ND_Z_UNZIP)))
        return nd_throw_range(ctx, 1, "windowBits", ">= 8 && <= 15");
    if (!duk_is_undefined(ctx, 5))
        dict = nd_check_buffer(ctx, 5, "dictionary", &dict_len);
    z = calloc(1, sizeof(*z));
    if (z == NULL)
        nomem(ctx);
    z->engine = nd_engine_get(ctx);
    if (nd_zcodec_init(&z->codec, mode, wbits, level, mem, strategy, dict,
                       dict_len, &e) < 0) {
        zhandle_free(z);
        return nd_throw(ctx, DUK_ERR_ERROR, "ERR_ZLIB_INITIALIZATION_FAILED",
                        "Initialization failed");
    }
    nd_push_handle(ctx, z, &zlib_type);
    duk_push_c_function(ctx, finalize, 1);
    duk_set_finalizer(ctx, -2);
    return 1;
}

/* write(h, flush, chunk|null, availOut, state[, cb]) */
static duk_ret_t z_write(duk_context *ctx) {
    zhandle_t *z = check_idle(ctx, 0);
    int flush = (int)nd_check_integer(ctx, 1, "flush", Z_NO_FLUSH, Z_BLOCK);
    size_t avail = (size_t)nd_check_integer(ctx, 3, "availOut", 1, MAX_LENGTH);
    int async;

    check_state(ctx, 4);
    async = check_cb(ctx, 5);
    if (!duk_is_null_or_undefined(ctx, 2)) {
        size_t len;
        const void *p = nd_check_buffer(ctx, 2, "chunk", &len);
        if (len > MAX_LENGTH)
            return nd_throw_range(ctx, 2, "chunk.length", "<= 2147483646");
        take_input(ctx, z, p, len);
    }
    make_room(ctx, z, avail);
    z->flush = flush;
    if (async)
        return submit(ctx, z, JOB_WRITE, 4, 5);
    nd_zcodec_step(&z->codec, flush);
    if (push_write_result(ctx, z, 4) < 0)
        return duk_throw(ctx);
    return 1;
}

/* run(h, flush, input, chunkSize, maxOutputLength, state[, cb]) */
static duk_ret_t z_run(duk_context *ctx) {
    zhandle_t *z = check_idle(ctx, 0);
    int flush = (int)nd_check_integer(ctx, 1, "flush", Z_NO_FLUSH, Z_BLOCK);
    size_t len;
    const unsigned char *in = nd_check_buffer(ctx, 2, "buffer", &len);
    nd_zbuf_t out = {NULL, 0, 0};
    int async, rc;

    z->chunk = (size_t)nd_check_integer(ctx, 3, "chunkSize", 64, MAX_LENGTH);
    z->max = (size_t)nd_check_integer(ctx, 4, "maxOutputLength", 1, MAX_LENGTH);
    check_state(ctx, 5);
    async = check_cb(ctx, 6);
    z->flush = flush;
    if (async) {
        take_input(ctx, z, in, len);
        z->out.len = 0;
        return submit(ctx, z, JOB_RUN, 5, 6);
    }
    /* Synchronous: no JS runs meanwhile, so zlib may read the caller's
     * bytes where they are. */
    z->in_len = len;
    z->status = nd_zcodec_run(&z->codec, flush, in, len, z->chunk, z->max, &out,
                              &z->consumed, &z->err);
    rc = push_run_result(ctx, z, 5, &out);
    free(out.data);
    return rc < 0 ? duk_throw(ctx) : 1;
}

/* params(h, level, strategy) */
static duk_ret_t z_params(duk_context *ctx) {
    zhandle_t *z = nd_check_handle(ctx, 0, &zlib_type);
    int level = (int)nd_check_integer(ctx, 1, "level", -1, 9);
    int strategy = (int)nd_check_integer(ctx, 2, "strategy", 0, Z_FIXED);
    nd_zerror_t e;

    count_in(ctx, z);
    if (z->busy) {
        z->params_due = 1;
        z->level = level;
        z->strategy = strategy;
        return 0;
    }
    if (nd_zcodec_params(&z->codec, level, strategy, &e) < 0) {
        push_zerror(ctx, &e);
        return duk_throw(ctx);
    }
    return 0;
}

/* reset(h) */
static duk_ret_t z_reset(duk_context *ctx) {
    zhandle_t *z = nd_check_handle(ctx, 0, &zlib_type);
    nd_zerror_t e;

    count_in(ctx, z);
    if (z->busy) {
        z->reset_due = 1;
        return 0;
    }
    if (nd_zcodec_reset(&z->codec, &e) < 0) {
        push_zerror(ctx, &e);
        return duk_throw(ctx);
    }
    return 0;
}

/* close(h): closing twice is fine. */
static duk_ret_t z_close(duk_context *ctx) {
    zhandle_t *z = nd_get_handle(ctx, 0, &zlib_type);

    if (z == NULL)
        return 0;
    nd_handle_clear(ctx, 0);
    if (z->busy)
        z->closed = 1; /* job_after frees it */
    else
        zhandle_free(z);
    return 0;
}

/* crc32(data, value): data a string (as UTF-8) or any buffer. */
static duk_ret_t z_crc32(duk_context *ctx) {
    uint32_t value = nd_check_uint32(ctx, 1, "value");
    const unsigned char *p;
    size_t len;

    if (duk_is_string(ctx, 0))
        p = (const unsigned char *)nd_utf8_encode(ctx, 0, &len);
    else
        p = nd_check_buffer(ctx, 0, "data", &len);
    duk_push_uint(ctx, (duk_uint_t)crc32_z(value, p, len));
    return 1;
}

static const duk_function_list_entry functions[] = {
    {"create", z_create, 6},
    {"write", z_write, 6},
    {"run", z_run, 7},
    {"params", z_params, 3},
    {"reset", z_reset, 1},
    {"close", z_close, 1},
    {"crc32", z_crc32, 2},
    {NULL, NULL, 0},
};

/* zlib.h's values, for zlib.constants (engine/js/zlib_constants.js). */
static const duk_number_list_entry numbers[] = {
    {"Z_NO_FLUSH", Z_NO_FLUSH},
    {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH},
    {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
    {"Z_FULL_FLUSH", Z_FULL_FLUSH},
    {"Z_FINISH", Z_FINISH},
    {"Z_BLOCK", Z_BLOCK},
    {"Z_OK", Z_OK},
    {"Z_STREAM_END", Z_STREAM_END},
    {"Z_NEED_DICT", Z_NEED_DICT},
    {"Z_ERRNO", Z_ERRNO},
    {"Z_STREAM_ERROR", Z_STREAM_ERROR},
    {"Z_DATA_ERROR", Z_DATA_ERROR},
    {"Z_MEM_ERROR", Z_MEM_ERROR},
    {"Z_BUF_ERROR", Z_BUF_ERROR},
    {"Z_VERSION_ERROR", Z_VERSION_ERROR},
    {"Z_NO_COMPRESSION", Z_NO_COMPRESSION},
    {"Z_BEST_SPEED", Z_BEST_SPEED},
    {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
    {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION},
    {"Z_FILTERED", Z_FILTERED},
    {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY},
    {"Z_RLE", Z_RLE},
    {"Z_FIXED", Z_FIXED},
    {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY},
    {"ZLIB_VERNUM", ZLIB_VERNUM},
    {NULL, 0.0},
};

duk_ret_t nd_mod_zlib_open(duk_context *ctx) {
    duk_idx_t obj = duk_push_object(ctx);

    duk_put_function_list(ctx, obj, functions);
    duk_push_object(ctx);
    duk_put_number_list(ctx, -1, numbers);
    duk_put_prop_string(ctx, obj, "constants");
    duk_push_uint(ctx, MAX_LENGTH);
    duk_put_prop_string(ctx, obj, "kMaxLength");
    duk_push_string(ctx, zlibVersion());
    duk_put_prop_string(ctx, obj, "version");
    return 1;
}
