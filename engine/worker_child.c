/*
 * worker_child.c - the worker's side: the thread that creates an engine,
 * runs the worker's script, delivers the parent's messages to parentPort
 * and sends its own, then destroys the engine and says goodbye (EXIT).
 *
 * Threading: everything here runs on the worker's own thread, except that
 * the parent may read w->child and send to w->child_async under w->lock
 * (see worker.c for the rules).  The engine is published under the lock
 * only once it can be woken, and withdrawn before it is destroyed.
 */
#include <stdlib.h>
#include <string.h>

#include "clone.h"
#include "internal.h"
#include "worker_internal.h"

/* Runs protected in the child: deserialize message m and hand it to the
 * receiver function (undefined receiver: dropped). */
static duk_ret_t deliver_child(duk_context *ctx, void *udata) {
    nd__msg_push_value(ctx, udata);
    return 1;
}

/* Push receiver(type, value)'s two arguments for message m. */
static void push_event(duk_context *ctx, msg_t *m) {
    if (m->kind == MSG_STDIN) { /* bytes, or null at the end */
        duk_push_string(ctx, "stdin");
        if (m->len > 0)
            memcpy(duk_push_fixed_buffer(ctx, m->len), m->data, m->len);
        else
            duk_push_null(ctx);
        return;
    }
    if (duk_safe_call(ctx, deliver_child, m, 0, 1) == DUK_EXEC_SUCCESS)
        duk_push_string(ctx, "message");
    else
        duk_push_string(ctx, "messageerror");
    duk_swap_top(ctx, -2);
}

static void child_async_cb(nd_async_t *a) {
    worker_t *w = (worker_t *)((char *)a - offsetof(worker_t, child_async));
    nd_engine_t *e = a->h.loop->data;
    duk_context *ctx = nd_engine_ctx(e);
    msg_t *m, *next;
    int terminate;

    nd_mutex_lock(&w->lock);
    terminate = w->terminate;
    nd_mutex_unlock(&w->lock);
    if (terminate) {
        nd__engine_exit(e, 1, 0);
        return;
    }
    for (m = nd__worker_take(w, &w->to_child); m != NULL; m = next) {
        next = m->next;
        if (w->receiver != 0 && !nd_engine_exiting(e)) {
            nd_pin_push(ctx, w->receiver);
            push_event(ctx, m);
            nd_engine_call(e, 2);
            duk_pop(ctx);
        }
        nd__msg_free(m);
    }
}

static void child_close(nd_engine_t *e, nd_engine_state_t *st) {
    child_state_t *cs = (child_state_t *)st;
    worker_t *w = cs->w;

    nd_mutex_lock(&w->lock);
    w->child_async_live = 0;
    nd_mutex_unlock(&w->lock);
    nd_unpin(nd_engine_ctx(e), w->receiver);
    w->receiver = 0;
    nd_close(&w->child_async.h, NULL);
    free(cs);
}

/* The engine's 'fatal' entry in a worker: with an 'uncaughtException'
 * listener, the usual one; without, the error goes to the parent (as an
 * 'error' event) instead of stderr, and the worker ends with code 1. */
#define STASH_FATAL DUK_HIDDEN_SYMBOL("workerFatal")

static duk_ret_t serialize_error(duk_context *ctx, void *udata) {
    (void)udata;
    nd_clone_serialize(ctx, -1, DUK_INVALID_INDEX, DUK_INVALID_INDEX);
    return 1;
}

static duk_ret_t child_fatal(duk_context *ctx) {
    nd_engine_t *e = nd_engine_get(ctx);
    child_state_t *cs = (child_state_t *)nd_engine_find_state(e, "worker");
    duk_size_t n;
    void *p;

    duk_get_global_string(ctx, "process");
    duk_push_string(ctx, "listenerCount");
    duk_push_string(ctx, "uncaughtException");
    duk_call_prop(ctx, -3, 1);
    if (duk_to_int(ctx, -1) > 0) {
        duk_push_heap_stash(ctx);
        duk_get_prop_string(ctx, -1, STASH_FATAL);
        duk_dup(ctx, 0);
        duk_call(ctx, 1);
        return 1;
    }
    if (nd_engine_heap_limited(e)) {
        /* Over resourceLimits: the parent reports what Node does,
         * whatever was thrown here. */
        if (cs != NULL)
            nd__worker_to_parent(cs->w, nd__msg_new(MSG_OOM, NULL, 0));
        duk_push_false(ctx);
        return 1;
    }
    duk_dup(ctx, 0);
    if (duk_safe_call(ctx, serialize_error, NULL, 1, 1) !=
        DUK_EXEC_SUCCESS) {
        duk_pop(ctx);
        duk_dup(ctx, 0);
        duk_safe_to_string(ctx, -1);
        nd_clone_serialize(ctx, -1, DUK_INVALID_INDEX, DUK_INVALID_INDEX);
    }
    p = duk_get_buffer_data(ctx, -1, &n);
    if (cs != NULL)
        nd__worker_to_parent(cs->w, nd__msg_new(MSG_ERROR, p, n));
    duk_push_false(ctx);
    return 1;
}

static void install_fatal(duk_context *ctx) {
    duk_push_heap_stash(ctx);
    duk_get_prop_string(ctx, -1, ND__STASH_ENTRIES);
    duk_get_prop_string(ctx, -1, "fatal");
    duk_put_prop_string(ctx, -3, STASH_FATAL);
    duk_push_c_function(ctx, child_fatal, 1);
    duk_put_prop_string(ctx, -2, "fatal");
    duk_pop_2(ctx);
}

static int child_setup(worker_t *w, nd_engine_t *e) {
    child_state_t *cs = calloc(1, sizeof(*cs));
    int rc;

    if (cs == NULL)
        return ND_ENOMEM;
    rc = nd_async_init(nd_engine_loop(e), &w->child_async, child_async_cb);
    if (rc < 0) {
        free(cs);
        return rc;
    }
    nd_unref(&w->child_async.h);
    cs->base.name = "worker";
    cs->base.close = child_close;
    cs->w = w;
    nd_engine_add_state(e, &cs->base);
    install_fatal(nd_engine_ctx(e));
    return 0;
}

/* Runs protected: load worker_threads at once, so that parentPort takes
 * messages and options.env applies even if the script never asks. */
static duk_ret_t load_module(duk_context *ctx, void *udata) {
    (void)udata;
    nd__require(ctx, "worker_threads");
    return 1;
}

void nd__worker_main(void *arg) {
    worker_t *w = arg;
    nd_engine_options_t opts;
    nd_engine_t *e;
    msg_t *bye;
    int code = 1, terminate;

    memset(&opts, 0, sizeof(opts));
    opts.argv0 = "nodule";
    opts.args = w->args;
    opts.nargs = w->nargs;
    opts.heap_limit = w->heap_limit;
    if (nd_engine_create(&e, &opts) == 0) {
        if (child_setup(w, e) == 0) {
            nd_mutex_lock(&w->lock);
            w->child = e;
            w->child_async_live = 1;
            terminate = w->terminate;
            nd_async_send(&w->child_async); /* early messages, terminate */
            nd_mutex_unlock(&w->lock);
            if (terminate) { /* before it began: Node says 0 */
                code = 0;
            } else {
                nd__worker_to_parent(w, nd__msg_new(MSG_ONLINE, NULL, 0));
                duk_safe_call(nd_engine_ctx(e), load_module, NULL, 0, 1);
                duk_pop(nd_engine_ctx(e));
                if (w->is_eval)
                    nd_engine_eval(e, w->entry, w->entry_len,
                                   "[worker eval]", 0);
                else
                    nd_engine_main(e, w->entry);
                code = nd_engine_run(e);
            }
            nd_mutex_lock(&w->lock);
            w->child = NULL;
            nd_mutex_unlock(&w->lock);
        }
        nd_engine_destroy(e);
    }
    bye = nd__msg_new(MSG_EXIT, NULL, 0);
    if (bye != NULL)
        bye->code = code;
    nd__worker_to_parent(w, bye);
    nd__worker_release(w);
}

