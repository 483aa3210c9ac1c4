/*
 * internal.h - what the files of engine/ share and nobody else sees.
 *
 * The engine struct itself, the names of the heap-stash slots, and the
 * nd__ functions that engine.c, bridge.c, loader.c and process.c call in
 * one another.
 */
#ifndef ND_ENGINE_INTERNAL_H
#define ND_ENGINE_INTERNAL_H

#include <stdatomic.h>

#include "engine.h"

/* Heap-stash slots (duk_push_heap_stash()).  Hidden symbols, so no JS code
 * could reach them even if it got hold of the stash. */
#define ND__STASH_ENTRIES DUK_HIDDEN_SYMBOL("entries")   /* bootstrap's */
#define ND__STASH_PINS DUK_HIDDEN_SYMBOL("pins")         /* nd_pin() */
#define ND__STASH_MODULES DUK_HIDDEN_SYMBOL("modules")   /* core cache */
#define ND__STASH_BINDINGS DUK_HIDDEN_SYMBOL("bindings") /* internalBinding */
#define ND__STASH_REQUIRE DUK_HIDDEN_SYMBOL("require")   /* core require */
#define ND__STASH_IBINDING DUK_HIDDEN_SYMBOL("ibinding") /* internalBinding */
#define ND__STASH_TOSTRING DUK_HIDDEN_SYMBOL("errtostr") /* check.c */

/* One slot of the pin table (engine.c): its generation, and the next free
 * slot when it is free (ND__PIN_NONE when in use or last). */
#define ND__PIN_NONE UINT32_MAX
typedef struct {
    uint32_t gen;
    uint32_t next_free;
} nd__pin_slot_t;

struct nd_engine_s {
    duk_context *ctx;
    nd_loop_t loop;
    nd_engine_options_t opts;
    nd_engine_state_t *states; /* newest first */
    void *pins;                /* the pin table's array (heap pointer) */
    nd__pin_slot_t *pin_slots; /* pin_cap slots */
    uint32_t pin_cap;
    uint32_t pin_free; /* first free slot, or ND__PIN_NONE */
    uint64_t start_ns;
    size_t heap_bytes; /* the counting allocator's total */
    size_t gc_next;    /* bridge.c collects when heap_bytes passes it */
    int heap_limited;  /* an allocation failed on opts.heap_limit */
    int depth;         /* nd_engine_call() nesting */
    int exiting;       /* no more JS: process.exit() or a fatal error */
    int exit_code;
    int loop_inited;
    /* bridge.c's drain() and the queues it empties (heap pointers, found
     * on first use; the stash keeps them alive), so the check after every
     * callback makes no lookup by name. */
    void *drain_fn;
    void *ticks_fn;    /* drain.runTicks: the ticks alone */
    void *drain_queues[4];
    int drain_nqueues; /* 0 until found; -1: not the expected shape */
    /* Read by nd_engine_interrupted() from inside Duktape's executor: when
     * set, every bytecode instruction throws until control is back in C. */
    atomic_int interrupt;
    /* Set (with interrupt) by nd_engine_terminate() from another thread. */
    atomic_int terminated;
};

/* loader.c: the core require and internalBinding. */
/* Create the stash slots and the require/internalBinding functions. */
void nd__loader_init(duk_context *ctx);
/* Push the exports of core module id ('events', 'node:fs', 'internal/x');
 * compiles and runs it on first use.  Throws like JS require(). */
void nd__require(duk_context *ctx, const char *id);

/* bridge.c */
/* Push entry point `name` of the object bootstrap.js returned. */
void nd__push_entry(nd_engine_t *e, const char *name);
/* The engine is done: run 'exit' listeners with code unless they ran
 * already, then stop the loop for good (or end the process in hard-exit
 * mode).  Called by the bridge after a fatal error and by process.c's
 * reallyExit(). */
void nd__engine_exit(nd_engine_t *e, int code, int emit);
/* Print "msg: <stack of the value at idx>" on stderr without calling any
 * JS that could throw. */
void nd__print_error(duk_context *ctx, duk_idx_t idx);

/* worker.c: terminate the engine's workers and wait for their threads
 * (the main program's process.exit(), just before the process ends). */
void nd__workers_stop(nd_engine_t *e);

#endif
