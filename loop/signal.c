/*
 * signal.c - nd_signal_t (loop.h): the handle half of signal delivery,
 * the same on every OS.
 *
 * Signals reach a loop in two steps.  The OS half (signal_posix.c: a
 * signal handler and a self-pipe; signal_win32.c: a console control
 * handler and an async wake-up) notices a signal on whatever thread the
 * system picks and, later, on the loop thread in the poll phase, reports
 * how many times each signal arrived with nd__signal_count() and then
 * calls nd__signal_dispatch().  This file keeps the list of started
 * handles per loop and runs their callbacks, once per delivery.
 *
 * The OS half is asked to watch a signal when a handle starts on it
 * (nd__signal_os_watch) and to stop when one stops (nd__signal_os_unwatch,
 * called after the handle left the loop's list); it decides which signal
 * numbers exist (nd__signal_os_check).
 *
 * Threading: loop thread only.
 */
#include "internal.h"

/* see loop.h */
int nd_signal_init(nd_loop_t *loop, nd_signal_t *s) {
    nd__handle_init(loop, &s->h, ND_SIGNAL);
    s->cb = NULL;
    s->signum = 0;
    s->caught = 0;
    nd_queue_init(&s->queue);
    return 0;
}

/* see loop.h */
int nd_signal_start(nd_signal_t *s, nd_signal_cb cb, int signum) {
    nd_loop_t *loop = s->h.loop;
    int err;

    if (cb == NULL || (s->h.flags & ND__HANDLE_CLOSING))
        return ND_EINVAL;
    err = nd__signal_os_check(signum);
    if (err < 0)
        return err;
    if ((s->h.flags & ND__HANDLE_ACTIVE) && s->signum == signum) {
        s->cb = cb;
        return 0;
    }
    nd_signal_stop(s);

    err = nd__signal_os_watch(loop, signum);
    if (err < 0)
        return err;
    s->cb = cb;
    s->signum = signum;
    s->caught = 0;
    nd_queue_insert_tail(&loop->signal_handles, &s->queue);
    nd__handle_start(&s->h);
    return 0;
}

/* see loop.h */
int nd_signal_stop(nd_signal_t *s) {
    if (!(s->h.flags & ND__HANDLE_ACTIVE))
        return 0;
    nd_queue_remove(&s->queue);
    s->caught = 0;
    nd__handle_stop(&s->h);
    nd__signal_os_unwatch(s->h.loop, s->signum);
    return 0;
}

/* see internal.h */
void nd__signal_close(nd_signal_t *s) {
    nd_signal_stop(s);
}

/* see internal.h */
int nd__signal_watched(const nd_loop_t *loop, int signum) {
    const nd_queue_t *q;

    for (q = loop->signal_handles.next; q != &loop->signal_handles; q = q->next)
        if (ND_QUEUE_DATA(q, nd_signal_t, queue)->signum == signum)
            return 1;
    return 0;
}

/* see internal.h */
void nd__signal_count(nd_loop_t *loop, int signum, unsigned n) {
    nd_queue_t *q;

    for (q = loop->signal_handles.next; q != &loop->signal_handles; q = q->next) {
        nd_signal_t *s = ND_QUEUE_DATA(q, nd_signal_t, queue);

        if (s->signum == signum)
            s->caught += n;
    }
}

/* see internal.h */
void nd__signal_dispatch(nd_loop_t *loop) {
    nd_queue_t batch;

    /* A callback may stop or close any handle (which zeroes its count),
     * so walk a moved-aside list, putting each handle back before its
     * callbacks run. */
    nd_queue_move(&loop->signal_handles, &batch);
    while (!nd_queue_empty(&batch)) {
        nd_signal_t *s =
            ND_QUEUE_DATA(nd_queue_head(&batch), nd_signal_t, queue);

        nd_queue_remove(&s->queue);
        nd_queue_insert_tail(&loop->signal_handles, &s->queue);
        while (s->caught > 0 && (s->h.flags & ND__HANDLE_ACTIVE)) {
            s->caught--;
            s->cb(s, s->signum);
        }
    }
}
