/*
 * stream_wrap.h - stream handles as JS sees them, shared by the native
 * modules whose handles are streams: stream_wrap.c itself (pipes), tty.c,
 * and tcp_wrap.c (tcp sockets, unix-domain servers and clients).
 *
 * A stream handle in JS is an opaque handle object (engine/check.h) of
 * type "Stream" for an nd__sw_t: a loop stream (pipe or tty, one union)
 * plus what the binding needs around it.  The handle object carries the
 * JS read callback and is pinned while the stream is open; the functions
 * of internalBinding('stream_wrap') (read, write, shutdown, close, ...)
 * work on every kind.  A module that makes a new kind allocates the box
 * with nd__sw_new(), initializes and opens the loop handle in it, then
 * hands it to JS with nd__sw_push().
 *
 * Threading: the engine's thread.
 */
#ifndef ND_STREAM_WRAP_H
#define ND_STREAM_WRAP_H

#include "../engine/check.h"
#include "../engine/engine.h"
#include "../loop/stream.h"
#include "../loop/tcp.h"
#include "../loop/tty.h"

typedef struct nd__sw_s {
    nd_engine_t *engine;
    nd_pin_t self; /* the JS handle object (it holds the read callback) */
    double bytes_written; /* by every write that succeeded */
    nd_queue_t link;      /* the engine's list of open stream handles */
    int has_sink;         /* reads go to a native sink (setSink) */
    const char *sink_base; /* the chunk being given to the sink */
    size_t sink_len;
    /* Last, and only as large as the kind needs (nd__sw_new): a tcp
     * socket's box does not pay for a terminal's. */
    union {
        nd_stream_t stream; /* every kind starts with it */
        nd_pipe_t pipe;
        nd_tty_t tty;
        nd_tcp_t tcp;
    } u;
} nd__sw_t;

/* A new, zeroed box for this engine whose loop handle is of
 * handle_size bytes (sizeof(nd_tcp_t), ...); throws ENOMEM. */
nd__sw_t *nd__sw_new(duk_context *ctx, size_t handle_size);
/* The same without throwing: NULL when out of memory (for a callback,
 * such as an accepted connection's, where throwing is not allowed). */
nd__sw_t *nd__sw_alloc(nd_engine_t *e, size_t handle_size);
/* The loop handle in sw is initialized and open: push the JS handle object
 * for it, with the function at onread_idx as its read callback (called
 * onread(handle, nread, chunk): nread > 0 bytes in chunk, a Uint8Array; a
 * negative code, the stream's end (EOF) or error).  The engine closes the
 * handle at exit if JS has not. */
void nd__sw_push(duk_context *ctx, nd__sw_t *sw, duk_idx_t onread_idx);
/* Free a box whose loop handle was closed before nd__sw_push(): a close
 * callback for that handle. */
void nd__sw_discard(nd_handle_t *h);
/* The open stream handle at idx, or a thrown ERR_INVALID_HANDLE. */
nd__sw_t *nd__sw_check(duk_context *ctx, duk_idx_t idx);

/* Sinks.  setSink(handle, fn, arg) makes every chunk the handle reads go
 * to fn(arg, handle), a native function, instead of to the JS read
 * callback: no Uint8Array is made and no JS runs unless fn calls some.
 * Inside fn, nd__sw_sink_chunk() gives the bytes, valid until fn
 * returns.  End of file and read errors still go to the read callback.
 * The http server's parser is the one sink (modules/http_parser.c). */
const char *nd__sw_sink_chunk(const nd__sw_t *sw, size_t *len);

#endif
