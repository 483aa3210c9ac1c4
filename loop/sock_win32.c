/*
 * sock_win32.c - sock.h over Winsock.  The POSIX twin is sock_posix.c.
 *
 * Differences handled here so that callers see none: Winsock must be
 * started once per process (nd_sock_init, through nd_once); a SOCKET is
 * turned into an int and refused if it does not fit the poller's range;
 * sockets are made non-inheritable and non-blocking explicitly; errors come
 * from WSAGetLastError() and are mapped onto ND_E* codes, with
 * WSAEWOULDBLOCK as ND_EAGAIN; an in-progress connect reports
 * WSAEWOULDBLOCK where POSIX says EINPROGRESS.  Winsock's start-up is never
 * undone: sockets may be used until the process exits.
 */
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>

#include <stdint.h>
#include <string.h>

#include "loop.h"
#include "sock.h"
#include "thread.h"

static nd_once_t once = ND_ONCE_INIT;
static int startup_result;

static void startup(void) {
    WSADATA wsa;

    startup_result = WSAStartup(MAKEWORD(2, 2), &wsa) == 0 ? 0 : ND_ENOSYS;
}

/* The Winsock errors a TCP socket can meet, as ND_E* codes. */
static int map_error(int e) {
    switch (e) {
    case WSAEWOULDBLOCK:
    case WSAEINPROGRESS:
        return ND_EAGAIN;
    case WSAEACCES:
        return ND_EACCES;
    case WSAEADDRINUSE:
        return ND_EADDRINUSE;
    case WSAEADDRNOTAVAIL:
        return ND_EADDRNOTAVAIL;
    case WSAEAFNOSUPPORT:
        return ND_EAFNOSUPPORT;
    case WSAEALREADY:
        return ND_EALREADY;
    case WSAECONNABORTED:
        return ND_ECONNABORTED;
    case WSAECONNREFUSED:
        return ND_ECONNREFUSED;
    case WSAECONNRESET:
        return ND_ECONNRESET;
    case WSAEHOSTUNREACH:
        return ND_EHOSTUNREACH;
    case WSAEINTR:
        return ND_EINTR;
    case WSAEINVAL:
        return ND_EINVAL;
    case WSAEISCONN:
        return ND_EISCONN;
    case WSAEMFILE:
        return ND_EMFILE;
    case WSAEMSGSIZE:
        return ND_EMSGSIZE;
    case WSAENETDOWN:
        return ND_ENETDOWN;
    case WSAENETUNREACH:
        return ND_ENETUNREACH;
    case WSAENOBUFS:
        return ND_ENOBUFS;
    case WSAENOTCONN:
        return ND_ENOTCONN;
    case WSAENOTSOCK:
        return ND_EBADF;
    case WSAESHUTDOWN:
        return ND_EPIPE;
    case WSAETIMEDOUT:
        return ND_ETIMEDOUT;
    default:
        return ND_EIO;
    }
}

static int last_error(void) {
    return map_error(WSAGetLastError());
}

static int make_addr(const char *ip, int port, struct sockaddr_in *sa) {
    memset(sa, 0, sizeof(*sa));
    sa->sin_family = AF_INET;
    sa->sin_port = htons((unsigned short)port);
    if (port < 0 || port > 65535 || inet_pton(AF_INET, ip, &sa->sin_addr) != 1)
        return ND_EINVAL;
    return 0;
}

/* A SOCKET the poller can hold, as an int, non-blocking, not inherited. */
static int adopt(SOCKET s, int *out) {
    u_long one = 1;

    if ((uintptr_t)s >= (uintptr_t)ND_POLLER_MAX_FD) {
        closesocket(s);
        return ND_EMFILE;
    }
    SetHandleInformation((HANDLE)s, HANDLE_FLAG_INHERIT, 0);
    if (ioctlsocket(s, FIONBIO, &one) != 0) {
        int err = last_error();

        closesocket(s);
        return err;
    }
    *out = (int)(uintptr_t)s;
    return 0;
}

static int new_socket(int *out) {
    SOCKET s = WSASocketW(AF_INET, SOCK_STREAM, IPPROTO_TCP, NULL, 0,
                          WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT);

    if (s == INVALID_SOCKET)
        return last_error();
    return adopt(s, out);
}

static SOCKET as_socket(int fd) {
    return (SOCKET)(uintptr_t)(unsigned)fd;
}

/* see sock.h */
int nd_sock_init(void) {
    nd_once(&once, startup);
    return startup_result;
}

/* see sock.h */
int nd_sock_listen(const char *ip, int *port, int backlog, int *out) {
    struct sockaddr_in sa;
    int len = sizeof(sa), fd = -1, err;

    err = nd_sock_init();
    if (err == 0)
        err = make_addr(ip, *port, &sa);
    if (err == 0)
        err = new_socket(&fd);
    if (err < 0)
        return err;
    /* SO_REUSEADDR means something else (port stealing) on Windows; the
     * default already allows rebinding a port in TIME_WAIT. */
    if (bind(as_socket(fd), (struct sockaddr *)&sa, sizeof(sa)) != 0 ||
        listen(as_socket(fd), backlog) != 0 ||
        getsockname(as_socket(fd), (struct sockaddr *)&sa, &len) != 0) {
        err = last_error();
        closesocket(as_socket(fd));
        return err;
    }
    *port = ntohs(sa.sin_port);
    *out = fd;
    return 0;
}

/* see sock.h */
int nd_sock_connect(const char *ip, int port, int *out, int *done) {
    struct sockaddr_in sa;
    int fd = -1, err;

    err = nd_sock_init();
    if (err == 0)
        err = make_addr(ip, port, &sa);
    if (err == 0)
        err = new_socket(&fd);
    if (err < 0)
        return err;
    if (connect(as_socket(fd), (struct sockaddr *)&sa, sizeof(sa)) == 0) {
        *done = 1;
    } else if (WSAGetLastError() == WSAEWOULDBLOCK) {
        *done = 0;
    } else {
        err = last_error();
        closesocket(as_socket(fd));
        return err;
    }
    *out = fd;
    return 0;
}

/* see sock.h */
int nd_sock_accept(int fd, int *out) {
    SOCKET c = accept(as_socket(fd), NULL, NULL);

    if (c == INVALID_SOCKET)
        return last_error();
    return adopt(c, out);
}

/* see sock.h */
int nd_sock_error(int fd) {
    int e = 0, len = sizeof(e);

    if (getsockopt(as_socket(fd), SOL_SOCKET, SO_ERROR, (char *)&e, &len) != 0)
        return last_error();
    return e == 0 ? 0 : map_error(e);
}

/* see sock.h */
long nd_sock_send(int fd, const void *buf, size_t len) {
    int n;

    if (len > INT32_MAX)
        len = INT32_MAX;
    n = send(as_socket(fd), buf, (int)len, 0);
    return n == SOCKET_ERROR ? last_error() : (long)n;
}

/* see sock.h */
long nd_sock_recv(int fd, void *buf, size_t len) {
    int n;

    if (len > INT32_MAX)
        len = INT32_MAX;
    n = recv(as_socket(fd), buf, (int)len, 0);
    return n == SOCKET_ERROR ? last_error() : (long)n;
}

/* see sock.h */
int nd_sock_shutdown(int fd) {
    return shutdown(as_socket(fd), SD_SEND) == 0 ? 0 : last_error();
}

/* see sock.h */
int nd_sock_close(int fd) {
    return closesocket(as_socket(fd)) == 0 ? 0 : last_error();
}
