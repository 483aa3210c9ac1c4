/*
 * http_head.c - internalBinding('http_head'): the text of an outgoing
 * HTTP message's head, made in C.
 *
 * Every response (and client request) turns its status line and header
 * map into one string, deciding on the way the headers Node adds:
 * Connection, Keep-Alive, Date, Content-Length or Transfer-Encoding.  In
 * JS that was the costliest part of answering a request under Duktape:
 * a regular expression per header name and value, a string concatenation
 * per line, a function call per header.  Here it is one call.
 *
 *   isToken(s) -> bool          s is an HTTP token (RFC 9110 tchar+)
 *   hasInvalidChar(s) -> bool   s holds a character a header value may
 *                               not: only HTAB, SP..~ and 0x80..0xff pass
 *   byteLength(s) -> number     the length of s in UTF-8 (a Content-Length)
 *   writeHead(code[, reason][, obj])   ServerResponse.prototype.writeHead,
 *       its usual call in C (head_write_head below), the rest in JS
 *   end(chunk, encoding, callback)   OutgoingMessage.prototype.end, its
 *                               short road in C (http_end.c)
 *   onFinish(msg), serverFinish()   a message's 'finish' and the server's
 *                               part in it (http_end.c)
 *   store(msg, firstLine, headers) -> result
 *       what internal/http_headers' _storeHeader did, step for step:
 *       headers is msg._outHeaders ({ lower name: [name, value] }, checked
 *       when set), a writeHead object, a flat [name, value, ...] array or
 *       an array of pairs (these three are checked here).  Sets
 *       msg._header (the head's text, ending in an empty line),
 *       _headerSent = false, and the fields the headers decide: _last,
 *       shouldKeepAlive, chunkedEncoding, _contentLength, _removed*,
 *       _defaultKeepAlive.  A Date header with the current time is added
 *       when msg.sendDate and no Date header was given.
 *       result: 0 done; 1 done, and an Expect header was given (the
 *       caller sends the head now); or, for bad input, an array
 *       [what, a, b] the caller turns into Node's error:
 *         ['token', name]            ERR_INVALID_HTTP_TOKEN
 *         ['undefined', name]        ERR_HTTP_INVALID_HEADER_VALUE
 *         ['char', name]             ERR_INVALID_CHAR
 *         ['odd', headers]           ERR_INVALID_ARG_VALUE
 *         ['trailer']                ERR_HTTP_TRAILER_INVALID
 *       Error objects stay in JS (internal/http_common), so their text
 *       has one home.
 *
 * Strings are Duktape's internal bytes (UTF-8, one or two bytes for each
 * character up to 0xff): joining them byte for byte is what JS `+` does.
 *
 * Threading: the engine's thread.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "../engine/check.h"
#include "../engine/duk_fast.h"
#include "../engine/engine.h"
#include "../engine/utf8.h"
#include "../loop/loop.h"
#include "http_date.h"
#include "http_end.h"

/* ---- characters ------------------------------------------------------------ */

/* tchar: "!#$%&'*+-.^_`|~", digits and letters. */
static int is_tchar(unsigned char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9'))
        return 1;
    return c != 0 && strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

static int is_token(const char *s, size_t n) {
    size_t i;

    if (n == 0)
        return 0;
    for (i = 0; i < n; i++)
        if (!is_tchar((unsigned char)s[i]))
            return 0;
    return 1;
}

/* In Duktape's bytes, a character 0x80..0xff is 0xc2 or 0xc3 and one
 * continuation byte; anything above 0xff starts with a higher byte. */
static int has_invalid_char(const char *s, size_t n) {
    size_t i;

    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\t' || (c >= 0x20 && c <= 0x7e))
            continue;
        if ((c == 0xc2 || c == 0xc3) && i + 1 < n &&
            ((unsigned char)s[i + 1] & 0xc0) == 0x80) {
            i++;
            continue;
        }
        return 1;
    }
    return 0;
}

static int lower_eq(const char *s, size_t n, const char *lower) {
    size_t i;

    if (strlen(lower) != n)
        return 0;
    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c + 32);
        if (c != (unsigned char)lower[i])
            return 0;
    }
    return 1;
}

static int is_word(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9') || c == '_';
}

/* Does s hold `word` (lower case) ignoring case, with a non-word
 * character or an end on each side?  (/(?:^|\W)word(?:$|\W)/i) */
static int has_word(const char *s, size_t n, const char *word) {
    size_t w = strlen(word), i, j;

    for (i = 0; i + w <= n; i++) {
        if (i > 0 && is_word((unsigned char)s[i - 1]))
            continue;
        if (i + w < n && is_word((unsigned char)s[i + w]))
            continue;
        for (j = 0; j < w; j++) {
            unsigned char c = (unsigned char)s[i + j];
            if (c >= 'A' && c <= 'Z')
                c = (unsigned char)(c + 32);
            if (c != (unsigned char)word[j])
                break;
        }
        if (j == w)
            return 1;
    }
    return 0;
}

/* has_word() on ToString(the value at idx). */
static int value_has_word(duk_context *ctx, duk_idx_t idx, const char *word) {
    const char *v;
    duk_size_t vn;
    int found;

    duk_dup(ctx, idx);
    v = duk_to_lstring(ctx, -1, &vn);
    found = has_word(v, vn, word);
    duk_pop(ctx);
    return found;
}

/* ---- the head being made ----------------------------------------------------- */

/* Stack slots of store(). */
enum { S_MSG = 0, S_FIRST, S_HEADERS, S_BUF };

typedef struct {
    duk_context *ctx;
    size_t len;     /* bytes written to the buffer at S_BUF */
    size_t cap;
    char *p;
    int connection, cont_len, te, date, expect, trailer;
} head_t;

static void put(head_t *h, const char *s, size_t n) {
    if (h->len + n > h->cap) {
        size_t cap = h->cap * 2;
        while (cap < h->len + n)
            cap *= 2;
        h->p = duk_resize_buffer(h->ctx, S_BUF, cap);
        h->cap = cap;
    }
    memcpy(h->p + h->len, s, n);
    h->len += n;
}

static void put_str(head_t *h, const char *s) {
    put(h, s, strlen(s));
}

/* Append ToString(value at idx), as JS `+` would (ToPrimitive first). */
static void put_value(head_t *h, duk_idx_t idx) {
    duk_context *ctx = h->ctx;
    const char *s;
    duk_size_t n;

    duk_dup(ctx, idx);
    duk_to_primitive(ctx, -1, DUK_HINT_NONE);
    s = duk_to_lstring(ctx, -1, &n);
    put(h, s, n);
    duk_pop(ctx);
}

/* msg's fields, read and written by literal names (Duktape looks a
 * literal's string up once and caches it). */
#define set_bool(ctx, field, v) \
    (duk_push_boolean((ctx), (v)), nd_duk_put_literal((ctx), S_MSG, field))
#define get_bool(ctx, field) \
    (nd_duk_get_literal((ctx), S_MSG, field), pop_bool(ctx))

static int pop_bool(duk_context *ctx) {
    int v = duk_to_boolean(ctx, -1);

    duk_pop(ctx);
    return v;
}

/* Leave [what] or [what, the value at idx] on the stack top as store()'s
 * answer (idx DUK_INVALID_INDEX: no value); returns 1 so callers can
 * `return fail(...)`. */
static int fail(duk_context *ctx, const char *what, duk_idx_t idx) {
    duk_push_array(ctx);
    duk_push_string(ctx, what);
    duk_put_prop_index(ctx, -2, 0);
    if (idx != DUK_INVALID_INDEX) {
        duk_dup(ctx, idx);
        duk_put_prop_index(ctx, -2, 1);
    }
    return 1;
}

/* One "name: value" line (name and value on the stack top, name below)
 * and what it decides.  Returns 1 with a failure pushed. */
static int store_line(head_t *h, duk_idx_t name, duk_idx_t value,
                      int validate) {
    duk_context *ctx = h->ctx;
    const char *k, *v;
    duk_size_t kn, vn;

    if (validate) {
        if (duk_is_undefined(ctx, value))
            return fail(ctx, "undefined", name);
        duk_dup(ctx, value);
        v = duk_to_lstring(ctx, -1, &vn);
        if (has_invalid_char(v, vn))
            return fail(ctx, "char", name);
        duk_pop(ctx);
    }
    put_value(h, name);
    put(h, ": ", 2);
    put_value(h, value);
    put(h, "\r\n", 2);

    k = duk_get_lstring(ctx, name, &kn);
    if (k == NULL || kn >= 20)
        return 0;
    if (lower_eq(k, kn, "connection")) {
        h->connection = 1;
        set_bool(ctx, "_removedConnection", 0);
        if (value_has_word(ctx, value, "close"))
            set_bool(ctx, "_last", 1);
        else
            set_bool(ctx, "shouldKeepAlive", 1);
    } else if (lower_eq(k, kn, "transfer-encoding")) {
        h->te = 1;
        set_bool(ctx, "_removedTE", 0);
        if (value_has_word(ctx, value, "chunked"))
            set_bool(ctx, "chunkedEncoding", 1);
    } else if (lower_eq(k, kn, "content-length")) {
        h->cont_len = 1;
        duk_dup(ctx, value);
        duk_to_number(ctx, -1);
        nd_duk_put_literal(ctx, S_MSG, "_contentLength");
        set_bool(ctx, "_removedContLen", 0);
    } else if (lower_eq(k, kn, "date")) {
        h->date = 1;
    } else if (lower_eq(k, kn, "expect")) {
        h->expect = 1;
    } else if (lower_eq(k, kn, "trailer")) {
        h->trailer = 1;
    } else if (lower_eq(k, kn, "keep-alive")) {
        set_bool(ctx, "_defaultKeepAlive", 0);
    }
    return 0;
}

/* One header: a value, or an array of values (Cookie values joined by
 * "; ", others a line each).  name and value are the two stack slots
 * given.  Returns 1 with a failure pushed. */
static int store_header(head_t *h, duk_idx_t name, duk_idx_t value,
                        int validate) {
    duk_context *ctx = h->ctx;
    const char *k;
    duk_size_t kn, i, n;

    if (validate) {
        k = duk_is_string(ctx, name) ? duk_get_lstring(ctx, name, &kn) : NULL;
        if (k == NULL || !is_token(k, kn))
            return fail(ctx, "token", name);
    }
    if (!duk_is_array(ctx, value))
        return store_line(h, name, value, validate);
    n = duk_get_length(ctx, value);
    k = duk_is_string(ctx, name) ? duk_get_lstring(ctx, name, &kn) : NULL;
    if (n >= 2 && k != NULL && lower_eq(k, kn, "cookie")) {
        duk_get_prop_literal(ctx, value, "join");
        duk_dup(ctx, value);
        duk_push_string(ctx, "; ");
        duk_call_method(ctx, 1);
        if (store_line(h, name, duk_get_top_index(ctx), validate))
            return 1;
        duk_pop(ctx);
        return 0;
    }
    for (i = 0; i < n; i++) {
        duk_get_prop_index(ctx, value, (duk_uarridx_t)i);
        if (store_line(h, name, duk_get_top_index(ctx), validate))
            return 1;
        duk_pop(ctx);
        n = duk_get_length(ctx, value); /* as the JS loop re-reads it */
    }
    return 0;
}

/* The headers in any of their four forms.  Returns 1 with a failure
 * pushed. */
static int store_headers(head_t *h) {
    duk_context *ctx = h->ctx;
    duk_idx_t base = duk_get_top(ctx);
    duk_size_t i, n;
    int own_map;

    if (!duk_is_object(ctx, S_HEADERS))
        return 0;
    nd_duk_get_literal(ctx, S_MSG, "_outHeaders");
    own_map = duk_strict_equals(ctx, -1, S_HEADERS);
    duk_pop(ctx);
    if (!duk_is_array(ctx, S_HEADERS)) {
        /* for (key in headers), own keys only unless it is the map; an
         * object of names and string or number values, the usual
         * writeHead() argument, without an enumerator */
        n = own_map ? (duk_size_t)-1 :
                      (duk_size_t)nd_duk_push_own_pairs(ctx, S_HEADERS);
        if (n != (duk_size_t)-1) {
            for (i = 0; i < n; i++)
                if (store_header(h, base + 2 * (duk_idx_t)i,
                                 base + 2 * (duk_idx_t)i + 1, 1))
                    return 1;
            duk_set_top(ctx, base);
            return 0;
        }
        duk_enum(ctx, S_HEADERS, own_map ? 0 : DUK_ENUM_OWN_PROPERTIES_ONLY);
        while (duk_next(ctx, base, 1)) {
            if (own_map) { /* [name, value] */
                duk_get_prop_index(ctx, -1, 0);
                duk_get_prop_index(ctx, -2, 1);
                if (store_header(h, base + 3, base + 4, 0))
                    return 1;
            } else if (store_header(h, base + 1, base + 2, 1)) {
                return 1;
            }
            duk_set_top(ctx, base + 1);
        }
        duk_set_top(ctx, base);
        return 0;
    }
    n = duk_get_length(ctx, S_HEADERS);
    duk_get_prop_index(ctx, S_HEADERS, 0);
    if (n > 0 && duk_is_array(ctx, -1)) { /* [[name, value], ...] */
        duk_pop(ctx);
        for (i = 0; i < duk_get_length(ctx, S_HEADERS); i++) {
            duk_get_prop_index(ctx, S_HEADERS, (duk_uarridx_t)i);
            duk_get_prop_index(ctx, -1, 0);
            duk_get_prop_index(ctx, -2, 1);
            if (store_header(h, base + 1, base + 2, 1))
                return 1;
            duk_set_top(ctx, base);
        }
        return 0;
    }
    duk_pop(ctx);
    if (n % 2 != 0)
        return fail(ctx, "odd", S_HEADERS);
    for (i = 0; i < duk_get_length(ctx, S_HEADERS); i += 2) {
        duk_get_prop_index(ctx, S_HEADERS, (duk_uarridx_t)i);
        duk_get_prop_index(ctx, S_HEADERS, (duk_uarridx_t)i + 1);
        if (store_header(h, base, base + 1, 1))
            return 1;
        duk_set_top(ctx, base);
    }
    return 0;
}

/* "Date: <now>\r\n" */
static void put_date(head_t *h) {
    char date[ND_HTTP_DATE_LEN + 1];

    put_str(h, "Date: ");
    put(h, date, nd_http_date(date, nd_wallclock_ms()));
    put(h, "\r\n", 2);
}

/* Append ToString(number), as JS `+` would write it. */
static void put_number(head_t *h, double v) {
    const char *s;
    duk_size_t n;

    duk_push_number(h->ctx, v);
    s = duk_to_lstring(h->ctx, -1, &n);
    put(h, s, n);
    duk_pop(h->ctx);
}

/* "Keep-Alive: timeout=N[, max=M]\r\n" */
static void put_keep_alive(head_t *h, double ms, double max) {
    put_str(h, "Keep-Alive: timeout=");
    put_number(h, floor(ms / 1000));
    if (max > 0) {
        put_str(h, ", max=");
        put_number(h, max);
    }
    put(h, "\r\n", 2);
}

/* Connection: keep-alive or close, as _storeHeader decided. */
static void put_connection(head_t *h) {
    duk_context *ctx = h->ctx;
    int keep;
    double ms, max;

    keep = get_bool(ctx, "shouldKeepAlive");
    if (keep && !h->cont_len && !get_bool(ctx, "useChunkedEncodingByDefault"))
        keep = get_bool(ctx, "agent");
    if (keep && get_bool(ctx, "maxRequestsOnConnectionReached")) {
        put_str(h, "Connection: close\r\n");
    } else if (keep) {
        put_str(h, "Connection: keep-alive\r\n");
        nd_duk_get_literal(ctx, S_MSG, "_keepAliveTimeout");
        ms = duk_to_number(ctx, -1);
        duk_pop(ctx);
        if (ms != 0 && ms == ms && get_bool(ctx, "_defaultKeepAlive")) {
            nd_duk_get_literal(ctx, S_MSG, "_maxRequestsPerSocket");
            max = duk_to_number(ctx, -1);
            duk_pop(ctx);
            put_keep_alive(h, ms, max);
        }
    } else {
        set_bool(ctx, "_last", 1);
        put_str(h, "Connection: close\r\n");
    }
}

/* Content-Length, Transfer-Encoding: chunked, or neither (the body ends
 * with the connection), when the headers named neither. */
static void put_framing(head_t *h) {
    duk_context *ctx = h->ctx;
    int length = 0;

    if (!get_bool(ctx, "_hasBody")) {
        set_bool(ctx, "chunkedEncoding", 0);
        return;
    }
    if (!get_bool(ctx, "useChunkedEncodingByDefault")) {
        set_bool(ctx, "_last", 1);
        return;
    }
    if (!h->trailer && !get_bool(ctx, "_removedContLen")) {
        nd_duk_get_literal(ctx, S_MSG, "_contentLength");
        if (duk_is_number(ctx, -1)) {
            put_str(h, "Content-Length: ");
            put_number(h, duk_get_number(ctx, -1));
            put(h, "\r\n", 2);
            length = 1;
        }
        duk_pop(ctx);
    }
    if (length)
        return;
    if (!get_bool(ctx, "_removedTE")) {
        put_str(h, "Transfer-Encoding: chunked\r\n");
        set_bool(ctx, "chunkedEncoding", 1);
    } else {
        set_bool(ctx, "_last", 1);
    }
}

/* The rest of a head whose first line is in h: its headers, the ones
 * Node adds, the empty line; msg._header set.  store()'s result. */
static duk_ret_t store_rest(head_t *h) {
    duk_context *ctx = h->ctx;

    if (store_headers(h))
        return 1;
    if (!h->date && get_bool(ctx, "sendDate"))
        put_date(h);
    if (!h->connection)
        put_connection(h);
    if (!h->cont_len && !h->te)
        put_framing(h);
    nd_duk_get_literal(ctx, S_MSG, "chunkedEncoding");
    if (h->trailer && !(duk_is_boolean(ctx, -1) && duk_get_boolean(ctx, -1)))
        return fail(ctx, "trailer", DUK_INVALID_INDEX);
    duk_pop(ctx);
    put(h, "\r\n", 2);
    duk_resize_buffer(ctx, S_BUF, h->len);
    duk_buffer_to_string(ctx, S_BUF);
    nd_duk_put_literal(ctx, S_MSG, "_header");
    if (get_bool(ctx, "_headerSent")) /* false already, as a rule */
        set_bool(ctx, "_headerSent", 0);
    duk_push_int(ctx, h->expect ? 1 : 0);
    return 1;
}

/* A head being made for msg at S_MSG, its headers at S_HEADERS: the
 * buffer pushed at S_BUF. */
static void head_begin(head_t *h, duk_context *ctx) {
    memset(h, 0, sizeof(*h));
    h->ctx = ctx;
    h->cap = 256;
    h->p = duk_push_dynamic_buffer(ctx, h->cap);
}

static duk_ret_t head_store(duk_context *ctx) {
    head_t h;
    const char *s;
    duk_size_t n;

    duk_set_top(ctx, S_BUF);
    if (!duk_is_object(ctx, S_MSG))
        return nd_throw_arg_type(ctx, S_MSG, "msg", "object");
    head_begin(&h, ctx);
    s = duk_to_lstring(ctx, S_FIRST, &n);
    put(&h, s, n);
    return store_rest(&h);
}

/* ServerResponse.prototype.writeHead()'s usual call, on the stack
 * [msg statusCode reason obj]; pushes -1, having changed nothing, when it
 * is not that call (the JS takes its own road), else store()'s result.
 *
 * The usual call: a status code that is a number, no message of its own
 * (reason is not a string, and msg.statusMessage is unset or the code's
 * usual one), and a response with no head yet.  Its headers are obj (or
 * reason, when obj is undefined or null); after setHeader(), the map
 * msg._outHeaders, when the call gives none (headers given too are
 * merged by the JS).  Then, as the JS does: statusMessage (when unset)
 * and statusCode are set, a 204, 304 or 1xx has no body, a response to
 * an unanswered Expect does not keep the connection, and the head is
 * stored with the status line "HTTP/1.1 <code> <message>".  The
 * function's property statusCodes is http.STATUS_CODES. */
static duk_ret_t head_write_head(duk_context *ctx) {
    enum { W_MSG = 0, W_CODE, W_REASON, W_OBJ, W_FN, W_USUAL };
    head_t h;
    const char *m;
    duk_size_t mn;
    duk_int32_t code;
    int set_message, own_map, ok;
    char num[4];

    duk_set_top(ctx, 4);
    duk_push_current_function(ctx); /* W_FN */
    if (!duk_is_object(ctx, W_MSG) || !duk_is_number(ctx, W_CODE) ||
        duk_is_string(ctx, W_REASON))
        goto decline;
    code = duk_to_int32(ctx, W_CODE);
    if (code < 100 || code > 999)
        goto decline;
    if (duk_is_undefined(ctx, W_OBJ) || duk_is_null(ctx, W_OBJ)) {
        duk_dup(ctx, W_REASON);
        duk_replace(ctx, W_OBJ);
    }
    if (!duk_is_undefined(ctx, W_OBJ) && !duk_is_null(ctx, W_OBJ) &&
        !duk_is_object(ctx, W_OBJ))
        goto decline;
    nd_duk_get_literal(ctx, W_MSG, "_header");
    ok = duk_is_null(ctx, -1);
    duk_pop(ctx);
    if (!ok)
        goto decline;
    nd_duk_get_literal(ctx, W_MSG, "_outHeaders");
    own_map = !duk_is_null(ctx, -1); /* setHeader() was called */
    duk_pop(ctx);
    if (own_map && !duk_is_undefined(ctx, W_OBJ) && !duk_is_null(ctx, W_OBJ))
        goto decline; /* more headers to merge with the map: the JS */

    /* the usual message: STATUS_CODES[code] */
    nd_duk_get_literal(ctx, W_FN, "statusCodes");
    duk_get_prop_index(ctx, -1, (duk_uarridx_t)code);
    duk_remove(ctx, -2); /* W_USUAL */
    if (!duk_is_string(ctx, W_USUAL)) {
        if (duk_to_boolean(ctx, W_USUAL))
            goto decline; /* STATUS_CODES changed: JS makes of it what it may */
        duk_pop(ctx);
        duk_push_literal(ctx, "unknown");
    }
    nd_duk_get_literal(ctx, W_MSG, "statusMessage");
    set_message = !nd_duk_truthy(ctx, -1);
    ok = set_message || duk_strict_equals(ctx, -1, W_USUAL);
    duk_pop(ctx);
    if (!ok)
        goto decline; /* a message of its own: checked and joined in JS */

    if (set_message) {
        duk_dup(ctx, W_USUAL);
        nd_duk_put_literal(ctx, W_MSG, "statusMessage");
    }
    duk_push_int(ctx, code);
    nd_duk_put_literal(ctx, W_MSG, "statusCode");
    if (code == 204 || code == 304 || code <= 199) {
        duk_push_false(ctx);
        nd_duk_put_literal(ctx, W_MSG, "_hasBody");
    }
    nd_duk_get_literal(ctx, W_MSG, "_expect_continue");
    ok = duk_to_boolean(ctx, -1);
    duk_pop(ctx);
    if (ok) {
        nd_duk_get_literal(ctx, W_MSG, "_sent100");
        ok = !duk_to_boolean(ctx, -1);
        duk_pop(ctx);
        if (ok) {
            duk_push_false(ctx);
            nd_duk_put_literal(ctx, W_MSG, "shouldKeepAlive");
        }
    }

    /* store()'s stack: [msg, first line (unused), headers, buffer] */
    if (own_map) {
        nd_duk_get_literal(ctx, W_MSG, "_outHeaders");
        duk_replace(ctx, W_OBJ);
    }
    m = duk_get_lstring(ctx, W_USUAL, &mn);
    duk_swap(ctx, W_CODE, W_USUAL); /* the message at S_FIRST */
    duk_swap(ctx, W_REASON, W_OBJ); /* the headers at S_HEADERS */
    duk_set_top(ctx, S_BUF);
    head_begin(&h, ctx);
    /* "HTTP/1.1 " and the three digits of 100..999 */
    num[0] = (char)('0' + code / 100);
    num[1] = (char)('0' + code / 10 % 10);
    num[2] = (char)('0' + code % 10);
    num[3] = ' ';
    put(&h, "HTTP/1.1 ", 9);
    put(&h, num, 4);
    put(&h, m, mn);
    put(&h, "\r\n", 2);
    return store_rest(&h);

decline:
    duk_push_int(ctx, -1);
    return 1;
}

static duk_ret_t head_is_token(duk_context *ctx) {
    const char *s;
    duk_size_t n;

    s = duk_is_string(ctx, 0) ? duk_get_lstring(ctx, 0, &n) : NULL;
    duk_push_boolean(ctx, s != NULL && is_token(s, n));
    return 1;
}

static duk_ret_t head_has_invalid_char(duk_context *ctx) {
    const char *s;
    duk_size_t n;

    s = duk_to_lstring(ctx, 0, &n);
    duk_push_boolean(ctx, has_invalid_char(s, n));
    return 1;
}

static duk_ret_t head_byte_length(duk_context *ctx) {
    size_t n;

    duk_to_string(ctx, 0);
    nd_utf8_encode(ctx, 0, &n);
    duk_push_number(ctx, (double)n);
    return 1;
}

/* writeHead(statusCode[, reason][, obj]): ServerResponse.prototype.
 * writeHead.  Its usual call is done here (head_write_head); any other
 * goes on to the JS writeHead, this function's property `long`.  A head
 * that asked for Expect, or bad headers, goes to this._storeResult(). */
static duk_ret_t head_write_head_method(duk_context *ctx) {
    duk_set_top(ctx, 3);
    duk_push_this(ctx);
    duk_insert(ctx, 0); /* [msg code reason obj] */
    head_write_head(ctx);
    if (duk_is_number(ctx, -1) && duk_get_int(ctx, -1) == -1) {
        /* declined, nothing changed: writeHead.long.call(this, ...) (the
         * headers may stand in obj for an undefined one, as the JS would
         * take them) */
        duk_set_top(ctx, 4);
        duk_push_current_function(ctx);
        nd_duk_get_literal(ctx, -1, "long");
        duk_remove(ctx, -2);
        duk_replace(ctx, 0); /* [long code reason obj] */
        duk_push_this(ctx);
        duk_insert(ctx, 1);
        duk_call_method(ctx, 3);
        return 1;
    }
    if (!(duk_is_number(ctx, -1) && duk_get_int(ctx, -1) == 0)) {
        /* this._storeResult(result, headers): headers at S_HEADERS */
        nd_duk_get_literal(ctx, S_MSG, "_storeResult");
        duk_dup(ctx, S_MSG);
        duk_dup(ctx, -3);
        duk_dup(ctx, S_HEADERS);
        duk_call_method(ctx, 2);
    }
    duk_push_this(ctx);
    return 1;
}

/* see engine.h */
duk_ret_t nd_mod_http_head_open(duk_context *ctx) {
    static const duk_function_list_entry fns[] = {
        {"isToken", head_is_token, 1},
        {"hasInvalidChar", head_has_invalid_char, 1},
        {"byteLength", head_byte_length, 1},
        {"store", head_store, 3},
        {"onFinish", nd__http_on_finish, 1},
        {"serverFinish", nd__http_server_finish, 0},
        {NULL, NULL, 0}};

    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, fns);
    /* methods of ServerResponse and OutgoingMessage, named as in Node */
    nd_push_native(ctx, head_write_head_method, 3, "writeHead", 3);
    duk_put_prop_literal(ctx, -2, "writeHead");
    nd_push_native(ctx, nd__http_end, 3, "end", 3);
    duk_put_prop_literal(ctx, -2, "end");
    return 1;
}
