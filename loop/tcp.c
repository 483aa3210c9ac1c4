/*
 * tcp.c - tcp sockets (see tcp.h): the tcp-only parts, binding, connecting
 * to an IP address, names and socket options, and the conversions between
 * IP text and socket addresses.  Listening, accepting and the connect
 * request are socket.c's; reading and writing are stream.c's.
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

_Static_assert(sizeof(nd_sockaddr_t) >= sizeof(struct sockaddr_in6),
               "nd_sockaddr_t holds an IPv6 address");

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
int nd_tcp_reset_on_close(nd_tcp_t *tcp) {
    struct linger l;

    if (tcp->stream.fd < 0)
        return ND_EBADF;
    l.l_onoff = 1;
    l.l_linger = 0;
    if (setsockopt(tcp->stream.fd, SOL_SOCKET, SO_LINGER, &l, sizeof(l)) != 0)
        return nd_err_from_errno(errno);
    return 0;
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

/* ---- addresses ---------------------------------------------------------- */

/* see tcp.h */
int nd_ip_addr(const char *ip, int port, nd_sockaddr_t *addr) {
    struct sockaddr_in *in4 = (struct sockaddr_in *)addr->u.bytes;
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)addr->u.bytes;
    char text[ND_IP_NAME_MAX];
    const char *zone;
    size_t n;

    memset(addr, 0, sizeof(*addr));
    if (port < 0 || port > 65535)
        return ND_EINVAL;
    if (inet_pton(AF_INET, ip, &in4->sin_addr) == 1) {
        in4->sin_family = AF_INET;
        in4->sin_port = htons((unsigned short)port);
        return 0;
    }
    /* IPv6, with an optional zone ("%eth0" or "%2") after the address. */
    zone = strchr(ip, '%');
    n = zone != NULL ? (size_t)(zone - ip) : strlen(ip);
    if (n >= sizeof(text))
        return ND_EINVAL;
    memcpy(text, ip, n);
    text[n] = '\0';
    if (inet_pton(AF_INET6, text, &in6->sin6_addr) != 1) {
        memset(addr, 0, sizeof(*addr));
        return ND_EINVAL;
    }
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons((unsigned short)port);
    if (zone != NULL && zone[1] != '\0') {
        unsigned index = if_nametoindex(zone + 1);

        if (index == 0)
            index = (unsigned)strtoul(zone + 1, NULL, 10);
        in6->sin6_scope_id = index;
    }
    return 0;
}

/* see tcp.h */
int nd_ip_name(const nd_sockaddr_t *addr, char *ip, int *port) {
    const struct sockaddr *sa = sa_of(addr);

    ip[0] = '\0';
    *port = 0;
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in4 = (const void *)addr->u.bytes;

        inet_ntop(AF_INET, &in4->sin_addr, ip, ND_IP_NAME_MAX);
        *port = ntohs(in4->sin_port);
        return 4;
    }
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const void *)addr->u.bytes;
        char name[IF_NAMESIZE];
        size_t n;

        inet_ntop(AF_INET6, &in6->sin6_addr, ip, ND_IP_NAME_MAX);
        *port = ntohs(in6->sin6_port);
        n = strlen(ip);
        if (in6->sin6_scope_id != 0 &&
            if_indextoname(in6->sin6_scope_id, name) != NULL &&
            n + 1 + strlen(name) < ND_IP_NAME_MAX) {
            ip[n] = '%';
            memcpy(ip + n + 1, name, strlen(name) + 1);
        }
        return 6;
    }
    return ND_EAFNOSUPPORT;
}
