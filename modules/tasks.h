/*
 * tasks.h - queueing a nextTick callback from C (modules/tasks.c).
 *
 * The queue is the engine's tick array (internalBinding('tasks').ticks,
 * run by engine/js/tasks.js); its entries' format is described in
 * tasks.c.
 *
 * Threading: the engine's thread.
 */
#ifndef ND_TASKS_H
#define ND_TASKS_H

#include "duktape.h"

/* Queue the tick fn(arg): what process.nextTick(fn, arg) does, for a fn
 * already known to be a function.  The stack is left as it was. */
void nd_tick_push1(duk_context *ctx, duk_idx_t fn_idx, duk_idx_t arg_idx);

#endif
