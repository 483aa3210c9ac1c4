/*
 * async.c - waking a loop from another thread.
 *
 * nd_async_send() may be called from any thread.  It sets the handle's
 * `pending` flag with an atomic exchange and wakes the poller only when the
 * flag went from 0 to 1, so a burst of sends costs one wake-up and one
 * callback.  In the poll phase the loop walks its async handles and, for
 * each, clears the flag with another exchange and runs the callback if the
 * flag was set.  A send that lands after the clear sets the flag again and
 * wakes the loop again, so no send is lost.
 *
 * An async handle is active and ref'd from init until close; users who do
 * not want it to keep the loop alive call nd_unref().
 *
 * Threading: everything but nd_async_send() runs on the loop thread.
 */
#include <stdatomic.h>

#include "internal.h"

/* see loop.h */
int nd_async_init(nd_loop_t *loop, nd_async_t *a, nd_async_cb cb) {
    nd__handle_init(loop, &a->h, ND_ASYNC);
    a->cb = cb;
    atomic_init(&a->pending, 0);
    nd_queue_insert_tail(&loop->async_handles, &a->queue);
    nd__handle_start(&a->h);
    return 0;
}

/* see loop.h */
int nd_async_send(nd_async_t *a) {
    if (atomic_exchange(&a->pending, 1) != 0)
        return 0; /* already on its way */
    return nd_poller_wake(a->h.loop->poller);
}

/* see internal.h */
void nd__async_close(nd_async_t *a) {
    nd_queue_remove(&a->queue);
    nd__handle_stop(&a->h);
}

/* see internal.h */
int nd__async_dispatch(nd_loop_t *loop) {
    nd_queue_t batch;
    int ran = 0;

    /* Callbacks may close any async handle; move the list aside and put
     * each handle back before calling it (see hook.c). */
    nd_queue_move(&loop->async_handles, &batch);
    while (!nd_queue_empty(&batch)) {
        nd_queue_t *q = nd_queue_head(&batch);
        nd_async_t *a = ND_QUEUE_DATA(q, nd_async_t, queue);

        nd_queue_remove(q);
        nd_queue_insert_tail(&loop->async_handles, q);
        if (atomic_exchange(&a->pending, 0) == 0)
            continue;
        if (a->cb != NULL) {
            a->cb(a);
            ran++;
        }
    }
    return ran;
}
