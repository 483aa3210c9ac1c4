/*
 * test-sock.c - the socket shim (loop/sock.h) on its own, without a loop:
 * datagrams over loopback with sendmsg/recvmsg (several buffers, the
 * sender's address, a datagram cut to fit), a connected datagram socket
 * and its disconnection, names, options, and refusals (unknown family,
 * unix-domain paths).  Built on every system, so it checks sock_win32.c
 * under Wine as well as sock_posix.c.
 */
#include "loop_test.h"
#include "sock.h"
#include "stream.h" /* nd_buf_t */

/* Receive one datagram on fd, waiting for it without a poller. */
static long recv_wait(int fd, void *buf, size_t len, nd_sockaddr_t *from,
                      int *truncated) {
    long n = ND_EAGAIN;
    int i;

    for (i = 0; i < 2000 && n == ND_EAGAIN; i++) {
        n = nd_sock_recvmsg(fd, buf, len, from, truncated);
        if (n == ND_EAGAIN)
            lt_sleep_ms(1);
    }
    return n;
}

/* Two IPv4 datagram sockets bound to loopback; a's port in *a_port. */
static void udp_pair(int *a, int *b, nd_sockaddr_t *b_addr, int *a_port) {
    nd_sockaddr_t name;

    ND_CHECK_EQ(nd_sock_open(ND_SOCK_IP4, ND_SOCK_DGRAM, a), 0);
    ND_CHECK_EQ(nd_sock_open(ND_SOCK_IP4, ND_SOCK_DGRAM, b), 0);
    ND_CHECK_EQ(nd_sock_bind(*a, lt_addr("127.0.0.1", 0)), 0);
    ND_CHECK_EQ(nd_sock_bind(*b, lt_addr("127.0.0.1", 0)), 0);
    ND_CHECK_EQ(nd_sock_getsockname(*a, &name), 0);
    *a_port = nd_sockaddr_port(&name);
    ND_CHECK_INT(*a_port, >, 0);
    ND_CHECK_EQ(nd_sock_getsockname(*b, b_addr), 0);
    ND_CHECK_INT(nd_sockaddr_port(b_addr), >, 0);
}

static void test_datagrams(void) {
    nd_buf_t parts[3] = {{"he", 2}, {"", 0}, {"llo", 3}};
    nd_sockaddr_t to, from;
    char buf[64];
    int a, b, a_port, cut = -1;

    udp_pair(&a, &b, &to, &a_port);
    ND_CHECK_EQ(nd_sock_recvmsg(b, buf, sizeof(buf), &from, &cut), ND_EAGAIN);
    ND_CHECK_EQ(nd_sock_sendmsg(a, parts, 3, &to), 5);
    ND_CHECK_EQ(recv_wait(b, buf, sizeof(buf), &from, &cut), 5);
    ND_CHECK(memcmp(buf, "hello", 5) == 0);
    ND_CHECK_EQ(cut, 0);
    ND_CHECK_STR(lt_name(&from).ip, "127.0.0.1");
    ND_CHECK_EQ(nd_sockaddr_port(&from), a_port);

    /* Larger than the buffer: what fits, and the mark. */
    parts[0].base = "0123456789";
    parts[0].len = 10;
    ND_CHECK_EQ(nd_sock_sendmsg(a, parts, 1, &to), 10);
    ND_CHECK_EQ(recv_wait(b, buf, 4, &from, &cut), 4);
    ND_CHECK(memcmp(buf, "0123", 4) == 0);
    ND_CHECK_EQ(cut, 1);

    /* An empty datagram is one too. */
    ND_CHECK_EQ(nd_sock_sendmsg(a, parts, 0, &to), 0);
    ND_CHECK_EQ(recv_wait(b, buf, sizeof(buf), &from, &cut), 0);
    ND_CHECK_EQ(nd_sockaddr_port(&from), a_port);
    ND_CHECK_EQ(nd_sock_close(a), 0);
    ND_CHECK_EQ(nd_sock_close(b), 0);
}

static void test_connected(void) {
    nd_buf_t hi = {"hi", 2};
    nd_sockaddr_t to, peer, from;
    char buf[8];
    int a, b, a_port, cut, done = -1;

    udp_pair(&a, &b, &to, &a_port);
    ND_CHECK_EQ(nd_sock_getpeername(a, &peer), ND_ENOTCONN);
    ND_CHECK_EQ(nd_sock_connect(a, &to, &done), 0);
    ND_CHECK_EQ(done, 1);
    ND_CHECK_EQ(nd_sock_getpeername(a, &peer), 0);
    ND_CHECK_EQ(nd_sockaddr_port(&peer), nd_sockaddr_port(&to));
    ND_CHECK_EQ(nd_sock_sendmsg(a, &hi, 1, NULL), 2);
    ND_CHECK_EQ(recv_wait(b, buf, sizeof(buf), &from, &cut), 2);
    ND_CHECK_EQ(nd_sock_disconnect(a), 0);
    ND_CHECK_EQ(nd_sock_getpeername(a, &peer), ND_ENOTCONN);
    ND_CHECK_EQ(nd_sock_close(a), 0);
    ND_CHECK_EQ(nd_sock_close(b), 0);
}

static void test_options(void) {
    int s, d, v6, value = 0;

    ND_CHECK_EQ(nd_sock_open(ND_SOCK_IP4, ND_SOCK_STREAM, &s), 0);
    ND_CHECK_EQ(nd_sock_set(s, ND_SOCK_REUSEADDR, 1), 0);
    ND_CHECK_EQ(nd_sock_set(s, ND_SOCK_NODELAY, 1), 0);
    ND_CHECK_EQ(nd_sock_get(s, ND_SOCK_NODELAY, &value), 0);
    ND_CHECK(value != 0);
    ND_CHECK_EQ(nd_sock_set(s, ND_SOCK_KEEPALIVE, 1), 0);
    ND_CHECK_EQ(nd_sock_set(s, ND_SOCK_KEEPIDLE, 30), 0);
    ND_CHECK_EQ(nd_sock_linger(s, 1, 0), 0);
    ND_CHECK_EQ(nd_sock_close(s), 0);

    ND_CHECK_EQ(nd_sock_open(ND_SOCK_IP4, ND_SOCK_DGRAM, &d), 0);
    ND_CHECK_EQ(nd_sock_set(d, ND_SOCK_BROADCAST, 1), 0);
    ND_CHECK_EQ(nd_sock_set(d, ND_SOCK_IP_TTL, 9), 0);
    ND_CHECK_EQ(nd_sock_get(d, ND_SOCK_IP_TTL, &value), 0);
    ND_CHECK_EQ(value, 9);
    ND_CHECK_EQ(nd_sock_set(d, ND_SOCK_IP_MULTICAST_TTL, 3), 0);
    ND_CHECK_EQ(nd_sock_set(d, ND_SOCK_IP_MULTICAST_LOOP, 0), 0);
    ND_CHECK_EQ(nd_sock_set(d, ND_SOCK_RCVBUF, 65536), 0);
    ND_CHECK_EQ(nd_sock_get(d, ND_SOCK_RCVBUF, &value), 0);
    ND_CHECK_INT(value, >=, 65536);
    ND_CHECK_EQ(nd_sock_multicast_if(d, lt_addr("127.0.0.1", 0)), 0);
    /* Groups and interfaces of one family only. */
    ND_CHECK_EQ(nd_sock_membership(d, lt_addr("239.1.2.3", 0), NULL,
                                   lt_addr("::1", 0), 1),
                ND_EINVAL);
    ND_CHECK_EQ(nd_sock_close(d), 0);

    if (nd_sock_open(ND_SOCK_IP6, ND_SOCK_DGRAM, &v6) == 0) {
        ND_CHECK_EQ(nd_sock_set(v6, ND_SOCK_V6ONLY, 1), 0);
        ND_CHECK_EQ(nd_sock_get(v6, ND_SOCK_V6ONLY, &value), 0);
        ND_CHECK(value != 0);
        ND_CHECK_EQ(nd_sock_set(v6, ND_SOCK_IPV6_HOPS, 7), 0);
        ND_CHECK_EQ(nd_sock_close(v6), 0);
    } else {
        printf("skip: no IPv6 sockets here\n");
    }
}

static void test_refusals(void) {
    int fd = -1, u = -1;
    nd_sockaddr_t none;

    memset(&none, 0, sizeof(none));
    ND_CHECK_EQ(nd_sock_open(5, ND_SOCK_STREAM, &fd), ND_EAFNOSUPPORT);
    ND_CHECK_EQ(nd_sock_open(ND_SOCK_IP4, 9, &fd), ND_EINVAL);
    ND_CHECK_EQ(fd, -1);
    ND_CHECK_EQ(nd_sock_open(ND_SOCK_IP4, ND_SOCK_DGRAM, &fd), 0);
    ND_CHECK_EQ(nd_sock_bind(fd, &none), ND_EAFNOSUPPORT);
    ND_CHECK_EQ(nd_sock_close(fd), 0);
#if defined(_WIN32)
    ND_CHECK_EQ(nd_sock_open(ND_SOCK_UNIX, ND_SOCK_STREAM, &u),
                ND_EAFNOSUPPORT);
    ND_CHECK_EQ(nd_sock_check_path("x"), ND_EAFNOSUPPORT);
    ND_CHECK_EQ(nd_sock_spare_open(), -1);
#else
    ND_CHECK_EQ(nd_sock_check_path(""), ND_ENOENT);
    {
        char long_path[300];

        memset(long_path, 'x', sizeof(long_path) - 1);
        long_path[sizeof(long_path) - 1] = '\0';
        ND_CHECK_EQ(nd_sock_check_path(long_path), ND_ENAMETOOLONG);
    }
    ND_CHECK_EQ(nd_sock_open(ND_SOCK_UNIX, ND_SOCK_STREAM, &u), 0);
    ND_CHECK_EQ(nd_sock_close(u), 0);
    u = nd_sock_spare_open();
    ND_CHECK_INT(u, >=, 0);
    nd_sock_spare_close(u);
#endif
}

int main(void) {
    ND_RUN(test_datagrams);
    ND_RUN(test_connected);
    ND_RUN(test_options);
    ND_RUN(test_refusals);
    ND_DONE("test-loop-sock");
}
