/*
 * worker.c - internalBinding('worker'): threads that each run an engine.
 *
 * A Worker is a thread (pool/thread.h) that creates its own nd_engine_t
 * (own Duktape heap, own loop), runs a file or a string of code, runs its
 * loop to the end, destroys the engine and says goodbye.  The parent and
 * the child share exactly one struct, worker_t (worker_internal.h), and
 * only through it talk.  This file owns that struct, its queues, the
 * parent's side and the binding; the worker's thread is worker_child.c.
 *
 * Cross-thread rules:
 *   - No JS value ever crosses threads.  A message is a byte string made
 *     by nd_clone_serialize() on the sender's heap and turned back into a
 *     value by nd_clone_deserialize() on the receiver's heap.
 *   - Each direction has a queue of messages (a linked list) protected by
 *     the worker's mutex; a sender appends under the mutex, then wakes the
 *     receiving loop with nd_async_send() (the only loop call that is
 *     allowed from another thread).  The receiver takes the whole queue
 *     under the mutex and delivers outside it.
 *   - The child's engine pointer and async handle are published under the
 *     mutex once they exist and withdrawn before they are destroyed; the
 *     parent touches them only under the mutex (terminate, post), and only
 *     with thread-safe calls (nd_engine_terminate, nd_async_send).
 *   - A worker's heap is created and destroyed on its own thread.  The
 *     last message the child sends is EXIT; the parent joins the thread
 *     when it receives it, so a join never waits for long.
 *   - worker_t is reference counted (parent side, child thread); the last
 *     one to let go frees it.
 *   - MessagePorts (channel.c, port.c) and BroadcastChannels (broadcast.c)
 *     keep the same rules: a mutex-protected queue per receiving end (one
 *     mutex per channel, one more for the process's registry of broadcast
 *     names), a wake-up of whichever loop holds that end, published and
 *     withdrawn under the mutex; a message carries the ends it transfers,
 *     and an end is held by exactly one engine or message at a time.
 *
 * The parent's async handle keeps the parent alive until EXIT arrives
 * (unless worker.unref()).  The child's async handle is unref'd until the
 * worker's parentPort has 'message' listeners, as in Node.  If the parent
 * engine is destroyed first (its program ended, or the process exits), it
 * terminates and joins every worker it still has.
 */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "clone.h"
#include "duk_detach.h"
#include "internal.h"
#include "worker.h"
#include "worker_internal.h"

static const nd_handle_type_t worker_type = {"Worker"};
static atomic_int next_thread_id = 1;

/* ---- messages and the shared struct ------------------------------------ */

static void queue_free(queue_t *q) {
    msg_t *m;

    while ((m = q->head) != NULL) {
        q->head = m->next;
        nd__msg_free(m);
    }
    q->tail = NULL;
}

/* Append m to q and wake the loop behind async if live; takes the lock. */
static void send_msg(worker_t *w, queue_t *q, msg_t *m, nd_async_t *async,
                     const int *live) {
    nd_mutex_lock(&w->lock);
    if (q->tail != NULL)
        q->tail->next = m;
    else
        q->head = m;
    q->tail = m;
    if (*live)
        nd_async_send(async);
    nd_mutex_unlock(&w->lock);
}

/* The parent side is always live until it has joined: the child can only
 * send while its thread runs. */
static const int always = 1;

void nd__worker_to_parent(worker_t *w, msg_t *m) {
    if (m != NULL)
        send_msg(w, &w->to_parent, m, &w->parent_async, &always);
}

msg_t *nd__worker_take(worker_t *w, queue_t *q) {
    msg_t *m;

    nd_mutex_lock(&w->lock);
    m = q->head;
    q->head = q->tail = NULL;
    nd_mutex_unlock(&w->lock);
    return m;
}

void nd__worker_release(worker_t *w) {
    int refs, i;

    nd_mutex_lock(&w->lock);
    refs = --w->refs;
    nd_mutex_unlock(&w->lock);
    if (refs > 0)
        return;
    queue_free(&w->to_child);
    queue_free(&w->to_parent);
    for (i = 0; i < w->nargs; i++)
        free(w->args[i]);
    free(w->args);
    free(w->entry);
    nd__msg_free(w->start);
    nd_mutex_destroy(&w->lock);
    free(w);
}

/* ---- the parent side ---------------------------------------------------- */

static void parent_async_closed(nd_handle_t *h) {
    nd__worker_release((worker_t *)((char *)h -
                                offsetof(worker_t, parent_async.h)));
}

/* Take w off the live list, join its thread, close the async handle. */
static void parent_finish(worker_t *w) {
    worker_t **pp;

    for (pp = &w->state->live; *pp != NULL; pp = &(*pp)->next_live) {
        if (*pp == w) {
            *pp = w->next_live;
            break;
        }
    }
    if (!w->joined) {
        nd_thread_join(&w->thread);
        w->joined = 1;
    }
    nd_close(&w->parent_async.h, parent_async_closed);
}

static duk_ret_t deliver_parent(duk_context *ctx, void *udata) {
    nd__msg_push_value(ctx, udata);
    return 1;
}

static void parent_async_cb(nd_async_t *a) {
    worker_t *w = (worker_t *)((char *)a - offsetof(worker_t, parent_async));
    nd_engine_t *e = w->parent;
    duk_context *ctx = nd_engine_ctx(e);
    msg_t *m, *next;
    int kind;

    for (m = nd__worker_take(w, &w->to_parent); m != NULL; m = next) {
        next = m->next;
        kind = m->kind;
        /* handle.onevent(kind, value), through the bridge */
        nd_pin_push(ctx, w->pin);
        duk_get_prop_string(ctx, -1, "onevent");
        duk_remove(ctx, -2);
        duk_push_int(ctx, kind);
        if (kind == MSG_EXIT) {
            duk_push_int(ctx, m->code);
            parent_finish(w);
        } else if (kind == MSG_ONLINE || kind == MSG_OOM) {
            duk_push_undefined(ctx);
        } else if (kind == MSG_STDOUT || kind == MSG_STDERR) {
            memcpy(duk_push_fixed_buffer(ctx, m->len), m->data, m->len);
        } else if (duk_safe_call(ctx, deliver_parent, m, 0, 1) !=
                   DUK_EXEC_SUCCESS) {
            duk_push_int(ctx, MSG_MESSAGEERROR);
            duk_replace(ctx, -3);
        }
        nd__msg_free(m);
        if (kind == MSG_EXIT) {
            nd_pin_push(ctx, w->pin);
            nd_handle_clear(ctx, -1);
            duk_pop(ctx);
            nd_unpin(ctx, w->pin);
            w->pin = 0;
        }
        nd_engine_call(e, 2);
        duk_pop(ctx);
        if (kind == MSG_EXIT) {
            for (m = next; m != NULL; m = next) { /* nothing follows EXIT */
                next = m->next;
                nd__msg_free(m);
            }
            return; /* w is freed once the close callback has run */
        }
    }
}

/* Terminate every live worker, then wait for each thread to end. */
static void stop_all(parent_state_t *ps) {
    worker_t *w;

    for (w = ps->live; w != NULL; w = w->next_live) {
        nd_mutex_lock(&w->lock);
        w->terminate = 1;
        if (w->child != NULL)
            nd_engine_terminate(w->child);
        if (w->child_async_live)
            nd_async_send(&w->child_async);
        nd_mutex_unlock(&w->lock);
    }
    for (w = ps->live; w != NULL; w = w->next_live) {
        if (!w->joined) {
            nd_thread_join(&w->thread);
            w->joined = 1;
        }
    }
}

static void parent_close(nd_engine_t *e, nd_engine_state_t *st) {
    parent_state_t *ps = (parent_state_t *)st;

    (void)e;
    stop_all(ps);
    while (ps->live != NULL)
        parent_finish(ps->live);
    free(ps);
}

/* see internal.h */
void nd__workers_stop(nd_engine_t *e) {
    parent_state_t *ps =
        (parent_state_t *)nd_engine_find_state(e, "worker-parent");

    if (ps != NULL)
        stop_all(ps);
}

static parent_state_t *parent_state(nd_engine_t *e) {
    parent_state_t *ps =
        (parent_state_t *)nd_engine_find_state(e, "worker-parent");

    if (ps == NULL) {
        ps = calloc(1, sizeof(*ps));
        if (ps == NULL)
            return NULL;
        ps->base.name = "worker-parent";
        ps->base.close = parent_close;
        nd_engine_add_state(e, &ps->base);
    }
    return ps;
}

/* ---- the binding -------------------------------------------------------- */

/* serialize(value, ports, buffers) -> plain buffer; throws DataCloneError.
 * ports, buffers: the MessagePorts and ArrayBuffers of the transferList
 * (arrays, may be empty or missing) */
static duk_ret_t w_serialize(duk_context *ctx) {
    nd_clone_serialize(ctx, 0, duk_is_array(ctx, 1) ? 1 : DUK_INVALID_INDEX,
                       duk_is_array(ctx, 2) ? 2 : DUK_INVALID_INDEX);
    return 1;
}

/* detach(arrayBuffer): after a transfer, empty it and its views
 * (duk_detach.h).  TypeError for anything but an ArrayBuffer. */
static duk_ret_t w_detach(duk_context *ctx) {
    if (!nd_duk_detach_arraybuffer(ctx, 0))
        return nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                        "The \"buffer\" argument must be an ArrayBuffer");
    return 0;
}

/* deserialize(bytes) -> value */
static duk_ret_t w_deserialize(duk_context *ctx) {
    size_t n;
    void *p = nd_check_buffer(ctx, 0, "bytes", &n);

    nd_clone_deserialize(ctx, p, n, DUK_INVALID_INDEX);
    return 1;
}

static char *dup_bytes(const void *p, size_t n) {
    char *s = malloc(n + 1);

    if (s != NULL) {
        if (n > 0)
            memcpy(s, p, n);
        s[n] = '\0';
    }
    return s;
}

/* Copy the array of strings at idx into w->args, after first. */
static int copy_args(duk_context *ctx, duk_idx_t idx, worker_t *w,
                     const char *first) {
    duk_size_t i, n = duk_is_array(ctx, idx) ? duk_get_length(ctx, idx) : 0;
    size_t len;
    const char *s;

    w->args = calloc(n + 1, sizeof(char *));
    if (w->args == NULL)
        return ND_ENOMEM;
    w->args[w->nargs++] = dup_bytes(first, strlen(first));
    for (i = 0; i < n; i++) {
        duk_get_prop_index(ctx, idx, (duk_uarridx_t)i);
        s = duk_to_lstring(ctx, -1, &len);
        w->args[w->nargs++] = dup_bytes(s, len);
        duk_pop(ctx);
    }
    for (i = 0; i < (duk_size_t)w->nargs; i++)
        if (w->args[i] == NULL)
            return ND_ENOMEM;
    return 0;
}

/* spawn(entry, isEval, argv, startBytes, heapLimitBytes, portHandles) ->
 * handle with threadId.
 * The caller sets handle.onevent(kind, value) before the loop runs on. */
static duk_ret_t w_spawn(duk_context *ctx) {
    nd_engine_t *e = nd_engine_get(ctx);
    parent_state_t *ps = parent_state(e);
    size_t len, dlen;
    const char *entry = nd_check_string(ctx, 0, "entry", &len);
    int is_eval = duk_to_boolean(ctx, 1);
    void *data = nd_check_buffer(ctx, 3, "workerData", &dlen);
    msg_t *start;
    worker_t *w;
    int rc;

    start = nd__msg_new(MSG_DATA, data, dlen);
    if (start == NULL)
        return nd_throw_syserr(ctx, ND_ENOMEM, "worker", NULL, NULL);
    if (nd__msg_take_ports_safe(ctx, 5, start) != 0) {
        nd__msg_free(start);
        return duk_throw(ctx);
    }
    if (ps == NULL || (w = calloc(1, sizeof(*w))) == NULL) {
        nd__msg_free(start);
        return nd_throw_syserr(ctx, ND_ENOMEM, "worker", NULL, NULL);
    }
    nd_mutex_init(&w->lock);
    w->refs = 1;
    w->is_eval = is_eval;
    w->entry = dup_bytes(entry, len);
    w->entry_len = len;
    w->start = start;
    w->thread_id = atomic_fetch_add(&next_thread_id, 1);
    w->heap_limit = (size_t)nd_opt_int64(ctx, 4, "heapLimit", 0);
    w->parent = e;
    w->state = ps;
    rc = copy_args(ctx, 2, w, is_eval ? "[worker eval]" : entry);
    if (rc == 0 && w->entry == NULL)
        rc = ND_ENOMEM;
    if (rc == 0)
        rc = nd_async_init(nd_engine_loop(e), &w->parent_async,
                           parent_async_cb);
    if (rc < 0) {
        nd__worker_release(w);
        return nd_throw_syserr(ctx, rc, "worker", NULL, NULL);
    }
    w->refs = 2; /* this side until its async handle closes; the thread */
    rc = nd_thread_create(&w->thread, nd__worker_main, w, 0);
    if (rc < 0) {
        w->refs = 1;
        w->joined = 1;
        nd_close(&w->parent_async.h, parent_async_closed);
        return nd_throw_syserr(ctx, rc, "pthread_create", NULL, NULL);
    }
    w->next_live = ps->live;
    ps->live = w;
    nd_push_handle(ctx, w, &worker_type);
    duk_push_number(ctx, w->thread_id);
    duk_put_prop_string(ctx, -2, "threadId");
    w->pin = nd_pin(ctx, -1);
    return 1;
}

/* bytes and the port handles at idx + 1 as a message; throws */
static msg_t *make_msg(duk_context *ctx, duk_idx_t idx) {
    size_t n;
    void *p = nd_check_buffer(ctx, idx, "bytes", &n);
    msg_t *m = nd__msg_new(MSG_DATA, p, n);

    if (m == NULL)
        (void)nd_throw_syserr(ctx, ND_ENOMEM, "postMessage", NULL, NULL);
    if (nd__msg_take_ports_safe(ctx, idx + 1, m) != 0) {
        nd__msg_free(m);
        (void)duk_throw(ctx);
    }
    return m;
}

/* post(handle, bytes, portHandles): a message to the worker */
static duk_ret_t w_post(duk_context *ctx) {
    worker_t *w = nd_get_handle(ctx, 0, &worker_type);
    msg_t *m = make_msg(ctx, 1);

    if (w == NULL) /* exited: Node drops it silently */
        nd__msg_free(m);
    else
        send_msg(w, &w->to_child, m, &w->child_async, &w->child_async_live);
    return 0;
}

/* stdin(handle, bytes | null): for the worker's process.stdin; null ends
 * it.  Dropped once the worker has exited. */
static duk_ret_t w_stdin(duk_context *ctx) {
    worker_t *w = nd_get_handle(ctx, 0, &worker_type);
    size_t n = 0;
    void *p = duk_is_null(ctx, 1) ? NULL : nd_check_buffer(ctx, 1, "bytes", &n);
    msg_t *m;

    if (w == NULL || (p != NULL && n == 0))
        return 0;
    m = nd__msg_new(MSG_STDIN, p, n);
    if (m == NULL)
        return nd_throw_syserr(ctx, ND_ENOMEM, "write", NULL, NULL);
    send_msg(w, &w->to_child, m, &w->child_async, &w->child_async_live);
    return 0;
}

/* terminate(handle): stop the worker, even inside an endless loop */
static duk_ret_t w_terminate(duk_context *ctx) {
    worker_t *w = nd_get_handle(ctx, 0, &worker_type);

    if (w == NULL)
        return 0;
    nd_mutex_lock(&w->lock);
    w->terminate = 1;
    if (w->child != NULL)
        nd_engine_terminate(w->child);
    if (w->child_async_live)
        nd_async_send(&w->child_async);
    nd_mutex_unlock(&w->lock);
    return 0;
}

/* ref(handle, on): does the worker keep the parent alive? */
static duk_ret_t w_ref(duk_context *ctx) {
    worker_t *w = nd_get_handle(ctx, 0, &worker_type);

    if (w == NULL)
        return 0;
    if (duk_to_boolean(ctx, 1))
        nd_ref(&w->parent_async.h);
    else
        nd_unref(&w->parent_async.h);
    return 0;
}

static worker_t *self(duk_context *ctx) {
    child_state_t *cs = (child_state_t *)nd_engine_find_state(
        nd_engine_get(ctx), "worker");

    return cs != NULL ? cs->w : NULL;
}

/* selfInfo() -> null on the main thread, else { threadId, workerData } */
static duk_ret_t w_self_info(duk_context *ctx) {
    worker_t *w = self(ctx);

    if (w == NULL) {
        duk_push_null(ctx);
        return 1;
    }
    duk_push_object(ctx);
    duk_push_number(ctx, w->thread_id);
    duk_put_prop_string(ctx, -2, "threadId");
    nd__msg_push_value(ctx, w->start); /* its ports become this engine's */
    duk_put_prop_string(ctx, -2, "workerData");
    return 1;
}

/* selfPost(bytes, portHandles): a message from the worker to its parent */
static duk_ret_t w_self_post(duk_context *ctx) {
    worker_t *w = self(ctx);
    msg_t *m = make_msg(ctx, 0);

    if (w == NULL)
        nd__msg_free(m);
    else
        nd__worker_to_parent(w, m);
    return 0;
}

/* selfWrite(kind, bytes): what the worker wrote to its stdout (kind 6)
 * or stderr (7), for the parent to write out */
static duk_ret_t w_self_write(duk_context *ctx) {
    worker_t *w = self(ctx);
    int kind = duk_to_int(ctx, 0) == MSG_STDERR ? MSG_STDERR : MSG_STDOUT;
    size_t n;
    void *p = nd_check_buffer(ctx, 1, "bytes", &n);
    msg_t *m;

    if (w == NULL || n == 0)
        return 0;
    m = nd__msg_new(kind, p, n);
    if (m == NULL)
        return nd_throw_syserr(ctx, ND_ENOMEM, "write", NULL, NULL);
    nd__worker_to_parent(w, m);
    return 0;
}

/* selfReceive(fn(type, value)): who gets the parent's messages */
static duk_ret_t w_self_receive(duk_context *ctx) {
    worker_t *w = self(ctx);

    nd_check_function(ctx, 0, "receiver");
    if (w == NULL)
        return 0;
    nd_unpin(ctx, w->receiver);
    w->receiver = nd_pin(ctx, 0);
    return 0;
}

/* selfRef(on): does parentPort keep the worker alive? */
static duk_ret_t w_self_ref(duk_context *ctx) {
    worker_t *w = self(ctx);

    if (w == NULL)
        return 0;
    if (duk_to_boolean(ctx, 0))
        nd_ref(&w->child_async.h);
    else
        nd_unref(&w->child_async.h);
    return 0;
}

static const duk_function_list_entry funcs[] = {
    {"deserialize", w_deserialize, 1},
    {"detach", w_detach, 1},
    {"post", w_post, 3},
    {"ref", w_ref, 2},
    {"selfInfo", w_self_info, 0},
    {"selfPost", w_self_post, 2},
    {"selfReceive", w_self_receive, 1},
    {"selfRef", w_self_ref, 1},
    {"selfWrite", w_self_write, 2},
    {"serialize", w_serialize, 3},
    {"spawn", w_spawn, 6},
    {"stdin", w_stdin, 2},
    {"terminate", w_terminate, 1},
    {NULL, NULL, 0}};

/* see worker.h */
duk_ret_t nd_mod_worker_open(duk_context *ctx) {
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, funcs);
    return 1;
}
