/*
 * tcp.c - tcp sockets (see tcp.h): the tcp-only parts, binding, connecting
 * to an IP address, names and socket options.  Listening, accepting and
 * the connect request are socket.c's; reading and writing are stream.c's;
 * addresses are addr.c's.  Every socket call goes through the shim
 * (sock.h).
 *
 * Threading: loop thread only.
 */
#include <string.h>

#include "internal.h"
#include "sock.h"
#include "tcp.h"

/* see tcp.h */
int nd_tcp_init(nd_loop_t *loop, nd_tcp_t *tcp) {
    nd__stream_init(loop, &tcp->stream, ND_TCP);
    return 0;
}

/* see tcp.h */
int nd_tcp_open(nd_tcp_t *tcp, int fd) {
    return nd__stream_open(&tcp->stream, fd, 0);
}

/* see tcp.h */
int nd_tcp_bind(nd_tcp_t *tcp, const nd_sockaddr_t *addr, unsigned flags) {
    int family = nd_sockaddr_family(addr);
    int err;

    if (family == 0)
        return ND_EAFNOSUPPORT;
    if ((flags & ND_TCP_IPV6ONLY) && family != 6)
        return ND_EINVAL;
    err = nd__socket_open(&tcp->stream, family);
    if (err == 0)
        err = nd_sock_set(tcp->stream.fd, ND_SOCK_REUSEADDR, 1);
    if (err == 0 && family == 6)
        err = nd_sock_set(tcp->stream.fd, ND_SOCK_V6ONLY,
                          (flags & ND_TCP_IPV6ONLY) != 0);
    if (err == 0)
        err = nd_sock_bind(tcp->stream.fd, addr);
    return err;
}

/* see tcp.h */
int nd_tcp_connect(nd_connect_t *req, nd_tcp_t *tcp, const nd_sockaddr_t *addr,
                   nd_connect_cb cb) {
    int family = nd_sockaddr_family(addr);
    int err;

    if (family == 0)
        return ND_EAFNOSUPPORT;
    err = nd__socket_open(&tcp->stream, family);
    if (err < 0)
        return err;
    return nd__socket_connect(req, &tcp->stream, addr, NULL, cb);
}

/* see tcp.h */
int nd_tcp_getsockname(const nd_tcp_t *tcp, nd_sockaddr_t *addr) {
    memset(addr, 0, sizeof(*addr));
    if (tcp->stream.fd < 0)
        return ND_EBADF;
    return nd_sock_getsockname(tcp->stream.fd, addr);
}

/* see tcp.h */
int nd_tcp_getpeername(const nd_tcp_t *tcp, nd_sockaddr_t *addr) {
    memset(addr, 0, sizeof(*addr));
    if (tcp->stream.fd < 0)
        return ND_EBADF;
    return nd_sock_getpeername(tcp->stream.fd, addr);
}

/* see tcp.h */
int nd_tcp_reset_on_close(nd_tcp_t *tcp) {
    if (tcp->stream.fd < 0)
        return ND_EBADF;
    return nd_sock_linger(tcp->stream.fd, 1, 0);
}

/* see tcp.h */
int nd_tcp_nodelay(nd_tcp_t *tcp, int on) {
    if (tcp->stream.fd < 0)
        return ND_EBADF;
    return nd_sock_set(tcp->stream.fd, ND_SOCK_NODELAY, on != 0);
}

/* see tcp.h */
int nd_tcp_keepalive(nd_tcp_t *tcp, int on, unsigned delay_s) {
    int fd = tcp->stream.fd, err;

    if (fd < 0)
        return ND_EBADF;
    err = nd_sock_set(fd, ND_SOCK_KEEPALIVE, on != 0);
    if (err < 0 || !on || delay_s == 0)
        return err;
    return nd_sock_set(fd, ND_SOCK_KEEPIDLE,
                       delay_s > 0x7fffffffu ? 0x7fffffff : (int)delay_s);
}
