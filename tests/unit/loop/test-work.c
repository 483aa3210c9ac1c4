/*
 * test-work.c - pool work as a loop request: work_cb on a pool thread,
 * after_cb on the loop thread in the poll phase, cancellation of work that
 * has not started (after_cb sees ND_ECANCELED), and the request keeping the
 * loop alive until after_cb.
 */
#include "loop_test.h"
#include "nd_test_os.h"

#include <stdatomic.h>

#define NWORK 16

static unsigned long loop_thread;

typedef struct {
    nd_work_req_t req;
    int input, output;
    int ran_on_pool, after_status, after_calls;
} job_t;

static void square(nd_work_req_t *req) {
    job_t *j = (job_t *)req;

    j->ran_on_pool = nd_test_thread_id() != loop_thread;
    j->output = j->input * j->input;
}

static nd_phase current_phase;

static void note_phase(nd_loop_t *loop, nd_phase phase, int n, uint64_t ns) {
    current_phase = phase;
}

static void after_square(nd_work_req_t *req, int status) {
    job_t *j = (job_t *)req;

    ND_CHECK(nd_test_thread_id() == loop_thread);
    /* The trace hook last reported the phase before poll. */
    ND_CHECK_EQ(current_phase, ND_PHASE_PREPARE);
    j->after_status = status;
    j->after_calls++;
}

static void test_work(void) {
    job_t jobs[NWORK];
    nd_loop_t loop;
    int i;

    lt_open(&loop);
    loop_thread = nd_test_thread_id();
    nd_loop_set_trace(&loop, note_phase, NULL);
    for (i = 0; i < NWORK; i++) {
        memset(&jobs[i], 0, sizeof(jobs[i]));
        jobs[i].input = i + 1;
        jobs[i].after_status = 12345;
        ND_CHECK_EQ(nd_queue_work(&loop, &jobs[i].req, ND_WORK_CPU, square,
                                  after_square), 0);
        ND_CHECK(jobs[i].req.loop == &loop);
    }
    ND_CHECK_EQ(loop.active_reqs, NWORK);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    for (i = 0; i < NWORK; i++) {
        ND_CHECK_EQ(jobs[i].after_calls, 1);
        ND_CHECK_EQ(jobs[i].after_status, 0);
        ND_CHECK_EQ(jobs[i].output, (i + 1) * (i + 1));
        ND_CHECK_EQ(jobs[i].ran_on_pool, 1);
        /* Finished work cannot be cancelled. */
        ND_CHECK_EQ(nd_cancel_work(&jobs[i].req), ND_EBUSY);
    }
    ND_CHECK_EQ(loop.active_reqs, 0);
    lt_finish(&loop);
}

/* Cancellation: occupy every pool thread with a blocker, queue one more
 * item, cancel it.  Its work never runs; after_cb sees ND_ECANCELED.  A
 * running blocker cannot be cancelled. */
static atomic_int blockers_started, release_blockers, victim_ran;

static void blocker(nd_work_req_t *req) {
    atomic_fetch_add(&blockers_started, 1);
    while (!atomic_load(&release_blockers))
        lt_sleep_ms(1);
}

static void victim(nd_work_req_t *req) {
    atomic_store(&victim_ran, 1);
}

static void after_blocker(nd_work_req_t *req, int status) {
    ((job_t *)req)->after_status = status;
    ((job_t *)req)->after_calls++;
}

static void test_cancel(void) {
    int n = nd_pool_size(), i;
    job_t *blockers = calloc((size_t)n, sizeof(job_t));
    job_t victim_job;
    nd_loop_t loop;

    ND_CHECK(blockers != NULL);
    lt_open(&loop);
    atomic_store(&blockers_started, 0);
    atomic_store(&release_blockers, 0);
    atomic_store(&victim_ran, 0);
    for (i = 0; i < n; i++)
        ND_CHECK_EQ(nd_queue_work(&loop, &blockers[i].req, ND_WORK_CPU,
                                  blocker, after_blocker), 0);
    while (atomic_load(&blockers_started) < n)
        lt_sleep_ms(1);

    memset(&victim_job, 0, sizeof(victim_job));
    ND_CHECK_EQ(nd_queue_work(&loop, &victim_job.req, ND_WORK_FAST_IO, victim,
                              after_blocker), 0);
    ND_CHECK_EQ(nd_cancel_work(&victim_job.req), 0);
    ND_CHECK_EQ(nd_cancel_work(&blockers[0].req), ND_EBUSY);
    /* Cancelled work still counts until its after_cb has run. */
    ND_CHECK_EQ(loop.active_reqs, n + 1);
    atomic_store(&release_blockers, 1);

    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(victim_job.after_calls, 1);
    ND_CHECK_EQ(victim_job.after_status, ND_ECANCELED);
    ND_CHECK_EQ(atomic_load(&victim_ran), 0);
    for (i = 0; i < n; i++) {
        ND_CHECK_EQ(blockers[i].after_calls, 1);
        ND_CHECK_EQ(blockers[i].after_status, 0);
    }
    free(blockers);
    lt_finish(&loop);
}

static void test_bad_args(void) {
    job_t j;
    nd_loop_t loop;

    lt_open(&loop);
    ND_CHECK_EQ(nd_queue_work(&loop, &j.req, ND_WORK_CPU, NULL, NULL),
                ND_EINVAL);
    ND_CHECK_EQ(nd_queue_work(&loop, &j.req, 99, square, NULL), ND_EINVAL);
    ND_CHECK_EQ(nd_queue_work(&loop, &j.req, -1, square, NULL), ND_EINVAL);
    ND_CHECK_EQ(loop.active_reqs, 0);
    /* after_cb may be NULL. */
    loop_thread = nd_test_thread_id();
    j.input = 3;
    ND_CHECK_EQ(nd_queue_work(&loop, &j.req, ND_WORK_CPU, square, NULL), 0);
    lt_finish(&loop);
    ND_CHECK_EQ(j.output, 9);
}

int main(void) {
    /* Keep the pool small: test_cancel fills every thread. */
    setenv("NODULE_THREADPOOL_SIZE", "3", 1);
    ND_RUN(test_work);
    ND_RUN(test_cancel);
    ND_RUN(test_bad_args);
    ND_DONE("test-loop-work");
}
