/*
 * udp.h - datagram sockets (UDP over IPv4 and IPv6): the handle under
 * Node's dgram module.
 *
 *     nd_udp_t u;
 *     nd_sockaddr_t addr, to;
 *     nd_ip_addr("127.0.0.1", 0, &addr);
 *     nd_ip_addr("127.0.0.1", 41234, &to);
 *     nd_udp_init(loop, &u);
 *     nd_udp_bind(&u, &addr, 0);
 *     nd_udp_recv_start(&u, alloc_cb, recv_cb);
 *     nd_udp_send(&req, &u, bufs, 1, &to, send_cb);
 *     ...
 *     nd_close(&u.h, close_cb);
 *
 * The socket.  nd_udp_init() makes the handle only; the socket is created
 * by nd_udp_bind() (or nd_udp_connect()), in the family of the address
 * given, non-blocking and close-on-exec.  Options that need a socket
 * (broadcast, TTL, multicast, buffer sizes) return ND_EBADF before that,
 * as Node reports them.  Addresses are nd_sockaddr_t values (addr.h),
 * made from literals by nd_ip_addr(); the multicast options take text
 * literals.  Host names are resolved first (dns.h).
 *
 * Receiving.  While receiving, each time the socket is readable the loop
 * asks alloc_cb for a buffer, receives one datagram into it and calls
 * recv_cb(u, nread, buf, from, flags): nread >= 0 bytes from `from` (a
 * datagram may be empty); nread 0 with from == NULL when there was nothing
 * after all (only release the buffer); a negative code for an error (the
 * handle keeps receiving: on a connected socket ND_ECONNREFUSED reports an
 * ICMP answer to an earlier send); ND_ENOBUFS when alloc_cb gave no
 * buffer.  flags has ND_UDP_PARTIAL when the datagram was larger than the
 * buffer and was cut.  At most ND_UDP_RECV_BATCH datagrams are taken per
 * wake-up, so a flood cannot starve the rest of the loop.
 *
 * Sending.  nd_udp_send() queues a request; requests go out in order.
 * When nothing is queued the datagram is sent at once; otherwise (or when
 * the socket's buffer is full) it waits until the socket is writable.  The
 * callback runs exactly once, in a poll phase, never inside the call:
 * status 0 (sent) or a negative code (ND_EMSGSIZE, ND_ECONNREFUSED, ...).
 * (Should the poller fail to watch the socket, the requests fail with its
 * error and call back when the handle is closed.)
 * The data must stay valid until the callback; the array of buffers is
 * copied.  nd_udp_try_send() sends now or not at all.  send_queue_size
 * and send_queue_count say what is queued and not yet sent.
 *
 * Closing.  nd_close() closes the socket at once.  Send requests not yet
 * sent call back with ND_ECANCELED, and sent ones with their status, all
 * before the close callback.
 *
 * Liveness.  The handle is active while receiving or while sends are in
 * flight; each send request also counts as an active request, so queued
 * datagrams keep the loop alive even on an unref'd handle.
 *
 * Threading: loop thread only.  Errors are negative ND_E* codes.
 */
#ifndef ND_UDP_H
#define ND_UDP_H

#include <stddef.h>
#include <stdint.h>

#include "addr.h"
#include "loop.h"
#include "stream.h" /* nd_buf_t */

#define ND_UDP_RECV_BATCH       32
#define ND_UDP_SEND_INLINE_BUFS 4

typedef struct nd_udp_s nd_udp_t;
typedef struct nd_udp_send_s nd_udp_send_t;

/* nd_udp_bind() flags */
enum {
    ND_UDP_REUSEADDR = 1u << 0, /* SO_REUSEADDR (and SO_REUSEPORT where
                                   that is what lets two sockets share) */
    ND_UDP_IPV6ONLY = 1u << 1   /* an IPv6 socket takes no IPv4 traffic */
};

/* recv_cb flags */
enum { ND_UDP_PARTIAL = 1u << 0 };

typedef void (*nd_udp_alloc_cb)(nd_udp_t *u, size_t suggested, nd_buf_t *buf);
typedef void (*nd_udp_recv_cb)(nd_udp_t *u, int nread, const nd_buf_t *buf,
                               const nd_sockaddr_t *from, unsigned flags);
typedef void (*nd_udp_send_cb)(nd_udp_send_t *req, int status);

struct nd_udp_send_s {
    void *data; /* free for the caller */
    nd_udp_t *udp;
    nd_udp_send_cb cb;
    /* private */
    nd_queue_t queue;
    nd_buf_t *bufs;
    unsigned nbufs;
    int status;
    nd_sockaddr_t addr; /* family 0: the connected peer */
    nd_buf_t inline_bufs[ND_UDP_SEND_INLINE_BUFS];
};

struct nd_udp_s {
    nd_handle_t h;          /* type ND_UDP; h.data is the caller's */
    int fd;                 /* -1 until bound or connected, and after closing */
    int family;             /* 4 or 6 once the socket exists, else 0 */
    size_t send_queue_size; /* bytes queued and not sent yet */
    size_t send_queue_count; /* requests queued and not sent yet */
    /* private */
    unsigned uflags; /* ND__UDP_* in udp.c */
    nd_io_t io;      /* readiness of fd; internal to the loop */
    nd_udp_alloc_cb alloc_cb;
    nd_udp_recv_cb recv_cb;
    nd_queue_t send_queue; /* not sent yet, in order */
    nd_queue_t done_queue; /* sent or failed, callback not run yet */
    nd_close_cb close_cb;  /* the caller's, run after the send callbacks */
};

/* A handle without a socket yet; it must be closed with nd_close(). */
int nd_udp_init(nd_loop_t *loop, nd_udp_t *u);

/* Create the socket in addr's family and bind it to addr (port 0: any
 * free port).  ND_EINVAL if addr holds no IP address or one of the other
 * family than the socket's, or the socket is already bound; the OS's
 * errors otherwise (ND_EADDRINUSE, ND_EADDRNOTAVAIL, ND_EACCES). */
int nd_udp_bind(nd_udp_t *u, const nd_sockaddr_t *addr, unsigned flags);

/* Send only to addr and receive only from it (creating and binding the
 * socket to the wildcard address of addr's family first if needed).
 * ND_EINVAL for no IP address, ND_EISCONN when already connected. */
int nd_udp_connect(nd_udp_t *u, const nd_sockaddr_t *addr);
/* Forget the peer.  ND_ENOTCONN when not connected. */
int nd_udp_disconnect(nd_udp_t *u);

/* The local address, and the connected peer's (ND_ENOTCONN if none);
 * ND_EBADF before the socket exists. */
int nd_udp_getsockname(const nd_udp_t *u, nd_sockaddr_t *out);
int nd_udp_getpeername(const nd_udp_t *u, nd_sockaddr_t *out);

/* Start receiving (ND_EBADF without a socket, ND_EINVAL for NULL
 * callbacks or a closing handle; starting again replaces the callbacks). */
int nd_udp_recv_start(nd_udp_t *u, nd_udp_alloc_cb alloc_cb,
                      nd_udp_recv_cb recv_cb);
/* Stop receiving.  Idempotent. */
int nd_udp_recv_stop(nd_udp_t *u);

/* Queue one datagram made of bufs[0 .. nbufs) for to (copied), or for the
 * connected peer when to is NULL.  Returns 0 (cb, which must not be NULL,
 * runs later), or an error and cb never runs: ND_EBADF without a socket
 * or when closing; ND_EINVAL for no IP address, or an address of the
 * other family on an IPv4 socket; ND_EISCONN with an address on a
 * connected socket; ND_ENOTCONN without one on an unconnected socket;
 * ND_ENOMEM. */
int nd_udp_send(nd_udp_send_t *req, nd_udp_t *u, const nd_buf_t *bufs,
                unsigned nbufs, const nd_sockaddr_t *to, nd_udp_send_cb cb);
/* Send now: the number of bytes sent, ND_EAGAIN when sends are queued or
 * the socket is full, or the errors of nd_udp_send() and of the OS. */
int nd_udp_try_send(nd_udp_t *u, const nd_buf_t *bufs, unsigned nbufs,
                    const nd_sockaddr_t *to);

/* ---- options (ND_EBADF until the socket exists) ------------------------- */

int nd_udp_set_broadcast(nd_udp_t *u, int on);
/* Unicast hop limit, 1..255. */
int nd_udp_set_ttl(nd_udp_t *u, int ttl);
/* Multicast hop limit, 0..255. */
int nd_udp_set_multicast_ttl(nd_udp_t *u, int ttl);
int nd_udp_set_multicast_loop(nd_udp_t *u, int on);
/* The interface for outgoing multicast: an address of it (IPv4), or an
 * IPv6 literal with a zone ("::%eth0") whose zone names the interface. */
int nd_udp_set_multicast_interface(nd_udp_t *u, const char *iface);
/* Join (join != 0) or leave a multicast group, on the interface with
 * address iface (NULL: the system's choice). */
int nd_udp_set_membership(nd_udp_t *u, const char *group, const char *iface,
                          int join);
/* Source-specific multicast: join or leave group for one source. */
int nd_udp_set_source_membership(nd_udp_t *u, const char *source,
                                 const char *group, const char *iface,
                                 int join);
/* SO_RCVBUF (send == 0) or SO_SNDBUF (send != 0): when *value > 0 set it
 * first; in both cases *value gets the size the OS reports. */
int nd_udp_buffer_size(nd_udp_t *u, int send, int *value);

#endif
