/*
 * port.c - the engine's half of MessageChannel: port handles, moving
 * them in and out of messages, and internalBinding('messaging') (port.h).
 * The channels and their queues, shared between threads, are channel.c,
 * whose header holds the cross-thread rules.
 *
 * A port handle (port_t) is the engine's side of an end: an async handle
 * on the engine's loop, the JS handle object (pinned; its onevent method
 * receives events), and the flags that decide whether it keeps the loop
 * alive: it does while started, ref'd and open, as Node's MessagePort.
 * Every live handle is on the engine's "ports" state list, so an engine
 * that ends closes its ports (and their peers see 'close').
 *
 * Threading: the engine's thread only; everything shared goes through
 * channel.h.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "clone.h"
#include "internal.h"
#include "port.h"

/* Event kinds for handle.onevent(kind, value); worker_threads.js knows
 * them by number. */
enum { EV_MESSAGE = 1, EV_MESSAGEERROR = 2, EV_CLOSE = 6 };

#define STASH_WRAP DUK_HIDDEN_SYMBOL("portWrap")

typedef struct port_s port_t;

struct port_s {
    nd_async_t async;
    nd_end_t *end;
    nd_engine_t *e;
    nd_pin_t pin; /* the JS handle object */
    int started, refed;
    int closing; /* a BroadcastChannel's close(): deliver nothing more */
    port_t *next, **prev; /* on the engine's list */
};

typedef struct {
    nd_engine_state_t base;
    port_t *live;
} ports_state_t;

static const nd_handle_type_t port_type = {"MessagePort"};

/* ---- port handles ------------------------------------------------------- */

static ports_state_t *ports_state(nd_engine_t *e);

/* Keep the loop alive while started, ref'd and open. */
static void port_update_ref(port_t *p) {
    if (p->started && p->refed && p->end != NULL)
        nd_ref(&p->async.h);
    else
        nd_unref(&p->async.h);
}

static void port_closed_cb(nd_handle_t *h) {
    free((port_t *)h);
}

/* Stop holding the end (NULL: already) and close the handle.  The JS
 * handle object reads as closed afterwards. */
static nd_end_t *port_detach(duk_context *ctx, port_t *p) {
    nd_end_t *end = p->end;

    if (end != NULL) {
        nd__end_watch(end, NULL);
    }
    p->end = NULL;
    if (p->next != NULL)
        p->next->prev = p->prev;
    *p->prev = p->next;
    nd_pin_push(ctx, p->pin);
    nd_handle_clear(ctx, -1);
    duk_pop(ctx);
    nd_unpin(ctx, p->pin);
    p->pin = 0;
    nd_close(&p->async.h, port_closed_cb);
    return end;
}

/* Call handle.onevent(kind, value) with the handle object at -2 and the
 * value at -1; pops both. */
static void emit(nd_engine_t *e, int kind) {
    duk_context *ctx = nd_engine_ctx(e);

    duk_get_prop_string(ctx, -2, "onevent");
    duk_push_int(ctx, kind);
    duk_dup(ctx, -3);
    nd_engine_call(e, 2);
    duk_pop_3(ctx);
}

static duk_ret_t push_value_safe(duk_context *ctx, void *udata) {
    nd__msg_push_value(ctx, udata);
    return 1;
}

/* Deliver messages one at a time while the port is started and open (a
 * listener may close or receive in between), then 'close' once. */
static void port_async_cb(nd_async_t *a) {
    port_t *p = (port_t *)a;
    nd_engine_t *e = p->e;
    duk_context *ctx = nd_engine_ctx(e);
    nd_msg_t *m;
    int closed = 0;

    while (p->end != NULL && !nd_engine_exiting(e)) {
        if (!p->started || p->closing) {
            closed = nd__end_closed(p->end);
            break;
        }
        m = nd__end_take(p->end, &closed);
        if (m == NULL)
            break;
        nd_pin_push(ctx, p->pin);
        if (duk_safe_call(ctx, push_value_safe, m, 0, 1) == DUK_EXEC_SUCCESS) {
            nd__msg_free(m);
            emit(e, EV_MESSAGE);
        } else {
            nd__msg_free(m);
            emit(e, EV_MESSAGEERROR);
        }
    }
    if (closed && p->end != NULL && !nd_engine_exiting(e)) {
        nd_pin_push(ctx, p->pin); /* the object outlives the handle */
        nd__end_release(port_detach(ctx, p));
        duk_push_undefined(ctx);
        emit(e, EV_CLOSE);
    }
}

/* Make a port handle holding end in this engine and push its handle
 * object, with onevent unset.  Takes end.  If out of memory, releases end,
 * pushes nothing and returns NULL with the error in *rc. */
static port_t *port_new(duk_context *ctx, nd_end_t *end, int *rc) {
    nd_engine_t *e = nd_engine_get(ctx);
    ports_state_t *ps = ports_state(e);
    port_t *p = calloc(1, sizeof(*p));

    *rc = ps == NULL || p == NULL ? ND_ENOMEM : 0;
    if (*rc == 0)
        *rc = nd_async_init(nd_engine_loop(e), &p->async, port_async_cb);
    if (*rc < 0) {
        free(p);
        nd__end_release(end);
        return NULL;
    }
    p->e = e;
    p->end = end;
    p->refed = 1;
    port_update_ref(p);
    p->next = ps->live;
    if (p->next != NULL)
        p->next->prev = &p->next;
    p->prev = &ps->live;
    ps->live = p;
    nd_push_handle(ctx, p, &port_type);
    p->pin = nd_pin(ctx, -1);
    if (nd__end_watch(end, &p->async)) /* queued already, or closed */
        nd_async_send(&p->async);
    return p;
}

/* port_new or throw */
static port_t *port_push(duk_context *ctx, nd_end_t *end) {
    int rc;
    port_t *p = port_new(ctx, end, &rc);

    if (p == NULL)
        (void)nd_throw_syserr(ctx, rc, "MessagePort", NULL, NULL);
    return p;
}

/* see port.h */
void nd__end_push_handle(duk_context *ctx, nd_end_t *end, int started) {
    port_t *p = port_push(ctx, end);

    if (started) {
        p->started = 1;
        port_update_ref(p);
    }
}

static void ports_close(nd_engine_t *e, nd_engine_state_t *st) {
    ports_state_t *ps = (ports_state_t *)st;
    duk_context *ctx = nd_engine_ctx(e);

    while (ps->live != NULL)
        nd__end_release(port_detach(ctx, ps->live));
    free(ps);
}

static ports_state_t *ports_state(nd_engine_t *e) {
    ports_state_t *ps = (ports_state_t *)nd_engine_find_state(e, "ports");

    if (ps == NULL) {
        ps = calloc(1, sizeof(*ps));
        if (ps == NULL)
            return NULL;
        ps->base.name = "ports";
        ps->base.close = ports_close;
        nd_engine_add_state(e, &ps->base);
    }
    return ps;
}

/* ---- transfer ----------------------------------------------------------- */

/* see port.h */
void nd__msg_take_ports(duk_context *ctx, duk_idx_t idx, nd_msg_t *m) {
    duk_uarridx_t i, j, n;
    port_t *p;
    int twice;

    idx = duk_normalize_index(ctx, idx);
    n = duk_is_array(ctx, idx) ? (duk_uarridx_t)duk_get_length(ctx, idx) : 0;
    if (n == 0)
        return;
    for (i = 0; i < n; i++) { /* check all before detaching any */
        duk_get_prop_index(ctx, idx, i);
        p = nd_get_handle(ctx, -1, &port_type);
        duk_pop(ctx);
        twice = 0;
        for (j = 0; j < i; j++) {
            duk_get_prop_index(ctx, idx, j);
            twice |= nd_get_handle(ctx, -1, &port_type) == p;
            duk_pop(ctx);
        }
        if (twice || p == NULL || p->end == NULL) {
            nd_clone_push_error(
                ctx, NULL,
                twice ? "Transfer list contains duplicate MessagePort"
                      : "MessagePort in transfer list is already detached");
            (void)duk_throw(ctx);
        }
    }
    m->ends = calloc(n, sizeof(nd_end_t *));
    if (m->ends == NULL)
        (void)nd_throw_syserr(ctx, ND_ENOMEM, "postMessage", NULL, NULL);
    for (i = 0; i < n; i++) {
        duk_get_prop_index(ctx, idx, i);
        p = nd_get_handle(ctx, -1, &port_type);
        duk_pop(ctx);
        m->ends[m->nends++] = port_detach(ctx, p);
    }
}

typedef struct {
    duk_idx_t idx;
    nd_msg_t *m;
} take_args_t;

static duk_ret_t take_ports(duk_context *ctx, void *udata) {
    take_args_t *a = udata;

    nd__msg_take_ports(ctx, a->idx, a->m);
    return 0;
}

/* see port.h */
int nd__msg_take_ports_safe(duk_context *ctx, duk_idx_t idx, nd_msg_t *m) {
    take_args_t a;

    a.idx = duk_normalize_index(ctx, idx);
    a.m = m;
    if (duk_safe_call(ctx, take_ports, &a, 0, 1) != DUK_EXEC_SUCCESS)
        return -1;
    duk_pop(ctx);
    return 0;
}

/* see port.h */
void nd__msg_push_value(duk_context *ctx, nd_msg_t *m) {
    int i;
    nd_end_t *end;

    if (m->nends == 0) {
        nd_clone_deserialize(ctx, m->data, m->len, DUK_INVALID_INDEX);
        return;
    }
    duk_push_array(ctx);
    for (i = 0; i < m->nends; i++) {
        end = m->ends[i];
        m->ends[i] = NULL;
        port_push(ctx, end);
        /* wrap(handle) -> MessagePort */
        duk_push_heap_stash(ctx);
        duk_get_prop_string(ctx, -1, STASH_WRAP);
        duk_remove(ctx, -2);
        if (!duk_is_function(ctx, -1))
            (void)duk_type_error(ctx, "MessagePort is not set up");
        duk_swap_top(ctx, -2);
        duk_call(ctx, 1);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
    nd_clone_deserialize(ctx, m->data, m->len, -1);
    duk_remove(ctx, -2);
}

/* ---- the binding -------------------------------------------------------- */

/* setup(MessagePort, wrap(handle) -> MessagePort) */
static duk_ret_t m_setup(duk_context *ctx) {
    nd_check_function(ctx, 0, "MessagePort");
    nd_check_function(ctx, 1, "wrap");
    duk_push_heap_stash(ctx);
    duk_dup(ctx, 0);
    duk_put_prop_string(ctx, -2, ND_CLONE_STASH_PORT);
    duk_dup(ctx, 1);
    duk_put_prop_string(ctx, -2, STASH_WRAP);
    return 0;
}

/* channel() -> [handle, handle], the two ends of a new channel */
static duk_ret_t m_channel(duk_context *ctx) {
    nd_end_t *a, *b;
    int rc = nd__channel_new(&a, &b);

    if (rc < 0)
        return nd_throw_syserr(ctx, rc, "MessageChannel", NULL, NULL);
    duk_push_array(ctx);
    if (port_new(ctx, a, &rc) == NULL) {
        nd__end_release(b); /* the last one frees the channel */
        return nd_throw_syserr(ctx, rc, "MessageChannel", NULL, NULL);
    }
    duk_put_prop_index(ctx, -2, 0);
    port_push(ctx, b);
    duk_put_prop_index(ctx, -2, 1);
    return 1;
}

/* post(handle, bytes, transferHandles): dropped if closed */
static duk_ret_t m_post(duk_context *ctx) {
    port_t *p = nd_get_handle(ctx, 0, &port_type);
    size_t n;
    void *data = nd_check_buffer(ctx, 1, "bytes", &n);
    nd_msg_t *m;

    if (p == NULL || p->end == NULL)
        return 0;
    m = nd__msg_new(EV_MESSAGE, data, n);
    if (m == NULL)
        return nd_throw_syserr(ctx, ND_ENOMEM, "postMessage", NULL, NULL);
    if (nd__msg_take_ports_safe(ctx, 2, m) != 0) {
        nd__msg_free(m);
        return duk_throw(ctx);
    }
    if (p->end != NULL) /* not transferred inside its own message */
        nd__end_send(p->end, m);
    else
        nd__msg_free(m);
    return 0;
}

/* start(handle): deliver queued and future messages */
static duk_ret_t m_start(duk_context *ctx) {
    port_t *p = nd_get_handle(ctx, 0, &port_type);

    if (p == NULL || p->end == NULL)
        return 0;
    p->started = 1;
    port_update_ref(p);
    nd_async_send(&p->async);
    return 0;
}

/* ref(handle, on) */
static duk_ret_t m_ref(duk_context *ctx) {
    port_t *p = nd_get_handle(ctx, 0, &port_type);

    if (p == NULL || p->end == NULL)
        return 0;
    p->refed = duk_to_boolean(ctx, 1);
    port_update_ref(p);
    return 0;
}

/* hasRef(handle) -> boolean */
static duk_ret_t m_has_ref(duk_context *ctx) {
    port_t *p = nd_get_handle(ctx, 0, &port_type);

    duk_push_boolean(ctx, p != NULL && nd_has_ref(&p->async.h));
    return 1;
}

/* close(handle): both ends get 'close' from their own loops */
static duk_ret_t m_close(duk_context *ctx) {
    port_t *p = nd_get_handle(ctx, 0, &port_type);

    if (p != NULL && p->end != NULL) {
        /* As in Node, a MessagePort still delivers what was queued before
         * it closed; a BroadcastChannel (an end with a released callback)
         * delivers nothing more. */
        p->closing = nd__end_is_solo(p->end);
        nd__end_close(p->end);
    }
    return 0;
}

/* receive(handle) -> undefined, or { message } taken off the queue now */
static duk_ret_t m_receive(duk_context *ctx) {
    port_t *p = nd_get_handle(ctx, 0, &port_type);
    nd_msg_t *m;
    int closed;

    if (p == NULL || p->end == NULL)
        return 0;
    m = nd__end_take(p->end, &closed);
    if (m == NULL)
        return 0;
    duk_push_object(ctx);
    if (duk_safe_call(ctx, push_value_safe, m, 0, 1) != DUK_EXEC_SUCCESS) {
        nd__msg_free(m);
        return duk_throw(ctx);
    }
    nd__msg_free(m);
    duk_put_prop_string(ctx, -2, "message");
    return 1;
}

static const duk_function_list_entry funcs[] = {
    {"channel", m_channel, 0},
    {"close", m_close, 1},
    {"hasRef", m_has_ref, 1},
    {"post", m_post, 3},
    {"receive", m_receive, 1},
    {"ref", m_ref, 2},
    {"setup", m_setup, 2},
    {"start", m_start, 1},
    {NULL, NULL, 0}};

/* see port.h */
duk_ret_t nd_mod_messaging_open(duk_context *ctx) {
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, funcs);
    return 1;
}
