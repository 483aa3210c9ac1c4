/*
 * tty.h - terminals as stream handles, their modes and window sizes.
 *
 * An nd_tty_t is a stream (stream.h: read, write, close with nd_close())
 * over an fd that is a terminal, plus the terminal's own controls: the
 * input mode (line editing and echo by the terminal, or raw bytes as
 * typed) and the window size.
 *
 * A terminal's mode belongs to the device, not to the handle: other
 * processes see it too.  Each handle saves the settings it found when it
 * leaves normal mode and restores them when it comes back.  The first
 * switch in the process also keeps a process-wide copy, which
 * nd_tty_reset_mode() puts back; it runs by itself when the process exits
 * (atexit) and when SIGINT or SIGTERM would kill the process by their
 * default action, so a shell is never left with a raw terminal.
 *
 * Threading: loop thread only, except nd_tty_reset_mode(), which is
 * async-signal-safe.
 */
#ifndef ND_TTY_H
#define ND_TTY_H

#include "stream.h"

typedef enum {
    ND_TTY_MODE_NORMAL = 0, /* as the terminal was: lines, echo, ^C */
    ND_TTY_MODE_RAW         /* each byte as typed; no echo, no signals */
} nd_tty_mode;

typedef struct nd_tty_s {
    nd_stream_t stream; /* first: a tty is a stream */
    int mode;           /* nd_tty_mode, as last set through this handle */
    /* private: the settings before raw mode (a struct termios) */
    union {
        unsigned char bytes[256];
        long long align;
    } saved;
} nd_tty_t;

/* Make a tty handle over fd and open it.  ND_EINVAL when fd is not an
 * open terminal (a closed fd included, as libuv says); on error nothing
 * needs closing.  Closing the handle leaves fd open, as Node's terminal
 * streams do (libuv gives the handle a new fd of its own): fd is the
 * caller's to close.  An fd above 2 is made non-blocking. */
int nd_tty_init(nd_loop_t *loop, nd_tty_t *tty, int fd);
/* Switch the terminal's input mode (tcsetattr, once pending output is
 * written).  Leaving normal mode saves the settings in the handle, and
 * coming back restores them.  ND_EINVAL for an unknown mode, ND_EBADF
 * when closed; the OS's errors otherwise. */
int nd_tty_set_mode(nd_tty_t *tty, nd_tty_mode mode);
/* The window size in character cells. */
int nd_tty_get_winsize(nd_tty_t *tty, int *columns, int *rows);
/* Put back the settings saved by the first switch away from normal mode
 * in this process, if any.  Async-signal-safe; 0 or an error. */
int nd_tty_reset_mode(void);

#endif
