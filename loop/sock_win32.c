/*
 * sock_win32.c - sock.h over Winsock.  The POSIX twin is sock_posix.c.
 * Socket options are set through nd__sock_setopt() here, but chosen and
 * built in sock.c, which is the same on every system.
 *
 * Differences handled here so that callers see none: Winsock must be
 * started once per process (nd_sock_init, through nd_once); a SOCKET is
 * turned into an int and refused if it does not fit the poller's range;
 * sockets are made non-inheritable and non-blocking explicitly; errors come
 * from WSAGetLastError() and are mapped onto ND_E* codes, with
 * WSAEWOULDBLOCK as ND_EAGAIN; an in-progress connect reports
 * WSAEWOULDBLOCK where POSIX says EINPROGRESS; a datagram larger than the
 * buffer fails with WSAEMSGSIZE after filling it, which is a cut datagram
 * here.  There are no unix-domain sockets and no spare descriptor (a
 * process does not run out of sockets as of descriptors).  Winsock's
 * start-up is never undone: sockets may be used until the process exits.
 */
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "sock.h"
#include "stream.h" /* nd_buf_t */
#include "thread.h"

/* WSABUFs per datagram kept on the stack; more are allocated. */
#define ND__SOCK_SMALL_BUFS 8

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

static SOCKET as_socket(int fd) {
    return (SOCKET)(uintptr_t)(unsigned)fd;
}

/* see sock.h */
int nd_sock_init(void) {
    nd_once(&once, startup);
    return startup_result;
}

/* see sock.h */
int nd_sock_open(int family, int type, int *out) {
    int af = family == ND_SOCK_IP4 ? AF_INET : AF_INET6;
    int err = nd_sock_init();
    SOCKET s;

    if (err < 0)
        return err;
    if (family != ND_SOCK_IP4 && family != ND_SOCK_IP6)
        return ND_EAFNOSUPPORT;
    if (type != ND_SOCK_STREAM && type != ND_SOCK_DGRAM)
        return ND_EINVAL;
    s = WSASocketW(af, type == ND_SOCK_STREAM ? SOCK_STREAM : SOCK_DGRAM,
                   type == ND_SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP, NULL, 0,
                   WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT);
    if (s == INVALID_SOCKET)
        return last_error();
    return adopt(s, out);
}

/* see sock.h */
int nd_sock_bind(int fd, const nd_sockaddr_t *addr) {
    int len = (int)nd__sockaddr_len(addr);

    if (len == 0)
        return ND_EAFNOSUPPORT;
    if (bind(as_socket(fd), (const struct sockaddr *)addr->u.bytes, len) != 0)
        return last_error();
    return 0;
}

/* see sock.h */
int nd_sock_listen(int fd, int backlog) {
    return listen(as_socket(fd), backlog) == 0 ? 0 : last_error();
}

/* see sock.h */
int nd_sock_connect(int fd, const nd_sockaddr_t *addr, int *done) {
    int len = (int)nd__sockaddr_len(addr);

    if (len == 0)
        return ND_EAFNOSUPPORT;
    if (connect(as_socket(fd), (const struct sockaddr *)addr->u.bytes, len) ==
        0) {
        *done = 1;
        return 0;
    }
    if (WSAGetLastError() == WSAEWOULDBLOCK) {
        *done = 0;
        return 0;
    }
    return last_error();
}

/* see sock.h */
int nd_sock_disconnect(int fd) {
    struct sockaddr_in6 none;

    /* An all-zero address dissolves a datagram socket's association. */
    memset(&none, 0, sizeof(none));
    none.sin6_family = AF_UNSPEC;
    if (connect(as_socket(fd), (struct sockaddr *)&none, sizeof(none)) != 0 &&
        WSAGetLastError() != WSAEAFNOSUPPORT)
        return last_error();
    return 0;
}

/* see internal.h */
int nd__sock_name(int fd, int peer, void *sa, unsigned *len) {
    int n = (int)*len;
    int rc = peer ? getpeername(as_socket(fd), (struct sockaddr *)sa, &n)
                  : getsockname(as_socket(fd), (struct sockaddr *)sa, &n);

    *len = (unsigned)n;
    return rc == 0 ? 0 : last_error();
}

/* see sock.h */
int nd_sock_check_path(const char *path) {
    (void)path;
    return ND_EAFNOSUPPORT;
}

/* see sock.h */
int nd_sock_bind_path(int fd, const char *path) {
    (void)fd;
    return nd_sock_check_path(path);
}

/* see sock.h */
int nd_sock_connect_path(int fd, const char *path, int *done) {
    (void)fd;
    *done = 0;
    return nd_sock_check_path(path);
}

/* see sock.h */
int nd_sock_unlink_path(const char *path) {
    return nd_sock_check_path(path);
}

/* see sock.h */
int nd_sock_spare_open(void) {
    return -1;
}

/* see sock.h */
void nd_sock_spare_close(int spare) {
    (void)spare;
}

/* see internal.h */
int nd__sock_setopt(int fd, int level, int name, const void *value,
                    unsigned len) {
    if (setsockopt(as_socket(fd), level, name, (const char *)value,
                   (int)len) != 0)
        return last_error();
    return 0;
}

/* see internal.h */
int nd__sock_getopt(int fd, int level, int name, void *value, unsigned *len) {
    int n = (int)*len;

    if (getsockopt(as_socket(fd), level, name, (char *)value, &n) != 0)
        return last_error();
    *len = (unsigned)n;
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
long nd_sock_sendmsg(int fd, const nd_buf_t *bufs, unsigned nbufs,
                     const nd_sockaddr_t *to) {
    WSABUF small[ND__SOCK_SMALL_BUFS], *wb = small;
    DWORD sent = 0;
    unsigned i;
    int rc, err = 0;

    if (nbufs > ND__SOCK_SMALL_BUFS) {
        wb = malloc(nbufs * sizeof(*wb));
        if (wb == NULL)
            return ND_ENOMEM;
    }
    for (i = 0; i < nbufs; i++) {
        wb[i].buf = bufs[i].base;
        wb[i].len = bufs[i].len > INT32_MAX ? INT32_MAX : (ULONG)bufs[i].len;
    }
    rc = WSASendTo(as_socket(fd), wb, nbufs, &sent, 0,
                   to != NULL ? (const struct sockaddr *)to->u.bytes : NULL,
                   to != NULL ? (int)nd__sockaddr_len(to) : 0, NULL, NULL);
    if (rc != 0)
        err = last_error();
    if (wb != small)
        free(wb);
    return rc != 0 ? err : (long)sent;
}

/* see sock.h */
long nd_sock_recvmsg(int fd, void *buf, size_t len, nd_sockaddr_t *from,
                     int *truncated) {
    struct sockaddr_storage ss;
    int sslen = sizeof(ss);
    WSABUF wb;
    DWORD got = 0, flags = 0;

    wb.buf = buf;
    wb.len = len > INT32_MAX ? INT32_MAX : (ULONG)len;
    *truncated = 0;
    if (WSARecvFrom(as_socket(fd), &wb, 1, &got, &flags,
                    (struct sockaddr *)&ss, &sslen, NULL, NULL) != 0) {
        if (WSAGetLastError() != WSAEMSGSIZE)
            return last_error();
        *truncated = 1; /* the buffer holds the datagram's start */
        got = wb.len;
    }
    if (nd__sockaddr_set(from, &ss, (unsigned)sslen) < 0)
        memset(from, 0, sizeof(*from));
    return (long)got;
}

/* see sock.h */
int nd_sock_shutdown(int fd) {
    return shutdown(as_socket(fd), SD_SEND) == 0 ? 0 : last_error();
}

/* see sock.h */
int nd_sock_close(int fd) {
    return closesocket(as_socket(fd)) == 0 ? 0 : last_error();
}
