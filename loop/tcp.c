/*
 * tcp.c - tcp sockets (see tcp.h): the tcp-only parts, binding, connecting
 * to an IP address, names and socket options.  Listening, accepting and
 * the connect request are socket.c's; reading and writing are stream.c's;
 * addresses are addr.c's.
 *
 * Threading: loop thread only.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "internal.h"
#include "tcp.h"

static const struct sockaddr *sa_of(const nd_sockaddr_t *addr) {
    return (const struct sockaddr *)addr->u.bytes;
}

/* The length of addr for the OS, or 0 when it is no IP address. */
static unsigned length_of(const nd_sockaddr_t *addr) {
    switch (sa_of(addr)->sa_family) {
    case AF_INET:
        return sizeof(struct sockaddr_in);
    case AF_INET6:
        return sizeof(struct sockaddr_in6);
    default:
        return 0;
    }
}

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
    const struct sockaddr *sa = sa_of(addr);
    unsigned len = length_of(addr);
    int on = 1, err;

    if (len == 0)
        return ND_EAFNOSUPPORT;
    if ((flags & ND_TCP_IPV6ONLY) && sa->sa_family != AF_INET6)
        return ND_EINVAL;
    err = nd__socket_open(&tcp->stream, sa->sa_family);
    if (err < 0)
        return err;
    if (setsockopt(tcp->stream.fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) !=
        0)
        return nd_err_from_errno(errno);
    if (sa->sa_family == AF_INET6) {
        on = (flags & ND_TCP_IPV6ONLY) != 0;
        if (setsockopt(tcp->stream.fd, IPPROTO_IPV6, IPV6_V6ONLY, &on,
                       sizeof(on)) != 0)
            return nd_err_from_errno(errno);
    }
    if (bind(tcp->stream.fd, sa, len) != 0)
        return nd_err_from_errno(errno);
    return 0;
}

/* see tcp.h */
int nd_tcp_connect(nd_connect_t *req, nd_tcp_t *tcp, const nd_sockaddr_t *addr,
                   nd_connect_cb cb) {
    const struct sockaddr *sa = sa_of(addr);
    unsigned len = length_of(addr);
    int err;

    if (len == 0)
        return ND_EAFNOSUPPORT;
    err = nd__socket_open(&tcp->stream, sa->sa_family);
    if (err < 0)
        return err;
    return nd__socket_connect(req, &tcp->stream, sa, len, cb);
}

static int name_of(const nd_tcp_t *tcp, nd_sockaddr_t *addr, int peer) {
    socklen_t len = sizeof(addr->u.bytes);
    struct sockaddr *sa = (struct sockaddr *)addr->u.bytes;
    int rc;

    memset(addr, 0, sizeof(*addr));
    if (tcp->stream.fd < 0)
        return ND_EBADF;
    rc = peer ? getpeername(tcp->stream.fd, sa, &len)
              : getsockname(tcp->stream.fd, sa, &len);
    return rc == 0 ? 0 : nd_err_from_errno(errno);
}

/* see tcp.h */
int nd_tcp_getsockname(const nd_tcp_t *tcp, nd_sockaddr_t *addr) {
    return name_of(tcp, addr, 0);
}

/* see tcp.h */
int nd_tcp_getpeername(const nd_tcp_t *tcp, nd_sockaddr_t *addr) {
    return name_of(tcp, addr, 1);
}

/* see tcp.h */
int nd_tcp_nodelay(nd_tcp_t *tcp, int on) {
    on = on != 0;
    if (tcp->stream.fd < 0)
        return ND_EBADF;
    if (setsockopt(tcp->stream.fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof(on)) !=
        0)
        return nd_err_from_errno(errno);
    return 0;
}

/* see tcp.h */
int nd_tcp_keepalive(nd_tcp_t *tcp, int on, unsigned delay_s) {
    int fd = tcp->stream.fd;
    int value = on != 0;

    if (fd < 0)
        return ND_EBADF;
    if (setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &value, sizeof(value)) != 0)
        return nd_err_from_errno(errno);
    if (!on || delay_s == 0)
        return 0;
    value = delay_s > 0x7fffffffu ? 0x7fffffff : (int)delay_s;
#ifdef TCP_KEEPIDLE
    if (setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &value, sizeof(value)) != 0)
        return nd_err_from_errno(errno);
#elif defined(TCP_KEEPALIVE)
    if (setsockopt(fd, IPPROTO_TCP, TCP_KEEPALIVE, &value, sizeof(value)) != 0)
        return nd_err_from_errno(errno);
#endif
    return 0;
}
