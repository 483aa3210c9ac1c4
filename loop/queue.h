/*
 * queue.h - an intrusive, circular, doubly linked list.
 *
 * Embed an nd_queue_t in a struct; the list head is an nd_queue_t whose
 * next/prev point at itself when empty.  ND_QUEUE_DATA gets the containing
 * struct back from a link.  Nothing here allocates.
 */
#ifndef ND_QUEUE_H
#define ND_QUEUE_H

#include <stddef.h>

typedef struct nd_queue_s {
    struct nd_queue_s *next;
    struct nd_queue_s *prev;
} nd_queue_t;

#define ND_QUEUE_DATA(ptr, type, field)                                       \
    ((type *)((char *)(ptr)-offsetof(type, field)))

static inline void nd_queue_init(nd_queue_t *q) {
    q->next = q;
    q->prev = q;
}

static inline int nd_queue_empty(const nd_queue_t *q) {
    return q->next == q;
}

static inline nd_queue_t *nd_queue_head(const nd_queue_t *q) {
    return q->next;
}

/* Append n at the tail of the list h. */
static inline void nd_queue_insert_tail(nd_queue_t *h, nd_queue_t *n) {
    n->next = h;
    n->prev = h->prev;
    h->prev->next = n;
    h->prev = n;
}

/* Unlink n and leave it pointing at itself, so removing twice is harmless. */
static inline void nd_queue_remove(nd_queue_t *n) {
    n->prev->next = n->next;
    n->next->prev = n->prev;
    n->next = n;
    n->prev = n;
}

/* Move every element of h onto the (empty) list n, leaving h empty. */
static inline void nd_queue_move(nd_queue_t *h, nd_queue_t *n) {
    if (nd_queue_empty(h)) {
        nd_queue_init(n);
        return;
    }
    n->next = h->next;
    n->prev = h->prev;
    n->next->prev = n;
    n->prev->next = n;
    nd_queue_init(h);
}

#endif
