/*
 * test-timer.c - timers: firing order, first-in first-out on equal
 * deadlines, the heap under many starts and stops, the "not in the same
 * pass" rule, repeat / again / stop / due_in.
 */
#include "loop_test.h"

#define NTIMERS 7

static int fired[64];
static int nfired;

static void record(nd_timer_t *t) {
    fired[nfired++] = (int)(intptr_t)t->h.data;
}

/* Timers fire by deadline, equal deadlines in start order. */
static void test_order(void) {
    static const uint64_t timeout[NTIMERS] = {5, 1, 3, 1, 0, 3, 2};
    static const int expect[NTIMERS] = {4, 1, 3, 6, 2, 5, 0};
    nd_timer_t t[NTIMERS];
    nd_loop_t loop;
    int i;

    lt_open(&loop);
    nfired = 0;
    for (i = 0; i < NTIMERS; i++) {
        ND_CHECK_EQ(nd_timer_init(&loop, &t[i]), 0);
        t[i].h.data = (void *)(intptr_t)i;
        ND_CHECK_EQ(nd_timer_start(&t[i], record, timeout[i], 0), 0);
    }
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(nfired, NTIMERS);
    for (i = 0; i < NTIMERS; i++)
        ND_CHECK_EQ(fired[i], expect[i]);
    for (i = 0; i < NTIMERS; i++) {
        ND_CHECK(!nd_is_active(&t[i].h));
        nd_close(&t[i].h, NULL);
    }
    lt_finish(&loop);
}

/* Many timers with colliding deadlines, a third stopped and some restarted:
 * the heap must deliver exactly the live ones in (due, start) order. */
#define NHEAP 600
static nd_timer_t heap_t[NHEAP];
static uint64_t last_due, last_id;
static int heap_fired, heap_bad;

static void heap_cb(nd_timer_t *t) {
    if (t->due < last_due || (t->due == last_due && t->start_id < last_id))
        heap_bad++;
    if ((intptr_t)t->h.data == 0)
        heap_bad++; /* a stopped timer fired */
    last_due = t->due;
    last_id = t->start_id;
    heap_fired++;
}

static void test_heap(void) {
    nd_loop_t loop;
    unsigned seed = 12345;
    int i, live = 0;

    lt_open(&loop);
    for (i = 0; i < NHEAP; i++) {
        seed = seed * 1103515245u + 12345u;
        ND_CHECK_EQ(nd_timer_init(&loop, &heap_t[i]), 0);
        heap_t[i].h.data = (void *)1;
        ND_CHECK_EQ(nd_timer_start(&heap_t[i], heap_cb, (seed >> 16) % 8, 0),
                    0);
    }
    for (i = 0; i < NHEAP; i += 3) {
        ND_CHECK_EQ(nd_timer_stop(&heap_t[i]), 0);
        heap_t[i].h.data = (void *)0;
    }
    for (i = 1; i < NHEAP; i += 7) { /* restart: moves within the heap */
        ND_CHECK_EQ(nd_timer_start(&heap_t[i], heap_cb, i % 5, 0), 0);
        heap_t[i].h.data = (void *)1;
    }
    for (i = 0; i < NHEAP; i++)
        live += (intptr_t)heap_t[i].h.data != 0;
    ND_CHECK_EQ(loop.timer_count, (unsigned)live);

    last_due = 0;
    last_id = 0;
    heap_fired = heap_bad = 0;
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(heap_bad, 0);
    ND_CHECK_EQ(heap_fired, live);
    ND_CHECK_EQ(loop.timer_count, 0);
    ND_CHECK(loop.timer_heap == NULL);
    for (i = 0; i < NHEAP; i++)
        nd_close(&heap_t[i].h, NULL);
    lt_finish(&loop);
}

/* Node: three setTimeout(0), the first schedules a fourth: "t1 t2 t3
 * child", and the child fires in a later timers pass. */
static nd_timer_t pass_t[4];
static int timers_passes;

static void count_passes(nd_loop_t *loop, nd_phase phase, int n,
                         uint64_t ns) {
    if (phase == ND_PHASE_TIMERS && n > 0)
        timers_passes++;
}

static void pass_cb(nd_timer_t *t) {
    int id = (int)(intptr_t)t->h.data;

    lt_log("t%d@%d ", id, timers_passes);
    if (id == 1) {
        ND_CHECK_EQ(nd_timer_start(&pass_t[3], pass_cb, 0, 0), 0);
        /* Even a deadline already in the past waits for the next pass. */
        pass_t[3].due = 0;
    }
}

static void test_same_pass(void) {
    nd_loop_t loop;
    int i;

    lt_open(&loop);
    lt_log_reset();
    timers_passes = 0;
    nd_loop_set_trace(&loop, count_passes, NULL);
    for (i = 0; i < 4; i++) {
        ND_CHECK_EQ(nd_timer_init(&loop, &pass_t[i]), 0);
        pass_t[i].h.data = (void *)(intptr_t)(i + 1);
    }
    for (i = 0; i < 3; i++)
        ND_CHECK_EQ(nd_timer_start(&pass_t[i], pass_cb, 0, 0), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_STR(lt_buf, "t1@0 t2@0 t3@0 t4@1 ");
    for (i = 0; i < 4; i++)
        nd_close(&pass_t[i].h, NULL);
    lt_finish(&loop);
}

/* A callback that stops or closes another timer that is due in the same
 * pass prevents it from firing; restarting one moves it out of the pass. */
static nd_timer_t stop_t[4];
static int stop_close_calls;

static void stop_close_cb(nd_handle_t *h) {
    stop_close_calls++;
}

static void stop_first_cb(nd_timer_t *t) {
    lt_log("first ");
    ND_CHECK_EQ(nd_timer_stop(&stop_t[1]), 0);
    nd_close(&stop_t[2].h, stop_close_cb);
    ND_CHECK_EQ(nd_timer_start(&stop_t[3], record, 50, 0), 0);
}

static void stop_other_cb(nd_timer_t *t) {
    lt_log("other%d ", (int)(intptr_t)t->h.data);
}

static void test_stop_due(void) {
    nd_loop_t loop;
    int i;

    lt_open(&loop);
    lt_log_reset();
    stop_close_calls = 0;
    for (i = 0; i < 4; i++) {
        ND_CHECK_EQ(nd_timer_init(&loop, &stop_t[i]), 0);
        stop_t[i].h.data = (void *)(intptr_t)i;
    }
    ND_CHECK_EQ(nd_timer_start(&stop_t[0], stop_first_cb, 0, 0), 0);
    for (i = 1; i < 4; i++)
        ND_CHECK_EQ(nd_timer_start(&stop_t[i], stop_other_cb, 0, 0), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_NOWAIT), 1);
    ND_CHECK_STR(lt_buf, "first ");
    ND_CHECK(nd_is_active(&stop_t[3].h));
    ND_CHECK(!nd_is_active(&stop_t[1].h));
    ND_CHECK(nd_timer_get_due_in(&stop_t[3]) > 0);
    nd_close(&stop_t[0].h, NULL);
    nd_close(&stop_t[1].h, NULL);
    nd_close(&stop_t[3].h, NULL);
    lt_finish(&loop);
    ND_CHECK_EQ(stop_close_calls, 1);
}

/* repeat, again, stop, due_in. */
static int repeat_count;

static void repeat_cb(nd_timer_t *t) {
    repeat_count++;
    ND_CHECK(nd_is_active(&t->h)); /* re-armed before the callback */
    ND_CHECK_EQ(nd_timer_get_due_in(t), 3);
    if (repeat_count == 3)
        ND_CHECK_EQ(nd_timer_stop(t), 0);
}

static void noop_cb(nd_timer_t *t) {
    (void)t;
}

static void test_repeat_again(void) {
    nd_timer_t t, u;
    nd_loop_t loop;
    uint64_t start;

    lt_open(&loop);
    ND_CHECK_EQ(nd_timer_init(&loop, &t), 0);
    ND_CHECK_EQ(nd_timer_init(&loop, &u), 0);

    /* Never started: again refuses, due_in is 0. */
    ND_CHECK_EQ(nd_timer_again(&t), ND_EINVAL);
    ND_CHECK_EQ(nd_timer_get_due_in(&t), 0);
    ND_CHECK_EQ(nd_timer_start(&t, NULL, 1, 0), ND_EINVAL);

    /* due_in counts from the loop time; stop makes it 0. */
    nd_loop_update_time(&loop);
    ND_CHECK_EQ(nd_timer_start(&u, noop_cb, 1000, 0), 0);
    ND_CHECK_EQ(nd_timer_get_due_in(&u), 1000);
    ND_CHECK_EQ(nd_timer_stop(&u), 0);
    ND_CHECK_EQ(nd_timer_get_due_in(&u), 0);
    ND_CHECK_EQ(nd_timer_stop(&u), 0); /* idempotent */

    /* One-shot: again does nothing. */
    ND_CHECK_EQ(nd_timer_start(&u, noop_cb, 1000, 0), 0);
    ND_CHECK_EQ(nd_timer_again(&u), 0);
    ND_CHECK_EQ(nd_timer_get_due_in(&u), 1000);

    /* Restarting an active timer replaces its deadline. */
    ND_CHECK_EQ(nd_timer_start(&u, noop_cb, 7, 0), 0);
    ND_CHECK_EQ(nd_timer_get_due_in(&u), 7);
    ND_CHECK_EQ(loop.timer_count, 1);
    ND_CHECK_EQ(nd_timer_stop(&u), 0);

    /* Repeating: fires three times, about 3 ms apart. */
    repeat_count = 0;
    start = lt_ms();
    ND_CHECK_EQ(nd_timer_start(&t, repeat_cb, 3, 3), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(repeat_count, 3);
    ND_CHECK(lt_ms() - start >= 6); /* ms truncation: 3 x (3 ms - 1) */

    /* again restarts a repeating timer from now, with `repeat`. */
    loop.time += 100; /* pretend time passed without firing */
    ND_CHECK_EQ(nd_timer_start(&t, repeat_cb, 50, 3), 0);
    ND_CHECK_EQ(nd_timer_again(&t), 0);
    ND_CHECK_EQ(nd_timer_get_due_in(&t), 3);
    ND_CHECK(nd_is_active(&t.h));

    nd_close(&t.h, NULL);
    nd_close(&u.h, NULL);
    ND_CHECK(!nd_is_active(&t.h));
    ND_CHECK_EQ(nd_timer_start(&t, repeat_cb, 1, 0), ND_EINVAL);
    lt_finish(&loop);
    ND_CHECK_EQ(repeat_count, 3);
}

/* A huge timeout saturates instead of wrapping around into the past. */
static void test_overflow(void) {
    nd_timer_t t;
    nd_loop_t loop;

    lt_open(&loop);
    ND_CHECK_EQ(nd_timer_init(&loop, &t), 0);
    ND_CHECK_EQ(nd_timer_start(&t, noop_cb, UINT64_MAX, 0), 0);
    ND_CHECK_EQ(t.due, UINT64_MAX);
    nd_unref(&t.h);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_NOWAIT), 0);
    ND_CHECK(nd_is_active(&t.h));
    nd_close(&t.h, NULL);
    lt_finish(&loop);
}

int main(void) {
    ND_RUN(test_order);
    ND_RUN(test_heap);
    ND_RUN(test_same_pass);
    ND_RUN(test_stop_due);
    ND_RUN(test_repeat_again);
    ND_RUN(test_overflow);
    ND_DONE("test-loop-timer");
}
