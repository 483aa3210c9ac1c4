/*
 * port.h - MessagePorts in an engine: the handles that hold channel ends
 * (channel.h) on this engine's loop, and moving them in and out of
 * messages.
 *
 * internalBinding('messaging') (port.c) gives engine/js/worker_port.js the
 * handles it builds MessagePort on; worker.c uses the functions below to
 * carry transferred ends inside its own messages; broadcast.c makes its
 * members' handles with nd__end_push_handle().
 *
 * Threading: the engine's thread.
 */
#ifndef ND_PORT_H
#define ND_PORT_H

#include "duktape.h"

#include "channel.h"

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

/* Push a messaging handle (the same as a MessagePort's) holding end in
 * this engine, started or not.  Takes end; throws if out of memory. */
void nd__end_push_handle(duk_context *ctx, nd_end_t *end, int started);

duk_ret_t nd_mod_messaging_open(duk_context *ctx);
duk_ret_t nd_mod_broadcast_open(duk_context *ctx);

#endif
