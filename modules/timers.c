/*
 * timers.c - internalBinding('timers'): loop timers and the immediate
 * hooks behind modules/timers.js.
 *
 * A JS Timeout is one loop timer (nd_timer_t) for as long as it is
 * scheduled: start() makes one, a one-shot timer's native half is closed
 * the moment it fires (before its callback runs), and close() ends it
 * early.  While scheduled, the timer's JS handle object is pinned; the
 * handle carries the Timeout itself (hidden "owner"), which C hands to
 * the JS dispatcher onTimeout(timeout) through the callback bridge.
 *
 * setImmediate keeps its FIFO queue in JS.  C owns two hooks per engine:
 *   - a check hook (unref'd) that runs the queue in the check phase, one
 *     immediate per bridge call, so nextTicks and microtasks drain between
 *     two immediates (EVENT-LOOP-RULES rule 5).  The first call of a check
 *     phase tells JS to take the queue as it stands; immediates queued
 *     while it runs wait for the next iteration (rule 7);
 *   - an idle hook, active only while ref'd immediates are queued: it keeps
 *     the loop alive and stops the poll phase from blocking.
 * JS switches the hooks with immediateState(pending, refed) when those two
 * facts change.
 *
 * varargs() makes the C entry points behind setTimeout, setInterval and
 * setImmediate, which gather the callback's extra arguments without an
 * `arguments` object (see t_call_varargs).
 *
 * Threading: the engine's thread.
 */
#include <stdlib.h>

#include "../engine/duk_fast.h"
#include "../engine/check.h"
#include "../engine/engine.h"

typedef struct {
    nd_engine_state_t base;
    nd_engine_t *engine;
    nd_hook_t check;
    nd_hook_t idle;
    int open_hooks;    /* hooks not yet closed; the state is freed at 0 */
    nd_queue_t timers; /* jstimer_t.link: every scheduled timer */
    nd_pin_t on_timeout;
    nd_pin_t on_immediate;
} tstate_t;

typedef struct {
    nd_timer_t timer;
    tstate_t *st;
    nd_pin_t pin; /* the JS handle object */
    nd_queue_t link;
} jstimer_t;

static const nd_handle_type_t timer_type = {"Timer"};

#define KEY_OWNER DUK_HIDDEN_SYMBOL("owner")

/* ---- timers ------------------------------------------------------------- */

static void timer_closed(nd_handle_t *h) {
    free(h->data);
}

/* The native half is done: stop it, free it, release the JS object.  The
 * caller clears the JS handle (nd_handle_clear) when it has it at hand. */
static void timer_release(jstimer_t *jt) {
    nd_queue_remove(&jt->link);
    nd_unpin(nd_engine_ctx(jt->st->engine), jt->pin);
    jt->pin = 0;
    nd_close(&jt->timer.h, timer_closed);
}

static void on_timer(nd_timer_t *t) {
    jstimer_t *jt = t->h.data;
    nd_engine_t *e = jt->st->engine;
    duk_context *ctx = nd_engine_ctx(e);

    nd_pin_push(ctx, jt->st->on_timeout);
    nd_pin_push(ctx, jt->pin);
    nd_duk_get_literal(ctx, -1, KEY_OWNER);
    if (t->repeat == 0) {
        /* One-shot: the native timer is finished before JS runs, so the
         * callback may start a new one (refresh()) freely. */
        nd_handle_clear(ctx, -2);
        timer_release(jt);
    }
    duk_remove(ctx, -2); /* [onTimeout owner] */
    nd_engine_call(e, 1);
    duk_pop(ctx);
}

static tstate_t *get_state(duk_context *ctx) {
    tstate_t *st =
        (tstate_t *)nd_engine_find_state(nd_engine_get(ctx), "timers");

    if (st == NULL) /* nd_mod_timers_open() always made it */
        nd_throw(ctx, DUK_ERR_ERROR, NULL, "timers binding not open");
    return st;
}

/* The loop works in whole milliseconds; JS has already coerced the delay
 * the way Node does (1 .. 2^31-1, fractions dropped). */
static uint64_t check_ms(duk_context *ctx, duk_idx_t idx, const char *name) {
    return (uint64_t)nd_check_integer(ctx, idx, name, 0, 2147483647);
}

/* start(owner, ms, repeatMs, ref) -> handle */
static duk_ret_t t_start(duk_context *ctx) {
    tstate_t *st = get_state(ctx);
    uint64_t ms = check_ms(ctx, 1, "ms");
    uint64_t repeat = check_ms(ctx, 2, "repeat");
    int ref = nd_check_bool(ctx, 3, "ref");
    nd_loop_t *loop = nd_engine_loop(st->engine);
    jstimer_t *jt;
    int rc;

    if (!duk_is_object(ctx, 0))
        return nd_throw_arg_type(ctx, 0, "owner", "an instance of Timeout");
    jt = calloc(1, sizeof(*jt));
    if (jt == NULL)
        return nd_throw_syserr(ctx, ND_ENOMEM, "setTimeout", NULL, NULL);
    rc = nd_timer_init(loop, &jt->timer);
    if (rc < 0) {
        free(jt);
        return nd_throw_syserr(ctx, rc, "setTimeout", NULL, NULL);
    }
    jt->st = st;
    jt->timer.h.data = jt;
    nd_queue_insert_tail(&st->timers, &jt->link);
    if (!ref)
        nd_unref(&jt->timer.h);
    /* Like Node, measure the delay from now, not from the start of the
     * iteration: the script may have run for a while. */
    nd_loop_update_time(loop);
    rc = nd_timer_start(&jt->timer, on_timer, ms, repeat);
    if (rc < 0) {
        timer_release(jt);
        return nd_throw_syserr(ctx, rc, "setTimeout", NULL, NULL);
    }
    nd_push_handle(ctx, jt, &timer_type);
    duk_dup(ctx, 0);
    duk_put_prop_literal(ctx, -2, KEY_OWNER);
    jt->pin = nd_pin(ctx, -1);
    return 1;
}

/* restart(handle, ms, repeatMs): refresh() of a scheduled timer */
static duk_ret_t t_restart(duk_context *ctx) {
    jstimer_t *jt = nd_check_handle(ctx, 0, &timer_type);
    uint64_t ms = check_ms(ctx, 1, "ms");
    uint64_t repeat = check_ms(ctx, 2, "repeat");
    int rc;

    nd_loop_update_time(nd_engine_loop(jt->st->engine));
    rc = nd_timer_start(&jt->timer, on_timer, ms, repeat);
    if (rc < 0)
        return nd_throw_syserr(ctx, rc, "setTimeout", NULL, NULL);
    return 0;
}

/* close(handle): clearTimeout().  A closed handle is ignored. */
static duk_ret_t t_close(duk_context *ctx) {
    jstimer_t *jt = nd_get_handle(ctx, 0, &timer_type);

    if (jt != NULL) {
        nd_handle_clear(ctx, 0);
        timer_release(jt);
    }
    return 0;
}

/* ref(handle, ref) */
static duk_ret_t t_ref(duk_context *ctx) {
    jstimer_t *jt = nd_check_handle(ctx, 0, &timer_type);

    if (nd_check_bool(ctx, 1, "ref"))
        nd_ref(&jt->timer.h);
    else
        nd_unref(&jt->timer.h);
    return 0;
}

/* ---- immediates --------------------------------------------------------- */

/* Check phase: run the immediates queued before it began, one per call. */
static void on_check(nd_hook_t *h) {
    tstate_t *st = h->h.data;
    nd_engine_t *e = st->engine;
    duk_context *ctx = nd_engine_ctx(e);
    int first = 1, more = 1;

    while (more && !nd_engine_exiting(e)) {
        nd_pin_push(ctx, st->on_immediate);
        duk_push_boolean(ctx, first);
        /* A throwing immediate has been taken off the queue already: keep
         * going with the rest of the batch. */
        if (nd_engine_call(e, 1) == 0)
            more = duk_to_boolean(ctx, -1);
        duk_pop(ctx);
        first = 0;
    }
}

static void on_idle(nd_hook_t *h) {
    (void)h; /* being active is its whole job */
}

/* immediateState(pending, refed) */
static duk_ret_t t_immediate_state(duk_context *ctx) {
    tstate_t *st = get_state(ctx);
    int pending = nd_check_bool(ctx, 0, "pending");
    int refed = nd_check_bool(ctx, 1, "refed");

    if (pending)
        nd_hook_start(&st->check, on_check);
    else
        nd_hook_stop(&st->check);
    if (pending && refed)
        nd_hook_start(&st->idle, on_idle);
    else
        nd_hook_stop(&st->idle);
    return 0;
}

/* setup(onTimeout, processImmediate): the two JS dispatchers */
static duk_ret_t t_setup(duk_context *ctx) {
    tstate_t *st = get_state(ctx);

    nd_check_function(ctx, 0, "onTimeout");
    nd_check_function(ctx, 1, "processImmediate");
    nd_unpin(ctx, st->on_timeout);
    nd_unpin(ctx, st->on_immediate);
    st->on_timeout = nd_pin(ctx, 0);
    st->on_immediate = nd_pin(ctx, 1);
    return 0;
}

/* ---- entry points with extra arguments ---------------------------------- */

/* setTimeout(callback, after, ...args) and its kin take any number of
 * arguments for the callback.  Written in JS they must read `arguments`,
 * which in Duktape builds an object on every call; a C function sees its
 * arguments on the value stack.  The C function made by varargs() calls
 * its `target` (a JS function) with its first `fixed` arguments and then
 * an array of the rest, or undefined when there are none. */
static duk_ret_t t_call_varargs(duk_context *ctx) {
    duk_idx_t argc = duk_get_top(ctx);
    duk_idx_t fixed, i;

    duk_push_current_function(ctx);
    duk_get_prop_literal(ctx, -1, DUK_HIDDEN_SYMBOL("fixed"));
    fixed = (duk_idx_t)duk_get_int(ctx, -1);
    duk_pop(ctx);
    duk_get_prop_literal(ctx, -1, DUK_HIDDEN_SYMBOL("target"));
    duk_require_stack(ctx, fixed + 2);
    for (i = 0; i < fixed; i++) {
        if (i < argc)
            duk_dup(ctx, i);
        else
            duk_push_undefined(ctx);
    }
    if (argc > fixed) {
        duk_push_array(ctx);
        for (i = fixed; i < argc; i++) {
            duk_dup(ctx, i);
            duk_put_prop_index(ctx, -2, (duk_uarridx_t)(i - fixed));
        }
    } else {
        duk_push_undefined(ctx);
    }
    duk_call(ctx, fixed + 1);
    return 1;
}

/* varargs(target, fixed, length) -> a C function named like target, whose
 * `length` is length (Node's setTimeout.length is 5). */
static duk_ret_t t_varargs(duk_context *ctx) {
    duk_idx_t fixed = (duk_idx_t)nd_check_integer(ctx, 1, "fixed", 0, 8);
    int length = (int)nd_check_integer(ctx, 2, "length", 0, 8);

    nd_check_function(ctx, 0, "target");

    duk_get_prop_literal(ctx, 0, "name");
    nd_push_native(ctx, t_call_varargs, DUK_VARARGS,
                   duk_is_string(ctx, -1) ? duk_get_string(ctx, -1) : "",
                   length);
    duk_remove(ctx, -2); /* the name */
    duk_push_int(ctx, (duk_int_t)fixed);
    duk_put_prop_literal(ctx, -2, DUK_HIDDEN_SYMBOL("fixed"));
    duk_dup(ctx, 0);
    duk_put_prop_literal(ctx, -2, DUK_HIDDEN_SYMBOL("target"));
    return 1;
}

/* ---- per-engine state --------------------------------------------------- */

static void hook_closed(nd_handle_t *h) {
    tstate_t *st = h->data;

    if (--st->open_hooks == 0)
        free(st);
}

static void tstate_close(nd_engine_t *e, nd_engine_state_t *base) {
    tstate_t *st = (tstate_t *)base;
    duk_context *ctx = nd_engine_ctx(e);

    while (!nd_queue_empty(&st->timers))
        timer_release(
            ND_QUEUE_DATA(nd_queue_head(&st->timers), jstimer_t, link));
    nd_unpin(ctx, st->on_timeout);
    nd_unpin(ctx, st->on_immediate);
    nd_close(&st->check.h, hook_closed);
    nd_close(&st->idle.h, hook_closed);
}

static const duk_function_list_entry funcs[] = {
    {"close", t_close, 1}, {"immediateState", t_immediate_state, 2},
    {"ref", t_ref, 2},     {"restart", t_restart, 3},
    {"setup", t_setup, 2}, {"start", t_start, 4},
    {"varargs", t_varargs, 3}, {NULL, NULL, 0}};

/* see engine.h */
duk_ret_t nd_mod_timers_open(duk_context *ctx) {
    nd_engine_t *e = nd_engine_get(ctx);
    nd_loop_t *loop = nd_engine_loop(e);
    tstate_t *st;

    if (nd_engine_find_state(e, "timers") == NULL) {
        st = calloc(1, sizeof(*st));
        if (st == NULL)
            return nd_throw_syserr(ctx, ND_ENOMEM, "setTimeout", NULL, NULL);
        st->base.name = "timers";
        st->base.close = tstate_close;
        st->engine = e;
        nd_queue_init(&st->timers);
        nd_check_init(loop, &st->check);
        nd_idle_init(loop, &st->idle);
        st->check.h.data = st;
        st->idle.h.data = st;
        st->open_hooks = 2;
        /* Immediates keep the loop alive through the idle hook only. */
        nd_unref(&st->check.h);
        nd_engine_add_state(e, &st->base);
    }
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, funcs);
    return 1;
}
