/*
 * test-pool-wake.c - waking workers: a burst of items queued at once, by
 * a thread that signals only one worker (pool.c, wake_one()), still ends
 * up running on every worker at the same time, round after round; a lone
 * item queued while every worker sleeps still runs.  Both hold with idle
 * workers spinning for the next item (the default) and without; and a
 * worker that spins hands over to the others correctly whether the next
 * item comes while it spins, just after it gave up, or long after.
 *
 * Each item of a burst waits inside its work function until the whole
 * burst is inside: if any worker were left asleep, the burst could never
 * complete and test_sink_collect()'s deadline would fail the test.
 *
 * meson runs it with NODULE_THREADPOOL_SIZE=4; run by hand it sets that
 * itself.
 */
#include "pool_test.h"
#include "nd_test_os.h"
#include "pool_int.h"
#include "thread.h"

#include <stdlib.h>

#define WORKERS 4
#define ROUNDS 200

typedef struct {
    nd_work_t w; /* first, so an nd_work_t * is a wake_item_t * */
    int done_runs;
    int status;
} wake_item_t;

/* How many items of the current burst are inside work(); guarded by
 * `lock`, announced on `all_in`. */
static nd_mutex_t lock;
static nd_cond_t all_in;
static int inside, burst_size;

static void rendezvous_work(nd_work_t *w)
{
    (void)w;
    nd_mutex_lock(&lock);
    if (++inside == burst_size)
        nd_cond_broadcast(&all_in);
    while (inside < burst_size)
        nd_cond_wait(&all_in, &lock);
    nd_mutex_unlock(&lock);
}

static void plain_work(nd_work_t *w)
{
    (void)w;
}

static void item_done(nd_work_t *w, int status)
{
    wake_item_t *it = (wake_item_t *)w;

    it->done_runs++;
    it->status = status;
}

/* Queue a burst of WORKERS rendezvous items while every worker sleeps. */
static void test_burst_reaches_every_worker(void)
{
    wake_item_t items[WORKERS];
    test_sink_t ts;
    int round, i;

    ND_CHECK_EQ(nd_pool_size(), WORKERS);
    test_sink_init(&ts);
    for (round = 0; round < ROUNDS; round++) {
        memset(items, 0, sizeof(items));
        nd_mutex_lock(&lock);
        inside = 0;
        burst_size = WORKERS;
        nd_mutex_unlock(&lock);
        for (i = 0; i < WORKERS; i++)
            ND_CHECK_EQ(nd_pool_submit(&ts.sink, &items[i].w,
                                       ND_WORK_FAST_IO, rendezvous_work,
                                       item_done),
                        0);
        ND_CHECK_EQ(test_sink_collect(&ts, WORKERS), WORKERS);
        for (i = 0; i < WORKERS; i++) {
            ND_CHECK_EQ(items[i].done_runs, 1);
            ND_CHECK_EQ(items[i].status, 0);
        }
        if (round % 50 == 0)
            test_sleep_ms(5); /* let every worker fall asleep */
    }
    test_sink_destroy(&ts);
}

/* One item at a time, each queued only once the last is back (every
 * worker asleep by then): each is woken for. */
static void test_lone_items(void)
{
    wake_item_t item;
    test_sink_t ts;
    int round;

    test_sink_init(&ts);
    for (round = 0; round < ROUNDS; round++) {
        memset(&item, 0, sizeof(item));
        ND_CHECK_EQ(nd_pool_submit(&ts.sink, &item.w, ND_WORK_CPU,
                                   plain_work, item_done),
                    0);
        ND_CHECK_EQ(test_sink_collect(&ts, 1), 1);
        ND_CHECK_EQ(item.done_runs, 1);
    }
    test_sink_destroy(&ts);
}

/* Wait about `us` microseconds without sleeping (a sleep would be much
 * longer than the spin). */
static void busy_wait_us(unsigned us)
{
    uint64_t end = nd_thread_now_ns() + (uint64_t)us * 1000u;

    while (nd_thread_now_ns() < end)
        nd_thread_relax();
}

/* Lone items and bursts queued at gaps around the spin time: inside it
 * (a spinning worker takes the item, no signal sent), near its end, and
 * after it (the worker sleeps and must be signalled). */
static void test_gaps_around_spin(void)
{
    static const unsigned gaps_us[] = {0, 5, 20, 45, 50, 55, 80, 200};
    wake_item_t items[WORKERS];
    test_sink_t ts;
    unsigned g;
    int round, i, n;

    test_sink_init(&ts);
    for (g = 0; g < sizeof(gaps_us) / sizeof(gaps_us[0]); g++) {
        for (round = 0; round < 40; round++) {
            n = round % 2 == 0 ? 1 : WORKERS;
            memset(items, 0, sizeof(items));
            nd_mutex_lock(&lock);
            inside = 0;
            burst_size = n;
            nd_mutex_unlock(&lock);
            busy_wait_us(gaps_us[g]);
            for (i = 0; i < n; i++)
                ND_CHECK_EQ(nd_pool_submit(&ts.sink, &items[i].w,
                                           ND_WORK_FAST_IO, rendezvous_work,
                                           item_done),
                            0);
            ND_CHECK_EQ(test_sink_collect(&ts, n), n);
            for (i = 0; i < n; i++)
                ND_CHECK_EQ(items[i].done_runs, 1);
        }
    }
    test_sink_destroy(&ts);
}

int main(void)
{
    setenv("NODULE_THREADPOOL_SIZE", "4", 0);
    ND_CHECK_EQ(nd_mutex_init(&lock), 0);
    ND_CHECK_EQ(nd_cond_init(&all_in), 0);
    ND_RUN(test_burst_reaches_every_worker);
    ND_RUN(test_lone_items);
    ND_RUN(test_gaps_around_spin);
    nd__pool_set_spin_ns(0); /* again, with workers that never spin */
    ND_RUN(test_burst_reaches_every_worker);
    ND_RUN(test_lone_items);
    ND_RUN(test_gaps_around_spin);
    nd_cond_destroy(&all_in);
    nd_mutex_destroy(&lock);
    ND_DONE("test-pool-wake");
}
