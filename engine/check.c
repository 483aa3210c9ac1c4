/*
 * check.c - argument checks, Node-shaped errors and native handles.
 *
 * Everything here runs inside a native function called from JS, so
 * throwing (duk_throw) is the normal way out.  Messages follow Node's
 * wording exactly, because programs and tests match on them; the
 * "Received ..." part mirrors describeReceived() in engine/js/errors.js.
 *
 * Threading: the engine's thread; no state of its own beyond one shared
 * toString function kept in the heap stash.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "duk_fast.h"
#include "internal.h"

#define MAX_SAFE 9007199254740991.0 /* 2^53 - 1 */

/* ---- errors ------------------------------------------------------------- */

/* The toString of coded errors: "TypeError [ERR_X]: message". */
static duk_ret_t coded_tostring(duk_context *ctx) {
    duk_push_this(ctx);
    duk_get_prop_string(ctx, -1, "name");
    duk_push_string(ctx, " [");
    duk_get_prop_string(ctx, -3, "code");
    duk_push_string(ctx, "]: ");
    duk_get_prop_string(ctx, -5, "message");
    duk_concat(ctx, 5);
    return 1;
}

/* Give the error at the top of the stack its code and toString. */
static void add_code(duk_context *ctx, const char *code) {
    duk_push_string(ctx, code);
    duk_put_prop_string(ctx, -2, "code");

    duk_push_string(ctx, "toString");
    duk_push_heap_stash(ctx);
    if (!duk_get_prop_string(ctx, -1, ND__STASH_TOSTRING)) {
        duk_pop(ctx);
        duk_push_c_function(ctx, coded_tostring, 0);
        duk_dup_top(ctx);
        duk_put_prop_string(ctx, -3, ND__STASH_TOSTRING);
    }
    duk_remove(ctx, -2);
    duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_CLEAR_E |
                              DUK_DEFPROP_SET_WRITABLE |
                              DUK_DEFPROP_SET_CONFIGURABLE);
}

static void push_error_va(duk_context *ctx, duk_errcode_t type,
                          const char *code, const char *fmt, va_list ap) {
    /* No C file name: stack traces show only JS frames. */
    duk_push_error_object_va_raw(ctx, type, NULL, 0, fmt, ap);
    if (code != NULL)
        add_code(ctx, code);
}

/* see check.h */
void nd_push_error(duk_context *ctx, duk_errcode_t type, const char *code,
                   const char *fmt, ...) {
    va_list ap;

    va_start(ap, fmt);
    push_error_va(ctx, type, code, fmt, ap);
    va_end(ap);
}

/* see check.h */
duk_ret_t nd_throw(duk_context *ctx, duk_errcode_t type, const char *code,
                   const char *fmt, ...) {
    va_list ap;

    va_start(ap, fmt);
    push_error_va(ctx, type, code, fmt, ap);
    va_end(ap);
    return duk_throw(ctx);
}

/* see check.h */
void nd_push_syserr(duk_context *ctx, int err, const char *syscall,
                    const char *path, const char *dest) {
    const char *name = nd_err_name(err);
    duk_idx_t obj;

    if (path != NULL && dest != NULL)
        nd_push_error(ctx, DUK_ERR_ERROR, NULL, "%s: %s, %s '%s' -> '%s'",
                      name, nd_err_message(err), syscall, path, dest);
    else if (path != NULL)
        nd_push_error(ctx, DUK_ERR_ERROR, NULL, "%s: %s, %s '%s'", name,
                      nd_err_message(err), syscall, path);
    else
        nd_push_error(ctx, DUK_ERR_ERROR, NULL, "%s: %s, %s", name,
                      nd_err_message(err), syscall);
    obj = duk_get_top_index(ctx);
    duk_push_int(ctx, err);
    duk_put_prop_string(ctx, obj, "errno");
    duk_push_string(ctx, name);
    duk_put_prop_string(ctx, obj, "code");
    duk_push_string(ctx, syscall);
    duk_put_prop_string(ctx, obj, "syscall");
    if (path != NULL) {
        duk_push_string(ctx, path);
        duk_put_prop_string(ctx, obj, "path");
    }
    if (dest != NULL) {
        duk_push_string(ctx, dest);
        duk_put_prop_string(ctx, obj, "dest");
    }
}

/* see check.h */
duk_ret_t nd_throw_syserr(duk_context *ctx, int err, const char *syscall,
                          const char *path, const char *dest) {
    nd_push_syserr(ctx, err, syscall, path, dest);
    return duk_throw(ctx);
}

/* ---- describing the received value -------------------------------------- */

/* Push a string quoted the way util.inspect shows it: 'abc', or "it's". */
static void push_quoted(duk_context *ctx, const char *s, size_t len) {
    char quote = '\'';
    duk_idx_t parts = 0;
    size_t i, start = 0;

    if (memchr(s, '\'', len) != NULL) {
        if (memchr(s, '"', len) == NULL)
            quote = '"';
        else if (memchr(s, '`', len) == NULL)
            quote = '`';
    }
    duk_push_lstring(ctx, &quote, 1);
    parts++;
    for (i = 0; i < len; i++) {
        const char *esc = NULL;
        if (s[i] == '\n')
            esc = "\\n";
        else if (s[i] == '\t')
            esc = "\\t";
        else if (s[i] == '\\')
            esc = "\\\\";
        else if (s[i] == quote)
            esc = quote == '\'' ? "\\'" : NULL;
        if (esc != NULL) {
            duk_push_lstring(ctx, s + start, i - start);
            duk_push_string(ctx, esc);
            parts += 2;
            start = i + 1;
        }
    }
    duk_push_lstring(ctx, s + start, len - start);
    duk_push_lstring(ctx, &quote, 1);
    duk_concat(ctx, parts + 2);
}

/* Push a number as inspect shows it, with '_' separators when the integer
 * is beyond 2^32 (as Node's ERR_OUT_OF_RANGE does when asked). */
static void push_number(duk_context *ctx, double d, int separators) {
    char buf[64], out[96];
    size_t n, i, o = 0, start;

    if (d == 0 && signbit(d)) {
        duk_push_string(ctx, "-0");
        return;
    }
    if (!separators || floor(d) != d || fabs(d) <= 4294967296.0 ||
        fabs(d) > 1e21) {
        duk_push_number(ctx, d);
        duk_to_string(ctx, -1);
        return;
    }
    n = (size_t)snprintf(buf, sizeof(buf), "%.0f", d);
    start = buf[0] == '-' ? 1 : 0;
    for (i = 0; i < n; i++) {
        if (i > start && (n - i) % 3 == 0)
            out[o++] = '_';
        out[o++] = buf[i];
    }
    duk_push_lstring(ctx, out, o);
}

/* Runs protected: [value] -> ["Received ..."] */
static duk_ret_t describe(duk_context *ctx, void *udata) {
    size_t len;
    const char *s;

    (void)udata;
    if (duk_is_null_or_undefined(ctx, 0)) {
        duk_push_sprintf(ctx, "Received %s",
                         duk_is_null(ctx, 0) ? "null" : "undefined");
        return 1;
    }
    if (duk_is_function(ctx, 0)) {
        duk_get_prop_string(ctx, 0, "name");
        s = duk_get_string(ctx, -1);
        if (s != NULL && s[0] != '\0')
            duk_push_sprintf(ctx, "Received function %s", s);
        else
            duk_push_string(ctx,
                            "Received type function ([Function (anonymous)])");
        return 1;
    }
    if (duk_is_object(ctx, 0)) {
        duk_get_prop_string(ctx, 0, "constructor");
        if (duk_is_object(ctx, -1))
            duk_get_prop_string(ctx, -1, "name");
        s = duk_get_string(ctx, -1);
        if (s != NULL && s[0] != '\0')
            duk_push_sprintf(ctx, "Received an instance of %s", s);
        else
            duk_push_string(ctx, "Received [Object: null prototype]");
        return 1;
    }
    if (duk_is_symbol(ctx, 0)) {
        duk_get_global_string(ctx, "String");
        duk_dup(ctx, 0);
        duk_call(ctx, 1);
        duk_push_sprintf(ctx, "Received type symbol (%s)",
                         duk_get_string(ctx, -1));
        return 1;
    }
    if (duk_is_string(ctx, 0)) {
        s = duk_get_lstring(ctx, 0, &len);
        push_quoted(ctx, s, len);
    } else if (duk_is_number(ctx, 0)) {
        push_number(ctx, duk_get_number(ctx, 0), 0);
    } else {
        duk_dup(ctx, 0);
        duk_to_string(ctx, -1);
    }
    s = duk_get_lstring(ctx, -1, &len);
    if (len > 28)
        duk_push_sprintf(ctx, "Received type %s (%.25s...)",
                         duk_is_string(ctx, 0) ? "string" :
                         duk_is_number(ctx, 0) ? "number" : "boolean", s);
    else
        duk_push_sprintf(ctx, "Received type %s (%s)",
                         duk_is_string(ctx, 0) ? "string" :
                         duk_is_number(ctx, 0) ? "number" : "boolean", s);
    return 1;
}

/* Push the "Received ..." text for the value at idx; never throws. */
static void push_received(duk_context *ctx, duk_idx_t idx) {
    duk_dup(ctx, idx);
    if (duk_safe_call(ctx, describe, NULL, 1, 1) != DUK_EXEC_SUCCESS) {
        duk_pop(ctx);
        duk_push_string(ctx, "Received a value that cannot be shown");
    }
}

/* see check.h */
duk_ret_t nd_throw_arg_type(duk_context *ctx, duk_idx_t idx,
                            const char *name, const char *expected) {
    const char *kind = strchr(name, '.') != NULL ? "property" : "argument";

    idx = duk_normalize_index(ctx, idx);
    push_received(ctx, idx);
    return nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                    "The \"%s\" %s must be %s%s. %s", name, kind,
                    strncmp(expected, "an ", 3) == 0 ||
                            strncmp(expected, "one of", 6) == 0
                        ? ""
                        : "of type ",
                    expected, duk_get_string(ctx, -1));
}

/* see check.h */
duk_ret_t nd_throw_range(duk_context *ctx, duk_idx_t idx, const char *name,
                         const char *range) {
    idx = duk_normalize_index(ctx, idx);
    if (duk_is_number(ctx, idx))
        push_number(ctx, duk_get_number(ctx, idx), 1);
    else {
        duk_dup(ctx, idx);
        duk_safe_to_string(ctx, -1);
    }
    return nd_throw(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                    "The value of \"%s\" is out of range. It must be %s. "
                    "Received %s",
                    name, range, duk_get_string(ctx, -1));
}

/* ---- checks ------------------------------------------------------------- */

static int is_missing(duk_context *ctx, duk_idx_t idx) {
    return duk_check_type_mask(ctx, idx,
                               DUK_TYPE_MASK_NONE | DUK_TYPE_MASK_UNDEFINED);
}

/* see check.h */
int64_t nd_check_integer(duk_context *ctx, duk_idx_t idx, const char *name,
                         int64_t min, int64_t max) {
    double d;
    char range[96];

    if (!duk_is_number(ctx, idx))
        nd_throw_arg_type(ctx, idx, name, "number");
    d = duk_get_number(ctx, idx);
    if (floor(d) != d || isinf(d)) /* NaN fails floor(d) == d too */
        nd_throw_range(ctx, idx, name, "an integer");
    if (d < (double)min || d > (double)max) {
        snprintf(range, sizeof(range), ">= %lld && <= %lld", (long long)min,
                 (long long)max);
        nd_throw_range(ctx, idx, name, range);
    }
    return (int64_t)d;
}

/* see check.h */
int32_t nd_check_int32(duk_context *ctx, duk_idx_t idx, const char *name) {
    return (int32_t)nd_check_integer(ctx, idx, name, INT32_MIN, INT32_MAX);
}

/* see check.h */
uint32_t nd_check_uint32(duk_context *ctx, duk_idx_t idx, const char *name) {
    return (uint32_t)nd_check_integer(ctx, idx, name, 0, UINT32_MAX);
}

/* see check.h */
int64_t nd_check_int64(duk_context *ctx, duk_idx_t idx, const char *name) {
    return nd_check_integer(ctx, idx, name, -(int64_t)MAX_SAFE,
                            (int64_t)MAX_SAFE);
}

/* see check.h */
double nd_check_number(duk_context *ctx, duk_idx_t idx, const char *name) {
    double d;

    if (!duk_is_number(ctx, idx))
        nd_throw_arg_type(ctx, idx, name, "number");
    d = duk_get_number(ctx, idx);
    if (isnan(d))
        nd_throw_range(ctx, idx, name, "a number");
    return d;
}

/* see check.h */
int nd_check_bool(duk_context *ctx, duk_idx_t idx, const char *name) {
    if (!duk_is_boolean(ctx, idx))
        nd_throw_arg_type(ctx, idx, name, "boolean");
    return duk_get_boolean(ctx, idx);
}

/* see check.h */
const char *nd_check_string(duk_context *ctx, duk_idx_t idx,
                            const char *name, size_t *len) {
    if (!duk_is_string(ctx, idx) || duk_is_symbol(ctx, idx))
        nd_throw_arg_type(ctx, idx, name, "string");
    return duk_get_lstring(ctx, idx, len);
}

/* see check.h */
const char *nd_check_path(duk_context *ctx, duk_idx_t idx, const char *name) {
    size_t len;
    const char *s;

    if (!duk_is_string(ctx, idx) || duk_is_symbol(ctx, idx))
        nd_throw_arg_type(ctx, idx, name,
                          "string or an instance of Buffer or URL");
    s = duk_get_lstring(ctx, idx, &len);
    if (memchr(s, '\0', len) != NULL) {
        push_quoted(ctx, s, len);
        nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
                 "The argument '%s' must be a string, Uint8Array, or URL "
                 "without null bytes. Received %s",
                 name, duk_get_string(ctx, -1));
    }
    return s;
}

/* see check.h */
void *nd_check_buffer(duk_context *ctx, duk_idx_t idx, const char *name,
                      size_t *len) {
    duk_size_t size = 0;
    void *p;

    if (!duk_is_buffer_data(ctx, idx))
        nd_throw_arg_type(ctx, idx, name,
                          "an instance of Buffer, TypedArray, or DataView");
    p = duk_get_buffer_data(ctx, idx, &size);
    *len = size;
    return p;
}

/* see check.h */
void nd_check_function(duk_context *ctx, duk_idx_t idx, const char *name) {
    if (!duk_is_function(ctx, idx))
        nd_throw_arg_type(ctx, idx, name, "function");
}

/* see check.h */
int32_t nd_opt_int32(duk_context *ctx, duk_idx_t idx, const char *name,
                     int32_t def) {
    return is_missing(ctx, idx) ? def : nd_check_int32(ctx, idx, name);
}

/* see check.h */
int64_t nd_opt_int64(duk_context *ctx, duk_idx_t idx, const char *name,
                     int64_t def) {
    return is_missing(ctx, idx) ? def : nd_check_int64(ctx, idx, name);
}

/* see check.h */
int nd_opt_bool(duk_context *ctx, duk_idx_t idx, const char *name, int def) {
    return is_missing(ctx, idx) ? def : nd_check_bool(ctx, idx, name);
}

/* see check.h */
const char *nd_opt_string(duk_context *ctx, duk_idx_t idx, const char *name,
                          const char *def) {
    return is_missing(ctx, idx) ? def : nd_check_string(ctx, idx, name, NULL);
}

/* ---- handles ------------------------------------------------------------ */

#define KEY_PTR DUK_HIDDEN_SYMBOL("ptr")
#define KEY_TYPE DUK_HIDDEN_SYMBOL("type")

/* see check.h */
void nd_push_handle(duk_context *ctx, void *ptr, const nd_handle_type_t *t) {
    duk_push_bare_object(ctx);
    duk_push_pointer(ctx, ptr);
    duk_put_prop_literal(ctx, -2, KEY_PTR);
    duk_push_pointer(ctx, (void *)t);
    duk_put_prop_literal(ctx, -2, KEY_TYPE);
}

/* see check.h */
void *nd_get_handle(duk_context *ctx, duk_idx_t idx,
                    const nd_handle_type_t *t) {
    void *type, *ptr;

    idx = duk_normalize_index(ctx, idx);
    if (!duk_is_object(ctx, idx))
        goto wrong;
    nd_duk_get_literal(ctx, idx, KEY_TYPE);
    type = duk_get_pointer(ctx, -1);
    nd_duk_get_literal(ctx, idx, KEY_PTR);
    ptr = duk_get_pointer(ctx, -1);
    duk_pop_2(ctx);
    if (type != (void *)t)
        goto wrong;
    return ptr;
wrong:
    push_received(ctx, idx);
    nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_HANDLE",
             "The \"handle\" argument must be a %s handle. %s", t->name,
             duk_get_string(ctx, -1));
    return NULL;
}

/* see check.h */
void *nd_check_handle(duk_context *ctx, duk_idx_t idx,
                      const nd_handle_type_t *t) {
    void *ptr = nd_get_handle(ctx, idx, t);

    if (ptr == NULL)
        nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_HANDLE",
                 "The %s handle is closed", t->name);
    return ptr;
}

/* see check.h */
void nd_handle_clear(duk_context *ctx, duk_idx_t idx) {
    idx = duk_normalize_index(ctx, idx);
    duk_push_pointer(ctx, NULL);
    duk_put_prop_string(ctx, idx, KEY_PTR);
}
