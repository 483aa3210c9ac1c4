/*
 * io.c - io watchers (readiness of one fd) and the poll phase.
 *
 * loop->watchers is a table indexed by fd holding the *started* watcher of
 * each fd (NULL otherwise).  It grows on demand, never beyond
 * ND_POLLER_MAX_FD; a larger fd is refused with ND_ERANGE.  At most one
 * started watcher per fd: a second is refused with ND_EEXIST.
 *
 * The poll phase waits in the poller, then dispatches what fired.  Events
 * are matched to watchers by fd, and the watcher is looked up again just
 * before its callback, because an earlier callback of the same batch may
 * have stopped or closed it.  To also rule out a *new* watcher that took
 * over the same fd number during the batch (the fd was closed and reused),
 * the watcher found for each event right after the wait is remembered and
 * the event is delivered only if the same watcher is still the fd's owner.
 * (A watcher's memory cannot be reused within the batch: it is freed at the
 * earliest in the close phase, after poll.)  The bits delivered are those
 * that fired and are still of interest, plus HUP and ERR.
 *
 * After the fds, the poll phase delivers finished pool work (the pool sink)
 * and async wake-ups, in that order.  Both woke us through the poller's
 * wake-up, which the poller consumes itself.
 *
 * Threading: loop thread only.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Events taken from the poller per poll phase.  More stay pending in the
 * OS (interest is level-triggered) and come back next iteration. */
#define ND__MAX_EVENTS 512

/* Make watchers[fd] addressable. */
static int grow_watchers(nd_loop_t *loop, int fd) {
    nd_io_t **table;
    int n;

    if (fd < loop->nwatchers)
        return 0;
    n = loop->nwatchers > 0 ? loop->nwatchers : 64;
    while (n <= fd)
        n *= 2;
    if (n > ND_POLLER_MAX_FD)
        n = ND_POLLER_MAX_FD;
    table = realloc(loop->watchers, (size_t)n * sizeof(*table));
    if (table == NULL)
        return ND_ENOMEM;
    memset(table + loop->nwatchers, 0,
           (size_t)(n - loop->nwatchers) * sizeof(*table));
    loop->watchers = table;
    loop->nwatchers = n;
    return 0;
}

static nd_io_t *owner_of(const nd_loop_t *loop, int fd) {
    if (fd < 0 || fd >= loop->nwatchers)
        return NULL;
    return loop->watchers[fd];
}

/* see loop.h */
int nd_io_init(nd_loop_t *loop, nd_io_t *w, int fd) {
    if (fd < 0)
        return ND_EBADF;
    if (fd >= ND_POLLER_MAX_FD)
        return ND_ERANGE;
    nd__handle_init(loop, &w->h, ND_IO);
    w->cb = NULL;
    w->fd = fd;
    w->events = 0;
    return 0;
}

/* see loop.h */
int nd_io_start(nd_io_t *w, nd_io_cb cb, unsigned events) {
    nd_loop_t *loop = w->h.loop;
    int err;

    if (cb == NULL || (w->h.flags & ND__HANDLE_CLOSING))
        return ND_EINVAL;
    events &= ND_POLL_IN | ND_POLL_OUT;
    if (owner_of(loop, w->fd) != NULL && owner_of(loop, w->fd) != w)
        return ND_EEXIST;
    err = grow_watchers(loop, w->fd);
    if (err < 0)
        return err;
    err = nd_poller_watch(loop->poller, w->fd, events);
    if (err < 0)
        return err;
    w->cb = cb;
    w->events = events;
    loop->watchers[w->fd] = w;
    nd__handle_start(&w->h);
    return 0;
}

/* see loop.h */
int nd_io_stop(nd_io_t *w) {
    nd_loop_t *loop = w->h.loop;

    if (!(w->h.flags & ND__HANDLE_ACTIVE))
        return 0;
    /* The caller may already have closed the fd; the poller copes. */
    nd_poller_unwatch(loop->poller, w->fd);
    loop->watchers[w->fd] = NULL;
    nd__handle_stop(&w->h);
    return 0;
}

/* see internal.h */
void nd__io_close(nd_io_t *w) {
    nd_io_stop(w);
}

/* see internal.h */
void nd__io_loop_close(nd_loop_t *loop) {
    free(loop->watchers);
    loop->watchers = NULL;
    loop->nwatchers = 0;
}

/* see internal.h */
int nd__run_poll(nd_loop_t *loop, int timeout) {
    nd_poller_event_t fired[ND__MAX_EVENTS];
    nd_io_t *owner[ND__MAX_EVENTS];
    int n, i, ran = 0;

    n = nd_poller_wait(loop->poller, timeout, fired, ND__MAX_EVENTS);
    nd_loop_update_time(loop);
    /* A failing wait is a bug in the poller or the OS (EINTR is already 0);
     * there is nothing to dispatch, and the next iteration tries again. */
    if (n < 0)
        n = 0;

    for (i = 0; i < n; i++)
        owner[i] = owner_of(loop, fired[i].fd);

    for (i = 0; i < n; i++) {
        nd_io_t *w = owner[i];
        unsigned events;

        if (w == NULL || owner_of(loop, fired[i].fd) != w)
            continue; /* stopped, closed, or the fd has a new owner */
        events = fired[i].events & (w->events | ND_POLL_HUP | ND_POLL_ERR);
        if (events == 0)
            continue; /* interest changed by an earlier callback */
        w->cb(w, events);
        ran++;
    }

    ran += nd_pool_sink_drain(&loop->sink);
    ran += nd__async_dispatch(loop);
    return ran;
}
