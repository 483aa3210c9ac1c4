/*
 * poller_test.h - what the poller test programs share: the backend under
 * test (chosen by NODULE_POLLER, checked and printed by pt_start()), a
 * fresh poller of it, and the events one wait reports for one fd.
 */
#ifndef ND_POLLER_TEST_H
#define ND_POLLER_TEST_H

#include "poller.h"
#include "nd_test.h"
#include "nd_test_os.h"

#include <signal.h>

static const nd_poller_ops_t *backend;

static inline nd_poller_t *open_poller(void)
{
    nd_poller_t *p = NULL;

    ND_CHECK_EQ(nd_poller_open(&p, backend), 0);
    ND_CHECK(p != NULL);
    ND_CHECK_STR(nd_poller_name(p), backend->name);
    return p;
}

static inline uint64_t now_ms(void)
{
    return nd_test_now_ms();
}

/* A pipe on POSIX, a socket pair on Windows (nd_test_os.h). */
static inline void make_pipe(int fds[2])
{
    nd_test_channel(fds);
}

static inline void make_socketpair(int fds[2])
{
    nd_test_socketpair(fds);
}

/* The events wait(timeout) reports for fd, or 0 if it reports nothing for
 * it; also checks that no fd is reported twice. */
static inline unsigned events_for(nd_poller_t *p, int timeout, int fd)
{
    nd_poller_event_t ev[16];
    unsigned found = 0;
    int n, i, seen = 0;

    n = nd_poller_wait(p, timeout, ev, 16);
    ND_CHECK_INT(n, >=, 0);
    for (i = 0; i < n; i++) {
        if (ev[i].fd == fd) {
            seen++;
            found = ev[i].events;
        }
    }
    ND_CHECK_INT(seen, <=, 1);
    return found;
}

/* Choose the backend NODULE_POLLER names, check it is the one asked for,
 * and print its name. */
static inline void pt_start(void)
{
    const char *want = getenv("NODULE_POLLER");

#if !defined(_WIN32)
    signal(SIGPIPE, SIG_IGN);
#endif
    backend = nd_poller_select(NULL);
    ND_CHECK(backend != NULL);
    if (want != NULL && want[0] != '\0')
        ND_CHECK_STR(backend->name, want);
    printf("backend: %s\n", backend->name);
    fflush(stdout);
}

#endif
