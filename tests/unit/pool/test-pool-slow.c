/*
 * test-pool-slow.c - slow work (ND_WORK_SLOW_IO) never occupies more than
 * half of the pool's threads, and slow items waiting for a slot neither
 * block the fast items queued behind them nor escape cancellation.
 *
 * meson runs it with NODULE_THREADPOOL_SIZE=4 (so at most 2 slow items run
 * at once); run by hand it sets that itself.
 */
#include "pool_test.h"
#include "nd_test_os.h"

#include <stdlib.h>

#define NSLOW 4

typedef struct {
    nd_work_t w; /* first, so an nd_work_t * is a slow_item_t * */
    int slow;
    int work_runs;
    int done_runs;
    int status;
} slow_item_t;

/* How many slow items are inside their work function now, and the most
 * there ever were; guarded by `counts`. */
static nd_mutex_t counts;
static int slow_now, slow_max_seen;
static gate_t release;

static void slow_work(nd_work_t *w)
{
    slow_item_t *it = (slow_item_t *)w;

    nd_mutex_lock(&counts);
    slow_now++;
    if (slow_now > slow_max_seen)
        slow_max_seen = slow_now;
    it->work_runs++;
    nd_mutex_unlock(&counts);

    gate_wait(&release);

    nd_mutex_lock(&counts);
    slow_now--;
    nd_mutex_unlock(&counts);
}

static void fast_work(nd_work_t *w)
{
    ((slow_item_t *)w)->work_runs++;
}

static void item_done(nd_work_t *w, int status)
{
    slow_item_t *it = (slow_item_t *)w;

    it->done_runs++;
    it->status = status;
}

static int slow_running(void)
{
    int n;

    nd_mutex_lock(&counts);
    n = slow_now;
    nd_mutex_unlock(&counts);
    return n;
}

/* Wait up to five seconds for exactly `want` slow items to be running. */
static void wait_slow_running(int want)
{
    uint64_t deadline = test_now_ms() + 5000;

    while (slow_running() != want) {
        ND_CHECK_INT(test_now_ms(), <, deadline);
        test_sleep_ms(1);
    }
}

static void test_size(void)
{
    ND_CHECK_EQ(nd_pool_size(), 4);
}

/* Four slow items on four threads: two run, two wait; a fast item queued
 * after them still runs at once on a free thread. */
static void test_slow_capped(void)
{
    slow_item_t slow[NSLOW], fast;
    test_sink_t ts;
    int i;

    test_sink_init(&ts);
    gate_init(&release);
    memset(slow, 0, sizeof(slow));
    memset(&fast, 0, sizeof(fast));
    slow_max_seen = 0;

    for (i = 0; i < NSLOW; i++)
        ND_CHECK_EQ(nd_pool_submit(&ts.sink, &slow[i].w, ND_WORK_SLOW_IO,
                                   slow_work, item_done), 0);
    wait_slow_running(2);
    test_sleep_ms(100); /* give a third one every chance to start */
    ND_CHECK_EQ(slow_running(), 2);

    ND_CHECK_EQ(nd_pool_submit(&ts.sink, &fast.w, ND_WORK_FAST_IO, fast_work,
                               item_done), 0);
    ND_CHECK_EQ(test_sink_collect(&ts, 1), 1);
    ND_CHECK_EQ(fast.done_runs, 1);
    ND_CHECK_EQ(fast.work_runs, 1);
    ND_CHECK_EQ(slow_running(), 2);

    gate_open(&release);
    ND_CHECK_EQ(test_sink_collect(&ts, NSLOW), NSLOW);
    for (i = 0; i < NSLOW; i++) {
        ND_CHECK_EQ(slow[i].work_runs, 1);
        ND_CHECK_EQ(slow[i].done_runs, 1);
        ND_CHECK_EQ(slow[i].status, 0);
    }
    nd_mutex_lock(&counts);
    ND_CHECK_EQ(slow_max_seen, 2);
    nd_mutex_unlock(&counts);

    gate_destroy(&release);
    test_sink_destroy(&ts);
}

/* A slow item waiting for a slot can be cancelled, and the slow items
 * behind it still run once slots free. */
static void test_cancel_waiting_slow(void)
{
    slow_item_t slow[NSLOW + 1];
    test_sink_t ts;
    int i;

    test_sink_init(&ts);
    gate_init(&release);
    memset(slow, 0, sizeof(slow));
    slow_max_seen = 0;

    for (i = 0; i < NSLOW + 1; i++)
        ND_CHECK_EQ(nd_pool_submit(&ts.sink, &slow[i].w, ND_WORK_SLOW_IO,
                                   slow_work, item_done), 0);
    wait_slow_running(2);
    test_sleep_ms(50); /* let idle workers set the others aside */

    ND_CHECK_EQ(nd_pool_cancel(&slow[0].w), ND_EBUSY); /* running */
    ND_CHECK_EQ(nd_pool_cancel(&slow[3].w), 0);        /* waiting */
    ND_CHECK_EQ(test_sink_collect(&ts, 1), 1);
    ND_CHECK_EQ(slow[3].status, ND_ECANCELED);
    ND_CHECK_EQ(slow[3].done_runs, 1);

    gate_open(&release);
    ND_CHECK_EQ(test_sink_collect(&ts, NSLOW), NSLOW);
    for (i = 0; i < NSLOW + 1; i++) {
        ND_CHECK_EQ(slow[i].done_runs, 1);
        ND_CHECK_EQ(slow[i].work_runs, i == 3 ? 0 : 1);
        ND_CHECK_EQ(slow[i].status, i == 3 ? ND_ECANCELED : 0);
    }
    nd_mutex_lock(&counts);
    ND_CHECK_EQ(slow_max_seen, 2);
    nd_mutex_unlock(&counts);

    gate_destroy(&release);
    test_sink_destroy(&ts);
}

int main(void)
{
    setenv("NODULE_THREADPOOL_SIZE", "4", 0);
    ND_CHECK_EQ(nd_mutex_init(&counts), 0);
    ND_RUN(test_size);
    ND_RUN(test_slow_capped);
    ND_RUN(test_cancel_waiting_slow);
    nd_mutex_destroy(&counts);
    ND_DONE("test-pool-slow");
}
