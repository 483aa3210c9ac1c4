/*
 * timer.c - timers, kept in an intrusive binary min-heap.
 *
 * The heap is a complete binary tree built from the links inside each
 * nd_timer_t (heap_left, heap_right, heap_parent), so starting a timer never
 * allocates.  The root (loop->timer_heap) is the timer that fires first.
 * Order is (due, start_id): start_id comes from a per-loop counter bumped on
 * every start, so two timers with the same deadline fire in the order they
 * were started (Node: "equal deadlines fire in creation order").
 *
 * Positions are numbered 1..timer_count in breadth-first order, like an
 * array heap.  The path from the root to position n is spelled by the bits
 * of n below its leading 1: 0 = go left, 1 = go right.  That is how we find
 * the first free slot (insert) and the last node (remove) without an array.
 *
 * A timer is in exactly one of three states:
 *   inactive            - not in the heap, `ready` queue link empty;
 *   active, waiting     - in the heap;
 *   active, ready       - taken out of the heap by the running timers pass
 *                         and linked on its local ready list (`ready`).
 * The timers pass first moves every timer due at loop->time onto the ready
 * list and only then runs callbacks, so a timer (re)started by one of those
 * callbacks lands in the heap and cannot fire in the same pass.  Stopping a
 * ready timer unlinks it, so it does not fire either.
 *
 * Threading: loop thread only.
 */
#include <limits.h>

#include "internal.h"

static int timer_less(const nd_timer_t *a, const nd_timer_t *b) {
    if (a->due != b->due)
        return a->due < b->due;
    return a->start_id < b->start_id;
}

/* The node at breadth-first position pos (1 = root); pos <= timer_count. */
static nd_timer_t *node_at(const nd_loop_t *loop, unsigned pos) {
    nd_timer_t *node = loop->timer_heap;
    int bit = 0;

    while ((pos >> bit) > 1)
        bit++;
    while (--bit >= 0)
        node = ((pos >> bit) & 1) ? node->heap_right : node->heap_left;
    return node;
}

/* Make the link that pointed at `old` (from its parent, or the root
 * pointer) point at `node` instead. */
static void replace_in_parent(nd_loop_t *loop, nd_timer_t *old,
                              nd_timer_t *node) {
    nd_timer_t *parent = old->heap_parent;

    if (parent == NULL)
        loop->timer_heap = node;
    else if (parent->heap_left == old)
        parent->heap_left = node;
    else
        parent->heap_right = node;
}

/* Exchange child c with its parent p; the rest of the tree is unchanged. */
static void swap_with_parent(nd_loop_t *loop, nd_timer_t *p, nd_timer_t *c) {
    nd_timer_t *c_left = c->heap_left, *c_right = c->heap_right;
    nd_timer_t *sibling;

    replace_in_parent(loop, p, c);
    c->heap_parent = p->heap_parent;
    if (p->heap_left == c) {
        sibling = p->heap_right;
        c->heap_left = p;
        c->heap_right = sibling;
    } else {
        sibling = p->heap_left;
        c->heap_left = sibling;
        c->heap_right = p;
    }
    if (sibling != NULL)
        sibling->heap_parent = c;

    p->heap_parent = c;
    p->heap_left = c_left;
    p->heap_right = c_right;
    if (c_left != NULL)
        c_left->heap_parent = p;
    if (c_right != NULL)
        c_right->heap_parent = p;
}

static void sift_up(nd_loop_t *loop, nd_timer_t *t) {
    while (t->heap_parent != NULL && timer_less(t, t->heap_parent))
        swap_with_parent(loop, t->heap_parent, t);
}

static void sift_down(nd_loop_t *loop, nd_timer_t *t) {
    for (;;) {
        nd_timer_t *least = t;

        if (t->heap_left != NULL && timer_less(t->heap_left, least))
            least = t->heap_left;
        if (t->heap_right != NULL && timer_less(t->heap_right, least))
            least = t->heap_right;
        if (least == t)
            return;
        swap_with_parent(loop, t, least);
    }
}

static void heap_insert(nd_loop_t *loop, nd_timer_t *t) {
    unsigned pos = ++loop->timer_count;
    nd_timer_t *parent;

    t->heap_left = t->heap_right = t->heap_parent = NULL;
    if (pos == 1) {
        loop->timer_heap = t;
        return;
    }
    parent = node_at(loop, pos / 2);
    if (pos & 1)
        parent->heap_right = t;
    else
        parent->heap_left = t;
    t->heap_parent = parent;
    sift_up(loop, t);
}

static void heap_remove(nd_loop_t *loop, nd_timer_t *t) {
    nd_timer_t *last = node_at(loop, loop->timer_count);

    /* Detach the last node; it will fill the hole t leaves. */
    loop->timer_count--;
    replace_in_parent(loop, last, NULL);
    if (last != t) {
        last->heap_left = t->heap_left;
        last->heap_right = t->heap_right;
        last->heap_parent = t->heap_parent;
        if (last->heap_left != NULL)
            last->heap_left->heap_parent = last;
        if (last->heap_right != NULL)
            last->heap_right->heap_parent = last;
        replace_in_parent(loop, t, last);
        sift_down(loop, last);
        sift_up(loop, last);
    }
    t->heap_left = t->heap_right = t->heap_parent = NULL;
}

/* Take an active timer out of whichever structure holds it. */
static void unlink_timer(nd_timer_t *t) {
    if (!nd_queue_empty(&t->ready))
        nd_queue_remove(&t->ready);
    else
        heap_remove(t->h.loop, t);
}

/* see loop.h */
int nd_timer_init(nd_loop_t *loop, nd_timer_t *t) {
    nd__handle_init(loop, &t->h, ND_TIMER);
    t->cb = NULL;
    t->due = 0;
    t->repeat = 0;
    t->start_id = 0;
    t->heap_left = t->heap_right = t->heap_parent = NULL;
    nd_queue_init(&t->ready);
    return 0;
}

/* see loop.h */
int nd_timer_start(nd_timer_t *t, nd_timer_cb cb, uint64_t timeout,
                   uint64_t repeat) {
    nd_loop_t *loop = t->h.loop;

    if (cb == NULL || (t->h.flags & ND__HANDLE_CLOSING))
        return ND_EINVAL;
    if (t->h.flags & ND__HANDLE_ACTIVE)
        unlink_timer(t);
    t->cb = cb;
    t->repeat = repeat;
    t->due = loop->time + timeout;
    if (t->due < loop->time) /* overflow: "never", as late as we can say */
        t->due = UINT64_MAX;
    t->start_id = loop->timer_seq++;
    heap_insert(loop, t);
    nd__handle_start(&t->h);
    return 0;
}

/* see loop.h */
int nd_timer_stop(nd_timer_t *t) {
    if (!(t->h.flags & ND__HANDLE_ACTIVE))
        return 0;
    unlink_timer(t);
    nd__handle_stop(&t->h);
    return 0;
}

/* see loop.h */
int nd_timer_again(nd_timer_t *t) {
    if (t->cb == NULL)
        return ND_EINVAL;
    if (t->repeat == 0)
        return 0;
    nd_timer_stop(t);
    return nd_timer_start(t, t->cb, t->repeat, t->repeat);
}

/* see loop.h */
uint64_t nd_timer_get_due_in(const nd_timer_t *t) {
    uint64_t now = t->h.loop->time;

    if (!(t->h.flags & ND__HANDLE_ACTIVE) || t->due <= now)
        return 0;
    return t->due - now;
}

/* see internal.h */
void nd__timer_close(nd_timer_t *t) {
    nd_timer_stop(t);
}

/* see internal.h */
int nd__timers_next_timeout(const nd_loop_t *loop) {
    const nd_timer_t *t = loop->timer_heap;

    if (t == NULL)
        return -1;
    if (t->due <= loop->time)
        return 0;
    if (t->due - loop->time > INT_MAX)
        return INT_MAX;
    return (int)(t->due - loop->time);
}

/* see internal.h */
int nd__run_timers(nd_loop_t *loop) {
    nd_queue_t ready;
    int ran = 0;

    /* Collect: everything due now, in firing order. */
    nd_queue_init(&ready);
    while (loop->timer_heap != NULL && loop->timer_heap->due <= loop->time) {
        nd_timer_t *t = loop->timer_heap;

        heap_remove(loop, t);
        nd_queue_insert_tail(&ready, &t->ready);
    }

    /* Run: each callback may stop, restart or close any timer, including
     * ones still on the ready list. */
    while (!nd_queue_empty(&ready)) {
        nd_timer_t *t = ND_QUEUE_DATA(nd_queue_head(&ready), nd_timer_t, ready);

        nd_queue_remove(&t->ready);
        if (t->repeat > 0) {
            t->due = loop->time + t->repeat;
            if (t->due < loop->time)
                t->due = UINT64_MAX;
            t->start_id = loop->timer_seq++;
            heap_insert(loop, t);
        } else {
            nd__handle_stop(&t->h);
        }
        t->cb(t);
        ran++;
    }
    return ran;
}
