/*
 * socket.c - what tcp sockets and unix-domain sockets (pipes) share beyond
 * being streams (stream.h): making the socket, listening and accepting
 * (with the spare-descriptor rule for EMFILE), the connect request; and the
 * unix-domain half of pipes, nd_pipe_bind() and nd_pipe_connect().
 *
 * A stream is in at most one of three socket states, read by stream.c's
 * update() and on_io(): listening (connection_cb set: the watcher waits
 * for IN and on_io() calls nd__socket_on_listen()), connecting
 * (connect_req set: the watcher waits for OUT, or nothing when the result
 * is already known and waits in the pending phase), or neither, when the
 * stream reads and writes as any other.
 *
 * A connect's result can be known inside connect(2) itself: a unix-domain
 * socket connects (or is refused) at once, and so may a tcp socket on
 * loopback.  The request then records the status and completes in the
 * next pending phase, so the callback never runs inside the call.
 *
 * Threading: loop thread only.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "internal.h"
#include "stream.h"

/* Connections accepted per readiness event, so one busy server cannot
 * hold the loop: the rest wait for the next poll phase. */
#define ND__ACCEPT_ROUNDS 64

static int usable(const nd_stream_t *s) {
    return s->fd >= 0 && !nd_is_closing(&s->h);
}

/* Sockets are made close-on-exec and non-blocking in the call that makes
 * them.  Where the OS lacks SOCK_CLOEXEC and accept4() (macOS) that is an
 * fcntl() after the call (nd__stream_open() makes the fd non-blocking),
 * and MSG_NOSIGNAL (stream.c) becomes SO_NOSIGPIPE on each socket.  The
 * shedding accept in shed_connections() closes at once: any flags do. */
static int cloexec(int fd) {
#if defined(SOCK_CLOEXEC)
    (void)fd;
    return 0;
#else
    return fcntl(fd, F_SETFD, FD_CLOEXEC);
#endif
}

static void no_sigpipe(int fd) {
#if defined(SO_NOSIGPIPE)
    int on = 1;

    setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof(on));
#else
    (void)fd;
#endif
}

static int new_socket(int domain) {
#if defined(SOCK_CLOEXEC) && defined(SOCK_NONBLOCK)
    return socket(domain, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
#else
    return socket(domain, SOCK_STREAM, 0);
#endif
}

static int accept_one(int fd) {
#if defined(SOCK_CLOEXEC) && defined(SOCK_NONBLOCK) && !defined(__APPLE__)
    return accept4(fd, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
#else
    return accept(fd, NULL, NULL);
#endif
}

static int open_spare(void) {
    return open("/dev/null", O_RDONLY | O_CLOEXEC);
}

/* see internal.h */
int nd__socket_open(nd_stream_t *s, int domain) {
    int fd, err;

    if (nd_is_closing(&s->h))
        return ND_EINVAL;
    if (s->fd >= 0)
        return 0;
    fd = new_socket(domain);
    if (fd < 0)
        return nd_err_from_errno(errno);
    if (cloexec(fd) != 0) {
        err = nd_err_from_errno(errno);
        close(fd);
        return err;
    }
    no_sigpipe(fd);
    err = nd__stream_open(s, fd, 0);
    if (err < 0)
        close(fd);
    return err;
}

/* ---- listening ---------------------------------------------------------- */

/* see stream.h */
int nd_stream_listen(nd_stream_t *s, int backlog, nd_connection_cb cb) {
    int err;

    if (!usable(s) || cb == NULL || s->connect_req != NULL)
        return ND_EINVAL;
    if (s->connection_cb != NULL) {
        s->connection_cb = cb; /* listening already: Node allows it */
        return 0;
    }
    if (listen(s->fd, backlog) != 0)
        return nd_err_from_errno(errno);
    s->spare_fd = open_spare();
    s->connection_cb = cb;
    err = nd__stream_update(s);
    if (err < 0) {
        s->connection_cb = NULL;
        if (s->spare_fd >= 0)
            close(s->spare_fd);
        s->spare_fd = -1;
    }
    return err;
}

/* see stream.h */
int nd_stream_accept(nd_stream_t *server, nd_stream_t *client) {
    int fd = server->accepted_fd, err;

    if (fd < 0)
        return ND_EAGAIN;
    server->accepted_fd = -1;
    err = nd__stream_open(client, fd, 0);
    if (err < 0)
        close(fd);
    return err;
}

/* Out of descriptors: give back the spare one, accept and close what
 * waits, then reserve the spare again.  Returns 0 when the backlog was
 * emptied, or the error to report (no spare to give). */
static int shed_connections(nd_stream_t *s, int err) {
    int fd;

    if (s->spare_fd < 0)
        return err;
    close(s->spare_fd);
    s->spare_fd = -1;
    for (;;) {
        fd = accept_one(s->fd);
        if (fd >= 0) {
            close(fd);
            continue;
        }
        if (errno != EINTR && errno != ECONNABORTED)
            break;
    }
    s->spare_fd = open_spare();
    return 0;
}

/* see internal.h */
void nd__socket_on_listen(nd_stream_t *s) {
    int rounds;

    for (rounds = 0; rounds < ND__ACCEPT_ROUNDS; rounds++) {
        int fd, err;

        if (!usable(s) || s->connection_cb == NULL)
            return;
        fd = accept_one(s->fd);
        if (fd < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return;
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            err = nd_err_from_errno(errno);
            if (errno == EMFILE || errno == ENFILE)
                err = shed_connections(s, err);
            if (err == 0)
                return;
            s->connection_cb(s, err);
            continue;
        }
        cloexec(fd);
        no_sigpipe(fd);
        s->accepted_fd = fd;
        s->connection_cb(s, 0);
        if (s->accepted_fd >= 0) { /* not taken */
            close(s->accepted_fd);
            s->accepted_fd = -1;
        }
    }
}

/* see internal.h */
void nd__socket_close(nd_stream_t *s) {
    s->connection_cb = NULL;
    if (s->spare_fd >= 0)
        close(s->spare_fd);
    s->spare_fd = -1;
    if (s->h.type == ND_PIPE) {
        nd_pipe_t *p = (nd_pipe_t *)s;

        if (p->bound_path != NULL) {
            unlink(p->bound_path);
            free(p->bound_path);
            p->bound_path = NULL;
        }
    }
}

/* ---- connecting --------------------------------------------------------- */

static void finish_connect(nd_stream_t *s, int status) {
    nd_connect_t *req = s->connect_req;

    s->connect_req = NULL;
    nd_loop_req_done(s->h.loop);
    nd__stream_update(s);
    req->cb(req, status);
}

static void connect_pending(nd__pending_t *p) {
    nd_connect_t *req =
        (nd_connect_t *)((char *)p - offsetof(nd_connect_t, pending));

    finish_connect(req->stream, req->status);
}

/* see internal.h */
int nd__socket_connect(nd_connect_t *req, nd_stream_t *s, const void *addr,
                       unsigned len, nd_connect_cb cb) {
    int rc;

    if (!usable(s) || cb == NULL)
        return ND_EINVAL;
    if (s->connect_req != NULL)
        return ND_EALREADY;
    if (s->connection_cb != NULL)
        return ND_EISCONN;
    do
        rc = connect(s->fd, (const struct sockaddr *)addr, (socklen_t)len);
    while (rc != 0 && errno == EINTR);
    req->stream = s;
    req->cb = cb;
    req->status = 0;
    req->immediate = 0;
    if (rc != 0 && errno != EINPROGRESS) {
        req->status = nd_err_from_errno(errno);
        req->immediate = 1;
    } else if (rc == 0) {
        req->immediate = 1;
    }
    s->connect_req = req;
    nd_loop_req_start(s->h.loop);
    if (req->immediate) {
        req->pending.cb = connect_pending;
        nd__pending_push(s->h.loop, &req->pending);
    }
    rc = nd__stream_update(s);
    if (rc < 0) {
        if (req->immediate)
            nd__pending_cancel(&req->pending);
        s->connect_req = NULL;
        nd_loop_req_done(s->h.loop);
        nd__stream_update(s);
    }
    return rc;
}

/* see internal.h */
void nd__socket_on_connect(nd_stream_t *s) {
    int err = 0;
    socklen_t len = sizeof(err);

    if (s->connect_req->immediate)
        return; /* the pending phase reports it */
    if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
        err = errno;
    if (err == EINPROGRESS)
        return; /* woken early */
    finish_connect(s, err == 0 ? 0 : nd_err_from_errno(err));
}

/* see internal.h */
void nd__socket_cancel(nd_stream_t *s) {
    nd_connect_t *req = s->connect_req;

    if (req == NULL)
        return;
    if (req->immediate)
        nd__pending_cancel(&req->pending);
    s->connect_req = NULL;
    nd_loop_req_done(s->h.loop);
    req->cb(req, ND_ECANCELED);
}

/* ---- unix-domain sockets ------------------------------------------------ */

static int unix_address(struct sockaddr_un *sun, const char *path) {
    size_t n = strlen(path);

    memset(sun, 0, sizeof(*sun));
    sun->sun_family = AF_UNIX;
    if (n == 0)
        return ND_ENOENT;
    if (n >= sizeof(sun->sun_path))
        return ND_ENAMETOOLONG;
    memcpy(sun->sun_path, path, n + 1);
    return 0;
}

/* see stream.h */
int nd_pipe_bind(nd_pipe_t *p, const char *path) {
    struct sockaddr_un sun;
    char *copy;
    int err;

    if (p->stream.fd >= 0)
        return ND_EINVAL;
    err = unix_address(&sun, path);
    if (err < 0)
        return err;
    copy = strdup(path);
    if (copy == NULL)
        return ND_ENOMEM;
    err = nd__socket_open(&p->stream, AF_UNIX);
    if (err == 0 &&
        bind(p->stream.fd, (struct sockaddr *)&sun, sizeof(sun)) != 0)
        err = nd_err_from_errno(errno);
    if (err < 0) {
        free(copy);
        return err;
    }
    p->bound_path = copy;
    return 0;
}

/* see stream.h */
int nd_pipe_connect(nd_connect_t *req, nd_pipe_t *p, const char *path,
                    nd_connect_cb cb) {
    struct sockaddr_un sun;
    int err;

    if (p->stream.fd >= 0)
        return ND_EISCONN;
    err = unix_address(&sun, path);
    if (err == 0)
        err = nd__socket_open(&p->stream, AF_UNIX);
    if (err == 0)
        err = nd__socket_connect(req, &p->stream, &sun, sizeof(sun), cb);
    return err;
}
