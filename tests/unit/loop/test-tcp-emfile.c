/*
 * test-tcp-emfile.c - a tcp server at the descriptor limit: accepting
 * fails with EMFILE, the server sheds the waiting connection (its client
 * sees the connection end) through its spare descriptor, never reports an
 * error, and serves the next client normally once descriptors are free.
 */
#include "loop_test.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <unistd.h>

#include "tcp.h"

static char rbuf[4096];

static void alloc_cb(nd_stream_t *s, size_t suggested, nd_buf_t *buf) {
    (void)s;
    (void)suggested;
    buf->base = rbuf;
    buf->len = sizeof(rbuf);
}

static nd_tcp_t server, accepted_conn, a, b;
static nd_connect_t ca, cb_req;
static int connections, errors_seen;

static void on_connection(nd_stream_t *s, int status) {
    if (status < 0) {
        errors_seen++;
        return;
    }
    connections++;
    nd_tcp_init(s->h.loop, &accepted_conn);
    ND_CHECK_EQ(nd_stream_accept(s, &accepted_conn.stream), 0);
    /* Served: close it, and stop the server. */
    nd_close(&accepted_conn.stream.h, lt_close_quiet);
    nd_close(&s->h, lt_close_quiet);
}

static void a_read(nd_stream_t *s, int nread, const nd_buf_t *buf) {
    (void)buf;
    if (nread == 0)
        return;
    /* The server shed us: end of file or a reset, never data. */
    ND_CHECK(nread == ND_EOF || nread == ND_ECONNRESET);
    lt_log("a:%s ", nd_err_name(nread));
    nd_close(&s->h, lt_close_quiet);
}

static void a_connected(nd_connect_t *req, int status) {
    ND_CHECK_EQ(status, 0);
    ND_CHECK_EQ(nd_stream_read_start(req->stream, alloc_cb, a_read), 0);
}

static void b_read(nd_stream_t *s, int nread, const nd_buf_t *buf) {
    (void)buf;
    if (nread == 0)
        return;
    lt_log("b:%s ", nd_err_name(nread));
    nd_close(&s->h, lt_close_quiet);
}

static void b_connected(nd_connect_t *req, int status) {
    ND_CHECK_EQ(status, 0);
    lt_log("b:connected ");
    ND_CHECK_EQ(nd_stream_read_start(req->stream, alloc_cb, b_read), 0);
}

int main(void) {
    nd_loop_t loop;
    nd_sockaddr_t addr;
    struct rlimit rl;
    int fillers[256], nfill = 0, i, fd;

    lt_open(&loop);
    ND_CHECK_EQ(nd_ip_addr("127.0.0.1", 0, &addr), 0);
    nd_tcp_init(&loop, &server);
    ND_CHECK_EQ(nd_tcp_bind(&server, &addr, 0), 0);
    ND_CHECK_EQ(nd_stream_listen(&server.stream, 8, on_connection), 0);
    ND_CHECK_EQ(nd_tcp_getsockname(&server, &addr), 0);

    /* Client a connects; then no descriptor is left for the server. */
    nd_tcp_init(&loop, &a);
    ND_CHECK_EQ(nd_tcp_connect(&ca, &a, &addr, a_connected), 0);
    ND_CHECK_EQ(getrlimit(RLIMIT_NOFILE, &rl), 0);
    fd = dup(0);
    ND_CHECK(fd >= 0);
    close(fd);
    rl.rlim_cur = (rlim_t)fd + 128;
    ND_CHECK_EQ(setrlimit(RLIMIT_NOFILE, &rl), 0);
    while (nfill < 256 && (fd = dup(0)) >= 0)
        fillers[nfill++] = fd;
    ND_CHECK(fd < 0 && errno == EMFILE);

    for (i = 0; i < 100 && strstr(lt_buf, "a:") == NULL; i++)
        nd_loop_run(&loop, ND_RUN_ONCE);
    ND_CHECK(strstr(lt_buf, "a:") != NULL);
    ND_CHECK_EQ(connections, 0);
    ND_CHECK_EQ(errors_seen, 0);
    ND_CHECK(nd_is_active(&server.stream.h)); /* still listening */

    /* Descriptors free again: the next client is served. */
    while (nfill > 0)
        close(fillers[--nfill]);
    nd_tcp_init(&loop, &b);
    ND_CHECK_EQ(nd_tcp_connect(&cb_req, &b, &addr, b_connected), 0);
    lt_finish(&loop);
    ND_CHECK_EQ(connections, 1);
    ND_CHECK_EQ(errors_seen, 0);
    ND_CHECK(strstr(lt_buf, "b:connected b:EOF ") != NULL);
    ND_DONE("test-tcp-emfile");
}
