/*
 * tty.c - internalBinding('tty'): the native half of the tty module
 * (modules/tty.js): is an fd a terminal, a terminal as a stream handle,
 * its raw mode and its window size.
 *
 * A tty handle is a stream handle (stream_wrap.h): read, write and close
 * it with internalBinding('stream_wrap'); the functions here add what
 * only a terminal has, and refuse any other stream handle.  Resetting the
 * terminal when the process ends is loop/tty.c's business.
 *
 * Threading: the engine's thread.
 */
#include <stdlib.h>

#include "../loop/sys.h"
#include "stream_wrap.h"

/* The tty handle at idx (an open stream handle that is a terminal). */
static nd_tty_t *check_tty(duk_context *ctx, duk_idx_t idx) {
    nd__sw_t *sw = nd__sw_check(ctx, idx);

    if (sw->u.stream.h.type != ND_TTY)
        nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_HANDLE",
                 "The \"handle\" argument must be a TTY handle");
    return &sw->u.tty;
}

/* isatty(fd) -> boolean */
static duk_ret_t tty_isatty(duk_context *ctx) {
    int fd = (int)nd_check_integer(ctx, 0, "fd", 0, INT32_MAX);

    duk_push_boolean(ctx, nd_sys_isatty(fd));
    return 1;
}

/* ttyOpen(fd, onread) -> handle, or a negative code (EINVAL: not an open
 * terminal) */
static duk_ret_t tty_open(duk_context *ctx) {
    int fd = (int)nd_check_integer(ctx, 0, "fd", 0, INT32_MAX);
    nd__sw_t *sw;
    int rc;

    nd_check_function(ctx, 1, "onread");
    sw = nd__sw_new(ctx, sizeof(nd_tty_t));
    rc = nd_tty_init(nd_engine_loop(sw->engine), &sw->u.tty, fd);
    if (rc < 0) {
        free(sw); /* nd_tty_init left nothing to close */
        duk_push_int(ctx, rc);
        return 1;
    }
    nd__sw_push(ctx, sw, 1);
    return 1;
}

/* setRawMode(handle, raw) -> 0 or a negative code */
static duk_ret_t tty_set_raw_mode(duk_context *ctx) {
    nd_tty_t *tty = check_tty(ctx, 0);
    int raw = nd_check_bool(ctx, 1, "raw");

    duk_push_int(
        ctx, nd_tty_set_mode(tty, raw ? ND_TTY_MODE_RAW : ND_TTY_MODE_NORMAL));
    return 1;
}

/* getWindowSize(handle, size) -> 0 (size[0] = columns, size[1] = rows) or
 * a negative code */
static duk_ret_t tty_get_window_size(duk_context *ctx) {
    nd_tty_t *tty = check_tty(ctx, 0);
    int columns, rows, rc;

    if (!duk_is_array(ctx, 1))
        return nd_throw_arg_type(ctx, 1, "size", "Array");
    rc = nd_tty_get_winsize(tty, &columns, &rows);
    if (rc == 0) {
        duk_push_int(ctx, columns);
        duk_put_prop_index(ctx, 1, 0);
        duk_push_int(ctx, rows);
        duk_put_prop_index(ctx, 1, 1);
    }
    duk_push_int(ctx, rc);
    return 1;
}

static const duk_function_list_entry funcs[] = {
    {"getWindowSize", tty_get_window_size, 2},
    {"isatty", tty_isatty, 1},
    {"setRawMode", tty_set_raw_mode, 2},
    {"ttyOpen", tty_open, 2},
    {NULL, NULL, 0}};

/* see engine.h */
duk_ret_t nd_mod_tty_open(duk_context *ctx) {
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, funcs);
    return 1;
}
