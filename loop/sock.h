/*
 * sock.h - the socket shim: the socket calls the loop makes, the same on
 * POSIX (sock_posix.c) and Windows (sock_win32.c), with what is the same
 * code everywhere (options, names, conveniences) in sock.c.  tcp.c,
 * socket.c and udp.c reach the OS only through these; so do the C tests.
 * (stream.c reads and writes a connected socket as any descriptor.)
 *
 * A socket is an int everywhere, as the poller and nd_io_t expect: a file
 * descriptor on POSIX, the SOCKET value on Windows (Windows hands out small
 * multiples of 4, and a socket that would not fit is closed and refused
 * with ND_EMFILE, as is a descriptor at or above ND_POLLER_MAX_FD on
 * POSIX).  Every socket made here is non-blocking and not inherited by
 * child processes.  Results are 0 (or a byte count) on success and
 * negative ND_E* codes on failure; "would block" is ND_EAGAIN on every
 * system, and an interrupted call is retried inside.  Addresses are
 * nd_sockaddr_t (addr.h).
 *
 * Windows has no unix-domain sockets here: the path functions and
 * ND_SOCK_UNIX give ND_EAFNOSUPPORT there.
 *
 * Threading: any thread; the functions keep no state beyond the one-time
 * Winsock start-up.
 */
#ifndef ND_SOCK_H
#define ND_SOCK_H

#include <stddef.h>

#include "addr.h"

struct nd_buf_s; /* stream.h's nd_buf_t: base, len */

/* nd_sock_open() families (4 and 6 as nd_sockaddr_family() says) and
 * types. */
enum { ND_SOCK_UNIX = 1, ND_SOCK_IP4 = 4, ND_SOCK_IP6 = 6 };
enum { ND_SOCK_STREAM = 1, ND_SOCK_DGRAM = 2 };

/* Start the socket layer (Winsock on Windows; nothing on POSIX).  Safe to
 * call any number of times from any thread; nd_sock_open() calls it. */
int nd_sock_init(void);

/* ---- making, naming and connecting sockets ------------------------------ */

/* A new socket of family and type (ND_EAFNOSUPPORT for a family the
 * system lacks, as IPv6 on a host without it). */
int nd_sock_open(int family, int type, int *out);

int nd_sock_bind(int fd, const nd_sockaddr_t *addr);
int nd_sock_listen(int fd, int backlog);

/* Accept one pending connection; ND_EAGAIN if none.  ND_ECONNABORTED for
 * one that went away while waiting; ND_EMFILE / ND_ENFILE when out of
 * descriptors (see nd_sock_spare_open()). */
int nd_sock_accept(int fd, int *out);

/* Start connecting to addr: 0 with *done 1 when connected already, 0
 * with *done 0 when in progress (wait for ND_POLL_OUT, then ask
 * nd_sock_error()), or the error, known at once.  On a datagram socket
 * this sets the peer. */
int nd_sock_connect(int fd, const nd_sockaddr_t *addr, int *done);

/* A datagram socket forgets its peer. */
int nd_sock_disconnect(int fd);

/* The pending error of fd (SO_ERROR) as an ND_E* code, cleared; 0 if
 * none; ND_EAGAIN while a connect is still in progress. */
int nd_sock_error(int fd);

/* The local address and the peer's (ND_ENOTCONN without one);
 * ND_EAFNOSUPPORT for a socket of another family than IPv4 and IPv6. */
int nd_sock_getsockname(int fd, nd_sockaddr_t *addr);
int nd_sock_getpeername(int fd, nd_sockaddr_t *addr);

/* Unix-domain sockets: whether path can name one (ND_ENOENT for "",
 * ND_ENAMETOOLONG for one that does not fit, else 0); bind or connect to
 * a path (those errors too); remove a bound path once its socket is
 * closed. */
int nd_sock_check_path(const char *path);
int nd_sock_bind_path(int fd, const char *path);
int nd_sock_connect_path(int fd, const char *path, int *done);
int nd_sock_unlink_path(const char *path);

/* A descriptor held in reserve by a listening socket, so that when the
 * process runs out it can give it back, accept and drop what waits, and
 * keep the backlog from filling.  -1 when none could be had (and always
 * on Windows, where sockets do not count against such a limit). */
int nd_sock_spare_open(void);
void nd_sock_spare_close(int spare);

/* ---- options ------------------------------------------------------------ */

/* The options of nd_sock_set() / nd_sock_get(), each an int.  The IP_ and
 * IPV6_ ones are for sockets of that family. */
enum nd_sock_opt {
    ND_SOCK_REUSEADDR,   /* rebind a port with connections in TIME_WAIT
                            (Windows does that by default; there this is
                            a no-op, its SO_REUSEADDR steals ports) */
    ND_SOCK_SHARE_PORT,  /* datagram sockets that all set it share a port:
                            SO_REUSEADDR, and SO_REUSEPORT on the BSDs */
    ND_SOCK_V6ONLY,      /* an IPv6 socket takes no IPv4 traffic */
    ND_SOCK_NODELAY,     /* TCP_NODELAY */
    ND_SOCK_KEEPALIVE,   /* SO_KEEPALIVE */
    ND_SOCK_KEEPIDLE,    /* seconds of silence before the first probe
                            (ignored where the system has no such knob) */
    ND_SOCK_BROADCAST,
    ND_SOCK_RCVBUF,
    ND_SOCK_SNDBUF,
    ND_SOCK_IP_TTL,
    ND_SOCK_IPV6_HOPS,
    ND_SOCK_IP_MULTICAST_TTL,
    ND_SOCK_IPV6_MULTICAST_HOPS,
    ND_SOCK_IP_MULTICAST_LOOP,
    ND_SOCK_IPV6_MULTICAST_LOOP,
    ND_SOCK_IPV6_MULTICAST_IF /* an interface index */
};

int nd_sock_set(int fd, enum nd_sock_opt opt, int value);
int nd_sock_get(int fd, enum nd_sock_opt opt, int *value);

/* SO_LINGER: with on and 0 seconds, closing resets the connection (the
 * peer gets ECONNRESET, unsent data is dropped). */
int nd_sock_linger(int fd, int on, int seconds);

/* The interface for outgoing multicast: for IPv4 the interface with
 * iface's address, for IPv6 the one of iface's scope. */
int nd_sock_multicast_if(int fd, const nd_sockaddr_t *iface);
/* Join (join != 0) or leave group, on the interface of iface (its
 * address for IPv4, its scope for IPv6; NULL: the system's choice); with
 * source, only the datagrams from source (source-specific multicast).
 * ND_EINVAL when the addresses are not all of one family. */
int nd_sock_membership(int fd, const nd_sockaddr_t *group,
                       const nd_sockaddr_t *source, const nd_sockaddr_t *iface,
                       int join);

/* ---- moving bytes ------------------------------------------------------- */

/* Send or receive up to len bytes on a connected socket: the count, 0
 * from recv at end of stream, or a negative code. */
long nd_sock_send(int fd, const void *buf, size_t len);
long nd_sock_recv(int fd, void *buf, size_t len);

/* Send one datagram made of bufs[0 .. nbufs) to to (NULL: the connected
 * peer): the bytes sent or a negative code. */
long nd_sock_sendmsg(int fd, const struct nd_buf_s *bufs, unsigned nbufs,
                     const nd_sockaddr_t *to);
/* Receive one datagram into buf: its size (what fitted) and its sender in
 * *from (family 0 if the system gave none); *truncated is 1 when the
 * datagram was larger than len and was cut. */
long nd_sock_recvmsg(int fd, void *buf, size_t len, nd_sockaddr_t *from,
                     int *truncated);

/* Shut down the sending side (the peer reads end of stream). */
int nd_sock_shutdown(int fd);

int nd_sock_close(int fd);

/* ---- conveniences ----------------------------------------------------- */

/* A listening TCP socket bound to ip:*port (*port 0 = any free port; the
 * chosen port is stored back), with ND_SOCK_REUSEADDR. */
int nd_sock_tcp_listen(const char *ip, int *port, int backlog, int *out);
/* A TCP socket connecting to ip:port; *done as for nd_sock_connect(). */
int nd_sock_tcp_connect(const char *ip, int port, int *out, int *done);

#endif
