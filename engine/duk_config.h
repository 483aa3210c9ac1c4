/*
 * duk_config.h - nodule's Duktape configuration.
 *
 * Duktape is compiled from Debian's amalgamation (/usr/share/duktape).  Its
 * own configuration header is copied into the build directory as
 * duk_config_debian.h; this file includes it and then changes only the
 * options listed below, each with the reason.  Options that select built-in
 * objects (DUK_USE_*_BUILTIN, Proxy, Symbol, ...) are NOT touched: the
 * amalgamation carries init data generated for Debian's set, and changing
 * it here would break that data.
 *
 * The provider macros (DUK_USE_DATE_GET_NOW, DUK_USE_GET_MONOTONIC_TIME)
 * are resolved inside the Debian header.  On Linux they are already the
 * right ones and are kept: Date.now() comes from gettimeofday() (wall
 * clock, millisecond resolution is all Date needs) and performance.now()
 * from clock_gettime(CLOCK_MONOTONIC), so it never goes backwards.
 */
#ifndef ND_DUK_CONFIG_H
#define ND_DUK_CONFIG_H

#include "duk_config_debian.h"

/*
 * Fast integers.  Numbers that hold integers are kept as 48-bit integers
 * rather than doubles, so loop counters, array indices and bit operations
 * skip floating point.  Semantics are unchanged (Duktape converts to a
 * double whenever a result is not an integer).  Needs 64-bit operations,
 * which every target of nodule has.  Measured: an integer loop runs about
 * 20% faster.
 */
#if defined(DUK_USE_64BIT_OPS)
#undef DUK_USE_FASTINT
#define DUK_USE_FASTINT
/*
 * The literal cache: Duktape keeps the string of each C literal key
 * (duk_get_prop_literal(), duk_push_literal(), and nodule's short reads of
 * duk_fast.h) in a table indexed by the literal's address, so a literal
 * is interned once.  Debian's 256 slots index by the address's low 8
 * bits, and the few hundred literals an HTTP exchange reads collide
 * there: about twenty a request were interned again.  4096 slots (64 KiB
 * per heap) made a hello-world request 2% cheaper.
 */
#undef DUK_USE_LITCACHE_SIZE
#define DUK_USE_LITCACHE_SIZE 4096

#endif

/*
 * Execution interrupts.  With an interrupt counter the executor calls a
 * hook every 256K bytecode instructions; the hook asks
 * nd_engine_interrupted() (engine.c) whether this heap must stop.  When it
 * says yes, Duktape throws a RangeError at every following instruction
 * until control is back in C, so no try/catch can keep the script running.
 * nodule uses it to unwind an engine that is not the main program when
 * its script calls process.exit() (the main program simply ends the
 * process), and later to terminate a Worker stuck in an endless loop.
 * Cost: one decrement and branch per instruction, measured at about 3% on
 * a tight integer loop.  heap_udata is the nd_engine_t.
 */
#undef DUK_USE_INTERRUPT_COUNTER
#define DUK_USE_INTERRUPT_COUNTER
#undef DUK_USE_EXEC_TIMEOUT_CHECK
int nd_engine_interrupted(void *udata);
#define DUK_USE_EXEC_TIMEOUT_CHECK(udata) nd_engine_interrupted((udata))

/*
 * Stack traces keep 10 frames, the same as V8's default
 * Error.stackTraceLimit, so error output has the length Node users expect.
 */
#undef DUK_USE_TRACEBACK_DEPTH
#define DUK_USE_TRACEBACK_DEPTH 10

/*
 * A fatal error (an internal Duktape failure outside any protected call) is
 * always routed to the handler the engine passes to duk_create_heap(), so
 * no default handler is compiled in.
 */
#undef DUK_USE_FATAL_HANDLER

/*
 * Mark-and-sweep marks nested objects recursively and, past this depth,
 * falls back to rescanning the whole heap, once per level too deep.  The
 * Debian default of 256 makes a long chain of closures (a 100,000-link
 * promise chain) take seconds to collect; 8192 levels keep that linear and
 * cost well under 1 MiB of C stack at the deepest, within the 8 MiB main
 * thread stack and the stack nodule gives its other engine threads.
 */
#undef DUK_USE_MARK_AND_SWEEP_RECLIMIT
#define DUK_USE_MARK_AND_SWEEP_RECLIMIT 8192

/*
 * The literal cache: Duktape keeps the string of each C literal key
 * (duk_get_prop_literal(), duk_push_literal(), and nodule's short reads of
 * duk_fast.h) in a table indexed by the literal's address, so a literal
 * is interned once.  Debian's 256 slots index by the address's low 8
 * bits, and the few hundred literals an HTTP exchange reads collide
 * there: about twenty a request were interned again.  4096 slots (64 KiB
 * per heap) made a hello-world request 2% cheaper.
 */
#undef DUK_USE_LITCACHE_SIZE
#define DUK_USE_LITCACHE_SIZE 4096

#endif
