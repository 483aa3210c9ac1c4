/*
 * kqueue.c - the FreeBSD and macOS backend: kqueue for readiness, an
 * EVFILT_USER event for wake-up.
 *
 * Status: compile-checked, not run.  nodule's CI has no BSD or macOS
 * machine; tools/check-kqueue.sh compiles this file with clang for x86_64
 * and aarch64 FreeBSD and macOS against tests/kqueue/include (the
 * declarations this file uses, with their layouts checked), with -Werror.
 * Its logic is kept thin, and what is not kqueue-specific is shared with
 * the tested backends: the fd checks and the per-fd table of poller_int.h
 * (also used by poll.c and iocp.c), and the contract in poller.h
 * (tests/unit/poller/test-poller.c, which runs on kqueue wherever the
 * tests are built on a BSD or macOS).
 *
 * How the contract maps onto kqueue.  Interest is two filters per fd,
 * EVFILT_READ (ND_POLL_IN) and EVFILT_WRITE (ND_POLL_OUT), added or
 * deleted with one kevent() call whenever the interest changes.  kqueue
 * filters are level-triggered unless EV_CLEAR is given, which it is not.
 * EV_EOF on the read filter is a hang-up (ND_POLL_HUP, and the fd is
 * readable: a read returns end of file); EV_EOF on the write filter means
 * nobody reads any more (ND_POLL_ERR, like POLLERR on such a pipe);
 * EV_ERROR, or a non-zero fflags with EV_EOF (the socket error), is
 * ND_POLL_ERR.  With interest 0 no filter is kept, so a hang-up is only
 * seen once interest is set again (the contract allows this: "HUP/ERR may
 * still fire").  The two filters of one fd come back as two kevents; wait()
 * merges them into one nd_poller_event_t.
 *
 * The kernel is the only record of the filters; `interest[fd]` remembers
 * what we asked for, to know which filters to add and delete.  A closed fd
 * loses its filters in the kernel, so unwatch() treats ENOENT and EBADF as
 * success.
 *
 * Wake-up: one EVFILT_USER event (ident 0) added with EV_CLEAR at create;
 * wake() triggers it with NOTE_TRIGGER (one kevent() call: thread-safe and
 * async-signal-safe), and EV_CLEAR resets it when wait() receives it, so
 * any number of wakes before one wait collapse into one.
 *
 * Threading: everything on the owning loop's thread except wake().
 */
#include "poller.h"
#include "poller_int.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/event.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#define KQ_BATCH   256
#define WAKE_IDENT 0

typedef struct {
    nd_poller_t base; /* must be first: nd_poller_t * points here */
    int kq;
    unsigned char *interest; /* ND_POLL_IN | ND_POLL_OUT per fd */
    int ninterest;
    struct kevent buf[KQ_BATCH];
} kq_poller_t;

static int kq_create(nd_poller_t **out) {
    kq_poller_t *kp;
    struct kevent ev;
    int err;

    *out = NULL;
    kp = calloc(1, sizeof(*kp));
    if (kp == NULL)
        return ND_ENOMEM;
    kp->base.ops = &nd_poller_kqueue;
    kp->kq = kqueue();
    if (kp->kq < 0)
        goto fail;
    if (fcntl(kp->kq, F_SETFD, FD_CLOEXEC) < 0)
        goto fail;
    EV_SET(&ev, WAKE_IDENT, EVFILT_USER, EV_ADD | EV_CLEAR, 0, 0, NULL);
    if (kevent(kp->kq, &ev, 1, NULL, 0, NULL) < 0)
        goto fail;
    *out = &kp->base;
    return 0;

fail:
    err = nd_err_from_errno(errno);
    if (kp->kq >= 0)
        close(kp->kq);
    free(kp);
    return err;
}

static void kq_destroy(nd_poller_t *p) {
    kq_poller_t *kp = (kq_poller_t *)p;

    close(kp->kq);
    free(kp->interest);
    free(kp);
}

static int grow_interest(kq_poller_t *kp, int fd) {
    unsigned char *table =
        nd__poller_grow(kp->interest, &kp->ninterest, fd, sizeof(*table));

    if (table == NULL)
        return ND_ENOMEM;
    kp->interest = table;
    return 0;
}

/* Add the filters `want` has and `have` lacks, delete the reverse. */
static int apply(kq_poller_t *kp, int fd, unsigned have, unsigned want) {
    struct kevent ch[2];
    int n = 0;

    if ((want ^ have) & ND_POLL_IN) {
        EV_SET(&ch[n], (uintptr_t)fd, EVFILT_READ,
               (want & ND_POLL_IN) ? EV_ADD : EV_DELETE, 0, 0, NULL);
        n++;
    }
    if ((want ^ have) & ND_POLL_OUT) {
        EV_SET(&ch[n], (uintptr_t)fd, EVFILT_WRITE,
               (want & ND_POLL_OUT) ? EV_ADD : EV_DELETE, 0, 0, NULL);
        n++;
    }
    if (n > 0 && kevent(kp->kq, ch, n, NULL, 0, NULL) < 0)
        return nd_err_from_errno(errno);
    return 0;
}

static int kq_watch(nd_poller_t *p, int fd, unsigned events) {
    kq_poller_t *kp = (kq_poller_t *)p;
    int err = nd__poller_check_fd(fd);

    if (err != 0)
        return err;
    if (fd == kp->kq)
        return ND_EINVAL;
    err = nd__poller_check_pollable(fd);
    if (err == 0)
        err = grow_interest(kp, fd);
    if (err != 0)
        return err;
    events &= ND_POLL_IN | ND_POLL_OUT;
    err = apply(kp, fd, kp->interest[fd], events);
    if (err != 0)
        return err;
    kp->interest[fd] = (unsigned char)events;
    return 0;
}

static int kq_unwatch(nd_poller_t *p, int fd) {
    kq_poller_t *kp = (kq_poller_t *)p;
    unsigned have;
    int err = nd__poller_check_fd(fd);

    if (err != 0)
        return err;
    if (fd >= kp->ninterest || kp->interest[fd] == 0)
        return 0;
    have = kp->interest[fd];
    kp->interest[fd] = 0;
    err = apply(kp, fd, have, 0);
    /* ENOENT/EBADF: closing the fd already dropped its filters. */
    if (err == ND_ENOENT || err == ND_EBADF)
        return 0;
    return err;
}

/* What one kevent says about its fd, in ND_POLL_* bits. */
static unsigned from_kevent(const struct kevent *ev) {
    unsigned events = 0;

    if (ev->flags & EV_ERROR)
        return ND_POLL_ERR;
    if (ev->filter == EVFILT_READ) {
        events |= ND_POLL_IN;
        if (ev->flags & EV_EOF)
            events |= ND_POLL_HUP;
    } else if (ev->filter == EVFILT_WRITE) {
        events |= ND_POLL_OUT;
        if (ev->flags & EV_EOF)
            events |= ND_POLL_ERR;
    }
    if ((ev->flags & EV_EOF) && ev->fflags != 0)
        events |= ND_POLL_ERR; /* fflags holds the socket error */
    return events;
}

static int kq_wait(nd_poller_t *p, int timeout_ms, nd_poller_event_t *fired,
                   int max) {
    kq_poller_t *kp = (kq_poller_t *)p;
    struct timespec ts, *tsp = NULL;
    int n, i, j, count = 0;

    if (fired == NULL || max <= 0)
        return ND_EINVAL;
    if (timeout_ms >= 0) {
        ts.tv_sec = timeout_ms / 1000;
        ts.tv_nsec = (long)(timeout_ms % 1000) * 1000000L;
        tsp = &ts;
    }
    /* Ask for at most `max` kevents: two kevents of one fd merge into one
     * event, so the merged count never exceeds max. */
    n = kevent(kp->kq, NULL, 0, kp->buf, max < KQ_BATCH ? max : KQ_BATCH, tsp);
    if (n < 0)
        return errno == EINTR ? 0 : nd_err_from_errno(errno);

    for (i = 0; i < n; i++) {
        const struct kevent *ev = &kp->buf[i];
        int fd = (int)ev->ident;

        if (ev->filter == EVFILT_USER)
            continue; /* the wake-up; EV_CLEAR has reset it */
        for (j = 0; j < count && fired[j].fd != fd; j++)
            ;
        if (j == count) {
            fired[count].fd = fd;
            fired[count].events = 0;
            count++;
        }
        fired[j].events |= from_kevent(ev);
    }
    return count;
}

/* Async-signal-safe: one kevent() call; errno is preserved. */
static int kq_wake(nd_poller_t *p) {
    kq_poller_t *kp = (kq_poller_t *)p;
    struct kevent ev;
    int saved = errno, err = 0;

    EV_SET(&ev, WAKE_IDENT, EVFILT_USER, 0, NOTE_TRIGGER, 0, NULL);
    if (kevent(kp->kq, &ev, 1, NULL, 0, NULL) < 0)
        err = nd_err_from_errno(errno);
    errno = saved;
    return err;
}

const nd_poller_ops_t nd_poller_kqueue = {
    "kqueue", kq_create, kq_destroy, kq_watch, kq_unwatch, kq_wait, kq_wake,
};
