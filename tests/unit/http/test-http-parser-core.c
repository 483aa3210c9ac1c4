/*
 * test-http-parser-core.c - the HTTP parser core (modules/http_parser_core.c)
 * without any JS: what a head, a body and a completion deliver, that the
 * result does not depend on how the bytes are split into reads, the header
 * limits, Node's error codes and positions, upgrades, EOF and stopping.
 */
#include <stdarg.h>

#include "../../../modules/http_parser_core.h"
#include "../nd_test.h"

/* ---- a recorder: every event as text ------------------------------------ */

typedef struct {
    char log[8192];
    size_t len;
    int body_open; /* a "body " entry is being extended */
    int head_answer;
    int stop_at_head;
} rec_t;

static void say(rec_t *r, const char *fmt, ...) {
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(r->log + r->len, sizeof(r->log) - r->len, fmt, ap);
    va_end(ap);
    ND_CHECK(n >= 0 && (size_t)n < sizeof(r->log) - r->len);
    r->len += (size_t)n;
}

static void say_pairs(rec_t *r, nd_hp_t *p) {
    size_t i, n = nd_hp_pair_count(p), fl, vl;

    for (i = 0; i < n; i++) {
        const char *f = nd_hp_field(p, i, &fl);
        const char *v = nd_hp_value(p, i, &vl);
        say(r, " [%.*s=%.*s]", (int)fl, f, (int)vl, v);
    }
}

static int on_head(nd_hp_t *p) {
    rec_t *r = p->data;
    size_t len;
    const char *url = nd_hp_url(p, &len);

    r->body_open = 0;
    if (p->kind == ND_HP_REQUEST)
        say(r, "head %s %.*s", nd_hp_method(p), (int)len, url);
    else
        say(r, "head %d %.*s", nd_hp_status(p), (int)len, url);
    say(r, " %d.%d flags=%u", nd_hp_major(p), nd_hp_minor(p), nd_hp_flags(p));
    if (nd_hp_flags(p) & ND_HP_HAS_LENGTH)
        say(r, " cl=%llu", (unsigned long long)nd_hp_content_length(p));
    say_pairs(r, p);
    say(r, "\n");
    return r->stop_at_head ? ND_HP_STOP : r->head_answer;
}

/* Body pieces of one message are logged as one entry, so the log is the
 * same however the input was split. */
static int on_body(nd_hp_t *p, const char *at, size_t n) {
    rec_t *r = p->data;

    if (!r->body_open) {
        say(r, "body ");
        r->body_open = 1;
    }
    say(r, "%.*s", (int)n, at);
    return 0;
}

static int on_complete(nd_hp_t *p) {
    rec_t *r = p->data;

    if (r->body_open)
        say(r, "\n");
    r->body_open = 0;
    say(r, "complete");
    say_pairs(r, p);
    say(r, "\n");
    return 0;
}

static const nd_hp_callbacks_t callbacks = {on_head, on_body, on_complete};

/* Parse data in two reads split at `at`; return the last result. */
static int parse2(nd_hp_t *p, rec_t *r, int kind, size_t limit,
                  const char *data, size_t len, size_t at) {
    int rc;

    memset(r, 0, sizeof(*r));
    nd_hp_init(p, kind, limit, 100, &callbacks, r);
    rc = nd_hp_execute(p, data, at);
    if (rc == ND_HP_OK)
        rc = nd_hp_execute(p, data + at, len - at);
    return rc;
}

/* ---- cases -------------------------------------------------------------- */

static const char pipelined[] =
    "GET /a?x=1 HTTP/1.1\r\nHost: h\r\nX-Sp:  padded \t\r\n\r\n"
    "POST /up HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
    "5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nX-T: done\r\n\r\n"
    "PUT /len HTTP/1.0\r\nContent-Length: 3\r\n\r\nabc";

static const char pipelined_log[] =
    "head GET /a?x=1 1.1 flags=1 [Host=h] [X-Sp=padded]\n"
    "complete\n"
    "head POST /up 1.1 flags=5 [Transfer-Encoding=chunked]\n"
    "body hello world\n"
    "complete [X-T=done]\n"
    "head PUT /len 1.0 flags=8 cl=3 [Content-Length=3]\n"
    "body abc\n"
    "complete\n";

static void test_events(void) {
    nd_hp_t p;
    rec_t r;

    ND_CHECK_EQ(parse2(&p, &r, ND_HP_REQUEST, 16384, pipelined,
                       sizeof(pipelined) - 1, sizeof(pipelined) - 1),
                ND_HP_OK);
    ND_CHECK_STR(r.log, pipelined_log);
    nd_hp_free(&p);
}

static void test_split_anywhere(void) {
    size_t at;

    for (at = 0; at <= sizeof(pipelined) - 1; at++) {
        nd_hp_t p;
        rec_t r;
        ND_CHECK_EQ(parse2(&p, &r, ND_HP_REQUEST, 16384, pipelined,
                           sizeof(pipelined) - 1, at),
                    ND_HP_OK);
        ND_CHECK_STR(r.log, pipelined_log);
        nd_hp_free(&p);
    }
}

/* Counted: target, names, values.  Reaching the limit fails. */
static void test_header_limit(void) {
    /* "/" 1 + "Host" 4 + "h" 1 + "X" 1 + value: 7 + value bytes */
    char req[256];
    nd_hp_t p;
    rec_t r;
    int n;

    n = snprintf(req, sizeof(req), "GET / HTTP/1.1\r\nHost: h\r\nX: %s\r\n\r\n",
                 "0123456789012345678901234567890123456789012345678901234567");
    ND_CHECK_EQ(
        parse2(&p, &r, ND_HP_REQUEST, 7 + 58 + 1, req, (size_t)n, (size_t)n),
        ND_HP_OK);
    nd_hp_free(&p);
    ND_CHECK_EQ(parse2(&p, &r, ND_HP_REQUEST, 7 + 58, req, (size_t)n, 20),
                ND_HP_ERROR);
    ND_CHECK_STR(nd_hp_error_code(&p), "HPE_HEADER_OVERFLOW");
    ND_CHECK_STR(nd_hp_error_reason(&p), "Header overflow");
    /* refused ever after */
    ND_CHECK_EQ(nd_hp_execute(&p, "x", 1), ND_HP_ERROR);
    nd_hp_free(&p);
}

static void test_pair_limit(void) {
    static const char req[] = "GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\n"
                              "D: 4\r\n\r\n";
    nd_hp_t p;
    rec_t r;

    memset(&r, 0, sizeof(r));
    nd_hp_init(&p, ND_HP_REQUEST, 16384, 2, &callbacks, &r);
    ND_CHECK_EQ(nd_hp_execute(&p, req, sizeof(req) - 1), ND_HP_OK);
    ND_CHECK_STR(r.log, "head GET / 1.1 flags=1 [A=1] [B=2]\ncomplete\n");
    nd_hp_free(&p);
}

static void expect_error(const char *req, const char *code, const char *reason,
                         size_t pos) {
    nd_hp_t p;
    rec_t r;

    ND_CHECK_EQ(
        parse2(&p, &r, ND_HP_REQUEST, 16384, req, strlen(req), strlen(req)),
        ND_HP_ERROR);
    ND_CHECK_STR(nd_hp_error_code(&p), code);
    ND_CHECK_STR(nd_hp_error_reason(&p), reason);
    ND_CHECK_EQ(nd_hp_consumed(&p), pos);
    nd_hp_free(&p);
}

/* Codes, reasons and positions as Node 20 reports them. */
static void test_errors(void) {
    expect_error("FOO / HTTP/1.1\r\n\r\n", "HPE_INVALID_METHOD",
                 "Invalid method encountered", 1);
    expect_error("GET /caf\xe9 HTTP/1.1\r\n\r\n", "HPE_INVALID_URL",
                 "Invalid char in url path", 8);
    expect_error("GET /a?b=\xe9 HTTP/1.1\r\n\r\n", "HPE_INVALID_URL",
                 "Invalid char in url query", 9);
    expect_error("GET /a#\xe9 HTTP/1.1\r\n\r\n", "HPE_INVALID_URL",
                 "Invalid char in url fragment start", 7);
    expect_error("GET http://h\xe9/ HTTP/1.1\r\n\r\n", "HPE_INVALID_URL",
                 "Unexpected char in url server", 12);
    expect_error("GET /a\tb HTTP/1.1\r\n\r\n", "HPE_INVALID_URL",
                 "Invalid characters in url", 7);
    expect_error("GET / HTTP/1.1\r\nBad Name: 1\r\n\r\n",
                 "HPE_INVALID_HEADER_TOKEN", "Invalid header token", 19);
    expect_error("POST / HTTP/1.1\r\nHost: h\r\nContent-Length: 3\r\n"
                 "Transfer-Encoding: chunked\r\n\r\n",
                 "HPE_INVALID_TRANSFER_ENCODING",
                 "Transfer-Encoding can't be present with Content-Length", 63);
    expect_error("POST / HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked"
                 "\r\nContent-Length: 3\r\n\r\n",
                 "HPE_INVALID_CONTENT_LENGTH",
                 "Content-Length can't be present with Transfer-Encoding", 69);
    expect_error("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2"
                 "\r\n\r\n",
                 "HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length",
                 52);
}

static void test_upgrade(void) {
    static const char req[] = "GET /ws HTTP/1.1\r\nConnection: Upgrade\r\n"
                              "Upgrade: x\r\n\r\nNOT HTTP";
    nd_hp_t p;
    rec_t r;

    memset(&r, 0, sizeof(r));
    r.head_answer = ND_HP_UPGRADED;
    nd_hp_init(&p, ND_HP_REQUEST, 16384, 100, &callbacks, &r);
    ND_CHECK_EQ(nd_hp_execute(&p, req, sizeof(req) - 1), ND_HP_UPGRADE);
    ND_CHECK_EQ(nd_hp_consumed(&p), sizeof(req) - 1 - 8);
    ND_CHECK_EQ(nd_hp_finish(&p), ND_HP_OK);
    nd_hp_free(&p);
}

static void test_eof(void) {
    static const char resp[] = "HTTP/1.0 200 OK\r\nServer: s\r\n\r\nuntil eof";
    static const char half[] = "POST / HTTP/1.1\r\nContent-Length: 9\r\n\r\nab";
    nd_hp_t p;
    rec_t r;

    ND_CHECK_EQ(
        parse2(&p, &r, ND_HP_RESPONSE, 16384, resp, sizeof(resp) - 1, 10),
        ND_HP_OK);
    ND_CHECK_EQ(nd_hp_finish(&p), ND_HP_OK);
    ND_CHECK_STR(r.log, "head 200 OK 1.0 flags=0 [Server=s]\n"
                        "body until eof\ncomplete\n");
    nd_hp_free(&p);

    ND_CHECK_EQ(parse2(&p, &r, ND_HP_REQUEST, 16384, half, sizeof(half) - 1,
                       sizeof(half) - 1),
                ND_HP_OK);
    ND_CHECK_EQ(nd_hp_finish(&p), ND_HP_ERROR);
    ND_CHECK_STR(nd_hp_error_code(&p), "HPE_INVALID_EOF_STATE");
    nd_hp_free(&p);
}

/* A callback that stops: execute says so; what follows is refused with
 * Node's code for an exception in that callback. */
static void test_stop(void) {
    static const char req[] = "GET / HTTP/1.1\r\n\r\n";
    nd_hp_t p;
    rec_t r;

    memset(&r, 0, sizeof(r));
    r.stop_at_head = 1;
    nd_hp_init(&p, ND_HP_REQUEST, 16384, 100, &callbacks, &r);
    ND_CHECK_EQ(nd_hp_execute(&p, req, sizeof(req) - 1), ND_HP_STOPPED);
    ND_CHECK_EQ(nd_hp_execute(&p, req, sizeof(req) - 1), ND_HP_ERROR);
    ND_CHECK_STR(nd_hp_error_code(&p), "HPE_CB_HEADERS_COMPLETE");
    /* reset makes it usable again */
    r.stop_at_head = 0;
    nd_hp_reset(&p);
    r.len = 0;
    r.log[0] = '\0';
    ND_CHECK_EQ(nd_hp_execute(&p, req, sizeof(req) - 1), ND_HP_OK);
    ND_CHECK_STR(r.log, "head GET / 1.1 flags=1\ncomplete\n");
    nd_hp_free(&p);
}

int main(void) {
    ND_RUN(test_events);
    ND_RUN(test_split_anywhere);
    ND_RUN(test_header_limit);
    ND_RUN(test_pair_limit);
    ND_RUN(test_errors);
    ND_RUN(test_upgrade);
    ND_RUN(test_eof);
    ND_RUN(test_stop);
    ND_DONE("http-parser-core");
}
