/*
 * sock.h - the handful of socket calls the loop core needs, the same on
 * POSIX (sock_posix.c) and Windows (sock_win32.c).
 *
 * A socket is an int everywhere, as the poller and nd_io_t expect: a file
 * descriptor on POSIX, the SOCKET value on Windows (Windows hands out small
 * multiples of 4, and a socket that would not fit is closed and refused
 * with ND_EMFILE).  Every socket made here is non-blocking and not
 * inherited by child processes.  Results are 0 (or a byte count) on
 * success and negative ND_E* codes on failure; "would block" is ND_EAGAIN
 * on every system.
 *
 * These are IPv4 TCP primitives; the address is a dotted quad.  Handles
 * with buffering and callbacks are built on top of them and nd_io_t.
 *
 * Threading: any thread; the functions keep no state beyond the one-time
 * Winsock start-up.
 */
#ifndef ND_SOCK_H
#define ND_SOCK_H

#include <stddef.h>

/* Start the socket layer (Winsock on Windows; nothing on POSIX).  Safe to
 * call any number of times from any thread; every function below calls it
 * itself. */
int nd_sock_init(void);

/* A listening TCP socket bound to ip:*port (*port 0 = any free port; the
 * chosen port is stored back). */
int nd_sock_listen(const char *ip, int *port, int backlog, int *out);

/* A TCP socket connecting to ip:port.  *done is 1 if the connection is
 * already made, 0 if it is in progress: wait for ND_POLL_OUT, then ask
 * nd_sock_error().  A refused connection may fail here or later. */
int nd_sock_connect(const char *ip, int port, int *out, int *done);

/* Accept one pending connection (non-blocking); ND_EAGAIN if none. */
int nd_sock_accept(int fd, int *out);

/* The pending error of fd (SO_ERROR) as an ND_E* code, cleared; 0 if
 * none. */
int nd_sock_error(int fd);

/* Send or receive up to len bytes: the count, 0 from recv at end of
 * stream, or a negative code (ND_EAGAIN when it would block). */
long nd_sock_send(int fd, const void *buf, size_t len);
long nd_sock_recv(int fd, void *buf, size_t len);

/* Shut down the sending side (the peer reads end of stream). */
int nd_sock_shutdown(int fd);

int nd_sock_close(int fd);

#endif
