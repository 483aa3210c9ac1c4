/*
 * test-pool-stress.c - 100,000 items from four submitting threads, each
 * with its own sink and poller (as four loops would have), all completed
 * exactly once.
 *
 * Each submitter queues its items in bursts, drains between bursts without
 * blocking, cancels every seventh item straight after submitting it (a
 * race against the workers: either the cancel wins and done() sees
 * ND_ECANCELED with work() never run, or it loses with ND_EBUSY and the
 * item runs normally), and at the end sleeps in its poller until every
 * item is back.  Per-item counters catch any double or lost completion;
 * ThreadSanitizer (tests/unit/pool/tsan.sh) catches unordered accesses.
 */
#include "pool_test.h"
#include "nd_test_os.h"

#include <stdlib.h>

#define NSUBMITTERS 4
#define PER_SUBMITTER 25000
#define BURST 500

typedef struct {
    nd_work_t w; /* first, so an nd_work_t * is a stress_item_t * */
    int work_runs;
    int done_runs;
    int status;
    int cancel_result;
    unsigned value, result;
} stress_item_t;

typedef struct {
    nd_thread_t thread;
    test_sink_t ts;
    stress_item_t *items;
    int done;
    int cancelled;
} submitter_t;

static void stress_work(nd_work_t *w)
{
    stress_item_t *it = (stress_item_t *)w;

    it->work_runs++;
    it->result = it->value * 2654435761u;
}

static void stress_done(nd_work_t *w, int status)
{
    stress_item_t *it = (stress_item_t *)w;

    it->done_runs++;
    it->status = status;
}

static void submitter(void *arg)
{
    submitter_t *s = arg;
    int i;

    for (i = 0; i < PER_SUBMITTER; i++) {
        stress_item_t *it = &s->items[i];

        it->value = (unsigned)i;
        it->cancel_result = 1;
        ND_CHECK_EQ(nd_pool_submit(&s->ts.sink, &it->w,
                                   i % 3 == 0 ? ND_WORK_SLOW_IO : ND_WORK_CPU,
                                   stress_work, stress_done), 0);
        if (i % 7 == 0)
            it->cancel_result = nd_pool_cancel(&it->w);
        if (i % BURST == BURST - 1)
            s->done += nd_pool_sink_drain(&s->ts.sink);
    }
    s->done += test_sink_collect(&s->ts, PER_SUBMITTER - s->done);
}

static void check_submitter(submitter_t *s)
{
    int i, cancelled = 0;

    ND_CHECK_EQ(s->done, PER_SUBMITTER);
    for (i = 0; i < PER_SUBMITTER; i++) {
        stress_item_t *it = &s->items[i];

        ND_CHECK_EQ(it->done_runs, 1);
        if (it->cancel_result == 0) {
            ND_CHECK_EQ(it->status, ND_ECANCELED);
            ND_CHECK_EQ(it->work_runs, 0);
            cancelled++;
        } else {
            ND_CHECK(it->cancel_result == 1 || it->cancel_result == ND_EBUSY);
            ND_CHECK_EQ(it->status, 0);
            ND_CHECK_EQ(it->work_runs, 1);
            ND_CHECK_EQ(it->result, it->value * 2654435761u);
        }
    }
    s->cancelled = cancelled;
}

int main(void)
{
    static submitter_t subs[NSUBMITTERS];
    int i, wakes = 0, cancelled = 0;

    setenv("NODULE_THREADPOOL_SIZE", "4", 0);
    for (i = 0; i < NSUBMITTERS; i++) {
        subs[i].items = calloc(PER_SUBMITTER, sizeof(stress_item_t));
        ND_CHECK(subs[i].items != NULL);
        test_sink_init(&subs[i].ts);
    }
    for (i = 0; i < NSUBMITTERS; i++)
        ND_CHECK_EQ(nd_thread_create(&subs[i].thread, submitter, &subs[i], 0),
                    0);
    for (i = 0; i < NSUBMITTERS; i++)
        ND_CHECK_EQ(nd_thread_join(&subs[i].thread), 0);

    for (i = 0; i < NSUBMITTERS; i++) {
        check_submitter(&subs[i]);
        ND_CHECK_EQ(nd_pool_sink_drain(&subs[i].ts.sink), 0);
        wakes += atomic_load(&subs[i].ts.wakes);
        cancelled += subs[i].cancelled;
        test_sink_destroy(&subs[i].ts);
        free(subs[i].items);
    }
    printf("items: %d, cancelled before start: %d, sink wake-ups: %d\n",
           NSUBMITTERS * PER_SUBMITTER, cancelled, wakes);
    ND_CHECK_INT(wakes, <, NSUBMITTERS * PER_SUBMITTER);
    ND_DONE("test-pool-stress");
}
