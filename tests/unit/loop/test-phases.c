/*
 * test-phases.c - the order of phases within an iteration, as Node 20 runs
 * them: (timers once before the first iteration) then pending, idle,
 * prepare, poll (io, pool work, async), check, close, timers.  The trace
 * hook marks the end of each phase that ran callbacks, so the log shows
 * which phase every callback ran in.
 */
#include "loop_test.h"
#include "nd_test_os.h"


#include "internal.h"

static nd_timer_t timer1, timer2, timer3;
static nd_hook_t idle, prepare, check;
static nd_io_t io;
static nd_async_t async;
static nd_work_req_t work;
static nd__pending_t pending;
static int fds[2];

static void timer_cb(nd_timer_t *t) {
    lt_log("%s ", (const char *)t->h.data);
    nd_close(&t->h, NULL);
}

static void pending_cb(nd__pending_t *p) {
    lt_log("pending ");
}

static void hook_cb(nd_hook_t *h) {
    lt_log("%s ", (const char *)h->h.data);
    if (h != &check)
        nd_close(&h->h, NULL);
}

static void close_cb(nd_handle_t *h) {
    lt_log("close-%s ", (const char *)h->data);
}

static void io_cb(nd_io_t *w, unsigned events) {
    char c;

    ND_CHECK(events & ND_POLL_IN);
    ND_CHECK_EQ(nd_test_read(w->fd, &c, 1), 1);
    lt_log("io ");
    /* From an I/O callback, the check phase comes before any timer. */
    ND_CHECK_EQ(nd_timer_start(&timer3, timer_cb, 0, 0), 0);
}

static void async_cb(nd_async_t *a) {
    lt_log("async ");
}

static void work_cb(nd_work_req_t *req) {
    (void)req;
}

static void after_work_cb(nd_work_req_t *req, int status) {
    ND_CHECK_EQ(status, 0);
    lt_log("work ");
}

static void check_cb(nd_hook_t *h) {
    hook_cb(h);
    ND_CHECK_EQ(nd_timer_start(&timer2, timer_cb, 0, 0), 0);
    nd_close(&io.h, close_cb);
    nd_close(&async.h, close_cb);
    ND_CHECK_EQ(nd_queue_work(h->h.loop, &work, ND_WORK_CPU, work_cb,
                              after_work_cb), 0);
    nd_close(&h->h, NULL);
}

static void test_one_iteration(void) {
    nd_loop_t loop;

    lt_open(&loop);
    lt_log_reset();
    nd_loop_set_trace(&loop, lt_trace, NULL);
    nd_test_channel(fds);
    ND_CHECK_EQ(nd_test_write(fds[1], "x", 1), 1);

    nd_timer_init(&loop, &timer1);
    nd_timer_init(&loop, &timer2);
    nd_timer_init(&loop, &timer3);
    timer1.h.data = "timer1";
    timer2.h.data = "timer2";
    timer3.h.data = "timer3";
    nd_idle_init(&loop, &idle);
    nd_prepare_init(&loop, &prepare);
    nd_check_init(&loop, &check);
    idle.h.data = "idle";
    prepare.h.data = "prepare";
    check.h.data = "check";
    ND_CHECK_EQ(nd_io_init(&loop, &io, fds[0]), 0);
    io.h.data = "io";
    nd_async_init(&loop, &async, async_cb);
    async.h.data = "async";

    ND_CHECK_EQ(nd_timer_start(&timer1, timer_cb, 0, 0), 0);
    pending.cb = pending_cb;
    nd__pending_push(&loop, &pending);
    ND_CHECK_EQ(nd_hook_start(&idle, hook_cb), 0);
    ND_CHECK_EQ(nd_hook_start(&prepare, hook_cb), 0);
    ND_CHECK_EQ(nd_hook_start(&check, check_cb), 0);
    ND_CHECK_EQ(nd_io_start(&io, io_cb, ND_POLL_IN), 0);
    ND_CHECK_EQ(nd_async_send(&async), 0);

    lt_finish(&loop);
    ND_CHECK_STR(lt_buf, "timer1 |timers:1 "
                         "pending |pending:1 "
                         "idle |idle:1 "
                         "prepare |prepare:1 "
                         "io async |poll:2 "
                         "check |check:1 "
                         "close-io close-async |close:2 "
                         "timer3 timer2 |timers:2 "
                         "work |poll:1 ");
    nd_test_close(fds[0]);
    nd_test_close(fds[1]);
}

/* An active idle hook keeps poll from blocking: three iterations finish
 * long before a 300 ms timer would let poll return. */
static nd_timer_t far_timer;
static int idle_runs;

static void idle_count_cb(nd_hook_t *h) {
    if (++idle_runs == 3) {
        nd_close(&h->h, NULL);
        nd_close(&far_timer.h, NULL);
    }
}

static void far_cb(nd_timer_t *t) {
    ND_CHECK(0 && "the far timer must not fire");
}

static void test_idle_no_block(void) {
    nd_loop_t loop;
    uint64_t start = lt_ms();

    lt_open(&loop);
    idle_runs = 0;
    nd_timer_init(&loop, &far_timer);
    ND_CHECK_EQ(nd_timer_start(&far_timer, far_cb, 300, 0), 0);
    nd_idle_init(&loop, &idle);
    ND_CHECK_EQ(nd_hook_start(&idle, idle_count_cb), 0);
    lt_finish(&loop);
    ND_CHECK_EQ(idle_runs, 3);
    ND_CHECK(lt_ms() - start < 250);
}

/* A hook started during its own phase waits for the next iteration; a
 * pending callback queued during the pending phase too. */
static nd_hook_t first, second;
static nd__pending_t p1, p2;
static nd_loop_t *cur_loop;
static int iteration;

static void count_iter(nd_loop_t *loop, nd_phase phase, int n, uint64_t ns) {
    if (phase == ND_PHASE_CLOSE)
        iteration++;
}

static void second_cb(nd_hook_t *h) {
    lt_log("second@%d ", iteration);
    nd_close(&h->h, NULL);
    nd_close(&idle.h, NULL);
}

static void idle_quiet_cb(nd_hook_t *h) {
    (void)h;
}

static void first_cb(nd_hook_t *h) {
    lt_log("first@%d ", iteration);
    ND_CHECK_EQ(nd_hook_start(&second, second_cb), 0);
    nd_close(&h->h, NULL);
}

static void p2_cb(nd__pending_t *p) {
    lt_log("p2@%d ", iteration);
}

static void p1_cb(nd__pending_t *p) {
    lt_log("p1@%d ", iteration);
    nd__pending_push(cur_loop, &p2);
}

static void test_next_iteration(void) {
    nd_loop_t loop;

    lt_open(&loop);
    cur_loop = &loop;
    lt_log_reset();
    iteration = 0;
    nd_loop_set_trace(&loop, count_iter, NULL);
    nd_check_init(&loop, &first);
    nd_check_init(&loop, &second);
    ND_CHECK_EQ(nd_hook_start(&first, first_cb), 0);
    /* As Node does for setImmediate: an idle hook keeps poll from blocking
     * while check hooks have work. */
    nd_idle_init(&loop, &idle);
    ND_CHECK_EQ(nd_hook_start(&idle, idle_quiet_cb), 0);
    p1.cb = p1_cb;
    p2.cb = p2_cb;
    nd__pending_push(&loop, &p1);
    ND_CHECK(nd_loop_alive(&loop));
    lt_finish(&loop);
    ND_CHECK_STR(lt_buf, "p1@0 first@0 p2@1 second@1 ");
}

/* The trace hook sees every phase, in order, with its callback count and
 * a duration; the poll phase's includes the time spent waiting. */
static uint64_t poll_ns;

static void trace_all(nd_loop_t *loop, nd_phase phase, int n, uint64_t ns) {
    lt_log("%s:%d ", nd_phase_name(phase), n);
    if (phase == ND_PHASE_POLL)
        poll_ns += ns;
}

static void short_timer_cb(nd_timer_t *t) {
    nd_close(&t->h, NULL);
}

static void test_trace_sequence(void) {
    nd_timer_t t;
    nd_loop_t loop;

    lt_open(&loop);
    lt_log_reset();
    poll_ns = 0;
    nd_loop_set_trace(&loop, trace_all, NULL);
    ND_CHECK(loop.trace_data == NULL);
    nd_timer_init(&loop, &t);
    ND_CHECK_EQ(nd_timer_start(&t, short_timer_cb, 5, 0), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    /* The first iteration waits in poll for the timer, the second runs the
     * close callback (NULL: not counted) and ends. */
    ND_CHECK_STR(lt_buf, "timers:0 "
                         "pending:0 idle:0 prepare:0 poll:0 check:0 close:0 "
                         "timers:1 "
                         "pending:0 idle:0 prepare:0 poll:0 check:0 close:0 "
                         "timers:0 ");
    ND_CHECK(poll_ns >= 3000000); /* waited (about 5 ms) in poll */
    nd_loop_set_trace(&loop, NULL, NULL);
    lt_log_reset();
    lt_finish(&loop);
    ND_CHECK_STR(lt_buf, "");
}

/* Every phase has a name; unknown values do not crash. */
static void test_phase_names(void) {
    static const char *const names[ND_PHASE_MAX] = {
        "timers", "pending", "idle", "prepare", "poll", "check", "close"};
    int i;

    for (i = 0; i < ND_PHASE_MAX; i++)
        ND_CHECK_STR(nd_phase_name((nd_phase)i), names[i]);
    ND_CHECK_STR(nd_phase_name(ND_PHASE_MAX), "unknown");
    ND_CHECK_STR(nd_phase_name((nd_phase)-1), "unknown");
}

int main(void) {
    ND_RUN(test_one_iteration);
    ND_RUN(test_idle_no_block);
    ND_RUN(test_next_iteration);
    ND_RUN(test_trace_sequence);
    ND_RUN(test_phase_names);
    ND_DONE("test-loop-phases");
}
