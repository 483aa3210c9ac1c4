/*
 * fuzz-http-parser.c - fuzz target for the HTTP parser core
 * (modules/http_parser_core.c), the C that reads untrusted bytes for the
 * http module.
 *
 * One input is parsed as requests and again as responses, whole and then
 * split at a point chosen by its first byte (as if it had arrived in two
 * reads), with a small header limit and a small header count so the limit
 * paths run too.  The callbacks read everything a JS binding would read
 * (method, url, every field and value, flags), so a read out of bounds
 * shows up under AddressSanitizer.  Invariants checked: the bytes consumed
 * never exceed the input, and an error always has a code and a reason.
 *
 * Built two ways (tests/fuzz/meson.build): with clang -fsanitize=fuzzer as
 * a libFuzzer target (tests/fuzz/run.sh), and with main.c as a plain
 * program that runs the seed corpus, which is a unit test.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../modules/http_parser_core.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Touch every byte a binding would read. */
static volatile unsigned sink;

static void touch(const char *s, size_t n) {
    size_t i;

    for (i = 0; i < n; i++)
        sink += (unsigned char)s[i];
}

static void touch_pairs(nd_hp_t *p) {
    size_t i, n = nd_hp_pair_count(p), len;
    const char *s;

    if (n > p->max_pairs)
        abort();
    for (i = 0; i < n; i++) {
        s = nd_hp_field(p, i, &len);
        touch(s, len);
        s = nd_hp_value(p, i, &len);
        touch(s, len);
    }
}

static int on_head(nd_hp_t *p) {
    size_t len;
    const char *url = nd_hp_url(p, &len);

    touch(url, len);
    if (p->kind == ND_HP_REQUEST)
        touch(nd_hp_method(p), strlen(nd_hp_method(p)));
    sink += (unsigned)nd_hp_status(p) + nd_hp_major(p) + nd_hp_minor(p) +
            nd_hp_flags(p) + (unsigned)nd_hp_content_length(p);
    touch_pairs(p);
    /* Exercise both answers a client gives: no body, and upgrade. */
    return (int)(len % 3);
}

static int on_body(nd_hp_t *p, const char *at, size_t len) {
    touch(at, len);
    return 0;
}

static int on_complete(nd_hp_t *p) {
    touch_pairs(p);
    return 0;
}

static const nd_hp_callbacks_t callbacks = {on_head, on_body, on_complete};

static void check(nd_hp_t *p, int rc, size_t given) {
    if (nd_hp_consumed(p) > given)
        abort();
    if (rc == ND_HP_ERROR &&
        (nd_hp_error_code(p) == NULL || nd_hp_error_reason(p) == NULL))
        abort();
}

static void run(int kind, const char *data, size_t size, size_t split,
                size_t max_header_size) {
    nd_hp_t p;
    int rc;

    nd_hp_init(&p, kind, max_header_size, 8, &callbacks, NULL);
    rc = nd_hp_execute(&p, data, split);
    check(&p, rc, split);
    if (rc == ND_HP_OK) {
        rc = nd_hp_execute(&p, data + split, size - split);
        check(&p, rc, size - split);
    }
    if (rc == ND_HP_OK)
        check(&p, nd_hp_finish(&p), 0);
    nd_hp_reset(&p);
    check(&p, nd_hp_execute(&p, data, size), size);
    nd_hp_free(&p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const char *s = (const char *)data;
    size_t split = size > 0 ? (data[0] * size) / 256 : 0;

    run(ND_HP_REQUEST, s, size, split, 16384);
    run(ND_HP_RESPONSE, s, size, split, 16384);
    run(ND_HP_REQUEST, s, size, size / 2, 64);
    return 0;
}
