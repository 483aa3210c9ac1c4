/*
 * http_end.c - the short road of OutgoingMessage.end(chunk), in C: a
 * response (or client request) whose whole body is one string given to
 * end() goes out as one write of its head and body, straight to the
 * socket's handle.
 *
 *   end(chunk[, encoding][, callback])   OutgoingMessage.prototype.end
 *
 * It is what end() did in JS step for step; every other call goes on to
 * the JS end() (internal/http_outgoing), end.long.  It was the costliest part
 * of a request in JS: about 170 bytecodes for some twenty property reads,
 * three calls and a string join.  Here the reads are the short ones of
 * duk_fast.h and the head and body go out as two buffers of one writev,
 * unjoined.
 *
 * The road is taken only when all of these hold, read before anything
 * changes: chunk is a non-empty string; msg.socket is an object whose
 * _httpMessage is msg; msg is not finished, not destroyed, its head not
 * sent, its trailer empty and its outputData empty.  Then, if msg has no
 * head yet, its _contentLength is set and msg._implicitHeader() makes
 * the head (a head that went out at once, for an Expect header, closes
 * the road).  Then the socket must be writable now: it has its handle
 * (socket[kHandle]), nothing queued or corked in its Writable, is not
 * ending, destroyed or connecting.  The bytes written are the head, then
 * the body (framed as the last chunk when msg.chunkedEncoding; none when
 * not msg._hasBody), each a string written as UTF-8, as JS `+` and
 * tryWrite did.
 *
 * When the road is closed, nothing is written (a head may have been made)
 * and end.long takes the call.  Otherwise end() returns the message,
 * having done, in the long road's order: msg's head is sent and msg is
 * finished (_headerSent, finished); the socket's activity timer is
 * refreshed; the tick onFinish(msg) is queued when every byte went (as
 * the Writable's callback would have been), or else writeRest(msg,
 * socket, rest) is called with the bytes the socket did not take now, a
 * Uint8Array; _corked is 0; and msg._finish() has run when msg has
 * listeners (or is not the shared one).
 *
 * The function's own properties, set once by internal/http_outgoing, are
 * what it uses: long (the JS end), onFinish, writeRest, finish
 * (OutgoingMessage.prototype._finish) and kHandle (the socket's handle
 * key).
 *
 * Threading: the engine's thread.
 */
#include <string.h>

#include "../engine/duk_fast.h"
#include "../engine/engine.h"
#include "../engine/utf8.h"
#include "../loop/stream.h"
#include "http_end.h"
#include "stream_wrap.h"
#include "tasks.h"

/* The value stack of end_whole(). */
enum { E_MSG = 0, E_CHUNK, E_FN, E_SOCKET, E_HEAD, E_BODY, E_FRAME };

/* ToBoolean(obj[key]), obj at idx; key a literal. */
#define truthy(ctx, idx, key)                                                  \
    (nd_duk_get_literal((ctx), (idx), key), pop_truthy(ctx))

static int pop_truthy(duk_context *ctx) {
    int v = duk_to_boolean(ctx, -1);
    duk_pop(ctx);
    return v;
}

/* obj[key] === 0, obj at idx; key a literal. */
#define is_zero(ctx, idx, key)                                                 \
    (nd_duk_get_literal((ctx), (idx), key), pop_zero(ctx))

static int pop_zero(duk_context *ctx) {
    int zero = duk_is_number(ctx, -1) && duk_get_number(ctx, -1) == 0;
    duk_pop(ctx);
    return zero;
}

/* Can msg end by this road?  Reads only. */
static int may_end(duk_context *ctx) {
    duk_size_t n;
    int ok;

    if (!duk_is_string(ctx, E_CHUNK) || duk_is_symbol(ctx, E_CHUNK) ||
        (duk_get_lstring(ctx, E_CHUNK, &n), n == 0))
        return 0;
    if (!duk_is_object(ctx, E_SOCKET))
        return 0;
    if (truthy(ctx, E_MSG, "finished") || truthy(ctx, E_MSG, "_headerSent") ||
        truthy(ctx, E_MSG, "destroyed"))
        return 0;
    nd_duk_get_literal(ctx, E_MSG, "_trailer");
    ok = duk_is_string(ctx, -1) && (duk_get_lstring(ctx, -1, &n), n == 0);
    duk_pop(ctx);
    if (!ok)
        return 0;
    nd_duk_get_literal(ctx, E_SOCKET, "_httpMessage");
    ok = duk_strict_equals(ctx, -1, E_MSG);
    duk_pop(ctx);
    if (!ok)
        return 0;
    nd_duk_get_literal(ctx, E_MSG, "outputData");
    ok = duk_is_array(ctx, -1) && duk_get_length(ctx, -1) == 0;
    duk_pop(ctx);
    return ok;
}

/* The socket's stream handle when a write may go to it now (what
 * internal/handle_stream's tryWrite checks), else NULL.  Pushes the
 * handle object or undefined. */
static nd__sw_t *writable_now(duk_context *ctx) {
    int ok;

    nd_duk_get_literal(ctx, E_FN, "kHandle");
    nd_duk_get_prop(ctx, E_SOCKET); /* [... handle] */
    if (!duk_is_object(ctx, -1) || truthy(ctx, E_SOCKET, "connecting"))
        return NULL;
    nd_duk_get_literal(ctx, E_SOCKET, "_writableState");
    ok = duk_is_object(ctx, -1) && is_zero(ctx, -1, "length") &&
         is_zero(ctx, -1, "corked") && !truthy(ctx, -1, "ending") &&
         !truthy(ctx, -1, "destroyed");
    duk_pop(ctx);
    return ok ? nd__sw_check(ctx, -1) : NULL;
}

/* The head, and the body as the message frames it, as UTF-8 buffers;
 * returns how many. */
static unsigned gather(duk_context *ctx, nd_buf_t bufs[4]) {
    static const char tail[] = "\r\n0\r\n\r\n";
    unsigned n = 0;
    size_t len;

    nd_duk_get_literal(ctx, E_MSG, "_header"); /* a string (checked) */
    bufs[n].base = (char *)nd_utf8_encode(ctx, E_HEAD, &bufs[n].len);
    n++;
    duk_push_undefined(ctx); /* E_BODY */
    duk_push_undefined(ctx); /* E_FRAME */
    if (!truthy(ctx, E_MSG, "_hasBody"))
        return n;
    duk_dup(ctx, E_CHUNK);
    duk_replace(ctx, E_BODY);
    bufs[n + 1].base = (char *)nd_utf8_encode(ctx, E_BODY, &len);
    bufs[n + 1].len = len;
    if (!truthy(ctx, E_MSG, "chunkedEncoding")) {
        bufs[n] = bufs[n + 1];
        return n + 1;
    }
    /* the size line, the chunk, its CRLF and the last (empty) chunk */
    duk_push_sprintf(ctx, "%lx\r\n", (unsigned long)len);
    duk_replace(ctx, E_FRAME);
    bufs[n].base = (char *)duk_get_lstring(ctx, E_FRAME, &bufs[n].len);
    bufs[n + 2].base = (char *)tail;
    bufs[n + 2].len = sizeof(tail) - 1;
    return n + 3;
}

/* Push what the first `done` bytes of bufs left, as a Uint8Array. */
static void push_rest(duk_context *ctx, const nd_buf_t *bufs, unsigned n,
                      size_t done, size_t total) {
    size_t at = 0, skip;
    unsigned i;
    char *p;

    p = duk_push_fixed_buffer(ctx, total - done);
    for (i = 0; i < n; i++) {
        skip = done > bufs[i].len ? bufs[i].len : done;
        done -= skip;
        memcpy(p + at, bufs[i].base + skip, bufs[i].len - skip);
        at += bufs[i].len - skip;
    }
    duk_push_buffer_object(ctx, -1, 0, at, DUK_BUFOBJ_UINT8ARRAY);
    duk_remove(ctx, -2);
}

/* msg._finish(), which emits 'prefinish' when msg has listeners (a
 * subclass may have its own _finish). */
static void call_finish(duk_context *ctx) {
    int call;

    nd_duk_get_literal(ctx, E_MSG, "_finish");
    nd_duk_get_literal(ctx, E_FN, "finish");
    call = !duk_strict_equals(ctx, -1, -2);
    duk_pop(ctx);
    if (!call) {
        nd_duk_get_literal(ctx, E_MSG, "_events");
        call = !duk_is_undefined(ctx, -1);
        duk_pop(ctx);
    }
    if (call) {
        duk_dup(ctx, E_MSG);
        duk_call_method(ctx, 0);
    }
    duk_pop(ctx);
}

/* The socket did something: its idle timer starts over. */
static void refresh_timer(duk_context *ctx) {
    nd_duk_get_literal(ctx, E_SOCKET, "_activityTimer");
    if (duk_is_object(ctx, -1)) {
        nd_duk_get_literal(ctx, -1, "refresh");
        duk_swap_top(ctx, -2);
        duk_call_method(ctx, 0);
    }
    duk_pop(ctx);
}

/* The short road on [msg chunk]; returns 1 when taken, 0 when declined
 * having written nothing (see the file comment). */
static int end_whole(duk_context *ctx) {
    nd_buf_t bufs[4];
    nd__sw_t *sw;
    size_t done = 0, total = 0;
    unsigned n, i;
    int rc;

    duk_push_current_function(ctx); /* E_FN */
    if (!duk_is_object(ctx, E_MSG))
        return 0;
    nd_duk_get_literal(ctx, E_MSG, "socket"); /* E_SOCKET */
    if (!may_end(ctx))
        return 0;
    nd_duk_get_literal(ctx, E_MSG, "_header");
    rc = duk_is_null(ctx, -1);
    duk_pop(ctx);
    if (rc) { /* no head yet: the body's length is the Content-Length */
        duk_dup(ctx, E_CHUNK);
        nd_utf8_encode(ctx, -1, &done);
        duk_pop(ctx);
        duk_push_number(ctx, (double)done);
        nd_duk_put_literal(ctx, E_MSG, "_contentLength");
        duk_get_prop_literal(ctx, E_MSG, "_implicitHeader");
        duk_dup(ctx, E_MSG);
        duk_call_method(ctx, 0);
        duk_pop(ctx);
        if (truthy(ctx, E_MSG, "_headerSent"))
            return 0;
    }
    nd_duk_get_literal(ctx, E_MSG, "_header");
    rc = duk_is_string(ctx, -1);
    duk_pop(ctx);
    if (!rc)
        return 0;
    sw = writable_now(ctx);
    duk_pop(ctx); /* the handle, kept alive by the socket */
    if (sw == NULL)
        return 0;

    n = gather(ctx, bufs);
    for (i = 0; i < n; i++)
        total += bufs[i].len;
    done = 0;
    rc = nd_stream_try_write(&sw->u.stream, bufs, n, &done);
    sw->bytes_written += (double)done;
    if (done == 0 && rc < 0 && rc != ND_EAGAIN)
        return 0; /* nothing went: the long road tells why */
    refresh_timer(ctx);
    duk_push_true(ctx);
    nd_duk_put_literal(ctx, E_MSG, "_headerSent");
    duk_push_true(ctx);
    nd_duk_put_literal(ctx, E_MSG, "finished");
    if (done == total) { /* the Writable's callback would follow: onFinish */
        nd_duk_get_literal(ctx, E_FN, "onFinish");
        nd_tick_push1(ctx, -1, E_MSG);
        duk_pop(ctx);
    } else { /* writeRest(msg, socket, the bytes left) */
        nd_duk_get_literal(ctx, E_FN, "writeRest");
        duk_dup(ctx, E_MSG);
        duk_dup(ctx, E_SOCKET);
        push_rest(ctx, bufs, n, done, total);
        duk_call(ctx, 3);
        duk_pop(ctx);
    }
    if (!is_zero(ctx, E_MSG, "_corked")) {
        duk_push_int(ctx, 0);
        nd_duk_put_literal(ctx, E_MSG, "_corked");
    }
    call_finish(ctx);
    return 1;
}

/* see the file comment */
duk_ret_t nd__http_end(duk_context *ctx) {
    duk_set_top(ctx, 3); /* [chunk encoding callback] */
    if (duk_is_string(ctx, 0) && duk_is_undefined(ctx, 1) &&
        duk_is_undefined(ctx, 2)) {
        duk_set_top(ctx, 1);
        duk_push_this(ctx);
        duk_swap(ctx, 0, 1); /* [msg chunk] */
        if (end_whole(ctx)) {
            duk_push_this(ctx);
            return 1;
        }
        duk_set_top(ctx, 2);
        duk_remove(ctx, 0);
        duk_push_undefined(ctx);
        duk_push_undefined(ctx);
    }
    /* the long road: end.long.call(this, chunk, encoding, callback) */
    duk_push_current_function(ctx);
    nd_duk_get_literal(ctx, -1, "long");
    duk_remove(ctx, -2);
    duk_insert(ctx, 0);
    duk_push_this(ctx);
    duk_insert(ctx, 1);
    duk_call_method(ctx, 3);
    return 1;
}

/* ---- 'finish' --------------------------------------------------------------
 *
 *   onFinish(msg)
 *       the callback of a message's last write: unless its socket failed,
 *       msg._writableFinished is set, msg._beforeFinish() runs (when not
 *       null) and msg emits 'finish' (when it has listeners).
 *   serverFinish()   (this: a ServerResponse; its _beforeFinish)
 *       the server's part of a response's finish, just before 'finish'
 *       (as Node's first 'finish' listener would be): the request leaves
 *       its connection's list (conn.incoming); a request nobody read is
 *       dumped (an untouched one that ended only marked _dumped, as
 *       _dump() would leave it); the response leaves the socket
 *       (detachSocket) and is closed: 'close' in a tick if anyone
 *       listens, else, once 'finish' is emitted (a listener may ask for
 *       'close'), only marked destroyed and closed; and the socket
 *       goes on: it ends after a last response (res._last), passes to
 *       the next response waiting (conn.outgoing), or, idle, gets the
 *       keep-alive timeout: keepAliveTimeout plus keepAliveBuffer ms,
 *       set when server.timeout is set (conn.keepAliveTimeoutSet: the
 *       next request clears it), else left armed (conn.keepAliveArmed)
 *       and set again only when the socket's timeout differs.
 *       Its own properties, set by internal/http_server: emitClose (the
 *       tick that emits 'close'), detachSocket (ServerResponse's own:
 *       another one is called instead of done here), keepAliveBuffer and
 *       keepAliveMs (for a keepAliveTimeout that is not a number).
 */

/* this.method(), this at idx; key a literal.  Leaves the result. */
#define call_method0(ctx, idx, key)                                            \
    (nd_duk_get_literal((ctx), (idx), key), duk_dup((ctx), (idx)),            \
     duk_call_method((ctx), 0))

/* obj[key] = true, obj at idx; key a literal. */
#define set_true(ctx, idx, key)                                                \
    (duk_push_true(ctx), nd_duk_put_literal((ctx), (idx), key))

/* The request leaves conn.incoming (at idx): the usual list is [req]. */
static void leave_incoming(duk_context *ctx, duk_idx_t list, duk_idx_t req) {
    duk_size_t n = duk_get_length(ctx, list);
    int first;

    duk_get_prop_index(ctx, list, 0);
    first = duk_strict_equals(ctx, -1, req);
    duk_pop(ctx);
    if (first && n == 1) {
        duk_set_length(ctx, list, 0);
    } else if (first) {
        call_method0(ctx, list, "shift");
        duk_pop(ctx);
    } else { /* i = indexOf(req); if (i !== -1) splice(i, 1) */
        nd_duk_get_literal(ctx, list, "indexOf");
        duk_dup(ctx, list);
        duk_dup(ctx, req);
        duk_call_method(ctx, 1);
        if (duk_get_number(ctx, -1) >= 0) {
            nd_duk_get_literal(ctx, list, "splice");
            duk_dup(ctx, list);
            duk_dup(ctx, -3);
            duk_push_int(ctx, 1);
            duk_call_method(ctx, 2);
            duk_pop(ctx);
        }
        duk_pop(ctx);
    }
}

/* A request whose response finished: dump what nobody read. */
static void dump_request(duk_context *ctx, duk_idx_t req) {
    int untouched;

    if (truthy(ctx, req, "_consuming") || truthy(ctx, req, "_dumped"))
        return; /* read, or dumped already */
    untouched = !truthy(ctx, req, "_stateMade") && truthy(ctx, req, "_ended") &&
                is_zero(ctx, req, "_eventsCount");
    if (untouched) {
        set_true(ctx, req, "_dumped");
    } else {
        call_method0(ctx, req, "_dump");
        duk_pop(ctx);
    }
}

/* socket.setTimeout(ms) */
static void set_timeout(duk_context *ctx, duk_idx_t socket, double ms) {
    nd_duk_get_literal(ctx, socket, "setTimeout");
    duk_dup(ctx, socket);
    duk_push_number(ctx, ms);
    duk_call_method(ctx, 1);
    duk_pop(ctx);
}

/* The idle connection's keep-alive timeout (see above). */
static void arm_keep_alive(duk_context *ctx, duk_idx_t fn, duk_idx_t conn,
                           duk_idx_t socket, duk_idx_t server) {
    double ms;
    int is_fn, same;

    /* ms: keepAliveMs(server) of internal/http_server, by the short road
     * when keepAliveTimeout is a number */
    nd_duk_get_literal(ctx, server, "keepAliveTimeout");
    if (duk_is_number(ctx, -1)) {
        ms = duk_get_number(ctx, -1);
        if (ms != 0 && ms == ms) {
            nd_duk_get_literal(ctx, fn, "keepAliveBuffer");
            ms += duk_get_number(ctx, -1);
            duk_pop(ctx);
        } else {
            ms = 0;
        }
    } else {
        nd_duk_get_literal(ctx, fn, "keepAliveMs");
        duk_dup(ctx, server);
        duk_call(ctx, 1);
        ms = nd_duk_truthy(ctx, -1) ? duk_to_number(ctx, -1) : 0;
        duk_pop(ctx);
    }
    duk_pop(ctx);
    if (ms == 0)
        return;
    nd_duk_get_literal(ctx, socket, "setTimeout");
    is_fn = duk_is_function(ctx, -1);
    duk_pop(ctx);
    if (!is_fn)
        return;
    if (truthy(ctx, server, "timeout")) {
        set_timeout(ctx, socket, ms);
        set_true(ctx, conn, "keepAliveTimeoutSet");
        return;
    }
    if (truthy(ctx, conn, "keepAliveArmed")) {
        nd_duk_get_literal(ctx, socket, "timeout");
        same = duk_is_number(ctx, -1) && duk_get_number(ctx, -1) == ms;
        duk_pop(ctx);
        if (same)
            return; /* armed already, and for as long */
    }
    set_timeout(ctx, socket, ms);
    set_true(ctx, conn, "keepAliveArmed");
}

/* Does anyone listen for res's 'close'? */
static int close_heard(duk_context *ctx, duk_idx_t res) {
    int heard = 0;

    nd_duk_get_literal(ctx, res, "_events");
    if (!duk_is_undefined(ctx, -1)) {
        nd_duk_get_literal(ctx, res, "listenerCount");
        duk_dup(ctx, res);
        duk_push_literal(ctx, "close");
        duk_call_method(ctx, 1);
        heard = !(duk_is_number(ctx, -1) && duk_get_number(ctx, -1) == 0);
        duk_pop(ctx);
    }
    duk_pop(ctx);
    return heard;
}

/* The tick emitClose(res). */
static void queue_close(duk_context *ctx, duk_idx_t res, duk_idx_t fn) {
    nd_duk_get_literal(ctx, fn, "emitClose");
    nd_tick_push1(ctx, -1, res);
    duk_pop(ctx);
}

/* res's 'close': in a tick when anyone listens, as Node always emits
 * it; else res is only marked destroyed and closed, what that tick
 * would do, and no tick is spent. */
static void close_response(duk_context *ctx, duk_idx_t res, duk_idx_t fn) {
    if (close_heard(ctx, res)) {
        queue_close(ctx, res, fn);
    } else {
        set_true(ctx, res, "destroyed");
        set_true(ctx, res, "_closed");
    }
}

/* serverFinish's work; res and the function (for its properties) at
 * these slots.  Returns 1 when res's close waits for close_response()
 * after 'finish' (nobody listened for it yet), 0 when done. */
static int server_finish(duk_context *ctx, duk_idx_t res, duk_idx_t fn) {
    duk_idx_t conn, req, socket, server, outgoing;
    int quiet, later;

    nd_duk_get_literal(ctx, res, "_conn");
    conn = duk_get_top_index(ctx);
    nd_duk_get_literal(ctx, res, "req");
    req = duk_get_top_index(ctx);
    nd_duk_get_literal(ctx, conn, "socket");
    socket = duk_get_top_index(ctx);
    nd_duk_get_literal(ctx, conn, "server");
    server = duk_get_top_index(ctx);

    nd_duk_get_literal(ctx, conn, "incoming");
    leave_incoming(ctx, server + 1, req);
    duk_pop(ctx);
    dump_request(ctx, req);

    /* res.detachSocket(socket): ServerResponse's own, on a socket the
     * server owns (which keeps its one 'close' listener), is two fields */
    nd_duk_get_literal(ctx, res, "detachSocket");
    nd_duk_get_literal(ctx, fn, "detachSocket");
    quiet = duk_strict_equals(ctx, -1, -2) && truthy(ctx, socket, "_httpConn");
    duk_pop(ctx);
    if (quiet) {
        duk_pop(ctx);
        duk_push_null(ctx);
        nd_duk_put_literal(ctx, socket, "_httpMessage");
        duk_push_null(ctx);
        nd_duk_put_literal(ctx, res, "socket");
    } else {
        duk_dup(ctx, res);
        duk_dup(ctx, socket);
        duk_call_method(ctx, 1);
        duk_pop(ctx);
    }

    /* 'close': queued now when anyone listens, as Node queues it before
     * 'finish'; else decided after 'finish' (a 'finish' listener may
     * still ask for it; till then, res is not yet destroyed) */
    later = !close_heard(ctx, res);
    if (!later)
        queue_close(ctx, res, fn);

    /* the socket goes on */
    if (truthy(ctx, res, "_last")) {
        nd_duk_get_literal(ctx, socket, "destroySoon");
        quiet = duk_is_function(ctx, -1);
        duk_pop(ctx);
        if (quiet)
            call_method0(ctx, socket, "destroySoon");
        else
            call_method0(ctx, socket, "end");
        duk_pop(ctx);
        return later;
    }
    nd_duk_get_literal(ctx, conn, "outgoing");
    outgoing = duk_get_top_index(ctx);
    if (duk_get_length(ctx, outgoing) == 0) {
        arm_keep_alive(ctx, fn, conn, socket, server);
    } else { /* conn.outgoing.shift().assignSocket(socket) */
        call_method0(ctx, outgoing, "shift");
        nd_duk_get_literal(ctx, -1, "assignSocket");
        duk_swap_top(ctx, -2);
        duk_dup(ctx, socket);
        duk_call_method(ctx, 1);
        duk_pop(ctx);
    }
    duk_pop(ctx);
    return later;
}

/* see above */
duk_ret_t nd__http_server_finish(duk_context *ctx) {
    duk_push_this(ctx);
    duk_push_current_function(ctx);
    if (server_finish(ctx, 0, 1))
        close_response(ctx, 0, 1);
    return 0;
}

/* see above */
duk_ret_t nd__http_on_finish(duk_context *ctx) {
    enum { F_MSG = 0, F_BEFORE };
    int hooked, close_later = 0;

    duk_set_top(ctx, 1);
    nd_duk_get_literal(ctx, F_MSG, "socket");
    hooked = nd_duk_truthy(ctx, -1) && truthy(ctx, -1, "_hadError");
    duk_pop(ctx);
    if (hooked)
        return 0;
    set_true(ctx, F_MSG, "_writableFinished");
    nd_duk_get_literal(ctx, F_MSG, "_beforeFinish"); /* F_BEFORE */
    if (duk_get_c_function(ctx, F_BEFORE) == nd__http_server_finish) {
        /* the server's: no call */
        close_later = server_finish(ctx, F_MSG, F_BEFORE);
    } else if (!duk_is_null(ctx, F_BEFORE)) {
        duk_dup(ctx, F_BEFORE);
        duk_dup(ctx, F_MSG);
        duk_call_method(ctx, 0);
    }
    duk_set_top(ctx, 2);
    nd_duk_get_literal(ctx, F_MSG, "_events");
    hooked = !duk_is_undefined(ctx, -1);
    duk_pop(ctx);
    if (hooked) {
        nd_duk_get_literal(ctx, F_MSG, "emit");
        duk_dup(ctx, F_MSG);
        duk_push_literal(ctx, "finish");
        duk_call_method(ctx, 1);
        duk_pop(ctx);
    }
    if (close_later)
        close_response(ctx, F_MSG, F_BEFORE);
    return 0;
}
