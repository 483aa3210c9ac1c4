/*
 * poller.h - the contract between the event loop and the OS's readiness
 * notification mechanism.
 *
 * A poller answers one question: "which of these file descriptors are ready,
 * waiting at most this long?"  Each backend (epoll.c, kqueue.c, iocp.c
 * and poll.c) is one file that fills in an nd_poller_ops_t.  A
 * backend only translates: it registers interest, waits, and copies what
 * fired into the caller's array.  It never calls back into the loop and never
 * decides what a readiness event means; loop/ does that.
 *
 * Threading: a poller belongs to one thread (its loop's).  The one exception
 * is nd_poller_wake(), which any thread may call at any time to make a
 * concurrent or the next nd_poller_wait() return early.
 *
 * Interest is level-triggered on every backend: a readable fd keeps being
 * reported until it is drained or unwatched.
 *
 * Errors are negative ND_E* codes (error.h).  An fd a backend cannot hold
 * (negative, or beyond the backend's limit ND_POLLER_MAX_FD) is refused with
 * ND_EBADF or ND_ERANGE; it is never indexed blindly.
 */
#ifndef ND_POLLER_H
#define ND_POLLER_H

#include "error.h"

/* Event bits, both for interest (watch) and for what fired (wait). HUP and
 * ERR are always reported when they happen, whether asked for or not. */
enum {
    ND_POLL_IN = 1,  /* readable, or a listening socket has a connection */
    ND_POLL_OUT = 2, /* writable, or a connect finished (check SO_ERROR) */
    ND_POLL_HUP = 4, /* the peer hung up */
    ND_POLL_ERR = 8  /* an error is pending on the fd */
};

/* The largest fd any backend accepts, plus one.  loop/ sizes its fd-indexed
 * tables by it. */
#define ND_POLLER_MAX_FD (1 << 20)

typedef struct nd_poller_event_s {
    int fd;
    unsigned events; /* ND_POLL_* bits that fired */
} nd_poller_event_t;

typedef struct nd_poller_s nd_poller_t;
typedef struct nd_poller_ops_s nd_poller_ops_t;

struct nd_poller_ops_s {
    const char *name; /* "epoll", "poll", ... */

    /* Create a poller, including its wake-up mechanism. */
    int (*create)(nd_poller_t **out);

    /* Release the poller and every OS object it owns.  Does not close the
     * watched fds: they belong to the caller. */
    void (*destroy)(nd_poller_t *p);

    /* Set the interest of fd to `events` (ND_POLL_IN and/or ND_POLL_OUT):
     * adds the fd if it is not watched yet, otherwise replaces its interest.
     * events == 0 keeps the fd registered but quiet (HUP/ERR may still
     * fire).  Refused on every backend: a closed fd (ND_EBADF), a regular
     * file or a directory (ND_EPERM: they are always "ready", so the
     * caller must do their I/O another way). */
    int (*watch)(nd_poller_t *p, int fd, unsigned events);

    /* Forget fd.  Safe to call when fd was already closed by the caller (the
     * OS may have dropped it already) and when it is not watched at all. */
    int (*unwatch)(nd_poller_t *p, int fd);

    /* Wait up to timeout_ms (-1 = forever, 0 = just look) for readiness and
     * copy at most `max` fired events into `fired`.  Returns the count (0 on
     * timeout or wake-up) or a negative code.  EINTR is not an error: the
     * call returns 0.  A wake-up is consumed here and never reported as an
     * event.  Any negative timeout means forever.  When more fds are ready
     * than `max`, the rest stay ready and the next wait reports them. */
    int (*wait)(nd_poller_t *p, int timeout_ms, nd_poller_event_t *fired,
                int max);

    /* Thread-safe and async-signal-safe: make the current or next wait()
     * return.  Several wakes before one wait collapse into one. */
    int (*wake)(nd_poller_t *p);
};

/* Every backend's state begins with this header, so that the helpers below
 * can reach the ops from an nd_poller_t alone. */
struct nd_poller_s {
    const nd_poller_ops_t *ops;
};

/* The backends compiled into this binary. */
extern const nd_poller_ops_t nd_poller_epoll;  /* Linux */
extern const nd_poller_ops_t nd_poller_kqueue; /* FreeBSD, macOS */
extern const nd_poller_ops_t nd_poller_iocp;   /* Windows (sockets only) */
extern const nd_poller_ops_t nd_poller_poll;   /* every POSIX system */

/* Choose a backend.  name == NULL means: $NODULE_POLLER if set and not
 * empty (ignored when the process runs setuid/setgid), else the best one
 * this OS has.  Returns NULL for an unknown or unavailable name, including
 * an unknown $NODULE_POLLER (a misspelt name is an error, not a silent
 * fallback). */
const nd_poller_ops_t *nd_poller_select(const char *name);

/* The NULL-terminated list of compiled-in backends, best first. */
const nd_poller_ops_t *const *nd_poller_backends(void);

/* Convenience wrappers: p->ops->fn(p, ...).  nd_poller_open() with
 * ops == NULL uses nd_poller_select(NULL) and fails with ND_EINVAL if that
 * gives NULL. */
int nd_poller_open(nd_poller_t **out, const nd_poller_ops_t *ops);
void nd_poller_close(nd_poller_t *p);
int nd_poller_watch(nd_poller_t *p, int fd, unsigned events);
int nd_poller_unwatch(nd_poller_t *p, int fd);
int nd_poller_wait(nd_poller_t *p, int timeout_ms, nd_poller_event_t *fired,
                   int max);
int nd_poller_wake(nd_poller_t *p);
const char *nd_poller_name(const nd_poller_t *p);

#endif
