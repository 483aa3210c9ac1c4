/*
 * poll.c - the portable POSIX backend: poll(2), and a self-pipe for wake-up.
 *
 * poll(2) keeps no state in the kernel, so this backend keeps it:
 *
 *   fds[0 .. nfds)   a dense array handed to poll() as is.  fds[0] is always
 *                    the read end of the wake-up pipe; callers' fds follow.
 *   slot[fd]         where fd sits in fds[], or 0 if it is not watched (0 can
 *                    mean "absent" because slot 0 belongs to the pipe).  The
 *                    map grows on demand, up to ND_POLLER_MAX_FD entries.
 *
 * watch() and unwatch() are O(1): a new fd is appended, and a removed fd's
 * place is filled by the last entry (whose slot is updated).  wait() costs
 * one pass over the array, as poll(2) itself does.
 *
 * Threading: everything runs on the owning loop's thread, except wake(),
 * which only writes one byte to the pipe and may run on any thread or in a
 * signal handler.  Both pipe ends are non-blocking: a full pipe means a
 * wake-up is already pending, and the wait() that sees the pipe readable
 * empties it, so any number of wakes before one wait collapse into one.
 *
 * poll(2) reports a closed fd with POLLNVAL; it is passed on as ND_POLL_ERR
 * so that a caller who closed an fd without unwatching it finds out.
 */
#if defined(__linux__)
#define _GNU_SOURCE /* pipe2() */
#endif
#include "poller.h"
#include "poller_int.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
    nd_poller_t base; /* must be first: nd_poller_t * points here */
    struct pollfd *fds;
    int nfds, capfds;
    int *slot;
    int nslot;
    int wake_rd, wake_wr;
} poll_poller_t;

static short to_poll(unsigned events) {
    short ev = 0;

    if (events & ND_POLL_IN)
        ev |= POLLIN;
    if (events & ND_POLL_OUT)
        ev |= POLLOUT;
    return ev;
}

static unsigned from_poll(short ev) {
    unsigned events = 0;

    if (ev & (POLLIN | POLLPRI))
        events |= ND_POLL_IN;
    if (ev & POLLOUT)
        events |= ND_POLL_OUT;
    if (ev & POLLHUP)
        events |= ND_POLL_HUP;
    if (ev & (POLLERR | POLLNVAL))
        events |= ND_POLL_ERR;
    return events;
}

/* A pipe whose ends are both non-blocking and close-on-exec. */
static int make_pipe(int fds[2]) {
#if defined(__linux__) || defined(__FreeBSD__) || defined(__NetBSD__) ||       \
    defined(__OpenBSD__)
    if (pipe2(fds, O_CLOEXEC | O_NONBLOCK) < 0)
        return nd_err_from_errno(errno);
    return 0;
#else
    int i;

    if (pipe(fds) < 0)
        return nd_err_from_errno(errno);
    for (i = 0; i < 2; i++) {
        if (fcntl(fds[i], F_SETFD, FD_CLOEXEC) < 0 ||
            fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) | O_NONBLOCK) < 0) {
            int err = nd_err_from_errno(errno);
            close(fds[0]);
            close(fds[1]);
            return err;
        }
    }
    return 0;
#endif
}

static int poll_create(nd_poller_t **out) {
    poll_poller_t *pp;
    int pipefd[2], err;

    *out = NULL;
    pp = calloc(1, sizeof(*pp));
    if (pp == NULL)
        return ND_ENOMEM;
    pp->capfds = 64;
    pp->fds = malloc(pp->capfds * sizeof(*pp->fds));
    if (pp->fds == NULL) {
        free(pp);
        return ND_ENOMEM;
    }
    err = make_pipe(pipefd);
    if (err != 0) {
        free(pp->fds);
        free(pp);
        return err;
    }
    pp->base.ops = &nd_poller_poll;
    pp->wake_rd = pipefd[0];
    pp->wake_wr = pipefd[1];
    pp->fds[0].fd = pp->wake_rd;
    pp->fds[0].events = POLLIN;
    pp->fds[0].revents = 0;
    pp->nfds = 1;
    *out = &pp->base;
    return 0;
}

static void poll_destroy(nd_poller_t *p) {
    poll_poller_t *pp = (poll_poller_t *)p;

    close(pp->wake_rd);
    close(pp->wake_wr);
    free(pp->slot);
    free(pp->fds);
    free(pp);
}

/* Make slot[] long enough to hold fd (which is already bounds-checked). */
static int grow_slots(poll_poller_t *pp, int fd) {
    int *slot = nd__poller_grow(pp->slot, &pp->nslot, fd, sizeof(*slot));

    if (slot == NULL)
        return ND_ENOMEM;
    pp->slot = slot;
    return 0;
}

/* Make room for one more entry in fds[]. */
static int grow_fds(poll_poller_t *pp) {
    struct pollfd *fds;
    int n = pp->capfds * 2;

    fds = realloc(pp->fds, (size_t)n * sizeof(*fds));
    if (fds == NULL)
        return ND_ENOMEM;
    pp->fds = fds;
    pp->capfds = n;
    return 0;
}

static int poll_watch(nd_poller_t *p, int fd, unsigned events) {
    poll_poller_t *pp = (poll_poller_t *)p;
    int err = nd__poller_check_fd(fd);

    if (err != 0)
        return err;
    if (fd == pp->wake_rd || fd == pp->wake_wr)
        return ND_EINVAL;

    if (fd < pp->nslot && pp->slot[fd] != 0) {
        pp->fds[pp->slot[fd]].events = to_poll(events);
        return 0;
    }

    /* A new fd.  poll(2) would accept a closed one (and report POLLNVAL
     * later) and a regular file or directory (always "ready"); refuse them
     * now with the codes epoll gives, so both backends behave alike. */
    if ((err = nd__poller_check_pollable(fd)) != 0)
        return err;
    if (fd >= pp->nslot && (err = grow_slots(pp, fd)) != 0)
        return err;
    if (pp->nfds == pp->capfds && (err = grow_fds(pp)) != 0)
        return err;

    pp->fds[pp->nfds].fd = fd;
    pp->fds[pp->nfds].events = to_poll(events);
    pp->fds[pp->nfds].revents = 0;
    pp->slot[fd] = pp->nfds;
    pp->nfds++;
    return 0;
}

static int poll_unwatch(nd_poller_t *p, int fd) {
    poll_poller_t *pp = (poll_poller_t *)p;
    int err = nd__poller_check_fd(fd);
    int i, last;

    if (err != 0)
        return err;
    if (fd == pp->wake_rd || fd == pp->wake_wr)
        return ND_EINVAL;
    if (fd >= pp->nslot || pp->slot[fd] == 0)
        return 0;

    /* Move the last entry into the hole. */
    i = pp->slot[fd];
    last = pp->nfds - 1;
    if (i != last) {
        pp->fds[i] = pp->fds[last];
        pp->slot[pp->fds[i].fd] = i;
    }
    pp->slot[fd] = 0;
    pp->nfds--;
    return 0;
}

/* Empty the wake-up pipe. */
static void drain_pipe(int fd) {
    char buf[256];
    ssize_t n;

    do
        n = read(fd, buf, sizeof(buf));
    while (n > 0 || (n < 0 && errno == EINTR));
}

static int poll_wait(nd_poller_t *p, int timeout_ms, nd_poller_event_t *fired,
                     int max) {
    poll_poller_t *pp = (poll_poller_t *)p;
    int ready, i, count = 0;

    if (fired == NULL || max <= 0)
        return ND_EINVAL;
    if (timeout_ms < 0)
        timeout_ms = -1;

    ready = poll(pp->fds, (nfds_t)pp->nfds, timeout_ms);
    if (ready < 0)
        return errno == EINTR ? 0 : nd_err_from_errno(errno);

    /* Stop as soon as every ready entry was seen.  If more are ready than
     * fit in fired[], the rest stay ready and the next wait reports them. */
    for (i = 0; i < pp->nfds && ready > 0 && count < max; i++) {
        short rev = pp->fds[i].revents;

        if (rev == 0)
            continue;
        ready--;
        if (i == 0) {
            drain_pipe(pp->wake_rd);
            continue;
        }
        fired[count].fd = pp->fds[i].fd;
        fired[count].events = from_poll(rev);
        count++;
    }
    return count;
}

/* Async-signal-safe: one write(2), and errno is left as it was found. */
static int poll_wake(nd_poller_t *p) {
    poll_poller_t *pp = (poll_poller_t *)p;
    int saved = errno, err = 0;
    ssize_t n;

    do
        n = write(pp->wake_wr, "", 1);
    while (n < 0 && errno == EINTR);
    /* EAGAIN: the pipe is full, so a wake-up is certainly pending. */
    if (n < 0 && errno != EAGAIN)
        err = nd_err_from_errno(errno);
    errno = saved;
    return err;
}

const nd_poller_ops_t nd_poller_poll = {
    "poll",       poll_create, poll_destroy, poll_watch,
    poll_unwatch, poll_wait,   poll_wake,
};
