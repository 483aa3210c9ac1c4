/*
 * sock_posix.c - sock.h over BSD sockets.  The Windows twin is
 * sock_win32.c; the two differ only in the calls, not in what they do.
 */
#define _GNU_SOURCE /* accept4, SOCK_NONBLOCK */
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "loop.h"
#include "sock.h"

/* POSIX reports "would block" as EAGAIN or EWOULDBLOCK; fold them. */
static int last_error(void) {
    if (errno == EWOULDBLOCK)
        return ND_EAGAIN;
    return nd_err_from_errno(errno);
}

static int make_addr(const char *ip, int port, struct sockaddr_in *sa) {
    memset(sa, 0, sizeof(*sa));
    sa->sin_family = AF_INET;
    sa->sin_port = htons((unsigned short)port);
    if (port < 0 || port > 65535 || inet_pton(AF_INET, ip, &sa->sin_addr) != 1)
        return ND_EINVAL;
    return 0;
}

static int new_socket(int *out) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);

    if (fd < 0)
        return last_error();
    if (fd >= ND_POLLER_MAX_FD) {
        close(fd);
        return ND_EMFILE;
    }
    *out = fd;
    return 0;
}

/* see sock.h */
int nd_sock_init(void) {
    return 0;
}

/* see sock.h */
int nd_sock_listen(const char *ip, int *port, int backlog, int *out) {
    struct sockaddr_in sa;
    socklen_t len = sizeof(sa);
    int fd = -1, one = 1, err;

    err = make_addr(ip, *port, &sa);
    if (err == 0)
        err = new_socket(&fd);
    if (err < 0)
        return err;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
    if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0 ||
        listen(fd, backlog) != 0 ||
        getsockname(fd, (struct sockaddr *)&sa, &len) != 0) {
        err = last_error();
        close(fd);
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

    err = make_addr(ip, port, &sa);
    if (err == 0)
        err = new_socket(&fd);
    if (err < 0)
        return err;
    if (connect(fd, (struct sockaddr *)&sa, sizeof(sa)) == 0) {
        *done = 1;
    } else if (errno == EINPROGRESS) {
        *done = 0;
    } else {
        err = last_error();
        close(fd);
        return err;
    }
    *out = fd;
    return 0;
}

/* see sock.h */
int nd_sock_accept(int fd, int *out) {
    int c;

    do
        c = accept4(fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
    while (c < 0 && errno == EINTR);
    if (c < 0)
        return last_error();
    if (c >= ND_POLLER_MAX_FD) {
        close(c);
        return ND_EMFILE;
    }
    *out = c;
    return 0;
}

/* see sock.h */
int nd_sock_error(int fd) {
    int e = 0;
    socklen_t len = sizeof(e);

    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &e, &len) != 0)
        return last_error();
    return e == 0 ? 0 : nd_err_from_errno(e);
}

/* see sock.h */
long nd_sock_send(int fd, const void *buf, size_t len) {
    ssize_t n;

    do
        n = send(fd, buf, len, MSG_NOSIGNAL);
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
int nd_sock_shutdown(int fd) {
    return shutdown(fd, SHUT_WR) == 0 ? 0 : last_error();
}

/* see sock.h */
int nd_sock_close(int fd) {
    return close(fd) == 0 ? 0 : last_error();
}
