/*
 * test-tcp-echo.c - TCP over loopback through the poller: a server and a
 * client on one loop, both driven only by nd_io_t watchers over sockets
 * made with loop/sock.h.  Runs on every backend (epoll, poll, iocp).
 *
 * The client connects (non-blocking), sends a message larger than the
 * socket buffers so that writes stop with ND_EAGAIN and resume on
 * ND_POLL_OUT, then shuts down its sending side.  The server echoes every
 * byte back as it comes, shuts down when it reads end of stream, and the
 * client checks it got exactly what it sent.  A second case connects to a
 * port nobody listens on and expects the failure through the watcher or
 * at once.
 */
#include "loop_test.h"
#include "sock.h"

#define MESSAGE_SIZE (1024 * 1024)

typedef struct {
    nd_io_t io;
    int fd;
    unsigned char *buf; /* what to send (client) or echo (server) */
    size_t len, sent;   /* client: total and sent; server: queued */
    size_t received;
    int eof, shut;
} end_t;

static unsigned char *message, *answer;
static end_t listener, server, client;
static int accepted, connected;

static void close_end(end_t *e) {
    nd_io_stop(&e->io);
    ND_CHECK_EQ(nd_sock_close(e->fd), 0);
    nd_close(&e->io.h, lt_close_quiet);
}

/* Interest: IN until end of stream, OUT while there is something to send. */
static void update(end_t *e, nd_io_cb cb) {
    unsigned want = 0;

    if (!e->eof)
        want |= ND_POLL_IN;
    if (e->sent < e->len)
        want |= ND_POLL_OUT;
    if (want == 0) {
        close_end(e);
        return;
    }
    ND_CHECK_EQ(nd_io_start(&e->io, cb, want), 0);
}

static void flush(end_t *e) {
    while (e->sent < e->len) {
        long n = nd_sock_send(e->fd, e->buf + e->sent, e->len - e->sent);

        if (n == ND_EAGAIN)
            return;
        ND_CHECK_INT(n, >, 0);
        e->sent += (size_t)n;
    }
}

static void server_cb(nd_io_t *w, unsigned events) {
    end_t *e = &server;
    unsigned char chunk[16384];

    (void)w;
    if (events & (ND_POLL_IN | ND_POLL_HUP)) {
        for (;;) {
            long n = nd_sock_recv(e->fd, chunk, sizeof(chunk));

            if (n == ND_EAGAIN)
                break;
            ND_CHECK_INT(n, >=, 0);
            if (n == 0) {
                e->eof = 1;
                break;
            }
            memcpy(e->buf + e->len, chunk, (size_t)n);
            e->len += (size_t)n;
            ND_CHECK_INT(e->len, <=, MESSAGE_SIZE);
        }
    }
    flush(e);
    if (e->eof && e->sent == e->len && !e->shut) {
        ND_CHECK_EQ(nd_sock_shutdown(e->fd), 0);
        e->shut = 1;
    }
    update(e, server_cb);
}

static void accept_cb(nd_io_t *w, unsigned events) {
    int fd;

    ND_CHECK(events & ND_POLL_IN);
    ND_CHECK_EQ(nd_sock_accept(w->fd, &fd), 0);
    accepted++;
    server.fd = fd;
    server.buf = answer;
    ND_CHECK_EQ(nd_io_init(w->h.loop, &server.io, fd), 0);
    update(&server, server_cb);
    close_end(&listener); /* one connection is all we want */
}

static void client_cb(nd_io_t *w, unsigned events) {
    end_t *e = &client;
    unsigned char chunk[16384];

    (void)w;
    if (!connected) {
        ND_CHECK(events & ND_POLL_OUT);
        ND_CHECK_EQ(nd_sock_error(e->fd), 0);
        connected = 1;
    }
    if (events & (ND_POLL_IN | ND_POLL_HUP)) {
        for (;;) {
            long n = nd_sock_recv(e->fd, chunk, sizeof(chunk));

            if (n == ND_EAGAIN)
                break;
            ND_CHECK_INT(n, >=, 0);
            if (n == 0) {
                e->eof = 1;
                break;
            }
            ND_CHECK_INT(e->received + (size_t)n, <=, MESSAGE_SIZE);
            ND_CHECK(memcmp(chunk, message + e->received, (size_t)n) == 0);
            e->received += (size_t)n;
        }
    }
    flush(e);
    if (e->sent == e->len && !e->shut) {
        ND_CHECK_EQ(nd_sock_shutdown(e->fd), 0);
        e->shut = 1;
    }
    update(e, client_cb);
}

static void test_echo(void) {
    nd_loop_t loop;
    int port = 0, done = 0, i;

    message = malloc(MESSAGE_SIZE);
    answer = malloc(MESSAGE_SIZE);
    ND_CHECK(message != NULL && answer != NULL);
    for (i = 0; i < MESSAGE_SIZE; i++)
        message[i] = (unsigned char)(i * 7 + i / 251);
    memset(&listener, 0, sizeof(listener));
    memset(&server, 0, sizeof(server));
    memset(&client, 0, sizeof(client));

    lt_open(&loop);
    ND_CHECK_EQ(nd_sock_tcp_listen("127.0.0.1", &port, 16, &listener.fd), 0);
    ND_CHECK_INT(port, >, 0);
    ND_CHECK_EQ(nd_io_init(&loop, &listener.io, listener.fd), 0);
    ND_CHECK_EQ(nd_io_start(&listener.io, accept_cb, ND_POLL_IN), 0);

    ND_CHECK_EQ(nd_sock_tcp_connect("127.0.0.1", port, &client.fd, &done), 0);
    client.buf = message;
    client.len = MESSAGE_SIZE;
    ND_CHECK_EQ(nd_io_init(&loop, &client.io, client.fd), 0);
    ND_CHECK_EQ(nd_io_start(&client.io, client_cb, ND_POLL_OUT), 0);

    lt_finish(&loop);
    ND_CHECK_EQ(accepted, 1);
    ND_CHECK_EQ(connected, 1);
    ND_CHECK_EQ(server.len, MESSAGE_SIZE);
    ND_CHECK_EQ(client.received, MESSAGE_SIZE);
    ND_CHECK(memcmp(answer, message, MESSAGE_SIZE) == 0);
    free(message);
    free(answer);
}

static int refused_events, refused_error;

static void refused_cb(nd_io_t *w, unsigned events) {
    refused_events = (int)events;
    refused_error = nd_sock_error(w->fd);
    nd_io_stop(w);
    ND_CHECK_EQ(nd_sock_close(w->fd), 0);
    nd_close(&w->h, lt_close_quiet);
}

static void test_refused(void) {
    nd_loop_t loop;
    nd_io_t io;
    int port = 0, probe, fd, done = 0, err;

    /* A port that was just free: listen on it, learn it, close it. */
    ND_CHECK_EQ(nd_sock_tcp_listen("127.0.0.1", &port, 1, &probe), 0);
    ND_CHECK_EQ(nd_sock_close(probe), 0);

    lt_open(&loop);
    err = nd_sock_tcp_connect("127.0.0.1", port, &fd, &done);
    if (err == ND_ECONNREFUSED) {
        fprintf(stderr, "    (refused at once)\n");
        lt_finish(&loop);
        return;
    }
    ND_CHECK_EQ(err, 0);
    ND_CHECK_EQ(done, 0);
    ND_CHECK_EQ(nd_io_init(&loop, &io, fd), 0);
    ND_CHECK_EQ(nd_io_start(&io, refused_cb, ND_POLL_OUT), 0);
    lt_finish(&loop);
    ND_CHECK(refused_events & (ND_POLL_ERR | ND_POLL_HUP));
    ND_CHECK_EQ(refused_error, ND_ECONNREFUSED);
}

/* Nothing to accept yet, nothing to read yet: "would block", the same
 * code on every system; no error pending on a healthy socket. */
static void test_would_block(void) {
    int port = 0, l, c, a = -1, done = 0, i;
    char byte;

    ND_CHECK_EQ(nd_sock_tcp_listen("127.0.0.1", &port, 4, &l), 0);
    ND_CHECK_EQ(nd_sock_accept(l, &a), ND_EAGAIN);
    ND_CHECK_EQ(nd_sock_error(l), 0);
    ND_CHECK_EQ(nd_sock_tcp_connect("127.0.0.1", port, &c, &done), 0);
    /* The connection reaches the backlog soon; poll for it without a
     * poller (this case is about the shim alone). */
    for (i = 0; i < 2000 && nd_sock_accept(l, &a) == ND_EAGAIN; i++)
        lt_sleep_ms(1);
    ND_CHECK_INT(a, >=, 0);
    ND_CHECK_EQ(nd_sock_recv(a, &byte, 1), ND_EAGAIN);
    ND_CHECK_EQ(nd_sock_close(a), 0);
    ND_CHECK_EQ(nd_sock_close(c), 0);
    ND_CHECK_EQ(nd_sock_close(l), 0);
}

static void test_bad_address(void) {
    int port = 0, fd, done;

    ND_CHECK_EQ(nd_sock_tcp_listen("not an address", &port, 1, &fd), ND_EINVAL);
    ND_CHECK_EQ(nd_sock_tcp_connect("127.0.0.1", 70000, &fd, &done), ND_EINVAL);
    ND_CHECK_EQ(nd_sock_tcp_connect("1.2.3", 80, &fd, &done), ND_EINVAL);
}

int main(void) {
    ND_CHECK_EQ(nd_sock_init(), 0);
    ND_RUN(test_echo);
    ND_RUN(test_refused);
    ND_RUN(test_would_block);
    ND_RUN(test_bad_address);
    ND_DONE("test-loop-tcp-echo");
}
