/*
 * udp.c - datagram sockets: creation and binding, receiving in bounded
 * batches, an ordered send queue, socket options, closing.  See udp.h for
 * the contract.
 *
 * Sending.  A request joins send_queue.  flush() sends from the head
 * while the socket takes datagrams; a sent (or failed) request moves to
 * done_queue.  Callbacks never run inside nd_udp_send(): the handle
 * watches for writability while either queue is non-empty, and on_io()
 * flushes and then runs the callbacks of done_queue.  A socket that can
 * take the datagram is writable at once, so the callback comes in the
 * next poll phase.
 *
 * Invariants: the io watcher's interest is exactly IN while receiving
 * plus OUT while a queue is non-empty (update()); every request in
 * either queue counts in loop->active_reqs; fd >= 0 iff ND__UDP_OPEN.
 *
 * Threading: loop thread only.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <net/if.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include "internal.h"
#include "udp.h"

/* The BSDs name the IPv6 group options after RFC 3493. */
#if !defined(IPV6_ADD_MEMBERSHIP) && defined(IPV6_JOIN_GROUP)
#define IPV6_ADD_MEMBERSHIP  IPV6_JOIN_GROUP
#define IPV6_DROP_MEMBERSHIP IPV6_LEAVE_GROUP
#endif

enum {
    ND__UDP_OPEN = 1u << 0,      /* the socket exists */
    ND__UDP_BOUND = 1u << 1,     /* bound, explicitly or by connect */
    ND__UDP_RECEIVING = 1u << 2, /* recv_start'ed */
    ND__UDP_CONNECTED = 1u << 3
};

/* The largest datagram (IPv4's 65,507 payload bytes fit). */
#define ND__UDP_RECV_SIZE 65536
/* iovecs per datagram handed to sendmsg(2) in one go. */
#define ND__UDP_MAX_BUFS 1024

static nd_udp_t *udp_of(nd_io_t *w) {
    return (nd_udp_t *)((char *)w - offsetof(nd_udp_t, io));
}

static int usable(const nd_udp_t *u) {
    return (u->uflags & ND__UDP_OPEN) && !nd_is_closing(&u->h);
}

static void on_io(nd_io_t *w, unsigned events);

/* Make the watcher's interest and the handle's activity match the state. */
static int update(nd_udp_t *u) {
    unsigned want = 0;
    int err = 0;

    if (u->uflags & ND__UDP_RECEIVING)
        want |= ND_POLL_IN;
    if (!nd_queue_empty(&u->send_queue) || !nd_queue_empty(&u->done_queue))
        want |= ND_POLL_OUT;
    if (!usable(u))
        want = 0;
    if (want == 0)
        nd_io_stop(&u->io);
    else if (want != u->io.events || !nd_is_active(&u->io.h))
        err = nd_io_start(&u->io, on_io, want);
    if (want != 0 && err == 0)
        nd__handle_start(&u->h);
    else
        nd__handle_stop(&u->h);
    return err;
}

/* ---- the socket --------------------------------------------------------- */

/* see udp.h */
int nd_udp_init(nd_loop_t *loop, nd_udp_t *u) {
    memset(u, 0, sizeof(*u));
    nd__handle_init(loop, &u->h, ND_UDP);
    u->fd = -1;
    nd_queue_init(&u->send_queue);
    nd_queue_init(&u->done_queue);
    return 0;
}

/* A non-blocking, close-on-exec datagram socket, or a negative code. */
static int open_socket(int domain) {
    int fd;

#if defined(SOCK_NONBLOCK) && defined(SOCK_CLOEXEC)
    fd = socket(domain, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return nd_err_from_errno(errno);
#else /* macOS: two more calls */
    int flags;

    fd = socket(domain, SOCK_DGRAM, 0);
    if (fd < 0)
        return nd_err_from_errno(errno);
    flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) != 0 ||
        fcntl(fd, F_SETFD, FD_CLOEXEC) != 0) {
        int err = nd_err_from_errno(errno);

        close(fd);
        return err;
    }
#endif
    return fd;
}

/* Create the socket for family (4 or 6) if there is none yet. */
static int ensure_socket(nd_udp_t *u, int family) {
    int fd;

    if (nd_is_closing(&u->h))
        return ND_EBADF;
    if (u->uflags & ND__UDP_OPEN)
        return 0;
    fd = open_socket(family == 6 ? AF_INET6 : AF_INET);
    if (fd < 0)
        return fd;
    if (fd >= ND_POLLER_MAX_FD) {
        close(fd);
        return ND_EMFILE;
    }
    nd_io_init(u->h.loop, &u->io, fd); /* cannot fail: fd checked */
    u->io.h.flags |= ND__HANDLE_INTERNAL;
    nd_unref(&u->io.h);
    u->fd = fd;
    u->family = family;
    u->uflags |= ND__UDP_OPEN;
    return 0;
}

static int set_int_opt(int fd, int level, int name, int value) {
    if (setsockopt(fd, level, name, &value, sizeof(value)) != 0)
        return nd_err_from_errno(errno);
    return 0;
}

/* see udp.h */
int nd_udp_bind(nd_udp_t *u, const nd_sockaddr_t *addr, unsigned flags) {
    int err, family;

    if ((flags & ~(unsigned)(ND_UDP_REUSEADDR | ND_UDP_IPV6ONLY)) != 0)
        return ND_EINVAL;
    family = nd_sockaddr_family(addr);
    if (family == 0 || (u->uflags & ND__UDP_BOUND))
        return ND_EINVAL;
    if ((u->uflags & ND__UDP_OPEN) && u->family != family)
        return ND_EINVAL;
    if ((flags & ND_UDP_IPV6ONLY) && family != 6)
        return ND_EINVAL;
    err = ensure_socket(u, family);
    if (err < 0)
        return err;
    if (flags & ND_UDP_REUSEADDR) {
        err = set_int_opt(u->fd, SOL_SOCKET, SO_REUSEADDR, 1);
#ifdef SO_REUSEPORT
        /* Where SO_REUSEADDR alone does not let two datagram sockets
         * share a port (BSD, macOS), SO_REUSEPORT does. */
#if defined(__APPLE__) || defined(__FreeBSD__) || defined(__OpenBSD__) ||      \
    defined(__NetBSD__) || defined(__DragonFly__)
        if (err == 0)
            err = set_int_opt(u->fd, SOL_SOCKET, SO_REUSEPORT, 1);
#endif
#endif
        if (err < 0)
            return err;
    }
    if (family == 6) {
        err = set_int_opt(u->fd, IPPROTO_IPV6, IPV6_V6ONLY,
                          (flags & ND_UDP_IPV6ONLY) ? 1 : 0);
        if (err < 0)
            return err;
    }
    if (bind(u->fd, (const struct sockaddr *)addr->u.bytes,
             nd__sockaddr_len(addr)) != 0)
        return nd_err_from_errno(errno);
    u->uflags |= ND__UDP_BOUND;
    return 0;
}

/* see udp.h */
int nd_udp_connect(nd_udp_t *u, const nd_sockaddr_t *addr) {
    nd_sockaddr_t any;
    int err;

    if (nd_sockaddr_family(addr) == 0)
        return ND_EINVAL;
    if (u->uflags & ND__UDP_CONNECTED)
        return ND_EISCONN;
    if (!(u->uflags & ND__UDP_BOUND)) {
        nd_sockaddr_any(nd_sockaddr_family(addr), &any);
        err = nd_udp_bind(u, &any, 0);
        if (err < 0)
            return err;
    }
    if (!usable(u))
        return ND_EBADF;
    while (connect(u->fd, (const struct sockaddr *)addr->u.bytes,
                   nd__sockaddr_len(addr)) != 0) {
        if (errno != EINTR)
            return nd_err_from_errno(errno);
    }
    u->uflags |= ND__UDP_CONNECTED;
    return 0;
}

/* see udp.h */
int nd_udp_disconnect(nd_udp_t *u) {
    struct sockaddr sa;

    if (!(u->uflags & ND__UDP_CONNECTED))
        return ND_ENOTCONN;
    if (!usable(u))
        return ND_EBADF;
    memset(&sa, 0, sizeof(sa));
    sa.sa_family = AF_UNSPEC;
    /* Linux answers AF_UNSPEC with success; some systems with
     * EAFNOSUPPORT after dissolving the association all the same. */
    if (connect(u->fd, &sa, sizeof(sa)) != 0 && errno != EAFNOSUPPORT)
        return nd_err_from_errno(errno);
    u->uflags &= ~ND__UDP_CONNECTED;
    return 0;
}

static int name_of(const nd_udp_t *u, nd_sockaddr_t *out, int peer) {
    struct sockaddr_storage ss;
    socklen_t len = sizeof(ss);
    int rc;

    if (!usable(u))
        return ND_EBADF;
    if (peer && !(u->uflags & ND__UDP_CONNECTED))
        return ND_ENOTCONN;
    rc = peer ? getpeername(u->fd, (struct sockaddr *)&ss, &len)
              : getsockname(u->fd, (struct sockaddr *)&ss, &len);
    if (rc != 0)
        return nd_err_from_errno(errno);
    return nd__sockaddr_set(out, &ss, (unsigned)len);
}

/* see udp.h */
int nd_udp_getsockname(const nd_udp_t *u, nd_sockaddr_t *out) {
    return name_of(u, out, 0);
}

/* see udp.h */
int nd_udp_getpeername(const nd_udp_t *u, nd_sockaddr_t *out) {
    return name_of(u, out, 1);
}

/* ---- receiving ---------------------------------------------------------- */

/* see udp.h */
int nd_udp_recv_start(nd_udp_t *u, nd_udp_alloc_cb alloc_cb,
                      nd_udp_recv_cb recv_cb) {
    int err;

    if (alloc_cb == NULL || recv_cb == NULL || nd_is_closing(&u->h))
        return ND_EINVAL;
    if (!usable(u))
        return ND_EBADF;
    u->alloc_cb = alloc_cb;
    u->recv_cb = recv_cb;
    if (u->uflags & ND__UDP_RECEIVING)
        return 0;
    u->uflags |= ND__UDP_RECEIVING;
    err = update(u);
    if (err < 0) {
        u->uflags &= ~ND__UDP_RECEIVING;
        update(u);
    }
    return err;
}

/* see udp.h */
int nd_udp_recv_stop(nd_udp_t *u) {
    if (!(u->uflags & ND__UDP_RECEIVING))
        return 0;
    u->uflags &= ~ND__UDP_RECEIVING;
    update(u);
    return 0;
}

static int receiving(const nd_udp_t *u) {
    return (u->uflags & ND__UDP_RECEIVING) && usable(u);
}

/* The socket is readable: take up to ND_UDP_RECV_BATCH datagrams. */
static void recv_some(nd_udp_t *u) {
    int rounds = ND_UDP_RECV_BATCH;

    while (rounds-- > 0 && receiving(u)) {
        struct sockaddr_storage ss;
        struct msghdr msg;
        struct iovec iov;
        nd_buf_t buf = {NULL, 0};
        nd_sockaddr_t from;
        ssize_t n;

        u->alloc_cb(u, ND__UDP_RECV_SIZE, &buf);
        if (!receiving(u))
            return; /* alloc_cb stopped or closed us */
        if (buf.base == NULL || buf.len == 0) {
            u->recv_cb(u, ND_ENOBUFS, &buf, NULL, 0);
            return;
        }
        memset(&msg, 0, sizeof(msg));
        iov.iov_base = buf.base;
        iov.iov_len = buf.len > INT_MAX ? INT_MAX : buf.len;
        msg.msg_name = &ss;
        msg.msg_namelen = sizeof(ss);
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        do
            n = recvmsg(u->fd, &msg, 0);
        while (n < 0 && errno == EINTR);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                u->recv_cb(u, 0, &buf, NULL, 0);
                return;
            }
            /* One report per wake-up: a persistent error must not be
             * delivered ND_UDP_RECV_BATCH times. */
            u->recv_cb(u, nd_err_from_errno(errno), &buf, NULL, 0);
            return;
        }
        nd__sockaddr_set(&from, &ss, (unsigned)msg.msg_namelen);
        u->recv_cb(u, (int)n, &buf, &from,
                   (msg.msg_flags & MSG_TRUNC) ? ND_UDP_PARTIAL : 0);
    }
}

/* ---- sending ------------------------------------------------------------ */

/* One sendmsg(2) of the request's datagram: bytes sent, or an error
 * (ND_EAGAIN when the socket is full). */
static int send_one(nd_udp_t *u, const nd_buf_t *bufs, unsigned nbufs,
                    const nd_sockaddr_t *to) {
    struct iovec iov_small[ND_UDP_SEND_INLINE_BUFS], *iov = iov_small;
    struct msghdr msg;
    ssize_t n;
    unsigned i;
    int err;

    if (nbufs > ND_UDP_SEND_INLINE_BUFS) {
        iov = malloc(nbufs * sizeof(*iov));
        if (iov == NULL)
            return ND_ENOMEM;
    }
    for (i = 0; i < nbufs; i++) {
        iov[i].iov_base = bufs[i].base;
        iov[i].iov_len = bufs[i].len;
    }
    memset(&msg, 0, sizeof(msg));
    msg.msg_name = to != NULL ? (void *)to->u.bytes : NULL;
    msg.msg_namelen = to != NULL ? nd__sockaddr_len(to) : 0;
    msg.msg_iov = iov;
    msg.msg_iovlen = nbufs;
    do
        n = sendmsg(u->fd, &msg, 0);
    while (n < 0 && errno == EINTR);
    err = n < 0 ? errno : 0;
    if (iov != iov_small)
        free(iov);
    if (n >= 0)
        return n > INT_MAX ? INT_MAX : (int)n;
    if (err == EAGAIN || err == EWOULDBLOCK)
        return ND_EAGAIN;
    return nd_err_from_errno(err);
}

static size_t total_of(const nd_buf_t *bufs, unsigned nbufs) {
    size_t n = 0;
    unsigned i;

    for (i = 0; i < nbufs; i++)
        n += bufs[i].len;
    return n;
}

/* Check the destination of a send (NULL: the connected peer) against the
 * socket's state. */
static int destination(const nd_udp_t *u, const nd_sockaddr_t *to) {
    if (!usable(u))
        return ND_EBADF;
    if (to == NULL)
        return (u->uflags & ND__UDP_CONNECTED) ? 0 : ND_ENOTCONN;
    if (u->uflags & ND__UDP_CONNECTED)
        return ND_EISCONN;
    if (nd_sockaddr_family(to) == 0)
        return ND_EINVAL;
    return 0;
}

/* Send from the head of the queue while the socket takes datagrams. */
static void flush(nd_udp_t *u) {
    while (!nd_queue_empty(&u->send_queue) && usable(u)) {
        nd_queue_t *q = nd_queue_head(&u->send_queue);
        nd_udp_send_t *req = ND_QUEUE_DATA(q, nd_udp_send_t, queue);
        int rc = send_one(u, req->bufs, req->nbufs,
                          nd_sockaddr_family(&req->addr) ? &req->addr : NULL);

        if (rc == ND_EAGAIN)
            return;
        nd_queue_remove(q);
        u->send_queue_size -= total_of(req->bufs, req->nbufs);
        u->send_queue_count--;
        req->status = rc < 0 ? rc : 0;
        nd_queue_insert_tail(&u->done_queue, q);
    }
}

static void finish_send(nd_udp_send_t *req) {
    nd_loop_t *loop = req->udp->h.loop;

    if (req->bufs != req->inline_bufs)
        free(req->bufs);
    req->bufs = NULL;
    nd_loop_req_done(loop);
    req->cb(req, req->status);
}

/* Run the callbacks of the requests that are done, including those that
 * a callback adds (they are done already). */
static void run_done(nd_udp_t *u) {
    while (!nd_queue_empty(&u->done_queue)) {
        nd_queue_t *q = nd_queue_head(&u->done_queue);

        nd_queue_remove(q);
        finish_send(ND_QUEUE_DATA(q, nd_udp_send_t, queue));
    }
}

/* see udp.h */
int nd_udp_send(nd_udp_send_t *req, nd_udp_t *u, const nd_buf_t *bufs,
                unsigned nbufs, const nd_sockaddr_t *to, nd_udp_send_cb cb) {
    int err;

    if (req == NULL || cb == NULL || (bufs == NULL && nbufs > 0) ||
        nbufs > ND__UDP_MAX_BUFS)
        return ND_EINVAL;
    err = destination(u, to);
    if (err < 0)
        return err;
    if (to != NULL)
        req->addr = *to;
    else
        memset(&req->addr, 0, sizeof(req->addr));
    req->bufs = req->inline_bufs;
    if (nbufs > ND_UDP_SEND_INLINE_BUFS) {
        req->bufs = malloc(nbufs * sizeof(*bufs));
        if (req->bufs == NULL)
            return ND_ENOMEM;
    }
    if (nbufs > 0)
        memcpy(req->bufs, bufs, nbufs * sizeof(*bufs));
    req->nbufs = nbufs;
    req->udp = u;
    req->cb = cb;
    req->status = 0;
    nd_queue_insert_tail(&u->send_queue, &req->queue);
    u->send_queue_size += total_of(bufs, nbufs);
    u->send_queue_count++;
    nd_loop_req_start(u->h.loop);
    if (nd_queue_head(&u->send_queue) == &req->queue)
        flush(u);
    err = update(u);
    if (err < 0) {
        /* The fd cannot be watched (the poller is out of memory): fail
         * what is not sent, in order, so no request waits forever. */
        while (!nd_queue_empty(&u->send_queue)) {
            nd_queue_t *q = nd_queue_head(&u->send_queue);
            nd_udp_send_t *r = ND_QUEUE_DATA(q, nd_udp_send_t, queue);

            nd_queue_remove(q);
            u->send_queue_size -= total_of(r->bufs, r->nbufs);
            u->send_queue_count--;
            r->status = err;
            nd_queue_insert_tail(&u->done_queue, q);
        }
        return 0; /* their callbacks come at the latest with nd_close() */
    }
    return 0;
}

/* see udp.h */
int nd_udp_try_send(nd_udp_t *u, const nd_buf_t *bufs, unsigned nbufs,
                    const nd_sockaddr_t *to) {
    int err;

    if ((bufs == NULL && nbufs > 0) || nbufs > ND__UDP_MAX_BUFS)
        return ND_EINVAL;
    err = destination(u, to);
    if (err < 0)
        return err;
    if (!nd_queue_empty(&u->send_queue))
        return ND_EAGAIN;
    return send_one(u, bufs, nbufs, to);
}

/* ---- readiness ---------------------------------------------------------- */

static void on_io(nd_io_t *w, unsigned events) {
    nd_udp_t *u = udp_of(w);

    if (events & (ND_POLL_IN | ND_POLL_ERR | ND_POLL_HUP))
        recv_some(u);
    if (usable(u) && (events & (ND_POLL_OUT | ND_POLL_ERR | ND_POLL_HUP))) {
        flush(u);
        run_done(u);
    }
    if (!nd_is_closing(&u->h))
        update(u);
}

/* ---- options ------------------------------------------------------------ */

static int opt_socket(nd_udp_t *u) {
    return usable(u) ? 0 : ND_EBADF;
}

/* see udp.h */
int nd_udp_set_broadcast(nd_udp_t *u, int on) {
    int err = opt_socket(u);

    return err < 0 ? err : set_int_opt(u->fd, SOL_SOCKET, SO_BROADCAST, !!on);
}

/* Set one option at the level of the socket's family. */
static int set_family_opt(nd_udp_t *u, int v4_name, int v6_name, int value) {
    int err = opt_socket(u);

    if (err < 0)
        return err;
    if (u->family == 6)
        return set_int_opt(u->fd, IPPROTO_IPV6, v6_name, value);
    return set_int_opt(u->fd, IPPROTO_IP, v4_name, value);
}

/* see udp.h */
int nd_udp_set_ttl(nd_udp_t *u, int ttl) {
    if (ttl < 1 || ttl > 255)
        return ND_EINVAL;
    return set_family_opt(u, IP_TTL, IPV6_UNICAST_HOPS, ttl);
}

/* see udp.h */
int nd_udp_set_multicast_ttl(nd_udp_t *u, int ttl) {
    int err;

    if (ttl < 0 || ttl > 255)
        return ND_EINVAL;
    err = opt_socket(u);
    if (err < 0)
        return err;
    if (u->family == 6)
        return set_int_opt(u->fd, IPPROTO_IPV6, IPV6_MULTICAST_HOPS, ttl);
    {
        unsigned char v = (unsigned char)ttl; /* one byte on some systems */

        if (setsockopt(u->fd, IPPROTO_IP, IP_MULTICAST_TTL, &v, sizeof(v)) != 0)
            return set_int_opt(u->fd, IPPROTO_IP, IP_MULTICAST_TTL, ttl);
    }
    return 0;
}

/* see udp.h */
int nd_udp_set_multicast_loop(nd_udp_t *u, int on) {
    return set_family_opt(u, IP_MULTICAST_LOOP, IPV6_MULTICAST_LOOP, !!on);
}

/* The interface index named by an IPv6 literal's zone ("::%eth0" or
 * "::%2"); 0 when there is none. */
static unsigned zone_index(const char *ip) {
    const char *zone = strchr(ip, '%');
    unsigned idx;

    if (zone == NULL || zone[1] == '\0')
        return 0;
    idx = if_nametoindex(zone + 1);
    return idx != 0 ? idx : (unsigned)strtoul(zone + 1, NULL, 10);
}

/* A literal (port 0) in the OS's form, for the multicast options. */
static int to_os(const char *ip, struct sockaddr_storage *ss) {
    nd_sockaddr_t addr;
    int err = nd_ip_addr(ip, 0, &addr);

    memset(ss, 0, sizeof(*ss));
    if (err == 0)
        memcpy(ss, addr.u.bytes, nd__sockaddr_len(&addr));
    return err;
}

/* see udp.h */
int nd_udp_set_multicast_interface(nd_udp_t *u, const char *iface) {
    struct sockaddr_storage ss;
    int err = opt_socket(u);

    if (err < 0)
        return err;
    if (iface == NULL || to_os(iface, &ss) < 0)
        return ND_EINVAL;
    if (u->family == 6) {
        unsigned idx = zone_index(iface);

        if (ss.ss_family != AF_INET6)
            return ND_EINVAL;
        return set_int_opt(u->fd, IPPROTO_IPV6, IPV6_MULTICAST_IF, (int)idx);
    }
    if (ss.ss_family != AF_INET)
        return ND_EINVAL;
    if (setsockopt(u->fd, IPPROTO_IP, IP_MULTICAST_IF,
                   &((struct sockaddr_in *)&ss)->sin_addr,
                   sizeof(struct in_addr)) != 0)
        return nd_err_from_errno(errno);
    return 0;
}

/* see udp.h */
int nd_udp_set_membership(nd_udp_t *u, const char *group, const char *iface,
                          int join) {
    struct sockaddr_storage g, i;
    int err = opt_socket(u);

    if (err < 0)
        return err;
    if (group == NULL || to_os(group, &g) < 0)
        return ND_EINVAL;
    if (iface != NULL && to_os(iface, &i) < 0)
        return ND_EINVAL;
    if (g.ss_family == AF_INET) {
        struct ip_mreq m;

        if (u->family != 4 || (iface != NULL && i.ss_family != AF_INET))
            return ND_EINVAL;
        memset(&m, 0, sizeof(m));
        m.imr_multiaddr = ((struct sockaddr_in *)&g)->sin_addr;
        m.imr_interface.s_addr = htonl(INADDR_ANY);
        if (iface != NULL)
            m.imr_interface = ((struct sockaddr_in *)&i)->sin_addr;
        if (setsockopt(u->fd, IPPROTO_IP,
                       join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP, &m,
                       sizeof(m)) != 0)
            return nd_err_from_errno(errno);
        return 0;
    } else {
        struct ipv6_mreq m;

        if (u->family != 6)
            return ND_EINVAL;
        memset(&m, 0, sizeof(m));
        m.ipv6mr_multiaddr = ((struct sockaddr_in6 *)&g)->sin6_addr;
        m.ipv6mr_interface = iface != NULL ? zone_index(iface) : 0;
        if (setsockopt(u->fd, IPPROTO_IPV6,
                       join ? IPV6_ADD_MEMBERSHIP : IPV6_DROP_MEMBERSHIP, &m,
                       sizeof(m)) != 0)
            return nd_err_from_errno(errno);
        return 0;
    }
}

/* see udp.h */
int nd_udp_set_source_membership(nd_udp_t *u, const char *source,
                                 const char *group, const char *iface,
                                 int join) {
    struct sockaddr_storage s, g, i;
    int err = opt_socket(u);

    if (err < 0)
        return err;
    if (source == NULL || group == NULL ||
        to_os(source, &s) < 0 ||
        to_os(group, &g) < 0 ||
        (iface != NULL && to_os(iface, &i) < 0))
        return ND_EINVAL;
    if (s.ss_family != g.ss_family ||
        (iface != NULL && i.ss_family != g.ss_family) ||
        (g.ss_family == AF_INET6) != (u->family == 6))
        return ND_EINVAL;
    if (g.ss_family == AF_INET) {
        struct ip_mreq_source m;

        memset(&m, 0, sizeof(m));
        m.imr_multiaddr = ((struct sockaddr_in *)&g)->sin_addr;
        m.imr_sourceaddr = ((struct sockaddr_in *)&s)->sin_addr;
        m.imr_interface.s_addr = htonl(INADDR_ANY);
        if (iface != NULL)
            m.imr_interface = ((struct sockaddr_in *)&i)->sin_addr;
        if (setsockopt(u->fd, IPPROTO_IP,
                       join ? IP_ADD_SOURCE_MEMBERSHIP
                            : IP_DROP_SOURCE_MEMBERSHIP,
                       &m, sizeof(m)) != 0)
            return nd_err_from_errno(errno);
        return 0;
    } else {
        struct group_source_req m;

        memset(&m, 0, sizeof(m));
        m.gsr_interface = iface != NULL ? zone_index(iface) : 0;
        memcpy(&m.gsr_group, &g, sizeof(struct sockaddr_in6));
        memcpy(&m.gsr_source, &s, sizeof(struct sockaddr_in6));
        if (setsockopt(u->fd, IPPROTO_IPV6,
                       join ? MCAST_JOIN_SOURCE_GROUP
                            : MCAST_LEAVE_SOURCE_GROUP,
                       &m, sizeof(m)) != 0)
            return nd_err_from_errno(errno);
        return 0;
    }
}

/* see udp.h */
int nd_udp_buffer_size(nd_udp_t *u, int send, int *value) {
    int name = send ? SO_SNDBUF : SO_RCVBUF;
    socklen_t len = sizeof(*value);
    int err = opt_socket(u);

    if (err < 0)
        return err;
    if (*value > 0) {
        err = set_int_opt(u->fd, SOL_SOCKET, name, *value);
        if (err < 0)
            return err;
    }
    if (getsockopt(u->fd, SOL_SOCKET, name, value, &len) != 0)
        return nd_err_from_errno(errno);
    return 0;
}

/* ---- closing ------------------------------------------------------------ */

/* The close phase: the send callbacks (unsent ones cancelled), then the
 * caller's close callback. */
static void finish_close(nd_handle_t *h) {
    nd_udp_t *u = (nd_udp_t *)h;

    while (!nd_queue_empty(&u->send_queue)) {
        nd_queue_t *q = nd_queue_head(&u->send_queue);
        nd_udp_send_t *req = ND_QUEUE_DATA(q, nd_udp_send_t, queue);

        nd_queue_remove(q);
        req->status = ND_ECANCELED;
        nd_queue_insert_tail(&u->done_queue, q);
    }
    u->send_queue_size = 0;
    u->send_queue_count = 0;
    run_done(u);
    if (u->close_cb != NULL)
        u->close_cb(h);
}

/* see internal.h */
void nd__udp_close(nd_udp_t *u) {
    if (u->uflags & ND__UDP_OPEN) {
        /* Unwatch before closing the fd, as the poller wants. */
        nd_io_stop(&u->io);
        nd_queue_remove(&u->io.h.handle_queue);
        u->io.h.flags |= ND__HANDLE_CLOSED;
        close(u->fd); /* no retry on EINTR: the fd is gone either way */
    }
    u->fd = -1;
    u->uflags &= ~(ND__UDP_OPEN | ND__UDP_RECEIVING);
    nd__handle_stop(&u->h);
    /* nd_close() stored the caller's callback just before calling us. */
    u->close_cb = u->h.close_cb;
    u->h.close_cb = finish_close;
}
