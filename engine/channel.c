/*
 * channel.c - the cross-thread half of MessageChannel: channels, their two
 * ends with a queue each, and the messages between them (channel.h).  The
 * engine's half, port handles and the binding, is port.c.
 *
 * Cross-thread rules (the same as worker.c's, for ports):
 *   - No JS value ever crosses threads: a message is clone bytes
 *     (engine/clone.c) plus the ends it transfers (nd_msg_t).
 *   - A channel has one mutex.  It guards both ends' queues, their
 *     'closed' flags and their wake pointers; nothing else of a channel
 *     changes after it is made.
 *   - An end is held by exactly one owner: a port handle in one engine
 *     (which runs on one thread) or a message in flight.  Only the owner
 *     takes messages from the end's queue.  Any thread may append to it.
 *   - A sender appends under the mutex and, if the receiving end is held
 *     by a port handle, wakes that handle's loop with nd_async_send() (the
 *     only loop call allowed from another thread), also under the mutex.
 *     A handle publishes its async (nd__end_watch) under the mutex once it
 *     can be woken, and withdraws it under the mutex before closing it; so
 *     a sender never wakes a handle that is gone.  An end in flight has no
 *     wake: its messages wait in the queue until a handle adopts it.
 *   - Closing an end marks both ends closed and wakes both holders; each
 *     emits 'close' on its own thread, from its own loop.  The queue of an
 *     end that no handle holds is freed then: nobody would read it, and a
 *     message there may hold an end of the same channel (a cycle).
 *   - The channel counts its live ends; the owner that lets go of the
 *     last one frees the channel and whatever is still queued.
 */
#include <stdlib.h>
#include <string.h>

#include "channel.h"
#include "../loop/loop.h"
#include "../pool/thread.h"

typedef struct channel_s channel_t;

struct nd_end_s {
    channel_t *ch;
    int side;                        /* 0 or 1: the peer is ch->ends[!side] */
    nd_msg_t *head, *tail;           /* (L) messages sent to this end */
    nd_async_t *wake;                /* (L) the holder's async, or NULL */
    int closed;                      /* (L) no more messages either way */
    void (*released)(nd_end_t *end); /* set once, before it is shared */
};

struct channel_s {
    nd_mutex_t lock;
    int live; /* (L) ends not yet let go of (0..2) */
    nd_end_t ends[2];
};

/* ---- messages ----------------------------------------------------------- */

/* see channel.h */
nd_msg_t *nd__msg_new(int kind, const void *data, size_t len) {
    nd_msg_t *m = malloc(sizeof(*m) + len);

    if (m == NULL)
        return NULL;
    memset(m, 0, sizeof(*m));
    m->kind = kind;
    m->len = len;
    if (len > 0)
        memcpy(m->data, data, len);
    return m;
}

/* see channel.h */
void nd__msg_free(nd_msg_t *m) {
    int i;

    if (m == NULL)
        return;
    for (i = 0; i < m->nends; i++)
        if (m->ends[i] != NULL)
            nd__end_release(m->ends[i]);
    free(m->ends);
    free(m);
}

/* ---- channels and ends -------------------------------------------------- */

/* A channel with ends live ends (2; 1: only ends[0], which receives). */
static channel_t *channel_new(int ends) {
    channel_t *ch = calloc(1, sizeof(*ch));

    if (ch == NULL)
        return NULL;
    if (nd_mutex_init(&ch->lock) != 0) {
        free(ch);
        return NULL;
    }
    ch->live = ends;
    ch->ends[0].ch = ch;
    ch->ends[1].side = 1;
    ch->ends[1].ch = ch;
    return ch;
}

/* Free a list of messages (they may hold ends, of this or other channels:
 * call without any channel lock). */
static void free_list(nd_msg_t *m) {
    nd_msg_t *next;

    for (; m != NULL; m = next) {
        next = m->next;
        nd__msg_free(m);
    }
}

/* Under the lock: close both ends, wake their holders, and take the
 * queues of the ends that no handle holds (in flight, or being let go
 * of): nobody will read them, and a message there may hold an end of
 * this very channel, a cycle that would otherwise never be freed.
 * Returns them as one list for free_list(). */
static nd_msg_t *close_locked(channel_t *ch) {
    nd_msg_t *dropped = NULL;
    nd_end_t *end;
    int i;

    for (i = 0; i < 2; i++) {
        end = &ch->ends[i];
        end->closed = 1;
        if (end->wake != NULL) {
            nd_async_send(end->wake);
        } else if (end->head != NULL) {
            end->tail->next = dropped;
            dropped = end->head;
            end->head = end->tail = NULL;
        }
    }
    return dropped;
}

/* see channel.h */
void nd__end_close(nd_end_t *end) {
    channel_t *ch = end->ch;
    nd_msg_t *dropped;

    nd_mutex_lock(&ch->lock);
    dropped = close_locked(ch);
    nd_mutex_unlock(&ch->lock);
    free_list(dropped);
}

/* see channel.h */
void nd__end_release(nd_end_t *end) {
    channel_t *ch = end->ch;
    nd_msg_t *dropped;
    int live, i;

    if (end->released != NULL)
        end->released(end);
    nd_mutex_lock(&ch->lock);
    dropped = close_locked(ch);
    live = --ch->live;
    nd_mutex_unlock(&ch->lock);
    free_list(dropped); /* may release ends of this or other channels */
    if (live > 0)
        return;
    for (i = 0; i < 2; i++)
        free_list(ch->ends[i].head);
    nd_mutex_destroy(&ch->lock);
    free(ch);
}

/* see channel.h */
void nd__end_deliver(nd_end_t *to, nd_msg_t *m) {
    channel_t *ch = to->ch;

    nd_mutex_lock(&ch->lock);
    if (to->closed) {
        nd_mutex_unlock(&ch->lock);
        nd__msg_free(m);
        return;
    }
    if (to->tail != NULL)
        to->tail->next = m;
    else
        to->head = m;
    to->tail = m;
    if (to->wake != NULL)
        nd_async_send(to->wake);
    nd_mutex_unlock(&ch->lock);
}

/* see channel.h */
void nd__end_send(nd_end_t *end, nd_msg_t *m) {
    nd__end_deliver(&end->ch->ends[!end->side], m);
}

/* see channel.h */
nd_end_t *nd__end_new_solo(void (*released)(nd_end_t *end)) {
    channel_t *ch = channel_new(1);

    if (ch == NULL)
        return NULL;
    ch->ends[0].released = released;
    return &ch->ends[0];
}

/* see channel.h */
int nd__channel_new(nd_end_t **a, nd_end_t **b) {
    channel_t *ch = channel_new(2);

    if (ch == NULL)
        return ND_ENOMEM;
    *a = &ch->ends[0];
    *b = &ch->ends[1];
    return 0;
}

/* see channel.h */
nd_msg_t *nd__end_take(nd_end_t *end, int *closed) {
    channel_t *ch = end->ch;
    nd_msg_t *m;

    nd_mutex_lock(&ch->lock);
    m = end->head;
    if (m != NULL) {
        end->head = m->next;
        if (end->head == NULL)
            end->tail = NULL;
        m->next = NULL;
    }
    *closed = end->closed;
    nd_mutex_unlock(&ch->lock);
    return m;
}

/* see channel.h */
int nd__end_watch(nd_end_t *end, nd_async_t *wake) {
    channel_t *ch = end->ch;
    int pending;

    nd_mutex_lock(&ch->lock);
    end->wake = wake;
    pending = wake != NULL && (end->head != NULL || end->closed);
    nd_mutex_unlock(&ch->lock);
    return pending;
}

/* see channel.h */
int nd__end_closed(nd_end_t *end) {
    int closed;

    nd_mutex_lock(&end->ch->lock);
    closed = end->closed;
    nd_mutex_unlock(&end->ch->lock);
    return closed;
}

/* see channel.h */
int nd__end_is_solo(const nd_end_t *end) {
    return end->released != NULL;
}
