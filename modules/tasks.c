/*
 * tasks.c - internalBinding('tasks'): process.nextTick, and runTicks,
 * which runs its queue (engine/js/tasks.js owns the queue and decides
 * when it runs, with the microtasks).
 *
 * nextTick(callback, ...args) is called for nearly every asynchronous
 * step of streams, sockets and fs.  Written in JS it must read `arguments`
 * to collect the extra arguments, and in Duktape that builds an arguments
 * object on every call, which costs more than the rest of nextTick.  A C
 * function sees its arguments on the value stack for free.
 *
 * The queue is one JS array per engine, made here and given to JS as the
 * binding's `ticks` (engine/js/tasks.js's queue), each tick appended at
 * its end: [fn, 0] calls fn(); [fn, 1, x] calls fn(x); [fn, args] (an
 * array) calls fn(...args).  So a tick with one argument, the usual
 * nextTick(fn, x), allocates nothing.  C code finds the queue through the
 * engine's "tasks" state (nd_tick_push1()); the binding object, which the
 * loader keeps for the engine's life, keeps the array alive.  A callback
 * that is not a function goes to the JS function in nextTick's `invalid`
 * property, which throws Node's ERR_INVALID_ARG_TYPE.
 *
 * Threading: the engine's thread.
 */
#include <stdlib.h>

#include "../engine/check.h"
#include "../engine/duk_fast.h"
#include "../engine/engine.h"
#include "tasks.h"

/* The engine's queue. */
typedef struct {
    nd_engine_state_t base;
    void *queue; /* the ticks array (heap pointer; the binding holds it) */
} tasks_state_t;

static void tasks_close(nd_engine_t *e, nd_engine_state_t *st) {
    (void)e;
    free(st);
}

/* Push the engine's tick queue. */
static void push_queue(duk_context *ctx) {
    tasks_state_t *st =
        (tasks_state_t *)nd_engine_find_state(nd_engine_get(ctx), "tasks");

    if (st == NULL)
        (void)duk_error(ctx, DUK_ERR_ERROR, "nextTick queue is missing");
    duk_push_heapptr(ctx, st->queue);
}

/* Append [fn, 1, arg] to the queue at queue_idx. */
static void append1(duk_context *ctx, duk_idx_t queue_idx, duk_idx_t fn_idx,
                    duk_idx_t arg_idx) {
    duk_uarridx_t len;

    queue_idx = duk_normalize_index(ctx, queue_idx);
    fn_idx = duk_normalize_index(ctx, fn_idx);
    arg_idx = duk_normalize_index(ctx, arg_idx);
    len = (duk_uarridx_t)duk_get_length(ctx, queue_idx);
    duk_dup(ctx, fn_idx);
    duk_put_prop_index(ctx, queue_idx, len);
    duk_push_int(ctx, 1);
    duk_put_prop_index(ctx, queue_idx, len + 1);
    duk_dup(ctx, arg_idx);
    duk_put_prop_index(ctx, queue_idx, len + 2);
}

/* see tasks.h */
void nd_tick_push1(duk_context *ctx, duk_idx_t fn_idx, duk_idx_t arg_idx) {
    fn_idx = duk_normalize_index(ctx, fn_idx);
    arg_idx = duk_normalize_index(ctx, arg_idx);
    push_queue(ctx);
    append1(ctx, -1, fn_idx, arg_idx);
    duk_pop(ctx);
}

/* nextTick(callback, ...args) */
static duk_ret_t t_next_tick(duk_context *ctx) {
    duk_idx_t argc = duk_get_top(ctx);
    duk_idx_t i;
    duk_uarridx_t len;

    if (argc == 0) { /* nextTick(): the callback is undefined */
        duk_push_undefined(ctx);
        argc = 1;
    }
    if (!duk_is_function(ctx, 0)) {
        duk_push_current_function(ctx);
        nd_duk_get_literal(ctx, -1, "invalid");
        duk_dup(ctx, 0);
        duk_call(ctx, 1); /* throws */
        return 0;
    }
    push_queue(ctx); /* [args... queue] */
    if (argc == 2) { /* fn, 1, arg */
        append1(ctx, -1, 0, 1);
        return 0;
    }
    len = (duk_uarridx_t)duk_get_length(ctx, -1);
    duk_dup(ctx, 0);
    duk_put_prop_index(ctx, -2, len);
    if (argc > 2) { /* fn, [args...] */
        duk_push_array(ctx);
        for (i = 1; i < argc; i++) {
            duk_dup(ctx, i);
            duk_put_prop_index(ctx, -2, (duk_uarridx_t)(i - 1));
        }
        duk_put_prop_index(ctx, -2, len + 1);
        return 0;
    }
    duk_push_int(ctx, 0); /* fn, 0 */
    duk_put_prop_index(ctx, -2, len + 1);
    return 0;
}

/* Clear the queue's slots [from, to). */
static void clear_slots(duk_context *ctx, duk_idx_t queue, duk_uarridx_t from,
                        duk_uarridx_t to) {
    for (; from < to; from++) {
        duk_push_undefined(ctx);
        duk_put_prop_index(ctx, queue, from);
    }
}

/* runTicks(): run the queue in order, ticks queued meanwhile included,
 * then empty it.  Each tick's slots are cleared before it runs, so what it
 * held can be freed.  A tick that throws ends the run: the ticks before
 * it leave the queue (queue.splice(0, n)), the rest stay for the next
 * run, and the error goes on. */
static duk_ret_t t_run_ticks(duk_context *ctx) {
    enum { R_QUEUE = 0 };
    duk_uarridx_t head = 0, n, i;
    duk_idx_t nargs;

    duk_set_top(ctx, 0);
    push_queue(ctx); /* R_QUEUE */
    while (head < (duk_uarridx_t)duk_get_length(ctx, R_QUEUE)) {
        duk_get_prop_index(ctx, R_QUEUE, head);     /* fn */
        duk_get_prop_index(ctx, R_QUEUE, head + 1); /* how */
        if (duk_is_number(ctx, -1) && duk_get_int(ctx, -1) == 1) {
            duk_pop(ctx);
            duk_get_prop_index(ctx, R_QUEUE, head + 2); /* [fn x] */
            clear_slots(ctx, R_QUEUE, head, head + 3);
            head += 3;
            nargs = 1;
        } else {
            clear_slots(ctx, R_QUEUE, head, head + 2);
            head += 2;
            if (duk_is_array(ctx, -1)) { /* [fn args] -> [fn args...] */
                n = (duk_uarridx_t)duk_get_length(ctx, -1);
                duk_require_stack(ctx, (duk_idx_t)n + 1);
                for (i = 0; i < n; i++)
                    duk_get_prop_index(ctx, -1 - (duk_idx_t)i, i);
                duk_remove(ctx, -1 - (duk_idx_t)n);
                nargs = (duk_idx_t)n;
            } else { /* [fn 0] */
                duk_pop(ctx);
                nargs = 0;
            }
        }
        if (duk_pcall(ctx, nargs) != DUK_EXEC_SUCCESS) {
            nd_duk_get_literal(ctx, R_QUEUE, "splice");
            duk_dup(ctx, R_QUEUE);
            duk_push_uint(ctx, head);
            duk_push_int(ctx, 0);
            duk_swap(ctx, -1, -2); /* splice(0, head) */
            duk_call_method(ctx, 2);
            duk_pop(ctx);
            return duk_throw(ctx);
        }
        duk_pop(ctx);
    }
    duk_set_length(ctx, R_QUEUE, 0);
    return 0;
}

/* see engine.h */
duk_ret_t nd_mod_tasks_open(duk_context *ctx) {
    nd_engine_t *e = nd_engine_get(ctx);
    tasks_state_t *st;

    if (nd_engine_find_state(e, "tasks") != NULL)
        return duk_error(ctx, DUK_ERR_ERROR, "tasks binding opened twice");
    st = calloc(1, sizeof(*st));
    if (st == NULL)
        nd_throw_syserr(ctx, ND_ENOMEM, "tasks", NULL, NULL);
    st->base.name = "tasks";
    st->base.close = tasks_close;
    nd_engine_add_state(e, &st->base);
    duk_push_object(ctx);
    duk_push_array(ctx);
    st->queue = duk_get_heapptr(ctx, -1);
    duk_put_prop_literal(ctx, -2, "ticks");
    nd_push_native(ctx, t_next_tick, DUK_VARARGS, "nextTick", 1);
    duk_put_prop_literal(ctx, -2, "nextTick");
    nd_push_native(ctx, t_run_ticks, 0, "runTicks", 0);
    duk_put_prop_literal(ctx, -2, "runTicks");
    return 1;
}
