/*
 * test-tty.c - terminal handles on a pseudo-terminal (posix_openpt): not a
 * terminal is ND_EINVAL; raw mode and back (the settings round trip);
 * reading in raw mode gets bytes without a newline; writing through the
 * handle (output processing still turns "\n" into "\r\n"); the window
 * size; nd_tty_reset_mode(); and a SIGTERM while raw puts the terminal
 * back before the process dies of it.
 *
 * Without pseudo-terminals (a sandbox without /dev/pts) the cases print
 * SKIP, and nd_tty_init()'s refusal of other fds is still tested.
 */
#include "loop_test.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "tty.h"

/* A new pty pair: *master and *slave (both > 2, close-on-exec). */
static int open_pty(int *master, int *slave) {
    const char *name;

    *master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (*master < 0)
        return -1;
    if (grantpt(*master) != 0 || unlockpt(*master) != 0 ||
        (name = ptsname(*master)) == NULL) {
        close(*master);
        return -1;
    }
    *slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (*slave < 0) {
        close(*master);
        return -1;
    }
    return 0;
}

static int have_pty(void) {
    int m, s;

    if (open_pty(&m, &s) != 0) {
        printf("SKIP: no pseudo-terminals here\n");
        return 0;
    }
    close(m);
    close(s);
    return 1;
}

/* A pipe, a file and a closed fd are not terminals. */
static void test_not_a_tty(void) {
    nd_loop_t loop;
    nd_tty_t tty;
    int fds[2];

    lt_open(&loop);
    ND_CHECK_EQ(pipe(fds), 0);
    ND_CHECK_EQ(nd_tty_init(&loop, &tty, fds[0]), ND_EINVAL);
    close(fds[0]);
    close(fds[1]);
    ND_CHECK_EQ(nd_tty_init(&loop, &tty, fds[0]), ND_EINVAL);
    ND_CHECK_EQ(nd_tty_init(&loop, &tty, -1), ND_EINVAL);
    lt_finish(&loop); /* nothing to close */
}

/* Raw mode turns off canonical input, echo and signals, and normal mode
 * restores every setting as it was; reset does too, process-wide. */
static void test_mode_round_trip(void) {
    struct termios before, raw, after;
    nd_loop_t loop;
    nd_tty_t tty;
    int m, s;

    lt_open(&loop);
    ND_CHECK_EQ(open_pty(&m, &s), 0);
    ND_CHECK_EQ(tcgetattr(s, &before), 0);
    ND_CHECK(before.c_lflag & ICANON);
    ND_CHECK_EQ(nd_tty_init(&loop, &tty, s), 0);
    ND_CHECK_EQ(nd_tty_set_mode(&tty, ND_TTY_MODE_RAW), 0);
    ND_CHECK_EQ(nd_tty_set_mode(&tty, ND_TTY_MODE_RAW), 0); /* no change */
    ND_CHECK_EQ(tcgetattr(s, &raw), 0);
    ND_CHECK_EQ(raw.c_lflag & (ICANON | ECHO | ISIG | IEXTEN), 0);
    ND_CHECK_EQ(raw.c_iflag & (ICRNL | IXON), 0);
    ND_CHECK_EQ(raw.c_cc[VMIN], 1);
    ND_CHECK(raw.c_oflag & ONLCR);
    ND_CHECK_EQ(nd_tty_set_mode(&tty, ND_TTY_MODE_NORMAL), 0);
    ND_CHECK_EQ(tcgetattr(s, &after), 0);
    ND_CHECK_EQ(after.c_lflag, before.c_lflag);
    ND_CHECK_EQ(after.c_iflag, before.c_iflag);
    ND_CHECK_EQ(after.c_oflag, before.c_oflag);
    ND_CHECK_EQ(after.c_cflag, before.c_cflag);
    ND_CHECK_EQ(nd_tty_set_mode(&tty, (nd_tty_mode)7), ND_EINVAL);

    /* This was the process's first switch: reset puts it back. */
    ND_CHECK_EQ(nd_tty_set_mode(&tty, ND_TTY_MODE_RAW), 0);
    ND_CHECK_EQ(nd_tty_reset_mode(), 0);
    ND_CHECK_EQ(tcgetattr(s, &after), 0);
    ND_CHECK_EQ(after.c_lflag, before.c_lflag);

    nd_close(&tty.stream.h, lt_close_quiet);
    ND_CHECK_EQ(nd_tty_set_mode(&tty, ND_TTY_MODE_NORMAL), ND_EBADF);
    lt_finish(&loop);
    close(s);
    close(m);
}

static char rbuf[256];
static char got[256];
static size_t got_len;

static void alloc_cb(nd_stream_t *s, size_t suggested, nd_buf_t *buf) {
    (void)s;
    (void)suggested;
    buf->base = rbuf;
    buf->len = sizeof(rbuf);
}

static void read_cb(nd_stream_t *s, int nread, const nd_buf_t *buf) {
    ND_CHECK(nread >= 0);
    memcpy(got + got_len, buf->base, (size_t)nread);
    got_len += (size_t)nread;
    nd_stream_read_stop(s);
}

static void timeout_cb(nd_timer_t *t) {
    (void)t;
    ND_CHECK(0 && "the tty read did not arrive");
}

/* In raw mode, typed bytes arrive without a newline and without echo. */
static void test_raw_read(void) {
    nd_loop_t loop;
    nd_timer_t timer;
    nd_tty_t tty;
    int m, s;
    char echo[16];

    lt_open(&loop);
    ND_CHECK_EQ(open_pty(&m, &s), 0);
    ND_CHECK_EQ(nd_tty_init(&loop, &tty, s), 0);
    ND_CHECK_EQ(nd_tty_set_mode(&tty, ND_TTY_MODE_RAW), 0);
    got_len = 0;
    ND_CHECK_EQ(nd_stream_read_start(&tty.stream, alloc_cb, read_cb), 0);
    ND_CHECK_EQ(write(m, "ab", 2), 2);
    nd_timer_init(&loop, &timer);
    nd_timer_start(&timer, timeout_cb, 5000, 0);
    nd_unref(&timer.h);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(got_len, 2);
    ND_CHECK(memcmp(got, "ab", 2) == 0);
    ND_CHECK_EQ(fcntl(m, F_SETFL, O_NONBLOCK), 0);
    ND_CHECK_EQ(read(m, echo, sizeof(echo)), -1); /* nothing echoed */
    ND_CHECK_EQ(nd_tty_set_mode(&tty, ND_TTY_MODE_NORMAL), 0);
    nd_close(&timer.h, lt_close_quiet);
    nd_close(&tty.stream.h, lt_close_quiet);
    lt_finish(&loop);
    close(s);
    close(m);
}

static void write_cb(nd_write_t *req, int status) {
    (void)req;
    ND_CHECK_EQ(status, 0);
    lt_log("written ");
}

/* Written through the handle, read on the master side: "\n" became
 * "\r\n".  The window size set on the master is what the handle reads. */
static void test_write_and_winsize(void) {
    struct winsize ws;
    nd_loop_t loop;
    nd_tty_t tty;
    nd_write_t req;
    nd_buf_t buf = {"hi\n", 3};
    char out[16];
    int m, s, cols = 0, rows = 0;

    lt_open(&loop);
    lt_log_reset();
    ND_CHECK_EQ(open_pty(&m, &s), 0);
    ND_CHECK_EQ(nd_tty_init(&loop, &tty, s), 0);
    ND_CHECK_EQ(nd_stream_write(&req, &tty.stream, &buf, 1, write_cb), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_STR(lt_buf, "written ");
    ND_CHECK_EQ(read(m, out, sizeof(out)), 4);
    ND_CHECK(memcmp(out, "hi\r\n", 4) == 0);

    memset(&ws, 0, sizeof(ws));
    ws.ws_col = 132;
    ws.ws_row = 43;
    ND_CHECK_EQ(ioctl(m, TIOCSWINSZ, &ws), 0);
    ND_CHECK_EQ(nd_tty_get_winsize(&tty, &cols, &rows), 0);
    ND_CHECK_EQ(cols, 132);
    ND_CHECK_EQ(rows, 43);
    nd_close(&tty.stream.h, lt_close_quiet);
    ND_CHECK_EQ(nd_tty_get_winsize(&tty, &cols, &rows), ND_EBADF);
    lt_finish(&loop);
    ND_CHECK(fcntl(s, F_GETFD) != -1); /* the handle left its fd open */
    close(s);
    close(m);
}

/* A child puts a terminal in raw mode and is killed by SIGTERM (default
 * action): the terminal is back in canonical mode, and the child did die
 * of the signal. */
static void test_reset_on_sigterm(void) {
    struct termios t;
    int m, s, status;
    pid_t pid;

    ND_CHECK_EQ(open_pty(&m, &s), 0);
    pid = fork();
    ND_CHECK(pid >= 0);
    if (pid == 0) {
        nd_loop_t loop;
        nd_tty_t tty;

        signal(SIGTERM, SIG_DFL);
        if (nd_loop_init(&loop) != 0 || nd_tty_init(&loop, &tty, s) != 0 ||
            nd_tty_set_mode(&tty, ND_TTY_MODE_RAW) != 0)
            _exit(3);
        raise(SIGTERM);
        _exit(4); /* not reached */
    }
    ND_CHECK_EQ(waitpid(pid, &status, 0), pid);
    ND_CHECK(WIFSIGNALED(status));
    ND_CHECK_EQ(WTERMSIG(status), SIGTERM);
    ND_CHECK_EQ(tcgetattr(s, &t), 0);
    ND_CHECK(t.c_lflag & ICANON);
    ND_CHECK(t.c_lflag & ECHO);
    close(s);
    close(m);
}

int main(void) {
    ND_RUN(test_not_a_tty);
    if (have_pty()) {
        /* First: the child's switch must be the first in its process. */
        ND_RUN(test_reset_on_sigterm);
        ND_RUN(test_mode_round_trip);
        ND_RUN(test_raw_read);
        ND_RUN(test_write_and_winsize);
    }
    ND_DONE("test-tty");
}
