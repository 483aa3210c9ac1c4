/*
 * bridge.c - the one road from C into JavaScript.
 *
 * Every callback the loop delivers to JS (a timer, an immediate, an fs
 * completion, a signal) is made through nd_engine_call(), which does what
 * Node does around each such call (EVENT-LOOP-RULES rules 4, 5, 10, 11):
 *
 *   1. call the function with duk_pcall(), so nothing can longjmp past C;
 *   2. if it threw, give the error to bootstrap's fatal(): it emits
 *      'uncaughtException' when there is a listener, else it prints the
 *      report and the engine ends with exit code 1 (7 when the listener
 *      itself threw), after the 'exit' listeners ran;
 *   3. run bootstrap's drain(): the whole nextTick queue, then the whole
 *      microtask queue, repeated until both are empty; a throwing tick or
 *      an unhandled rejection goes through step 2 and the drain is repeated
 *      until it completes.  When its queues are all empty, as after most
 *      callbacks, the call into JS is skipped (drain_needed()).
 *
 *   4. collect garbage when the heap has grown by half since the bridge last
 *      did (maybe_collect()).
 *
 * A call made while JS is already running (depth > 0) skips steps 3 and
 * 4: ticks must not run in the middle of someone else's JS.  Once the engine is
 * exiting, the bridge calls nothing.
 *
 * Threading: the engine's thread only.
 */
#include <string.h>

#include "internal.h"
#include "../loop/sys.h"

/* see internal.h */
void nd__push_entry(nd_engine_t *e, const char *name) {
    duk_context *ctx = e->ctx;

    duk_push_heap_stash(ctx);
    duk_get_prop_string(ctx, -1, ND__STASH_ENTRIES);
    duk_get_prop_string(ctx, -1, name);
    duk_remove(ctx, -2);
    duk_remove(ctx, -2);
}

static void write_str(const char *s) {
    nd_sys_write_all(2, s, strlen(s));
}

/* Runs protected: value at -1 -> its stack trace (or String(value)). */
static duk_ret_t stack_of(duk_context *ctx, void *udata) {
    (void)udata;
    if (duk_is_error(ctx, -1)) {
        duk_get_prop_string(ctx, -1, "stack");
        if (duk_is_string(ctx, -1))
            return 1;
        duk_pop(ctx);
    }
    duk_to_string(ctx, -1);
    return 1;
}

/* see internal.h */
void nd__print_error(duk_context *ctx, duk_idx_t idx) {
    duk_dup(ctx, idx);
    if (duk_safe_call(ctx, stack_of, NULL, 1, 1) != DUK_EXEC_SUCCESS) {
        duk_pop(ctx);
        duk_push_string(ctx, "(an error that cannot be printed)");
    }
    write_str(duk_get_string(ctx, -1));
    write_str("\n");
    duk_pop(ctx);
}

/* see internal.h */
void nd__engine_exit(nd_engine_t *e, int code, int emit) {
    duk_context *ctx = e->ctx;

    if (e->exiting)
        return;
    if (emit) {
        /* 'exit' listeners; they may change process.exitCode, and the
         * returned value is the final status. */
        nd__push_entry(e, "emitExit");
        if (code < 0)
            duk_push_undefined(ctx);
        else
            duk_push_int(ctx, code);
        e->depth++;
        if (duk_pcall(ctx, 1) == DUK_EXEC_SUCCESS) {
            if (duk_is_number(ctx, -1))
                code = duk_get_int(ctx, -1);
        } else if (!e->exiting) {
            nd__print_error(ctx, -1); /* a listener threw: Node exits 1 */
            code = 1;
        }
        e->depth--;
        duk_pop(ctx);
        if (e->exiting) /* a listener called process.exit() */
            return;
    }
    if (code < 0)
        code = 0;
    e->exiting = 1;
    e->exit_code = code;
    nd_loop_stop(&e->loop);
    /* The main program ends right here, as Node does, when JS is still on
     * the stack (process.exit()) or work is still pending (a fatal error
     * with timers or requests left): nothing would come of waiting. */
    if (e->opts.hard_exit && (e->depth > 0 || nd_loop_alive(&e->loop))) {
        nd__workers_stop(e); /* no worker runs on while the process ends */
        nd_sys_exit(code);
    }
    /* Make any JS still on the C stack unwind: every instruction throws
     * from now on (see nd_engine_interrupted()). */
    atomic_store(&e->interrupt, 1);
}

/* The error at the top of the stack escaped a callback: route it, pop it. */
static void route_error(nd_engine_t *e) {
    duk_context *ctx = e->ctx;
    int code;

    if (e->exiting) { /* JS unwinding after process.exit() */
        duk_pop(ctx);
        return;
    }
    if (atomic_load(&e->terminated)) { /* nd_engine_terminate() */
        duk_pop(ctx);
        nd__engine_exit(e, 1, 0);
        return;
    }
    nd__push_entry(e, "fatal");
    duk_dup(ctx, -2);
    e->depth++;
    if (duk_pcall(ctx, 1) == DUK_EXEC_SUCCESS) {
        code = duk_to_boolean(ctx, -1) ? 0 : 1;
    } else {
        /* The 'uncaughtException' listener threw (or called exit). */
        if (!e->exiting)
            nd__print_error(ctx, -1);
        code = 7;
    }
    e->depth--;
    duk_pop_2(ctx);
    if (code != 0)
        nd__engine_exit(e, code, 1);
}

/* Note drain() and its queues (see nd_engine_s).  Queues not as expected
 * leave drain_nqueues at -1: drain() is then called every time. */
static void find_queues(nd_engine_t *e) {
    duk_context *ctx = e->ctx;
    duk_uarridx_t i, n;

    nd__push_entry(e, "drain");
    if (!duk_is_function(ctx, -1)) { /* not there yet: look again later */
        duk_pop(ctx);
        return;
    }
    e->drain_fn = duk_get_heapptr(ctx, -1);
    e->drain_nqueues = -1;
    duk_get_prop_literal(ctx, -1, "runTicks");
    e->ticks_fn = duk_is_function(ctx, -1) ? duk_get_heapptr(ctx, -1) : NULL;
    duk_pop(ctx);
    duk_get_prop_literal(ctx, -1, "queues");
    n = duk_is_array(ctx, -1) ? (duk_uarridx_t)duk_get_length(ctx, -1) : 0;
    if (n > 0 && n <= 4) {
        for (i = 0; i < n; i++) {
            duk_get_prop_index(ctx, -1, i);
            if (!duk_is_array(ctx, -1)) {
                duk_pop(ctx);
                break;
            }
            e->drain_queues[i] = duk_get_heapptr(ctx, -1);
            duk_pop(ctx);
        }
        if (i == n)
            e->drain_nqueues = (int)n;
    }
    duk_pop_2(ctx);
}

/* What is queued for drain()?  Its `queues` property lists the arrays it
 * empties (tasks.js); reading their lengths here is much cheaper than a
 * protected call into JS after every callback, most of which queue
 * nothing.  Returns 0 (nothing), 1 (ticks only: the first queue) or 2
 * (anything else, or anything unexpected). */
static int drain_needed(nd_engine_t *e) {
    duk_context *ctx = e->ctx;
    duk_uarridx_t i;
    int needed = 0;

    if (e->drain_nqueues == 0)
        find_queues(e);
    if (e->drain_nqueues <= 0)
        return 2;
    for (i = 0; i < (duk_uarridx_t)e->drain_nqueues && needed < 2; i++) {
        duk_push_heapptr(ctx, e->drain_queues[i]);
        if (duk_get_length(ctx, -1) > 0)
            needed = i == 0 ? 1 : 2;
        duk_pop(ctx);
    }
    return needed;
}

/* Empty the nextTick and microtask queues (rule 4).  When nextTick
 * callbacks are all there is, they run through drain.runTicks without
 * drain() around them, and the queues are looked at again afterwards:
 * the same order, one call into JS the fewer for the usual tick. */
static void drain(nd_engine_t *e) {
    duk_context *ctx = e->ctx;
    int needed, rc;

    while (!e->exiting && (needed = drain_needed(e)) != 0) {
        if (needed == 1 && e->ticks_fn != NULL)
            duk_push_heapptr(ctx, e->ticks_fn);
        else if (e->drain_fn != NULL)
            duk_push_heapptr(ctx, e->drain_fn);
        else
            nd__push_entry(e, "drain");
        e->depth++;
        rc = duk_pcall(ctx, 0);
        e->depth--;
        if (rc == DUK_EXEC_SUCCESS)
            duk_pop(ctx);
        else
            route_error(e);
    }
}

/* Duktape frees most garbage at once, by reference counting, but not
 * cycles: every function and its prototype make one, and so does an
 * object holding a closure that captured it.  Those wait for a
 * mark-and-sweep, which Duktape starts on its own only after a number of
 * allocations of about fifty times the live objects; a server that makes a
 * few closures per request grows by tens of megabytes before that.  So
 * between callbacks, where no C caller holds a pointer into the heap that
 * a collection could invalidate, the bridge collects whenever the heap
 * has grown by half since the last time, and by at least
 * ND__GC_MIN_GROWTH: the cost stays proportional to what was allocated,
 * and the heap at most about one and a half times what is live.  (Half,
 * not double: a burst of cyclic garbage, such as a thousand sockets
 * closed by code that holds them in closures, then costs a server half
 * as much peak memory, which is what deployments measure.) */
#define ND__GC_MIN_GROWTH (2u << 20)

static void maybe_collect(nd_engine_t *e) {
    size_t growth;

    if (e->heap_bytes <= e->gc_next)
        return;
    if (e->gc_next != 0)
        duk_gc(e->ctx, 0);
    growth = e->heap_bytes / 2;
    e->gc_next = e->heap_bytes +
                 (growth > ND__GC_MIN_GROWTH ? growth : ND__GC_MIN_GROWTH);
}

/* see engine.h */
int nd_engine_call(nd_engine_t *e, duk_idx_t nargs) {
    duk_context *ctx = e->ctx;
    int result = 0;

    if (e->exiting) {
        duk_pop_n(ctx, nargs + 1);
        duk_push_undefined(ctx);
        return ND_ECANCELED;
    }
    e->depth++;
    if (duk_pcall(ctx, nargs) != DUK_EXEC_SUCCESS) {
        e->depth--;
        route_error(e);
        duk_push_undefined(ctx);
        result = ND_EINVAL;
    } else {
        e->depth--;
    }
    if (e->depth == 0) {
        drain(e);
        maybe_collect(e);
    }
    return result;
}

/* see engine.h */
void nd_engine_call_status(nd_engine_t *e, nd_pin_t cb, int status) {
    duk_context *ctx = e->ctx;

    if (!e->exiting) {
        nd_pin_push(ctx, cb);
        duk_push_int(ctx, status);
        nd_engine_call(e, 1);
        duk_pop(ctx);
    }
    nd_unpin(ctx, cb);
}
