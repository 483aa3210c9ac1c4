/*
 * check.h - argument checks and Node-shaped errors for native functions.
 *
 * In the style of Lua's luaL_check*: each nd_check_* reads argument idx,
 * returns it converted, or throws the error Node would throw.  `name` is
 * the argument's name as Node's messages show it ("path", "fd").  Native
 * functions use these on every argument they read, even when the JS facade
 * has checked already, so a native function never trusts its caller.
 *
 *   TypeError  code ERR_INVALID_ARG_TYPE
 *     The "path" argument must be of type string. Received type number (1)
 *   RangeError code ERR_OUT_OF_RANGE
 *     The value of "fd" is out of range. It must be >= 0 && <= 2147483647.
 *     Received -1
 *
 * Errors carry an enumerable `code` and a non-enumerable toString giving
 * "TypeError [ERR_X]: message", like engine/js/errors.js makes them.
 *
 * Integers: a number is accepted only if it is an integer within the range;
 * NaN, fractions and out-of-range values throw (Duktape's duk_require_int
 * would clamp silently).  Every nd_opt_* returns `def` when the argument is
 * undefined (or missing), and checks it like nd_check_* otherwise.
 *
 * Handles: a native object in JS is an opaque object holding a pointer and
 * a type tag (the address of a static nd_handle_type_t).  A wrong type, a
 * foreign object or a closed handle throws; it never crashes.
 */
#ifndef ND_CHECK_H
#define ND_CHECK_H

#include <stddef.h>
#include <stdint.h>

#include "duktape.h"

/* ---- throwing ----------------------------------------------------------- */

/* Push a new error of the given constructor (DUK_ERR_TYPE_ERROR, ...) with
 * message fmt and, when code is not NULL, `code` and the "[code]" form. */
void nd_push_error(duk_context *ctx, duk_errcode_t type, const char *code,
                   const char *fmt, ...);
/* Same, thrown.  Never returns. */
duk_ret_t nd_throw(duk_context *ctx, duk_errcode_t type, const char *code,
                   const char *fmt, ...);

/* ERR_INVALID_ARG_TYPE for argument idx; expected is the message's type
 * part: "string", "function", "string or an instance of Buffer". */
duk_ret_t nd_throw_arg_type(duk_context *ctx, duk_idx_t idx,
                            const char *name, const char *expected);
/* ERR_OUT_OF_RANGE for argument idx; range is the text after "It must be"
 * (">= 0 && <= 2147483647", "an integer"). */
duk_ret_t nd_throw_range(duk_context *ctx, duk_idx_t idx, const char *name,
                         const char *range);

/* A system error from an ND_E* code, as Node builds it:
 *   Error: ENOENT: no such file or directory, open 'x' -> 'y'
 * with errno (the negative code), code, syscall and, when not NULL, path
 * and dest. */
void nd_push_syserr(duk_context *ctx, int err, const char *syscall,
                    const char *path, const char *dest);
duk_ret_t nd_throw_syserr(duk_context *ctx, int err, const char *syscall,
                          const char *path, const char *dest);

/* ---- checks ------------------------------------------------------------- */

/* An integer within [min, max]; both must be within +-(2^53 - 1). */
int64_t nd_check_integer(duk_context *ctx, duk_idx_t idx, const char *name,
                         int64_t min, int64_t max);
int32_t nd_check_int32(duk_context *ctx, duk_idx_t idx, const char *name);
uint32_t nd_check_uint32(duk_context *ctx, duk_idx_t idx, const char *name);
/* A safe integer (|n| <= 2^53 - 1), for offsets and sizes. */
int64_t nd_check_int64(duk_context *ctx, duk_idx_t idx, const char *name);
/* Any number except NaN. */
double nd_check_number(duk_context *ctx, duk_idx_t idx, const char *name);
int nd_check_bool(duk_context *ctx, duk_idx_t idx, const char *name);
/* A string; *len (may be NULL) gets its byte length (CESU-8/UTF-8). */
const char *nd_check_string(duk_context *ctx, duk_idx_t idx,
                            const char *name, size_t *len);
/* A path: a string without NUL bytes (ERR_INVALID_ARG_VALUE otherwise). */
const char *nd_check_path(duk_context *ctx, duk_idx_t idx, const char *name);
/* The bytes of a plain buffer, an ArrayBuffer, a typed array, a DataView
 * or a Buffer.  *len gets the length; the pointer may be NULL if 0. */
void *nd_check_buffer(duk_context *ctx, duk_idx_t idx, const char *name,
                      size_t *len);
void nd_check_function(duk_context *ctx, duk_idx_t idx, const char *name);

int32_t nd_opt_int32(duk_context *ctx, duk_idx_t idx, const char *name,
                     int32_t def);
int64_t nd_opt_int64(duk_context *ctx, duk_idx_t idx, const char *name,
                     int64_t def);
int nd_opt_bool(duk_context *ctx, duk_idx_t idx, const char *name, int def);
const char *nd_opt_string(duk_context *ctx, duk_idx_t idx, const char *name,
                          const char *def);

/* ---- native handles ----------------------------------------------------- */

/* One static instance per kind of native object; its address is the tag. */
typedef struct {
    const char *name; /* for messages: "Timer", "Signal" */
} nd_handle_type_t;

/* Push a new opaque handle object for ptr. */
void nd_push_handle(duk_context *ctx, void *ptr, const nd_handle_type_t *t);
/* The pointer of the handle at idx; throws TypeError ERR_INVALID_HANDLE if
 * it is not a handle of type t or has been closed. */
void *nd_check_handle(duk_context *ctx, duk_idx_t idx,
                      const nd_handle_type_t *t);
/* The pointer, or NULL if the handle is closed (still throws on a wrong
 * type). */
void *nd_get_handle(duk_context *ctx, duk_idx_t idx,
                    const nd_handle_type_t *t);
/* Forget the pointer: from now on the handle reads as closed. */
void nd_handle_clear(duk_context *ctx, duk_idx_t idx);

#endif
