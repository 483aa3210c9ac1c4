/*
 * test-stream.c - stream handles over pipes: reading to end of file,
 * stopping inside a read callback, the write queue (order, callbacks,
 * write_queue_size, large writes through a full pipe), try_write, EPIPE,
 * and blocking writes to a slow reader.
 */
#include "loop_test.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include "stream.h"

static void make_pipe(int fds[2]) {
    ND_CHECK_EQ(pipe2(fds, O_CLOEXEC), 0);
}

static char rbuf[65536];

static void alloc_cb(nd_stream_t *s, size_t suggested, nd_buf_t *buf) {
    (void)s;
    ND_CHECK(suggested > 0);
    buf->base = rbuf;
    buf->len = sizeof(rbuf);
}

/* ---- reading ------------------------------------------------------------ */

static char got[1 << 21];
static size_t got_len;

static void collect_cb(nd_stream_t *s, int nread, const nd_buf_t *buf) {
    if (nread > 0) {
        ND_CHECK(got_len + (size_t)nread <= sizeof(got));
        memcpy(got + got_len, buf->base, (size_t)nread);
        got_len += (size_t)nread;
        return;
    }
    if (nread == 0)
        return;
    lt_log("end:%s ", nd_err_name(nread));
    ND_CHECK(!nd_stream_is_reading(s));
    nd_close(&s->h, lt_close_quiet);
}

/* Data, then end of file once the writer has gone; the fd is closed. */
static void test_read_to_eof(void) {
    nd_loop_t loop;
    nd_pipe_t p;
    int fds[2];

    lt_open(&loop);
    lt_log_reset();
    make_pipe(fds);
    ND_CHECK_EQ(write(fds[1], "hello", 5), 5);
    close(fds[1]);
    got_len = 0;
    ND_CHECK_EQ(nd_pipe_init(&loop, &p), 0);
    ND_CHECK_EQ(nd_pipe_open(&p, fds[0]), 0);
    ND_CHECK(!nd_is_active(&p.stream.h));
    ND_CHECK_EQ(nd_stream_read_start(&p.stream, alloc_cb, collect_cb), 0);
    ND_CHECK(nd_is_active(&p.stream.h));
    ND_CHECK(nd_stream_is_reading(&p.stream));
    lt_finish(&loop);
    ND_CHECK_EQ(got_len, 5);
    ND_CHECK(memcmp(got, "hello", 5) == 0);
    ND_CHECK_STR(lt_buf, "end:EOF ");
    /* The stream owned the fd and closed it. */
    ND_CHECK_EQ(fcntl(fds[0], F_GETFD), -1);
    ND_CHECK_EQ(errno, EBADF);
}

static int reads;

static void stop_cb(nd_stream_t *s, int nread, const nd_buf_t *buf) {
    (void)buf;
    ND_CHECK(nread > 0);
    reads++;
    ND_CHECK_EQ(nd_stream_read_stop(s), 0);
    ND_CHECK(!nd_is_active(&s->h));
}

/* read_stop inside the callback: no more callbacks, the loop ends although
 * unread data remain; reading again delivers them. */
static void test_stop_in_callback(void) {
    static char big[300000];
    nd_loop_t loop;
    nd_pipe_t p;
    int sv[2];

    lt_open(&loop);
    ND_CHECK_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    ND_CHECK_EQ(fcntl(sv[1], F_SETFL, O_NONBLOCK), 0);
    memset(big, 'z', sizeof(big));
    ND_CHECK(write(sv[1], big, sizeof(big)) > (ssize_t)sizeof(rbuf));
    reads = 0;
    nd_pipe_init(&loop, &p);
    ND_CHECK_EQ(nd_pipe_open(&p, sv[0]), 0);
    ND_CHECK_EQ(nd_stream_read_start(&p.stream, alloc_cb, stop_cb), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(reads, 1);
    ND_CHECK_EQ(nd_stream_read_start(&p.stream, alloc_cb, stop_cb), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(reads, 2);
    nd_close(&p.stream.h, lt_close_quiet);
    lt_finish(&loop);
    close(sv[1]);
}

/* ---- writing ------------------------------------------------------------ */

static int write_status[8];
static int writes_done;

static void write_cb(nd_write_t *req, int status) {
    int i = (int)(intptr_t)req->data;

    write_status[i] = status;
    writes_done++;
    lt_log("w%d:%s ", i, status == 0 ? "ok" : nd_err_name(status));
}

static void drain_cb(nd_stream_t *s, int nread, const nd_buf_t *buf) {
    collect_cb(s, nread, buf);
}

/* Three writes larger than a pipe holds: queued, called back in order
 * with 0, the bytes arrive whole and in order, write_queue_size counts
 * down to 0. */
static void test_write_queue(void) {
    static char data[3][400000];
    nd_write_t req[3];
    nd_loop_t loop;
    nd_pipe_t w, r;
    nd_buf_t buf;
    size_t total = 0;
    int fds[2], i;

    lt_open(&loop);
    lt_log_reset();
    make_pipe(fds);
    got_len = 0;
    writes_done = 0;
    nd_pipe_init(&loop, &w);
    nd_pipe_init(&loop, &r);
    ND_CHECK_EQ(nd_pipe_open(&w, fds[1]), 0);
    ND_CHECK_EQ(nd_pipe_open(&r, fds[0]), 0);
    for (i = 0; i < 3; i++) {
        memset(data[i], 'a' + i, sizeof(data[i]));
        buf.base = data[i];
        buf.len = sizeof(data[i]);
        req[i].data = (void *)(intptr_t)i;
        ND_CHECK_EQ(nd_stream_write(&req[i], &w.stream, &buf, 1, write_cb), 0);
        total += buf.len;
    }
    /* Nothing is written inside the call; nothing called back yet. */
    ND_CHECK_EQ(w.stream.write_queue_size, total);
    ND_CHECK_EQ(writes_done, 0);
    ND_CHECK(nd_is_active(&w.stream.h));
    ND_CHECK_EQ(nd_stream_read_start(&r.stream, alloc_cb, drain_cb), 0);
    while (writes_done < 3)
        ND_CHECK(nd_loop_run(&loop, ND_RUN_ONCE));
    ND_CHECK_EQ(w.stream.write_queue_size, 0);
    ND_CHECK(!nd_is_active(&w.stream.h));
    ND_CHECK_STR(lt_buf, "w0:ok w1:ok w2:ok ");
    nd_close(&w.stream.h, lt_close_quiet); /* the reader sees EOF */
    lt_finish(&loop);
    ND_CHECK_EQ(got_len, total);
    for (i = 0; i < 3; i++) {
        size_t k;

        for (k = 0; k < sizeof(data[i]); k++)
            ND_CHECK_EQ(got[(size_t)i * sizeof(data[i]) + k], 'a' + i);
    }
}

/* try_write: a small write goes through whole and at once; a full pipe
 * takes 0 bytes (not an error); a queued write makes it ND_EAGAIN. */
static void test_try_write(void) {
    static char big[1 << 20];
    nd_loop_t loop;
    nd_write_t req;
    nd_pipe_t w;
    nd_buf_t bufs[2];
    size_t n;
    char small[4];
    int fds[2];

    lt_open(&loop);
    lt_log_reset();
    make_pipe(fds);
    nd_pipe_init(&loop, &w);
    ND_CHECK_EQ(nd_pipe_open(&w, fds[1]), 0);
    bufs[0].base = "ab";
    bufs[0].len = 2;
    bufs[1].base = "cd";
    bufs[1].len = 2;
    ND_CHECK_EQ(nd_stream_try_write(&w.stream, bufs, 2, &n), 0);
    ND_CHECK_EQ(n, 4);
    ND_CHECK_EQ(read(fds[0], small, 4), 4);
    ND_CHECK(memcmp(small, "abcd", 4) == 0);

    bufs[0].base = big;
    bufs[0].len = sizeof(big);
    ND_CHECK_EQ(nd_stream_try_write(&w.stream, bufs, 1, &n), 0);
    ND_CHECK(n > 0 && n < sizeof(big)); /* the pipe filled up */
    ND_CHECK_EQ(nd_stream_try_write(&w.stream, bufs, 1, &n), 0);
    ND_CHECK_EQ(n, 0);

    req.data = (void *)(intptr_t)0;
    ND_CHECK_EQ(nd_stream_write(&req, &w.stream, bufs, 1, write_cb), 0);
    ND_CHECK_EQ(nd_stream_try_write(&w.stream, bufs, 1, &n), ND_EAGAIN);
    ND_CHECK_EQ(n, 0);
    /* Closing cancels the queued write. */
    nd_close(&w.stream.h, lt_close_quiet);
    lt_finish(&loop);
    ND_CHECK_STR(lt_buf, "w0:ECANCELED ");
    close(fds[0]);
}

/* The reader went away: the write's callback gets ND_EPIPE, try_write
 * returns it; the process is not killed by SIGPIPE (ignored in main). */
static void test_epipe(void) {
    nd_loop_t loop;
    nd_write_t req;
    nd_pipe_t w;
    nd_buf_t buf = {"x", 1};
    size_t n;
    int fds[2];

    lt_open(&loop);
    lt_log_reset();
    make_pipe(fds);
    close(fds[0]);
    nd_pipe_init(&loop, &w);
    ND_CHECK_EQ(nd_pipe_open(&w, fds[1]), 0);
    ND_CHECK_EQ(nd_stream_try_write(&w.stream, &buf, 1, &n), ND_EPIPE);
    ND_CHECK_EQ(n, 0);
    req.data = (void *)(intptr_t)1;
    ND_CHECK_EQ(nd_stream_write(&req, &w.stream, &buf, 1, write_cb), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_STR(lt_buf, "w1:EPIPE ");
    ND_CHECK_EQ(w.stream.write_queue_size, 0);
    nd_close(&w.stream.h, lt_close_quiet);
    lt_finish(&loop);
}

/* ---- blocking writes ---------------------------------------------------- */

static void *slow_reader(void *arg) {
    int fd = *(int *)arg;
    size_t total = 0;
    ssize_t n;
    char buf[4096];

    lt_sleep_ms(100); /* let the writer find the pipe full */
    while ((n = read(fd, buf, sizeof(buf))) > 0)
        total += (size_t)n;
    return (void *)total;
}

/* Blocking mode: try_write of far more than a pipe holds returns only when
 * all of it is written, although the reader starts late. */
static void test_blocking(void) {
    static char big[3 << 20];
    nd_loop_t loop;
    nd_pipe_t w;
    nd_buf_t buf = {big, sizeof(big)};
    pthread_t reader;
    void *total;
    size_t n;
    int fds[2];

    lt_open(&loop);
    make_pipe(fds);
    nd_pipe_init(&loop, &w);
    ND_CHECK_EQ(nd_pipe_open(&w, fds[1]), 0);
    ND_CHECK_EQ(nd_stream_set_blocking(&w.stream, 1), 0);
    ND_CHECK_EQ(pthread_create(&reader, NULL, slow_reader, &fds[0]), 0);
    ND_CHECK_EQ(nd_stream_try_write(&w.stream, &buf, 1, &n), 0);
    ND_CHECK_EQ(n, sizeof(big));
    nd_close(&w.stream.h, lt_close_quiet); /* closes fds[1]: reader ends */
    lt_finish(&loop);
    ND_CHECK_EQ(pthread_join(reader, &total), 0);
    ND_CHECK_EQ((size_t)total, sizeof(big));
    close(fds[0]);
}

int main(void) {
    signal(SIGPIPE, SIG_IGN); /* as nodule itself does (nd_sys_init) */
    ND_RUN(test_read_to_eof);
    ND_RUN(test_stop_in_callback);
    ND_RUN(test_write_queue);
    ND_RUN(test_try_write);
    ND_RUN(test_epipe);
    ND_RUN(test_blocking);
    ND_DONE("test-stream");
}
