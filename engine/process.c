/*
 * process.c - internalBinding('process'): the native half of `process`.
 *
 * engine/js/process.js builds the Node-compatible object; this file gives
 * it facts about the process (argv, pid, versions, memory) and the few
 * actions that need the OS (cwd/chdir, environment, kill, umask, writing
 * the standard streams, exit, signal watchers).  Every OS call goes through
 * loop/sys.h.
 *
 * Signal watchers are the only handles here.  Each is an nd_signal_t owned
 * by a small struct on the engine's "process" state list; its JS handle
 * object (which carries the callback) is pinned while the watcher lives, so
 * the callback cannot be collected under it.
 *
 * Threading: the engine's thread.
 */
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <llhttp.h>

#include "check.h"
#include "internal.h"
#include "nd_build.h"
#include "utf8.h"
#include "../loop/sys.h"

/* ---- per-engine state: live signal watchers ----------------------------- */

typedef struct {
    nd_engine_state_t base;
    nd_queue_t signals; /* psignal_t.link */
} pstate_t;

typedef struct {
    nd_signal_t sig;
    nd_engine_t *engine;
    nd_pin_t pin; /* the JS handle object */
    nd_queue_t link;
} psignal_t;

static const nd_handle_type_t signal_type = {"Signal"};

static void signal_closed(nd_handle_t *h) {
    free(h->data);
}

/* Stop watching: close the loop handle, release the JS object. */
static void signal_release(psignal_t *ps) {
    nd_queue_remove(&ps->link);
    nd_unpin(nd_engine_ctx(ps->engine), ps->pin);
    ps->pin = 0;
    nd_close(&ps->sig.h, signal_closed);
}

static void pstate_close(nd_engine_t *e, nd_engine_state_t *st) {
    pstate_t *ps = (pstate_t *)st;

    (void)e;
    while (!nd_queue_empty(&ps->signals))
        signal_release(
            ND_QUEUE_DATA(nd_queue_head(&ps->signals), psignal_t, link));
    free(ps);
}

static pstate_t *get_state(duk_context *ctx) {
    nd_engine_t *e = nd_engine_get(ctx);
    pstate_t *ps = (pstate_t *)nd_engine_find_state(e, "process");

    if (ps == NULL) {
        ps = calloc(1, sizeof(*ps));
        if (ps == NULL)
            nd_throw_syserr(ctx, ND_ENOMEM, "signal", NULL, NULL);
        ps->base.name = "process";
        ps->base.close = pstate_close;
        nd_queue_init(&ps->signals);
        nd_engine_add_state(e, &ps->base);
    }
    return ps;
}

/* The loop saw the signal: call the handle's callback through the bridge. */
static void on_signal(nd_signal_t *s, int signum) {
    psignal_t *ps = s->h.data;
    duk_context *ctx = nd_engine_ctx(ps->engine);

    nd_pin_push(ctx, ps->pin);
    duk_get_prop_string(ctx, -1, DUK_HIDDEN_SYMBOL("cb"));
    duk_remove(ctx, -2);
    duk_push_int(ctx, signum);
    nd_engine_call(ps->engine, 1);
    duk_pop(ctx);
}

/* signalStart(signum, callback) -> handle */
static duk_ret_t p_signal_start(duk_context *ctx) {
    int signum = nd_check_int32(ctx, 0, "signal");
    pstate_t *st;
    psignal_t *ps;
    int rc;

    nd_check_function(ctx, 1, "callback");
    st = get_state(ctx);
    ps = calloc(1, sizeof(*ps));
    if (ps == NULL)
        return nd_throw_syserr(ctx, ND_ENOMEM, "signal", NULL, NULL);
    ps->engine = nd_engine_get(ctx);
    rc = nd_signal_init(nd_engine_loop(ps->engine), &ps->sig);
    if (rc < 0) {
        free(ps);
        return nd_throw_syserr(ctx, rc, "signal", NULL, NULL);
    }
    ps->sig.h.data = ps;
    nd_queue_insert_tail(&st->signals, &ps->link);
    rc = nd_signal_start(&ps->sig, on_signal, signum);
    if (rc < 0) {
        signal_release(ps);
        return nd_throw_syserr(ctx, rc, "signal", NULL, NULL);
    }
    nd_push_handle(ctx, ps, &signal_type);
    duk_dup(ctx, 1);
    duk_put_prop_string(ctx, -2, DUK_HIDDEN_SYMBOL("cb"));
    ps->pin = nd_pin(ctx, -1);
    return 1;
}

/* signalStop(handle) */
static duk_ret_t p_signal_stop(duk_context *ctx) {
    psignal_t *ps = nd_check_handle(ctx, 0, &signal_type);

    nd_handle_clear(ctx, 0);
    signal_release(ps);
    return 0;
}

/* signalRef(handle, ref): whether the watcher keeps the loop alive. */
static duk_ret_t p_signal_ref(duk_context *ctx) {
    psignal_t *ps = nd_check_handle(ctx, 0, &signal_type);

    if (nd_check_bool(ctx, 1, "ref"))
        nd_ref(&ps->sig.h);
    else
        nd_unref(&ps->sig.h);
    return 0;
}

/* ---- facts -------------------------------------------------------------- */

static void push_string_array(duk_context *ctx, char **v, int n) {
    int i;

    duk_push_array(ctx);
    for (i = 0; i < n; i++) {
        duk_push_string(ctx, v[i]);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
}

/* Push the result of a cwd-like call (nd_sys_cwd, nd_sys_exepath), growing
 * the buffer as asked.  Returns 0 or the error (nothing pushed). */
static int push_path(duk_context *ctx, int (*fn)(char *, size_t *)) {
    char small[256];
    char *buf = small;
    size_t len = sizeof(small);
    int rc;

    rc = fn(buf, &len);
    if (rc == ND_ENOBUFS) {
        buf = malloc(len + 1);
        if (buf == NULL)
            return ND_ENOMEM;
        len += 1;
        rc = fn(buf, &len);
    }
    if (rc == 0)
        duk_push_lstring(ctx, buf, len);
    if (buf != small)
        free(buf);
    return rc;
}

static void push_versions(duk_context *ctx) {
    long v = DUK_VERSION;

    duk_push_object(ctx);
    duk_push_string(ctx, ND_VERSION);
    duk_put_prop_string(ctx, -2, "nodule");
    duk_push_sprintf(ctx, "%ld.%ld.%ld", v / 10000, v / 100 % 100, v % 100);
    duk_put_prop_string(ctx, -2, "duktape");
    duk_push_string(ctx, ND_BEARSSL_VERSION);
    duk_put_prop_string(ctx, -2, "bearssl");
    duk_push_string(ctx, zlibVersion());
    duk_put_prop_string(ctx, -2, "zlib");
    duk_push_sprintf(ctx, "%d.%d.%d", LLHTTP_VERSION_MAJOR,
                     LLHTTP_VERSION_MINOR, LLHTTP_VERSION_PATCH);
    duk_put_prop_string(ctx, -2, "llhttp");
}

/* cwd() */
static duk_ret_t p_cwd(duk_context *ctx) {
    int rc = push_path(ctx, nd_sys_cwd);

    if (rc < 0)
        return nd_throw_syserr(ctx, rc, "uv_cwd", NULL, NULL);
    return 1;
}

/* chdir(directory) */
static duk_ret_t p_chdir(duk_context *ctx) {
    const char *dir = nd_check_path(ctx, 0, "directory");
    int rc = nd_sys_chdir(dir);

    if (rc < 0) {
        if (push_path(ctx, nd_sys_cwd) < 0)
            duk_push_string(ctx, "");
        return nd_throw_syserr(ctx, rc, "chdir", duk_get_string(ctx, -1), dir);
    }
    return 0;
}

/* umask([mask]) -> old mask.  Without an argument it reads the mask (by
 * setting it and putting it back, the only portable way). */
static duk_ret_t p_umask(duk_context *ctx) {
    unsigned old;

    if (duk_is_undefined(ctx, 0)) {
        old = nd_sys_umask(0);
        nd_sys_umask(old);
    } else {
        old = nd_sys_umask((unsigned)nd_check_integer(ctx, 0, "mask", 0, 0777));
    }
    duk_push_uint(ctx, old);
    return 1;
}

/* kill(pid, signum): throws Node's errnoException shape ("kill ESRCH"). */
static duk_ret_t p_kill(duk_context *ctx) {
    int pid = nd_check_int32(ctx, 0, "pid");
    int sig = nd_check_integer(ctx, 1, "signal", 0, 1024);
    int rc = nd_sys_kill(pid, sig);

    if (rc < 0) {
        nd_push_error(ctx, DUK_ERR_ERROR, NULL, "kill %s", nd_err_name(rc));
        duk_push_int(ctx, rc);
        duk_put_prop_string(ctx, -2, "errno");
        duk_push_string(ctx, nd_err_name(rc));
        duk_put_prop_string(ctx, -2, "code");
        duk_push_string(ctx, "kill");
        duk_put_prop_string(ctx, -2, "syscall");
        return duk_throw(ctx);
    }
    return 0;
}

/* signalNumber(name) -> number, 0 if unknown */
static duk_ret_t p_signal_number(duk_context *ctx) {
    duk_push_int(ctx,
                 nd_sys_signal_number(nd_check_string(ctx, 0, "signal", NULL)));
    return 1;
}

static void put_signal(const char *name, int num, void *arg) {
    duk_context *ctx = arg;

    duk_push_int(ctx, num);
    duk_put_prop_string(ctx, -2, name);
}

/* signals() -> { SIGHUP: 1, ... } */
static duk_ret_t p_signals(duk_context *ctx) {
    duk_push_object(ctx);
    nd_sys_signal_each(put_signal, ctx);
    return 1;
}

/* hrtime() -> [seconds, nanoseconds] of the monotonic clock */
static duk_ret_t p_hrtime(duk_context *ctx) {
    uint64_t ns = nd_hrtime();

    duk_push_array(ctx);
    duk_push_number(ctx, (double)(ns / 1000000000u));
    duk_put_prop_index(ctx, -2, 0);
    duk_push_number(ctx, (double)(ns % 1000000000u));
    duk_put_prop_index(ctx, -2, 1);
    return 1;
}

/* uptime() -> seconds since the engine started */
static duk_ret_t p_uptime(duk_context *ctx) {
    nd_engine_t *e = nd_engine_get(ctx);

    duk_push_number(ctx, (double)(nd_hrtime() - nd_engine_start_time(e)) / 1e9);
    return 1;
}

/* rss() */
static duk_ret_t p_rss(duk_context *ctx) {
    size_t rss = 0;
    int rc = nd_sys_rss(&rss);

    if (rc < 0)
        return nd_throw_syserr(ctx, rc, "uv_resident_set_memory", NULL, NULL);
    duk_push_number(ctx, (double)rss);
    return 1;
}

/* heapUsed() -> bytes the Duktape heap holds */
static duk_ret_t p_heap_used(duk_context *ctx) {
    duk_push_number(ctx, (double)nd_engine_heap_bytes(nd_engine_get(ctx)));
    return 1;
}

/* reallyExit(code): 'exit' listeners have run; end now. */
static duk_ret_t p_really_exit(duk_context *ctx) {
    int code = nd_check_int32(ctx, 0, "code");

    nd__engine_exit(nd_engine_get(ctx), code, 0);
    /* Not the main program: unwind (nd_engine_interrupted() keeps
     * throwing until C has control again). */
    return nd_throw(ctx, DUK_ERR_ERROR, "ERR_PROCESS_EXITED",
                    "process.exit() was called");
}

/* ---- the environment ---------------------------------------------------- */

/* Runs protected, under the environment lock: fill the object at -1. */
static duk_ret_t fill_environ(duk_context *ctx, void *udata) {
    char **env = nd_sys_environ();
    const char *eq;

    (void)udata;
    for (; env != NULL && *env != NULL; env++) {
        eq = strchr(*env, '=');
        if (eq == NULL || eq == *env)
            continue;
        duk_push_lstring(ctx, *env, (size_t)(eq - *env));
        duk_push_string(ctx, eq + 1);
        duk_put_prop(ctx, -3);
    }
    return 0;
}

/* environ() -> { NAME: value } snapshot */
static duk_ret_t p_environ(duk_context *ctx) {
    duk_int_t rc;

    duk_push_object(ctx);
    nd_sys_env_lock(); /* a worker may set a variable meanwhile */
    rc = duk_safe_call(ctx, fill_environ, NULL, 0, 1);
    nd_sys_env_unlock();
    if (rc != DUK_EXEC_SUCCESS)
        return duk_throw(ctx);
    duk_pop(ctx);
    return 1;
}

/* envGeneration() -> a number that changes when the environment does */
static duk_ret_t p_env_generation(duk_context *ctx) {
    duk_push_uint(ctx, nd_sys_env_generation());
    return 1;
}

/* setenv(name, value) -> 0 or error code */
static duk_ret_t p_setenv(duk_context *ctx) {
    const char *name = nd_check_path(ctx, 0, "name");
    const char *value = nd_check_path(ctx, 1, "value");

    duk_push_int(ctx, nd_sys_setenv(name, value));
    return 1;
}

/* unsetenv(name) -> 0 or error code */
static duk_ret_t p_unsetenv(duk_context *ctx) {
    duk_push_int(ctx, nd_sys_unsetenv(nd_check_path(ctx, 0, "name")));
    return 1;
}

/* ---- standard streams --------------------------------------------------- */

/* writeSync(fd, data) -> 0 or a negative error code; data is a string
 * (written as UTF-8) or bytes.  Synchronous on purpose: nothing written
 * before exit is ever lost, even to a slow pipe. */
static duk_ret_t p_write(duk_context *ctx) {
    int fd = nd_check_integer(ctx, 0, "fd", 0, INT32_MAX);
    const void *p;
    size_t len;

    if (duk_is_string(ctx, 1) && !duk_is_symbol(ctx, 1))
        p = nd_utf8_encode(ctx, 1, &len);
    else
        p = nd_check_buffer(ctx, 1, "data", &len);
    duk_push_int(ctx, len == 0 ? 0 : nd_sys_write_all(fd, p, len));
    return 1;
}

/* isatty(fd) */
static duk_ret_t p_isatty(duk_context *ctx) {
    duk_push_boolean(
        ctx, nd_sys_isatty(nd_check_integer(ctx, 0, "fd", 0, INT32_MAX)));
    return 1;
}

/* errname(code) -> "ENOENT" */
static duk_ret_t p_errname(duk_context *ctx) {
    duk_push_string(ctx, nd_err_name(nd_check_int32(ctx, 0, "err")));
    return 1;
}

/* ---- the binding -------------------------------------------------------- */

static const duk_function_list_entry funcs[] = {
    {"chdir", p_chdir, 1},
    {"cwd", p_cwd, 0},
    {"envGeneration", p_env_generation, 0},
    {"environ", p_environ, 0},
    {"errname", p_errname, 1},
    {"heapUsed", p_heap_used, 0},
    {"hrtime", p_hrtime, 0},
    {"isatty", p_isatty, 1},
    {"kill", p_kill, 2},
    {"reallyExit", p_really_exit, 1},
    {"rss", p_rss, 0},
    {"setenv", p_setenv, 2},
    {"signalNumber", p_signal_number, 1},
    {"signalRef", p_signal_ref, 2},
    {"signalStart", p_signal_start, 2},
    {"signalStop", p_signal_stop, 1},
    {"signals", p_signals, 0},
    {"umask", p_umask, 1},
    {"unsetenv", p_unsetenv, 1},
    {"uptime", p_uptime, 0},
    {"writeSync", p_write, 2},
    {NULL, NULL, 0}};

/* see engine.h */
duk_ret_t nd_mod_process_open(duk_context *ctx) {
    nd_engine_t *e = nd_engine_get(ctx);
    const nd_engine_options_t *o = &e->opts;
    int rc;

    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, funcs);

    push_string_array(ctx, o->args, o->nargs);
    duk_put_prop_string(ctx, -2, "args");
    push_string_array(ctx, o->exec_args, o->nexec_args);
    duk_put_prop_string(ctx, -2, "execArgv");
    duk_push_string(ctx, o->argv0 != NULL ? o->argv0 : "nodule");
    duk_put_prop_string(ctx, -2, "argv0");
    rc = push_path(ctx, nd_sys_exepath);
    if (rc < 0)
        duk_push_string(ctx, o->argv0 != NULL ? o->argv0 : "nodule");
    duk_put_prop_string(ctx, -2, "execPath");
    duk_push_int(ctx, nd_sys_pid());
    duk_put_prop_string(ctx, -2, "pid");
    duk_push_int(ctx, nd_sys_ppid());
    duk_put_prop_string(ctx, -2, "ppid");
    duk_push_string(ctx, ND_HOST_OS);
    duk_put_prop_string(ctx, -2, "os");
    duk_push_string(ctx, ND_HOST_CPU);
    duk_put_prop_string(ctx, -2, "cpu");
    duk_push_string(ctx, ND_VERSION);
    duk_put_prop_string(ctx, -2, "version");
    push_versions(ctx);
    duk_put_prop_string(ctx, -2, "versions");
    return 1;
}
