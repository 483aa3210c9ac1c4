/*
 * epoll.c - the Linux backend: epoll for readiness, an eventfd for wake-up.
 *
 * State: one epoll instance, one eventfd registered in it for reading, and
 * a fixed buffer that epoll_wait() fills.  The buffer lives in the poller
 * so that wait() does not allocate; when more fds are ready than the buffer
 * holds, the rest are reported by the next wait() (interest is
 * level-triggered, so nothing is lost).
 *
 * Threading: everything runs on the owning loop's thread, except wake(),
 * which only writes to the eventfd and may run on any thread or inside a
 * signal handler.
 *
 * Invariants: the eventfd is registered for EPOLLIN from create() to
 * destroy() and is never reported to the caller; it is drained by the
 * wait() that sees it, so any number of wakes before that wait collapse
 * into one.  epoll keeps no per-fd state of its own that we mirror: the
 * kernel is the only record of what is watched.
 *
 * Two bits are deliberately never asked for: EPOLLPRI (urgent data) and
 * EPOLLRDHUP (peer shut down its writing side).  Both are level-triggered
 * conditions that reading normal data does not clear, so asking for them
 * would make a loop that only wants to write spin; leaving them out also
 * makes epoll report exactly what poll.c reports.  If the kernel reports
 * them anyway they are translated like their poll(2) equivalents.
 */
#include "poller.h"
#include "poller_int.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

/* How many events one epoll_wait() may return. */
#define EPOLL_BATCH 256

typedef struct {
    nd_poller_t base; /* must be first: nd_poller_t * points here */
    int epfd;
    int wakefd;
    struct epoll_event buf[EPOLL_BATCH];
} epoll_poller_t;

static uint32_t to_epoll(unsigned events) {
    uint32_t ev = 0;

    if (events & ND_POLL_IN)
        ev |= EPOLLIN;
    if (events & ND_POLL_OUT)
        ev |= EPOLLOUT;
    return ev;
}

static unsigned from_epoll(uint32_t ev) {
    unsigned events = 0;

    if (ev & (EPOLLIN | EPOLLPRI))
        events |= ND_POLL_IN;
    if (ev & EPOLLOUT)
        events |= ND_POLL_OUT;
    if (ev & (EPOLLHUP | EPOLLRDHUP))
        events |= ND_POLL_HUP;
    if (ev & EPOLLERR)
        events |= ND_POLL_ERR;
    return events;
}

static int epoll_create_poller(nd_poller_t **out) {
    epoll_poller_t *ep;
    struct epoll_event ev;
    int err;

    *out = NULL;
    ep = calloc(1, sizeof(*ep));
    if (ep == NULL)
        return ND_ENOMEM;
    ep->base.ops = &nd_poller_epoll;
    ep->wakefd = -1;

    ep->epfd = epoll_create1(EPOLL_CLOEXEC);
    if (ep->epfd < 0)
        goto fail;
    ep->wakefd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (ep->wakefd < 0)
        goto fail;
    ev.events = EPOLLIN;
    ev.data.u64 = 0;
    ev.data.fd = ep->wakefd;
    if (epoll_ctl(ep->epfd, EPOLL_CTL_ADD, ep->wakefd, &ev) < 0)
        goto fail;

    *out = &ep->base;
    return 0;

fail:
    err = nd_err_from_errno(errno);
    if (ep->wakefd >= 0)
        close(ep->wakefd);
    if (ep->epfd >= 0)
        close(ep->epfd);
    free(ep);
    return err;
}

static void epoll_destroy(nd_poller_t *p) {
    epoll_poller_t *ep = (epoll_poller_t *)p;

    close(ep->wakefd);
    close(ep->epfd);
    free(ep);
}

static int epoll_watch(nd_poller_t *p, int fd, unsigned events) {
    epoll_poller_t *ep = (epoll_poller_t *)p;
    struct epoll_event ev;
    int err = nd__poller_check_fd(fd);

    if (err != 0)
        return err;
    if (fd == ep->wakefd)
        return ND_EINVAL;
    ev.events = to_epoll(events);
    ev.data.u64 = 0;
    ev.data.fd = fd;

    /* Most calls add a new fd; a modify is the fallback. */
    if (epoll_ctl(ep->epfd, EPOLL_CTL_ADD, fd, &ev) == 0)
        return 0;
    if (errno == EEXIST && epoll_ctl(ep->epfd, EPOLL_CTL_MOD, fd, &ev) == 0)
        return 0;
    return nd_err_from_errno(errno);
}

static int epoll_unwatch(nd_poller_t *p, int fd) {
    epoll_poller_t *ep = (epoll_poller_t *)p;
    struct epoll_event ev = {0}; /* kernels before 2.6.9 want non-NULL */
    int err = nd__poller_check_fd(fd);

    if (err != 0)
        return err;
    if (fd == ep->wakefd)
        return ND_EINVAL;
    if (epoll_ctl(ep->epfd, EPOLL_CTL_DEL, fd, &ev) == 0)
        return 0;
    /* EBADF: the caller closed fd first, and closing the last reference
     * already removed it from the epoll set.  ENOENT: it was not watched.
     * EPERM: it cannot be watched at all (a regular file).  All mean "not
     * watched any more", which is what was asked. */
    if (errno == EBADF || errno == ENOENT || errno == EPERM)
        return 0;
    return nd_err_from_errno(errno);
}

/* Consume every pending wake-up.  One read resets an eventfd to zero. */
static void drain_wakefd(int fd) {
    uint64_t count;
    ssize_t n;

    do
        n = read(fd, &count, sizeof(count));
    while (n < 0 && errno == EINTR);
}

static int epoll_wait_poller(nd_poller_t *p, int timeout_ms,
                             nd_poller_event_t *fired, int max) {
    epoll_poller_t *ep = (epoll_poller_t *)p;
    int n, i, count = 0;

    if (fired == NULL || max <= 0)
        return ND_EINVAL;
    if (timeout_ms < 0)
        timeout_ms = -1;

    n = epoll_wait(ep->epfd, ep->buf, max < EPOLL_BATCH ? max : EPOLL_BATCH,
                   timeout_ms);
    if (n < 0)
        return errno == EINTR ? 0 : nd_err_from_errno(errno);

    for (i = 0; i < n; i++) {
        int fd = ep->buf[i].data.fd;

        if (fd == ep->wakefd) {
            drain_wakefd(fd);
            continue;
        }
        fired[count].fd = fd;
        fired[count].events = from_epoll(ep->buf[i].events);
        count++;
    }
    return count;
}

/* Async-signal-safe: one write(2), and errno is left as it was found so
 * that an interrupted thread does not see it change under its feet. */
static int epoll_wake(nd_poller_t *p) {
    epoll_poller_t *ep = (epoll_poller_t *)p;
    uint64_t one = 1;
    int saved = errno, err = 0;
    ssize_t n;

    do
        n = write(ep->wakefd, &one, sizeof(one));
    while (n < 0 && errno == EINTR);
    /* EAGAIN means the counter is about to overflow: a wake-up is already
     * pending, which is all we wanted. */
    if (n < 0 && errno != EAGAIN)
        err = nd_err_from_errno(errno);
    errno = saved;
    return err;
}

const nd_poller_ops_t nd_poller_epoll = {
    "epoll",       epoll_create_poller, epoll_destroy, epoll_watch,
    epoll_unwatch, epoll_wait_poller,   epoll_wake,
};
