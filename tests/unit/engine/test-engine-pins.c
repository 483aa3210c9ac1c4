/*
 * test-engine-pins.c - the pin table (engine.c): a pinned value survives
 * garbage collection until it is unpinned; pins are never 0 and distinct
 * while in use; a freed slot is reused, yet a stale pin (unpinned
 * already) finds nothing, not the slot's newer value; pin 0 and unknown
 * pins are harmless.
 */
#include <stdio.h>
#include <string.h>

#include "nd_test.h"
#include "engine.h"

#define COUNT 5000

static nd_pin_t pins[COUNT];

/* Push a new object {n: n}, reachable from nothing else. */
static void push_fresh(duk_context *ctx, int n) {
    duk_push_object(ctx);
    duk_push_int(ctx, n);
    duk_put_prop_string(ctx, -2, "n");
}

/* The pinned value's n, or -1 when the pin finds nothing. */
static int pinned_n(duk_context *ctx, nd_pin_t pin) {
    int n = -1;

    nd_pin_push(ctx, pin);
    if (duk_is_object(ctx, -1)) {
        duk_get_prop_string(ctx, -1, "n");
        n = duk_get_int(ctx, -1);
        duk_pop(ctx);
    }
    duk_pop(ctx);
    return n;
}

static void test_pins(void) {
    nd_engine_options_t opts;
    nd_engine_t *e;
    duk_context *ctx;
    nd_pin_t stale, reused;
    int i, j;

    memset(&opts, 0, sizeof(opts));
    ND_CHECK_EQ(nd_engine_create(&e, &opts), 0);
    ctx = nd_engine_ctx(e);

    /* Many at once, each alive only through its pin. */
    for (i = 0; i < COUNT; i++) {
        push_fresh(ctx, i);
        pins[i] = nd_pin(ctx, -1);
        duk_pop(ctx);
        ND_CHECK(pins[i] != 0);
        for (j = i > 8 ? i - 8 : 0; j < i; j++)
            ND_CHECK(pins[j] != pins[i]);
    }
    duk_gc(ctx, 0);
    duk_gc(ctx, 0);
    for (i = 0; i < COUNT; i++)
        ND_CHECK_EQ(pinned_n(ctx, pins[i]), i);

    /* Release every other one; the rest stay. */
    for (i = 0; i < COUNT; i += 2)
        nd_unpin(ctx, pins[i]);
    duk_gc(ctx, 0);
    for (i = 0; i < COUNT; i++)
        ND_CHECK_EQ(pinned_n(ctx, pins[i]), i % 2 ? i : -1);

    /* A freed slot is reused; the old pin still finds nothing, and
     * unpinning it again does not release the new value. */
    stale = pins[0];
    push_fresh(ctx, 777);
    reused = nd_pin(ctx, -1);
    duk_pop(ctx);
    ND_CHECK(reused != stale);
    ND_CHECK_EQ(pinned_n(ctx, stale), -1);
    nd_unpin(ctx, stale);
    duk_gc(ctx, 0);
    ND_CHECK_EQ(pinned_n(ctx, reused), 777);
    nd_unpin(ctx, reused);
    ND_CHECK_EQ(pinned_n(ctx, reused), -1);

    /* 0 and pins never issued are harmless. */
    ND_CHECK_EQ(pinned_n(ctx, 0), -1);
    nd_unpin(ctx, 0);
    ND_CHECK_EQ(pinned_n(ctx, ((nd_pin_t)99 << 32) | 3), -1);
    ND_CHECK_EQ(pinned_n(ctx, (nd_pin_t)1 << 40), -1);
    nd_unpin(ctx, (nd_pin_t)1 << 40);

    /* The survivors are still there; a primitive can be pinned too. */
    for (i = 1; i < COUNT; i += 2)
        ND_CHECK_EQ(pinned_n(ctx, pins[i]), i);
    duk_push_string(ctx, "text");
    reused = nd_pin(ctx, -1);
    duk_pop(ctx);
    nd_pin_push(ctx, reused);
    ND_CHECK_STR(duk_get_string(ctx, -1), "text");
    duk_pop(ctx);
    nd_unpin(ctx, reused);
    for (i = 1; i < COUNT; i += 2)
        nd_unpin(ctx, pins[i]);
    nd_engine_destroy(e);
}

int main(void) {
    ND_RUN(test_pins);
    ND_DONE("test-engine-pins");
}
