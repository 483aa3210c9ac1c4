/*
 * http_parser_core.c - llhttp's events gathered into heads, bodies and
 * completions, with Node's header limits.  See http_parser_core.h.
 *
 * How a head is collected.  llhttp hands over each piece of the start
 * line and of every header as it sees it, possibly split across reads.
 * Every piece is appended to one buffer (p->buf); when llhttp says a piece
 * is complete (on_url_complete, on_header_value_complete...) the span
 * from p->mark to the end of the buffer is recorded and mark moves on.
 * So a head costs one growing buffer and one array of spans, whatever the
 * number of reads it came in.  Both are bounded: every appended byte is
 * counted against max_header_size first.
 *
 * A callback that wants parsing to stop returns ND_HP_STOP; the llhttp
 * callback then fails with an error that execute reports as
 * ND_HP_STOPPED, never as a parse error.
 */
#include <stdlib.h>
#include <string.h>

#include "http_parser_core.h"

#define REASON_OVERFLOW "HPE_HEADER_OVERFLOW:Header overflow"
#define REASON_STOPPED  "HPE_USER:stopped by the caller"
#define REASON_NOMEM    "HPE_USER:out of memory"

/* Where in the request target a byte is (see on_url). */
enum { URL_START, URL_SERVER, URL_PATH, URL_QUERY, URL_FRAGMENT };

static nd_hp_t *of(llhttp_t *parser) {
    return (nd_hp_t *)parser->data;
}

/* Forget the collected head (or trailers). */
static void clear_section(nd_hp_t *p) {
    p->len = 0;
    p->mark = 0;
    p->npairs_spans = 0;
    p->dropping = 0;
    p->url.off = 0;
    p->url.len = 0;
}

/* Count n more header bytes; fail when the section reaches the limit
 * (Node's rule: reaching max_header_size is already too much). */
static int track(nd_hp_t *p, size_t n) {
    p->nread += n;
    if (p->nread >= p->max_header_size) {
        p->error_overflow = 1;
        llhttp_set_error_reason(&p->parser, REASON_OVERFLOW);
        return HPE_USER;
    }
    return 0;
}

static int append(nd_hp_t *p, const char *at, size_t n) {
    int rc = track(p, n);

    if (rc != 0 || n == 0)
        return rc;
    if (p->len + n > p->cap) {
        size_t cap = p->cap ? p->cap : 256;
        char *nb;
        while (cap < p->len + n)
            cap *= 2;
        nb = realloc(p->buf, cap);
        if (nb == NULL) {
            llhttp_set_error_reason(&p->parser, REASON_NOMEM);
            return HPE_USER;
        }
        p->buf = nb;
        p->cap = cap;
    }
    memcpy(p->buf + p->len, at, n);
    p->len += n;
    return 0;
}

/* Record [mark, len) as the next field or value. */
static int push_span(nd_hp_t *p) {
    nd_hp_span_t *s;

    if (p->npairs_spans == p->pairs_cap) {
        size_t cap = p->pairs_cap ? p->pairs_cap * 2 : 16;
        nd_hp_span_t *ns = realloc(p->pairs, cap * sizeof(*ns));
        if (ns == NULL) {
            llhttp_set_error_reason(&p->parser, REASON_NOMEM);
            return HPE_USER;
        }
        p->pairs = ns;
        p->pairs_cap = cap;
    }
    s = &p->pairs[p->npairs_spans++];
    s->off = p->mark;
    s->len = p->len - p->mark;
    p->mark = p->len;
    return 0;
}

/* A callback's ND_HP_STOP becomes an llhttp error that execute knows. */
static int stop(nd_hp_t *p) {
    p->stopped = 1;
    llhttp_set_error_reason(&p->parser, REASON_STOPPED);
    return HPE_USER;
}

/* ---- llhttp callbacks --------------------------------------------------- */

static int on_message_begin(llhttp_t *parser) {
    nd_hp_t *p = of(parser);

    p->nread = 0;
    p->in_trailers = 0;
    p->url_part = URL_START;
    p->framing = 0;
    clear_section(p);
    return 0;
}

static int on_data(llhttp_t *parser, const char *at, size_t n) {
    nd_hp_t *p = of(parser);

    if (p->dropping)
        return track(p, n);
    return append(p, at, n);
}

/* Fail the parse at byte `at` with Node's code and reason; at NULL means
 * where llhttp stopped (in a *_complete callback). */
static int reject(nd_hp_t *p, const char *at, const char *code,
                  const char *reason) {
    p->error_code = code;
    p->error_reason = reason;
    p->rejected = 1;
    p->reject_pos = at;
    llhttp_set_error_reason(&p->parser, "HPE_USER:rejected");
    return HPE_USER;
}

/*
 * The request target, checked as Node's llhttp checks it: the llhttp this
 * is built with lets bytes 0x80-0xff, tab and form feed through in its
 * lenient mode, Node does not.  p->url_part follows where in the target
 * a byte is, for the same reason text.
 */
static int on_url(llhttp_t *parser, const char *at, size_t n) {
    static const char *const why[] = {
        "Invalid char in url path", "Unexpected char in url server",
        "Invalid char in url path", "Invalid char in url query",
        "Invalid char in url fragment start"};
    nd_hp_t *p = of(parser);
    size_t i;

    for (i = 0; i < n; i++) {
        unsigned char c = (unsigned char)at[i];
        if (c == '\t' || c == '\f') /* Node reports the byte after */
            return reject(p, at + i + 1, "HPE_INVALID_URL",
                          "Invalid characters in url");
        if (c >= 0x80)
            return reject(p, at + i, "HPE_INVALID_URL", why[p->url_part]);
        switch (p->url_part) {
        case URL_START:
            p->url_part = c == '/' ? URL_PATH : URL_SERVER;
            break;
        case URL_SERVER:
            if (c == '/' && i > 0 && at[i - 1] != '/' && at[i - 1] != ':')
                p->url_part = URL_PATH;
            break;
        case URL_PATH:
            if (c == '?')
                p->url_part = URL_QUERY;
            else if (c == '#')
                p->url_part = URL_FRAGMENT;
            break;
        case URL_QUERY:
            if (c == '#')
                p->url_part = URL_FRAGMENT;
            break;
        }
    }
    return append(p, at, n);
}

/* tchar of RFC 7230: what a header name may hold. */
static int is_token_char(unsigned char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
        (c >= '0' && c <= '9'))
        return 1;
    return c != 0 && strchr("!#$%&'*+-.^_`|~", c) != NULL;
}

/* A header name: llhttp's lenient build lets a space or other separator
 * through; Node's llhttp refuses it. */
static int on_field(llhttp_t *parser, const char *at, size_t n) {
    nd_hp_t *p = of(parser);
    size_t i;

    for (i = 0; i < n; i++) {
        if (!is_token_char((unsigned char)at[i]))
            return reject(p, at + i, "HPE_INVALID_HEADER_TOKEN",
                          "Invalid header token");
    }
    return on_data(parser, at, n);
}

static int on_start_line_complete(llhttp_t *parser) {
    nd_hp_t *p = of(parser);

    p->url.off = p->mark;
    p->url.len = p->len - p->mark;
    p->mark = p->len;
    return 0;
}

/* Is the field just collected (from p->mark) `name`, in any case? */
static int field_is(const nd_hp_t *p, const char *name) {
    size_t n = strlen(name), i;

    if (p->len - p->mark != n)
        return 0;
    for (i = 0; i < n; i++) {
        char c = p->buf[p->mark + i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != name[i])
            return 0;
    }
    return 1;
}

/* Content-Length beside Transfer-Encoding is refused as soon as the
 * second one's name is read, as Node's llhttp does (the one here finds it
 * only at the end of the head, under another code). */
static int check_framing(nd_hp_t *p) {
    if (p->in_trailers)
        return 0;
    if (field_is(p, "content-length")) {
        if (p->framing & 2)
            return reject(p, NULL, "HPE_INVALID_CONTENT_LENGTH",
                          "Content-Length can't be present with "
                          "Transfer-Encoding");
        p->framing |= 1;
    } else if (field_is(p, "transfer-encoding")) {
        if (p->framing & 1)
            return reject(p, NULL, "HPE_INVALID_TRANSFER_ENCODING",
                          "Transfer-Encoding can't be present with "
                          "Content-Length");
        p->framing |= 2;
    }
    return 0;
}

static int on_field_complete(llhttp_t *parser) {
    nd_hp_t *p = of(parser);
    int rc = check_framing(p);

    if (rc != 0)
        return rc;

    if (p->npairs_spans / 2 >= p->max_pairs) {
        p->len = p->mark; /* over the count: parse it, keep nothing */
        p->dropping = 1;
        return 0;
    }
    return push_span(p);
}

static int on_value_complete(llhttp_t *parser) {
    nd_hp_t *p = of(parser);

    if (p->dropping) {
        p->len = p->mark;
        p->dropping = 0;
        return 0;
    }
    return push_span(p);
}

static int on_headers_complete(llhttp_t *parser) {
    nd_hp_t *p = of(parser);
    int rc = p->cb->on_head(p);

    p->nread = 0;
    p->in_trailers = 1;
    clear_section(p);
    if (rc == ND_HP_STOP) {
        p->stopped = 1;
        return -1;
    }
    return rc;
}

static int on_body(llhttp_t *parser, const char *at, size_t n) {
    nd_hp_t *p = of(parser);

    if (p->cb->on_body(p, at, n) == ND_HP_STOP)
        return stop(p);
    return 0;
}

static int on_message_complete(llhttp_t *parser) {
    nd_hp_t *p = of(parser);
    int rc = p->cb->on_complete(p);

    p->in_trailers = 0;
    clear_section(p);
    if (rc == ND_HP_STOP) {
        p->stopped = 1;
        return -1;
    }
    return 0;
}

/* ---- the interface ------------------------------------------------------ */

/* see http_parser_core.h */
void nd_hp_init(nd_hp_t *p, int kind, size_t max_header_size,
                unsigned max_pairs, const nd_hp_callbacks_t *cb, void *data) {
    memset(p, 0, sizeof(*p));
    llhttp_settings_init(&p->settings);
    p->settings.on_message_begin = on_message_begin;
    p->settings.on_url = on_url;
    p->settings.on_status = on_data;
    p->settings.on_header_field = on_field;
    p->settings.on_header_value = on_data;
    p->settings.on_url_complete = on_start_line_complete;
    p->settings.on_status_complete = on_start_line_complete;
    p->settings.on_header_field_complete = on_field_complete;
    p->settings.on_header_value_complete = on_value_complete;
    p->settings.on_headers_complete = on_headers_complete;
    p->settings.on_body = on_body;
    p->settings.on_message_complete = on_message_complete;
    p->kind = kind;
    p->max_header_size = max_header_size;
    p->max_pairs = max_pairs;
    p->cb = cb;
    p->data = data;
    nd_hp_reset(p);
}

/* see http_parser_core.h */
void nd_hp_free(nd_hp_t *p) {
    free(p->buf);
    free(p->pairs);
    p->buf = NULL;
    p->pairs = NULL;
    p->cap = 0;
    p->pairs_cap = 0;
    clear_section(p);
}

/* see http_parser_core.h */
void nd_hp_reset(nd_hp_t *p) {
    llhttp_init(&p->parser,
                p->kind == ND_HP_REQUEST ? HTTP_REQUEST : HTTP_RESPONSE,
                &p->settings);
    p->parser.data = p;
    p->nread = 0;
    p->in_trailers = 0;
    p->stopped = 0;
    p->error_overflow = 0;
    p->reject_pos = NULL;
    p->rejected = 0;
    p->upgraded = 0;
    p->error_code = NULL;
    p->error_reason = NULL;
    p->consumed = 0;
    clear_section(p);
}

/* Turn llhttp's answer into ours, filling the error fields. */
static int conclude(nd_hp_t *p, llhttp_errno_t err, const char *data,
                    size_t len) {
    const char *pos = llhttp_get_error_pos(&p->parser);

    p->consumed = len;
    if (err == HPE_OK)
        return ND_HP_OK;
    if (data != NULL && pos != NULL && pos >= data && pos <= data + len)
        p->consumed = (size_t)(pos - data);
    if (err == HPE_PAUSED_UPGRADE) {
        llhttp_resume_after_upgrade(&p->parser);
        p->upgraded = 1;
        return ND_HP_UPGRADE;
    }
    if (p->stopped) {
        /* Whatever comes later is refused with Node's words for it: the
         * stream is out of step. */
        if (err == HPE_USER) {
            p->error_code = "HPE_JS_EXCEPTION";
            p->error_reason = "JS Exception";
        } else {
            p->error_code = llhttp_errno_name(err);
            p->error_reason = llhttp_get_error_reason(&p->parser);
            if (p->error_reason == NULL)
                p->error_reason = "";
        }
        return ND_HP_STOPPED;
    }
    if (p->rejected) {
        /* reject() named the error and the byte */
        if (p->reject_pos != NULL && data != NULL && p->reject_pos >= data &&
            p->reject_pos <= data + len)
            p->consumed = (size_t)(p->reject_pos - data);
    } else if (p->error_overflow) {
        p->error_code = "HPE_HEADER_OVERFLOW";
        p->error_reason = "Header overflow";
    } else if (err == HPE_USER) {
        p->error_code = "HPE_USER";
        p->error_reason = "Out of memory";
    } else {
        p->error_code = llhttp_errno_name(err);
        p->error_reason = llhttp_get_error_reason(&p->parser);
        if (p->error_reason == NULL)
            p->error_reason = "";
    }
    return ND_HP_ERROR;
}

/* see http_parser_core.h */
int nd_hp_execute(nd_hp_t *p, const char *data, size_t len) {
    llhttp_errno_t err;

    if (p->error_code != NULL) {
        p->consumed = 0;
        return ND_HP_ERROR;
    }
    err = llhttp_execute(&p->parser, data, len);
    return conclude(p, err, data, len);
}

/* see http_parser_core.h */
int nd_hp_finish(nd_hp_t *p) {
    if (p->error_code != NULL) {
        p->consumed = 0;
        return ND_HP_ERROR;
    }
    if (p->upgraded) /* the bytes after an upgrade are not HTTP's */
        return ND_HP_OK;
    return conclude(p, llhttp_finish(&p->parser), NULL, 0);
}

/* see http_parser_core.h */
size_t nd_hp_consumed(const nd_hp_t *p) {
    return p->consumed;
}

/* see http_parser_core.h */
const char *nd_hp_error_code(const nd_hp_t *p) {
    return p->error_code;
}

/* see http_parser_core.h */
const char *nd_hp_error_reason(const nd_hp_t *p) {
    return p->error_reason;
}

/* see http_parser_core.h */
const char *nd_hp_method(const nd_hp_t *p) {
    /* llhttp_method_name() aborts on a number it does not know. */
#define ND_HP_METHOD_CASE(num, name, string)                                   \
    case num:                                                                  \
        return #string;
    switch (p->parser.method) {
        HTTP_ALL_METHOD_MAP(ND_HP_METHOD_CASE)
    default:
        return "";
    }
#undef ND_HP_METHOD_CASE
}

/* see http_parser_core.h */
const char *nd_hp_url(const nd_hp_t *p, size_t *len) {
    *len = p->url.len;
    return p->buf != NULL ? p->buf + p->url.off : "";
}

/* see http_parser_core.h */
int nd_hp_status(const nd_hp_t *p) {
    return p->parser.status_code;
}

/* see http_parser_core.h */
int nd_hp_major(const nd_hp_t *p) {
    return p->parser.http_major;
}

/* see http_parser_core.h */
int nd_hp_minor(const nd_hp_t *p) {
    return p->parser.http_minor;
}

/* see http_parser_core.h */
unsigned nd_hp_flags(const nd_hp_t *p) {
    unsigned f = 0;

    if (llhttp_should_keep_alive(&p->parser))
        f |= ND_HP_KEEP_ALIVE;
    if (p->parser.upgrade)
        f |= ND_HP_IS_UPGRADE;
    if (p->parser.flags & F_CHUNKED)
        f |= ND_HP_CHUNKED;
    if (p->parser.flags & F_CONTENT_LENGTH)
        f |= ND_HP_HAS_LENGTH;
    return f;
}

/* see http_parser_core.h */
uint64_t nd_hp_content_length(const nd_hp_t *p) {
    return p->parser.content_length;
}

/* see http_parser_core.h */
size_t nd_hp_pair_count(const nd_hp_t *p) {
    return p->npairs_spans / 2;
}

/* see http_parser_core.h */
const char *nd_hp_field(const nd_hp_t *p, size_t i, size_t *len) {
    const nd_hp_span_t *s = &p->pairs[2 * i];

    *len = s->len;
    return p->buf != NULL ? p->buf + s->off : "";
}

/* see http_parser_core.h */
const char *nd_hp_value(const nd_hp_t *p, size_t i, size_t *len) {
    const nd_hp_span_t *s = &p->pairs[2 * i + 1];
    size_t n = s->len;
    const char *v = p->buf != NULL ? p->buf + s->off : "";

    while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '\t'))
        n--;
    *len = n;
    return v;
}
