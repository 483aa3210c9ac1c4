/*
 * loader.c - the core module loader and internalBinding().
 *
 * Core modules are the JavaScript files compiled into the binary
 * (js_sources.h), compiled to Duktape bytecode at build time.  Each is
 * loaded the first time something requires it, run once, and cached in the
 * heap stash, so startup pays only for what a program uses.  The wrapper
 * every module gets, its arguments and the ids are described in
 * docs/internals-js.md; loading an entry yields the module function.
 *
 * Native bindings are the C halves of modules: the table below maps a name
 * to its nd_mod_<name>_open(), which pushes an object of C functions.
 * internalBinding(name) builds each binding once per engine.
 *
 * Threading: the engine's thread.  Invariant: a module is in the cache from
 * the moment its body starts (so require cycles see the partial exports)
 * until its body throws (then it is removed, like Node does).
 */
#include <string.h>

#include "check.h"
#include "internal.h"
#include "js_sources.h"

static duk_ret_t mod_module_open(duk_context *ctx);

/* The native bindings, sorted by name. */
static const struct {
    const char *name;
    duk_c_function open;
} bindings[] = {
    {"broadcast", nd_mod_broadcast_open},
    {"buffer", nd_mod_buffer_open},
    {"crypto", nd_mod_crypto_open},
    {"dns", nd_mod_dns_open},
    {"events", nd_mod_events_open},
    {"fs", nd_mod_fs_open},
    {"http_head", nd_mod_http_head_open},
    {"http_parser", nd_mod_http_parser_open},
    {"messaging", nd_mod_messaging_open},
    {"module", mod_module_open},
    {"os", nd_mod_os_open},
    {"process", nd_mod_process_open},
    {"stream_wrap", nd_mod_stream_wrap_open},
    {"tasks", nd_mod_tasks_open},
    {"tcp_wrap", nd_mod_tcp_wrap_open},
    {"timers", nd_mod_timers_open},
    {"tty", nd_mod_tty_open},
    {"udp_wrap", nd_mod_udp_wrap_open},
    {"worker", nd_mod_worker_open},
    {"zlib", nd_mod_zlib_open},
};

static const nd_js_source_t *find_source(const char *id) {
    unsigned lo = 0, hi = nd_js_source_count;

    while (lo < hi) {
        unsigned mid = lo + (hi - lo) / 2;
        int c = strcmp(id, nd_js_sources[mid].id);
        if (c == 0)
            return &nd_js_sources[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

/* require(id) as core modules see it. */
static duk_ret_t core_require(duk_context *ctx) {
    nd__require(ctx, nd_check_string(ctx, 0, "id", NULL));
    return 1;
}

/* internalBinding(name) */
static duk_ret_t internal_binding(duk_context *ctx) {
    const char *name = nd_check_string(ctx, 0, "name", NULL);
    size_t i;

    duk_push_heap_stash(ctx);
    duk_get_prop_string(ctx, -1, ND__STASH_BINDINGS);
    if (duk_get_prop_string(ctx, -1, name))
        return 1;
    duk_pop(ctx);
    for (i = 0; i < sizeof(bindings) / sizeof(bindings[0]); i++) {
        if (strcmp(bindings[i].name, name) == 0) {
            bindings[i].open(ctx);
            duk_dup_top(ctx);
            duk_put_prop_string(ctx, -3, name);
            return 1;
        }
    }
    return nd_throw(ctx, DUK_ERR_ERROR, "ERR_INVALID_MODULE",
                    "No such binding: %s", name);
}

/* see engine.h */
void nd_push_native(duk_context *ctx, duk_c_function fn, duk_idx_t nargs,
                    const char *name, int length) {
    duk_push_c_function(ctx, fn, nargs);
    duk_push_literal(ctx, "name");
    duk_push_string(ctx, name);
    duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE |
                              DUK_DEFPROP_SET_CONFIGURABLE);
    if (length >= 0) {
        duk_push_literal(ctx, "length");
        duk_push_int(ctx, length);
        duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE |
                                  DUK_DEFPROP_SET_CONFIGURABLE);
    }
}

/* see internal.h */
void nd__loader_init(duk_context *ctx) {
    duk_push_heap_stash(ctx);
    duk_push_array(ctx);
    duk_put_prop_string(ctx, -2, ND__STASH_PINS);
    duk_push_bare_object(ctx);
    duk_put_prop_string(ctx, -2, ND__STASH_MODULES);
    duk_push_bare_object(ctx);
    duk_put_prop_string(ctx, -2, ND__STASH_BINDINGS);
    nd_push_native(ctx, core_require, 1, "require", -1);
    duk_put_prop_string(ctx, -2, ND__STASH_REQUIRE);
    nd_push_native(ctx, internal_binding, 1, "internalBinding", -1);
    duk_put_prop_string(ctx, -2, ND__STASH_IBINDING);
    duk_pop(ctx);
}

/* see internal.h */
void nd__require(duk_context *ctx, const char *id) {
    const nd_js_source_t *src;
    duk_idx_t stash, cache, module;

    if (strncmp(id, "node:", 5) == 0)
        id += 5;
    duk_push_heap_stash(ctx);
    stash = duk_get_top_index(ctx);
    duk_get_prop_string(ctx, stash, ND__STASH_MODULES);
    cache = duk_get_top_index(ctx);
    if (duk_get_prop_string(ctx, cache, id)) {
        duk_get_prop_string(ctx, -1, "exports");
        duk_replace(ctx, stash);
        duk_set_top(ctx, stash + 1);
        return;
    }
    duk_pop(ctx);
    src = find_source(id);
    if (src == NULL)
        nd_throw(ctx, DUK_ERR_ERROR, "ERR_UNKNOWN_BUILTIN_MODULE",
                 "No such built-in module: %s", id);

    /* module = { id, exports: {}, loaded: false }, cached before it runs */
    module = duk_push_object(ctx);
    duk_push_string(ctx, id);
    duk_put_prop_string(ctx, module, "id");
    duk_push_object(ctx);
    duk_put_prop_string(ctx, module, "exports");
    duk_push_false(ctx);
    duk_put_prop_string(ctx, module, "loaded");
    duk_dup(ctx, module);
    duk_put_prop_string(ctx, cache, id);

    /* The entry is the bytecode of the module function (engine/jsc.c).
     * An external buffer lends Duktape the bytes without copying them;
     * loading never writes to them. */
    duk_push_external_buffer(ctx);
    duk_config_buffer(ctx, -1, (void *)src->text, src->len);
    duk_load_function(ctx);

    /* fn.call(module.exports, exports, require, module, internalBinding,
     *         __filename, __dirname; undefined is left unpassed) */
    duk_get_prop_string(ctx, module, "exports");
    duk_dup_top(ctx);
    duk_get_prop_string(ctx, stash, ND__STASH_REQUIRE);
    duk_dup(ctx, module);
    duk_get_prop_string(ctx, stash, ND__STASH_IBINDING);
    duk_push_sprintf(ctx, "node:%s", id);
    duk_push_string(ctx, "node:");
    if (duk_pcall_method(ctx, 6) != DUK_EXEC_SUCCESS)
        goto failed;
    duk_pop(ctx);

    duk_push_true(ctx);
    duk_put_prop_string(ctx, module, "loaded");
    duk_get_prop_string(ctx, module, "exports");
    duk_replace(ctx, stash);
    duk_set_top(ctx, stash + 1);
    return;

failed:
    /* [... error]: forget the half-made module and rethrow. */
    duk_del_prop_string(ctx, cache, id);
    (void)duk_throw(ctx);
}

/* ---- internalBinding('module') ------------------------------------------ */

/* compile(source, filename): evaluate source (a function expression) as
 * code from filename; return its value. */
static duk_ret_t module_compile(duk_context *ctx) {
    nd_check_string(ctx, 0, "source", NULL);
    nd_check_string(ctx, 1, "filename", NULL);
    duk_compile(ctx, DUK_COMPILE_EVAL);
    duk_call(ctx, 0);
    return 1;
}

static duk_ret_t mod_module_open(duk_context *ctx) {
    unsigned i, n = 0;

    duk_push_object(ctx);
    duk_push_c_function(ctx, module_compile, 2);
    duk_put_prop_string(ctx, -2, "compile");
    /* builtinIds: what user code may require ('events', 'fs/promises'),
     * without the internal/ ones. */
    duk_push_array(ctx);
    for (i = 0; i < nd_js_source_count; i++) {
        if (strncmp(nd_js_sources[i].id, "internal/", 9) == 0)
            continue;
        duk_push_string(ctx, nd_js_sources[i].id);
        duk_put_prop_index(ctx, -2, n++);
    }
    duk_put_prop_string(ctx, -2, "builtinIds");
    return 1;
}
