/*
 * core.c - the loop itself: setup and teardown, nd_loop_run() and its
 * phases, handle lifetime (ref, close) and liveness.
 *
 * nd_loop_run() is the whole event loop in a dozen lines; read it first.
 * Each phase is one function in the file that owns its state (timers in
 * timer.c, hooks in hook.c, poll in io.c); this file owns the pending and
 * close phases.
 *
 * Handle lifetime: init links a handle into loop->handles; start/stop set
 * ACTIVE; nd_close() stops it and pushes it on loop->closing; the close
 * phase unlinks it, marks it CLOSED and calls its close callback, after
 * which the loop never touches the handle again (the callback may free
 * it).  A handle closed while the close phase runs waits for the next
 * iteration.  The loop is alive while a ref'd active handle, an active
 * request, a pending callback or a closing handle exists.
 *
 * Threading: loop thread only, except the pool's wake-up below.
 */
#include <string.h>

#include "internal.h"

/* ---- setup and teardown ------------------------------------------------ */

/* The pool calls this from a worker thread when our done-queue becomes
 * non-empty; the poller's wake-up is thread-safe. */
static void sink_wake(void *arg) {
    nd_loop_t *loop = arg;

    nd_poller_wake(loop->poller);
}

/* see loop.h */
int nd_loop_init(nd_loop_t *loop) {
    const nd_poller_ops_t *backend = nd_poller_select(NULL);

    if (backend == NULL)
        return ND_EINVAL; /* $NODULE_POLLER names no compiled-in backend */
    return nd_loop_init_with(loop, backend);
}

/* see loop.h */
int nd_loop_init_with(nd_loop_t *loop, const nd_poller_ops_t *backend) {
    int err;

    if (backend == NULL)
        return ND_EINVAL;
    memset(loop, 0, sizeof(*loop));
    nd_queue_init(&loop->handles);
    nd_queue_init(&loop->idle_hooks);
    nd_queue_init(&loop->prepare_hooks);
    nd_queue_init(&loop->check_hooks);
    nd_queue_init(&loop->async_handles);
    nd_queue_init(&loop->signal_handles);
    nd_queue_init(&loop->pending);
    loop->signal_pipe[0] = -1;
    loop->signal_pipe[1] = -1;

    err = nd_poller_open(&loop->poller, backend);
    if (err < 0)
        return err;
    err = nd_pool_sink_init(&loop->sink, sink_wake, loop);
    if (err < 0) {
        nd_poller_close(loop->poller);
        loop->poller = NULL;
        return err;
    }
    nd_loop_update_time(loop);
    return 0;
}

/* see loop.h */
int nd_loop_close(nd_loop_t *loop) {
    nd_queue_t *q;

    if (loop->active_reqs > 0 || !nd_queue_empty(&loop->pending))
        return ND_EBUSY;
    for (q = loop->handles.next; q != &loop->handles; q = q->next) {
        nd_handle_t *h = ND_QUEUE_DATA(q, nd_handle_t, handle_queue);

        if (!(h->flags & ND__HANDLE_INTERNAL))
            return ND_EBUSY;
    }
    nd__signal_loop_close(loop);
    nd__io_loop_close(loop);
    nd_pool_sink_destroy(&loop->sink);
    nd_poller_close(loop->poller);
    loop->poller = NULL;
    return 0;
}

/* ---- handles ----------------------------------------------------------- */

/* see internal.h */
void nd__handle_init(nd_loop_t *loop, nd_handle_t *h, nd_handle_type type) {
    h->loop = loop;
    h->close_cb = NULL;
    h->next_closing = NULL;
    h->type = type;
    h->flags = ND__HANDLE_REF;
    nd_queue_insert_tail(&loop->handles, &h->handle_queue);
}

/* see loop.h */
int nd_is_active(const nd_handle_t *h) {
    return (h->flags & ND__HANDLE_ACTIVE) != 0;
}

/* see loop.h */
int nd_is_closing(const nd_handle_t *h) {
    return (h->flags & (ND__HANDLE_CLOSING | ND__HANDLE_CLOSED)) != 0;
}

/* see loop.h */
void nd_ref(nd_handle_t *h) {
    if (h->flags & ND__HANDLE_REF)
        return;
    h->flags |= ND__HANDLE_REF;
    if (nd__handle_counts(h))
        h->loop->active_handles++;
}

/* see loop.h */
void nd_unref(nd_handle_t *h) {
    if (!(h->flags & ND__HANDLE_REF))
        return;
    if (nd__handle_counts(h))
        h->loop->active_handles--;
    h->flags &= ~ND__HANDLE_REF;
}

/* see loop.h */
int nd_has_ref(const nd_handle_t *h) {
    return (h->flags & ND__HANDLE_REF) != 0;
}

/* see loop.h */
void nd_close(nd_handle_t *h, nd_close_cb cb) {
    nd_loop_t *loop = h->loop;

    assert(!(h->flags & (ND__HANDLE_CLOSING | ND__HANDLE_CLOSED)));
    h->flags |= ND__HANDLE_CLOSING;
    h->close_cb = cb;

    switch (h->type) {
    case ND_TIMER:
        nd__timer_close((nd_timer_t *)h);
        break;
    case ND_IDLE:
    case ND_PREPARE:
    case ND_CHECK:
        nd__hook_close((nd_hook_t *)h);
        break;
    case ND_IO:
        nd__io_close((nd_io_t *)h);
        break;
    case ND_ASYNC:
        nd__async_close((nd_async_t *)h);
        break;
    case ND_SIGNAL:
        nd__signal_close((nd_signal_t *)h);
        break;
    case ND_PIPE:
    case ND_TTY:
    case ND_TCP:
        nd__stream_close((struct nd_stream_s *)h);
        break;
    case ND_UDP:
        nd__udp_close((struct nd_udp_s *)h);
        break;
    default:
        assert(0 && "nd_close: unknown handle type");
    }

    /* Pushed on the front; the close phase reverses the list so close
     * callbacks run in the order nd_close() was called. */
    h->next_closing = loop->closing;
    loop->closing = h;
}

/* see internal.h */
int nd__run_closing(nd_loop_t *loop) {
    nd_handle_t *list = NULL, *h;
    int ran = 0;

    /* Take the whole list (new closes go to the next iteration), reversed
     * into FIFO order. */
    while ((h = loop->closing) != NULL) {
        loop->closing = h->next_closing;
        h->next_closing = list;
        list = h;
    }
    while ((h = list) != NULL) {
        list = h->next_closing;
        h->next_closing = NULL;
        assert(h->flags & ND__HANDLE_CLOSING);
        nd_queue_remove(&h->handle_queue);
        h->flags &= ~ND__HANDLE_CLOSING;
        h->flags |= ND__HANDLE_CLOSED;
        if (h->close_cb != NULL) {
            h->close_cb(h); /* may free h */
            ran++;
        }
    }
    return ran;
}

/* see loop.h */
void nd_loop_walk(nd_loop_t *loop, void (*fn)(nd_handle_t *, void *),
                  void *arg) {
    nd_queue_t batch;

    /* Move the list aside so fn may init or close handles while we walk. */
    nd_queue_move(&loop->handles, &batch);
    while (!nd_queue_empty(&batch)) {
        nd_queue_t *q = nd_queue_head(&batch);
        nd_handle_t *h = ND_QUEUE_DATA(q, nd_handle_t, handle_queue);

        nd_queue_remove(q);
        nd_queue_insert_tail(&loop->handles, q);
        if (!(h->flags & ND__HANDLE_INTERNAL))
            fn(h, arg);
    }
}

/* ---- requests and the pending phase ------------------------------------ */

/* see loop.h */
void nd_loop_req_start(nd_loop_t *loop) {
    loop->active_reqs++;
}

/* see loop.h */
void nd_loop_req_done(nd_loop_t *loop) {
    assert(loop->active_reqs > 0);
    loop->active_reqs--;
}

/* see internal.h */
void nd__pending_push(nd_loop_t *loop, nd__pending_t *p) {
    nd_queue_insert_tail(&loop->pending, &p->queue);
}

/* see internal.h */
void nd__pending_cancel(nd__pending_t *p) {
    nd_queue_remove(&p->queue);
}

/* see internal.h */
int nd__run_pending(nd_loop_t *loop) {
    nd_queue_t batch;
    int ran = 0;

    /* Only what was queued before the phase began; the rest waits. */
    nd_queue_move(&loop->pending, &batch);
    while (!nd_queue_empty(&batch)) {
        nd_queue_t *q = nd_queue_head(&batch);
        nd__pending_t *p = ND_QUEUE_DATA(q, nd__pending_t, queue);

        nd_queue_remove(q);
        p->cb(p);
        ran++;
    }
    return ran;
}

/* ---- running ----------------------------------------------------------- */

/* see loop.h */
int nd_loop_alive(const nd_loop_t *loop) {
    return loop->active_handles > 0 || loop->active_reqs > 0 ||
           !nd_queue_empty(&loop->pending) || loop->closing != NULL;
}

/* How long the poll phase may block: not at all when there is something to
 * do right away, else until the nearest timer (-1: no timer, wait for I/O
 * alone). */
static int poll_timeout(const nd_loop_t *loop, nd_run_mode mode) {
    if (mode == ND_RUN_NOWAIT || loop->stop_flag)
        return 0;
    if (!nd_loop_alive(loop))
        return 0;
    if (!nd_queue_empty(&loop->idle_hooks) || !nd_queue_empty(&loop->pending) ||
        loop->closing != NULL)
        return 0;
    return nd__timers_next_timeout(loop);
}

/* Run one phase and report it to the tracing hook, if any. */
static void run_phase(nd_loop_t *loop, nd_phase phase, int timeout) {
    uint64_t start = loop->trace != NULL ? nd_hrtime() : 0;
    int ran = 0;

    switch (phase) {
    case ND_PHASE_TIMERS:
        ran = nd__run_timers(loop);
        break;
    case ND_PHASE_PENDING:
        ran = nd__run_pending(loop);
        break;
    case ND_PHASE_IDLE:
        ran = nd__run_idle(loop);
        break;
    case ND_PHASE_PREPARE:
        ran = nd__run_prepare(loop);
        break;
    case ND_PHASE_POLL:
        ran = nd__run_poll(loop, timeout);
        break;
    case ND_PHASE_CHECK:
        ran = nd__run_check(loop);
        break;
    case ND_PHASE_CLOSE:
        ran = nd__run_closing(loop);
        break;
    default:
        assert(0 && "run_phase: unknown phase");
    }
    if (loop->trace != NULL)
        loop->trace(loop, phase, ran, nd_hrtime() - start);
}

/* see loop.h */
int nd_loop_run(nd_loop_t *loop, nd_run_mode mode) {
    int alive = nd_loop_alive(loop);

    if (!alive)
        nd_loop_update_time(loop);

    /* Node 20 (libuv 1.45+): one timers pass before the first iteration.
     * Only in DEFAULT mode, as in libuv; ONCE and NOWAIT run exactly one
     * iteration, whose own timers pass comes at its end. */
    if (mode == ND_RUN_DEFAULT && alive && !loop->stop_flag) {
        nd_loop_update_time(loop);
        run_phase(loop, ND_PHASE_TIMERS, 0);
    }

    while (alive && !loop->stop_flag) {
        run_phase(loop, ND_PHASE_PENDING, 0);
        run_phase(loop, ND_PHASE_IDLE, 0);
        run_phase(loop, ND_PHASE_PREPARE, 0);
        run_phase(loop, ND_PHASE_POLL, poll_timeout(loop, mode));
        run_phase(loop, ND_PHASE_CHECK, 0);
        run_phase(loop, ND_PHASE_CLOSE, 0);
        nd_loop_update_time(loop);
        run_phase(loop, ND_PHASE_TIMERS, 0);

        if (mode != ND_RUN_DEFAULT)
            break;
        alive = nd_loop_alive(loop);
    }

    loop->stop_flag = 0;
    return nd_loop_alive(loop);
}

/* see loop.h */
void nd_loop_stop(nd_loop_t *loop) {
    loop->stop_flag = 1;
}

/* ---- names and tracing ------------------------------------------------- */

/* see loop.h */
const char *nd_loop_backend(const nd_loop_t *loop) {
    return nd_poller_name(loop->poller);
}

/* see loop.h */
void nd_loop_set_trace(nd_loop_t *loop, nd_trace_cb cb, void *data) {
    loop->trace = cb;
    loop->trace_data = data;
}

/* see loop.h */
const char *nd_phase_name(nd_phase phase) {
    static const char *const names[ND_PHASE_MAX] = {
        "timers", "pending", "idle", "prepare", "poll", "check", "close"};

    if ((int)phase < 0 || phase >= ND_PHASE_MAX)
        return "unknown";
    return names[phase];
}
