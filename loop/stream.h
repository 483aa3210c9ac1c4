/*
 * stream.h - byte streams over file descriptors: pipes (and unix-domain
 * sockets), terminals and tcp sockets (tcp.h).  The JS layer builds its
 * Readable/Writable streams (process.stdin/stdout, tty, net) on these.
 *
 * An nd_stream_t is the part every stream handle shares; the concrete
 * handles embed one as their first member (nd_pipe_t below, nd_tty_t in
 * tty.h), and every function here takes the stream part:
 *
 *     nd_pipe_t p;
 *     nd_pipe_init(loop, &p);
 *     nd_pipe_open(&p, fd);
 *     nd_stream_read_start(&p.stream, alloc_cb, read_cb);
 *     ...
 *     nd_close(&p.stream.h, close_cb);
 *
 * Reading.  While reading, the loop asks alloc_cb for a buffer each time
 * the fd is readable, reads into it and hands the result to read_cb:
 * nread > 0 bytes; 0 (nothing to read after all: only release the
 * buffer); ND_EOF at the end (the peer closed its side); another negative
 * code for an error, or ND_ENOBUFS when alloc_cb gave no buffer.  After
 * ND_EOF or an error the stream has stopped reading.
 *
 * Writing.  nd_stream_try_write() writes what the fd takes now, without
 * waiting.  nd_stream_write() queues a request that is written, in order,
 * when the fd is writable; its callback runs once, in a poll phase, with 0
 * or an error (ND_EPIPE when the reader went away), and never inside the
 * call that queued it.  `write_queue_size` is the number of bytes queued
 * and not yet written: the JS layer's backpressure reads it.  The data
 * must stay valid until the callback; the array of buffers is copied.
 *
 * Blocking writes (nd_stream_set_blocking) make both calls finish the
 * whole write before returning (waiting for the fd in poll(2) when it is
 * full), as Node's stdout and stderr do: output written before exit is
 * never lost, even to a slow reader.  Queued requests still call back in
 * the poll phase.
 *
 * Half-close.  nd_stream_shutdown() ends the writing side once the queue
 * has drained: on a socket (tcp, or a unix-domain socket) it is
 * shutdown(SHUT_WR), and the peer reads end of file while this side can
 * still read.  Pipes and terminals have no half-close: the shutdown
 * completes without effect, and a pipe's reader sees end of file when the
 * handle is closed.  Writes to a socket never raise SIGPIPE (MSG_NOSIGNAL):
 * a peer that went away is ND_EPIPE or ND_ECONNRESET.
 *
 * Servers.  nd_stream_listen() makes a bound socket (tcp.h, or a pipe
 * bound with nd_pipe_bind()) listen; connection_cb(server, 0) then runs
 * once per accepted connection, and must call nd_stream_accept() to take
 * it into a fresh, unopened handle of the same kind; a connection the
 * callback does not take is closed when it returns.  connection_cb runs
 * with a negative code when accepting failed for another reason than the
 * descriptor limit.  At the limit (EMFILE, ENFILE) the server keeps one
 * spare descriptor, reserved when it started listening: it closes it,
 * accepts and at once closes the waiting connections (their clients see
 * the connection reset rather than hang), and reserves the spare again,
 * so the server keeps running and serves again once descriptors are free.
 *
 * Connecting.  nd_tcp_connect() and nd_pipe_connect() start a connect
 * request; its callback runs exactly once, never from inside the call: 0
 * when connected, a negative code (ND_ECONNREFUSED, ...) when not, or
 * ND_ECANCELED when the handle is closed first.  Reads and writes wait
 * until it has called back.
 *
 * Closing.  nd_close() on the handle stops everything at once; write and
 * shutdown requests still pending call back with ND_ECANCELED, just before
 * the close callback.  A pipe owns its fd and closes it, except the
 * standard streams (fds 0, 1 and 2), which are only borrowed; a terminal
 * never closes its fd (tty.h).
 *
 * Standard streams are shared with the parent process and its other
 * children, so their file status flags are never changed: the stream
 * reads them once per readiness event (a read then never waits, whatever
 * the fd's mode) and writes them blocking.  Any other fd is made
 * non-blocking when opened, and is read until it has nothing more.
 *
 * Liveness.  The handle is active while reading or while requests are
 * pending; ref/unref apply as to any handle.  Write and shutdown requests
 * also count as active requests, so pending output keeps the loop alive
 * even on an unref'd stream.
 *
 * Threading: loop thread only.  Errors are negative ND_E* codes.
 */
#ifndef ND_STREAM_H
#define ND_STREAM_H

#include <stddef.h>

#include "loop.h"

typedef struct nd_buf_s nd_buf_t;
typedef struct nd_stream_s nd_stream_t;
typedef struct nd_pipe_s nd_pipe_t;
typedef struct nd_write_s nd_write_t;
typedef struct nd_shutdown_s nd_shutdown_t;
typedef struct nd_connect_s nd_connect_t;

typedef void (*nd_alloc_cb)(nd_stream_t *s, size_t suggested, nd_buf_t *buf);
typedef void (*nd_read_cb)(nd_stream_t *s, int nread, const nd_buf_t *buf);
typedef void (*nd_write_cb)(nd_write_t *req, int status);
typedef void (*nd_shutdown_cb)(nd_shutdown_t *req, int status);
typedef void (*nd_connection_cb)(nd_stream_t *server, int status);
typedef void (*nd_connect_cb)(nd_connect_t *req, int status);

/* A piece of memory to read into or write from. */
struct nd_buf_s {
    char *base;
    size_t len;
};

/* Buffers a write request holds without allocating. */
#define ND_WRITE_INLINE_BUFS 4

struct nd_write_s {
    void *data; /* free for the caller */
    nd_stream_t *stream;
    nd_write_cb cb;
    /* private */
    nd_queue_t queue;
    nd_buf_t *bufs; /* a copy of the caller's array */
    unsigned nbufs;
    unsigned index; /* what is left: bufs[index] from offset, and on */
    size_t offset;
    nd_buf_t inline_bufs[ND_WRITE_INLINE_BUFS];
};

struct nd_shutdown_s {
    void *data; /* free for the caller */
    nd_stream_t *stream;
    nd_shutdown_cb cb;
};

struct nd_connect_s {
    void *data; /* free for the caller */
    nd_stream_t *stream;
    nd_connect_cb cb;
    /* private */
    int status;             /* an immediate result, for the pending phase */
    int immediate;          /* the result is known; pending is queued */
    struct nd__pending_s pending;
};

struct nd_stream_s {
    nd_handle_t h; /* type ND_PIPE or ND_TTY; h.data is the caller's */
    int fd;        /* -1 until opened, and after closing */
    size_t write_queue_size; /* bytes queued and not written yet */
    /* private */
    unsigned sflags; /* ND__STREAM_* in stream.c */
    nd_io_t io;      /* readiness of fd; internal to the loop */
    nd_alloc_cb alloc_cb;
    nd_read_cb read_cb;
    nd_queue_t write_queue;
    nd_shutdown_t *shutdown_req;
    nd_close_cb close_cb; /* the caller's, run after the cancellations */
    nd_connection_cb connection_cb; /* non-NULL while listening */
    nd_connect_t *connect_req;      /* while connecting */
    int accepted_fd; /* during connection_cb: the connection, or -1 */
    int spare_fd;    /* while listening: reserved for EMFILE, or -1 */
};

/* Start reading (ND_EINVAL if not open or closing; starting again just
 * replaces the callbacks). */
int nd_stream_read_start(nd_stream_t *s, nd_alloc_cb alloc_cb,
                         nd_read_cb read_cb);
/* Stop reading.  Idempotent. */
int nd_stream_read_stop(nd_stream_t *s);
int nd_stream_is_reading(const nd_stream_t *s);

/* Write as much of bufs[0 .. nbufs) as the fd accepts now (all of it in
 * blocking mode).  Returns 0 with *written = the bytes written, possibly
 * fewer than asked (0 when the fd is full), or a negative code with
 * *written = the bytes written before the error.  ND_EAGAIN when writes
 * are queued (they must go first); ND_EPIPE after a shutdown; ND_EBADF
 * when the stream is not open or is closing. */
int nd_stream_try_write(nd_stream_t *s, const nd_buf_t *bufs, unsigned nbufs,
                        size_t *written);
/* Queue a write of bufs[0 .. nbufs) (nbufs >= 1); cb (not NULL) runs once
 * with the result.  Errors as for nd_stream_try_write, and then cb never
 * runs. */
int nd_stream_write(nd_write_t *req, nd_stream_t *s, const nd_buf_t *bufs,
                    unsigned nbufs, nd_write_cb cb);
/* End the writing side after the queued writes.  ND_ENOTCONN when not
 * open, closing or already shut down. */
int nd_stream_shutdown(nd_shutdown_t *req, nd_stream_t *s, nd_shutdown_cb cb);
/* Make writes finish before returning (on != 0) or not.  A standard
 * stream always writes blocking: turning it off there is ND_ENOTSUP. */
int nd_stream_set_blocking(nd_stream_t *s, int on);
int nd_stream_is_blocking(const nd_stream_t *s);

/* ---- servers ----------------------------------------------------------- */

/* Listen on a bound socket with this backlog (clamped to 1 .. SOMAXCONN
 * by the OS); cb as described above.  ND_EINVAL when not bound, closing or
 * already connected; the OS's errors (ND_EADDRINUSE) otherwise. */
int nd_stream_listen(nd_stream_t *server, int backlog, nd_connection_cb cb);
/* Inside connection_cb only: open client (initialized, not open, of the
 * server's kind) on the new connection.  ND_EAGAIN when there is none;
 * nd_pipe_open()'s errors otherwise (the connection is then closed). */
int nd_stream_accept(nd_stream_t *server, nd_stream_t *client);

/* ---- what an fd is ------------------------------------------------------ */

typedef enum {
    ND_FD_UNKNOWN = 0, /* closed, or something else */
    ND_FD_FILE,        /* a regular file or a character device (not a tty) */
    ND_FD_TTY,
    ND_FD_PIPE, /* a pipe, or a unix stream socket */
    ND_FD_TCP,
    ND_FD_UDP
} nd_fd_kind;

/* Which kind of handle fits fd (process.stdout's choice). */
nd_fd_kind nd_guess_handle(int fd);

/* ---- pipes -------------------------------------------------------------- */

struct nd_pipe_s {
    nd_stream_t stream; /* first: a pipe is a stream */
    /* private: the path this pipe bound, removed when it closes */
    char *bound_path;
};

/* A pipe handle, not open yet; it must be closed with nd_close(). */
int nd_pipe_init(nd_loop_t *loop, nd_pipe_t *p);
/* Use an existing fd: a pipe, a fifo, a socket or a character device.
 * ND_EBADF for a closed fd, ND_EINVAL for a regular file or a directory
 * (they are never "not ready": read them as files), ND_EBUSY if already
 * open, ND_ERANGE beyond the poller's limit. */
int nd_pipe_open(nd_pipe_t *p, int fd);
/* Create a unix-domain stream socket bound to path (a pipe not open yet).
 * The socket file is removed when the pipe closes.  ND_ENAMETOOLONG when
 * path does not fit a socket address; the OS's errors (ND_EADDRINUSE, an
 * existing file; ND_EACCES) otherwise. */
int nd_pipe_bind(nd_pipe_t *p, const char *path);
/* Connect a pipe not open yet to the unix-domain socket at path; cb as
 * described under "Connecting" (ND_ENOENT: no such socket;
 * ND_ECONNREFUSED: nobody listens).  Errors found before the request
 * starts are returned, and then cb never runs. */
int nd_pipe_connect(nd_connect_t *req, nd_pipe_t *p, const char *path,
                    nd_connect_cb cb);

#endif
