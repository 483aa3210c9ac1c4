/*
 * stream.c - byte streams over fds (see stream.h): reading, the write
 * queue, half-close and closing, shared by every stream handle; and pipes,
 * the simplest of them.
 *
 * A stream watches its fd through an nd_io_t of its own, marked INTERNAL
 * and unref'd like the loop's signal-pipe watcher: liveness and nd_close()
 * belong to the stream's handle, the watcher only reports readiness.  Its
 * interest follows the stream's state (update()): IN while reading, OUT
 * while a write or a shutdown waits; with no interest it is stopped.
 *
 * Invariants:
 *   - write_queue holds the requests not completely written, oldest first;
 *     only the head may be partly written.  write_queue_size is the sum of
 *     what is left in them.
 *   - A request calls back from the io callback (poll phase) or from the
 *     close callback (ND_ECANCELED), never from the call that queued it.
 *   - Every call into the caller (alloc, read, write and shutdown
 *     callbacks) may stop or close the stream: the code reads the flags
 *     again after each one before going on.
 *
 * Closing.  nd_close() calls nd__stream_close(), which stops and unlinks
 * the watcher and closes the fd (unless borrowed) at once.  The pending
 * requests are cancelled in the close phase: nd__stream_close() puts
 * finish_close() in the handle's close-callback slot and keeps the
 * caller's callback, which finish_close() calls last.
 *
 * Threading: loop thread only.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include "internal.h"
#include "stream.h"

/* nd_stream_t.sflags */
enum {
    ND__STREAM_OPEN = 1u << 0,     /* fd is set and the watcher made */
    ND__STREAM_READING = 1u << 1,  /* between read_start and read_stop */
    ND__STREAM_SHUTTING = 1u << 2, /* shutdown asked: no more writes */
    ND__STREAM_SHUT = 1u << 3,     /* shutdown done */
    ND__STREAM_BORROWED = 1u << 4, /* fd 0, 1 or 2: never closed */
    ND__STREAM_BLOCKING = 1u << 5, /* writes finish before returning */
    ND__STREAM_ONE_READ = 1u << 6, /* one read per readiness event */
    ND__STREAM_SOCKET = 1u << 7,   /* shutdown(2) applies */
    ND__STREAM_KEEP_FD = 1u << 8   /* closing leaves the fd open */
};

#ifndef MSG_NOSIGNAL
#define MSG_NOSIGNAL 0 /* macOS: sockets have SO_NOSIGPIPE (sock_posix.c) */
#endif

/* What the loop offers alloc_cb; reads per event on a non-blocking fd. */
#define ND__READ_SIZE   65536
#define ND__READ_ROUNDS 32
/* iovecs per writev(2) call. */
#define ND__IOV_BATCH 64

static nd_stream_t *stream_of(nd_io_t *w) {
    return (nd_stream_t *)((char *)w - offsetof(nd_stream_t, io));
}

static int usable(const nd_stream_t *s) {
    return (s->sflags & ND__STREAM_OPEN) && !nd_is_closing(&s->h);
}

static void on_io(nd_io_t *w, unsigned events);

/* Make the watcher's interest and the handle's activity match the state.
 * Fails only when the watcher cannot be started (another watcher owns
 * the fd: ND_EEXIST). */
static int update(nd_stream_t *s) {
    unsigned want = 0;
    int err = 0;

    if (s->sflags & ND__STREAM_READING)
        want |= ND_POLL_IN;
    if (!nd_queue_empty(&s->write_queue) || s->shutdown_req != NULL)
        want |= ND_POLL_OUT;
    if (s->connection_cb != NULL)
        want = ND_POLL_IN;
    if (s->connect_req != NULL)
        want = s->connect_req->immediate ? 0 : ND_POLL_OUT;
    if (!usable(s))
        want = 0;
    if (want == 0)
        nd_io_stop(&s->io);
    else if (want != s->io.events || !nd_is_active(&s->io.h))
        err = nd_io_start(&s->io, on_io, want);
    if ((want != 0 && err == 0) ||
        (s->connect_req != NULL && s->connect_req->immediate))
        nd__handle_start(&s->h);
    else
        nd__handle_stop(&s->h);
    return err;
}

/* see internal.h */
int nd__stream_update(nd_stream_t *s) {
    return update(s);
}

/* ---- opening and closing ------------------------------------------------ */

/* see internal.h */
void nd__stream_init(nd_loop_t *loop, nd_stream_t *s, nd_handle_type type) {
    memset(s, 0, sizeof(*s));
    nd__handle_init(loop, &s->h, type);
    s->fd = -1;
    s->accepted_fd = -1;
    s->spare_fd = -1;
    nd_queue_init(&s->write_queue);
}

/* see internal.h */
int nd__stream_open(nd_stream_t *s, int fd, int keep_fd) {
    struct stat st;
    unsigned sflags = ND__STREAM_OPEN | (keep_fd ? ND__STREAM_KEEP_FD : 0);
    int flags;

    if (nd_is_closing(&s->h))
        return ND_EINVAL;
    if (s->sflags & ND__STREAM_OPEN)
        return ND_EBUSY;
    if (fd < 0)
        return ND_EBADF;
    if (fd >= ND_POLLER_MAX_FD)
        return ND_ERANGE;
    if (fstat(fd, &st) != 0)
        return nd_err_from_errno(errno);
    if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))
        return ND_EINVAL;
    flags = fcntl(fd, F_GETFL);
    if (flags < 0)
        return nd_err_from_errno(errno);
    if (fd <= STDERR_FILENO) {
        /* Shared with other processes: leave its flags alone. */
        sflags |=
            ND__STREAM_BORROWED | ND__STREAM_BLOCKING | ND__STREAM_ONE_READ |
            ND__STREAM_KEEP_FD;
    } else if (!(flags & O_NONBLOCK) &&
               fcntl(fd, F_SETFL, flags | O_NONBLOCK) != 0) {
        return nd_err_from_errno(errno);
    }
    if (S_ISSOCK(st.st_mode))
        sflags |= ND__STREAM_SOCKET;
    nd_io_init(s->h.loop, &s->io, fd); /* cannot fail: fd checked */
    s->io.h.flags |= ND__HANDLE_INTERNAL;
    nd_unref(&s->io.h);
    s->fd = fd;
    s->sflags = sflags;
    return 0;
}

static void finish_write(nd_write_t *req, int status) {
    if (req->bufs != req->inline_bufs)
        free(req->bufs);
    req->bufs = NULL;
    nd_loop_req_done(req->stream->h.loop);
    req->cb(req, status);
}

/* The close phase: cancel what is pending, then the caller's callback. */
static void finish_close(nd_handle_t *h) {
    nd_stream_t *s = (nd_stream_t *)h;
    nd_shutdown_t *sreq = s->shutdown_req;

    nd__socket_cancel(s);
    s->write_queue_size = 0;
    while (!nd_queue_empty(&s->write_queue)) {
        nd_queue_t *q = nd_queue_head(&s->write_queue);

        nd_queue_remove(q);
        finish_write(ND_QUEUE_DATA(q, nd_write_t, queue), ND_ECANCELED);
    }
    if (sreq != NULL) {
        s->shutdown_req = NULL;
        nd_loop_req_done(h->loop);
        sreq->cb(sreq, ND_ECANCELED);
    }
    if (s->close_cb != NULL)
        s->close_cb(h);
}

/* see internal.h */
void nd__stream_close(nd_stream_t *s) {
    nd__socket_close(s);
    if (s->sflags & ND__STREAM_OPEN) {
        /* Unwatch before closing the fd, as the poller wants. */
        nd_io_stop(&s->io);
        nd_queue_remove(&s->io.h.handle_queue);
        s->io.h.flags |= ND__HANDLE_CLOSED;
        if (!(s->sflags & ND__STREAM_KEEP_FD))
            close(s->fd); /* no retry on EINTR: the fd is gone either way */
    }
    s->fd = -1;
    s->sflags &= ~(ND__STREAM_OPEN | ND__STREAM_READING);
    nd__handle_stop(&s->h);
    /* nd_close() stored the caller's callback just before calling us. */
    s->close_cb = s->h.close_cb;
    s->h.close_cb = finish_close;
}

/* ---- reading ------------------------------------------------------------ */

/* see stream.h */
int nd_stream_read_start(nd_stream_t *s, nd_alloc_cb alloc_cb,
                         nd_read_cb read_cb) {
    int err;

    if (!usable(s) || alloc_cb == NULL || read_cb == NULL)
        return ND_EINVAL;
    s->alloc_cb = alloc_cb;
    s->read_cb = read_cb;
    if (s->sflags & ND__STREAM_READING)
        return 0;
    s->sflags |= ND__STREAM_READING;
    err = update(s);
    if (err < 0) {
        s->sflags &= ~ND__STREAM_READING;
        update(s);
    }
    return err;
}

/* see stream.h */
int nd_stream_read_stop(nd_stream_t *s) {
    if (!(s->sflags & ND__STREAM_READING))
        return 0;
    s->sflags &= ~ND__STREAM_READING;
    update(s);
    return 0;
}

/* see stream.h */
int nd_stream_is_reading(const nd_stream_t *s) {
    return (s->sflags & ND__STREAM_READING) != 0;
}

/* The fd is readable (or hung up): read while the caller keeps reading,
 * the reads fill their buffers and the fd allows more than one. */
static void read_some(nd_stream_t *s) {
    int rounds = (s->sflags & ND__STREAM_ONE_READ) ? 1 : ND__READ_ROUNDS;

    while (rounds-- > 0 && (s->sflags & ND__STREAM_READING) && usable(s)) {
        nd_buf_t buf = {NULL, 0};
        size_t len;
        ssize_t n;
        int err;

        s->alloc_cb(s, ND__READ_SIZE, &buf);
        if (!(s->sflags & ND__STREAM_READING) || !usable(s))
            return; /* alloc_cb stopped or closed us */
        if (buf.base == NULL || buf.len == 0) {
            s->read_cb(s, ND_ENOBUFS, &buf);
            return;
        }
        len = buf.len > INT_MAX ? INT_MAX : buf.len;
        do
            n = read(s->fd, buf.base, len);
        while (n < 0 && errno == EINTR);
        if (n > 0) {
            s->read_cb(s, (int)n, &buf);
            if ((size_t)n < len)
                return; /* drained, most likely */
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            s->read_cb(s, 0, &buf);
            return;
        }
        err = n == 0 ? ND_EOF : nd_err_from_errno(errno);
        nd_stream_read_stop(s);
        s->read_cb(s, err, &buf);
        return;
    }
}

/* ---- writing ------------------------------------------------------------ */

/* A position in an array of buffers: bufs[i] from byte off. */
typedef struct {
    const nd_buf_t *bufs;
    unsigned n, i;
    size_t off;
} cursor_t;

static void advance(cursor_t *c, size_t done) {
    while (c->i < c->n && done >= c->bufs[c->i].len - c->off) {
        done -= c->bufs[c->i].len - c->off;
        c->i++;
        c->off = 0;
    }
    c->off += done;
}

/* Wait until fd is writable, for blocking writes. */
static int wait_writable(int fd) {
    struct pollfd pfd;

    pfd.fd = fd;
    pfd.events = POLLOUT;
    pfd.revents = 0;
    if (poll(&pfd, 1, -1) < 0 && errno != EINTR)
        return nd_err_from_errno(errno);
    return 0;
}

/* One writev(2) of what the cursor has left, moving it on.  Returns 0
 * (and *n > 0 bytes, or everything was empty), ND_EAGAIN when the fd is
 * full (never in blocking mode: it waits instead), or an error. */
static int write_some(nd_stream_t *s, cursor_t *c, size_t *n) {
    struct iovec iov[ND__IOV_BATCH];
    int count = 0;
    unsigned i;
    ssize_t rc;

    *n = 0;
    for (i = c->i; i < c->n && count < ND__IOV_BATCH; i++) {
        size_t skip = i == c->i ? c->off : 0;

        if (c->bufs[i].len == skip)
            continue;
        iov[count].iov_base = c->bufs[i].base + skip;
        iov[count].iov_len = c->bufs[i].len - skip;
        count++;
    }
    if (count == 0) {
        c->i = c->n;
        return 0;
    }
    for (;;) {
        if (s->sflags & ND__STREAM_SOCKET) {
            struct msghdr msg;

            memset(&msg, 0, sizeof(msg));
            msg.msg_iov = iov;
            msg.msg_iovlen = (size_t)count;
            rc = sendmsg(s->fd, &msg, MSG_NOSIGNAL);
        } else {
            rc = writev(s->fd, iov, count);
        }
        if (rc >= 0)
            break;
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN && errno != EWOULDBLOCK)
            return nd_err_from_errno(errno); /* EPIPE: the reader left */
        if (!(s->sflags & ND__STREAM_BLOCKING))
            return ND_EAGAIN;
        rc = wait_writable(s->fd);
        if (rc < 0)
            return (int)rc;
    }
    if (rc == 0)
        return ND_EIO; /* no progress and no error: never spin */
    *n = (size_t)rc;
    advance(c, *n);
    return 0;
}

/* see stream.h */
int nd_stream_try_write(nd_stream_t *s, const nd_buf_t *bufs, unsigned nbufs,
                        size_t *written) {
    cursor_t c = {bufs, nbufs, 0, 0};

    *written = 0;
    if (!usable(s))
        return ND_EBADF;
    if (s->sflags & ND__STREAM_SHUTTING)
        return ND_EPIPE;
    if (!nd_queue_empty(&s->write_queue))
        return ND_EAGAIN;
    if (bufs == NULL && nbufs > 0)
        return ND_EINVAL;
    while (c.i < c.n) {
        size_t n;
        int err = write_some(s, &c, &n);

        *written += n;
        if (err == ND_EAGAIN)
            return 0;
        if (err < 0)
            return err;
    }
    return 0;
}

/* see stream.h */
int nd_stream_write(nd_write_t *req, nd_stream_t *s, const nd_buf_t *bufs,
                    unsigned nbufs, nd_write_cb cb) {
    size_t total = 0;
    unsigned i;
    int err;

    if (!usable(s))
        return ND_EBADF;
    if (s->sflags & ND__STREAM_SHUTTING)
        return ND_EPIPE;
    if (bufs == NULL || nbufs == 0 || cb == NULL)
        return ND_EINVAL;
    req->bufs = req->inline_bufs;
    if (nbufs > ND_WRITE_INLINE_BUFS) {
        req->bufs = malloc(nbufs * sizeof(*bufs));
        if (req->bufs == NULL)
            return ND_ENOMEM;
    }
    memcpy(req->bufs, bufs, nbufs * sizeof(*bufs));
    for (i = 0; i < nbufs; i++)
        total += bufs[i].len;
    req->stream = s;
    req->cb = cb;
    req->nbufs = nbufs;
    req->index = 0;
    req->offset = 0;
    nd_queue_insert_tail(&s->write_queue, &req->queue);
    s->write_queue_size += total;
    err = update(s);
    if (err < 0) {
        nd_queue_remove(&req->queue);
        s->write_queue_size -= total;
        if (req->bufs != req->inline_bufs)
            free(req->bufs);
        update(s);
        return err;
    }
    nd_loop_req_start(s->h.loop);
    return 0;
}

/* Bytes a request has not written yet. */
static size_t left_of(const nd_write_t *req) {
    size_t left = 0;
    unsigned i;

    for (i = req->index; i < req->nbufs; i++)
        left += req->bufs[i].len;
    return left - req->offset;
}

/* Write the head request as far as the fd allows: 0 when all of it is
 * written, ND_EAGAIN when the fd is full, or an error. */
static int write_head(nd_stream_t *s, nd_write_t *req) {
    cursor_t c = {req->bufs, req->nbufs, req->index, req->offset};
    int err = 0;

    while (c.i < c.n && err == 0) {
        size_t n;

        err = write_some(s, &c, &n);
        s->write_queue_size -= n;
    }
    req->index = c.i;
    req->offset = c.off;
    return err;
}

static void do_shutdown(nd_stream_t *s) {
    nd_shutdown_t *req = s->shutdown_req;
    int err = 0;

    if ((s->sflags & ND__STREAM_SOCKET) && shutdown(s->fd, SHUT_WR) != 0)
        err = nd_err_from_errno(errno);
    s->shutdown_req = NULL;
    s->sflags |= ND__STREAM_SHUT;
    nd_loop_req_done(s->h.loop);
    update(s);
    req->cb(req, err);
}

/* The fd is writable (or failed): write the queue in order, then do a
 * pending shutdown once it is empty. */
static void flush(nd_stream_t *s) {
    while (!nd_queue_empty(&s->write_queue)) {
        nd_queue_t *q = nd_queue_head(&s->write_queue);
        nd_write_t *req = ND_QUEUE_DATA(q, nd_write_t, queue);
        int err = write_head(s, req);

        if (err == ND_EAGAIN)
            return;
        nd_queue_remove(q);
        s->write_queue_size -= left_of(req);
        update(s);
        finish_write(req, err);
        if (!usable(s))
            return;
    }
    if (s->shutdown_req != NULL)
        do_shutdown(s);
}

/* see stream.h */
int nd_stream_shutdown(nd_shutdown_t *req, nd_stream_t *s, nd_shutdown_cb cb) {
    int err;

    if (!usable(s) || (s->sflags & ND__STREAM_SHUTTING))
        return ND_ENOTCONN;
    if (cb == NULL)
        return ND_EINVAL;
    req->stream = s;
    req->cb = cb;
    s->shutdown_req = req;
    s->sflags |= ND__STREAM_SHUTTING;
    err = update(s);
    if (err < 0) {
        s->shutdown_req = NULL;
        s->sflags &= ~ND__STREAM_SHUTTING;
        update(s);
        return err;
    }
    nd_loop_req_start(s->h.loop);
    return 0;
}

/* see stream.h */
int nd_stream_set_blocking(nd_stream_t *s, int on) {
    if (!usable(s))
        return ND_EBADF;
    if (on) {
        s->sflags |= ND__STREAM_BLOCKING;
    } else {
        if (s->sflags & ND__STREAM_BORROWED)
            return ND_ENOTSUP;
        s->sflags &= ~ND__STREAM_BLOCKING;
    }
    return 0;
}

/* see stream.h */
int nd_stream_is_blocking(const nd_stream_t *s) {
    return (s->sflags & ND__STREAM_BLOCKING) != 0;
}

/* ---- readiness ---------------------------------------------------------- */

static void on_io(nd_io_t *w, unsigned events) {
    nd_stream_t *s = stream_of(w);
    unsigned failed = ND_POLL_HUP | ND_POLL_ERR;

    if (s->connection_cb != NULL) {
        nd__socket_on_listen(s);
        return;
    }
    if (s->connect_req != NULL) {
        if (events & (ND_POLL_OUT | failed))
            nd__socket_on_connect(s);
        return;
    }

    if ((s->sflags & ND__STREAM_READING) && (events & (ND_POLL_IN | failed)))
        read_some(s);
    if (usable(s) && (events & (ND_POLL_OUT | failed)) &&
        (!nd_queue_empty(&s->write_queue) || s->shutdown_req != NULL))
        flush(s);
    if (usable(s))
        update(s);
}

/* ---- what an fd is ------------------------------------------------------ */

/* see stream.h */
nd_fd_kind nd_guess_handle(int fd) {
    struct sockaddr_storage ss;
    socklen_t len = sizeof(ss);
    struct stat st;
    int type;

    if (fd < 0 || fstat(fd, &st) != 0)
        return ND_FD_UNKNOWN;
    if (isatty(fd))
        return ND_FD_TTY;
    if (S_ISREG(st.st_mode) || S_ISCHR(st.st_mode))
        return ND_FD_FILE;
    if (S_ISFIFO(st.st_mode))
        return ND_FD_PIPE;
    if (!S_ISSOCK(st.st_mode))
        return ND_FD_UNKNOWN;
    if (getsockname(fd, (struct sockaddr *)&ss, &len) != 0)
        return ND_FD_UNKNOWN;
    len = sizeof(type);
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0)
        return ND_FD_UNKNOWN;
    if (ss.ss_family == AF_UNIX && type == SOCK_STREAM)
        return ND_FD_PIPE;
    if (ss.ss_family == AF_INET || ss.ss_family == AF_INET6)
        return type == SOCK_STREAM  ? ND_FD_TCP
               : type == SOCK_DGRAM ? ND_FD_UDP
                                    : ND_FD_UNKNOWN;
    return ND_FD_UNKNOWN;
}

/* ---- pipes -------------------------------------------------------------- */

/* see stream.h */
int nd_pipe_init(nd_loop_t *loop, nd_pipe_t *p) {
    nd__stream_init(loop, &p->stream, ND_PIPE);
    p->bound_path = NULL;
    return 0;
}

/* see stream.h */
int nd_pipe_open(nd_pipe_t *p, int fd) {
    return nd__stream_open(&p->stream, fd, 0);
}
