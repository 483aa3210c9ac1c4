/*
 * worker.h - worker_threads in C: one thread, one engine per Worker.
 *
 * The binding internalBinding('worker') (worker.c) starts workers, carries
 * their messages both ways and ends them; modules/worker_threads.js builds
 * Node's API on it.  Messages are bytes made by engine/clone.c.
 *
 * Threading rules (the full story is at the top of worker.c): no JS value
 * ever crosses threads; the two sides of a worker share one struct whose
 * queues are protected by its mutex, and a sender wakes the receiving loop
 * with nd_async_send(); a worker's heap is created and destroyed on its own
 * thread.
 */
#ifndef ND_WORKER_H
#define ND_WORKER_H

#include "duktape.h"

duk_ret_t nd_mod_worker_open(duk_context *ctx);

#endif
