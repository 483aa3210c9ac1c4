/*
 * internal.h - what the files of loop/ share with each other and nobody
 * else: the handle flags, the helpers that keep the loop's counters right,
 * the pending queue, and the functions that run each phase.
 *
 * Counting rule (the heart of liveness): loop->active_handles is the number
 * of handles that are both ACTIVE and REF.  Every change of those flags goes
 * through the helpers below (and nd_ref/nd_unref), so the counter cannot
 * drift.  loop->active_reqs is changed only by nd_loop_req_start/done.
 * The loop's own handles (the signal pipe watcher) are INTERNAL and unref'd:
 * they never keep the loop alive and nd_loop_walk/nd_loop_close skip them.
 *
 * Everything here runs on the loop's thread.
 */
#ifndef ND_LOOP_INTERNAL_H
#define ND_LOOP_INTERNAL_H

#include <assert.h>

#include "addr.h"
#include "loop.h"

/* nd_handle_t.flags */
enum {
    ND__HANDLE_ACTIVE = 1u << 0,   /* started */
    ND__HANDLE_REF = 1u << 1,      /* counts for liveness while active */
    ND__HANDLE_CLOSING = 1u << 2,  /* nd_close() was called */
    ND__HANDLE_CLOSED = 1u << 3,   /* the close callback has run */
    ND__HANDLE_INTERNAL = 1u << 4  /* the loop's own (signal pipe watcher) */
};

/* Link a new handle into its loop: ref'd, inactive, not closing. */
void nd__handle_init(nd_loop_t *loop, nd_handle_t *h, nd_handle_type type);

static inline int nd__handle_counts(const nd_handle_t *h) {
    unsigned want = ND__HANDLE_ACTIVE | ND__HANDLE_REF;
    return (h->flags & want) == want;
}

static inline void nd__handle_start(nd_handle_t *h) {
    if (h->flags & ND__HANDLE_ACTIVE)
        return;
    h->flags |= ND__HANDLE_ACTIVE;
    if (nd__handle_counts(h))
        h->loop->active_handles++;
}

static inline void nd__handle_stop(nd_handle_t *h) {
    if (!(h->flags & ND__HANDLE_ACTIVE))
        return;
    if (nd__handle_counts(h))
        h->loop->active_handles--;
    h->flags &= ~ND__HANDLE_ACTIVE;
}

/* ---- the pending phase ------------------------------------------------- */

/* A callback deferred to the next pending phase (for example a write error
 * that must not be reported from inside the call that caused it).  The
 * owner embeds an nd__pending_t; while queued it keeps the loop alive. */
typedef struct nd__pending_s nd__pending_t; /* defined in loop.h */

void nd__pending_push(nd_loop_t *loop, nd__pending_t *p);
/* Remove p if it is queued (harmless otherwise). */
void nd__pending_cancel(nd__pending_t *p);

/* ---- one function per phase; each returns how many callbacks it ran ----- */

int nd__run_timers(nd_loop_t *loop);   /* timer.c */
int nd__run_pending(nd_loop_t *loop);  /* core.c */
int nd__run_idle(nd_loop_t *loop);     /* hook.c */
int nd__run_prepare(nd_loop_t *loop);  /* hook.c */
int nd__run_poll(nd_loop_t *loop, int timeout); /* io.c */
int nd__run_check(nd_loop_t *loop);    /* hook.c */
int nd__run_closing(nd_loop_t *loop);  /* core.c */

/* Milliseconds until the nearest timer: 0 if one is due, -1 if none,
 * at most INT_MAX.  (timer.c) */
int nd__timers_next_timeout(const nd_loop_t *loop);

/* Poll phase helpers, called by nd__run_poll after the wait (async.c). */
int nd__async_dispatch(nd_loop_t *loop);

/* Type-specific stop, called by nd_close(). */
void nd__timer_close(nd_timer_t *t);
void nd__hook_close(nd_hook_t *h);
void nd__io_close(nd_io_t *w);
void nd__async_close(nd_async_t *a);
void nd__signal_close(nd_signal_t *s);
/* Streams (stream.c), for nd_close() and the handle types built on them
 * (pipes in stream.c, tty.c): init links the handle (not open); open
 * takes an fd (see nd_pipe_open() for the errors), which closing the
 * handle closes unless keep_fd (or the fd is 0, 1 or 2). */
struct nd_stream_s;
struct nd_connect_s;
void nd__stream_close(struct nd_stream_s *s);
/* Recompute a stream's watcher interest and activity (stream.c), for
 * socket.c after it changes the listening or connecting state. */
int nd__stream_update(struct nd_stream_s *s);
/* Sockets (socket.c), called by stream.c: the listening fd is readable;
 * the connecting fd is writable or failed; cancel a pending connect and
 * release the listening state while the stream closes. */
void nd__socket_on_listen(struct nd_stream_s *s);
void nd__socket_on_connect(struct nd_stream_s *s);
void nd__socket_close(struct nd_stream_s *s);
void nd__socket_cancel(struct nd_stream_s *s);
/* For tcp.c and the pipe functions: give a stream that has no fd yet a new
 * non-blocking stream socket of this family (ND_SOCK_IP4, ND_SOCK_IP6,
 * ND_SOCK_UNIX of sock.h); 0 when it already has one.  Then start
 * connecting it to addr, or when addr is NULL to the unix-domain path;
 * the rules of nd_tcp_connect(). */
int nd__socket_open(struct nd_stream_s *s, int family);
int nd__socket_connect(struct nd_connect_s *req, struct nd_stream_s *s,
                       const nd_sockaddr_t *addr, const char *path,
                       void (*cb)(struct nd_connect_s *req, int status));
void nd__stream_init(nd_loop_t *loop, struct nd_stream_s *s,
                     nd_handle_type type);
int nd__stream_open(struct nd_stream_s *s, int fd, int keep_fd);

/* Datagram sockets (udp.c), for nd_close(). */
struct nd_udp_s;
void nd__udp_close(struct nd_udp_s *u);

/* Loop setup and teardown done by the files that own the state. */
void nd__io_loop_close(nd_loop_t *loop);     /* io.c: frees watchers */
void nd__signal_loop_close(nd_loop_t *loop); /* signal_<os>.c */

/* Signals: the OS half (signal_posix.c, signal_win32.c), called by
 * signal.c.  check: ND_EINVAL for a number that is no signal (or SIGKILL,
 * SIGSTOP), ND_ENOSYS for one the OS never delivers.  watch: one more
 * started handle of loop is about to watch signum (errors leave nothing
 * watched).  unwatch: one fewer; the handle has already left the loop's
 * list. */
int nd__signal_os_check(int signum);
int nd__signal_os_watch(nd_loop_t *loop, int signum);
void nd__signal_os_unwatch(nd_loop_t *loop, int signum);
/* The handle half (signal.c), for the OS halves, on the loop thread:
 * whether a started handle of loop watches signum; n more deliveries of
 * signum to every handle watching it; then call back, once per delivery. */
int nd__signal_watched(const nd_loop_t *loop, int signum);
void nd__signal_count(nd_loop_t *loop, int signum, unsigned n);
void nd__signal_dispatch(nd_loop_t *loop);

/* Socket addresses (addr.c) as the OS passes them: the length of addr's
 * OS form (0 when it holds no IP address), and a copy of an OS address
 * of len bytes into *addr (ND_EAFNOSUPPORT, *addr zeroed, for a family
 * other than IPv4 and IPv6). */
unsigned nd__sockaddr_len(const nd_sockaddr_t *addr);
int nd__sockaddr_set(nd_sockaddr_t *addr, const void *sa, unsigned len);

/* getsockname/getpeername (peer != 0) and setsockopt/getsockopt
 * (sock_posix.c, sock_win32.c), for sock.c, which makes names and options
 * the same way on every system: 0 or an ND_E* code; *len is the size of
 * the address or value in and out. */
int nd__sock_name(int fd, int peer, void *sa, unsigned *len);
int nd__sock_setopt(int fd, int level, int name, const void *value,
                    unsigned len);
int nd__sock_getopt(int fd, int level, int name, void *value, unsigned *len);

#if defined(_WIN32)
/* Deliver a console control event (CTRL_C_EVENT...) to the loops watching
 * its signal, as the system's control handler does (signal_win32.c).
 * Returns 1 if some handle watches it.  Any thread.  Tests call it where
 * no console can raise a real event. */
int nd__signal_console_event(unsigned long type);
#endif

/* Copy s into buf with the conventions of nd_sys_cwd() (sys.h): *len is
 * the buffer size in and the string length out; ND_ENOBUFS with the
 * needed size when buf is too small.  Shared by sys.c and sys_machine.c. */
int nd__sys_copy_out(const char *s, char *buf, size_t *len);

#endif
