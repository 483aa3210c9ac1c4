/*
 * http_parser.c - internalBinding('http_parser'): the HTTP/1 parser of
 * the http module, llhttp in C, handing JS one call per head.
 *
 * The parsing itself (and every limit on untrusted bytes) is in
 * http_parser_core.c; this file is only the glue to Duktape:
 *
 *   create(kind, maxHeaderSize, maxHeadersCount, receiver, bufferProto
 *          [, kit])
 *       a parser handle; kind 1 parses requests, 2 responses.  Events go
 *       to methods of receiver, which the handle keeps (a request parser
 *       with a kit, the http server's, makes the request and response
 *       itself and calls onHead(req, res, flags, major, minor) instead,
 *       and finishes the request itself instead of calling onComplete:
 *       see "a server's request and response" below):
 *         receiver.onHead(methodOrStatus, urlOrStatusMessage, major, minor,
 *                         rawHeaders, flags, contentLength)
 *             -> 0, or 1 (no body: a response to HEAD), or 2 (upgrade)
 *             methodOrStatus is the method string of a request or the
 *             status code of a response; flags are 1 keep-alive,
 *             2 upgrade, 4 chunked, 8 has Content-Length, 16 has a Host
 *             field, 32 has an Expect field.
 *         receiver.onBody(chunk)       chunk: a Buffer (bufferProto)
 *         receiver.onComplete(rawTrailers)   array, or undefined if none
 *   execute(h, buffer) -> bytes consumed (fewer than given after an
 *       upgrade head: the rest belongs to the new protocol), or an Error
 *       (not thrown) for malformed input: message "Parse Error: <reason>",
 *       code "HPE_*", reason, bytesParsed.  An exception thrown by a
 *       receiver method stops parsing and is rethrown; the parser is then
 *       unusable until reset.
 *   consume(h, streamHandle) the sink (stream_wrap's setSink) through
 *       which the http server's socket reads reach the parser with no JS
 *       read callback; see parser_consume below for the receiver fields
 *       and methods it uses (socket, keepAliveTimeoutSet,
 *       onKeepAliveEnd, req, headersStart, onConsumed).
 *   finish(h) -> undefined, or an Error as above (the peer's EOF ended a
 *       message in the middle).
 *   makeResponse(h, req, flags) -> the response a kit's parser makes
 *       for req, for a request that asked for an upgrade and got none.
 *   reset(h) forgets everything but the settings (a new connection).
 *   close(h) frees the parser; the handle reads as closed afterwards.
 *
 * Strings (method, url, header names and values) are made from the bytes
 * as Latin-1, one character per byte, as Node's parser makes them.
 *
 * Re-entrancy: a receiver method may call close() or reset() on the
 * parser that is calling it; both are deferred until execute returns.
 * execute() or finish() from inside a receiver method throws.
 *
 * Threading: the engine's thread.
 */
#include <stdlib.h>
#include <string.h>

#include "../engine/duk_fast.h"
#include "../engine/check.h"
#include "../engine/engine.h"
#include "../loop/loop.h"
#include "http_parser_core.h"
#include "http_request.h"
#include "stream_wrap.h"

#define KEY_RECEIVER DUK_HIDDEN_SYMBOL("receiver")
#define KEY_PROTO    DUK_HIDDEN_SYMBOL("proto")
#define KEY_KIT      DUK_HIDDEN_SYMBOL("kit")
#define KEY_FINALIZER DUK_HIDDEN_SYMBOL("httpParserFinalizer")

/* The largest maxHeaderSize create() accepts. */
#define MAX_HEADER_SIZE_LIMIT 0x7fffffff

/* Flags onHead gets beyond nd_hp_flags()'s (1, 2, 4, 8): the head has
 * a Host field, an Expect field. */
#define FLAG_HOST 16u
#define FLAG_EXPECT 32u

/* Stack slots of execute() and finish() while llhttp runs. */
enum { SLOT_HANDLE = 0, SLOT_ERROR = 2, SLOT_RECEIVER, SLOT_PROTO, SLOT_KIT };

typedef struct {
    nd_hp_t hp;
    duk_context *ctx; /* set while execute runs */
    int busy;
    int close_due;
    int reset_due;
    int upgraded;  /* onHead answered ND_HP_UPGRADED in this run */
} parser_t;

static const nd_handle_type_t parser_type = {"HTTPParser"};

/* Push bytes as a Latin-1 string: each byte one character. */
static void push_latin1(duk_context *ctx, const char *s, size_t n) {
    size_t i, high = 0;
    unsigned char *out;

    for (i = 0; i < n; i++)
        high += (unsigned char)s[i] >> 7;
    if (high == 0) {
        duk_push_lstring(ctx, s, n);
        return;
    }
    out = duk_push_fixed_buffer(ctx, n + high);
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            *out++ = c;
        } else {
            *out++ = (unsigned char)(0xc0 | (c >> 6));
            *out++ = (unsigned char)(0x80 | (c & 0x3f));
        }
    }
    duk_buffer_to_string(ctx, -1);
}

/* Is the field s[0..n) `name` (lower case), ignoring case? */
static int field_is(const char *s, size_t n, const char *name) {
    size_t i;

    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (name[i] == '\0' || c != (unsigned char)name[i])
            return 0;
    }
    return name[n] == '\0';
}

/* Push [field, value, field, value...] of the current section.  Returns
 * FLAG_HOST and FLAG_EXPECT for the fields among them. */
static unsigned push_pairs(duk_context *ctx, const nd_hp_t *hp) {
    size_t i, n = nd_hp_pair_count(hp), len;
    const char *s;
    unsigned seen = 0;

    duk_push_array(ctx);
    for (i = 0; i < n; i++) {
        s = nd_hp_field(hp, i, &len);
        if (len == 4 && field_is(s, len, "host"))
            seen |= FLAG_HOST;
        else if (len == 6 && field_is(s, len, "expect"))
            seen |= FLAG_EXPECT;
        push_latin1(ctx, s, len);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)(2 * i));
        s = nd_hp_value(hp, i, &len);
        push_latin1(ctx, s, len);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)(2 * i + 1));
    }
    return seen;
}

/* Call receiver[name] with the nargs values on top; keep an exception in
 * SLOT_ERROR.  Returns the integer result, or ND_HP_STOP.  A macro so that
 * name stays a literal: Duktape caches a literal key's string, where
 * duk_get_prop_string() would hash and look it up on every request. */
#define call_receiver(ctx, name, nargs)                                        \
    (nd_duk_get_literal((ctx), SLOT_RECEIVER, name),                         \
     call_method((ctx), (nargs)))
static int call_method(duk_context *ctx, int nargs) {
    int rc;

    duk_dup(ctx, SLOT_RECEIVER);
    /* [args... fn receiver] -> [fn receiver args...] */
    duk_insert(ctx, -2 - nargs);
    duk_insert(ctx, -2 - nargs);
    if (duk_pcall_method(ctx, nargs) != DUK_EXEC_SUCCESS) {
        duk_replace(ctx, SLOT_ERROR);
        return ND_HP_STOP;
    }
    rc = duk_is_number(ctx, -1) ? duk_get_int(ctx, -1) : 0;
    duk_pop(ctx);
    return rc;
}

/* What receiver.onHead answered, as the parser takes it. */
static int head_answer(parser_t *ps, int rc) {
    if (rc != ND_HP_STOP && (rc < 0 || rc > ND_HP_UPGRADED))
        rc = ND_HP_BODY;
    if (rc == ND_HP_UPGRADED)
        ps->upgraded = 1;
    return rc;
}

/* ---- a server's request and response -------------------------------------
 *
 * A parser made with a kit (create()'s last argument: the http server's
 * connections) makes each request's IncomingMessage and, unless the
 * request asks for an upgrade, its ServerResponse itself, and calls
 *     receiver.onHead(req, res, flags, major, minor)
 * (res undefined for an upgrade: the receiver decides, and asks
 * makeResponse() for one when it does not upgrade); and when the
 * request is complete it finishes it itself, in place of the receiver's
 * onComplete.  What is made and how: modules/http_request.c. */

/* [method url raw] -> [method url raw req res|undefined], protected. */
static duk_ret_t make_pair(duk_context *ctx, void *udata) {
    nd__http_head_t *h = udata;
    duk_idx_t base = duk_get_top(ctx) - 3;

    nd__http_head_slots(ctx, h, SLOT_RECEIVER, SLOT_KIT);
    nd__http_make_request(ctx, h, base, base + 1, base + 2);
    if (h->flags & ND_HP_IS_UPGRADE)
        duk_push_undefined(ctx);
    else
        nd__http_make_response(ctx, h, duk_get_top_index(ctx));
    /* [... server socket req res] -> [req res] as the results */
    duk_remove(ctx, base + 3);
    duk_remove(ctx, base + 3);
    return 2;
}

static int server_on_head(nd_hp_t *hp) {
    parser_t *ps = hp->data;
    duk_context *ctx = ps->ctx;
    nd__http_head_t h;
    const char *url;
    size_t len;

    if (!duk_check_stack(ctx, 32))
        return ND_HP_STOP;
    duk_push_string(ctx, nd_hp_method(hp));
    url = nd_hp_url(hp, &len);
    push_latin1(ctx, url, len);
    h.flags = push_pairs(ctx, hp) | nd_hp_flags(hp);
    h.major = nd_hp_major(hp);
    h.minor = nd_hp_minor(hp);
    if (duk_safe_call(ctx, make_pair, &h, 3, 2) != DUK_EXEC_SUCCESS) {
        duk_pop(ctx); /* [error undefined]: the error, then padding */
        duk_replace(ctx, SLOT_ERROR);
        return ND_HP_STOP;
    }
    duk_push_uint(ctx, h.flags);
    duk_push_int(ctx, h.major);
    duk_push_int(ctx, h.minor);
    return head_answer(ps, call_receiver(ctx, "onHead", 5));
}

/* makeResponse(h, req, flags): the response made as for a head (see
 * above), for a request that asked for an upgrade and did not get one. */
static duk_ret_t parser_make_response(duk_context *ctx) {
    nd__http_head_t h;

    duk_set_top(ctx, 3);
    nd_check_handle(ctx, 0, &parser_type);
    nd_duk_get_literal(ctx, 0, KEY_RECEIVER); /* 3 */
    nd_duk_get_literal(ctx, 0, KEY_KIT);      /* 4 */
    if (!duk_is_object(ctx, 3) || !duk_is_object(ctx, 4) ||
        !duk_is_object(ctx, 1))
        return nd_throw_arg_type(ctx, 1, "req", "IncomingMessage");
    h.flags = (unsigned)duk_to_uint32(ctx, 2);
    nd_duk_get_literal(ctx, 1, "httpVersionMajor");
    h.major = duk_to_int(ctx, -1);
    nd_duk_get_literal(ctx, 1, "httpVersionMinor");
    h.minor = duk_to_int(ctx, -1);
    duk_pop_2(ctx);
    nd__http_head_slots(ctx, &h, 3, 4);
    nd__http_make_response(ctx, &h, 1);
    return 1;
}

static int js_on_head(nd_hp_t *hp) {
    parser_t *ps = hp->data;
    duk_context *ctx = ps->ctx;
    const char *url;
    size_t len;
    unsigned seen;

    if (hp->kind == ND_HP_REQUEST && duk_is_object(ctx, SLOT_KIT))
        return server_on_head(hp);
    if (!duk_check_stack(ctx, 16))
        return ND_HP_STOP;
    if (hp->kind == ND_HP_REQUEST)
        duk_push_string(ctx, nd_hp_method(hp));
    else
        duk_push_int(ctx, nd_hp_status(hp));
    url = nd_hp_url(hp, &len);
    push_latin1(ctx, url, len);
    duk_push_int(ctx, nd_hp_major(hp));
    duk_push_int(ctx, nd_hp_minor(hp));
    seen = push_pairs(ctx, hp);
    duk_push_uint(ctx, nd_hp_flags(hp) | seen);
    if (nd_hp_flags(hp) & ND_HP_HAS_LENGTH)
        duk_push_number(ctx, (double)nd_hp_content_length(hp));
    else
        duk_push_int(ctx, -1);
    return head_answer(ps, call_receiver(ctx, "onHead", 7));
}

static int js_on_body(nd_hp_t *hp, const char *at, size_t n) {
    parser_t *ps = hp->data;
    duk_context *ctx = ps->ctx;
    void *mem;

    if (!duk_check_stack(ctx, 8))
        return ND_HP_STOP;
    mem = duk_push_fixed_buffer(ctx, n);
    if (n > 0)
        memcpy(mem, at, n);
    duk_push_buffer_object(ctx, -1, 0, n, DUK_BUFOBJ_UINT8ARRAY);
    duk_remove(ctx, -2);
    if (duk_is_object(ctx, SLOT_PROTO)) {
        duk_dup(ctx, SLOT_PROTO);
        duk_set_prototype(ctx, -2);
    }
    return call_receiver(ctx, "onBody", 1);
}

/* [trailers] -> [], protected: nd__http_finish_request(). */
static duk_ret_t finish_request(duk_context *ctx, void *udata) {
    (void)udata;
    nd__http_finish_request(ctx, SLOT_RECEIVER, SLOT_KIT,
                            duk_get_top_index(ctx));
    return 0;
}

static int js_on_complete(nd_hp_t *hp) {
    parser_t *ps = hp->data;
    duk_context *ctx = ps->ctx;

    if (!duk_check_stack(ctx, 8))
        return ND_HP_STOP;
    if (nd_hp_pair_count(hp) > 0)
        push_pairs(ctx, hp);
    else
        duk_push_undefined(ctx);
    if (hp->kind != ND_HP_REQUEST || !duk_is_object(ctx, SLOT_KIT))
        return call_receiver(ctx, "onComplete", 1);
    if (duk_safe_call(ctx, finish_request, NULL, 1, 1) != DUK_EXEC_SUCCESS) {
        duk_replace(ctx, SLOT_ERROR);
        return ND_HP_STOP;
    }
    duk_pop(ctx);
    return 0;
}

static const nd_hp_callbacks_t js_callbacks = {js_on_head, js_on_body,
                                               js_on_complete};

/* The finalizer: free what close() did not. */
static duk_ret_t parser_finalize(duk_context *ctx) {
    parser_t *ps = nd_get_handle(ctx, 0, &parser_type);

    if (ps != NULL && !ps->busy) {
        nd_hp_free(&ps->hp);
        free(ps);
        nd_handle_clear(ctx, 0);
    }
    return 0;
}

/* Push the finalizer every parser shares (made once, kept in the heap
 * stash): one function object per connection would cost heap for nothing. */
static void push_finalizer(duk_context *ctx) {
    duk_push_heap_stash(ctx);
    if (!duk_get_prop_string(ctx, -1, KEY_FINALIZER)) {
        duk_pop(ctx);
        duk_push_c_function(ctx, parser_finalize, 1);
        duk_dup_top(ctx);
        duk_put_prop_string(ctx, -3, KEY_FINALIZER);
    }
    duk_remove(ctx, -2);
}

/* create(kind, maxHeaderSize, maxHeadersCount, receiver, bufferProto[,
 * kit]) */
static duk_ret_t parser_create(duk_context *ctx) {
    int kind = (int)nd_check_integer(ctx, 0, "kind", 1, 2);
    int64_t max_size =
        nd_check_integer(ctx, 1, "maxHeaderSize", 1, MAX_HEADER_SIZE_LIMIT);
    int64_t max_pairs =
        nd_check_integer(ctx, 2, "maxHeadersCount", 0, 0xffffffffLL);
    parser_t *ps;

    if (!duk_is_object(ctx, 3))
        nd_throw_arg_type(ctx, 3, "receiver", "object");
    ps = calloc(1, sizeof(*ps));
    if (ps == NULL)
        nd_throw_syserr(ctx, ND_ENOMEM, "HTTPParser", NULL, NULL);
    nd_hp_init(&ps->hp, kind, (size_t)max_size, (unsigned)max_pairs,
               &js_callbacks, ps);
    nd_push_handle(ctx, ps, &parser_type);
    push_finalizer(ctx);
    duk_set_finalizer(ctx, -2);
    duk_dup(ctx, 3);
    duk_put_prop_string(ctx, -2, KEY_RECEIVER);
    if (duk_is_object(ctx, 4)) {
        duk_dup(ctx, 4);
        duk_put_prop_string(ctx, -2, KEY_PROTO);
    }
    if (kind == ND_HP_REQUEST && duk_is_object(ctx, 5)) {
        duk_dup(ctx, 5);
        duk_put_prop_string(ctx, -2, KEY_KIT);
    }
    return 1;
}

/* Push Node's parse error for the parser's current error. */
static void push_parse_error(duk_context *ctx, const nd_hp_t *hp) {
    nd_push_error(ctx, DUK_ERR_ERROR, NULL, "Parse Error: %s",
                  nd_hp_error_reason(hp));
    duk_push_string(ctx, nd_hp_error_code(hp));
    duk_put_prop_string(ctx, -2, "code");
    duk_push_string(ctx, nd_hp_error_reason(hp));
    duk_put_prop_string(ctx, -2, "reason");
    duk_push_number(ctx, (double)nd_hp_consumed(hp));
    duk_put_prop_string(ctx, -2, "bytesParsed");
}

/* Clear the closed parser's handle object at idx, and let go of its
 * receiver: the receiver holds the handle, so keeping it would make a
 * reference cycle that only mark-and-sweep frees. */
static void release(duk_context *ctx, duk_idx_t idx) {
    nd_handle_clear(ctx, idx);
    duk_del_prop_literal(ctx, idx, KEY_RECEIVER);
}

/* Work done after llhttp returned: deferred close/reset, the result. */
static duk_ret_t conclude(duk_context *ctx, parser_t *ps, int rc,
                          int with_count) {
    ps->busy = 0;
    ps->ctx = NULL;
    if (rc == ND_HP_ERROR)
        push_parse_error(ctx, &ps->hp);
    else if (with_count)
        duk_push_number(ctx, (double)nd_hp_consumed(&ps->hp));
    else
        duk_push_undefined(ctx);
    if (ps->close_due) {
        nd_hp_free(&ps->hp);
        free(ps);
        release(ctx, SLOT_HANDLE);
    } else if (ps->reset_due) {
        ps->reset_due = 0;
        nd_hp_reset(&ps->hp);
    }
    if (rc == ND_HP_STOPPED) {
        duk_dup(ctx, SLOT_ERROR);
        if (duk_is_undefined(ctx, -1))
            nd_throw(ctx, DUK_ERR_RANGE_ERROR, NULL,
                     "HTTP parser: out of stack");
        (void)duk_throw(ctx);
    }
    return 1;
}

/* Get the parser of argument 0 ready for a run; lay out the slots. */
static parser_t *begin(duk_context *ctx) {
    parser_t *ps = nd_check_handle(ctx, 0, &parser_type);

    if (ps->busy)
        nd_throw(ctx, DUK_ERR_ERROR, "ERR_HTTP_PARSER_BUSY",
                 "The HTTP parser is already running");
    duk_set_top(ctx, SLOT_ERROR);
    duk_push_undefined(ctx);
    nd_duk_get_literal(ctx, SLOT_HANDLE, KEY_RECEIVER);
    nd_duk_get_literal(ctx, SLOT_HANDLE, KEY_PROTO);
    nd_duk_get_literal(ctx, SLOT_HANDLE, KEY_KIT);
    ps->ctx = ctx;
    return ps;
}

/* execute(h, buffer) */
static duk_ret_t parser_execute(duk_context *ctx) {
    size_t len;
    const char *data;
    parser_t *ps;

    nd_check_handle(ctx, 0, &parser_type);
    data = nd_check_buffer(ctx, 1, "buffer", &len);
    ps = begin(ctx);
    ps->busy = 1;
    return conclude(ctx, ps, nd_hp_execute(&ps->hp, data ? data : "", len), 1);
}

/* The receiver's bookkeeping of a chunk its socket read, before it is
 * parsed (what the JS read path did): the socket's byte count and
 * activity timer, the end of a keep-alive wait, the start of a head. */
static void before_chunk(duk_context *ctx, duk_idx_t recv, size_t len) {
    nd_duk_get_literal(ctx, recv, "socket");
    if (duk_is_object(ctx, -1)) {
        nd_duk_get_literal(ctx, -1, "_bytesRead");
        duk_push_number(ctx, duk_to_number(ctx, -1) + (double)len);
        nd_duk_put_literal(ctx, -3, "_bytesRead");
        duk_pop(ctx);
        nd_duk_get_literal(ctx, -1, "_activityTimer");
        if (duk_is_object(ctx, -1)) {
            nd_duk_get_literal(ctx, -1, "refresh");
            duk_dup(ctx, -2);
            duk_call_method(ctx, 0);
            duk_pop(ctx);
        }
        duk_pop(ctx);
    }
    duk_pop(ctx);
    nd_duk_get_literal(ctx, recv, "keepAliveTimeoutSet");
    if (duk_to_boolean(ctx, -1)) {
        nd_duk_get_literal(ctx, recv, "onKeepAliveEnd");
        duk_dup(ctx, recv);
        duk_call_method(ctx, 0);
        duk_pop(ctx);
    }
    duk_pop(ctx);
    nd_duk_get_literal(ctx, recv, "req");
    nd_duk_get_literal(ctx, recv, "headersStart");
    if (duk_is_null(ctx, -2) && duk_to_number(ctx, -1) == 0) {
        duk_push_number(ctx, (double)nd_wallclock_ms());
        nd_duk_put_literal(ctx, recv, "headersStart");
    }
    duk_pop_2(ctx);
}

/* consume(h, streamHandle): the sink of a socket's reads (stream_wrap's
 * setSink).  The chunk the handle read goes through the parser as
 * execute() would take it, with the receiver's bookkeeping first (see
 * before_chunk; receiver.onKeepAliveEnd() is called when
 * receiver.keepAliveTimeoutSet).  When the parse fails, or a head
 * upgraded the connection, receiver.onConsumed(result, chunk) follows,
 * result as execute() returns it and chunk a Buffer of the bytes. */
static duk_ret_t parser_consume(duk_context *ctx) {
    nd__sw_t *sw;
    parser_t *ps;
    const char *data;
    size_t len;
    int rc, upgraded;

    duk_set_top(ctx, 2);
    nd_check_handle(ctx, 0, &parser_type);
    sw = nd__sw_check(ctx, 1);
    data = nd__sw_sink_chunk(sw, &len);
    if (data == NULL)
        return 0;
    nd_duk_get_literal(ctx, 0, KEY_RECEIVER);
    before_chunk(ctx, duk_get_top_index(ctx), len);
    duk_pop(ctx);

    ps = begin(ctx);
    ps->busy = 1;
    ps->upgraded = 0;
    rc = nd_hp_execute(&ps->hp, data, len);
    upgraded = ps->upgraded;
    conclude(ctx, ps, rc, 1); /* ps may be gone now */
    if (rc != ND_HP_ERROR && !upgraded)
        return 0;
    nd_duk_get_literal(ctx, SLOT_RECEIVER, "onConsumed");
    duk_dup(ctx, SLOT_RECEIVER);
    duk_dup(ctx, -3);
    memcpy(duk_push_fixed_buffer(ctx, len), data, len);
    duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_UINT8ARRAY);
    duk_remove(ctx, -2);
    if (duk_is_object(ctx, SLOT_PROTO)) {
        duk_dup(ctx, SLOT_PROTO);
        duk_set_prototype(ctx, -2);
    }
    duk_call_method(ctx, 2);
    return 0;
}

/* finish(h) */
static duk_ret_t parser_finish(duk_context *ctx) {
    parser_t *ps;

    duk_set_top(ctx, 1);
    duk_push_undefined(ctx);
    ps = begin(ctx);
    ps->busy = 1;
    return conclude(ctx, ps, nd_hp_finish(&ps->hp), 0);
}

/* reset(h) */
static duk_ret_t parser_reset(duk_context *ctx) {
    parser_t *ps = nd_check_handle(ctx, 0, &parser_type);

    if (ps->busy)
        ps->reset_due = 1;
    else
        nd_hp_reset(&ps->hp);
    return 0;
}

/* close(h) */
static duk_ret_t parser_close(duk_context *ctx) {
    parser_t *ps = nd_get_handle(ctx, 0, &parser_type);

    if (ps == NULL)
        return 0;
    if (ps->busy) {
        ps->close_due = 1;
        return 0;
    }
    nd_hp_free(&ps->hp);
    free(ps);
    release(ctx, 0);
    return 0;
}

/* methods() -> the HTTP method names llhttp parses, for http.METHODS
 * (its RTSP-only methods left out, as Node does). */
static duk_ret_t parser_methods(duk_context *ctx) {
    static const char *const names[] = {
#define METHOD_NAME(num, name, string) #string,
        HTTP_METHOD_MAP(METHOD_NAME)
#undef METHOD_NAME
    };
    duk_uarridx_t i;

    duk_push_array(ctx);
    for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        duk_push_string(ctx, names[i]);
        duk_put_prop_index(ctx, -2, i);
    }
    return 1;
}

/* see engine.h */
duk_ret_t nd_mod_http_parser_open(duk_context *ctx) {
    static const duk_function_list_entry fns[] = {
        {"create", parser_create, 6},
        {"execute", parser_execute, 2},
        {"consume", parser_consume, 2},
        {"makeResponse", parser_make_response, 3},
        {"finish", parser_finish, 1},
        {"reset", parser_reset, 1},
        {"close", parser_close, 1},
        {"methods", parser_methods, 0},
        {NULL, NULL, 0}};

    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, fns);
    return 1;
}
