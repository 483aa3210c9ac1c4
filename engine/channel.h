/*
 * channel.h - the cross-thread half of MessageChannel: channels of two
 * ends, each end with a queue of the messages sent to it, protected by
 * the channel's mutex (channel.c, where the rules are written out).
 *
 * An end is held by one owner at a time: a port handle in some engine
 * (port.c), which gives the end its async handle to be woken with, or a
 * message in flight that transfers it.  Any thread may send; only the
 * owner takes messages.  No Duktape here: messages are bytes.
 */
#ifndef ND_CHANNEL_H
#define ND_CHANNEL_H

#include <stddef.h>

#include "../loop/loop.h"

/* One end of a channel. */
typedef struct nd_end_s nd_end_t;

/* A message between threads: clone bytes and the ends it transfers. */
typedef struct nd_msg_s {
    struct nd_msg_s *next;
    int kind;
    int code;
    nd_end_t **ends; /* owned; NULL when nends is 0 */
    int nends;
    size_t len;
    unsigned char data[];
} nd_msg_t;

/* A message with a copy of len bytes at data and no ends; NULL if out of
 * memory. */
nd_msg_t *nd__msg_new(int kind, const void *data, size_t len);
/* Free m; ends it still holds are let go of (their peers see 'close'). */
void nd__msg_free(nd_msg_t *m);

/* A new channel: its two ends in *a and *b, held by the caller.  0 or
 * ND_ENOMEM. */
int nd__channel_new(nd_end_t **a, nd_end_t **b);
/* For BroadcastChannel: an end that only receives, alone in its channel;
 * released(end), if given, is called when its holder lets go of it,
 * before it is closed, with no lock held.  NULL if out of memory. */
nd_end_t *nd__end_new_solo(void (*released)(nd_end_t *end));
/* Is end one of nd__end_new_solo()'s? */
int nd__end_is_solo(const nd_end_t *end);

/* Append m to the queue of end's peer / of end itself, and wake its
 * holder.  Takes m; dropped if the channel is closed.  Any thread. */
void nd__end_send(nd_end_t *end, nd_msg_t *m);
void nd__end_deliver(nd_end_t *end, nd_msg_t *m);
/* The holder: take the oldest message sent to end, or NULL; *closed tells
 * whether the channel is closed. */
nd_msg_t *nd__end_take(nd_end_t *end, int *closed);
/* The holder: is the channel closed? */
int nd__end_closed(nd_end_t *end);
/* The holder: wake is the async to send when a message comes or the
 * channel closes (NULL: none, before the holder closes it or gives the
 * end away).  Returns whether something is there already. */
int nd__end_watch(nd_end_t *end, nd_async_t *wake);
/* Close the channel: both ends' holders are woken to see it. */
void nd__end_close(nd_end_t *end);
/* The holder lets go of end (after nd__end_watch(end, NULL)): the channel
 * closes, and the last end let go of frees it. */
void nd__end_release(nd_end_t *end);

#endif
