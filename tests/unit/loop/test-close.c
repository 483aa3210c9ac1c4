/*
 * test-close.c - handle close semantics: nd_close() stops the handle at
 * once, its callback runs in the close phase exactly once (and may free
 * the handle), a handle closed during the close phase waits for the next
 * iteration, nd_loop_close() is busy until every handle is closed, and
 * nd_loop_walk() sees every handle not yet closed.
 */
#include "loop_test.h"
#include "nd_test_os.h"

#include <signal.h>

/* A signal to watch: one nobody sends, where the OS has one to spare. */
#if defined(_WIN32)
#define QUIET_SIGNAL SIGBREAK
#else
#define QUIET_SIGNAL SIGUSR2
#endif

static int closed;

static void free_cb(nd_handle_t *h) {
    closed++;
    free(h);
}

static void count_close_cb(nd_handle_t *h) {
    closed++;
}

static void noop_timer(nd_timer_t *t) {
}

static void noop_hook(nd_hook_t *h) {
}

static void noop_io(nd_io_t *w, unsigned events) {
}

static void noop_signal(nd_signal_t *s, int signum) {
}

/* Every handle type: active before, inactive and closing right after
 * nd_close(), callback only in the close phase, memory freed there. */
static void test_each_type(void) {
    nd_timer_t *t = malloc(sizeof(*t));
    nd_hook_t *idle = malloc(sizeof(*idle));
    nd_hook_t *prep = malloc(sizeof(*prep));
    nd_hook_t *check = malloc(sizeof(*check));
    nd_io_t *io = malloc(sizeof(*io));
    nd_async_t *async = malloc(sizeof(*async));
    nd_signal_t *sig = malloc(sizeof(*sig));
    nd_handle_t *all[7];
    nd_loop_t loop;
    int fds[2], i;

    nd_test_channel(fds);
    lt_open(&loop);
    closed = 0;
    nd_timer_init(&loop, t);
    nd_idle_init(&loop, idle);
    nd_prepare_init(&loop, prep);
    nd_check_init(&loop, check);
    ND_CHECK_EQ(nd_io_init(&loop, io, fds[1]), 0);
    nd_async_init(&loop, async, NULL);
    nd_signal_init(&loop, sig);
    ND_CHECK_EQ(nd_timer_start(t, noop_timer, 1000, 0), 0);
    ND_CHECK_EQ(nd_hook_start(idle, noop_hook), 0);
    ND_CHECK_EQ(nd_hook_start(prep, noop_hook), 0);
    ND_CHECK_EQ(nd_hook_start(check, noop_hook), 0);
    ND_CHECK_EQ(nd_io_start(io, noop_io, ND_POLL_OUT), 0);
    ND_CHECK_EQ(nd_signal_start(sig, noop_signal, QUIET_SIGNAL), 0);
    all[0] = &t->h;
    all[1] = &idle->h;
    all[2] = &prep->h;
    all[3] = &check->h;
    all[4] = &io->h;
    all[5] = &async->h;
    all[6] = &sig->h;

    for (i = 0; i < 7; i++) {
        ND_CHECK(nd_is_active(all[i]));
        ND_CHECK(!nd_is_closing(all[i]));
        nd_close(all[i], free_cb);
        ND_CHECK(!nd_is_active(all[i]));
        ND_CHECK(nd_is_closing(all[i]));
    }
    ND_CHECK_EQ(closed, 0);
    ND_CHECK_EQ(loop.active_handles, 0);
    ND_CHECK_EQ(nd_loop_alive(&loop), 1);
    ND_CHECK_EQ(nd_loop_close(&loop), ND_EBUSY);
    lt_finish(&loop);
    ND_CHECK_EQ(closed, 7);
    nd_test_close(fds[0]);
    nd_test_close(fds[1]);
}

/* A close callback that closes another handle: that one runs in the next
 * iteration's close phase. */
static nd_timer_t a, b;
static int close_phases;

static void count_close_phases(nd_loop_t *loop, nd_phase phase, int n,
                               uint64_t ns) {
    if (phase == ND_PHASE_CLOSE)
        close_phases++;
}

static void b_close_cb(nd_handle_t *h) {
    lt_log("b@%d ", close_phases);
}

static void a_close_cb(nd_handle_t *h) {
    lt_log("a@%d ", close_phases);
    nd_close(&b.h, b_close_cb);
}

static void test_close_in_close_phase(void) {
    nd_loop_t loop;

    lt_open(&loop);
    lt_log_reset();
    close_phases = 0;
    nd_loop_set_trace(&loop, count_close_phases, NULL);
    nd_timer_init(&loop, &a);
    nd_timer_init(&loop, &b);
    nd_close(&a.h, a_close_cb);
    lt_finish(&loop);
    ND_CHECK_STR(lt_buf, "a@0 b@1 ");
}

/* Close callbacks run in the order nd_close() was called. */
static void order_cb(nd_handle_t *h) {
    lt_log("%d ", (int)(intptr_t)h->data);
}

static void test_close_order(void) {
    nd_timer_t t[5];
    nd_loop_t loop;
    int i;

    lt_open(&loop);
    lt_log_reset();
    for (i = 0; i < 5; i++) {
        nd_timer_init(&loop, &t[i]);
        t[i].h.data = (void *)(intptr_t)i;
    }
    for (i = 4; i >= 0; i--)
        nd_close(&t[i].h, order_cb);
    lt_finish(&loop);
    ND_CHECK_STR(lt_buf, "4 3 2 1 0 ");
}

/* walk: every handle not yet closed, none of the loop's own. */
static void walk_count(nd_handle_t *h, void *arg) {
    (*(int *)arg)++;
}

static void walk_close(nd_handle_t *h, void *arg) {
    if (!nd_is_closing(h))
        nd_close(h, count_close_cb);
}

static void test_walk(void) {
    nd_timer_t t1, t2;
    nd_signal_t sig;
    nd_loop_t loop;
    int n = 0;

    lt_open(&loop);
    closed = 0;
    nd_timer_init(&loop, &t1);
    nd_timer_init(&loop, &t2);
    nd_signal_init(&loop, &sig);
    /* Starting a signal handle gives the loop an internal handle (a pipe
     * watcher on POSIX, an async on Windows). */
    ND_CHECK_EQ(nd_signal_start(&sig, noop_signal, QUIET_SIGNAL), 0);
    nd_loop_walk(&loop, walk_count, &n);
    ND_CHECK_EQ(n, 3);
    nd_close(&t1.h, count_close_cb);
    n = 0;
    nd_loop_walk(&loop, walk_count, &n);
    ND_CHECK_EQ(n, 3); /* closing, not closed yet */
    nd_loop_walk(&loop, walk_close, NULL);
    lt_finish(&loop);
    ND_CHECK_EQ(closed, 3);
}

int main(void) {
    ND_RUN(test_each_type);
    ND_RUN(test_close_in_close_phase);
    ND_RUN(test_close_order);
    ND_RUN(test_walk);
    ND_DONE("test-loop-close");
}
