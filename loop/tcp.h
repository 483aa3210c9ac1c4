/*
 * tcp.h - tcp sockets over IPv4 and IPv6: servers (bind, then
 * nd_stream_listen() and nd_stream_accept() from stream.h) and clients
 * (nd_tcp_connect()), plus the socket options and addresses net needs.
 *
 * An nd_tcp_t is a stream (stream.h): read, write, shut down and close it
 * through its `stream` member like any other.  It starts with no socket;
 * nd_tcp_bind() or nd_tcp_connect() makes one of the address's family,
 * nd_tcp_open() adopts an existing one.
 *
 *     nd_tcp_t server;
 *     nd_sockaddr_t addr;
 *     nd_ip_addr("::", 0, &addr);
 *     nd_tcp_init(loop, &server);
 *     nd_tcp_bind(&server, &addr, 0);
 *     nd_stream_listen(&server.stream, 511, on_connection);
 *
 *     static void on_connection(nd_stream_t *s, int status) {
 *         nd_tcp_t *client = malloc(...);
 *         nd_tcp_init(s->h.loop, client);
 *         nd_stream_accept(s, &client->stream);
 *         ...
 *     }
 *
 * Binding sets SO_REUSEADDR (a restarted server can bind at once while old
 * connections linger in TIME_WAIT) but never SO_REUSEPORT, so a second
 * server on the same port fails with ND_EADDRINUSE, as in Node.  An IPv6
 * socket takes IPv4 connections too, unless ND_TCP_IPV6ONLY.
 *
 * Addresses are nd_sockaddr_t values (addr.h), made by nd_ip_addr() from
 * text and turned back to text by nd_ip_name(), so modules never touch
 * the OS's address structures.
 *
 * Threading: loop thread only.  Errors are negative ND_E* codes.
 */
#ifndef ND_TCP_H
#define ND_TCP_H

#include "addr.h"
#include "stream.h"

typedef struct nd_tcp_s nd_tcp_t;

struct nd_tcp_s {
    nd_stream_t stream; /* first: a tcp socket is a stream */
};

/* nd_tcp_bind() flags. */
enum { ND_TCP_IPV6ONLY = 1 };

/* A tcp handle with no socket yet; it must be closed with nd_close(). */
int nd_tcp_init(nd_loop_t *loop, nd_tcp_t *tcp);
/* Adopt an existing tcp socket fd (connected or listening); errors as for
 * nd_pipe_open(). */
int nd_tcp_open(nd_tcp_t *tcp, int fd);
/* Bind to addr (port 0: one the OS picks).  Makes the socket when the
 * handle has none.  ND_EADDRINUSE, ND_EADDRNOTAVAIL (an address this host
 * does not have), ND_EACCES (a privileged port), ND_EINVAL (bound
 * already, or an IPv6-only flag on an IPv4 address). */
int nd_tcp_bind(nd_tcp_t *tcp, const nd_sockaddr_t *addr, unsigned flags);
/* Connect to addr; see stream.h, "Connecting".  Makes the socket when the
 * handle has none.  ND_EALREADY while a connect is pending, ND_EISCONN on
 * a listening handle; those and errors making the socket are returned,
 * and then cb never runs. */
int nd_tcp_connect(nd_connect_t *req, nd_tcp_t *tcp, const nd_sockaddr_t *addr,
                   nd_connect_cb cb);
/* The local and the peer's address (ND_EBADF with no socket,
 * ND_ENOTCONN for the peer of an unconnected socket). */
int nd_tcp_getsockname(const nd_tcp_t *tcp, nd_sockaddr_t *addr);
int nd_tcp_getpeername(const nd_tcp_t *tcp, nd_sockaddr_t *addr);
/* Make closing the handle reset the connection (SO_LINGER with a zero
 * timeout): the peer gets ECONNRESET instead of end of file, and unsent
 * data is dropped.  Call it just before nd_close(). */
int nd_tcp_reset_on_close(nd_tcp_t *tcp);
/* TCP_NODELAY on or off (Nagle's algorithm off or on). */
int nd_tcp_nodelay(nd_tcp_t *tcp, int on);
/* SO_KEEPALIVE on or off; when on and delay_s > 0, the first probe goes
 * after delay_s seconds of silence. */
int nd_tcp_keepalive(nd_tcp_t *tcp, int on, unsigned delay_s);

#endif
