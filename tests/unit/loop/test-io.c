/*
 * test-io.c - io watchers: readable and writable pipes, interest changes,
 * hang-up, a watcher stopped or closed by an earlier callback of the same
 * poll batch, an fd number reused within a batch, and bad fds.
 */
#include "loop_test.h"
#include "nd_test_os.h"

#if !defined(_WIN32)
#include <fcntl.h>
#include <unistd.h>
#endif

/* A pipe on POSIX; a socket pair where only sockets can be watched. */
static void make_pipe(int fds[2]) {
    nd_test_channel(fds);
}

static int calls;
static unsigned last_events;

static void read_one_cb(nd_io_t *w, unsigned events) {
    char c;

    calls++;
    last_events = events;
    ND_CHECK_EQ(nd_test_read(w->fd, &c, 1), 1);
    ND_CHECK_EQ(c, 'x');
    nd_close(&w->h, NULL);
}

static void write_cb(nd_io_t *w, unsigned events) {
    calls++;
    last_events = events;
    ND_CHECK_EQ(nd_test_write(w->fd, "x", 1), 1);
    nd_close(&w->h, NULL);
}

static void test_readable_writable(void) {
    nd_io_t r, w;
    nd_loop_t loop;
    int fds[2];

    lt_open(&loop);
    make_pipe(fds);
    calls = 0;

    /* Writable first: the pipe is empty. */
    ND_CHECK_EQ(nd_io_init(&loop, &w, fds[1]), 0);
    ND_CHECK_EQ(nd_io_start(&w, write_cb, ND_POLL_OUT), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(calls, 1);
    ND_CHECK_EQ(last_events, ND_POLL_OUT);

    /* Then readable: write_cb put one byte in. */
    ND_CHECK_EQ(nd_io_init(&loop, &r, fds[0]), 0);
    ND_CHECK_EQ(nd_io_start(&r, read_one_cb, ND_POLL_IN), 0);
    lt_finish(&loop);
    ND_CHECK_EQ(calls, 2);
    ND_CHECK_EQ(last_events, ND_POLL_IN);
    nd_test_close(fds[0]);
    nd_test_close(fds[1]);
}

/* Watching for IN only on a writable socket reports nothing until data
 * arrives; changing the interest with another start takes effect. */
static int phase_calls;

static void socket_cb(nd_io_t *w, unsigned events) {
    phase_calls++;
    if (events & ND_POLL_OUT) {
        ND_CHECK_EQ(events & ND_POLL_IN, 0);
        /* Switch to reading; the peer has written meanwhile. */
        ND_CHECK_EQ(nd_io_start(w, socket_cb, ND_POLL_IN), 0);
        ND_CHECK_EQ(nd_test_write(*(int *)w->h.data, "x", 1), 1);
        return;
    }
    ND_CHECK(events & ND_POLL_IN);
    nd_close(&w->h, NULL);
}

static void test_interest_change(void) {
    nd_io_t w;
    nd_loop_t loop;
    int sv[2];

    lt_open(&loop);
    nd_test_socketpair(sv);
    phase_calls = 0;
    ND_CHECK_EQ(nd_io_init(&loop, &w, sv[0]), 0);
    w.h.data = &sv[1];
    ND_CHECK_EQ(nd_io_start(&w, socket_cb, ND_POLL_OUT), 0);
    lt_finish(&loop);
    ND_CHECK_EQ(phase_calls, 2);
    nd_test_close(sv[0]);
    nd_test_close(sv[1]);
}

/* The write end closed: the read end reports hang-up (or end-of-file as
 * readable, depending on the backend). */
static void hup_cb(nd_io_t *w, unsigned events) {
    calls++;
    last_events = events;
    nd_close(&w->h, NULL);
}

static void test_hangup(void) {
    nd_io_t r;
    nd_loop_t loop;
    int fds[2];

    lt_open(&loop);
    make_pipe(fds);
    nd_test_close(fds[1]);
    calls = 0;
    ND_CHECK_EQ(nd_io_init(&loop, &r, fds[0]), 0);
    ND_CHECK_EQ(nd_io_start(&r, hup_cb, ND_POLL_IN), 0);
    lt_finish(&loop);
    ND_CHECK_EQ(calls, 1);
    ND_CHECK(last_events & (ND_POLL_HUP | ND_POLL_IN));
    nd_test_close(fds[0]);
}

/* Two readable pipes in one batch: whichever callback runs first stops
 * (or closes) the other, which then must not be called. */
static nd_io_t pair[2];
static int pair_fds[2][2];

static void stop_other_cb(nd_io_t *w, unsigned events) {
    nd_io_t *other = (w == &pair[0]) ? &pair[1] : &pair[0];

    calls++;
    if (w->h.data != NULL)
        nd_close(&other->h, NULL);
    else
        ND_CHECK_EQ(nd_io_stop(other), 0);
    nd_close(&w->h, NULL);
}

static void stop_during_dispatch(int use_close) {
    nd_loop_t loop;
    int i;

    lt_open(&loop);
    calls = 0;
    for (i = 0; i < 2; i++) {
        make_pipe(pair_fds[i]);
        ND_CHECK_EQ(nd_test_write(pair_fds[i][1], "x", 1), 1);
        ND_CHECK_EQ(nd_io_init(&loop, &pair[i], pair_fds[i][0]), 0);
        pair[i].h.data = use_close ? &loop : NULL;
        ND_CHECK_EQ(nd_io_start(&pair[i], stop_other_cb, ND_POLL_IN), 0);
    }
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_NOWAIT), 0);
    ND_CHECK_EQ(calls, 1);
    for (i = 0; i < 2; i++)
        if (!nd_is_closing(&pair[i].h))
            nd_close(&pair[i].h, NULL);
    lt_finish(&loop);
    for (i = 0; i < 2; i++) {
        nd_test_close(pair_fds[i][0]);
        nd_test_close(pair_fds[i][1]);
    }
}

static void test_stop_during_dispatch(void) {
    stop_during_dispatch(0);
    stop_during_dispatch(1);
}

#if !defined(_WIN32) /* needs dup2() onto a chosen fd number */
/* The first callback of a batch closes the other watcher and its fd, and
 * a new watcher takes the very same fd number (over an empty pipe).  The
 * event fired for the old fd must not reach the new watcher. */
static nd_io_t reuse_new;
static int reuse_spare[2];
static nd_loop_t *reuse_loop;

static void new_owner_cb(nd_io_t *w, unsigned events) {
    ND_CHECK(0 && "a stale event reached the fd's new watcher");
}

static void reuse_cb(nd_io_t *w, unsigned events) {
    nd_io_t *other = (w == &pair[0]) ? &pair[1] : &pair[0];
    int fd = other->fd;

    calls++;
    nd_close(&other->h, NULL);
    ND_CHECK_EQ(dup2(reuse_spare[0], fd), fd); /* closes the old pipe end */
    ND_CHECK_EQ(nd_io_init(reuse_loop, &reuse_new, fd), 0);
    ND_CHECK_EQ(nd_io_start(&reuse_new, new_owner_cb, ND_POLL_IN), 0);
    nd_close(&w->h, NULL);
}

static void test_fd_reuse(void) {
    nd_loop_t loop;
    int i;

    lt_open(&loop);
    reuse_loop = &loop;
    calls = 0;
    make_pipe(reuse_spare);
    for (i = 0; i < 2; i++) {
        make_pipe(pair_fds[i]);
        ND_CHECK_EQ(nd_test_write(pair_fds[i][1], "x", 1), 1);
        ND_CHECK_EQ(nd_io_init(&loop, &pair[i], pair_fds[i][0]), 0);
        ND_CHECK_EQ(nd_io_start(&pair[i], reuse_cb, ND_POLL_IN), 0);
    }
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_NOWAIT), 1);
    ND_CHECK_EQ(calls, 1);
    nd_close(&reuse_new.h, NULL);
    lt_finish(&loop);
    for (i = 0; i < 2; i++) {
        nd_test_close(pair_fds[i][0]);
        nd_test_close(pair_fds[i][1]);
    }
    nd_test_close(reuse_spare[0]);
    nd_test_close(reuse_spare[1]);
}
#endif

/* Bad fds are refused, never indexed; one started watcher per fd. */
static void test_bad_fds(void) {
    nd_io_t w, w2;
    nd_loop_t loop;
    int fds[2];

    lt_open(&loop);
    ND_CHECK_EQ(nd_io_init(&loop, &w, -1), ND_EBADF);
    ND_CHECK_EQ(nd_io_init(&loop, &w, ND_POLLER_MAX_FD), ND_ERANGE);
    ND_CHECK_EQ(nd_io_init(&loop, &w, 1 << 30), ND_ERANGE);

    make_pipe(fds);
    ND_CHECK_EQ(nd_io_init(&loop, &w, fds[0]), 0);
    ND_CHECK_EQ(nd_io_init(&loop, &w2, fds[0]), 0);
    ND_CHECK_EQ(nd_io_start(&w, read_one_cb, ND_POLL_IN), 0);
    ND_CHECK_EQ(nd_io_start(&w2, read_one_cb, ND_POLL_IN), ND_EEXIST);
    ND_CHECK_EQ(nd_io_start(&w, NULL, ND_POLL_IN), ND_EINVAL);
    ND_CHECK(!nd_is_active(&w2.h));
    ND_CHECK_EQ(nd_io_stop(&w), 0);
    ND_CHECK_EQ(nd_io_stop(&w), 0); /* idempotent */
    ND_CHECK_EQ(nd_io_start(&w2, read_one_cb, ND_POLL_IN), 0);
    nd_close(&w.h, NULL);
    nd_close(&w2.h, NULL);

#if !defined(_WIN32)
    /* An fd the loop's table must grow for. */
    {
        nd_io_t w3;
        int big = fcntl(fds[1], F_DUPFD_CLOEXEC, 1000);

        ND_CHECK(big >= 1000);
        ND_CHECK_EQ(nd_io_init(&loop, &w3, big), 0);
        calls = 0;
        ND_CHECK_EQ(nd_io_start(&w3, write_cb, ND_POLL_OUT), 0);
        ND_CHECK(loop.nwatchers > big);
        lt_finish(&loop);
        ND_CHECK_EQ(calls, 1);
        nd_test_close(big);
    }
#else
    lt_finish(&loop);
#endif
    nd_test_close(fds[0]);
    nd_test_close(fds[1]);
}

int main(void) {
    ND_RUN(test_readable_writable);
    ND_RUN(test_interest_change);
    ND_RUN(test_hangup);
    ND_RUN(test_stop_during_dispatch);
#if !defined(_WIN32)
    ND_RUN(test_fd_reuse);
#endif
    ND_RUN(test_bad_fds);
    ND_DONE("test-loop-io");
}
