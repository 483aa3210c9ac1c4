/*
 * test-async.c - waking a loop from other threads: the callback runs on the
 * loop thread, in the poll phase; many sends coalesce into few callbacks
 * but the last send is never lost; only the handle that was sent to runs.
 */
#include "loop_test.h"
#include "nd_test_os.h"

#include <stdatomic.h>

#include "thread.h"

#define NSENDS 20000

static unsigned long loop_thread;
static nd_async_t async, other;
static atomic_int sender_done;
static int callbacks, other_callbacks;

static void sender(void *arg) {
    int i;

    for (i = 0; i < NSENDS; i++)
        ND_CHECK_EQ(nd_async_send(&async), 0);
    atomic_store(&sender_done, 1);
    ND_CHECK_EQ(nd_async_send(&async), 0); /* the one that must arrive */
}

static void async_cb(nd_async_t *a) {
    ND_CHECK(nd_test_thread_id() == loop_thread);
    callbacks++;
    if (atomic_load(&sender_done))
        nd_close(&a->h, NULL);
}

static void other_cb(nd_async_t *a) {
    other_callbacks++;
}

static void test_from_thread(void) {
    nd_thread_t th;
    nd_loop_t loop;

    lt_open(&loop);
    loop_thread = nd_test_thread_id();
    callbacks = other_callbacks = 0;
    atomic_store(&sender_done, 0);
    ND_CHECK_EQ(nd_async_init(&loop, &async, async_cb), 0);
    ND_CHECK_EQ(nd_async_init(&loop, &other, other_cb), 0);
    nd_unref(&other.h); /* would keep the loop alive forever otherwise */
    ND_CHECK(nd_is_active(&async.h));
    ND_CHECK(nd_has_ref(&async.h));

    ND_CHECK_EQ(nd_thread_create(&th, sender, NULL, 0), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(nd_thread_join(&th), 0);
    ND_CHECK(callbacks >= 1);
    ND_CHECK(callbacks <= NSENDS + 1);
    ND_CHECK_EQ(other_callbacks, 0);
    fprintf(stderr, "    %d sends -> %d callbacks\n", NSENDS + 1, callbacks);
    nd_close(&other.h, NULL);
    lt_finish(&loop);
}

/* Sends before the loop runs collapse into exactly one callback. */
static void once_cb(nd_async_t *a) {
    callbacks++;
    nd_close(&a->h, NULL);
}

static void test_coalesce(void) {
    nd_loop_t loop;
    int i;

    lt_open(&loop);
    callbacks = 0;
    ND_CHECK_EQ(nd_async_init(&loop, &async, once_cb), 0);
    for (i = 0; i < 100; i++)
        ND_CHECK_EQ(nd_async_send(&async), 0);
    lt_finish(&loop);
    ND_CHECK_EQ(callbacks, 1);
}

/* A sent handle closed before the poll phase is not called. */
static void never_cb(nd_async_t *a) {
    ND_CHECK(0 && "closed async handle was called");
}

static void test_closed_not_called(void) {
    nd_loop_t loop;

    lt_open(&loop);
    ND_CHECK_EQ(nd_async_init(&loop, &async, never_cb), 0);
    ND_CHECK_EQ(nd_async_send(&async), 0);
    nd_close(&async.h, NULL);
    lt_finish(&loop);
}

int main(void) {
    ND_RUN(test_from_thread);
    ND_RUN(test_coalesce);
    ND_RUN(test_closed_not_called);
    ND_DONE("test-loop-async");
}
