/*
 * test-tcp.c - tcp and unix-domain sockets on the loop: an echo server over
 * IPv4 and IPv6 loopback and over a unix socket, connection refused,
 * half-close (the peer reads end of file and still writes back), closing
 * with writes and a connect pending (ND_ECANCELED), EADDRINUSE, writes to
 * a peer that has gone (no SIGPIPE), a reset on close, socket options and
 * the address conversions.
 */
#include "loop_test.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

#include "tcp.h"

static char rbuf[65536];

static void alloc_cb(nd_stream_t *s, size_t suggested, nd_buf_t *buf) {
    (void)s;
    (void)suggested;
    buf->base = rbuf;
    buf->len = sizeof(rbuf);
}

/* One server-side connection (tcp or pipe): echoes, ends when the peer
 * ends. */
typedef union {
    nd_stream_t stream;
    nd_tcp_t tcp;
    nd_pipe_t pipe;
} conn_t;

typedef struct {
    nd_write_t req;
    char data[64];
} echo_write_t;

static void free_conn(nd_handle_t *h) {
    free(h);
}

static void echo_written(nd_write_t *req, int status) {
    ND_CHECK(status == 0 || status == ND_ECANCELED);
    free(req);
}

static void server_shut(nd_shutdown_t *req, int status) {
    ND_CHECK_EQ(status, 0);
    nd_close(&req->stream->h, free_conn);
    free(req);
}

static void echo_read(nd_stream_t *s, int nread, const nd_buf_t *buf) {
    if (nread > 0) {
        echo_write_t *w = malloc(sizeof(*w));
        nd_buf_t out;

        ND_CHECK(w != NULL && nread <= (int)sizeof(w->data));
        memcpy(w->data, buf->base, (size_t)nread);
        out.base = w->data;
        out.len = (size_t)nread;
        ND_CHECK_EQ(nd_stream_write(&w->req, s, &out, 1, echo_written), 0);
        return;
    }
    if (nread == ND_EOF) {
        /* Half-close: the peer ended; answer with our own end. */
        nd_shutdown_t *req = malloc(sizeof(*req));

        ND_CHECK_EQ(nd_stream_shutdown(req, s, server_shut), 0);
    } else if (nread < 0) {
        nd_close(&s->h, free_conn);
    }
}

static int accepted;

static void on_connection(nd_stream_t *server, int status) {
    conn_t *c = calloc(1, sizeof(*c));

    ND_CHECK_EQ(status, 0);
    if (server->h.type == ND_TCP)
        nd_tcp_init(server->h.loop, &c->tcp);
    else
        nd_pipe_init(server->h.loop, &c->pipe);
    ND_CHECK_EQ(nd_stream_accept(server, &c->stream), 0);
    ND_CHECK_EQ(nd_stream_accept(server, &c->stream), ND_EAGAIN);
    ND_CHECK_EQ(nd_stream_read_start(&c->stream, alloc_cb, echo_read), 0);
    accepted++;
}

/* ---- the client ------------------------------------------------------- */

static conn_t client;
static nd_stream_t *server_stream;
static char got[256];
static size_t got_len;
static nd_connect_t creq;
static nd_write_t wreq;
static nd_shutdown_t sreq;

static void client_read(nd_stream_t *s, int nread, const nd_buf_t *buf) {
    if (nread > 0) {
        memcpy(got + got_len, buf->base, (size_t)nread);
        got_len += (size_t)nread;
        return;
    }
    if (nread < 0) {
        lt_log("read:%s ", nd_err_name(nread));
        nd_close(&s->h, lt_close_quiet);
        nd_close(&server_stream->h, lt_close_quiet);
    }
}

static void client_wrote(nd_write_t *req, int status) {
    (void)req;
    lt_log("write:%d ", status);
}

static void client_shut(nd_shutdown_t *req, int status) {
    (void)req;
    lt_log("shutdown:%d ", status);
}

/* TCP_NODELAY and SO_KEEPALIVE reach the socket. */
static void check_options(nd_tcp_t *tcp) {
    int on = 0;
    socklen_t len = sizeof(on);

    ND_CHECK_EQ(nd_tcp_nodelay(tcp, 1), 0);
    ND_CHECK_EQ(getsockopt(tcp->stream.fd, IPPROTO_TCP, TCP_NODELAY, &on, &len),
                0);
    ND_CHECK(on != 0);
    ND_CHECK_EQ(nd_tcp_keepalive(tcp, 1, 30), 0);
    ND_CHECK_EQ(getsockopt(tcp->stream.fd, SOL_SOCKET, SO_KEEPALIVE, &on, &len),
                0);
    ND_CHECK(on != 0);
    ND_CHECK_EQ(
        getsockopt(tcp->stream.fd, IPPROTO_TCP, TCP_KEEPIDLE, &on, &len), 0);
    ND_CHECK_EQ(on, 30);
    ND_CHECK_EQ(nd_tcp_keepalive(tcp, 0, 0), 0);
    ND_CHECK_EQ(nd_tcp_nodelay(tcp, 0), 0);
}

static void client_connected(nd_connect_t *req, int status) {
    nd_buf_t b = {(char *)"ping", 4};

    lt_log("connect:%d ", status);
    ND_CHECK(req == &creq);
    ND_CHECK_EQ(status, 0);
    if (req->stream->h.type == ND_TCP)
        check_options((nd_tcp_t *)req->stream);
    ND_CHECK_EQ(nd_stream_write(&wreq, req->stream, &b, 1, client_wrote), 0);
    /* Half-close right away: the echo still comes back. */
    ND_CHECK_EQ(nd_stream_shutdown(&sreq, req->stream, client_shut), 0);
    ND_CHECK_EQ(nd_stream_read_start(req->stream, alloc_cb, client_read), 0);
}

static void tcp_echo(const char *ip) {
    nd_loop_t loop;
    nd_tcp_t server;
    nd_sockaddr_t addr;
    char name[ND_IP_NAME_MAX];
    int port, family;

    lt_open(&loop);
    lt_log_reset();
    accepted = 0;
    got_len = 0;
    ND_CHECK_EQ(nd_ip_addr(ip, 0, &addr), 0);
    ND_CHECK_EQ(nd_tcp_init(&loop, &server), 0);
    ND_CHECK_EQ(nd_tcp_bind(&server, &addr, 0), 0);
    ND_CHECK_EQ(nd_stream_listen(&server.stream, 16, on_connection), 0);
    ND_CHECK(nd_is_active(&server.stream.h));
    ND_CHECK_EQ(nd_tcp_getsockname(&server, &addr), 0);
    family = nd_ip_name(&addr, name, &port);
    ND_CHECK_EQ(family, strchr(ip, ':') ? 6 : 4);
    ND_CHECK_STR(name, ip);
    ND_CHECK(port > 0);
    server_stream = &server.stream;

    ND_CHECK_EQ(nd_tcp_init(&loop, &client.tcp), 0);
    ND_CHECK_EQ(nd_tcp_connect(&creq, &client.tcp, &addr, client_connected), 0);
    ND_CHECK_EQ(nd_tcp_connect(&creq, &client.tcp, &addr, client_connected),
                ND_EALREADY);
    lt_finish(&loop);
    ND_CHECK_STR(lt_buf, "connect:0 write:0 shutdown:0 read:EOF ");
    ND_CHECK_EQ(got_len, 4);
    ND_CHECK(memcmp(got, "ping", 4) == 0);
    ND_CHECK_EQ(accepted, 1);
}

static void test_echo_v4(void) {
    tcp_echo("127.0.0.1");
}

static void test_echo_v6(void) {
    tcp_echo("::1");
}

static void test_unix_echo(void) {
    nd_loop_t loop;
    nd_pipe_t server;
    char path[64];

    snprintf(path, sizeof(path), "/tmp/nd-tcp-test-%d.sock", (int)getpid());
    unlink(path);
    lt_open(&loop);
    lt_log_reset();
    accepted = 0;
    got_len = 0;
    ND_CHECK_EQ(nd_pipe_init(&loop, &server), 0);
    ND_CHECK_EQ(nd_pipe_bind(&server, path), 0);
    ND_CHECK_EQ(access(path, F_OK), 0);
    ND_CHECK_EQ(nd_stream_listen(&server.stream, 16, on_connection), 0);
    server_stream = &server.stream;
    ND_CHECK_EQ(nd_pipe_init(&loop, &client.pipe), 0);
    ND_CHECK_EQ(nd_pipe_connect(&creq, &client.pipe, path, client_connected),
                0);
    lt_finish(&loop);
    ND_CHECK_STR(lt_buf, "connect:0 write:0 shutdown:0 read:EOF ");
    ND_CHECK_EQ(got_len, 4);
    ND_CHECK_EQ(accepted, 1);
    /* Closing the server removed its socket file. */
    ND_CHECK_EQ(access(path, F_OK), -1);
}

/* ---- failures ----------------------------------------------------------- */

static void log_connect(nd_connect_t *req, int status) {
    lt_log("connect:%s ", status == 0 ? "0" : nd_err_name(status));
    nd_close(&req->stream->h, lt_close_quiet);
}

/* A port nobody listens on: bind one, close it, connect to it. */
static void test_refused(void) {
    nd_loop_t loop;
    nd_tcp_t probe, c;
    nd_sockaddr_t addr;
    char name[ND_IP_NAME_MAX];
    int port;

    lt_open(&loop);
    lt_log_reset();
    ND_CHECK_EQ(nd_ip_addr("127.0.0.1", 0, &addr), 0);
    nd_tcp_init(&loop, &probe);
    ND_CHECK_EQ(nd_tcp_bind(&probe, &addr, 0), 0);
    ND_CHECK_EQ(nd_tcp_getsockname(&probe, &addr), 0);
    nd_close(&probe.stream.h, lt_close_quiet);
    nd_ip_name(&addr, name, &port);
    ND_CHECK_EQ(nd_ip_addr(name, port, &addr), 0);
    nd_tcp_init(&loop, &c);
    ND_CHECK_EQ(nd_tcp_connect(&creq, &c, &addr, log_connect), 0);
    ND_CHECK_STR(lt_buf, ""); /* never from inside the call */
    lt_finish(&loop);
    ND_CHECK_STR(lt_buf, "connect:ECONNREFUSED ");
}

static void test_unix_missing(void) {
    nd_loop_t loop;
    nd_pipe_t c;

    lt_open(&loop);
    lt_log_reset();
    nd_pipe_init(&loop, &c);
    ND_CHECK_EQ(nd_pipe_connect(&creq, &c, "/nonexistent/nd.sock", log_connect),
                0);
    ND_CHECK_STR(lt_buf, "");
    lt_finish(&loop);
    ND_CHECK_STR(lt_buf, "connect:ENOENT ");
}

static void test_addr_in_use(void) {
    nd_loop_t loop;
    nd_tcp_t a, b;
    nd_sockaddr_t addr;

    lt_open(&loop);
    ND_CHECK_EQ(nd_ip_addr("127.0.0.1", 0, &addr), 0);
    nd_tcp_init(&loop, &a);
    nd_tcp_init(&loop, &b);
    ND_CHECK_EQ(nd_tcp_bind(&a, &addr, 0), 0);
    ND_CHECK_EQ(nd_stream_listen(&a.stream, 4, on_connection), 0);
    ND_CHECK_EQ(nd_tcp_getsockname(&a, &addr), 0);
    ND_CHECK_EQ(nd_tcp_bind(&b, &addr, 0), ND_EADDRINUSE);
    nd_close(&a.stream.h, lt_close_quiet);
    nd_close(&b.stream.h, lt_close_quiet);
    lt_finish(&loop);
}

/* Closing a connecting socket cancels the connect; closing one with queued
 * writes cancels them, before the close callback. */
static void log_write(nd_write_t *req, int status) {
    (void)req;
    lt_log("write:%s ", status == 0 ? "0" : nd_err_name(status));
}

static void log_close(nd_handle_t *h) {
    (void)h;
    lt_log("closed ");
}

static void log_connect_only(nd_connect_t *req, int status) {
    (void)req;
    lt_log("connect:%s ", status == 0 ? "0" : nd_err_name(status));
}

static void test_close_pending(void) {
    static char big[1 << 22];
    nd_loop_t loop;
    nd_tcp_t server, c;
    nd_sockaddr_t addr;
    nd_buf_t b = {big, sizeof(big)};
    int i;

    lt_open(&loop);
    lt_log_reset();
    ND_CHECK_EQ(nd_ip_addr("127.0.0.1", 0, &addr), 0);
    nd_tcp_init(&loop, &server);
    ND_CHECK_EQ(nd_tcp_bind(&server, &addr, 0), 0);
    ND_CHECK_EQ(nd_stream_listen(&server.stream, 4, on_connection), 0);
    ND_CHECK_EQ(nd_tcp_getsockname(&server, &addr), 0);
    nd_tcp_init(&loop, &c);
    ND_CHECK_EQ(nd_tcp_connect(&creq, &c, &addr, log_connect_only), 0);
    nd_close(&c.stream.h, log_close);
    nd_close(&server.stream.h, lt_close_quiet);
    lt_finish(&loop);
    ND_CHECK_STR(lt_buf, "connect:ECANCELED closed ");

    /* Now connected, with more queued than the socket buffers hold (the
     * server accepts and echoes nothing back: it never reads). */
    lt_open(&loop);
    lt_log_reset();
    nd_tcp_init(&loop, &server);
    ND_CHECK_EQ(nd_ip_addr("127.0.0.1", 0, &addr), 0);
    ND_CHECK_EQ(nd_tcp_bind(&server, &addr, 0), 0);
    ND_CHECK_EQ(nd_stream_listen(&server.stream, 4, on_connection), 0);
    ND_CHECK_EQ(nd_tcp_getsockname(&server, &addr), 0);
    nd_tcp_init(&loop, &c);
    ND_CHECK_EQ(nd_tcp_connect(&creq, &c, &addr, log_connect_only), 0);
    for (i = 0; i < 50 && strstr(lt_buf, "connect:") == NULL; i++)
        nd_loop_run(&loop, ND_RUN_ONCE);
    ND_CHECK_STR(lt_buf, "connect:0 ");
    ND_CHECK_EQ(nd_stream_write(&wreq, &c.stream, &b, 1, log_write), 0);
    ND_CHECK(c.stream.write_queue_size > 0);
    nd_close(&c.stream.h, log_close);
    nd_close(&server.stream.h, lt_close_quiet);
    lt_finish(&loop);
    ND_CHECK_STR(lt_buf, "connect:0 write:ECANCELED closed ");
}

/* The peer closes at once: writes fail with EPIPE or ECONNRESET, and the
 * process gets no SIGPIPE (this program does not ignore it). */
static void close_at_once(nd_stream_t *server, int status) {
    ND_CHECK_EQ(status, 0);
    /* Not accepting closes the connection when the callback returns. */
    (void)server;
}

static nd_write_t wreqs[64];
static int write_errors;

static void count_write(nd_write_t *req, int status) {
    (void)req;
    if (status == ND_EPIPE || status == ND_ECONNRESET)
        write_errors++;
    else
        ND_CHECK(status == 0 || status == ND_ECANCELED);
}

static void test_peer_gone(void) {
    static char chunk[1 << 16];
    nd_loop_t loop;
    nd_tcp_t server, c;
    nd_sockaddr_t addr;
    nd_buf_t b = {chunk, sizeof(chunk)};
    int i;

    lt_open(&loop);
    lt_log_reset();
    write_errors = 0;
    ND_CHECK_EQ(nd_ip_addr("127.0.0.1", 0, &addr), 0);
    nd_tcp_init(&loop, &server);
    ND_CHECK_EQ(nd_tcp_bind(&server, &addr, 0), 0);
    ND_CHECK_EQ(nd_stream_listen(&server.stream, 4, close_at_once), 0);
    ND_CHECK_EQ(nd_tcp_getsockname(&server, &addr), 0);
    nd_tcp_init(&loop, &c);
    ND_CHECK_EQ(nd_tcp_connect(&creq, &c, &addr, log_connect_only), 0);
    for (i = 0; i < 50 && strstr(lt_buf, "connect:") == NULL; i++)
        nd_loop_run(&loop, ND_RUN_ONCE);
    ND_CHECK_STR(lt_buf, "connect:0 ");
    /* Let the server accept and drop it. */
    for (i = 0; i < 5; i++)
        nd_loop_run(&loop, ND_RUN_NOWAIT);
    lt_sleep_ms(20);
    for (i = 0; i < 64; i++)
        ND_CHECK_EQ(nd_stream_write(&wreqs[i], &c.stream, &b, 1, count_write),
                    0);
    for (i = 0; i < 200 && write_errors == 0; i++)
        nd_loop_run(&loop, ND_RUN_ONCE);
    ND_CHECK(write_errors >= 1);
    nd_close(&c.stream.h, lt_close_quiet);
    nd_close(&server.stream.h, lt_close_quiet);
    lt_finish(&loop);
}

/* A connection closed with nd_tcp_reset_on_close(): the peer's read
 * fails with ECONNRESET instead of reading end of file. */
static nd_tcp_t reset_conn;

static void reset_at_once(nd_stream_t *server, int status) {
    ND_CHECK_EQ(status, 0);
    nd_tcp_init(server->h.loop, &reset_conn);
    ND_CHECK_EQ(nd_stream_accept(server, &reset_conn.stream), 0);
    ND_CHECK_EQ(nd_tcp_reset_on_close(&reset_conn), 0);
    nd_close(&reset_conn.stream.h, lt_close_quiet);
    nd_close(&server->h, lt_close_quiet);
}

static void reset_read(nd_stream_t *s, int nread, const nd_buf_t *buf) {
    (void)buf;
    if (nread == 0)
        return;
    lt_log("read:%s ", nread > 0 ? "data" : nd_err_name(nread));
    nd_close(&s->h, lt_close_quiet);
}

static void reset_connected(nd_connect_t *req, int status) {
    if (status == ND_ECONNRESET) {
        /* The reset came before the connect was seen to finish. */
        lt_log("read:ECONNRESET ");
        nd_close(&req->stream->h, lt_close_quiet);
        return;
    }
    ND_CHECK_EQ(status, 0);
    ND_CHECK_EQ(nd_stream_read_start(req->stream, alloc_cb, reset_read), 0);
}

static void test_reset(void) {
    nd_loop_t loop;
    nd_tcp_t server, c;
    nd_sockaddr_t addr;

    lt_open(&loop);
    lt_log_reset();
    ND_CHECK_EQ(nd_ip_addr("127.0.0.1", 0, &addr), 0);
    nd_tcp_init(&loop, &server);
    ND_CHECK_EQ(nd_tcp_reset_on_close(&server), ND_EBADF); /* no socket */
    ND_CHECK_EQ(nd_tcp_bind(&server, &addr, 0), 0);
    ND_CHECK_EQ(nd_stream_listen(&server.stream, 4, reset_at_once), 0);
    ND_CHECK_EQ(nd_tcp_getsockname(&server, &addr), 0);
    nd_tcp_init(&loop, &c);
    ND_CHECK_EQ(nd_tcp_connect(&creq, &c, &addr, reset_connected), 0);
    lt_finish(&loop);
    ND_CHECK_STR(lt_buf, "read:ECONNRESET ");
}

int main(void) {
    ND_RUN(test_echo_v4);
    ND_RUN(test_echo_v6);
    ND_RUN(test_unix_echo);
    ND_RUN(test_refused);
    ND_RUN(test_unix_missing);
    ND_RUN(test_addr_in_use);
    ND_RUN(test_close_pending);
    ND_RUN(test_peer_gone);
    ND_RUN(test_reset);
    ND_DONE("test-tcp");
}
