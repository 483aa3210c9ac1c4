/*
 * test-liveness.c - when nd_loop_run() returns: nothing ref'd and active
 * means the loop ends; unref'd handles do not keep it alive; active
 * requests do; nd_loop_stop() and the ONCE / NOWAIT modes.
 */
#include "loop_test.h"

static int fired;

static void count_cb(nd_timer_t *t) {
    fired++;
}

static void test_empty(void) {
    nd_loop_t loop;

    lt_open(&loop);
    ND_CHECK_EQ(nd_loop_alive(&loop), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_ONCE), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_NOWAIT), 0);
    lt_finish(&loop);
}

/* An inactive handle does not keep the loop alive, but it does keep
 * nd_loop_close() busy until closed. */
static void test_inactive_handle(void) {
    nd_timer_t t;
    nd_loop_t loop;

    lt_open(&loop);
    nd_timer_init(&loop, &t);
    ND_CHECK_EQ(nd_loop_alive(&loop), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(nd_loop_close(&loop), ND_EBUSY);
    nd_close(&t.h, NULL);
    lt_finish(&loop);
}

static void test_unref_timer(void) {
    nd_timer_t t, u;
    nd_loop_t loop;
    uint64_t start = lt_ms();

    lt_open(&loop);
    fired = 0;
    nd_timer_init(&loop, &t);
    ND_CHECK_EQ(nd_timer_start(&t, count_cb, 10000, 0), 0);
    ND_CHECK(nd_has_ref(&t.h));
    ND_CHECK_EQ(nd_loop_alive(&loop), 1);
    nd_unref(&t.h);
    nd_unref(&t.h); /* idempotent */
    ND_CHECK(!nd_has_ref(&t.h));
    ND_CHECK_EQ(nd_loop_alive(&loop), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(fired, 0);
#if defined(_WIN32) /* under Wine: only "did not wait for the timer" */
    ND_CHECK(lt_ms() - start < 10000);
#else
    ND_CHECK(lt_ms() - start < 1000);
#endif
    ND_CHECK(nd_is_active(&t.h));

    /* A ref'd short timer runs; the unref'd one still does not count. */
    nd_timer_init(&loop, &u);
    ND_CHECK_EQ(nd_timer_start(&u, count_cb, 5, 0), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(fired, 1);

    /* ref again: alive again; stop: not alive. */
    nd_ref(&t.h);
    nd_ref(&t.h);
    ND_CHECK_EQ(nd_loop_alive(&loop), 1);
    nd_timer_stop(&t);
    ND_CHECK_EQ(nd_loop_alive(&loop), 0);
    nd_unref(&t.h); /* unref while inactive, then start: still not alive */
    nd_timer_start(&t, count_cb, 10000, 0);
    ND_CHECK_EQ(nd_loop_alive(&loop), 0);

    nd_close(&t.h, NULL);
    nd_close(&u.h, NULL);
    ND_CHECK_EQ(nd_loop_alive(&loop), 1); /* closing handles count */
    lt_finish(&loop);
}

/* A request in flight keeps a loop with no handles alive. */
static int work_done;

static void slow_work(nd_work_req_t *req) {
    lt_sleep_ms(30);
}

static void after_slow(nd_work_req_t *req, int status) {
    ND_CHECK_EQ(status, 0);
    work_done = 1;
}

static void test_request_keeps_alive(void) {
    nd_work_req_t req;
    nd_loop_t loop;

    lt_open(&loop);
    work_done = 0;
    ND_CHECK_EQ(nd_queue_work(&loop, &req, ND_WORK_CPU, slow_work,
                              after_slow), 0);
    ND_CHECK_EQ(nd_loop_alive(&loop), 1);
    ND_CHECK_EQ(nd_loop_close(&loop), ND_EBUSY);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(work_done, 1);

    /* The counter is public for modules' own requests. */
    nd_loop_req_start(&loop);
    ND_CHECK_EQ(nd_loop_alive(&loop), 1);
    nd_loop_req_done(&loop);
    ND_CHECK_EQ(nd_loop_alive(&loop), 0);
    lt_finish(&loop);
}

/* nd_loop_stop() ends the run at the end of the iteration; the loop is
 * still alive and can be run again. */
static nd_timer_t stop_t;

static void stop_cb(nd_timer_t *t) {
    if (++fired == 2)
        nd_loop_stop(t->h.loop);
    if (fired == 4)
        nd_close(&t->h, NULL);
}

static void test_stop(void) {
    nd_loop_t loop;

    lt_open(&loop);
    fired = 0;
    nd_timer_init(&loop, &stop_t);
    ND_CHECK_EQ(nd_timer_start(&stop_t, stop_cb, 1, 1), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 1);
    ND_CHECK_EQ(fired, 2);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(fired, 4);

    /* Stopped before running: returns at once, the flag is then clear. */
    nd_timer_init(&loop, &stop_t);
    ND_CHECK_EQ(nd_timer_start(&stop_t, count_cb, 1, 0), 0);
    nd_loop_stop(&loop);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 1);
    ND_CHECK_EQ(fired, 4);
    nd_close(&stop_t.h, NULL);
    lt_finish(&loop);
}

/* NOWAIT never blocks; ONCE blocks for the nearest timer and runs it. */
static void test_modes(void) {
    nd_timer_t t;
    nd_loop_t loop;
    uint64_t start;

    lt_open(&loop);
    fired = 0;
    nd_timer_init(&loop, &t);
    ND_CHECK_EQ(nd_timer_start(&t, count_cb, 20, 0), 0);
    start = lt_ms();
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_NOWAIT), 1);
    ND_CHECK_EQ(fired, 0); /* had it waited, the timer would have fired */
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_ONCE), 0);
    ND_CHECK_EQ(fired, 1);
    ND_CHECK(lt_ms() - start >= 19);
    nd_close(&t.h, NULL);
    lt_finish(&loop);
}

int main(void) {
    ND_RUN(test_empty);
    ND_RUN(test_inactive_handle);
    ND_RUN(test_unref_timer);
    ND_RUN(test_request_keeps_alive);
    ND_RUN(test_stop);
    ND_RUN(test_modes);
    ND_DONE("test-loop-liveness");
}
