/*
 * engine.h - nodule's Duktape host: the contract between engine/ and the
 * native modules (the .c files in modules/) and the CLI (engine/main.c).
 *
 * An nd_engine_t is one JavaScript world: one Duktape heap and one event
 * loop, used by one thread.  The main program has one; each Worker will
 * have its own.  Engines share nothing mutable, so two engines may run on
 * two threads at once (tests/unit/engine/test-engine-threads.c).
 *
 * Life of an engine, as main.c drives it:
 *
 *     nd_engine_create()      heap, loop, bootstrap.js (process, globals)
 *     nd_engine_main() or     run the program's first turn
 *       nd_engine_eval()
 *     nd_engine_run()         the loop; 'beforeExit'; 'exit'; exit code
 *     nd_engine_destroy()
 *
 * Every call from C into JavaScript goes through nd_engine_call() (the
 * callback bridge, bridge.c): a protected call, uncaught errors routed to
 * process 'uncaughtException' or reported (exit code 1), then the nextTick
 * and microtask queues drained.
 *
 * Native modules: `duk_ret_t nd_mod_<name>_open(duk_context *)` pushes the
 * module's binding object (its C functions); JS reaches it through
 * internalBinding('<name>'), built once per engine and cached.  The table
 * of names is in loader.c.
 *
 * JS values that must outlive a native call (a callback waiting for an fs
 * request, the object behind an active timer) are pinned: kept in a table
 * in the heap stash from start to completion, never held as raw heap
 * pointers.
 */
#ifndef ND_ENGINE_H
#define ND_ENGINE_H

#include <stddef.h>
#include <stdint.h>

#include "duktape.h"
#include "../loop/loop.h"

typedef struct nd_engine_s nd_engine_t;

typedef struct {
    const char *argv0;        /* process.argv0: the command as typed */
    char **args;              /* process.argv[1..]: script path, its args */
    int nargs;
    char **exec_args;         /* process.execArgv */
    int nexec_args;
    /* When set, process.exit() ends the OS process at once (after its
     * 'exit' listeners), as Node does.  Only the main program sets it; any
     * other engine unwinds instead (see nd_engine_interrupted()). */
    int hard_exit;
    /* When not 0, the heap may hold at most this many bytes: an allocation
     * beyond it fails (Duktape throws "alloc failed").  A Worker's
     * resourceLimits.maxOldGenerationSizeMb. */
    size_t heap_limit;
} nd_engine_options_t;

/* Create an engine: heap, loop, bootstrap.  *out is NULL on failure, and
 * the negative ND_E* code is returned (a message is printed on stderr when
 * the bootstrap itself throws, which is a bug in the embedded JS). */
int nd_engine_create(nd_engine_t **out, const nd_engine_options_t *opts);

/* Stop JS for good, close every handle the engine's modules own, let
 * pending requests finish (their callbacks no longer reach JS), free the
 * heap and the loop.  Safe after any outcome of the calls below. */
void nd_engine_destroy(nd_engine_t *e);

/* Run a file as the main module (internal/module's runMain).  path need not
 * be absolute.  Errors are handled by the bridge; returns 0. */
int nd_engine_main(nd_engine_t *e, const char *path);

/* Run code in the global scope, as `node -e` (print = 0) or `-p`
 * (print = 1), under the file name `name` ("[eval]", "[stdin]"). */
int nd_engine_eval(nd_engine_t *e, const char *code, size_t len,
                   const char *name, int print);

/* Run the loop until nothing is alive, emitting 'beforeExit' each time it
 * drains (which may revive it), then 'exit'.  Returns the exit code. */
int nd_engine_run(nd_engine_t *e);

/* The engine that owns ctx, its loop, and back. */
nd_engine_t *nd_engine_get(duk_context *ctx);
duk_context *nd_engine_ctx(const nd_engine_t *e);
nd_loop_t *nd_engine_loop(nd_engine_t *e);

/* Is the engine shutting down (process.exit() called, or a fatal error
 * reported)?  Then the bridge no longer calls JS. */
int nd_engine_exiting(const nd_engine_t *e);

/* Has the heap refused an allocation because of opts.heap_limit? */
int nd_engine_heap_limited(const nd_engine_t *e);

/* Thread-safe: ask the engine to stop running JS for good (a Worker's
 * terminate()).  Running JS throws at the next interrupt check; the bridge
 * then ends the engine with exit code 1 instead of reporting the error.
 * The caller must also wake the engine's loop if it may be idle. */
void nd_engine_terminate(nd_engine_t *e);

/* Bytes the heap has allocated and not freed (process.memoryUsage()). */
size_t nd_engine_heap_bytes(const nd_engine_t *e);

/* Monotonic nanoseconds at engine creation (process.uptime()). */
uint64_t nd_engine_start_time(const nd_engine_t *e);

/* ---- the callback bridge (bridge.c) ------------------------------------ */

/* Call the function below nargs arguments on the value stack, replacing
 * them with one result (undefined on error).  An exception is routed to
 * 'uncaughtException' or reported and ends the engine.  Then, unless this
 * call is nested inside another JS call, the nextTick and microtask queues
 * are drained.  Returns 0, ND_ECANCELED when the engine is exiting (nothing
 * was called), or ND_EINVAL when the function threw. */
int nd_engine_call(nd_engine_t *e, duk_idx_t nargs);

typedef uint64_t nd_pin_t;
/* The end of a one-shot request whose JS callback takes only a status:
 * call the pinned function cb(status) as nd_engine_call() does (nothing
 * when the engine is exiting), then unpin cb. */
void nd_engine_call_status(nd_engine_t *e, nd_pin_t cb, int status);

/* ---- pinning ------------------------------------------------------------ */

/* nd_pin_t is a handle on a pinned value; 0 means "nothing pinned".  A
 * pin that was unpinned already finds nothing, even once its slot is
 * reused. */

/* Keep the value at idx alive until nd_unpin().  Never returns 0. */
nd_pin_t nd_pin(duk_context *ctx, duk_idx_t idx);
/* Push the pinned value (undefined if pin is 0 or unknown). */
void nd_pin_push(duk_context *ctx, nd_pin_t pin);
/* Release it.  Unpinning 0 does nothing. */
void nd_unpin(duk_context *ctx, nd_pin_t pin);

/* ---- per-engine state of native modules --------------------------------- */

/* A module that needs state per engine (loop handles, queues) embeds this
 * at the start of its own struct and registers it once.  At destroy, the
 * engine calls close() for each state, newest first, before its final loop
 * run: close() must nd_close() the module's handles and free the state,
 * directly or from those handles' close callbacks. */
typedef struct nd_engine_state_s nd_engine_state_t;
struct nd_engine_state_s {
    nd_engine_state_t *next;
    const char *name;
    void (*close)(nd_engine_t *e, nd_engine_state_t *st);
};

void nd_engine_add_state(nd_engine_t *e, nd_engine_state_t *st);
/* The state registered under name, or NULL. */
nd_engine_state_t *nd_engine_find_state(nd_engine_t *e, const char *name);

/* ---- native modules ----------------------------------------------------- */

/* Push a C function with nargs (or DUK_VARARGS) whose `name` is name and,
 * when length >= 0, whose `length` is length: what inspect, stack traces
 * and Function.length show, as for Node's own functions (loader.c). */
void nd_push_native(duk_context *ctx, duk_c_function fn, duk_idx_t nargs,
                    const char *name, int length);

duk_ret_t nd_mod_broadcast_open(duk_context *ctx);
duk_ret_t nd_mod_buffer_open(duk_context *ctx);
duk_ret_t nd_mod_crypto_open(duk_context *ctx);
duk_ret_t nd_mod_dns_open(duk_context *ctx);
duk_ret_t nd_mod_events_open(duk_context *ctx);
duk_ret_t nd_mod_fs_open(duk_context *ctx);
duk_ret_t nd_mod_http_head_open(duk_context *ctx);
duk_ret_t nd_mod_http_parser_open(duk_context *ctx);
duk_ret_t nd_mod_messaging_open(duk_context *ctx);
duk_ret_t nd_mod_os_open(duk_context *ctx);
duk_ret_t nd_mod_process_open(duk_context *ctx);
duk_ret_t nd_mod_stream_wrap_open(duk_context *ctx);
duk_ret_t nd_mod_timers_open(duk_context *ctx);
duk_ret_t nd_mod_tasks_open(duk_context *ctx);
duk_ret_t nd_mod_tcp_wrap_open(duk_context *ctx);
duk_ret_t nd_mod_tty_open(duk_context *ctx);
duk_ret_t nd_mod_udp_wrap_open(duk_context *ctx);
duk_ret_t nd_mod_worker_open(duk_context *ctx);
duk_ret_t nd_mod_zlib_open(duk_context *ctx);

#endif
