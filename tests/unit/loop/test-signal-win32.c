/*
 * test-signal-win32.c - nd_signal_t on Windows: console control events
 * arrive as signals (loop/signal_win32.c).
 *
 * Two handles watch SIGINT and SIGBREAK; CTRL_BREAK_EVENT and CTRL_C_EVENT
 * are raised, from another thread as the system does, and each must reach
 * exactly its handle, in the loop's poll phase.  The events are raised
 * with GenerateConsoleCtrlEvent when the process has a console that
 * accepts it; where it has none (a test runner without a console, or Wine,
 * which refuses it) they are handed to the same delivery function the
 * system's control handler calls, and the program says so.  Numbers
 * Windows never delivers are refused.
 */
#include "loop_test.h"
#include "internal.h"
#include "thread.h"

#include <signal.h>

#ifndef SIGKILL
#define SIGKILL 9
#endif

static int got_int, got_break;

static void on_signal(nd_signal_t *s, int signum) {
    if (signum == SIGINT)
        got_int++;
    if (signum == SIGBREAK)
        got_break++;
    nd_signal_stop(s);
    nd_close(&s->h, lt_close_quiet);
}

static void test_refused(void) {
    nd_loop_t loop;
    nd_signal_t s;

    lt_open(&loop);
    ND_CHECK_EQ(nd_signal_init(&loop, &s), 0);
    ND_CHECK_EQ(nd_signal_start(&s, on_signal, 0), ND_EINVAL);
    ND_CHECK_EQ(nd_signal_start(&s, on_signal, SIGKILL), ND_EINVAL);
    ND_CHECK_EQ(nd_signal_start(&s, on_signal, NSIG), ND_EINVAL);
    ND_CHECK_EQ(nd_signal_start(&s, NULL, SIGINT), ND_EINVAL);
    ND_CHECK_EQ(nd_signal_start(&s, on_signal, SIGTERM), ND_ENOSYS);
    nd_close(&s.h, lt_close_quiet);
    lt_finish(&loop);
}

/* Another thread raises both events, as the console would. */
static void raise_events(void *arg) {
    static const DWORD events[2] = {CTRL_BREAK_EVENT, CTRL_C_EVENT};
    int i;

    (void)arg;
    nd_test_sleep_ms(20);
    for (i = 0; i < 2; i++) {
        if (GenerateConsoleCtrlEvent(events[i], 0))
            continue;
        fprintf(stderr, "    (no console event: delivered directly)\n");
        ND_CHECK_EQ(nd__signal_console_event(events[i]), 1);
    }
}

static void test_console_events(void) {
    nd_loop_t loop;
    nd_signal_t sint, sbreak;
    nd_thread_t t;

    lt_open(&loop);
    ND_CHECK_EQ(nd_signal_init(&loop, &sint), 0);
    ND_CHECK_EQ(nd_signal_init(&loop, &sbreak), 0);
    ND_CHECK_EQ(nd_signal_start(&sint, on_signal, SIGINT), 0);
    ND_CHECK_EQ(nd_signal_start(&sbreak, on_signal, SIGBREAK), 0);
    ND_CHECK_EQ(nd_thread_create(&t, raise_events, NULL, 0), 0);
    /* Each callback stops and closes its handle, so the loop ends when
     * both events have arrived. */
    lt_finish(&loop);
    ND_CHECK_EQ(nd_thread_join(&t), 0);
    ND_CHECK_EQ(got_int, 1);
    ND_CHECK_EQ(got_break, 1);
    /* Nobody watches any more: an event is not ours to handle. */
    ND_CHECK_EQ(nd__signal_console_event(CTRL_C_EVENT), 0);
}

/* More loops in a row than the registry has slots: each loop's slot (and
 * its internal async) is released when the loop closes. */
static void test_slots_released(void) {
    int i;

    for (i = 0; i < 100; i++) {
        nd_loop_t loop;
        nd_signal_t s;

        lt_open(&loop);
        ND_CHECK_EQ(nd_signal_init(&loop, &s), 0);
        ND_CHECK_EQ(nd_signal_start(&s, on_signal, SIGBREAK), 0);
        ND_CHECK_EQ(nd_signal_stop(&s), 0);
        ND_CHECK_EQ(nd_signal_start(&s, on_signal, SIGINT), 0);
        nd_close(&s.h, lt_close_quiet);
        lt_finish(&loop);
    }
}

int main(void) {
    ND_RUN(test_refused);
    ND_RUN(test_console_events);
    ND_RUN(test_slots_released);
    ND_DONE("test-loop-signal-win32");
}
