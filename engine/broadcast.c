/*
 * broadcast.c - BroadcastChannel's C half: internalBinding('broadcast').
 *
 * Every BroadcastChannel, in every engine of the process, is a member of
 * one process-wide registry: its name and an end (port.h) that only
 * receives.  postMessage copies the message to the queue of every other
 * member with the same name, and wakes each one's loop; a member's handle
 * delivers them like a MessagePort's (engine/port.c).
 *
 * Threading: the registry is a list behind one mutex, taken by any
 * engine's thread.  Lock order: the registry's mutex, then a channel's
 * (nd__end_deliver takes it).  A member leaves the registry when its
 * holder lets go of its end (close, or its engine ends), through the
 * end's released callback, which port.c calls without holding any lock.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "internal.h"
#include "port.h"
#include "../pool/thread.h"

typedef struct member_s {
    struct member_s *next;
    nd_end_t *end;
    size_t len;
    char name[];
} member_t;

static nd_mutex_t registry_lock;
static nd_once_t registry_once = ND_ONCE_INIT;
static member_t *registry; /* guarded by registry_lock */

static void registry_init(void) {
    int err = nd_mutex_init(&registry_lock);

    assert(err == 0);
    (void)err;
}

static void lock_registry(void) {
    nd_once(&registry_once, registry_init);
    nd_mutex_lock(&registry_lock);
}

/* The end's holder let go of it: it leaves the registry. */
static void member_released(nd_end_t *end) {
    member_t **pp, *m = NULL;

    lock_registry();
    for (pp = &registry; *pp != NULL; pp = &(*pp)->next) {
        if ((*pp)->end == end) {
            m = *pp;
            *pp = m->next;
            break;
        }
    }
    nd_mutex_unlock(&registry_lock);
    free(m);
}

/* join(name) -> handle: a new member, started (it keeps the loop alive
 * until closed or unref'd, as Node's BroadcastChannel does) */
static duk_ret_t b_join(duk_context *ctx) {
    size_t len;
    const char *name = nd_check_string(ctx, 0, "name", &len);
    member_t *m = malloc(sizeof(*m) + len);
    nd_end_t *end = m != NULL ? nd__end_new_solo(member_released) : NULL;

    if (end == NULL) {
        free(m);
        return nd_throw_syserr(ctx, ND_ENOMEM, "BroadcastChannel", NULL, NULL);
    }
    m->end = end;
    m->len = len;
    memcpy(m->name, name, len);
    lock_registry();
    m->next = registry;
    registry = m;
    nd_mutex_unlock(&registry_lock);
    nd__end_push_handle(ctx, end, 1); /* if this throws, end is released */
    duk_push_pointer(ctx, end);
    duk_put_prop_string(ctx, -2, DUK_HIDDEN_SYMBOL("end"));
    return 1;
}

/* post(handle, name, bytes): a copy to every other member named name */
static duk_ret_t b_post(duk_context *ctx) {
    nd_end_t *self;
    size_t len, n;
    const char *name = nd_check_string(ctx, 1, "name", &len);
    void *data = nd_check_buffer(ctx, 2, "bytes", &n);
    member_t *m;
    nd_msg_t *msg;
    int rc = 0;

    duk_get_prop_string(ctx, 0, DUK_HIDDEN_SYMBOL("end"));
    self = duk_get_pointer(ctx, -1);
    duk_pop(ctx);
    lock_registry();
    for (m = registry; m != NULL; m = m->next) {
        if (m->end == self || m->len != len || memcmp(m->name, name, len))
            continue;
        msg = nd__msg_new(1, data, n);
        if (msg == NULL) {
            rc = ND_ENOMEM;
            break;
        }
        nd__end_deliver(m->end, msg);
    }
    nd_mutex_unlock(&registry_lock);
    if (rc < 0)
        return nd_throw_syserr(ctx, rc, "postMessage", NULL, NULL);
    return 0;
}

static const duk_function_list_entry funcs[] = {
    {"join", b_join, 1}, {"post", b_post, 3}, {NULL, NULL, 0}};

/* see port.h */
duk_ret_t nd_mod_broadcast_open(duk_context *ctx) {
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, funcs);
    return 1;
}
