/*
 * stream_wrap.c - internalBinding('stream_wrap'): the native half of the
 * JS streams over loop stream handles (engine/js/handle_stream.js):
 * opening a pipe over an fd, reading, writing, half-closing, closing, and
 * guessing what kind of handle an fd needs (process.stdin and friends).
 *
 * Reading.  Every read of this engine lands in one scratch buffer (64 KiB,
 * made on first use) and is copied into a new Uint8Array of the right
 * size for JS, so a slow consumer holds only what it was given; or, on a
 * handle with a native sink (setSink, see stream_wrap.h), is handed to
 * the sink where it lies.
 *
 * Writing.  writev(handle, chunks, cb) first tries to write everything at
 * once (nd_stream_try_write): when that succeeds, as it does for blocking
 * stdout and usually for a pipe with room, the call returns 0 and cb is
 * never called.  What is left is queued as one loop write request; the
 * chunks array (its strings replaced by their UTF-8 bytes) and cb are
 * pinned until it calls back, and the call returns 1.  A negative return is an error code
 * and nothing was queued.  writeSync(handle, chunk) is the short road of
 * process.stdout and stderr: one chunk, on a handle in blocking mode,
 * written whole before it returns.  tryWrite(handle, chunk) writes what
 * the socket takes now and never queues (the caller writes the rest).
 * bytesWritten counts what every write of the handle wrote.
 *
 * Lifetime.  The engine state "stream_wrap" lists the open handles; at
 * engine exit it closes the ones JS left open.  close(handle, cb) clears
 * the JS handle at once (any later use throws ERR_INVALID_HANDLE); the
 * box is freed in the close callback, after the cancelled requests have
 * called back.  Callbacks never reach JS once the engine is exiting.
 *
 * Threading: the engine's thread.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "../engine/duk_fast.h"
#include "../engine/utf8.h"
#include "stream_wrap.h"

#define SCRATCH_SIZE 65536

typedef struct {
    nd_engine_state_t base;
    nd_queue_t handles; /* nd__sw_t.link */
    char *scratch;      /* where reads land */
} swstate_t;

/* A write that went to the queue. */
typedef struct {
    nd_write_t req;
    nd__sw_t *sw;
    size_t bytes;  /* what the request writes */
    nd_pin_t keep; /* [encoded chunks..., cb] */
} wreq_t;

typedef struct {
    nd_shutdown_t req;
    nd_engine_t *engine;
    nd_pin_t cb;
} sreq_t;

static const nd_handle_type_t stream_type = {"Stream"};

static void state_close(nd_engine_t *e, nd_engine_state_t *base);

static swstate_t *get_state(duk_context *ctx) {
    nd_engine_t *e = nd_engine_get(ctx);
    swstate_t *st = (swstate_t *)nd_engine_find_state(e, "stream_wrap");

    if (st == NULL) {
        st = calloc(1, sizeof(*st));
        if (st == NULL)
            nd_throw_syserr(ctx, ND_ENOMEM, "open", NULL, NULL);
        st->base.name = "stream_wrap";
        st->base.close = state_close;
        nd_queue_init(&st->handles);
        nd_engine_add_state(e, &st->base);
    }
    return st;
}

/* ---- boxes and handles -------------------------------------------------- */

/* see stream_wrap.h */
nd__sw_t *nd__sw_alloc(nd_engine_t *e, size_t handle_size) {
    nd__sw_t *sw;

    if (handle_size < sizeof(nd_stream_t))
        handle_size = sizeof(nd_stream_t);
    sw = calloc(1, offsetof(nd__sw_t, u) + handle_size);
    if (sw == NULL)
        return NULL;
    sw->engine = e;
    nd_queue_init(&sw->link);
    return sw;
}

/* see stream_wrap.h */
nd__sw_t *nd__sw_new(duk_context *ctx, size_t handle_size) {
    nd__sw_t *sw;

    get_state(ctx); /* made now, where a throw is allowed */
    sw = nd__sw_alloc(nd_engine_get(ctx), handle_size);
    if (sw == NULL)
        nd_throw_syserr(ctx, ND_ENOMEM, "open", NULL, NULL);
    return sw;
}

/* see stream_wrap.h */
void nd__sw_push(duk_context *ctx, nd__sw_t *sw, duk_idx_t onread_idx) {
    onread_idx = duk_normalize_index(ctx, onread_idx);
    sw->u.stream.h.data = sw;
    nd_queue_insert_tail(&get_state(ctx)->handles, &sw->link);
    nd_push_handle(ctx, sw, &stream_type);
    duk_dup(ctx, onread_idx);
    duk_put_prop_string(ctx, -2, DUK_HIDDEN_SYMBOL("onread"));
    sw->self = nd_pin(ctx, -1);
}

/* see stream_wrap.h */
nd__sw_t *nd__sw_check(duk_context *ctx, duk_idx_t idx) {
    return nd_check_handle(ctx, idx, &stream_type);
}

/* The close phase is over for this handle: call JS's callback (pinned in
 * h's box as `self`'s hidden "onclose"), release everything. */
static void on_closed(nd_handle_t *h) {
    nd__sw_t *sw = h->data;
    duk_context *ctx = nd_engine_ctx(sw->engine);

    if (sw->self != 0 && !nd_engine_exiting(sw->engine)) {
        nd_pin_push(ctx, sw->self);
        if (duk_get_prop_string(ctx, -1, DUK_HIDDEN_SYMBOL("onclose"))) {
            duk_remove(ctx, -2);
            nd_engine_call(sw->engine, 0);
        } else {
            duk_pop(ctx);
        }
        duk_pop(ctx);
    }
    nd_unpin(ctx, sw->self);
    free(sw);
}

/* see stream_wrap.h */
void nd__sw_discard(nd_handle_t *h) {
    free(h->data);
}

static void release(nd__sw_t *sw) {
    nd_queue_remove(&sw->link);
    nd_close(&sw->u.stream.h, on_closed);
}

static void state_close(nd_engine_t *e, nd_engine_state_t *base) {
    swstate_t *st = (swstate_t *)base;

    (void)e;
    while (!nd_queue_empty(&st->handles))
        release(ND_QUEUE_DATA(nd_queue_head(&st->handles), nd__sw_t, link));
    free(st->scratch);
    free(st);
}

/* ---- reading ------------------------------------------------------------ */

static void alloc_cb(nd_stream_t *s, size_t suggested, nd_buf_t *buf) {
    nd__sw_t *sw = s->h.data;
    swstate_t *st =
        (swstate_t *)nd_engine_find_state(sw->engine, "stream_wrap");

    (void)suggested;
    if (st->scratch == NULL)
        st->scratch = malloc(SCRATCH_SIZE);
    buf->base = st->scratch; /* NULL: the read reports ENOBUFS */
    buf->len = st->scratch != NULL ? SCRATCH_SIZE : 0;
}

#define KEY_SINK DUK_HIDDEN_SYMBOL("sink")
#define KEY_SINK_ARG DUK_HIDDEN_SYMBOL("sinkArg")

/* see stream_wrap.h */
const char *nd__sw_sink_chunk(const nd__sw_t *sw, size_t *len) {
    *len = sw->sink_base != NULL ? sw->sink_len : 0;
    return sw->sink_base;
}

/* sink(arg, handle), the chunk in sw->sink_base for the call's length */
static void give_sink(nd__sw_t *sw, duk_context *ctx, const nd_buf_t *buf,
                      int nread) {
    nd_pin_push(ctx, sw->self);
    nd_duk_get_literal(ctx, -1, KEY_SINK);
    nd_duk_get_literal(ctx, -2, KEY_SINK_ARG);
    duk_pull(ctx, -3);
    sw->sink_base = buf->base;
    sw->sink_len = (size_t)nread;
    nd_engine_call(sw->engine, 2);
    sw->sink_base = NULL;
    sw->sink_len = 0;
    duk_pop(ctx);
}

/* onread(handle, nread, chunk), or the sink's call */
static void read_cb(nd_stream_t *s, int nread, const nd_buf_t *buf) {
    nd__sw_t *sw = s->h.data;
    duk_context *ctx = nd_engine_ctx(sw->engine);

    if (nread == 0 || nd_engine_exiting(sw->engine))
        return;
    if (nread > 0 && sw->has_sink) {
        give_sink(sw, ctx, buf, nread);
        return;
    }
    nd_pin_push(ctx, sw->self);
    nd_duk_get_literal(ctx, -1, DUK_HIDDEN_SYMBOL("onread"));
    duk_swap_top(ctx, -2);
    duk_push_int(ctx, nread);
    if (nread > 0) {
        /* Not zero-filled: every byte is overwritten at once. */
        void *p = duk_push_buffer_raw(ctx, (duk_size_t)nread,
                                      DUK_BUF_FLAG_NOZERO);

        memcpy(p, buf->base, (size_t)nread);
        duk_push_buffer_object(ctx, -1, 0, (duk_size_t)nread,
                               DUK_BUFOBJ_UINT8ARRAY);
        duk_remove(ctx, -2);
    } else {
        duk_push_undefined(ctx);
    }
    nd_engine_call(sw->engine, 3);
    duk_pop(ctx);
}

/* readStart(handle) -> 0 or a negative code */
static duk_ret_t sw_read_start(duk_context *ctx) {
    nd__sw_t *sw = nd__sw_check(ctx, 0);

    duk_push_int(ctx, nd_stream_read_start(&sw->u.stream, alloc_cb, read_cb));
    return 1;
}

/* setSink(handle, fn, arg): fn a native function, or null for none
 * (see stream_wrap.h) */
static duk_ret_t sw_set_sink(duk_context *ctx) {
    nd__sw_t *sw = nd__sw_check(ctx, 0);

    if (duk_is_null_or_undefined(ctx, 1)) {
        sw->has_sink = 0;
        duk_push_undefined(ctx);
        duk_put_prop_literal(ctx, 0, KEY_SINK);
        duk_push_undefined(ctx);
        duk_put_prop_literal(ctx, 0, KEY_SINK_ARG);
        return 0;
    }
    if (!duk_is_c_function(ctx, 1))
        return nd_throw_arg_type(ctx, 1, "sink", "native function");
    duk_dup(ctx, 1);
    duk_put_prop_literal(ctx, 0, KEY_SINK);
    duk_dup(ctx, 2);
    duk_put_prop_literal(ctx, 0, KEY_SINK_ARG);
    sw->has_sink = 1;
    return 0;
}

/* readStop(handle) -> 0 */
static duk_ret_t sw_read_stop(duk_context *ctx) {
    nd__sw_t *sw = nd__sw_check(ctx, 0);

    duk_push_int(ctx, nd_stream_read_stop(&sw->u.stream));
    return 1;
}

/* ---- writing ------------------------------------------------------------ */

/* The queued part of a writev is written (status 0) or failed: cb(status).
 * Runs before the handle's close callback, so w->sw is still there. */
static void after_write(nd_write_t *req, int status) {
    wreq_t *w = (wreq_t *)req;
    nd_engine_t *e = w->sw->engine;
    duk_context *ctx = nd_engine_ctx(e);

    if (status == 0)
        w->sw->bytes_written += (double)w->bytes;
    if (!nd_engine_exiting(e)) {
        nd_pin_push(ctx, w->keep);
        nd_duk_get_literal(ctx, -1, "cb");
        duk_remove(ctx, -2);
        duk_push_int(ctx, status);
        nd_engine_call(e, 1);
        duk_pop(ctx);
    }
    nd_unpin(ctx, w->keep);
    free(w);
}

/* Queue what try_write left of bufs[0 .. n): `done` bytes went already.
 * The keep array (at keep_idx) gets cb and is pinned. */
static int queue_rest(duk_context *ctx, nd__sw_t *sw, nd_buf_t *bufs,
                      unsigned n, size_t done, size_t total,
                      duk_idx_t keep_idx) {
    wreq_t *w;
    unsigned i = 0;
    int rc;

    w = calloc(1, sizeof(*w));
    if (w == NULL)
        return ND_ENOMEM;
    w->sw = sw;
    w->bytes = total - done;
    while (i < n && done >= bufs[i].len)
        done -= bufs[i++].len;
    bufs[i].base += done;
    bufs[i].len -= done;
    rc = nd_stream_write(&w->req, &sw->u.stream, bufs + i, n - i, after_write);
    if (rc < 0) {
        free(w);
        return rc;
    }
    duk_dup(ctx, 2);
    duk_put_prop_string(ctx, keep_idx, "cb");
    w->keep = nd_pin(ctx, keep_idx);
    return 1;
}

/* The bytes of the chunk at idx: a string (as UTF-8; the slot may be
 * replaced by the encoding) or bytes.  NULL for anything else. */
static const char *chunk_bytes(duk_context *ctx, duk_idx_t idx, size_t *len) {
    static const char empty[1];
    const char *p;

    if (duk_is_string(ctx, idx) && !duk_is_symbol(ctx, idx))
        p = nd_utf8_encode(ctx, idx, len);
    else if (duk_is_buffer_data(ctx, idx))
        p = duk_get_buffer_data(ctx, idx, len);
    else
        return NULL;
    return p != NULL ? p : empty; /* an empty buffer may have no memory */
}

static duk_ret_t throw_chunk(duk_context *ctx, duk_idx_t idx) {
    return nd_throw_arg_type(ctx, idx, "chunk",
                             "string or an instance of Buffer");
}

/* writeSync(handle, chunk) -> 0 or a negative code: the whole chunk is
 * written now.  Only for a handle in blocking mode (ND_EINVAL otherwise,
 * nothing written), where a write cannot stop half-way but on an error. */
static duk_ret_t sw_write_sync(duk_context *ctx) {
    nd__sw_t *sw = nd__sw_check(ctx, 0);
    nd_buf_t buf;
    size_t done = 0;
    int rc = ND_EINVAL;

    buf.base = (char *)chunk_bytes(ctx, 1, &buf.len);
    if (buf.base == NULL)
        return throw_chunk(ctx, 1);
    if (nd_stream_is_blocking(&sw->u.stream)) {
        rc = nd_stream_try_write(&sw->u.stream, &buf, 1, &done);
        sw->bytes_written += (double)done;
        if (rc == 0 && done < buf.len)
            rc = ND_EAGAIN; /* queued writes came first */
    }
    duk_push_int(ctx, rc);
    return 1;
}

/* tryWrite(handle, chunk) -> the bytes of chunk left unwritten (0: all
 * of it went now; the rest is the caller's to write) or a negative code
 * when nothing went.  Never queues: nothing is written while earlier
 * writes are queued.  A string is written as UTF-8.  The short road of a small http response (internal/http_outgoing)
 * when nothing else is pending on the socket. */
static duk_ret_t sw_try_write(duk_context *ctx) {
    nd__sw_t *sw = nd__sw_check(ctx, 0);
    nd_buf_t buf;
    size_t done = 0;
    int rc;

    buf.base = (char *)chunk_bytes(ctx, 1, &buf.len);
    if (buf.base == NULL)
        return throw_chunk(ctx, 1);
    rc = nd_stream_try_write(&sw->u.stream, &buf, 1, &done);
    sw->bytes_written += (double)done;
    /* Bytes that went are never offered again: after a partial write the
     * caller gets what is left, and its write() meets the error. */
    if (rc == ND_EAGAIN || (rc < 0 && done > 0))
        rc = 0;
    if (rc < 0)
        duk_push_int(ctx, rc);
    else
        duk_push_number(ctx, (double)(buf.len - done));
    return 1;
}

/* bytesWritten(handle) -> bytes written so far */
static duk_ret_t sw_bytes_written(duk_context *ctx) {
    duk_push_number(ctx, nd__sw_check(ctx, 0)->bytes_written);
    return 1;
}

/* writev(handle, chunks, cb) -> 0 (all written), 1 (queued: cb(status)
 * follows) or a negative code.  A chunk is bytes or a string (UTF-8). */
static duk_ret_t sw_writev(duk_context *ctx) {
    nd__sw_t *sw = nd__sw_check(ctx, 0);
    nd_buf_t small[16], *bufs = small;
    size_t total = 0, done = 0;
    duk_idx_t keep;
    unsigned n, i;
    int rc;

    if (!duk_is_array(ctx, 1))
        return nd_throw_arg_type(ctx, 1, "chunks", "Array");
    nd_check_function(ctx, 2, "callback");
    n = (unsigned)duk_get_length(ctx, 1);
    if (n == 0) {
        duk_push_int(ctx, 0);
        return 1;
    }
    if (n > sizeof(small) / sizeof(small[0])) {
        bufs = malloc(n * sizeof(*bufs));
        if (bufs == NULL)
            return nd_throw_syserr(ctx, ND_ENOMEM, "write", NULL, NULL);
    }
    /* The chunks array itself keeps the bytes alive while queued: a
     * string in it is replaced by its UTF-8 bytes.  (The arrays come from
     * internal/handle_stream, made for this call.) */
    keep = 1;
    for (i = 0; i < n; i++) {
        const void *p;
        size_t len;
        int encoded;

        duk_get_prop_index(ctx, 1, i);
        encoded = duk_is_string(ctx, -1);
        p = chunk_bytes(ctx, -1, &len);
        if (p == NULL) {
            if (bufs != small)
                free(bufs);
            return throw_chunk(ctx, -1);
        }
        bufs[i].base = (char *)p;
        bufs[i].len = len;
        total += len;
        if (encoded)
            duk_put_prop_index(ctx, keep, i);
        else
            duk_pop(ctx);
    }
    rc = nd_stream_try_write(&sw->u.stream, bufs, n, &done);
    sw->bytes_written += (double)done;
    if (rc == ND_EAGAIN) /* earlier writes are queued: join them */
        rc = 0;
    if (rc == 0 && done < total)
        rc = queue_rest(ctx, sw, bufs, n, done, total, keep);
    if (bufs != small)
        free(bufs);
    duk_push_int(ctx, rc);
    return 1;
}

/* writeQueueSize(handle) -> bytes queued and not yet written */
static duk_ret_t sw_write_queue_size(duk_context *ctx) {
    nd__sw_t *sw = nd__sw_check(ctx, 0);

    duk_push_number(ctx, (double)sw->u.stream.write_queue_size);
    return 1;
}

/* setBlocking(handle, on) -> 0 or a negative code */
static duk_ret_t sw_set_blocking(duk_context *ctx) {
    nd__sw_t *sw = nd__sw_check(ctx, 0);

    duk_push_int(ctx, nd_stream_set_blocking(&sw->u.stream,
                                             nd_check_bool(ctx, 1, "on")));
    return 1;
}

static void after_shutdown(nd_shutdown_t *req, int status) {
    sreq_t *r = (sreq_t *)req;

    nd_engine_call_status(r->engine, r->cb, status);
    free(r);
}

/* shutdown(handle, cb) -> 0 (cb(status) follows) or a negative code */
static duk_ret_t sw_shutdown(duk_context *ctx) {
    nd__sw_t *sw = nd__sw_check(ctx, 0);
    sreq_t *r;
    int rc;

    nd_check_function(ctx, 1, "callback");
    r = calloc(1, sizeof(*r));
    if (r == NULL)
        return nd_throw_syserr(ctx, ND_ENOMEM, "shutdown", NULL, NULL);
    r->engine = sw->engine;
    rc = nd_stream_shutdown(&r->req, &sw->u.stream, after_shutdown);
    if (rc < 0)
        free(r);
    else
        r->cb = nd_pin(ctx, 1);
    duk_push_int(ctx, rc);
    return 1;
}

/* ---- the handle --------------------------------------------------------- */

/* close(handle[, cb]): cb() runs once the handle is closed.  Closing a
 * closed handle does nothing. */
static duk_ret_t sw_close(duk_context *ctx) {
    nd__sw_t *sw = nd_get_handle(ctx, 0, &stream_type);

    if (sw == NULL)
        return 0;
    if (!duk_is_undefined(ctx, 1)) {
        nd_check_function(ctx, 1, "callback");
        duk_dup(ctx, 1);
        duk_put_prop_string(ctx, 0, DUK_HIDDEN_SYMBOL("onclose"));
    }
    nd_handle_clear(ctx, 0);
    release(sw);
    return 0;
}

/* ref(handle, on): whether the handle keeps the loop alive */
static duk_ret_t sw_ref(duk_context *ctx) {
    nd__sw_t *sw = nd__sw_check(ctx, 0);

    if (nd_check_bool(ctx, 1, "ref"))
        nd_ref(&sw->u.stream.h);
    else
        nd_unref(&sw->u.stream.h);
    return 0;
}

/* pipeOpen(fd, onread) -> handle, or a negative code */
static duk_ret_t sw_pipe_open(duk_context *ctx) {
    int fd = (int)nd_check_integer(ctx, 0, "fd", 0, INT32_MAX);
    nd__sw_t *sw;
    int rc;

    nd_check_function(ctx, 1, "onread");
    sw = nd__sw_new(ctx, sizeof(nd_pipe_t));
    nd_pipe_init(nd_engine_loop(sw->engine), &sw->u.pipe);
    rc = nd_pipe_open(&sw->u.pipe, fd);
    if (rc < 0) {
        sw->u.stream.h.data = sw;
        nd_close(&sw->u.stream.h, on_closed); /* frees sw, calls nothing */
        duk_push_int(ctx, rc);
        return 1;
    }
    nd__sw_push(ctx, sw, 1);
    return 1;
}

/* errname(code) -> 'EPIPE'; errmessage(code) -> 'broken pipe' */
static duk_ret_t sw_errname(duk_context *ctx) {
    duk_push_string(ctx, nd_err_name(nd_check_int32(ctx, 0, "err")));
    return 1;
}

static duk_ret_t sw_errmessage(duk_context *ctx) {
    duk_push_string(ctx, nd_err_message(nd_check_int32(ctx, 0, "err")));
    return 1;
}

static const char *const kind_names[] = {"UNKNOWN", "FILE", "TTY",
                                         "PIPE",    "TCP",  "UDP"};

/* guessHandleType(fd) -> 'TTY', 'FILE', 'PIPE', 'TCP', 'UDP', 'UNKNOWN' */
static duk_ret_t sw_guess_handle_type(duk_context *ctx) {
    int fd = (int)nd_check_integer(ctx, 0, "fd", 0, INT32_MAX);
    nd_fd_kind kind = nd_guess_handle(fd);

    if ((unsigned)kind >= sizeof(kind_names) / sizeof(kind_names[0]))
        kind = ND_FD_UNKNOWN;
    duk_push_string(ctx, kind_names[kind]);
    return 1;
}

static const duk_function_list_entry funcs[] = {
    {"bytesWritten", sw_bytes_written, 1},
    {"close", sw_close, 2},
    {"errmessage", sw_errmessage, 1},
    {"errname", sw_errname, 1},
    {"guessHandleType", sw_guess_handle_type, 1},
    {"pipeOpen", sw_pipe_open, 2},
    {"readStart", sw_read_start, 1},
    {"readStop", sw_read_stop, 1},
    {"ref", sw_ref, 2},
    {"setBlocking", sw_set_blocking, 2},
    {"setSink", sw_set_sink, 3},
    {"shutdown", sw_shutdown, 2},
    {"writeQueueSize", sw_write_queue_size, 1},
    {"writeSync", sw_write_sync, 2},
    {"tryWrite", sw_try_write, 2},
    {"writev", sw_writev, 3},
    {NULL, NULL, 0}};

/* see engine.h */
duk_ret_t nd_mod_stream_wrap_open(duk_context *ctx) {
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, funcs);
    duk_push_int(ctx, ND_EOF);
    duk_put_prop_string(ctx, -2, "EOF");
    duk_push_int(ctx, ND_ENOTCONN);
    duk_put_prop_string(ctx, -2, "ENOTCONN");
    duk_push_int(ctx, ND_EBADF);
    duk_put_prop_string(ctx, -2, "EBADF");
    return 1;
}
