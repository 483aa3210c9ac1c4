/*
 * signal_posix.c - the OS half of nd_signal_t on POSIX: delivering
 * signals to loops.  The handle half is signal.c.
 *
 * A signal arrives on whatever thread the OS picks, at any instruction, so
 * its handler may do almost nothing: here it only writes the signal number
 * (one byte) into the self-pipe of every loop that watches that signal.
 * Each loop reads its pipe in the poll phase through an internal io watcher
 * and hands the deliveries to signal.c there, on the loop thread, which
 * calls the started handles' callbacks like any other event.
 *
 * This is one of the three pieces of process-wide state (with the pool and
 * the default loop), because signal dispositions are process-wide.  The
 * registry is:
 *   - slots[]: a fixed table, one slot per loop that has a signal pipe, with
 *     the pipe's write end and one "watching" flag per signal.  The handler
 *     reads it without any lock: every field is a lock-free atomic, which
 *     C11 allows in a signal handler.  A mutex could deadlock there.
 *   - watch_count[] and saved[]: how many started handles (over all loops)
 *     watch each signal, and the disposition to restore when the last one
 *     stops.  Only the loop threads touch these, under `lock`.
 * Order of updates: a loop's flag is set before the handler is installed,
 * and the old disposition is restored before the flag is cleared, so a
 * watched signal is never lost to a half-made registration.
 *
 * Freeing a slot: the handler counts itself in `handlers_running` before it
 * reads any slot.  A closing loop first marks its slot free, then waits
 * until no handler is running, and only then closes its pipe, so a handler
 * can never write to a closed (or, worse, reused) fd number.
 *
 * If a loop's pipe is full the byte is dropped: the loop is already behind
 * by a pipe's worth of signals and will run the callbacks anyway.
 *
 * Threading: the handler runs anywhere; everything else on loop threads.
 */
#define _GNU_SOURCE /* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdatomic.h>
#include <unistd.h>

#include "internal.h"

/* How many loops may watch signals at the same time. */
#define ND__SIGNAL_LOOPS 64

_Static_assert(ATOMIC_INT_LOCK_FREE == 2 && ATOMIC_CHAR_LOCK_FREE == 2,
               "the signal handler needs lock-free atomics");
_Static_assert(NSIG <= 256, "a signal number must fit in one byte");

typedef struct {
    atomic_int fd; /* write end of the loop's pipe; -1 = slot free */
    atomic_uchar watching[NSIG];
} signal_slot_t;

static signal_slot_t slots[ND__SIGNAL_LOOPS];
static atomic_int handlers_running;
static int watch_count[NSIG];
static struct sigaction saved[NSIG];
static nd_mutex_t lock;
static nd_once_t once = ND_ONCE_INIT;

static void registry_init(void) {
    int i, err;

    for (i = 0; i < ND__SIGNAL_LOOPS; i++)
        atomic_init(&slots[i].fd, -1);
    atomic_init(&handlers_running, 0);
    err = nd_mutex_init(&lock);
    assert(err == 0);
    (void)err;
}

/* The OS handler.  Async-signal-safe: atomics, write() and errno only. */
static void on_signal(int signum) {
    int saved_errno = errno;
    unsigned char byte = (unsigned char)signum;
    int i;

    atomic_fetch_add(&handlers_running, 1);
    for (i = 0; i < ND__SIGNAL_LOOPS; i++) {
        int fd = atomic_load(&slots[i].fd);

        if (fd < 0 || !atomic_load(&slots[i].watching[signum]))
            continue;
        while (write(fd, &byte, 1) < 0 && errno == EINTR)
            ;
    }
    atomic_fetch_sub(&handlers_running, 1);
    errno = saved_errno;
}

/* The slot of a loop whose pipe is open.  Called under `lock`. */
static signal_slot_t *slot_of(const nd_loop_t *loop) {
    int i;

    for (i = 0; i < ND__SIGNAL_LOOPS; i++)
        if (atomic_load(&slots[i].fd) == loop->signal_pipe[1])
            return &slots[i];
    return NULL;
}

static int make_pipe(int fds[2]) {
#if defined(__linux__) || defined(__FreeBSD__)
    if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0)
        return nd_err_from_errno(errno);
#else
    int i;

    if (pipe(fds) != 0)
        return nd_err_from_errno(errno);
    for (i = 0; i < 2; i++) {
        if (fcntl(fds[i], F_SETFD, FD_CLOEXEC) != 0 ||
            fcntl(fds[i], F_SETFL, O_NONBLOCK) != 0) {
            int err = nd_err_from_errno(errno);

            close(fds[0]);
            close(fds[1]);
            return err;
        }
    }
#endif
    return 0;
}

static void on_pipe(nd_io_t *w, unsigned events);

/* Give the loop its pipe, its internal watcher and a registry slot. */
static int open_signal_pipe(nd_loop_t *loop) {
    signal_slot_t *slot = NULL;
    int fds[2], i, s, err;

    if (loop->signal_pipe[0] >= 0)
        return 0;
    err = make_pipe(fds);
    if (err < 0)
        return err;

    nd_mutex_lock(&lock);
    for (i = 0; i < ND__SIGNAL_LOOPS && slot == NULL; i++)
        if (atomic_load(&slots[i].fd) < 0)
            slot = &slots[i];
    if (slot != NULL) {
        for (s = 0; s < NSIG; s++)
            atomic_store(&slot->watching[s], 0);
        atomic_store(&slot->fd, fds[1]);
    }
    nd_mutex_unlock(&lock);
    if (slot == NULL) {
        close(fds[0]);
        close(fds[1]);
        return ND_ENOSPC; /* too many loops watching signals */
    }

    loop->signal_pipe[0] = fds[0];
    loop->signal_pipe[1] = fds[1];
    err = nd_io_init(loop, &loop->signal_io, fds[0]);
    if (err == 0) {
        loop->signal_io.h.flags |= ND__HANDLE_INTERNAL;
        nd_unref(&loop->signal_io.h);
        err = nd_io_start(&loop->signal_io, on_pipe, ND_POLL_IN);
    }
    if (err < 0)
        nd__signal_loop_close(loop); /* undo it all */
    return err;
}

/* One more handle of `loop` watches signum.  Called under `lock`. */
static int watch(nd_loop_t *loop, int signum) {
    struct sigaction sa;

    atomic_store(&slot_of(loop)->watching[signum], 1);
    if (watch_count[signum]++ > 0)
        return 0;

    sa.sa_handler = on_signal;
    sigfillset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    if (sigaction(signum, &sa, &saved[signum]) != 0) {
        int err = nd_err_from_errno(errno);

        watch_count[signum]--;
        if (!nd__signal_watched(loop, signum))
            atomic_store(&slot_of(loop)->watching[signum], 0);
        return err;
    }
    return 0;
}

/* One handle fewer.  The caller has already unlinked it.  Under `lock`. */
static void unwatch(nd_loop_t *loop, int signum) {
    assert(watch_count[signum] > 0);
    if (--watch_count[signum] == 0)
        sigaction(signum, &saved[signum], NULL);
    if (!nd__signal_watched(loop, signum))
        atomic_store(&slot_of(loop)->watching[signum], 0);
}

/* see internal.h */
int nd__signal_os_check(int signum) {
    if (signum <= 0 || signum >= NSIG || signum == SIGKILL || signum == SIGSTOP)
        return ND_EINVAL;
    return 0;
}

/* see internal.h */
int nd__signal_os_watch(nd_loop_t *loop, int signum) {
    int err;

    nd_once(&once, registry_init);
    err = open_signal_pipe(loop);
    if (err < 0)
        return err;
    nd_mutex_lock(&lock);
    err = watch(loop, signum);
    nd_mutex_unlock(&lock);
    return err;
}

/* see internal.h */
void nd__signal_os_unwatch(nd_loop_t *loop, int signum) {
    nd_mutex_lock(&lock);
    unwatch(loop, signum);
    nd_mutex_unlock(&lock);
}

/* The pipe's watcher: every byte is one delivery of the signal it names.
 * Count them all, then call back. */
static void on_pipe(nd_io_t *w, unsigned events) {
    nd_loop_t *loop = w->h.loop;
    unsigned char buf[64];
    ssize_t n, i;

    (void)events;
    for (;;) {
        n = read(w->fd, buf, sizeof(buf));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; /* EAGAIN: drained */
        for (i = 0; i < n; i++)
            nd__signal_count(loop, buf[i], 1);
    }
    nd__signal_dispatch(loop);
}

/* see internal.h */
void nd__signal_loop_close(nd_loop_t *loop) {
    signal_slot_t *slot;

    if (loop->signal_pipe[0] < 0)
        return;
    if (loop->signal_io.h.loop != NULL) { /* nd_io_init linked it */
        nd_io_stop(&loop->signal_io);
        nd_queue_remove(&loop->signal_io.h.handle_queue);
        loop->signal_io.h.loop = NULL;
    }

    nd_mutex_lock(&lock);
    slot = slot_of(loop);
    if (slot != NULL)
        atomic_store(&slot->fd, -1);
    nd_mutex_unlock(&lock);
    while (atomic_load(&handlers_running) > 0)
        sched_yield();

    close(loop->signal_pipe[0]);
    close(loop->signal_pipe[1]);
    loop->signal_pipe[0] = -1;
    loop->signal_pipe[1] = -1;
}
