/*
 * loop_test.h - helpers shared by the loop/ unit tests.
 *
 * Every test program runs once per poller backend (NODULE_POLLER=<name>,
 * set by meson) and prints the backend it got.  Every case opens its own
 * loop with lt_open() and ends with lt_finish(), which runs the loop until
 * the close callbacks of the handles the case closed have run and then
 * requires nd_loop_close() to succeed: a case that forgets a handle fails.
 *
 * lt_log() collects a trace of what ran, as text, so that a case can
 * compare the whole order of events with one string.
 */
#ifndef ND_LOOP_TEST_H
#define ND_LOOP_TEST_H

#define _GNU_SOURCE
#include <stdarg.h>
#include <time.h>

#include "loop.h"
#include "nd_test.h"

static inline void lt_open(nd_loop_t *loop) {
    static int printed;

    ND_CHECK_EQ(nd_loop_init(loop), 0);
    if (!printed) {
        const char *want = getenv("NODULE_POLLER");

        printf("backend %s\n", nd_loop_backend(loop));
        if (want != NULL)
            ND_CHECK_STR(nd_loop_backend(loop), want);
        printed = 1;
    }
}

static inline void lt_finish(nd_loop_t *loop) {
    ND_CHECK_EQ(nd_loop_run(loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(nd_loop_alive(loop), 0);
    ND_CHECK_EQ(nd_loop_close(loop), 0);
}

/* A close callback for handles the case does not need to hear about. */
static inline void lt_close_quiet(nd_handle_t *h) {
    (void)h;
}

#include "addr.h"

/* An address's text form, for checks. */
typedef struct {
    int family; /* 4, 6, or a negative code */
    char ip[ND_IP_NAME_MAX];
    int port;
} lt_name_t;

static inline lt_name_t lt_name(const nd_sockaddr_t *addr) {
    lt_name_t n;

    n.family = nd_ip_name(addr, n.ip, &n.port);
    return n;
}

/* The address ip:port, which must parse; valid until the eighth call
 * after this one. */
static inline const nd_sockaddr_t *lt_addr(const char *ip, int port) {
    static nd_sockaddr_t ring[8];
    static unsigned next;
    nd_sockaddr_t *a = &ring[next++ % 8];

    ND_CHECK_EQ(nd_ip_addr(ip, port, a), 0);
    return a;
}

static inline uint64_t lt_ms(void) {
    return nd_hrtime() / 1000000u;
}

static inline void lt_sleep_ms(unsigned ms) {
    nd_test_sleep_ms(ms);
}

/* ---- a text log of events ---------------------------------------------- */

static char lt_buf[4096];

static inline void lt_log_reset(void) {
    lt_buf[0] = '\0';
}

static inline void lt_log(const char *fmt, ...) {
    size_t used = strlen(lt_buf);
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(lt_buf + used, sizeof(lt_buf) - used, fmt, ap);
    va_end(ap);
}

/* A trace hook that logs "|phase:n " after every phase that ran callbacks,
 * so the log reads "cb1 cb2 |timers:2 cb3 |poll:1 ...". */
static inline void lt_trace(nd_loop_t *loop, nd_phase phase, int callbacks,
                     uint64_t ns) {
    (void)loop;
    (void)ns;
    if (callbacks > 0)
        lt_log("|%s:%d ", nd_phase_name(phase), callbacks);
}

#endif
