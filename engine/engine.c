/*
 * engine.c - one JavaScript world: a Duktape heap and an event loop.
 *
 * Owns the life of an nd_engine_t (create, run, destroy), the counting
 * allocator the heap uses, the pin table that keeps JS values alive across
 * asynchronous work, and the per-engine state list of native modules.
 *
 * Threading: an engine belongs to the thread that created it; nothing here
 * is shared between engines.  The one field read from inside Duktape at
 * unpredictable times is `interrupt` (an atomic), checked by
 * nd_engine_interrupted() every 256K bytecode instructions.
 *
 * Invariants:
 *   - heap_bytes is the sum of the sizes of the heap's live allocations.
 *   - A pinned value sits at index `slot` of the array
 *     stash[ND__STASH_PINS] until nd_unpin(); the slot is then free and
 *     its generation moves on, so a stale pin never finds a newer value
 *     (see "pins" below).
 *   - Once `exiting` is set no JS runs again (the bridge checks it).
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "../loop/sys.h"

/* ---- the counting allocator --------------------------------------------- */

/* Each block carries its size in front, so realloc and free can keep
 * heap_bytes exact.  The union keeps the payload maximally aligned. */
typedef union {
    max_align_t align;
    size_t size;
} block_t;

/* Would replacing old bytes by size bytes break opts.heap_limit? */
static int over_limit(nd_engine_t *e, size_t old, size_t size) {
    size_t limit = e->opts.heap_limit;

    if (limit == 0 || size <= old || e->heap_bytes - old + size <= limit)
        return 0;
    e->heap_limited = 1;
    return 1;
}

static void *heap_alloc(void *udata, duk_size_t size) {
    nd_engine_t *e = udata;
    block_t *b;

    if (size == 0)
        return NULL;
    if (over_limit(e, 0, size))
        return NULL;
    b = malloc(sizeof(*b) + size);
    if (b == NULL)
        return NULL;
    b->size = size;
    e->heap_bytes += size;
    return b + 1;
}

static void heap_free(void *udata, void *ptr) {
    nd_engine_t *e = udata;
    block_t *b;

    if (ptr == NULL)
        return;
    b = (block_t *)ptr - 1;
    e->heap_bytes -= b->size;
    free(b);
}

static void *heap_realloc(void *udata, void *ptr, duk_size_t size) {
    nd_engine_t *e = udata;
    block_t *b, *nb;
    size_t old;

    if (ptr == NULL)
        return heap_alloc(udata, size);
    if (size == 0) {
        heap_free(udata, ptr);
        return NULL;
    }
    b = (block_t *)ptr - 1;
    old = b->size;
    if (over_limit(e, old, size))
        return NULL;
    nb = realloc(b, sizeof(*nb) + size);
    if (nb == NULL)
        return NULL;
    nb->size = size;
    e->heap_bytes = e->heap_bytes - old + size;
    return nb + 1;
}

/* Duktape calls this only for an error outside every protected call, which
 * nodule never makes: it is an internal bug, so stop loudly. */
static void heap_fatal(void *udata, const char *msg) {
    static const char head[] = "nodule: fatal Duktape error: ";

    (void)udata;
    nd_sys_write_all(2, head, sizeof(head) - 1);
    if (msg != NULL)
        nd_sys_write_all(2, msg, strlen(msg));
    nd_sys_write_all(2, "\n", 1);
    abort();
}

/* see duk_config.h */
int nd_engine_interrupted(void *udata) {
    nd_engine_t *e = udata;

    return e != NULL && atomic_load(&e->interrupt);
}

/* see engine.h */
void nd_engine_terminate(nd_engine_t *e) {
    atomic_store(&e->terminated, 1);
    atomic_store(&e->interrupt, 1);
}

/* ---- create and destroy ------------------------------------------------- */

/* Runs protected: build the loader, then run bootstrap.js and keep the
 * entry points it returns. */
static duk_ret_t bootstrap(duk_context *ctx, void *udata) {
    (void)udata;
    nd__loader_init(ctx);
    duk_push_heap_stash(ctx);
    nd__require(ctx, "internal/bootstrap");
    duk_put_prop_string(ctx, -2, ND__STASH_ENTRIES);
    duk_pop(ctx);
    return 0;
}

/* see engine.h */
int nd_engine_create(nd_engine_t **out, const nd_engine_options_t *opts) {
    nd_engine_t *e;
    int rc;

    *out = NULL;
    e = calloc(1, sizeof(*e));
    if (e == NULL)
        return ND_ENOMEM;
    e->opts = *opts;
    e->pin_free = ND__PIN_NONE;
    e->start_ns = nd_hrtime();
    atomic_init(&e->interrupt, 0);
    atomic_init(&e->terminated, 0);

    rc = nd_loop_init(&e->loop);
    if (rc < 0) {
        free(e);
        return rc;
    }
    e->loop_inited = 1;
    e->loop.data = e;

    e->ctx =
        duk_create_heap(heap_alloc, heap_realloc, heap_free, e, heap_fatal);
    if (e->ctx == NULL) {
        nd_engine_destroy(e);
        return ND_ENOMEM;
    }
    if (duk_safe_call(e->ctx, bootstrap, NULL, 0, 1) != DUK_EXEC_SUCCESS) {
        nd__print_error(e->ctx, -1);
        nd_engine_destroy(e);
        return ND_EINVAL;
    }
    duk_pop(e->ctx);
    *out = e;
    return 0;
}

/* see engine.h */
void nd_engine_destroy(nd_engine_t *e) {
    nd_engine_state_t *st;
    int rc;

    if (e == NULL)
        return;
    e->exiting = 1;
    atomic_store(&e->interrupt, 1);
    while ((st = e->states) != NULL) {
        e->states = st->next;
        st->close(e, st);
    }
    /* Close callbacks and still-pending requests finish here.  Their C
     * halves may unpin values, so the heap must still exist; the bridge no
     * longer calls JS. */
    while (e->loop_inited && nd_loop_alive(&e->loop))
        nd_loop_run(&e->loop, ND_RUN_ONCE);
    if (e->ctx != NULL)
        duk_destroy_heap(e->ctx);
    free(e->pin_slots);
    if (e->loop_inited) {
        rc = nd_loop_close(&e->loop);
        assert(rc == 0 && "a module left a handle open");
        (void)rc;
    }
    free(e);
}

/* ---- running ------------------------------------------------------------ */

/* see engine.h */
int nd_engine_main(nd_engine_t *e, const char *path) {
    duk_context *ctx = e->ctx;

    nd__push_entry(e, "runMain");
    duk_push_string(ctx, path);
    nd_engine_call(e, 1);
    duk_pop(ctx);
    return 0;
}

/* see engine.h */
int nd_engine_eval(nd_engine_t *e, const char *code, size_t len,
                   const char *name, int print) {
    duk_context *ctx = e->ctx;

    nd__push_entry(e, "evalScript");
    duk_push_lstring(ctx, code, len);
    duk_push_string(ctx, name);
    duk_push_boolean(ctx, print);
    nd_engine_call(e, 3);
    duk_pop(ctx);
    return 0;
}

/* see engine.h */
int nd_engine_run(nd_engine_t *e) {
    while (!e->exiting) {
        nd_loop_run(&e->loop, ND_RUN_DEFAULT);
        if (e->exiting)
            break;
        /* The loop drained: 'beforeExit' may schedule more work. */
        nd__push_entry(e, "emitBeforeExit");
        nd_engine_call(e, 0);
        duk_pop(e->ctx);
        if (!nd_loop_alive(&e->loop))
            break;
    }
    if (!e->exiting)
        nd__engine_exit(e, -1, 1);
    return e->exit_code;
}

/* ---- accessors ---------------------------------------------------------- */

/* see engine.h */
nd_engine_t *nd_engine_get(duk_context *ctx) {
    duk_memory_functions funcs;

    duk_get_memory_functions(ctx, &funcs);
    return funcs.udata;
}

/* see engine.h */
duk_context *nd_engine_ctx(const nd_engine_t *e) {
    return e->ctx;
}

/* see engine.h */
nd_loop_t *nd_engine_loop(nd_engine_t *e) {
    return &e->loop;
}

/* see engine.h */
int nd_engine_exiting(const nd_engine_t *e) {
    return e->exiting;
}

/* see engine.h */
size_t nd_engine_heap_bytes(const nd_engine_t *e) {
    return e->heap_bytes;
}

/* see engine.h */
int nd_engine_heap_limited(const nd_engine_t *e) {
    return e->heap_limited;
}

/* see engine.h */
uint64_t nd_engine_start_time(const nd_engine_t *e) {
    return e->start_ns;
}

/* ---- pins ---------------------------------------------------------------
 *
 * The pin table is a JS array in the heap stash (ND__STASH_PINS): a pinned
 * value sits at its slot's index.  Beside it, in C, each slot has a
 * generation and a link in the list of free slots.  A pin is
 * (generation << 32) | (slot + 1): a slot is reused once freed, but its
 * generation moves on, so a stale pin (unpinned already) finds nothing
 * rather than a newer value.  Array indices, unlike the numeric keys of a
 * plain object, are not interned as strings: pinning and unpinning cost
 * no string-table work.
 */

/* Push the pin table.  It is created by nd__loader_init() and lives as
 * long as the heap, so its heap pointer, fetched once, stays valid. */
static void push_pins(nd_engine_t *e) {
    duk_context *ctx = e->ctx;

    if (e->pins == NULL) {
        duk_push_heap_stash(ctx);
        duk_get_prop_string(ctx, -1, ND__STASH_PINS);
        e->pins = duk_get_heapptr(ctx, -1);
        duk_pop_2(ctx);
    }
    duk_push_heapptr(ctx, e->pins);
}

/* Double the slot arrays; 0 or ND_ENOMEM. */
static int grow_pins(nd_engine_t *e) {
    uint32_t cap = e->pin_cap ? e->pin_cap * 2 : 64, i;
    nd__pin_slot_t *slots;

    if (e->pin_cap >= (ND__PIN_NONE >> 1))
        return ND_ENOMEM;
    slots = realloc(e->pin_slots, cap * sizeof(*slots));
    if (slots == NULL)
        return ND_ENOMEM;
    for (i = e->pin_cap; i < cap; i++) {
        slots[i].gen = 1;
        slots[i].next_free = i + 1 < cap ? i + 1 : e->pin_free;
    }
    e->pin_free = e->pin_cap;
    e->pin_slots = slots;
    e->pin_cap = cap;
    return 0;
}

/* The slot of a live pin, or ND__PIN_NONE.  The generation decides:
 * unpinning moves it on, so only the pin most recently issued for a slot
 * that is still in use carries the slot's current generation. */
static uint32_t slot_of(const nd_engine_t *e, nd_pin_t pin) {
    uint32_t slot = (uint32_t)(pin & 0xffffffffu) - 1;

    if (pin == 0 || slot >= e->pin_cap ||
        e->pin_slots[slot].gen != (uint32_t)(pin >> 32))
        return ND__PIN_NONE;
    return slot;
}

/* see engine.h */
nd_pin_t nd_pin(duk_context *ctx, duk_idx_t idx) {
    nd_engine_t *e = nd_engine_get(ctx);
    uint32_t slot;

    idx = duk_normalize_index(ctx, idx);
    if (e->pin_free == ND__PIN_NONE && grow_pins(e) != 0)
        (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory (pins)");
    slot = e->pin_free;
    e->pin_free = e->pin_slots[slot].next_free;
    e->pin_slots[slot].next_free = ND__PIN_NONE; /* in use */
    push_pins(e);
    duk_dup(ctx, idx);
    duk_put_prop_index(ctx, -2, slot);
    duk_pop(ctx);
    return ((nd_pin_t)e->pin_slots[slot].gen << 32) | (slot + 1);
}

/* see engine.h */
void nd_pin_push(duk_context *ctx, nd_pin_t pin) {
    nd_engine_t *e = nd_engine_get(ctx);
    uint32_t slot = slot_of(e, pin);

    if (slot == ND__PIN_NONE) {
        duk_push_undefined(ctx);
        return;
    }
    push_pins(e);
    duk_get_prop_index(ctx, -1, slot);
    duk_remove(ctx, -2);
}

/* see engine.h */
void nd_unpin(duk_context *ctx, nd_pin_t pin) {
    nd_engine_t *e = nd_engine_get(ctx);
    uint32_t slot = slot_of(e, pin);

    if (slot == ND__PIN_NONE)
        return;
    push_pins(e);
    duk_push_undefined(ctx);
    duk_put_prop_index(ctx, -2, slot);
    duk_pop(ctx);
    /* A new generation, skipping 0 so that no pin is ever 0. */
    if (++e->pin_slots[slot].gen == 0)
        e->pin_slots[slot].gen = 1;
    e->pin_slots[slot].next_free = e->pin_free;
    e->pin_free = slot;
}

/* ---- module states ------------------------------------------------------ */

/* see engine.h */
void nd_engine_add_state(nd_engine_t *e, nd_engine_state_t *st) {
    st->next = e->states;
    e->states = st;
}

/* see engine.h */
nd_engine_state_t *nd_engine_find_state(nd_engine_t *e, const char *name) {
    nd_engine_state_t *st;

    for (st = e->states; st != NULL; st = st->next)
        if (strcmp(st->name, name) == 0)
            return st;
    return NULL;
}
