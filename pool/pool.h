/*
 * pool.h - the process-wide thread pool for blocking work.
 *
 * Some work cannot be made non-blocking: file system calls, getaddrinfo,
 * key derivation, compression.  The loop hands such work to the pool as an
 * nd_work_t; a worker thread runs its `work` function; the finished item is
 * put on the done-queue (an nd_pool_sink_t) of the loop that submitted it,
 * and that loop is woken.  The loop later calls nd_pool_sink_drain(), which
 * runs each item's `done` function on the loop's own thread.
 *
 * Rules:
 *   - `work` runs on a pool thread and must not touch Duktape, a loop, or
 *     any handle.  It reads its inputs from and writes its results into the
 *     caller's struct that embeds the nd_work_t.
 *   - `done` runs on the loop thread exactly once per submitted item, with
 *     status 0, or ND_ECANCELED if the item was cancelled before it started.
 *   - The pool is started lazily on the first submission.  Its size is
 *     $NODULE_THREADPOOL_SIZE, else $UV_THREADPOOL_SIZE, else 4, clamped to
 *     1..1024.
 *   - Items run in FIFO order of submission, except that ND_WORK_SLOW_IO
 *     items (DNS) never occupy more than half of the threads (at least
 *     one), so slow lookups cannot starve the file system: a slow item that
 *     must wait for a slot does not hold up the items queued behind it.
 *   - A sink is woken once per batch: the wake function is called only when
 *     the sink goes from empty to non-empty, not once per item.
 */
#ifndef ND_POOL_H
#define ND_POOL_H

#include "thread.h"
#include "../poller/error.h"

typedef struct nd_work_s nd_work_t;
typedef struct nd_pool_sink_s nd_pool_sink_t;

typedef void (*nd_work_fn)(nd_work_t *w);
typedef void (*nd_work_done_fn)(nd_work_t *w, int status);

enum nd_work_kind {
    ND_WORK_CPU = 0,     /* crypto, compression, generic work */
    ND_WORK_FAST_IO = 1, /* file system */
    ND_WORK_SLOW_IO = 2  /* name resolution: capped at half the threads */
};

/* Embed this in your request.  All fields are private to the pool. */
struct nd_work_s {
    nd_work_fn work;
    nd_work_done_fn done;
    nd_pool_sink_t *sink;
    nd_work_t *next;
    int kind;
    int state;  /* queued, running, finished, cancelled */
    int status; /* what done() will see */
};

/* The done-queue of one loop.  Embed one per loop. */
struct nd_pool_sink_s {
    nd_mutex_t lock;
    nd_work_t *head, *tail;  /* finished items, FIFO */
    void (*wake)(void *arg); /* called from a pool thread, coalesced */
    void *wake_arg;
};

/* Prepare a sink.  wake(wake_arg) is called from pool threads (and from
 * nd_pool_cancel) when the sink becomes non-empty; it must be thread-safe,
 * e.g. nd_poller_wake().  It is called with the sink's lock held, so it
 * must be quick and must not call any nd_pool_* function; in return, once
 * nd_pool_sink_drain() has handed over an item, no pool thread is still
 * inside wake() for it, and the sink may be destroyed when every submitted
 * item has been drained.  wake may be NULL (the owner polls the sink). */
int nd_pool_sink_init(nd_pool_sink_t *sink, void (*wake)(void *), void *arg);
/* Release a sink.  Every item submitted to it must have been drained. */
void nd_pool_sink_destroy(nd_pool_sink_t *sink);

/* Queue w.  Returns 0, or a negative code if the pool cannot start or an
 * argument is invalid (ND_EINVAL: a NULL pointer or an unknown kind); then
 * neither work nor done will run.  w must not be queued already; it may be
 * submitted again from its own done(). */
int nd_pool_submit(nd_pool_sink_t *sink, nd_work_t *w, int kind,
                   nd_work_fn work, nd_work_done_fn done);

/* Cancel w if it has not started: returns 0 and done() will later see
 * ND_ECANCELED through the sink (which is woken).  Returns ND_EBUSY if it
 * is running, finished or already cancelled (done() will see its real
 * status).  w must have been submitted, and not freed or reused since. */
int nd_pool_cancel(nd_work_t *w);

/* On the loop thread: run done() for every finished item in the sink, in
 * completion order.  Returns how many ran. */
int nd_pool_sink_drain(nd_pool_sink_t *sink);

/* The number of worker threads (starting the pool's configuration, not its
 * threads).  The workers are never joined: they live until the process
 * exits (see pool.c).  The pool is not usable in a forked child. */
int nd_pool_size(void);

#endif
