/*
 * port.h - MessageChannel's two ends, which may live in different engines
 * (threads) and move between them inside messages.
 *
 * A channel is a pair of ends.  Each end has a queue of the messages sent
 * to it, in C, protected by the channel's mutex; a sender appends to the
 * other end's queue and wakes the loop that currently holds that end
 * (nd_async_send).  An end is held by exactly one thing at a time: a
 * MessagePort in some engine, or a message in flight that transfers it.
 * The rules in full are at the top of port.c.
 *
 * internalBinding('messaging') (port.c) gives modules/worker_threads.js
 * the handles it builds MessagePort on; worker.c uses the functions below
 * to carry transferred ends inside its own messages.
 */
#ifndef ND_PORT_H
#define ND_PORT_H

#include <stddef.h>

#include "duktape.h"

/* One end of a channel, held by one owner (a port handle or a message). */
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
/* Free m; ends it still holds are closed (their peers see 'close'). */
void nd__msg_free(nd_msg_t *m);

/* Detach the port handles in the array at idx from this engine into m
 * (which must have no ends yet); each one's MessagePort becomes closed
 * here, without a 'close' event.  Throws DataCloneError, before detaching
 * anything, if a handle is closed or listed twice. */
void nd__msg_take_ports(duk_context *ctx, duk_idx_t idx, nd_msg_t *m);
/* The same, protected: 0, or -1 with the error pushed (m keeps the ends
 * it got, to be freed with it). */
int nd__msg_take_ports_safe(duk_context *ctx, duk_idx_t idx, nd_msg_t *m);
/* Deserialize m in this engine and push the value; its ends become
 * MessagePorts here (m no longer holds them).  Throws like
 * nd_clone_deserialize. */
void nd__msg_push_value(duk_context *ctx, nd_msg_t *m);

/* For BroadcastChannel (broadcast.c): an end that only receives, alone
 * in its channel; released(end), if given, is called when its holder lets
 * go of it, before it is closed.  NULL if out of memory. */
nd_end_t *nd__end_new_solo(void (*released)(nd_end_t *end));
/* Append m to end's own queue and wake its holder (takes m; dropped if
 * the end is closed).  Any thread. */
void nd__end_deliver(nd_end_t *end, nd_msg_t *m);
/* Push a messaging handle (the same as a MessagePort's) holding end in
 * this engine, started or not.  Takes end; throws if out of memory. */
void nd__end_push_handle(duk_context *ctx, nd_end_t *end, int started);

duk_ret_t nd_mod_messaging_open(duk_context *ctx);
duk_ret_t nd_mod_broadcast_open(duk_context *ctx);

#endif
