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
 * Every socket call goes through the shim (sock.h); the multicast
 * options parse their text with addr.h.
 *
 * Threading: loop thread only.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "sock.h"
#include "udp.h"

enum {
    ND__UDP_OPEN = 1u << 0,      /* the socket exists */
    ND__UDP_BOUND = 1u << 1,     /* bound, explicitly or by connect */
    ND__UDP_RECEIVING = 1u << 2, /* recv_start'ed */
    ND__UDP_CONNECTED = 1u << 3
};

/* The largest datagram (IPv4's 65,507 payload bytes fit). */
#define ND__UDP_RECV_SIZE 65536
/* Buffers per datagram handed to the system in one go. */
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

/* Create the socket for family (4 or 6) if there is none yet. */
static int ensure_socket(nd_udp_t *u, int family) {
    int fd, err;

    if (nd_is_closing(&u->h))
        return ND_EBADF;
    if (u->uflags & ND__UDP_OPEN)
        return 0;
    err = nd_sock_open(family, ND_SOCK_DGRAM, &fd);
    if (err < 0)
        return err;
    nd_io_init(u->h.loop, &u->io, fd); /* cannot fail: the shim checked fd */
    u->io.h.flags |= ND__HANDLE_INTERNAL;
    nd_unref(&u->io.h);
    u->fd = fd;
    u->family = family;
    u->uflags |= ND__UDP_OPEN;
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
    if (flags & ND_UDP_REUSEADDR)
        err = nd_sock_set(u->fd, ND_SOCK_SHARE_PORT, 1);
    if (err == 0 && family == 6)
        err = nd_sock_set(u->fd, ND_SOCK_V6ONLY,
                          (flags & ND_UDP_IPV6ONLY) ? 1 : 0);
    if (err == 0)
        err = nd_sock_bind(u->fd, addr);
    if (err < 0)
        return err;
    u->uflags |= ND__UDP_BOUND;
    return 0;
}

/* see udp.h */
int nd_udp_connect(nd_udp_t *u, const nd_sockaddr_t *addr) {
    nd_sockaddr_t any;
    int err, done;

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
    err = nd_sock_connect(u->fd, addr, &done);
    if (err < 0)
        return err;
    u->uflags |= ND__UDP_CONNECTED;
    return 0;
}

/* see udp.h */
int nd_udp_disconnect(nd_udp_t *u) {
    int err;

    if (!(u->uflags & ND__UDP_CONNECTED))
        return ND_ENOTCONN;
    if (!usable(u))
        return ND_EBADF;
    err = nd_sock_disconnect(u->fd);
    if (err < 0)
        return err;
    u->uflags &= ~ND__UDP_CONNECTED;
    return 0;
}

static int name_of(const nd_udp_t *u, nd_sockaddr_t *out, int peer) {
    if (!usable(u))
        return ND_EBADF;
    if (peer && !(u->uflags & ND__UDP_CONNECTED))
        return ND_ENOTCONN;
    return peer ? nd_sock_getpeername(u->fd, out)
                : nd_sock_getsockname(u->fd, out);
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
        nd_buf_t buf = {NULL, 0};
        nd_sockaddr_t from;
        int truncated;
        long n;

        u->alloc_cb(u, ND__UDP_RECV_SIZE, &buf);
        if (!receiving(u))
            return; /* alloc_cb stopped or closed us */
        if (buf.base == NULL || buf.len == 0) {
            u->recv_cb(u, ND_ENOBUFS, &buf, NULL, 0);
            return;
        }
        n = nd_sock_recvmsg(u->fd, buf.base, buf.len, &from, &truncated);
        if (n == ND_EAGAIN) {
            u->recv_cb(u, 0, &buf, NULL, 0);
            return;
        }
        if (n < 0) {
            /* One report per wake-up: a persistent error must not be
             * delivered ND_UDP_RECV_BATCH times. */
            u->recv_cb(u, (int)n, &buf, NULL, 0);
            return;
        }
        u->recv_cb(u, n > INT_MAX ? INT_MAX : (int)n, &buf, &from,
                   truncated ? ND_UDP_PARTIAL : 0);
    }
}

/* ---- sending ------------------------------------------------------------ */

/* Send the request's datagram: bytes sent, or an error (ND_EAGAIN when
 * the socket is full). */
static int send_one(nd_udp_t *u, const nd_buf_t *bufs, unsigned nbufs,
                    const nd_sockaddr_t *to) {
    long n = nd_sock_sendmsg(u->fd, bufs, nbufs, to);

    return n > INT_MAX ? INT_MAX : (int)n;
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

    return err < 0 ? err : nd_sock_set(u->fd, ND_SOCK_BROADCAST, !!on);
}

/* Set one option, in its version for the socket's family. */
static int set_family_opt(nd_udp_t *u, enum nd_sock_opt v4,
                          enum nd_sock_opt v6, int value) {
    int err = opt_socket(u);

    if (err < 0)
        return err;
    return nd_sock_set(u->fd, u->family == 6 ? v6 : v4, value);
}

/* see udp.h */
int nd_udp_set_ttl(nd_udp_t *u, int ttl) {
    if (ttl < 1 || ttl > 255)
        return ND_EINVAL;
    return set_family_opt(u, ND_SOCK_IP_TTL, ND_SOCK_IPV6_HOPS, ttl);
}

/* see udp.h */
int nd_udp_set_multicast_ttl(nd_udp_t *u, int ttl) {
    if (ttl < 0 || ttl > 255)
        return ND_EINVAL;
    return set_family_opt(u, ND_SOCK_IP_MULTICAST_TTL,
                          ND_SOCK_IPV6_MULTICAST_HOPS, ttl);
}

/* see udp.h */
int nd_udp_set_multicast_loop(nd_udp_t *u, int on) {
    return set_family_opt(u, ND_SOCK_IP_MULTICAST_LOOP,
                          ND_SOCK_IPV6_MULTICAST_LOOP, !!on);
}

/* Parse an address literal (NULL allowed when optional) of the socket's
 * family. */
static int literal(const nd_udp_t *u, const char *ip, int optional,
                   nd_sockaddr_t *out) {
    if (ip == NULL)
        return optional ? 0 : ND_EINVAL;
    if (nd_ip_addr(ip, 0, out) < 0 || nd_sockaddr_family(out) != u->family)
        return ND_EINVAL;
    return 0;
}

/* see udp.h */
int nd_udp_set_multicast_interface(nd_udp_t *u, const char *iface) {
    nd_sockaddr_t i;
    int err = opt_socket(u);

    if (err == 0)
        err = literal(u, iface, 0, &i);
    return err < 0 ? err : nd_sock_multicast_if(u->fd, &i);
}

/* see udp.h */
int nd_udp_set_membership(nd_udp_t *u, const char *group, const char *iface,
                          int join) {
    nd_sockaddr_t g, i;
    int err = opt_socket(u);

    if (err == 0)
        err = literal(u, group, 0, &g);
    if (err == 0)
        err = literal(u, iface, 1, &i);
    if (err < 0)
        return err;
    return nd_sock_membership(u->fd, &g, NULL, iface != NULL ? &i : NULL,
                              join);
}

/* see udp.h */
int nd_udp_set_source_membership(nd_udp_t *u, const char *source,
                                 const char *group, const char *iface,
                                 int join) {
    nd_sockaddr_t s, g, i;
    int err = opt_socket(u);

    if (err == 0)
        err = literal(u, source, 0, &s);
    if (err == 0)
        err = literal(u, group, 0, &g);
    if (err == 0)
        err = literal(u, iface, 1, &i);
    if (err < 0)
        return err;
    return nd_sock_membership(u->fd, &g, &s, iface != NULL ? &i : NULL, join);
}

/* see udp.h */
int nd_udp_buffer_size(nd_udp_t *u, int send, int *value) {
    enum nd_sock_opt opt = send ? ND_SOCK_SNDBUF : ND_SOCK_RCVBUF;
    int err = opt_socket(u);

    if (err == 0 && *value > 0)
        err = nd_sock_set(u->fd, opt, *value);
    return err < 0 ? err : nd_sock_get(u->fd, opt, value);
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
        nd_sock_close(u->fd); /* the fd is gone even on an error */
    }
    u->fd = -1;
    u->uflags &= ~(ND__UDP_OPEN | ND__UDP_RECEIVING);
    nd__handle_stop(&u->h);
    /* nd_close() stored the caller's callback just before calling us. */
    u->close_cb = u->h.close_cb;
    u->h.close_cb = finish_close;
}
