/*
 * hook.c - idle, prepare and check hooks: handles whose callback runs once
 * per iteration in their phase while they are active.  Node builds
 * setImmediate on a check hook, and keeps poll from blocking while
 * immediates are queued with an idle hook.
 *
 * Each phase keeps its active hooks in one list on the loop.  Running a
 * phase first moves that list aside, then takes the hooks back one by one,
 * calling each: so a hook stopped by an earlier callback is skipped, and a
 * hook started during the phase waits for the next iteration.
 *
 * Threading: loop thread only.
 */
#include "internal.h"

static nd_queue_t *hook_list(nd_loop_t *loop, int type) {
    switch (type) {
    case ND_IDLE:
        return &loop->idle_hooks;
    case ND_PREPARE:
        return &loop->prepare_hooks;
    default:
        assert(type == ND_CHECK);
        return &loop->check_hooks;
    }
}

static int hook_init(nd_loop_t *loop, nd_hook_t *h, nd_handle_type type) {
    nd__handle_init(loop, &h->h, type);
    h->cb = NULL;
    nd_queue_init(&h->queue);
    return 0;
}

/* see loop.h */
int nd_idle_init(nd_loop_t *loop, nd_hook_t *h) {
    return hook_init(loop, h, ND_IDLE);
}

/* see loop.h */
int nd_prepare_init(nd_loop_t *loop, nd_hook_t *h) {
    return hook_init(loop, h, ND_PREPARE);
}

/* see loop.h */
int nd_check_init(nd_loop_t *loop, nd_hook_t *h) {
    return hook_init(loop, h, ND_CHECK);
}

/* see loop.h */
int nd_hook_start(nd_hook_t *h, nd_hook_cb cb) {
    if (cb == NULL || (h->h.flags & ND__HANDLE_CLOSING))
        return ND_EINVAL;
    h->cb = cb;
    if (h->h.flags & ND__HANDLE_ACTIVE)
        return 0;
    nd_queue_insert_tail(hook_list(h->h.loop, h->h.type), &h->queue);
    nd__handle_start(&h->h);
    return 0;
}

/* see loop.h */
int nd_hook_stop(nd_hook_t *h) {
    if (!(h->h.flags & ND__HANDLE_ACTIVE))
        return 0;
    nd_queue_remove(&h->queue);
    nd__handle_stop(&h->h);
    return 0;
}

/* see internal.h */
void nd__hook_close(nd_hook_t *h) {
    nd_hook_stop(h);
}

static int run_hooks(nd_queue_t *list) {
    nd_queue_t batch;
    int ran = 0;

    nd_queue_move(list, &batch);
    while (!nd_queue_empty(&batch)) {
        nd_queue_t *q = nd_queue_head(&batch);
        nd_hook_t *h = ND_QUEUE_DATA(q, nd_hook_t, queue);

        nd_queue_remove(q);
        nd_queue_insert_tail(list, q);
        h->cb(h);
        ran++;
    }
    return ran;
}

/* see internal.h */
int nd__run_idle(nd_loop_t *loop) {
    return run_hooks(&loop->idle_hooks);
}

/* see internal.h */
int nd__run_prepare(nd_loop_t *loop) {
    return run_hooks(&loop->prepare_hooks);
}

/* see internal.h */
int nd__run_check(nd_loop_t *loop) {
    return run_hooks(&loop->check_hooks);
}
