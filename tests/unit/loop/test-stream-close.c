/*
 * test-stream-close.c - the ends of a stream: shutdown (half-close of a
 * socket, after the queued writes; on a pipe), closing with writes and a
 * shutdown pending (ND_ECANCELED before the close callback), liveness and
 * unref, borrowed standard fds (never closed, flags untouched), what
 * nd_guess_handle() says about each kind of fd, and bad input.
 */
#include "loop_test.h"

#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include "stream.h"

static char rbuf[65536];

static void alloc_cb(nd_stream_t *s, size_t suggested, nd_buf_t *buf) {
    (void)s;
    (void)suggested;
    buf->base = rbuf;
    buf->len = sizeof(rbuf);
}

static void write_cb(nd_write_t *req, int status) {
    lt_log("w%d:%s ", (int)(intptr_t)req->data,
           status == 0 ? "ok" : nd_err_name(status));
}

static void shutdown_cb(nd_shutdown_t *req, int status) {
    (void)req;
    lt_log("shutdown:%s ", status == 0 ? "ok" : nd_err_name(status));
}

static void log_close_cb(nd_handle_t *h) {
    (void)h;
    lt_log("close ");
}

static void peer_read_cb(nd_stream_t *s, int nread, const nd_buf_t *buf) {
    if (nread > 0)
        lt_log("peer:%.*s ", nread, buf->base);
    else if (nread < 0)
        lt_log("peer:%s ", nd_err_name(nread));
}

/* A socket: the shutdown waits for the queued write, then the peer reads
 * the data and end of file; writing afterwards is ND_EPIPE and a second
 * shutdown ND_ENOTCONN. */
static void test_shutdown_socket(void) {
    nd_loop_t loop;
    nd_pipe_t a, b;
    nd_write_t w;
    nd_shutdown_t sd, sd2;
    nd_buf_t buf = {"data", 4};
    size_t n;
    int sv[2];

    lt_open(&loop);
    lt_log_reset();
    ND_CHECK_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    nd_pipe_init(&loop, &a);
    nd_pipe_init(&loop, &b);
    ND_CHECK_EQ(nd_pipe_open(&a, sv[0]), 0);
    ND_CHECK_EQ(nd_pipe_open(&b, sv[1]), 0);
    w.data = (void *)(intptr_t)0;
    ND_CHECK_EQ(nd_stream_write(&w, &a.stream, &buf, 1, write_cb), 0);
    ND_CHECK_EQ(nd_stream_shutdown(&sd, &a.stream, shutdown_cb), 0);
    ND_CHECK_EQ(nd_stream_shutdown(&sd2, &a.stream, shutdown_cb), ND_ENOTCONN);
    ND_CHECK_EQ(nd_stream_try_write(&a.stream, &buf, 1, &n), ND_EPIPE);
    ND_CHECK_EQ(nd_stream_write(&w, &a.stream, &buf, 1, write_cb), ND_EPIPE);
    ND_CHECK_EQ(nd_stream_read_start(&b.stream, alloc_cb, peer_read_cb), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_STR(lt_buf, "w0:ok shutdown:ok peer:data peer:EOF ");
    nd_close(&a.stream.h, lt_close_quiet);
    nd_close(&b.stream.h, lt_close_quiet);
    lt_finish(&loop);
}

/* A pipe has no half-close: the shutdown still completes (after the
 * write), and the reader sees end of file when the writer is closed. */
static void test_shutdown_pipe(void) {
    nd_loop_t loop;
    nd_pipe_t w;
    nd_write_t req;
    nd_shutdown_t sd;
    nd_buf_t buf = {"xy", 2};
    char got[4];
    int fds[2];

    lt_open(&loop);
    lt_log_reset();
    ND_CHECK_EQ(pipe(fds), 0);
    nd_pipe_init(&loop, &w);
    ND_CHECK_EQ(nd_pipe_open(&w, fds[1]), 0);
    req.data = (void *)(intptr_t)0;
    ND_CHECK_EQ(nd_stream_write(&req, &w.stream, &buf, 1, write_cb), 0);
    ND_CHECK_EQ(nd_stream_shutdown(&sd, &w.stream, shutdown_cb), 0);
    nd_close(&w.stream.h, log_close_cb); /* nothing ran yet: cancelled */
    lt_finish(&loop);
    ND_CHECK_STR(lt_buf, "w0:ECANCELED shutdown:ECANCELED close ");
    ND_CHECK_EQ(read(fds[0], got, sizeof(got)), 0); /* EOF, no data */

    lt_open(&loop);
    lt_log_reset();
    ND_CHECK_EQ(pipe(fds), 0);
    nd_pipe_init(&loop, &w);
    ND_CHECK_EQ(nd_pipe_open(&w, fds[1]), 0);
    ND_CHECK_EQ(nd_stream_write(&req, &w.stream, &buf, 1, write_cb), 0);
    ND_CHECK_EQ(nd_stream_shutdown(&sd, &w.stream, shutdown_cb), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_STR(lt_buf, "w0:ok shutdown:ok ");
    nd_close(&w.stream.h, log_close_cb);
    lt_finish(&loop);
    ND_CHECK_EQ(read(fds[0], got, sizeof(got)), 2);
    ND_CHECK_EQ(read(fds[0], got, sizeof(got)), 0);
    close(fds[0]);
}

static int writes_in_close;
static nd_stream_t *closed_stream;

static void rewrite_cb(nd_write_t *req, int status) {
    nd_buf_t buf = {"z", 1};
    size_t n;

    write_cb(req, status);
    /* A callback of a closing stream may try again: it gets an error. */
    ND_CHECK_EQ(nd_stream_write(req, closed_stream, &buf, 1, write_cb),
                ND_EBADF);
    ND_CHECK_EQ(nd_stream_try_write(closed_stream, &buf, 1, &n), ND_EBADF);
    writes_in_close++;
}

/* Close with a full pipe and three writes queued: each calls back with
 * ND_ECANCELED, in order, before the close callback; write_queue_size is
 * 0 by then; the loop is no longer alive. */
static void test_close_pending(void) {
    static char big[200000];
    nd_write_t req[3];
    nd_loop_t loop;
    nd_pipe_t w;
    nd_buf_t buf = {big, sizeof(big)};
    int fds[2], i;

    lt_open(&loop);
    lt_log_reset();
    ND_CHECK_EQ(pipe(fds), 0);
    nd_pipe_init(&loop, &w);
    ND_CHECK_EQ(nd_pipe_open(&w, fds[1]), 0);
    closed_stream = &w.stream;
    writes_in_close = 0;
    for (i = 0; i < 3; i++) {
        req[i].data = (void *)(intptr_t)i;
        ND_CHECK_EQ(nd_stream_write(&req[i], &w.stream, &buf, 1, rewrite_cb),
                    0);
    }
    /* One iteration: the first write fills the pipe; nobody reads. */
    ND_CHECK(nd_loop_run(&loop, ND_RUN_NOWAIT));
    ND_CHECK_STR(lt_buf, "");
    ND_CHECK(w.stream.write_queue_size > sizeof(big) * 2);
    nd_close(&w.stream.h, log_close_cb);
    ND_CHECK(!nd_is_active(&w.stream.h));
    lt_finish(&loop);
    ND_CHECK_STR(lt_buf, "w0:ECANCELED w1:ECANCELED w2:ECANCELED close ");
    ND_CHECK_EQ(writes_in_close, 3);
    ND_CHECK_EQ(w.stream.write_queue_size, 0);
    close(fds[0]);
}

static void never_read_cb(nd_stream_t *s, int nread, const nd_buf_t *buf) {
    (void)s;
    (void)nread;
    (void)buf;
    ND_CHECK(0 && "nothing was written");
}

/* A reading stream keeps the loop alive unless unref'd; stopped, it is
 * inactive.  A pending write keeps the loop alive even when unref'd. */
static void test_liveness(void) {
    static char big[200000];
    nd_loop_t loop;
    nd_pipe_t r, w;
    nd_write_t req;
    nd_buf_t buf = {big, sizeof(big)};
    int fds[2];

    lt_open(&loop);
    lt_log_reset();
    ND_CHECK_EQ(pipe(fds), 0);
    nd_pipe_init(&loop, &r);
    ND_CHECK_EQ(nd_pipe_open(&r, fds[0]), 0);
    ND_CHECK_EQ(nd_stream_read_start(&r.stream, alloc_cb, never_read_cb), 0);
    ND_CHECK(nd_loop_alive(&loop));
    nd_unref(&r.stream.h);
    ND_CHECK(!nd_loop_alive(&loop));
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    nd_ref(&r.stream.h);
    ND_CHECK(nd_loop_alive(&loop));
    nd_stream_read_stop(&r.stream);
    ND_CHECK(!nd_is_active(&r.stream.h));
    ND_CHECK(!nd_loop_alive(&loop));

    nd_pipe_init(&loop, &w);
    ND_CHECK_EQ(nd_pipe_open(&w, fds[1]), 0);
    nd_unref(&w.stream.h);
    req.data = (void *)(intptr_t)0;
    ND_CHECK_EQ(nd_stream_write(&req, &w.stream, &buf, 1, write_cb), 0);
    ND_CHECK(nd_loop_alive(&loop));
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_NOWAIT), 1); /* pipe full */
    nd_close(&w.stream.h, lt_close_quiet);
    nd_close(&r.stream.h, lt_close_quiet);
    lt_finish(&loop);
    ND_CHECK_STR(lt_buf, "w0:ECANCELED ");
}

static void eof_read_cb(nd_stream_t *s, int nread, const nd_buf_t *buf) {
    if (nread > 0)
        lt_log("%.*s ", nread, buf->base);
    else if (nread < 0)
        lt_log("%s ", nd_err_name(nread));
    if (nread < 0)
        nd_close(&s->h, lt_close_quiet);
}

/* fd 0 replaced by a pipe: the stream reads it, but closing the stream
 * leaves fd 0 open and its flags (blocking) as they were; blocking writes
 * cannot be turned off on it. */
static void test_borrowed_fd(void) {
    nd_loop_t loop;
    nd_pipe_t p;
    int fds[2], saved, flags;

    lt_open(&loop);
    lt_log_reset();
    saved = dup(0);
    ND_CHECK(saved >= 0);
    ND_CHECK_EQ(pipe(fds), 0);
    ND_CHECK_EQ(dup2(fds[0], 0), 0);
    close(fds[0]);
    flags = fcntl(0, F_GETFL);
    ND_CHECK_EQ(write(fds[1], "in", 2), 2);
    close(fds[1]);
    nd_pipe_init(&loop, &p);
    ND_CHECK_EQ(nd_pipe_open(&p, 0), 0);
    ND_CHECK_EQ(nd_stream_set_blocking(&p.stream, 0), ND_ENOTSUP);
    ND_CHECK_EQ(nd_stream_read_start(&p.stream, alloc_cb, eof_read_cb), 0);
    lt_finish(&loop);
    ND_CHECK_STR(lt_buf, "in EOF ");
    ND_CHECK_EQ(fcntl(0, F_GETFL), flags);
    ND_CHECK_EQ(flags & O_NONBLOCK, 0);
    ND_CHECK_EQ(dup2(saved, 0), 0);
    close(saved);
}

/* What each kind of fd is. */
static void test_guess_handle(void) {
    char path[] = "/tmp/nodule-test-stream-XXXXXX";
    int fds[2], sv[2], file, tcp, udp, null;

    ND_CHECK_EQ(pipe(fds), 0);
    ND_CHECK_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    file = mkstemp(path);
    ND_CHECK(file >= 0);
    unlink(path);
    null = open("/dev/null", O_RDWR);
    tcp = socket(AF_INET, SOCK_STREAM, 0);
    udp = socket(AF_INET, SOCK_DGRAM, 0);
    ND_CHECK_EQ(nd_guess_handle(fds[0]), ND_FD_PIPE);
    ND_CHECK_EQ(nd_guess_handle(sv[0]), ND_FD_PIPE);
    ND_CHECK_EQ(nd_guess_handle(file), ND_FD_FILE);
    ND_CHECK_EQ(nd_guess_handle(null), ND_FD_FILE);
    if (tcp >= 0)
        ND_CHECK_EQ(nd_guess_handle(tcp), ND_FD_TCP);
    if (udp >= 0)
        ND_CHECK_EQ(nd_guess_handle(udp), ND_FD_UDP);
    ND_CHECK_EQ(nd_guess_handle(-1), ND_FD_UNKNOWN);
    close(fds[1]);
    ND_CHECK_EQ(nd_guess_handle(fds[1]), ND_FD_UNKNOWN); /* closed */
    close(fds[0]);
    close(sv[0]);
    close(sv[1]);
    close(file);
    close(null);
    if (tcp >= 0)
        close(tcp);
    if (udp >= 0)
        close(udp);
}

/* Bad fds and calls on a stream that is not open: errors, no crash. */
static void test_bad_input(void) {
    char path[] = "/tmp/nodule-test-stream-XXXXXX";
    nd_loop_t loop;
    nd_pipe_t p;
    nd_write_t w;
    nd_shutdown_t sd;
    nd_buf_t buf = {"x", 1};
    size_t n;
    int file, fds[2];

    lt_open(&loop);
    file = mkstemp(path);
    ND_CHECK(file >= 0);
    unlink(path);
    nd_pipe_init(&loop, &p);
    ND_CHECK_EQ(nd_pipe_open(&p, file), ND_EINVAL); /* regular file */
    ND_CHECK_EQ(nd_pipe_open(&p, -1), ND_EBADF);
    ND_CHECK_EQ(nd_pipe_open(&p, ND_POLLER_MAX_FD), ND_ERANGE);
    close(file);
    ND_CHECK_EQ(nd_pipe_open(&p, file), ND_EBADF); /* closed */
    ND_CHECK_EQ(nd_stream_read_start(&p.stream, alloc_cb, eof_read_cb),
                ND_EINVAL);
    ND_CHECK_EQ(nd_stream_try_write(&p.stream, &buf, 1, &n), ND_EBADF);
    ND_CHECK_EQ(nd_stream_write(&w, &p.stream, &buf, 1, write_cb), ND_EBADF);
    ND_CHECK_EQ(nd_stream_shutdown(&sd, &p.stream, shutdown_cb), ND_ENOTCONN);
    ND_CHECK_EQ(nd_stream_set_blocking(&p.stream, 1), ND_EBADF);
    ND_CHECK_EQ(pipe(fds), 0);
    ND_CHECK_EQ(nd_pipe_open(&p, fds[1]), 0);
    ND_CHECK_EQ(nd_pipe_open(&p, fds[1]), ND_EBUSY);
    ND_CHECK_EQ(nd_stream_write(&w, &p.stream, &buf, 0, write_cb), ND_EINVAL);
    ND_CHECK_EQ(nd_stream_write(&w, &p.stream, &buf, 1, NULL), ND_EINVAL);
    ND_CHECK_EQ(nd_stream_read_start(&p.stream, NULL, eof_read_cb), ND_EINVAL);
    nd_close(&p.stream.h, lt_close_quiet);
    ND_CHECK_EQ(nd_stream_read_start(&p.stream, alloc_cb, eof_read_cb),
                ND_EINVAL);
    lt_finish(&loop);
    close(fds[0]);
}

int main(void) {
    signal(SIGPIPE, SIG_IGN); /* as nodule itself does (nd_sys_init) */
    ND_RUN(test_shutdown_socket);
    ND_RUN(test_shutdown_pipe);
    ND_RUN(test_close_pending);
    ND_RUN(test_liveness);
    ND_RUN(test_borrowed_fd);
    ND_RUN(test_guess_handle);
    ND_RUN(test_bad_input);
    ND_DONE("test-stream-close");
}
