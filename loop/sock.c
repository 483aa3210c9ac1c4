/*
 * sock.c - the parts of sock.h that are the same code on every system:
 * names as nd_sockaddr_t, socket options (which level and name each one
 * is, and the structures of the multicast ones), through the per-system
 * nd__sock_name() and nd__sock_setopt(); and the TCP conveniences, built
 * from the primitives.
 *
 * What differs between systems is said where it happens: Windows's
 * SO_REUSEADDR steals ports (so ND_SOCK_REUSEADDR does nothing there),
 * the BSDs share a datagram port only with SO_REUSEPORT as well, name the
 * IPv6 group options after RFC 3493, and want IP_MULTICAST_TTL as a byte.
 *
 * Threading: any thread.
 */
#if defined(_WIN32)
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif
#include <string.h>

#include "internal.h"
#include "sock.h"

#if !defined(IPV6_ADD_MEMBERSHIP) && defined(IPV6_JOIN_GROUP)
#define IPV6_ADD_MEMBERSHIP  IPV6_JOIN_GROUP
#define IPV6_DROP_MEMBERSHIP IPV6_LEAVE_GROUP
#endif

/* ---- names -------------------------------------------------------------- */

static int name_of(int fd, nd_sockaddr_t *addr, int peer) {
    nd_sockaddr_t raw;
    unsigned len = sizeof(raw.u.bytes);
    int err;

    memset(addr, 0, sizeof(*addr));
    err = nd__sock_name(fd, peer, raw.u.bytes, &len);
    return err < 0 ? err : nd__sockaddr_set(addr, raw.u.bytes, len);
}

/* see sock.h */
int nd_sock_getsockname(int fd, nd_sockaddr_t *addr) {
    return name_of(fd, addr, 0);
}

/* see sock.h */
int nd_sock_getpeername(int fd, nd_sockaddr_t *addr) {
    return name_of(fd, addr, 1);
}

/* ---- options ------------------------------------------------------------ */

/* The level and name of opt; -1 for one this system does not have. */
static int opt_of(enum nd_sock_opt opt, int *level, int *name) {
    switch (opt) {
    case ND_SOCK_REUSEADDR:
    case ND_SOCK_SHARE_PORT:
        *level = SOL_SOCKET, *name = SO_REUSEADDR;
        return 0;
    case ND_SOCK_V6ONLY:
        *level = IPPROTO_IPV6, *name = IPV6_V6ONLY;
        return 0;
    case ND_SOCK_NODELAY:
        *level = IPPROTO_TCP, *name = TCP_NODELAY;
        return 0;
    case ND_SOCK_KEEPALIVE:
        *level = SOL_SOCKET, *name = SO_KEEPALIVE;
        return 0;
    case ND_SOCK_KEEPIDLE:
#if defined(TCP_KEEPIDLE)
        *level = IPPROTO_TCP, *name = TCP_KEEPIDLE;
        return 0;
#elif defined(TCP_KEEPALIVE)
        *level = IPPROTO_TCP, *name = TCP_KEEPALIVE;
        return 0;
#else
        return -1;
#endif
    case ND_SOCK_BROADCAST:
        *level = SOL_SOCKET, *name = SO_BROADCAST;
        return 0;
    case ND_SOCK_RCVBUF:
        *level = SOL_SOCKET, *name = SO_RCVBUF;
        return 0;
    case ND_SOCK_SNDBUF:
        *level = SOL_SOCKET, *name = SO_SNDBUF;
        return 0;
    case ND_SOCK_IP_TTL:
        *level = IPPROTO_IP, *name = IP_TTL;
        return 0;
    case ND_SOCK_IPV6_HOPS:
        *level = IPPROTO_IPV6, *name = IPV6_UNICAST_HOPS;
        return 0;
    case ND_SOCK_IP_MULTICAST_TTL:
        *level = IPPROTO_IP, *name = IP_MULTICAST_TTL;
        return 0;
    case ND_SOCK_IPV6_MULTICAST_HOPS:
        *level = IPPROTO_IPV6, *name = IPV6_MULTICAST_HOPS;
        return 0;
    case ND_SOCK_IP_MULTICAST_LOOP:
        *level = IPPROTO_IP, *name = IP_MULTICAST_LOOP;
        return 0;
    case ND_SOCK_IPV6_MULTICAST_LOOP:
        *level = IPPROTO_IPV6, *name = IPV6_MULTICAST_LOOP;
        return 0;
    case ND_SOCK_IPV6_MULTICAST_IF:
        *level = IPPROTO_IPV6, *name = IPV6_MULTICAST_IF;
        return 0;
    }
    return -1;
}

static int set_int(int fd, int level, int name, int value) {
    return nd__sock_setopt(fd, level, name, &value, sizeof(value));
}

/* see sock.h */
int nd_sock_set(int fd, enum nd_sock_opt opt, int value) {
    int level, name, err;

#if defined(_WIN32)
    if (opt == ND_SOCK_REUSEADDR)
        return 0; /* the default; SO_REUSEADDR would steal ports */
#endif
    if (opt_of(opt, &level, &name) < 0)
        return opt == ND_SOCK_KEEPIDLE ? 0 : ND_EINVAL;
    if (opt == ND_SOCK_IP_MULTICAST_TTL) {
        unsigned char v = (unsigned char)value; /* one byte on some systems */

        if (nd__sock_setopt(fd, level, name, &v, sizeof(v)) == 0)
            return 0;
    }
    err = set_int(fd, level, name, value);
#if defined(SO_REUSEPORT) &&                                                  \
    (defined(__APPLE__) || defined(__FreeBSD__) || defined(__OpenBSD__) ||    \
     defined(__NetBSD__) || defined(__DragonFly__))
    /* Where SO_REUSEADDR alone does not let two datagram sockets share a
     * port, SO_REUSEPORT does. */
    if (err == 0 && opt == ND_SOCK_SHARE_PORT)
        err = set_int(fd, SOL_SOCKET, SO_REUSEPORT, value);
#endif
    return err;
}

/* see sock.h */
int nd_sock_get(int fd, enum nd_sock_opt opt, int *value) {
    unsigned len = sizeof(*value);
    int level, name;

    if (opt_of(opt, &level, &name) < 0)
        return ND_EINVAL;
    *value = 0;
    return nd__sock_getopt(fd, level, name, value, &len);
}

/* see sock.h */
int nd_sock_linger(int fd, int on, int seconds) {
    struct linger l;

    memset(&l, 0, sizeof(l));
    l.l_onoff = on != 0;
    l.l_linger = seconds < 0 ? 0 : seconds > 0xffff ? 0xffff : seconds;
    return nd__sock_setopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof(l));
}

static const struct in_addr *in4_of(const nd_sockaddr_t *addr) {
    return &((const struct sockaddr_in *)addr->u.bytes)->sin_addr;
}

static const struct sockaddr_in6 *in6_of(const nd_sockaddr_t *addr) {
    return (const struct sockaddr_in6 *)addr->u.bytes;
}

/* see sock.h */
int nd_sock_multicast_if(int fd, const nd_sockaddr_t *iface) {
    switch (nd_sockaddr_family(iface)) {
    case 4:
        return nd__sock_setopt(fd, IPPROTO_IP, IP_MULTICAST_IF, in4_of(iface),
                               sizeof(struct in_addr));
    case 6:
        return set_int(fd, IPPROTO_IPV6, IPV6_MULTICAST_IF,
                       (int)in6_of(iface)->sin6_scope_id);
    default:
        return ND_EINVAL;
    }
}

static int membership4(int fd, const nd_sockaddr_t *group,
                       const nd_sockaddr_t *source, const nd_sockaddr_t *iface,
                       int join) {
    struct in_addr any;

    any.s_addr = htonl(INADDR_ANY);
    if (source == NULL) {
        struct ip_mreq m;

        memset(&m, 0, sizeof(m));
        m.imr_multiaddr = *in4_of(group);
        m.imr_interface = iface != NULL ? *in4_of(iface) : any;
        return nd__sock_setopt(fd, IPPROTO_IP,
                               join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP,
                               &m, sizeof(m));
    } else {
        struct ip_mreq_source m;

        memset(&m, 0, sizeof(m));
        m.imr_multiaddr = *in4_of(group);
        m.imr_sourceaddr = *in4_of(source);
        m.imr_interface = iface != NULL ? *in4_of(iface) : any;
        return nd__sock_setopt(fd, IPPROTO_IP,
                               join ? IP_ADD_SOURCE_MEMBERSHIP
                                    : IP_DROP_SOURCE_MEMBERSHIP,
                               &m, sizeof(m));
    }
}

static int membership6(int fd, const nd_sockaddr_t *group,
                       const nd_sockaddr_t *source, const nd_sockaddr_t *iface,
                       int join) {
    unsigned index = iface != NULL ? in6_of(iface)->sin6_scope_id : 0;

    if (source == NULL) {
        struct ipv6_mreq m;

        memset(&m, 0, sizeof(m));
        m.ipv6mr_multiaddr = in6_of(group)->sin6_addr;
        m.ipv6mr_interface = index;
        return nd__sock_setopt(fd, IPPROTO_IPV6,
                               join ? IPV6_ADD_MEMBERSHIP
                                    : IPV6_DROP_MEMBERSHIP,
                               &m, sizeof(m));
    } else {
        struct group_source_req m;

        memset(&m, 0, sizeof(m));
        m.gsr_interface = index;
        memcpy(&m.gsr_group, group->u.bytes, sizeof(struct sockaddr_in6));
        memcpy(&m.gsr_source, source->u.bytes, sizeof(struct sockaddr_in6));
        return nd__sock_setopt(fd, IPPROTO_IPV6,
                               join ? MCAST_JOIN_SOURCE_GROUP
                                    : MCAST_LEAVE_SOURCE_GROUP,
                               &m, sizeof(m));
    }
}

/* see sock.h */
int nd_sock_membership(int fd, const nd_sockaddr_t *group,
                       const nd_sockaddr_t *source, const nd_sockaddr_t *iface,
                       int join) {
    int family = nd_sockaddr_family(group);

    if (family == 0 ||
        (source != NULL && nd_sockaddr_family(source) != family) ||
        (iface != NULL && nd_sockaddr_family(iface) != family))
        return ND_EINVAL;
    if (family == 4)
        return membership4(fd, group, source, iface, join);
    return membership6(fd, group, source, iface, join);
}

/* ---- conveniences ------------------------------------------------------- */

/* see sock.h */
int nd_sock_tcp_listen(const char *ip, int *port, int backlog, int *out) {
    nd_sockaddr_t addr;
    int fd = -1, err;

    err = nd_ip_addr(ip, *port, &addr);
    if (err == 0)
        err = nd_sock_open(nd_sockaddr_family(&addr), ND_SOCK_STREAM, &fd);
    if (err < 0)
        return err;
    err = nd_sock_set(fd, ND_SOCK_REUSEADDR, 1);
    if (err == 0)
        err = nd_sock_bind(fd, &addr);
    if (err == 0)
        err = nd_sock_listen(fd, backlog);
    if (err == 0)
        err = nd_sock_getsockname(fd, &addr);
    if (err < 0) {
        nd_sock_close(fd);
        return err;
    }
    *port = nd_sockaddr_port(&addr);
    *out = fd;
    return 0;
}

/* see sock.h */
int nd_sock_tcp_connect(const char *ip, int port, int *out, int *done) {
    nd_sockaddr_t addr;
    int fd = -1, err;

    err = nd_ip_addr(ip, port, &addr);
    if (err == 0)
        err = nd_sock_open(nd_sockaddr_family(&addr), ND_SOCK_STREAM, &fd);
    if (err == 0)
        err = nd_sock_connect(fd, &addr, done);
    if (err < 0) {
        if (fd >= 0)
            nd_sock_close(fd);
        return err;
    }
    *out = fd;
    return 0;
}
