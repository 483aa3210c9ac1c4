/*
 * sock_posix.c - sock.h over BSD sockets.  The Windows twin is
 * sock_win32.c; the two differ only in the calls, not in what they do.
 * Socket options are set through nd__sock_setopt() here, but chosen and
 * built in sock.c, which is the same on every system.
 *
 * Where the systems differ among themselves: Linux and the BSDs make a
 * socket non-blocking and close-on-exec in socket(2) and accept4(2);
 * macOS needs fcntl(2) after the fact, and has no MSG_NOSIGNAL: there
 * every socket gets SO_NOSIGPIPE instead, so that writing to a closed
 * connection is an EPIPE error and not a signal.
 *
 * Threading: any thread; no state.
 */
#define _GNU_SOURCE /* accept4, SOCK_NONBLOCK */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

#include "internal.h"
#include "sock.h"
#include "stream.h" /* nd_buf_t */

/* 1 where socket(2) and accept4(2) take the flags (SOCK_* may be enum
 * constants, which #if cannot test). */
#if defined(SOCK_NONBLOCK) && defined(SOCK_CLOEXEC)
#define ND__SOCK_ATOMIC 1
#define ND__SOCK_FLAGS  (SOCK_NONBLOCK | SOCK_CLOEXEC)
#else
#define ND__SOCK_ATOMIC 0
#define ND__SOCK_FLAGS  0
#endif

#if defined(MSG_NOSIGNAL)
#define ND__NOSIGNAL MSG_NOSIGNAL
#else
#define ND__NOSIGNAL 0 /* SO_NOSIGPIPE on the socket instead */
#endif

/* iovecs per datagram kept on the stack; more are allocated. */
#define ND__SOCK_SMALL_IOV 8

/* POSIX reports "would block" as EAGAIN or EWOULDBLOCK; fold them. */
static int last_error(void) {
    if (errno == EWOULDBLOCK)
        return ND_EAGAIN;
    return nd_err_from_errno(errno);
}

/* A new descriptor the poller can hold, non-blocking and close-on-exec
 * (already, or made so here), into *out; closed and refused otherwise. */
static int adopt(int fd, int *out) {
    int err;

    if (fd < 0)
        return last_error();
    if (!ND__SOCK_ATOMIC) {
        int flags = fcntl(fd, F_GETFL);

        if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) != 0 ||
            fcntl(fd, F_SETFD, FD_CLOEXEC) != 0) {
            err = last_error();
            close(fd);
            return err;
        }
    }
    if (fd >= ND_POLLER_MAX_FD) {
        close(fd);
        return ND_EMFILE;
    }
#if defined(SO_NOSIGPIPE)
    {
        int on = 1;

        setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof(on));
    }
#endif
    *out = fd;
    return 0;
}

/* see sock.h */
int nd_sock_init(void) {
    return 0;
}

/* see sock.h */
int nd_sock_open(int family, int type, int *out) {
    int domain = family == ND_SOCK_IP4   ? AF_INET
                 : family == ND_SOCK_IP6 ? AF_INET6
                 : family == ND_SOCK_UNIX ? AF_UNIX
                                          : -1;

    if (domain < 0)
        return ND_EAFNOSUPPORT;
    if (type != ND_SOCK_STREAM && type != ND_SOCK_DGRAM)
        return ND_EINVAL;
    return adopt(socket(domain,
                        (type == ND_SOCK_STREAM ? SOCK_STREAM : SOCK_DGRAM) |
                            ND__SOCK_FLAGS,
                        0),
                 out);
}

/* see sock.h */
int nd_sock_bind(int fd, const nd_sockaddr_t *addr) {
    unsigned len = nd__sockaddr_len(addr);

    if (len == 0)
        return ND_EAFNOSUPPORT;
    if (bind(fd, (const struct sockaddr *)addr->u.bytes, len) != 0)
        return last_error();
    return 0;
}

/* see sock.h */
int nd_sock_listen(int fd, int backlog) {
    return listen(fd, backlog) == 0 ? 0 : last_error();
}

/* see sock.h */
int nd_sock_accept(int fd, int *out) {
    int c;

    do {
#if ND__SOCK_ATOMIC
        c = accept4(fd, NULL, NULL, ND__SOCK_FLAGS);
#else
        c = accept(fd, NULL, NULL);
#endif
    } while (c < 0 && errno == EINTR);
    return adopt(c, out);
}

/* connect(2) for an address of len bytes. */
static int start_connect(int fd, const void *sa, unsigned len, int *done) {
    int rc;

    do
        rc = connect(fd, (const struct sockaddr *)sa, (socklen_t)len);
    while (rc != 0 && errno == EINTR);
    if (rc == 0) {
        *done = 1;
        return 0;
    }
    if (errno == EINPROGRESS) {
        *done = 0;
        return 0;
    }
    return last_error();
}

/* see sock.h */
int nd_sock_connect(int fd, const nd_sockaddr_t *addr, int *done) {
    unsigned len = nd__sockaddr_len(addr);

    if (len == 0)
        return ND_EAFNOSUPPORT;
    return start_connect(fd, addr->u.bytes, len, done);
}

/* see sock.h */
int nd_sock_disconnect(int fd) {
    struct sockaddr sa;

    memset(&sa, 0, sizeof(sa));
    sa.sa_family = AF_UNSPEC;
    /* Linux answers AF_UNSPEC with success; some systems with
     * EAFNOSUPPORT after dissolving the association all the same. */
    if (connect(fd, &sa, sizeof(sa)) != 0 && errno != EAFNOSUPPORT)
        return last_error();
    return 0;
}

/* see sock.h */
int nd_sock_error(int fd) {
    int e = 0;
    socklen_t len = sizeof(e);

    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &e, &len) != 0)
        return last_error();
    if (e == EINPROGRESS)
        return ND_EAGAIN;
    return e == 0 ? 0 : nd_err_from_errno(e);
}

/* see internal.h */
int nd__sock_name(int fd, int peer, void *sa, unsigned *len) {
    socklen_t n = (socklen_t)*len;
    int rc = peer ? getpeername(fd, (struct sockaddr *)sa, &n)
                  : getsockname(fd, (struct sockaddr *)sa, &n);

    *len = (unsigned)n;
    return rc == 0 ? 0 : last_error();
}

/* ---- unix-domain sockets ------------------------------------------------ */

static int unix_address(struct sockaddr_un *sun, const char *path) {
    int err = nd_sock_check_path(path);

    memset(sun, 0, sizeof(*sun));
    sun->sun_family = AF_UNIX;
    if (err == 0)
        memcpy(sun->sun_path, path, strlen(path) + 1);
    return err;
}

/* see sock.h */
int nd_sock_check_path(const char *path) {
    size_t n = strlen(path);

    if (n == 0)
        return ND_ENOENT;
    if (n >= sizeof(((struct sockaddr_un *)NULL)->sun_path))
        return ND_ENAMETOOLONG;
    return 0;
}

/* see sock.h */
int nd_sock_bind_path(int fd, const char *path) {
    struct sockaddr_un sun;
    int err = unix_address(&sun, path);

    if (err < 0)
        return err;
    return bind(fd, (struct sockaddr *)&sun, sizeof(sun)) == 0 ? 0
                                                               : last_error();
}

/* see sock.h */
int nd_sock_connect_path(int fd, const char *path, int *done) {
    struct sockaddr_un sun;
    int err = unix_address(&sun, path);

    if (err < 0)
        return err;
    return start_connect(fd, &sun, sizeof(sun), done);
}

/* see sock.h */
int nd_sock_unlink_path(const char *path) {
    return unlink(path) == 0 ? 0 : last_error();
}

/* see sock.h */
int nd_sock_spare_open(void) {
    return open("/dev/null", O_RDONLY | O_CLOEXEC);
}

/* see sock.h */
void nd_sock_spare_close(int spare) {
    if (spare >= 0)
        close(spare);
}

/* ---- options (the logic is sock.c's) ---------------------------------- */

/* see internal.h */
int nd__sock_setopt(int fd, int level, int name, const void *value,
                    unsigned len) {
    if (setsockopt(fd, level, name, value, (socklen_t)len) != 0)
        return last_error();
    return 0;
}

/* see internal.h */
int nd__sock_getopt(int fd, int level, int name, void *value, unsigned *len) {
    socklen_t n = (socklen_t)*len;

    if (getsockopt(fd, level, name, value, &n) != 0)
        return last_error();
    *len = (unsigned)n;
    return 0;
}

/* ---- moving bytes ------------------------------------------------------- */

/* see sock.h */
long nd_sock_send(int fd, const void *buf, size_t len) {
    ssize_t n;

    do
        n = send(fd, buf, len, ND__NOSIGNAL);
    while (n < 0 && errno == EINTR);
    return n < 0 ? last_error() : (long)n;
}

/* see sock.h */
long nd_sock_recv(int fd, void *buf, size_t len) {
    ssize_t n;

    do
        n = recv(fd, buf, len, 0);
    while (n < 0 && errno == EINTR);
    return n < 0 ? last_error() : (long)n;
}

/* see sock.h */
long nd_sock_sendmsg(int fd, const nd_buf_t *bufs, unsigned nbufs,
                     const nd_sockaddr_t *to) {
    struct iovec small[ND__SOCK_SMALL_IOV], *iov = small;
    struct msghdr msg;
    ssize_t n;
    unsigned i;
    int err;

    if (nbufs > ND__SOCK_SMALL_IOV) {
        iov = malloc(nbufs * sizeof(*iov));
        if (iov == NULL)
            return ND_ENOMEM;
    }
    for (i = 0; i < nbufs; i++) {
        iov[i].iov_base = bufs[i].base;
        iov[i].iov_len = bufs[i].len;
    }
    memset(&msg, 0, sizeof(msg));
    if (to != NULL) {
        msg.msg_name = (void *)to->u.bytes;
        msg.msg_namelen = nd__sockaddr_len(to);
    }
    msg.msg_iov = iov;
    msg.msg_iovlen = nbufs;
    do
        n = sendmsg(fd, &msg, 0);
    while (n < 0 && errno == EINTR);
    err = n < 0 ? last_error() : 0;
    if (iov != small)
        free(iov);
    return n < 0 ? err : (long)n;
}

/* see sock.h */
long nd_sock_recvmsg(int fd, void *buf, size_t len, nd_sockaddr_t *from,
                     int *truncated) {
    struct sockaddr_storage ss;
    struct msghdr msg;
    struct iovec iov;
    ssize_t n;

    memset(&msg, 0, sizeof(msg));
    iov.iov_base = buf;
    iov.iov_len = len > INT_MAX ? INT_MAX : len;
    msg.msg_name = &ss;
    msg.msg_namelen = sizeof(ss);
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    do
        n = recvmsg(fd, &msg, 0);
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return last_error();
    if (nd__sockaddr_set(from, &ss, (unsigned)msg.msg_namelen) < 0)
        memset(from, 0, sizeof(*from));
    *truncated = (msg.msg_flags & MSG_TRUNC) != 0;
    return (long)n;
}

/* see sock.h */
int nd_sock_shutdown(int fd) {
    return shutdown(fd, SHUT_WR) == 0 ? 0 : last_error();
}

/* see sock.h */
int nd_sock_close(int fd) {
    return close(fd) == 0 ? 0 : last_error();
}
