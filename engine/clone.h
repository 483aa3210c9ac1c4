/*
 * clone.h - the structured clone of worker_threads messages, in C.
 *
 * A value of one heap is turned into a flat byte string (serialize) that
 * another heap, on another thread, turns back into an equal value
 * (deserialize).  The bytes are the only thing that crosses threads: no JS
 * value, no heap pointer.  The format is private to nodule and described
 * in clone.c.
 *
 * Cloneable: undefined, null, booleans, numbers, strings, plain objects and
 * arrays (own enumerable string keys; other objects lose their prototype),
 * Date, RegExp, Map, Set (nodule's own, from internal/collections), Error
 * and its standard subtypes, ArrayBuffer, typed arrays, DataView and Buffer
 * (which arrives as a Uint8Array, as in Node).  Shared references and
 * cycles are kept.  MessagePorts are written as references to the list of
 * transferred ports that travels beside the bytes (engine/port.c).
 * Functions and symbols throw a DataCloneError.
 *
 * Threading: each call uses only the ctx it is given.
 */
#ifndef ND_CLONE_H
#define ND_CLONE_H

#include <stddef.h>

#include "duktape.h"

/* Deeper nesting throws RangeError, on either side. */
#define ND_CLONE_MAX_DEPTH 1000

/* Serialize the value at idx and push a plain buffer holding the bytes.
 * ports_idx is an array of the MessagePorts being transferred (or
 * DUK_INVALID_INDEX for none): each is written as its index in that array.
 * buffers_idx is an array of the ArrayBuffers being transferred (or
 * DUK_INVALID_INDEX): their bytes are copied like any other's (the caller
 * detaches them afterwards, duk_detach.h), but a detached ArrayBuffer may
 * only appear in the value if it is listed there.
 * Throws DataCloneError ("... could not be cloned.") for a value that has
 * no clone, a MessagePort not in ports or a detached ArrayBuffer not in
 * buffers, or whatever a getter of the value throws. */
void nd_clone_serialize(duk_context *ctx, duk_idx_t idx, duk_idx_t ports_idx,
                        duk_idx_t buffers_idx);

/* Push the value that the len bytes at data describe; ports_idx is the
 * array of MessagePorts the sender's ports became here (or
 * DUK_INVALID_INDEX).  Throws a TypeError for bytes that are not a valid
 * serialization. */
void nd_clone_deserialize(duk_context *ctx, const void *data, size_t len,
                          duk_idx_t ports_idx);

/* The heap stash key of the MessagePort constructor, once worker_threads
 * has registered it: the writer refuses a port it is not told to
 * transfer. */
#define ND_CLONE_STASH_PORT DUK_HIDDEN_SYMBOL("clonePort")

/* Push a DataCloneError with the message "<what> could not be cloned."
 * (or message as is when what is NULL). */
void nd_clone_push_error(duk_context *ctx, const char *what,
                         const char *message);

#endif
