/*
 * events.c - internalBinding('events'): the fast path of
 * EventEmitter.prototype.emit (modules/events.js).
 *
 * emit(type, ...args) is called for every 'data', 'end', 'connection' and
 * request in the runtime, so its cost is paid by every module.  Written in
 * JS it must read `arguments` to learn how many arguments it was given,
 * and in Duktape that builds an arguments object on every call, which
 * costs several times the rest of the emit.  A C function sees its
 * arguments on the value stack for free, so this one does the common
 * case: look the name up in `this._events`, and call the one listener, or
 * a snapshot of the listener array (taken on the value stack, so no array
 * is allocated), with exactly the arguments given.
 *
 * Everything else goes to the JS function stored as the `slow` property
 * of this function: emitting 'error' (which throws when nobody listens and
 * feeds events.errorMonitor), an emitter without `_events`, and a `_events`
 * entry that is not an object.  An object entry that is not a function is
 * read as an array-like by its length, as Node's copy of it does.  The semantics are Node's
 * in both paths; events.js documents them.
 *
 * Threading: the engine's thread.
 */
#include "../engine/duk_fast.h"
#include "../engine/engine.h"

/* Call the JS slow path with this function's own `this` and arguments. */
static duk_ret_t emit_slow(duk_context *ctx, duk_idx_t argc) {
    duk_idx_t i;

    duk_push_current_function(ctx);
    nd_duk_get_literal(ctx, -1, "slow");
    duk_remove(ctx, -2);
    duk_push_this(ctx);
    for (i = 0; i < argc; i++)
        duk_dup(ctx, i);
    duk_call_method(ctx, argc);
    return 1;
}

/* emit(type, ...args) -> true if there were listeners */
static duk_ret_t ev_emit(duk_context *ctx) {
    duk_idx_t argc = duk_get_top(ctx);
    duk_idx_t handler, i, n, k;

    if (argc == 0) { /* emit() emits `undefined`, as in Node */
        duk_push_undefined(ctx);
        argc = 1;
    }
    if (duk_is_string(ctx, 0)) {
        duk_size_t len;
        const char *s = duk_get_lstring(ctx, 0, &len);
        if (len == 5 && s[0] == 'e' && s[1] == 'r' && s[2] == 'r' &&
            s[3] == 'o' && s[4] == 'r')
            return emit_slow(ctx, argc);
    }
    duk_push_this(ctx);
    nd_duk_get_literal(ctx, -1, "_events");
    if (!duk_is_object(ctx, -1)) {
        duk_pop_2(ctx);
        return emit_slow(ctx, argc);
    }
    duk_dup(ctx, 0);
    nd_duk_get_prop(ctx, -2); /* [args... this events handler] */
    handler = duk_get_top_index(ctx);
    if (duk_is_undefined(ctx, handler)) {
        duk_push_false(ctx);
        return 1;
    }
    if (duk_is_function(ctx, handler)) {
        duk_dup(ctx, handler - 2); /* this */
        duk_require_stack(ctx, argc);
        for (i = 1; i < argc; i++)
            duk_dup(ctx, i);
        duk_call_method(ctx, argc - 1);
        duk_push_true(ctx);
        return 1;
    }
    if (!duk_is_object(ctx, handler)) {
        duk_set_top(ctx, argc);
        return emit_slow(ctx, argc);
    }
    /* Snapshot the listeners (an array, or whatever object a library put
     * there, read by its length) on the value stack: listeners added or
     * removed by a listener take effect from the next emit. */
    n = (duk_idx_t)duk_get_length(ctx, handler);
    duk_require_stack(ctx, n + argc + 2);
    for (k = 0; k < n; k++)
        duk_get_prop_index(ctx, handler, (duk_uarridx_t)k);
    for (k = 0; k < n; k++) {
        duk_dup(ctx, handler + 1 + k);
        duk_dup(ctx, handler - 2); /* this */
        for (i = 1; i < argc; i++)
            duk_dup(ctx, i);
        duk_call_method(ctx, argc - 1);
        duk_pop(ctx);
    }
    duk_push_true(ctx);
    return 1;
}

/* ---- once wrappers ------------------------------------------------------ */

/* A `once` listener is stored as a wrapper that removes itself and then
 * calls the user's function.  Node's wrapper reads `arguments`; this one
 * is a C function, so calling it builds no arguments object.  Its state is
 * in hidden properties; `listener` is public, as in Node, because
 * off(name, fn) and listeners() look through it. */
#define KEY_TARGET DUK_HIDDEN_SYMBOL("target")
#define KEY_TYPE DUK_HIDDEN_SYMBOL("type")
#define KEY_FIRED DUK_HIDDEN_SYMBOL("fired")

/* The wrapper: the first call removes it and calls the listener with the
 * emitter as `this` and the same arguments; later calls do nothing. */
static duk_ret_t ev_once_call(duk_context *ctx) {
    duk_idx_t argc = duk_get_top(ctx);
    duk_idx_t self = argc, target = argc + 1, i;

    duk_push_current_function(ctx);
    nd_duk_get_literal(ctx, self, KEY_FIRED);
    if (duk_to_boolean(ctx, -1))
        return 0;
    duk_pop(ctx);
    nd_duk_get_literal(ctx, self, KEY_TARGET);
    nd_duk_get_literal(ctx, target, "removeListener");
    duk_dup(ctx, target);
    nd_duk_get_literal(ctx, self, KEY_TYPE);
    duk_dup(ctx, self);
    duk_call_method(ctx, 2);
    duk_pop(ctx);
    duk_push_true(ctx);
    duk_put_prop_literal(ctx, self, KEY_FIRED);
    nd_duk_get_literal(ctx, self, "listener");
    duk_dup(ctx, target);
    duk_require_stack(ctx, argc);
    for (i = 0; i < argc; i++)
        duk_dup(ctx, i);
    duk_call_method(ctx, argc);
    return 1;
}

/* onceWrap(target, type, listener) -> wrapper */
static duk_ret_t ev_once_wrap(duk_context *ctx) {
    /* Named like Node's wrapper, a bound function. */
    nd_push_native(ctx, ev_once_call, DUK_VARARGS, "bound onceWrapper", -1);
    duk_dup(ctx, 0);
    duk_put_prop_literal(ctx, -2, KEY_TARGET);
    duk_dup(ctx, 1);
    duk_put_prop_literal(ctx, -2, KEY_TYPE);
    duk_push_false(ctx);
    duk_put_prop_literal(ctx, -2, KEY_FIRED);
    duk_dup(ctx, 2);
    duk_put_prop_literal(ctx, -2, "listener");
    return 1;
}

/* see engine.h */
duk_ret_t nd_mod_events_open(duk_context *ctx) {
    duk_push_object(ctx);
    duk_push_c_function(ctx, ev_once_wrap, 3);
    duk_put_prop_literal(ctx, -2, "onceWrap");
    nd_push_native(ctx, ev_emit, DUK_VARARGS, "emit", 1); /* as Node's */
    duk_put_prop_literal(ctx, -2, "emit");
    return 1;
}
