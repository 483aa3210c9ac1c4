/*
 * test-pool.c - the pool contract (pool.h) with a single worker thread.
 *
 * One worker makes the order of work observable, so this program checks
 * FIFO order, that done() runs exactly once and only on the thread that
 * drains, cancellation (before start and while running), coalesced
 * wake-ups, argument checking and the parsing of the size variables.
 * meson runs it with NODULE_THREADPOOL_SIZE=1; run by hand it sets that
 * itself.  Slow-work limits need more threads: see test-pool-slow.c.
 */
#include "pool_int.h"
#include "pool_test.h"
#include "nd_test_os.h"

#include <stdlib.h>

typedef struct {
    nd_work_t w; /* first, so an nd_work_t * is an item_t * */
    int index;
    int work_runs;
    int work_on_main;
    int done_runs;
    int done_on_main;
    int status;
    gate_t *gate; /* if set, work blocks on it */
    gate_t *started; /* if set, work opens it first */
} item_t;

static _Thread_local int on_main_thread;

/* Written by the single worker only; read after the items were drained,
 * which orders them (the sink's lock). */
static int work_order[1000], nwork_order;
static int done_order[1000], ndone_order;

static void item_work(nd_work_t *w)
{
    item_t *it = (item_t *)w;

    if (it->started != NULL)
        gate_open(it->started);
    if (it->gate != NULL)
        gate_wait(it->gate);
    it->work_runs++;
    it->work_on_main = on_main_thread;
    work_order[nwork_order++] = it->index;
}

static void item_done(nd_work_t *w, int status)
{
    item_t *it = (item_t *)w;

    it->done_runs++;
    it->done_on_main = on_main_thread;
    it->status = status;
    done_order[ndone_order++] = it->index;
}

static void reset_order(void)
{
    nwork_order = 0;
    ndone_order = 0;
}

static void test_size(void)
{
    ND_CHECK_EQ(nd_pool_size(), 1);
}

static void test_parse_size(void)
{
    ND_CHECK_EQ(nd__pool_parse_size("8"), 8);
    ND_CHECK_EQ(nd__pool_parse_size("1"), 1);
    ND_CHECK_EQ(nd__pool_parse_size("1024"), 1024);
    ND_CHECK_EQ(nd__pool_parse_size(" 16 "), 16);
    ND_CHECK_EQ(nd__pool_parse_size("0"), 1);
    ND_CHECK_EQ(nd__pool_parse_size("-3"), 1);
    ND_CHECK_EQ(nd__pool_parse_size("5000"), 1024);
    ND_CHECK_EQ(nd__pool_parse_size("99999999999999999999999"), 1024);
    ND_CHECK_EQ(nd__pool_parse_size("-99999999999999999999999"), 1);
    ND_CHECK_EQ(nd__pool_parse_size("abc"), 4);
    ND_CHECK_EQ(nd__pool_parse_size("8x"), 4);
    ND_CHECK_EQ(nd__pool_parse_size("0x10"), 4);
    ND_CHECK_EQ(nd__pool_parse_size(""), 4);
    ND_CHECK_EQ(nd__pool_parse_size(NULL), 4);
}

static void test_bad_arguments(void)
{
    test_sink_t ts;
    item_t it;

    test_sink_init(&ts);
    memset(&it, 0, sizeof(it));
    ND_CHECK_EQ(nd_pool_submit(NULL, &it.w, ND_WORK_CPU, item_work,
                               item_done), ND_EINVAL);
    ND_CHECK_EQ(nd_pool_submit(&ts.sink, NULL, ND_WORK_CPU, item_work,
                               item_done), ND_EINVAL);
    ND_CHECK_EQ(nd_pool_submit(&ts.sink, &it.w, ND_WORK_CPU, NULL,
                               item_done), ND_EINVAL);
    ND_CHECK_EQ(nd_pool_submit(&ts.sink, &it.w, ND_WORK_CPU, item_work,
                               NULL), ND_EINVAL);
    ND_CHECK_EQ(nd_pool_submit(&ts.sink, &it.w, 3, item_work, item_done),
                ND_EINVAL);
    ND_CHECK_EQ(nd_pool_submit(&ts.sink, &it.w, -1, item_work, item_done),
                ND_EINVAL);
    ND_CHECK_EQ(nd_pool_cancel(NULL), ND_EINVAL);
    ND_CHECK_EQ(nd_pool_sink_init(NULL, NULL, NULL), ND_EINVAL);
    ND_CHECK_EQ(it.work_runs, 0);
    ND_CHECK_EQ(nd_pool_sink_drain(&ts.sink), 0);
    test_sink_destroy(&ts);
}

/* With one worker, items run and complete in submission order, work() on
 * the worker, done() on the draining thread, each exactly once. */
#define NFIFO 300
static void test_fifo(void)
{
    static item_t items[NFIFO];
    static const int kinds[3] = {ND_WORK_CPU, ND_WORK_FAST_IO,
                                 ND_WORK_SLOW_IO};
    test_sink_t ts;
    int i;

    reset_order();
    test_sink_init(&ts);
    memset(items, 0, sizeof(items));
    for (i = 0; i < NFIFO; i++) {
        items[i].index = i;
        ND_CHECK_EQ(nd_pool_submit(&ts.sink, &items[i].w, kinds[i % 3],
                                   item_work, item_done), 0);
    }
    ND_CHECK_EQ(test_sink_collect(&ts, NFIFO), NFIFO);
    ND_CHECK_EQ(nwork_order, NFIFO);
    ND_CHECK_EQ(ndone_order, NFIFO);
    for (i = 0; i < NFIFO; i++) {
        ND_CHECK_EQ(work_order[i], i);
        ND_CHECK_EQ(done_order[i], i);
        ND_CHECK_EQ(items[i].work_runs, 1);
        ND_CHECK_EQ(items[i].done_runs, 1);
        ND_CHECK_EQ(items[i].status, 0);
        ND_CHECK_EQ(items[i].work_on_main, 0);
        ND_CHECK_EQ(items[i].done_on_main, 1);
    }
    /* Nothing more arrives. */
    ND_CHECK_EQ(nd_pool_sink_drain(&ts.sink), 0);
    test_sink_destroy(&ts);
}

/* Cancel a queued item (done sees ND_ECANCELED, work never runs) and a
 * running one (ND_EBUSY, it completes normally); cancelling a finished or
 * already cancelled item is ND_EBUSY too. */
static void test_cancel(void)
{
    gate_t gate, started;
    test_sink_t ts;
    item_t blocker, victim, after;

    reset_order();
    gate_init(&gate);
    gate_init(&started);
    test_sink_init(&ts);
    memset(&blocker, 0, sizeof(blocker));
    memset(&victim, 0, sizeof(victim));
    memset(&after, 0, sizeof(after));
    blocker.index = 0;
    blocker.gate = &gate;
    blocker.started = &started;
    victim.index = 1;
    after.index = 2;

    ND_CHECK_EQ(nd_pool_submit(&ts.sink, &blocker.w, ND_WORK_CPU, item_work,
                               item_done), 0);
    ND_CHECK_EQ(nd_pool_submit(&ts.sink, &victim.w, ND_WORK_FAST_IO,
                               item_work, item_done), 0);
    ND_CHECK_EQ(nd_pool_submit(&ts.sink, &after.w, ND_WORK_CPU, item_work,
                               item_done), 0);
    gate_wait(&started); /* the blocker is running */

    ND_CHECK_EQ(nd_pool_cancel(&victim.w), 0);
    ND_CHECK_EQ(nd_pool_cancel(&victim.w), ND_EBUSY);
    ND_CHECK_EQ(nd_pool_cancel(&blocker.w), ND_EBUSY);

    /* The cancelled item reaches the sink at once, and wakes it. */
    ND_CHECK_EQ(atomic_load(&ts.wakes), 1);
    ND_CHECK_EQ(test_sink_collect(&ts, 1), 1);
    ND_CHECK_EQ(victim.done_runs, 1);
    ND_CHECK_EQ(victim.status, ND_ECANCELED);
    ND_CHECK_EQ(victim.done_on_main, 1);

    gate_open(&gate);
    ND_CHECK_EQ(test_sink_collect(&ts, 2), 2);
    ND_CHECK_EQ(blocker.status, 0);
    ND_CHECK_EQ(after.status, 0);
    ND_CHECK_EQ(victim.work_runs, 0);
    ND_CHECK_EQ(victim.done_runs, 1);
    ND_CHECK_EQ(nwork_order, 2);
    ND_CHECK_EQ(work_order[0], 0);
    ND_CHECK_EQ(work_order[1], 2);
    ND_CHECK_EQ(nd_pool_cancel(&after.w), ND_EBUSY);

    test_sink_destroy(&ts);
    gate_destroy(&started);
    gate_destroy(&gate);
}

/* Many completions while the loop is not draining make one wake-up; each
 * drain that empties the sink re-arms it. */
#define NBATCH 200
static void test_coalesced_wake(void)
{
    static item_t items[NBATCH];
    gate_t gate;
    test_sink_t ts;
    item_t blocker;
    uint64_t deadline;
    int i, round;

    gate_init(&gate);
    test_sink_init(&ts);
    for (round = 1; round <= 2; round++) {
        reset_order();
        memset(&blocker, 0, sizeof(blocker));
        memset(items, 0, sizeof(items));
        blocker.gate = &gate;
        nd_mutex_lock(&gate.lock);
        gate.open = 0;
        nd_mutex_unlock(&gate.lock);
        ND_CHECK_EQ(nd_pool_submit(&ts.sink, &blocker.w, ND_WORK_CPU,
                                   item_work, item_done), 0);
        for (i = 0; i < NBATCH; i++) {
            items[i].index = i;
            ND_CHECK_EQ(nd_pool_submit(&ts.sink, &items[i].w, ND_WORK_CPU,
                                       item_work, item_done), 0);
        }
        ND_CHECK_EQ(atomic_load(&ts.wakes), round - 1);
        gate_open(&gate);

        /* Wait, without draining, until every item is in the sink. */
        deadline = test_now_ms() + 10000;
        for (;;) {
            nd_work_t *w;
            int n = 0;

            nd_mutex_lock(&ts.sink.lock);
            for (w = ts.sink.head; w != NULL; w = w->next)
                n++;
            nd_mutex_unlock(&ts.sink.lock);
            if (n == NBATCH + 1)
                break;
            ND_CHECK_INT(test_now_ms(), <, deadline);
            test_sleep_ms(1);
        }
        ND_CHECK_EQ(atomic_load(&ts.wakes), round);
        ND_CHECK_EQ(nd_pool_sink_drain(&ts.sink), NBATCH + 1);
        ND_CHECK_EQ(nd_pool_sink_drain(&ts.sink), 0);
    }
    test_sink_destroy(&ts);
    gate_destroy(&gate);
}

/* done() may submit its own item again: drain must not touch an item after
 * handing it to done(). */
static test_sink_t *chain_sink;
static int chain_left;

static void chain_done(nd_work_t *w, int status)
{
    item_t *it = (item_t *)w;

    ND_CHECK_EQ(status, 0);
    it->done_runs++;
    if (--chain_left > 0)
        ND_CHECK_EQ(nd_pool_submit(&chain_sink->sink, w, ND_WORK_CPU,
                                   item_work, chain_done), 0);
}

static void test_resubmit_from_done(void)
{
    test_sink_t ts;
    item_t it;

    reset_order();
    test_sink_init(&ts);
    memset(&it, 0, sizeof(it));
    chain_sink = &ts;
    chain_left = 50;
    ND_CHECK_EQ(nd_pool_submit(&ts.sink, &it.w, ND_WORK_CPU, item_work,
                               chain_done), 0);
    ND_CHECK_EQ(test_sink_collect(&ts, 50), 50);
    ND_CHECK_EQ(it.work_runs, 50);
    ND_CHECK_EQ(it.done_runs, 50);
    test_sink_destroy(&ts);
}

/* With one thread the slow cap is one thread, not zero: slow work runs. */
static void test_slow_on_one_thread(void)
{
    test_sink_t ts;
    item_t slow, fast;

    reset_order();
    test_sink_init(&ts);
    memset(&slow, 0, sizeof(slow));
    memset(&fast, 0, sizeof(fast));
    slow.index = 0;
    fast.index = 1;
    ND_CHECK_EQ(nd_pool_submit(&ts.sink, &slow.w, ND_WORK_SLOW_IO, item_work,
                               item_done), 0);
    ND_CHECK_EQ(nd_pool_submit(&ts.sink, &fast.w, ND_WORK_FAST_IO, item_work,
                               item_done), 0);
    ND_CHECK_EQ(test_sink_collect(&ts, 2), 2);
    ND_CHECK_EQ(slow.work_runs, 1);
    ND_CHECK_EQ(fast.work_runs, 1);
    ND_CHECK_EQ(work_order[0], 0);
    ND_CHECK_EQ(work_order[1], 1);
    test_sink_destroy(&ts);
}

int main(void)
{
    setenv("NODULE_THREADPOOL_SIZE", "1", 0);
    on_main_thread = 1;
    ND_RUN(test_size);
    ND_RUN(test_parse_size);
    ND_RUN(test_bad_arguments);
    ND_RUN(test_fifo);
    ND_RUN(test_cancel);
    ND_RUN(test_coalesced_wake);
    ND_RUN(test_resubmit_from_done);
    ND_RUN(test_slow_on_one_thread);
    ND_DONE("test-pool");
}
