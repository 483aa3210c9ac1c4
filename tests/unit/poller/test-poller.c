/*
 * test-poller.c - the poller contract (poller.h), run once per backend.
 *
 * meson runs this one program once for each compiled-in backend, choosing
 * it with NODULE_POLLER=<name>; the program checks that it got the backend
 * it was asked for and prints its name.  Every case opens a fresh poller,
 * builds the situation with pipes or sockets, and checks what wait()
 * reports.  The cases are the contract: level-triggered readiness, hang-up
 * and error reporting, fds closed between wait and dispatch, fds the
 * backend cannot hold, wake-ups from other threads and from signal
 * handlers, and their coalescing.
 *
 * The same file runs on Windows (iocp, under Wine), where only sockets can
 * be watched: there the "pipes" are loopback socket pairs (nd_test_os.h),
 * and the cases that need POSIX pipes, rlimits or signals are left out.
 * More socket cases are in test-poller-sockets.c.
 */
#define _GNU_SOURCE
#include "poller.h"
#include "thread.h"
#include "nd_test.h"
#include "nd_test_os.h"
#include "poller_test.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#if !defined(_WIN32)
#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>
#endif

static void test_select(void)
{
    const nd_poller_ops_t *const *all = nd_poller_backends();
    int i;

    ND_CHECK(nd_poller_select("no-such-backend") == NULL);
    ND_CHECK(nd_poller_select("") == NULL);
    ND_CHECK(nd_poller_select("EPOLL") == NULL);
    ND_CHECK(all[0] != NULL);
    for (i = 0; all[i] != NULL; i++)
        ND_CHECK(nd_poller_select(all[i]->name) == all[i]);
#if defined(_WIN32)
    ND_CHECK(nd_poller_select("iocp") == &nd_poller_iocp);
    ND_CHECK(nd_poller_select("poll") == NULL);
#else
    ND_CHECK(nd_poller_select("poll") == &nd_poller_poll);
#endif
}

static void test_readable(void)
{
    nd_poller_t *p = open_poller();
    int fds[2];
    char c;

    make_pipe(fds);
    ND_CHECK_EQ(nd_poller_watch(p, fds[0], ND_POLL_IN), 0);
    ND_CHECK_EQ(events_for(p, 0, fds[0]), 0);
    ND_CHECK_EQ(nd_test_write(fds[1], "x", 1), 1);
    ND_CHECK_EQ(events_for(p, 1000, fds[0]), ND_POLL_IN);
    /* Level-triggered: still readable until drained. */
    ND_CHECK_EQ(events_for(p, 0, fds[0]), ND_POLL_IN);
    ND_CHECK_EQ(nd_test_read(fds[0], &c, 1), 1);
    ND_CHECK_EQ(events_for(p, 0, fds[0]), 0);
    nd_poller_close(p);
    nd_test_close(fds[0]);
    nd_test_close(fds[1]);
}

static void test_writable(void)
{
    nd_poller_t *p = open_poller();
    int sv[2];

    make_socketpair(sv);
    ND_CHECK_EQ(nd_poller_watch(p, sv[0], ND_POLL_OUT), 0);
    ND_CHECK_EQ(events_for(p, 1000, sv[0]), ND_POLL_OUT);
    nd_poller_close(p);
    nd_test_close(sv[0]);
    nd_test_close(sv[1]);
}

static void test_hangup(void)
{
    nd_poller_t *p = open_poller();
    int fds[2], sv[2];
    unsigned ev;

    /* A pipe (or, on Windows, a socket) whose writer is gone. */
    make_pipe(fds);
    ND_CHECK_EQ(nd_poller_watch(p, fds[0], ND_POLL_IN), 0);
    nd_test_close(fds[1]);
    ev = events_for(p, 1000, fds[0]);
    ND_CHECK(ev & ND_POLL_HUP);

    /* A socket whose peer closed; HUP is reported even with no interest. */
    make_socketpair(sv);
    ND_CHECK_EQ(nd_poller_watch(p, sv[0], 0), 0);
    ND_CHECK_EQ(events_for(p, 0, sv[0]), 0);
    nd_test_close(sv[1]);
    ev = events_for(p, 1000, sv[0]);
    ND_CHECK(ev & ND_POLL_HUP);

    nd_poller_close(p);
    nd_test_close(fds[0]);
    nd_test_close(sv[0]);
}

static void test_error(void)
{
    nd_poller_t *p = open_poller();
    int probe, port, s, rc;
    unsigned ev;

#if !defined(_WIN32)
    {
        /* A pipe's writing end with no reader left has an error pending. */
        int fds[2];

        make_pipe(fds);
        nd_test_close(fds[0]);
        ND_CHECK_EQ(nd_poller_watch(p, fds[1], 0), 0);
        ev = events_for(p, 1000, fds[1]);
        ND_CHECK(ev & ND_POLL_ERR);
        ND_CHECK_EQ(nd_poller_unwatch(p, fds[1]), 0);
        nd_test_close(fds[1]);
    }
#endif

    /* A non-blocking connect to a loopback port nobody listens on: find a
     * free port by listening on one, close it, then connect to it. */
    probe = nd_test_listen(&port);
    nd_test_close(probe);
    rc = nd_test_connect(port, &s);
    if (rc == 1) {
        ND_CHECK_EQ(nd_poller_watch(p, s, ND_POLL_OUT), 0);
        ev = events_for(p, 2000, s);
        ND_CHECK(ev & (ND_POLL_ERR | ND_POLL_HUP));
        ND_CHECK_EQ(nd_poller_unwatch(p, s), 0);
    } else {
        /* Refused at once: nothing is left pending to report. */
        ND_CHECK_EQ(rc, -1);
        fprintf(stderr, "    (connect refused synchronously)\n");
    }
    nd_test_close(s);
    nd_poller_close(p);
}

/* Two fds fire in one wait; while dispatching the first, the caller
 * unwatches and closes the second.  The next wait must not mention it, even
 * when a new fd reuses its number without being watched. */
static void test_closed_during_dispatch(void)
{
    nd_poller_t *p = open_poller();
    nd_poller_event_t ev[8];
    int a[2], b[2], c[2], n, i;

    make_pipe(a);
    make_pipe(b);
    ND_CHECK_EQ(nd_poller_watch(p, a[0], ND_POLL_IN), 0);
    ND_CHECK_EQ(nd_poller_watch(p, b[0], ND_POLL_IN), 0);
    ND_CHECK_EQ(nd_test_write(a[1], "a", 1), 1);
    ND_CHECK_EQ(nd_test_write(b[1], "b", 1), 1);
    n = nd_poller_wait(p, 1000, ev, 8);
    ND_CHECK_EQ(n, 2);

    ND_CHECK_EQ(nd_poller_unwatch(p, b[0]), 0);
    nd_test_close(b[0]);
    make_pipe(c); /* likely reuses b[0]'s number */
    ND_CHECK_EQ(nd_test_write(c[1], "c", 1), 1);

    for (i = 0; i < 3; i++) {
        n = nd_poller_wait(p, 0, ev, 8);
        ND_CHECK_EQ(n, 1);
        ND_CHECK_EQ(ev[0].fd, a[0]);
    }
    /* Unwatching the closed fd again is harmless. */
    ND_CHECK_EQ(nd_poller_unwatch(p, b[0]), 0);

    nd_poller_close(p);
    nd_test_close(a[0]);
    nd_test_close(a[1]);
    nd_test_close(b[1]);
    nd_test_close(c[0]);
    nd_test_close(c[1]);
}

/* An fd closed by the caller before unwatch: unwatch still succeeds. */
static void test_unwatch_after_close(void)
{
    nd_poller_t *p = open_poller();
    int fds[2];

    make_pipe(fds);
    ND_CHECK_EQ(nd_poller_watch(p, fds[0], ND_POLL_IN), 0);
    nd_test_close(fds[0]);
    ND_CHECK_EQ(nd_poller_unwatch(p, fds[0]), 0);
#if !defined(_WIN32)
    ND_CHECK_EQ(nd_test_write(fds[1], "x", 1), -1); /* no reader: EPIPE */
#endif
    nd_test_close(fds[1]);
    nd_poller_close(p);
}

static void test_bad_fds(void)
{
    nd_poller_t *p = open_poller();
    nd_poller_event_t ev[1];
    int fds[2];

    ND_CHECK_EQ(nd_poller_watch(p, -1, ND_POLL_IN), ND_EBADF);
    ND_CHECK_EQ(nd_poller_watch(p, -1000, ND_POLL_IN), ND_EBADF);
    ND_CHECK_EQ(nd_poller_watch(p, ND_POLLER_MAX_FD, ND_POLL_IN), ND_ERANGE);
    ND_CHECK_EQ(nd_poller_watch(p, 0x7fffffff, ND_POLL_IN), ND_ERANGE);
    ND_CHECK_EQ(nd_poller_unwatch(p, -1), ND_EBADF);
    ND_CHECK_EQ(nd_poller_unwatch(p, ND_POLLER_MAX_FD), ND_ERANGE);

    /* In range but not open. */
    make_pipe(fds);
    nd_test_close(fds[0]);
    nd_test_close(fds[1]);
    ND_CHECK_EQ(nd_poller_watch(p, fds[0], ND_POLL_IN), ND_EBADF);
    ND_CHECK_EQ(nd_poller_watch(p, ND_POLLER_MAX_FD - 1, ND_POLL_IN),
                ND_EBADF);

    /* Regular files and directories cannot be polled. */
#if defined(_WIN32)
    {
        char dir[MAX_PATH], path[MAX_PATH];
        HANDLE file, d;

        ND_CHECK(GetTempPathA(sizeof(dir), dir) > 0);
        ND_CHECK(GetTempFileNameA(dir, "ndp", 0, path) != 0);
        file = CreateFileA(path, GENERIC_READ | GENERIC_WRITE, 0, NULL,
                           CREATE_ALWAYS,
                           FILE_ATTRIBUTE_TEMPORARY | FILE_FLAG_DELETE_ON_CLOSE,
                           NULL);
        d = CreateFileA(dir, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE,
                        NULL, OPEN_EXISTING, FILE_FLAG_BACKUP_SEMANTICS, NULL);
        ND_CHECK(file != INVALID_HANDLE_VALUE);
        ND_CHECK(d != INVALID_HANDLE_VALUE);
        ND_CHECK_EQ(nd_poller_watch(p, (int)(intptr_t)file, ND_POLL_IN),
                    ND_EPERM);
        ND_CHECK_EQ(nd_poller_watch(p, (int)(intptr_t)d, ND_POLL_IN),
                    ND_EPERM);
        ND_CHECK_EQ(nd_poller_unwatch(p, (int)(intptr_t)file), 0);
        CloseHandle(file);
        CloseHandle(d);
    }
#else
    {
        char path[] = "/tmp/nd-test-poller-XXXXXX";
        int file = mkstemp(path);
        int dir = open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);

        ND_CHECK_INT(file, >=, 0);
        ND_CHECK_INT(dir, >=, 0);
        unlink(path);
        ND_CHECK_EQ(nd_poller_watch(p, file, ND_POLL_IN), ND_EPERM);
        ND_CHECK_EQ(nd_poller_watch(p, dir, ND_POLL_IN), ND_EPERM);
        ND_CHECK_EQ(nd_poller_unwatch(p, file), 0);
        nd_test_close(file);
        nd_test_close(dir);
    }
#endif

    /* Bad arguments to wait. */
    ND_CHECK_EQ(nd_poller_wait(p, 0, ev, 0), ND_EINVAL);
    ND_CHECK_EQ(nd_poller_wait(p, 0, NULL, 1), ND_EINVAL);

    /* Nothing above left a trace. */
    ND_CHECK_EQ(nd_poller_wait(p, 0, ev, 1), 0);
    nd_poller_close(p);
}

#if !defined(_WIN32)
/* An fd far above the others, to make the backends' tables grow. */
static void test_high_fd(void)
{
    nd_poller_t *p = open_poller();
    struct rlimit rl;
    int fds[2], high;

    ND_CHECK_EQ(getrlimit(RLIMIT_NOFILE, &rl), 0);
    if (rl.rlim_cur < 70000 && rl.rlim_max >= 70000) {
        rl.rlim_cur = 70000;
        setrlimit(RLIMIT_NOFILE, &rl);
        getrlimit(RLIMIT_NOFILE, &rl);
    }
    high = rl.rlim_cur >= 70000 ? 69999 : (int)rl.rlim_cur - 1;
    if (high >= ND_POLLER_MAX_FD)
        high = ND_POLLER_MAX_FD - 1;
    fprintf(stderr, "    (high fd %d)\n", high);

    make_pipe(fds);
    ND_CHECK_EQ(dup2(fds[0], high), high);
    ND_CHECK_EQ(nd_poller_watch(p, high, ND_POLL_IN), 0);
    ND_CHECK_EQ(events_for(p, 0, high), 0);
    ND_CHECK_EQ(nd_test_write(fds[1], "x", 1), 1);
    ND_CHECK_EQ(events_for(p, 1000, high), ND_POLL_IN);
    ND_CHECK_EQ(nd_poller_unwatch(p, high), 0);
    ND_CHECK_EQ(events_for(p, 0, high), 0);
    nd_test_close(high);
    nd_test_close(fds[0]);
    nd_test_close(fds[1]);
    nd_poller_close(p);
}

#endif

static void test_modify(void)
{
    nd_poller_t *p = open_poller();
    int sv[2];

    make_socketpair(sv);
    ND_CHECK_EQ(nd_poller_watch(p, sv[0], ND_POLL_IN), 0);
    ND_CHECK_EQ(events_for(p, 0, sv[0]), 0);
    ND_CHECK_EQ(nd_poller_watch(p, sv[0], ND_POLL_IN | ND_POLL_OUT), 0);
    ND_CHECK_EQ(events_for(p, 0, sv[0]), ND_POLL_OUT);
    ND_CHECK_EQ(nd_test_write(sv[1], "x", 1), 1);
    ND_CHECK_EQ(events_for(p, 1000, sv[0]), ND_POLL_IN | ND_POLL_OUT);
    ND_CHECK_EQ(nd_poller_watch(p, sv[0], ND_POLL_IN), 0);
    ND_CHECK_EQ(events_for(p, 0, sv[0]), ND_POLL_IN);
    ND_CHECK_EQ(nd_poller_watch(p, sv[0], 0), 0);
    ND_CHECK_EQ(events_for(p, 0, sv[0]), 0);
    ND_CHECK_EQ(nd_poller_watch(p, sv[0], ND_POLL_OUT), 0);
    ND_CHECK_EQ(events_for(p, 0, sv[0]), ND_POLL_OUT);
    nd_poller_close(p);
    nd_test_close(sv[0]);
    nd_test_close(sv[1]);
}

static void test_unwatch_unknown(void)
{
    nd_poller_t *p = open_poller();
    int fds[2];

    make_pipe(fds);
    ND_CHECK_EQ(nd_poller_unwatch(p, fds[0]), 0);
    ND_CHECK_EQ(nd_poller_unwatch(p, 12345), 0);
    ND_CHECK_EQ(nd_poller_watch(p, fds[0], ND_POLL_IN), 0);
    ND_CHECK_EQ(nd_poller_unwatch(p, fds[0]), 0);
    ND_CHECK_EQ(nd_poller_unwatch(p, fds[0]), 0);
    ND_CHECK_EQ(nd_test_write(fds[1], "x", 1), 1);
    ND_CHECK_EQ(events_for(p, 0, fds[0]), 0);
    nd_test_close(fds[0]);
    nd_test_close(fds[1]);
    nd_poller_close(p);
}

/* Many fds; unwatch every other one (exercising poll.c's hole filling) and
 * check exactly the rest fire, also when fired[] is smaller than the
 * number of ready fds. */
#define MANY 200
static void test_many(void)
{
    nd_poller_t *p = open_poller();
    nd_poller_event_t ev[MANY];
    static int pipes[MANY][2];
    int seen[MANY], i, n, total;

    for (i = 0; i < MANY; i++) {
        make_pipe(pipes[i]);
        ND_CHECK_EQ(nd_poller_watch(p, pipes[i][0], ND_POLL_IN), 0);
        ND_CHECK_EQ(nd_test_write(pipes[i][1], "x", 1), 1);
    }
    for (i = 1; i < MANY; i += 2)
        ND_CHECK_EQ(nd_poller_unwatch(p, pipes[i][0]), 0);

    memset(seen, 0, sizeof(seen));
    n = nd_poller_wait(p, 1000, ev, MANY);
    ND_CHECK_EQ(n, MANY / 2);
    for (i = 0; i < n; i++) {
        int j, k = -1;

        for (j = 0; j < MANY; j++)
            if (pipes[j][0] == ev[i].fd)
                k = j;
        ND_CHECK_INT(k, >=, 0);
        ND_CHECK_EQ(k % 2, 0);
        ND_CHECK_EQ(ev[i].events, ND_POLL_IN);
        seen[k]++;
    }
    for (i = 0; i < MANY; i += 2)
        ND_CHECK_EQ(seen[i], 1);

    /* A small fired[] gets at most its size, never more. */
    n = nd_poller_wait(p, 0, ev, 7);
    ND_CHECK_EQ(n, 7);

    /* Drain and read them one at a time until none is left. */
    total = 0;
    for (;;) {
        char c;

        n = nd_poller_wait(p, 0, ev, 3);
        ND_CHECK_INT(n, >=, 0);
        if (n == 0)
            break;
        for (i = 0; i < n; i++) {
            ND_CHECK_EQ(nd_test_read(ev[i].fd, &c, 1), 1);
            total++;
        }
    }
    ND_CHECK_EQ(total, MANY / 2);

    for (i = 0; i < MANY; i++) {
        nd_poller_unwatch(p, pipes[i][0]);
        nd_test_close(pipes[i][0]);
        nd_test_close(pipes[i][1]);
    }
    nd_poller_close(p);
}

static void waker(void *arg)
{
    nd_test_sleep_ms(50);
    ND_CHECK_EQ(nd_poller_wake(arg), 0);
}

static void test_wake_from_thread(void)
{
    nd_poller_t *p = open_poller();
    nd_poller_event_t ev[4];
    nd_thread_t t;
    int fds[2];

    make_pipe(fds);
    ND_CHECK_EQ(nd_poller_watch(p, fds[0], ND_POLL_IN), 0);
    ND_CHECK_EQ(nd_thread_create(&t, waker, p, 0), 0);
    ND_CHECK_EQ(nd_poller_wait(p, -1, ev, 4), 0);
    ND_CHECK_EQ(nd_thread_join(&t), 0);
    /* The wake-up was consumed. */
    ND_CHECK_EQ(nd_poller_wait(p, 0, ev, 4), 0);
    nd_test_close(fds[0]);
    nd_test_close(fds[1]);
    nd_poller_close(p);
}

static void test_wakes_coalesce(void)
{
    nd_poller_t *p = open_poller();
    nd_poller_event_t ev[4];
    uint64_t t0;
    int i;

    /* More wakes than a pipe holds bytes: none of them may fail. */
    for (i = 0; i < 100000; i++)
        ND_CHECK_EQ(nd_poller_wake(p), 0);
    t0 = now_ms();
    ND_CHECK_EQ(nd_poller_wait(p, -1, ev, 4), 0);
#if !defined(_WIN32) /* under Wine, assert no upper bound on a wait */
    ND_CHECK_INT(now_ms() - t0, <, 1000);
#endif
    /* All of them were consumed by that one wait: this one times out. */
    t0 = now_ms();
    ND_CHECK_EQ(nd_poller_wait(p, 100, ev, 4), 0);
    ND_CHECK_INT(now_ms() - t0, >=, 90);
    nd_poller_close(p);
}

#if !defined(_WIN32)
static nd_poller_t *signal_poller;
static volatile sig_atomic_t errno_kept, wake_result;

static void on_alarm(int sig)
{
    int saved = errno;

    (void)sig;
    errno = 12345;
    wake_result = nd_poller_wake(signal_poller);
    errno_kept = errno == 12345; /* wake must leave errno alone */
    errno = saved;
}

/* A signal handler wakes a wait(-1): whether the wait sees EINTR or the
 * wake-up, it returns 0. */
static void test_wake_from_signal(void)
{
    struct sigaction sa, old;
    struct itimerval it;
    nd_poller_event_t ev[4];
    int i;

    signal_poller = open_poller();
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_alarm;
    sigemptyset(&sa.sa_mask);
    ND_CHECK_EQ(sigaction(SIGALRM, &sa, &old), 0);
    for (i = 0; i < 3; i++) {
        memset(&it, 0, sizeof(it));
        it.it_value.tv_usec = 20000;
        ND_CHECK_EQ(setitimer(ITIMER_REAL, &it, NULL), 0);
        errno_kept = 0;
        wake_result = -1;
        ND_CHECK_EQ(nd_poller_wait(signal_poller, -1, ev, 4), 0);
        ND_CHECK_EQ(wake_result, 0);
        ND_CHECK_EQ(errno_kept, 1);
        /* If the wait ended with EINTR, the handler's wake-up is still
         * pending: consume it before the next round. */
        ND_CHECK_EQ(nd_poller_wait(signal_poller, 0, ev, 4), 0);
    }
    ND_CHECK_EQ(sigaction(SIGALRM, &old, NULL), 0);
    nd_poller_close(signal_poller);
    signal_poller = NULL;
}

#endif

static void test_errors_table(void)
{
    ND_CHECK_STR(nd_err_name(ND_ENOENT), "ENOENT");
    ND_CHECK_STR(nd_err_message(ND_ENOENT), "no such file or directory");
    ND_CHECK_STR(nd_err_name(ND_EOF), "EOF");
    ND_CHECK_STR(nd_err_message(ND_ECANCELED), "operation canceled");
    ND_CHECK_STR(nd_err_name(ND_EAI_NONAME), "EAI_NONAME");
    ND_CHECK_STR(nd_err_name(-99999), "UNKNOWN");
    ND_CHECK_STR(nd_err_name(0), "UNKNOWN");
    ND_CHECK_STR(nd_err_message(1), "unknown error");
    ND_CHECK_EQ(nd_err_from_errno(ENOENT), ND_ENOENT);
    ND_CHECK_EQ(nd_err_from_errno(EAGAIN), ND_EAGAIN);
}

int main(void)
{
    pt_start();

    ND_RUN(test_select);
    ND_RUN(test_errors_table);
    ND_RUN(test_readable);
    ND_RUN(test_writable);
    ND_RUN(test_hangup);
    ND_RUN(test_error);
    ND_RUN(test_closed_during_dispatch);
    ND_RUN(test_unwatch_after_close);
    ND_RUN(test_bad_fds);
#if !defined(_WIN32)
    ND_RUN(test_high_fd);
#endif
    ND_RUN(test_modify);
    ND_RUN(test_unwatch_unknown);
    ND_RUN(test_many);
    ND_RUN(test_wake_from_thread);
    ND_RUN(test_wakes_coalesce);
#if !defined(_WIN32)
    ND_RUN(test_wake_from_signal);
#endif
    ND_DONE("test-poller");
}
