/*
 * work.c - pool work as a loop request.
 *
 * nd_queue_work() hands an nd_work_req_t to the process-wide pool (pool.h)
 * with this loop's sink as its destination.  work_cb runs on a pool thread;
 * the pool then puts the item on loop->sink and wakes the poller; the poll
 * phase drains the sink, which calls after_work() below on the loop thread.
 * From submission until after_cb the request counts in loop->active_reqs,
 * so the loop stays alive while work is in flight.
 *
 * Threading: nd_queue_work, nd_cancel_work and after_cb on the loop thread;
 * work_cb on a pool thread (it must not touch the loop or any handle).
 */
#include <stddef.h>

#include "internal.h"

static nd_work_req_t *req_of(nd_work_t *w) {
    return (nd_work_req_t *)((char *)w - offsetof(nd_work_req_t, work));
}

/* Pool thread. */
static void do_work(nd_work_t *w) {
    nd_work_req_t *req = req_of(w);

    req->work_cb(req);
}

/* Loop thread, from nd_pool_sink_drain() in the poll phase. */
static void after_work(nd_work_t *w, int status) {
    nd_work_req_t *req = req_of(w);

    nd_loop_req_done(req->loop);
    if (req->after_cb != NULL)
        req->after_cb(req, status);
}

/* see loop.h */
int nd_queue_work(nd_loop_t *loop, nd_work_req_t *req, int kind,
                  nd_work_cb work_cb, nd_after_work_cb after_cb) {
    int err;

    if (work_cb == NULL || kind < ND_WORK_CPU || kind > ND_WORK_SLOW_IO)
        return ND_EINVAL;
    req->loop = loop;
    req->work_cb = work_cb;
    req->after_cb = after_cb;
    err = nd_pool_submit(&loop->sink, &req->work, kind, do_work, after_work);
    if (err < 0)
        return err;
    nd_loop_req_start(loop);
    return 0;
}

/* see loop.h */
int nd_cancel_work(nd_work_req_t *req) {
    return nd_pool_cancel(&req->work);
}
