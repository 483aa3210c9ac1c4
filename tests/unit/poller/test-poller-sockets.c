/*
 * test-poller-sockets.c - more of the poller contract (poller.h) on TCP
 * sockets, run once per backend like test-poller.c: a listener becomes
 * readable when a connection waits and a connecting socket writable when
 * it is made; a socket closed while watched never crashes the poller nor
 * reports readiness; and interest changed on every wait is followed
 * exactly.  The same file runs on every system, Windows included.
 */
#define _GNU_SOURCE
#include "poller_test.h"

/* A listening socket is readable when a connection waits to be accepted,
 * and a connecting socket becomes writable when it is made. */
static void test_accept_connect(void)
{
    nd_poller_t *p = open_poller();
    int l, port, c, rc;

    l = nd_test_listen(&port);
    ND_CHECK_EQ(nd_poller_watch(p, l, ND_POLL_IN), 0);
    ND_CHECK_EQ(events_for(p, 0, l), 0);
    rc = nd_test_connect(port, &c);
    ND_CHECK_INT(rc, >=, 0);
    ND_CHECK_EQ(events_for(p, 2000, l), ND_POLL_IN);
    ND_CHECK_EQ(nd_poller_watch(p, c, ND_POLL_OUT), 0);
    ND_CHECK_EQ(events_for(p, 2000, c), ND_POLL_OUT);
    ND_CHECK_EQ(nd_poller_unwatch(p, c), 0);
    ND_CHECK_EQ(nd_poller_unwatch(p, l), 0);
    nd_test_close(c);
    nd_test_close(l);
    nd_poller_close(p);
}

/* A watched socket closed without unwatch: the poller may report it
 * (as an error or hang-up, never as readable or writable) or say nothing,
 * but must not crash, and must forget it when unwatched. */
static void test_closed_while_watched(void)
{
    nd_poller_t *p = open_poller();
    int sv[2], i;
    unsigned ev;

    make_socketpair(sv);
    ND_CHECK_EQ(nd_poller_watch(p, sv[0], ND_POLL_IN), 0);
    ND_CHECK_EQ(events_for(p, 0, sv[0]), 0);
    nd_test_close(sv[0]);
    for (i = 0; i < 3; i++) {
        ev = events_for(p, 50, sv[0]);
        ND_CHECK_EQ(ev & ~(unsigned)(ND_POLL_ERR | ND_POLL_HUP), 0);
    }
    ND_CHECK_EQ(nd_poller_unwatch(p, sv[0]), 0);
    ND_CHECK_EQ(events_for(p, 0, sv[0]), 0);
    nd_test_close(sv[1]);
    nd_poller_close(p);
}

/* Interest changed on every wait, many times over, on a socket that is
 * both readable and writable: each wait reports exactly the interest of
 * the moment.  (On iocp every change cancels a request in flight and
 * issues a new one; this is the churn that must not lose or mix them.) */
static void test_interest_churn(void)
{
    static const unsigned cycle[] = {ND_POLL_IN, ND_POLL_OUT, 0,
                                     ND_POLL_IN | ND_POLL_OUT, ND_POLL_OUT,
                                     ND_POLL_IN};
    nd_poller_t *p = open_poller();
    int sv[2], i;

    make_socketpair(sv);
    ND_CHECK_EQ(nd_test_write(sv[1], "x", 1), 1);
    for (i = 0; i < 600; i++) {
        unsigned want = cycle[i % 6];

        ND_CHECK_EQ(nd_poller_watch(p, sv[0], want), 0);
        ND_CHECK_EQ(events_for(p, want != 0 ? 1000 : 0, sv[0]), want);
        if (i % 50 == 49) { /* now and then, forget it entirely */
            ND_CHECK_EQ(nd_poller_unwatch(p, sv[0]), 0);
            ND_CHECK_EQ(events_for(p, 0, sv[0]), 0);
        }
    }
    nd_poller_close(p);
    nd_test_close(sv[0]);
    nd_test_close(sv[1]);
}

int main(void)
{
    pt_start();
    ND_RUN(test_accept_connect);
    ND_RUN(test_closed_while_watched);
    ND_RUN(test_interest_churn);
    ND_DONE("test-poller-sockets");
}
