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
 * Every socket call goes through the shim (sock.h).
 *
 * Threading: loop thread only.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "sock.h"
#include "stream.h"

/* Connections accepted per readiness event, so one busy server cannot
 * hold the loop: the rest wait for the next poll phase. */
#define ND__ACCEPT_ROUNDS 64

static int usable(const nd_stream_t *s) {
    return s->fd >= 0 && !nd_is_closing(&s->h);
}

/* see internal.h */
int nd__socket_open(nd_stream_t *s, int family) {
    int fd, err;

    if (nd_is_closing(&s->h))
        return ND_EINVAL;
    if (s->fd >= 0)
        return 0;
    err = nd_sock_open(family, ND_SOCK_STREAM, &fd);
    if (err < 0)
        return err;
    err = nd__stream_open(s, fd, 0);
    if (err < 0)
        nd_sock_close(fd);
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
    err = nd_sock_listen(s->fd, backlog);
    if (err < 0)
        return err;
    s->spare_fd = nd_sock_spare_open();
    s->connection_cb = cb;
    err = nd__stream_update(s);
    if (err < 0) {
        s->connection_cb = NULL;
        nd_sock_spare_close(s->spare_fd);
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
        nd_sock_close(fd);
    return err;
}

/* Out of descriptors: give back the spare one, accept and close what
 * waits, then reserve the spare again.  Returns 0 when the backlog was
 * emptied, or the error to report (no spare to give). */
static int shed_connections(nd_stream_t *s, int err) {
    int fd, rc;

    if (s->spare_fd < 0)
        return err;
    nd_sock_spare_close(s->spare_fd);
    s->spare_fd = -1;
    do {
        rc = nd_sock_accept(s->fd, &fd);
        if (rc == 0)
            nd_sock_close(fd);
    } while (rc == 0 || rc == ND_ECONNABORTED);
    s->spare_fd = nd_sock_spare_open();
    return 0;
}

/* see internal.h */
void nd__socket_on_listen(nd_stream_t *s) {
    int rounds;

    for (rounds = 0; rounds < ND__ACCEPT_ROUNDS; rounds++) {
        int fd, err;

        if (!usable(s) || s->connection_cb == NULL)
            return;
        err = nd_sock_accept(s->fd, &fd);
        if (err == ND_EAGAIN)
            return;
        if (err == ND_ECONNABORTED)
            continue;
        if (err == ND_EMFILE || err == ND_ENFILE) {
            err = shed_connections(s, err);
            if (err == 0)
                return;
        }
        if (err < 0) {
            s->connection_cb(s, err);
            continue;
        }
        s->accepted_fd = fd;
        s->connection_cb(s, 0);
        if (s->accepted_fd >= 0) { /* not taken */
            nd_sock_close(s->accepted_fd);
            s->accepted_fd = -1;
        }
    }
}

/* see internal.h */
void nd__socket_close(nd_stream_t *s) {
    s->connection_cb = NULL;
    nd_sock_spare_close(s->spare_fd);
    s->spare_fd = -1;
    if (s->h.type == ND_PIPE) {
        nd_pipe_t *p = (nd_pipe_t *)s;

        if (p->bound_path != NULL) {
            nd_sock_unlink_path(p->bound_path);
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
int nd__socket_connect(nd_connect_t *req, nd_stream_t *s,
                       const nd_sockaddr_t *addr, const char *path,
                       nd_connect_cb cb) {
    int rc, done = 0;

    if (!usable(s) || cb == NULL)
        return ND_EINVAL;
    if (s->connect_req != NULL)
        return ND_EALREADY;
    if (s->connection_cb != NULL)
        return ND_EISCONN;
    rc = addr != NULL ? nd_sock_connect(s->fd, addr, &done)
                      : nd_sock_connect_path(s->fd, path, &done);
    req->stream = s;
    req->cb = cb;
    req->status = rc;
    req->immediate = rc < 0 || done;
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
    int err;

    if (s->connect_req->immediate)
        return; /* the pending phase reports it */
    err = nd_sock_error(s->fd);
    if (err == ND_EAGAIN)
        return; /* woken early */
    finish_connect(s, err);
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

/* see stream.h */
int nd_pipe_bind(nd_pipe_t *p, const char *path) {
    char *copy;
    int err;

    if (p->stream.fd >= 0)
        return ND_EINVAL;
    err = nd_sock_check_path(path);
    if (err < 0)
        return err;
    copy = strdup(path);
    if (copy == NULL)
        return ND_ENOMEM;
    err = nd__socket_open(&p->stream, ND_SOCK_UNIX);
    if (err == 0)
        err = nd_sock_bind_path(p->stream.fd, path);
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
    int err;

    if (p->stream.fd >= 0)
        return ND_EISCONN;
    err = nd_sock_check_path(path);
    if (err == 0)
        err = nd__socket_open(&p->stream, ND_SOCK_UNIX);
    if (err == 0)
        err = nd__socket_connect(req, &p->stream, NULL, path, cb);
    return err;
}
