/*
 * http_parser_core.h - HTTP/1 message parsing over llhttp, without JS.
 *
 * This is the part of the http binding that reads untrusted bytes, kept
 * apart from Duktape so that a fuzzer can drive it alone
 * (tests/fuzz/fuzz-http-parser.c).  It wraps one llhttp parser and turns
 * its many small events into three per message:
 *
 *   on_head      once the request line (or status line) and headers are
 *                in: the url, method, version, status and every header
 *                pair are ready to read through the accessors below
 *   on_body      a piece of the body, already de-chunked
 *   on_complete  the message is over; trailers, if any, are ready
 *
 * Limits, as Node enforces them: the bytes of the start line and of the
 * header fields and values of one head (or one trailer section) are
 * counted as they arrive, and reaching max_header_size fails the parse
 * with HPE_HEADER_OVERFLOW ("Header overflow").  At most max_pairs header
 * pairs are kept (the rest are parsed and dropped; the http server keeps
 * them all, since Node's maxHeadersCount limits only req.headers).
 * Memory held is bounded by max_header_size.
 *
 * Checks beyond those of the llhttp 8.1 built here, made because Node's
 * llhttp 9 makes them: no bytes 0x80-0xff, tab or form feed in a request
 * target; only token characters in a header name; Content-Length and
 * Transfer-Encoding never together (refused as soon as the second name
 * is read).
 *
 * Errors carry Node's names: code is llhttp's ("HPE_INVALID_METHOD") or
 * ours ("HPE_HEADER_OVERFLOW"), reason is the text Node puts after
 * "Parse Error: ".
 *
 * The caller owns the nd_hp_t.  Header bytes are copied: accessors stay
 * valid until the next execute.  Threading: one thread at a time.
 */
#ifndef ND_HTTP_PARSER_CORE_H
#define ND_HTTP_PARSER_CORE_H

#include <stddef.h>
#include <stdint.h>

#include <llhttp.h>

enum { ND_HP_REQUEST = 1, ND_HP_RESPONSE = 2 };

/* What nd_hp_execute() and nd_hp_finish() return. */
enum {
    ND_HP_OK = 0,      /* all bytes consumed */
    ND_HP_UPGRADE = 1, /* stopped after an upgrade head: the rest is not HTTP */
    ND_HP_STOPPED = 2, /* a callback returned ND_HP_STOP; later calls fail */
    ND_HP_ERROR = 3    /* malformed input or a limit: see nd_hp_error_* */
};

/* on_head's answer: go on, or the message has no body whatever its
 * headers say (a response to HEAD), or the connection is upgraded. */
enum { ND_HP_BODY = 0, ND_HP_NO_BODY = 1, ND_HP_UPGRADED = 2 };
/* Any callback may return this to stop parsing at once. */
#define ND_HP_STOP (-1)

/* Flags of a head (nd_hp_flags()). */
#define ND_HP_KEEP_ALIVE 1u
#define ND_HP_IS_UPGRADE 2u
#define ND_HP_CHUNKED    4u
#define ND_HP_HAS_LENGTH 8u

typedef struct nd_hp_s nd_hp_t;

typedef struct {
    int (*on_head)(nd_hp_t *p);
    int (*on_body)(nd_hp_t *p, const char *at, size_t len);
    int (*on_complete)(nd_hp_t *p);
} nd_hp_callbacks_t;

typedef struct {
    size_t off, len;
} nd_hp_span_t;

struct nd_hp_s {
    llhttp_t parser;
    const nd_hp_callbacks_t *cb;
    void *data; /* the caller's */
    int kind;
    size_t max_header_size;
    unsigned max_pairs;
    size_t nread;    /* header bytes counted in this section */
    int in_trailers; /* the head was delivered: fields are trailers */
    int stopped;     /* a callback returned ND_HP_STOP */
    /* the bytes of the current head or trailer section */
    char *buf;
    size_t len, cap;
    size_t mark;         /* where the piece being collected starts */
    nd_hp_span_t url;    /* the url, or the status message */
    nd_hp_span_t *pairs; /* field, value, field, value... */
    size_t npairs_spans, pairs_cap;
    int dropping; /* over max_pairs: the current pair is not kept */
    int error_overflow;
    int url_part;           /* where in the request target we are */
    int framing;            /* 1 Content-Length seen, 2 Transfer-Encoding */
    int rejected;           /* a check of ours failed the parse */
    int upgraded;           /* execute stopped at an upgrade */
    const char *reject_pos; /* the byte it refused, or NULL */
    const char *error_code;
    const char *error_reason;
    size_t consumed; /* bytes the last execute consumed */
};

/* Set p up for requests or responses (ND_HP_REQUEST/RESPONSE).  Nothing
 * is allocated until bytes arrive. */
void nd_hp_init(nd_hp_t *p, int kind, size_t max_header_size,
                unsigned max_pairs, const nd_hp_callbacks_t *cb, void *data);
/* Release what p holds; p may be initialised again. */
void nd_hp_free(nd_hp_t *p);
/* Start over for a new connection, keeping kind, limits and callbacks. */
void nd_hp_reset(nd_hp_t *p);

/* Parse len bytes.  Returns ND_HP_*; nd_hp_consumed() tells how many
 * bytes were used (for ND_HP_UPGRADE, where the upgraded data starts). */
int nd_hp_execute(nd_hp_t *p, const char *data, size_t len);
/* The peer closed: a message that ends at EOF ends now, a half message is
 * an error (after an upgrade, nothing is).  Returns ND_HP_*. */
int nd_hp_finish(nd_hp_t *p);
size_t nd_hp_consumed(const nd_hp_t *p);

const char *nd_hp_error_code(const nd_hp_t *p);
const char *nd_hp_error_reason(const nd_hp_t *p);

/* ---- the current head (valid in on_head; fields also in on_complete) --- */

const char *nd_hp_method(const nd_hp_t *p); /* "GET"; requests only */
/* The url of a request, the status message of a response. */
const char *nd_hp_url(const nd_hp_t *p, size_t *len);
int nd_hp_status(const nd_hp_t *p);
int nd_hp_major(const nd_hp_t *p);
int nd_hp_minor(const nd_hp_t *p);
unsigned nd_hp_flags(const nd_hp_t *p);
uint64_t nd_hp_content_length(const nd_hp_t *p);
/* Header pairs (or trailer pairs in on_complete).  Values have trailing
 * spaces and tabs removed, as Node does. */
size_t nd_hp_pair_count(const nd_hp_t *p);
const char *nd_hp_field(const nd_hp_t *p, size_t i, size_t *len);
const char *nd_hp_value(const nd_hp_t *p, size_t i, size_t *len);

#endif
