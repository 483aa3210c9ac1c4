/*
 * test-udp.c - datagram sockets (loop/udp.h) over loopback: send and
 * receive on IPv4 and IPv6 (skipped where the host has no ::1), send
 * callbacks never inside the call and in order, bind EADDRINUSE without
 * reuseAddr and success with it, connect/disconnect, options before and
 * after the socket exists, closing with sends in flight, bad arguments.
 */
#include "loop_test.h"

#include "udp.h"

typedef struct {
    nd_udp_t u;
    char buf[2048];
    int got;
    char last[64];
    nd_sockaddr_t from;
    int errors;
    int close_after; /* close the handle after this many datagrams */
    int closed;
} peer_t;

static void alloc_cb(nd_udp_t *u, size_t suggested, nd_buf_t *buf) {
    peer_t *p = (peer_t *)u;

    (void)suggested;
    buf->base = p->buf;
    buf->len = sizeof(p->buf);
}

static void on_closed(nd_handle_t *h) {
    ((peer_t *)h)->closed++;
}

static void recv_cb(nd_udp_t *u, int nread, const nd_buf_t *buf,
                    const nd_sockaddr_t *from, unsigned flags) {
    peer_t *p = (peer_t *)u;

    (void)flags;
    if (nread < 0) {
        p->errors++;
        return;
    }
    if (from == NULL)
        return; /* nothing after all */
    ND_CHECK(buf->base == p->buf);
    p->got++;
    snprintf(p->last, sizeof(p->last), "%.*s", nread, buf->base);
    p->from = *from;
    if (p->got == p->close_after)
        nd_close(&u->h, on_closed);
}

static int send_calls[8], send_status[8], send_order[8], nsent;

static void send_cb(nd_udp_send_t *req, int status) {
    int i = (int)(intptr_t)req->data;

    send_calls[i]++;
    send_status[i] = status;
    send_order[nsent++] = i;
}

static void reset_sends(void) {
    memset(send_calls, 0, sizeof(send_calls));
    memset(send_status, 0, sizeof(send_status));
    nsent = 0;
}

/* Send "one" and "two" from a to b over ip; b closes after two. */
static int round_trip(const char *ip, int family) {
    peer_t a, b;
    nd_udp_send_t r1, r2;
    nd_buf_t one = {"one", 3}, two[2] = {{"t", 1}, {"wo", 2}};
    nd_sockaddr_t bn, an;
    const nd_sockaddr_t *to;
    nd_loop_t loop;
    int rc;

    memset(&a, 0, sizeof(a));
    memset(&b, 0, sizeof(b));
    reset_sends();
    lt_open(&loop);
    ND_CHECK_EQ(nd_udp_init(&loop, &a.u), 0);
    ND_CHECK_EQ(nd_udp_init(&loop, &b.u), 0);
    rc = nd_udp_bind(&b.u, lt_addr(ip, 0), 0);
    if (rc == ND_EADDRNOTAVAIL || rc == ND_EAFNOSUPPORT) {
        printf("skip: no %s here\n", ip);
        nd_close(&a.u.h, NULL);
        nd_close(&b.u.h, NULL);
        lt_finish(&loop);
        return 0;
    }
    ND_CHECK_EQ(rc, 0);
    ND_CHECK_EQ(b.u.family, family);
    ND_CHECK_EQ(nd_udp_getsockname(&b.u, &bn), 0);
    ND_CHECK(lt_name(&bn).port > 0);
    ND_CHECK_STR(lt_name(&bn).ip, ip);
    ND_CHECK_EQ(nd_udp_recv_start(&b.u, alloc_cb, recv_cb), 0);
    b.close_after = 2;
    ND_CHECK_EQ(nd_udp_bind(&a.u, lt_addr(ip, 0), 0), 0);
    ND_CHECK_EQ(nd_udp_getsockname(&a.u, &an), 0);

    r1.data = (void *)0;
    r2.data = (void *)1;
    to = lt_addr(ip, lt_name(&bn).port);
    ND_CHECK_EQ(nd_udp_send(&r1, &a.u, &one, 1, to, send_cb), 0);
    ND_CHECK_EQ(nd_udp_send(&r2, &a.u, two, 2, to, send_cb), 0);
    ND_CHECK_EQ(send_calls[0] + send_calls[1], 0); /* never inside */
    ND_CHECK(nd_loop_alive(&loop));
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(send_calls[0], 1);
    ND_CHECK_EQ(send_calls[1], 1);
    ND_CHECK_EQ(send_status[0], 0);
    ND_CHECK_EQ(send_status[1], 0);
    ND_CHECK_EQ(send_order[0], 0); /* in order */
    ND_CHECK_EQ(send_order[1], 1);
    ND_CHECK_EQ(a.u.send_queue_count, 0);
    ND_CHECK_EQ(a.u.send_queue_size, 0);
    ND_CHECK_EQ(b.got, 2);
    ND_CHECK_EQ(b.closed, 1);
    ND_CHECK_STR(b.last, "two");
    ND_CHECK_EQ(lt_name(&b.from).family, family);
    ND_CHECK_STR(lt_name(&b.from).ip, ip);
    ND_CHECK_EQ(lt_name(&b.from).port, lt_name(&an).port);
    nd_close(&a.u.h, NULL);
    lt_finish(&loop);
    return 1;
}

static void test_ipv4(void) {
    ND_CHECK(round_trip("127.0.0.1", 4));
}

static void test_ipv6(void) {
    round_trip("::1", 6);
}

static void test_addrinuse(void) {
    nd_udp_t a, b, c, d;
    nd_sockaddr_t an;
    nd_loop_t loop;

    lt_open(&loop);
    nd_udp_init(&loop, &a);
    nd_udp_init(&loop, &b);
    nd_udp_init(&loop, &c);
    nd_udp_init(&loop, &d);
    ND_CHECK_EQ(nd_udp_bind(&a, lt_addr("127.0.0.1", 0), 0), 0);
    ND_CHECK_EQ(nd_udp_getsockname(&a, &an), 0);
    ND_CHECK_EQ(nd_udp_bind(&b, lt_addr("127.0.0.1", lt_name(&an).port), 0),
                ND_EADDRINUSE);
    /* Bound already. */
    ND_CHECK_EQ(nd_udp_bind(&a, lt_addr("127.0.0.1", 0), 0), ND_EINVAL);
    /* Two sockets that both ask for reuse share the port. */
    ND_CHECK_EQ(nd_udp_bind(&c, lt_addr("127.0.0.1", 0), ND_UDP_REUSEADDR), 0);
    ND_CHECK_EQ(nd_udp_getsockname(&c, &an), 0);
    ND_CHECK_EQ(nd_udp_bind(&d, lt_addr("127.0.0.1", lt_name(&an).port),
                            ND_UDP_REUSEADDR),
                0);
    nd_close(&a.h, NULL);
    nd_close(&b.h, NULL);
    nd_close(&c.h, NULL);
    nd_close(&d.h, NULL);
    lt_finish(&loop);
}

static void test_connect(void) {
    peer_t a, b;
    nd_udp_send_t r;
    nd_buf_t hi = {"hi", 2};
    nd_sockaddr_t bn, peer;
    const nd_sockaddr_t *to;
    nd_loop_t loop;

    memset(&a, 0, sizeof(a));
    memset(&b, 0, sizeof(b));
    reset_sends();
    lt_open(&loop);
    nd_udp_init(&loop, &a.u);
    nd_udp_init(&loop, &b.u);
    ND_CHECK_EQ(nd_udp_bind(&b.u, lt_addr("127.0.0.1", 0), 0), 0);
    ND_CHECK_EQ(nd_udp_getsockname(&b.u, &bn), 0);
    ND_CHECK_EQ(nd_udp_getpeername(&a.u, &peer), ND_EBADF);
    /* connect binds an unbound socket to the wildcard address. */
    to = lt_addr("127.0.0.1", lt_name(&bn).port);
    ND_CHECK_EQ(nd_udp_connect(&a.u, to), 0);
    ND_CHECK_EQ(nd_udp_connect(&a.u, to), ND_EISCONN);
    ND_CHECK_EQ(nd_udp_getpeername(&a.u, &peer), 0);
    ND_CHECK_EQ(lt_name(&peer).port, lt_name(&bn).port);
    ND_CHECK_STR(lt_name(&peer).ip, "127.0.0.1");
    r.data = (void *)0;
    ND_CHECK_EQ(nd_udp_send(&r, &a.u, &hi, 1, to, send_cb),
                ND_EISCONN);
    ND_CHECK_EQ(nd_udp_try_send(&a.u, &hi, 1, NULL), 2);
    ND_CHECK_EQ(nd_udp_send(&r, &a.u, &hi, 1, NULL, send_cb), 0);
    ND_CHECK_EQ(nd_udp_recv_start(&b.u, alloc_cb, recv_cb), 0);
    b.close_after = 2;
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    ND_CHECK_EQ(send_calls[0], 1);
    ND_CHECK_EQ(send_status[0], 0);
    ND_CHECK_EQ(b.got, 2);
    ND_CHECK_STR(b.last, "hi");

    ND_CHECK_EQ(nd_udp_disconnect(&a.u), 0);
    ND_CHECK_EQ(nd_udp_disconnect(&a.u), ND_ENOTCONN);
    ND_CHECK_EQ(nd_udp_getpeername(&a.u, &peer), ND_ENOTCONN);
    ND_CHECK_EQ(nd_udp_send(&r, &a.u, &hi, 1, NULL, send_cb), ND_ENOTCONN);
    nd_close(&a.u.h, NULL);
    lt_finish(&loop);
}

/* Closing right after queuing: every send calls back once, before the
 * close callback; with 0 if it went out already, ND_ECANCELED if not. */
static int closed_at_sends;

static void on_close_count(nd_handle_t *h) {
    (void)h;
    closed_at_sends = nsent;
}

static void test_close_pending(void) {
    nd_udp_t a;
    nd_udp_send_t r[4];
    nd_buf_t x = {"x", 1};
    nd_loop_t loop;
    int i;

    reset_sends();
    lt_open(&loop);
    nd_udp_init(&loop, &a);
    ND_CHECK_EQ(nd_udp_bind(&a, lt_addr("127.0.0.1", 0), 0), 0);
    for (i = 0; i < 4; i++) {
        r[i].data = (void *)(intptr_t)i;
        /* Port 9 (discard) on loopback: nobody listens; UDP sends anyway. */
        ND_CHECK_EQ(
            nd_udp_send(&r[i], &a, &x, 1, lt_addr("127.0.0.1", 9), send_cb),
            0);
    }
    nd_close(&a.h, on_close_count);
    ND_CHECK_EQ(nsent, 0);
    lt_finish(&loop);
    ND_CHECK_EQ(closed_at_sends, 4);
    for (i = 0; i < 4; i++) {
        ND_CHECK_EQ(send_calls[i], 1);
        ND_CHECK(send_status[i] == 0 || send_status[i] == ND_ECANCELED);
        ND_CHECK_EQ(send_order[i], i);
    }
}

static void test_options(void) {
    nd_udp_t a, b;
    nd_udp_send_t r;
    nd_sockaddr_t none;
    nd_buf_t x = {"x", 1};
    int size;
    nd_loop_t loop;

    lt_open(&loop);
    nd_udp_init(&loop, &a);
    nd_udp_init(&loop, &b);
    /* No socket yet. */
    ND_CHECK_EQ(nd_udp_set_broadcast(&a, 1), ND_EBADF);
    ND_CHECK_EQ(nd_udp_set_ttl(&a, 5), ND_EBADF);
    size = 0;
    ND_CHECK_EQ(nd_udp_buffer_size(&a, 0, &size), ND_EBADF);
    ND_CHECK_EQ(nd_udp_recv_start(&a, alloc_cb, recv_cb), ND_EBADF);
    ND_CHECK_EQ(nd_udp_send(&r, &a, &x, 1, lt_addr("127.0.0.1", 9), send_cb),
                ND_EBADF);
    ND_CHECK_EQ(nd_udp_try_send(&a, &x, 1, lt_addr("127.0.0.1", 9)), ND_EBADF);
    ND_CHECK_EQ(nd_udp_getsockname(&a, NULL), ND_EBADF);

    ND_CHECK_EQ(nd_udp_bind(&a, lt_addr("0.0.0.0", 0), 0), 0);
    ND_CHECK_EQ(nd_udp_set_broadcast(&a, 1), 0);
    ND_CHECK_EQ(nd_udp_set_ttl(&a, 64), 0);
    ND_CHECK_EQ(nd_udp_set_ttl(&a, 0), ND_EINVAL);
    ND_CHECK_EQ(nd_udp_set_ttl(&a, 256), ND_EINVAL);
    ND_CHECK_EQ(nd_udp_set_multicast_ttl(&a, 3), 0);
    ND_CHECK_EQ(nd_udp_set_multicast_loop(&a, 0), 0);
    ND_CHECK_EQ(nd_udp_set_multicast_interface(&a, "127.0.0.1"), 0);
    ND_CHECK_EQ(nd_udp_set_multicast_interface(&a, "nope"), ND_EINVAL);
    ND_CHECK_EQ(nd_udp_set_membership(&a, "not-an-ip", NULL, 1), ND_EINVAL);
    ND_CHECK_EQ(nd_udp_set_membership(&a, "ff02::1", NULL, 1), ND_EINVAL);
    /* Leaving a group never joined is the OS's error. */
    ND_CHECK(nd_udp_set_membership(&a, "239.1.2.3", NULL, 0) < 0);
    size = 65536;
    ND_CHECK_EQ(nd_udp_buffer_size(&a, 0, &size), 0);
    ND_CHECK(size >= 65536);
    size = 0;
    ND_CHECK_EQ(nd_udp_buffer_size(&a, 1, &size), 0);
    ND_CHECK(size > 0);

    /* Bad arguments. */
    memset(&none, 0, sizeof(none)); /* no address at all */
    ND_CHECK_EQ(nd_udp_bind(&b, &none, 0), ND_EINVAL);
    ND_CHECK_EQ(nd_udp_connect(&b, &none), ND_EINVAL);
    ND_CHECK_EQ(nd_udp_bind(&b, lt_addr("127.0.0.1", 0), ND_UDP_IPV6ONLY),
                ND_EINVAL);
    ND_CHECK_EQ(nd_udp_send(&r, &a, &x, 1, lt_addr("127.0.0.1", 9), NULL),
                ND_EINVAL);
    ND_CHECK_EQ(nd_udp_send(&r, &a, &x, 1, &none, send_cb), ND_EINVAL);
    ND_CHECK_EQ(nd_udp_try_send(&a, &x, 1, &none), ND_EINVAL);
    ND_CHECK_EQ(nd_udp_send(&r, &a, &x, 1, NULL, send_cb), ND_ENOTCONN);
    ND_CHECK_EQ(nd_udp_recv_start(&a, NULL, recv_cb), ND_EINVAL);
    ND_CHECK_EQ(loop.active_reqs, 0);
    nd_close(&a.h, NULL);
    nd_close(&b.h, NULL);
    lt_finish(&loop);
}

/* On a connected socket, the ICMP answer to a datagram sent to a closed
 * port comes back as one ND_ECONNREFUSED receive error. */
static int refused_errors, refused_status;

static void refused_recv(nd_udp_t *u, int nread, const nd_buf_t *buf,
                         const nd_sockaddr_t *from, unsigned flags) {
    (void)buf;
    (void)from;
    (void)flags;
    if (nread < 0) {
        refused_errors++;
        refused_status = nread;
        nd_close(&u->h, NULL);
    }
}

static void test_refused(void) {
    peer_t a;
    nd_udp_t gone;
    nd_udp_send_t r;
    nd_buf_t x = {"x", 1};
    nd_sockaddr_t g;
    nd_loop_t loop;

    memset(&a, 0, sizeof(a));
    reset_sends();
    lt_open(&loop);
    nd_udp_init(&loop, &gone);
    ND_CHECK_EQ(nd_udp_bind(&gone, lt_addr("127.0.0.1", 0), 0), 0);
    ND_CHECK_EQ(nd_udp_getsockname(&gone, &g), 0);
    nd_close(&gone.h, NULL);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);

    nd_udp_init(&loop, &a.u);
    ND_CHECK_EQ(nd_udp_connect(&a.u, lt_addr("127.0.0.1", lt_name(&g).port)),
                0);
    ND_CHECK_EQ(nd_udp_recv_start(&a.u, alloc_cb, refused_recv), 0);
    r.data = (void *)0;
    ND_CHECK_EQ(nd_udp_send(&r, &a.u, &x, 1, NULL, send_cb), 0);
    lt_finish(&loop);
    ND_CHECK_EQ(send_calls[0], 1);
    ND_CHECK_EQ(send_status[0], 0);
    ND_CHECK_EQ(refused_errors, 1);
    ND_CHECK_EQ(refused_status, ND_ECONNREFUSED);
}

/* A handle that is receiving keeps the loop alive unless unref'd. */
static void test_unref(void) {
    peer_t a;
    nd_loop_t loop;

    memset(&a, 0, sizeof(a));
    lt_open(&loop);
    nd_udp_init(&loop, &a.u);
    ND_CHECK_EQ(nd_udp_bind(&a.u, lt_addr("127.0.0.1", 0), 0), 0);
    ND_CHECK_EQ(nd_udp_recv_start(&a.u, alloc_cb, recv_cb), 0);
    ND_CHECK(nd_loop_alive(&loop));
    nd_unref(&a.u.h);
    ND_CHECK(!nd_loop_alive(&loop));
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    nd_close(&a.u.h, NULL);
    lt_finish(&loop);
}

int main(void) {
    ND_RUN(test_ipv4);
    ND_RUN(test_ipv6);
    ND_RUN(test_addrinuse);
    ND_RUN(test_connect);
    ND_RUN(test_close_pending);
    ND_RUN(test_options);
    ND_RUN(test_refused);
    ND_RUN(test_unref);
    ND_DONE("test-loop-udp");
}
