/*
 * pool_test.h - helpers shared by the pool's test programs: a gate that
 * work functions can block on, a sink whose wake-up goes through a real
 * poller (as a loop's does) and counts its calls, and a drain loop with a
 * deadline so that a lost wake-up fails the test instead of hanging it.
 */
#ifndef ND_POOL_TEST_H
#define ND_POOL_TEST_H

#include "poller.h"
#include "pool.h"
#include "nd_test.h"

#include <stdatomic.h>
#include <time.h>

/* ---- a gate: work blocks in gate_wait() until the test opens it ------- */

typedef struct {
    nd_mutex_t lock;
    nd_cond_t cond;
    int open;
} gate_t;

static inline void gate_init(gate_t *g)
{
    ND_CHECK_EQ(nd_mutex_init(&g->lock), 0);
    ND_CHECK_EQ(nd_cond_init(&g->cond), 0);
    g->open = 0;
}

static inline void gate_destroy(gate_t *g)
{
    nd_cond_destroy(&g->cond);
    nd_mutex_destroy(&g->lock);
}

static inline void gate_wait(gate_t *g)
{
    nd_mutex_lock(&g->lock);
    while (!g->open)
        nd_cond_wait(&g->cond, &g->lock);
    nd_mutex_unlock(&g->lock);
}

static inline void gate_open(gate_t *g)
{
    nd_mutex_lock(&g->lock);
    g->open = 1;
    nd_cond_broadcast(&g->cond);
    nd_mutex_unlock(&g->lock);
}

/* ---- time ------------------------------------------------------------- */

static inline uint64_t test_now_ms(void)
{
    return nd_test_now_ms();
}

static inline void test_sleep_ms(int ms)
{
    nd_test_sleep_ms((unsigned)ms);
}

/* ---- a sink woken through a poller, as a loop's is -------------------- */

typedef struct {
    nd_pool_sink_t sink;
    nd_poller_t *poller;
    atomic_int wakes;
} test_sink_t;

static inline void test_sink_wake(void *arg)
{
    test_sink_t *ts = arg;

    atomic_fetch_add(&ts->wakes, 1);
    nd_poller_wake(ts->poller);
}

static inline void test_sink_init(test_sink_t *ts)
{
    ND_CHECK_EQ(nd_poller_open(&ts->poller, NULL), 0);
    atomic_init(&ts->wakes, 0);
    ND_CHECK_EQ(nd_pool_sink_init(&ts->sink, test_sink_wake, ts), 0);
}

static inline void test_sink_destroy(test_sink_t *ts)
{
    nd_pool_sink_destroy(&ts->sink);
    nd_poller_close(ts->poller);
}

/* Sleep in the poller and drain until `want` items have completed, or fail
 * when ten seconds pass with no progress.  Returns how many completed (at
 * least `want`). */
static inline int test_sink_collect(test_sink_t *ts, int want)
{
    nd_poller_event_t ev[4];
    uint64_t deadline = test_now_ms() + 10000;
    int got = 0, n;

    for (;;) {
        n = nd_pool_sink_drain(&ts->sink);
        got += n;
        if (got >= want)
            return got;
        if (n > 0)
            deadline = test_now_ms() + 10000;
        ND_CHECK_INT(test_now_ms(), <, deadline);
        ND_CHECK_INT(nd_poller_wait(ts->poller, 1000, ev, 4), >=, 0);
    }
}

#endif
