/*
 * test-signal.c - signal handles: a signal sent to ourselves reaches the
 * started handle's callback in the poll phase; every handle (in every
 * loop) watching it is called; the OS disposition is ours only while some
 * handle watches, and is restored after the last stops; unwatched signals
 * keep their default; the internal pipe watcher never keeps a loop alive.
 */
#include "loop_test.h"

#include <signal.h>
#include <unistd.h>

#include "sys.h"
#include "thread.h"

static int disposition_is_default(int signum) {
    struct sigaction sa;

    ND_CHECK_EQ(sigaction(signum, NULL, &sa), 0);
    return sa.sa_handler == SIG_DFL;
}

static int calls;
static int last_signum;
static nd_phase last_phase;

static void note_phase(nd_loop_t *loop, nd_phase phase, int n, uint64_t ns) {
    last_phase = phase;
}

static void usr1_cb(nd_signal_t *s, int signum) {
    calls++;
    last_signum = signum;
    ND_CHECK_EQ(last_phase, ND_PHASE_PREPARE); /* i.e. inside poll */
    ND_CHECK_EQ(nd_signal_stop(s), 0);
}

static void test_kill_self(void) {
    nd_signal_t s;
    nd_loop_t loop;

    ND_CHECK(disposition_is_default(SIGUSR1));
    lt_open(&loop);
    nd_loop_set_trace(&loop, note_phase, NULL);
    calls = 0;
    ND_CHECK_EQ(nd_signal_init(&loop, &s), 0);
    ND_CHECK_EQ(nd_signal_start(&s, usr1_cb, SIGUSR1), 0);
    ND_CHECK(!disposition_is_default(SIGUSR1));
    ND_CHECK_EQ(s.signum, SIGUSR1);

    ND_CHECK_EQ(nd_sys_kill(nd_sys_pid(), SIGUSR1), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(calls, 1);
    ND_CHECK_EQ(last_signum, SIGUSR1);
    /* Stopped in the callback: the default disposition is back. */
    ND_CHECK(disposition_is_default(SIGUSR1));

    nd_close(&s.h, NULL);
    lt_finish(&loop);
}

/* A loop blocked in poll wakes up for a signal sent later by a thread. */
static void late_kill(void *arg) {
    lt_sleep_ms(20);
    ND_CHECK_EQ(nd_sys_kill(nd_sys_pid(), SIGUSR1), 0);
}

static void test_wakes_blocked_loop(void) {
    nd_signal_t s;
    nd_thread_t th;
    nd_loop_t loop;

    lt_open(&loop);
    nd_loop_set_trace(&loop, note_phase, NULL);
    calls = 0;
    ND_CHECK_EQ(nd_signal_init(&loop, &s), 0);
    ND_CHECK_EQ(nd_signal_start(&s, usr1_cb, SIGUSR1), 0);
    ND_CHECK_EQ(nd_thread_create(&th, late_kill, NULL, 0), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(nd_thread_join(&th), 0);
    ND_CHECK_EQ(calls, 1);
    nd_close(&s.h, NULL);
    lt_finish(&loop);
}

/* Two handles in one loop and one in a second loop, same signal: all are
 * called, once per delivery; raise() twice gives two calls each. */
static int per_handle[3];

static void count_cb(nd_signal_t *s, int signum) {
    int i = (int)(intptr_t)s->h.data;

    if (++per_handle[i] == 2)
        nd_close(&s->h, NULL);
}

static void test_fan_out(void) {
    nd_signal_t s[3];
    nd_loop_t l1, l2;
    int i;

    lt_open(&l1);
    lt_open(&l2);
    for (i = 0; i < 3; i++) {
        per_handle[i] = 0;
        ND_CHECK_EQ(nd_signal_init(i < 2 ? &l1 : &l2, &s[i]), 0);
        s[i].h.data = (void *)(intptr_t)i;
        ND_CHECK_EQ(nd_signal_start(&s[i], count_cb, SIGUSR2), 0);
    }
    ND_CHECK_EQ(raise(SIGUSR2), 0);
    ND_CHECK_EQ(raise(SIGUSR2), 0);
    lt_finish(&l1);
    lt_finish(&l2);
    for (i = 0; i < 3; i++)
        ND_CHECK_EQ(per_handle[i], 2);
    ND_CHECK(disposition_is_default(SIGUSR2));
}

/* Restarting with another signal moves the handle; stopping one of two
 * handles keeps the signal caught for the other. */
static void ignore_cb(nd_signal_t *s, int signum) {
    calls++;
}

static void test_restart_and_share(void) {
    nd_signal_t a, b;
    nd_loop_t loop;

    lt_open(&loop);
    ND_CHECK_EQ(nd_signal_init(&loop, &a), 0);
    ND_CHECK_EQ(nd_signal_init(&loop, &b), 0);
    ND_CHECK_EQ(nd_signal_start(&a, ignore_cb, SIGUSR1), 0);
    ND_CHECK_EQ(nd_signal_start(&a, ignore_cb, SIGUSR2), 0);
    ND_CHECK(disposition_is_default(SIGUSR1));
    ND_CHECK(!disposition_is_default(SIGUSR2));
    ND_CHECK_EQ(nd_signal_start(&b, ignore_cb, SIGUSR2), 0);
    ND_CHECK_EQ(nd_signal_stop(&a), 0);
    ND_CHECK(!disposition_is_default(SIGUSR2));
    ND_CHECK_EQ(nd_signal_stop(&b), 0);
    ND_CHECK(disposition_is_default(SIGUSR2));
    ND_CHECK_EQ(nd_signal_stop(&b), 0); /* idempotent */

    /* Invalid signals. */
    ND_CHECK_EQ(nd_signal_start(&a, ignore_cb, 0), ND_EINVAL);
    ND_CHECK_EQ(nd_signal_start(&a, ignore_cb, -3), ND_EINVAL);
    ND_CHECK_EQ(nd_signal_start(&a, ignore_cb, SIGKILL), ND_EINVAL);
    ND_CHECK_EQ(nd_signal_start(&a, ignore_cb, SIGSTOP), ND_EINVAL);
    ND_CHECK_EQ(nd_signal_start(&a, ignore_cb, 100000), ND_EINVAL);
    ND_CHECK_EQ(nd_signal_start(&a, NULL, SIGUSR1), ND_EINVAL);
    ND_CHECK(!nd_is_active(&a.h));

    nd_close(&a.h, NULL);
    nd_close(&b.h, NULL);
    lt_finish(&loop);
}

/* An unref'd signal handle does not keep the loop alive, and neither does
 * the loop's internal pipe watcher. */
static void test_liveness(void) {
    nd_signal_t s;
    nd_loop_t loop;

    lt_open(&loop);
    ND_CHECK_EQ(nd_signal_init(&loop, &s), 0);
    ND_CHECK_EQ(nd_signal_start(&s, ignore_cb, SIGWINCH), 0);
    ND_CHECK_EQ(nd_loop_alive(&loop), 1);
    nd_unref(&s.h);
    ND_CHECK_EQ(nd_loop_alive(&loop), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(nd_signal_stop(&s), 0);
    ND_CHECK(loop.signal_pipe[0] >= 0); /* the pipe stays until close */
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    nd_close(&s.h, NULL);
    lt_finish(&loop);
    ND_CHECK_EQ(loop.signal_pipe[0], -1);
}

/* SIGINT and SIGTERM are not touched unless watched. */
static void *handler_of(int signum) {
    struct sigaction sa;

    ND_CHECK_EQ(sigaction(signum, NULL, &sa), 0);
    return (void *)sa.sa_handler;
}

static void test_defaults_kept(void) {
    void *int_before = handler_of(SIGINT), *term_before = handler_of(SIGTERM);
    nd_signal_t s;
    nd_loop_t loop;

    lt_open(&loop);
    ND_CHECK_EQ(nd_signal_init(&loop, &s), 0);
    ND_CHECK_EQ(nd_signal_start(&s, ignore_cb, SIGUSR1), 0);
    ND_CHECK(handler_of(SIGINT) == int_before);
    ND_CHECK(handler_of(SIGTERM) == term_before);
    nd_close(&s.h, NULL);
    lt_finish(&loop);
}

int main(void) {
    ND_RUN(test_kill_self);
    ND_RUN(test_wakes_blocked_loop);
    ND_RUN(test_fan_out);
    ND_RUN(test_restart_and_share);
    ND_RUN(test_liveness);
    ND_RUN(test_defaults_kept);
    ND_DONE("test-loop-signal");
}
