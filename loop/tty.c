/*
 * tty.c - terminals (see tty.h): a stream handle over a terminal fd, its
 * raw and normal modes, its window size, and putting the terminal back
 * as it was when the process ends.
 *
 * Process-wide state, because a terminal's settings outlive the handle
 * and the process: `saved`, the settings found by the first switch away
 * from normal mode, and `saved_fd`, the fd they belong to (-1 until then).
 * saved is written once, before saved_fd is published, and never again,
 * so nd_tty_reset_mode() may read both from a signal handler without a
 * lock.  The first such switch also registers reset_at_exit() with
 * atexit(), and catches SIGINT and SIGTERM where their action is still the
 * default: the handler resets the terminal, then lets the default action
 * happen (SA_RESETHAND, and the signal raised again).  A JS listener for
 * those signals (loop/signal.c) replaces that handler while it listens and
 * puts it back afterwards; a program that handles the signal decides for
 * itself what to do with the terminal.
 *
 * Threading: the loop thread, except the signal handler and reset.
 */
#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "internal.h"
#include "tty.h"

_Static_assert(sizeof(struct termios) <= sizeof(((nd_tty_t *)0)->saved),
               "nd_tty_t.saved must hold a struct termios");

static struct termios saved;
static atomic_int saved_fd = -1;

/* see tty.h */
int nd_tty_reset_mode(void) {
    int saved_errno = errno;
    int fd = atomic_load(&saved_fd);
    int err = 0;

    if (fd >= 0 && tcsetattr(fd, TCSANOW, &saved) != 0)
        err = nd_err_from_errno(errno);
    errno = saved_errno;
    return err;
}

static void reset_at_exit(void) {
    nd_tty_reset_mode();
}

/* SIGINT or SIGTERM with the default action: reset, then die of it. */
static void on_fatal_signal(int signum) {
    nd_tty_reset_mode();
    raise(signum); /* SA_RESETHAND made the action the default again */
}

static void catch_fatal(int signum) {
    struct sigaction sa, old;

    if (sigaction(signum, NULL, &old) != 0 || old.sa_handler != SIG_DFL)
        return; /* handled, or ignored, by someone else */
    sa.sa_handler = on_fatal_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND;
    sigaction(signum, &sa, NULL);
}

/* The first switch away from normal mode: keep the settings for reset. */
static void save_once(int fd, const struct termios *t) {
    if (atomic_load(&saved_fd) >= 0)
        return;
    saved = *t;
    atomic_store(&saved_fd, fd);
    atexit(reset_at_exit);
    catch_fatal(SIGINT);
    catch_fatal(SIGTERM);
}

/* see tty.h */
int nd_tty_init(nd_loop_t *loop, nd_tty_t *tty, int fd) {
    int err;

    if (fd < 0 || !isatty(fd))
        return ND_EINVAL;
    nd__stream_init(loop, &tty->stream, ND_TTY);
    tty->mode = ND_TTY_MODE_NORMAL;
    err = nd__stream_open(&tty->stream, fd, 1);
    if (err < 0) /* not open: unlink it again, nothing to close */
        nd_queue_remove(&tty->stream.h.handle_queue);
    return err;
}

/* Raw input: every byte as typed, nothing echoed, no line editing, no
 * signals from ^C or ^Z, no CR to NL translation, no flow control, 8-bit
 * characters; a read returns as soon as one byte is there.  Output is
 * still processed, so "\n" still starts a new line. */
static void make_raw(struct termios *t) {
    t->c_iflag &= ~(tcflag_t)(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
    t->c_oflag |= ONLCR;
    t->c_cflag |= CS8;
    t->c_lflag &= ~(tcflag_t)(ECHO | ICANON | IEXTEN | ISIG);
    t->c_cc[VMIN] = 1;
    t->c_cc[VTIME] = 0;
}

/* see tty.h */
int nd_tty_set_mode(nd_tty_t *tty, nd_tty_mode mode) {
    struct termios *mine = (struct termios *)(void *)tty->saved.bytes;
    struct termios t;
    int fd = tty->stream.fd;

    if (mode != ND_TTY_MODE_NORMAL && mode != ND_TTY_MODE_RAW)
        return ND_EINVAL;
    if (fd < 0 || nd_is_closing(&tty->stream.h))
        return ND_EBADF;
    if ((int)mode == tty->mode)
        return 0;
    if (mode == ND_TTY_MODE_NORMAL) {
        t = *mine;
    } else {
        if (tcgetattr(fd, mine) != 0)
            return nd_err_from_errno(errno);
        save_once(fd, mine);
        t = *mine;
        make_raw(&t);
    }
    while (tcsetattr(fd, TCSADRAIN, &t) != 0)
        if (errno != EINTR)
            return nd_err_from_errno(errno);
    tty->mode = (int)mode;
    return 0;
}

/* see tty.h */
int nd_tty_get_winsize(nd_tty_t *tty, int *columns, int *rows) {
    struct winsize ws;
    int fd = tty->stream.fd;

    if (fd < 0 || nd_is_closing(&tty->stream.h))
        return ND_EBADF;
    while (ioctl(fd, TIOCGWINSZ, &ws) != 0)
        if (errno != EINTR)
            return nd_err_from_errno(errno);
    *columns = ws.ws_col;
    *rows = ws.ws_row;
    return 0;
}
