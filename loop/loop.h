/*
 * loop.h - nodule's event loop: the contract between loop/ and everything
 * above it (engine/ and modules/).
 *
 * Vocabulary, as in libuv:
 *   - A *handle* is a long-lived object (timer, idle/prepare/check hook, io
 *     watcher, async wake-up, signal watcher, and later tcp/pipe/tty/udp/
 *     process).  Handles are started and stopped; an active, ref'd handle
 *     keeps the loop alive.  nd_close() is asynchronous: the handle's memory
 *     may be reused only inside (or after) its close callback.
 *   - A *request* is a one-shot operation (fs call, pool work, later write,
 *     connect, dns lookup).  It completes exactly once; while it is pending
 *     it keeps the loop alive.
 *
 * The caller owns all memory: handles and requests are structs the caller
 * embeds or allocates; the loop only links them into its lists.
 *
 * One iteration of nd_loop_run(), in Node 20's (libuv 1.45+) order:
 *
 *     (once, before the first iteration) timers
 *     pending -> idle -> prepare -> poll -> check -> close -> timers
 *
 * The poll phase blocks until the nearest timer (forever if there is none),
 * except when an idle handle is active, a close or pending callback is
 * waiting, the loop is stopping or nothing is alive (then it only looks).
 * It delivers, in this order: fd events (signals among them), finished
 * pool work, async wake-ups.
 *
 * Threading: a loop and its handles belong to one thread.  The only calls
 * allowed from other threads are nd_async_send() and the pool's completion
 * path.  Signal delivery goes through a self-pipe and is async-signal-safe.
 *
 * Errors are negative ND_E* codes (poller/error.h).
 */
#ifndef ND_LOOP_H
#define ND_LOOP_H

#include <stddef.h>
#include <stdint.h>

#include "../poller/error.h"
#include "../poller/poller.h"
#include "../pool/pool.h"
#include "queue.h"

typedef struct nd_loop_s nd_loop_t;
typedef struct nd_handle_s nd_handle_t;
typedef struct nd_timer_s nd_timer_t;
typedef struct nd_hook_s nd_hook_t; /* idle, prepare and check */
typedef struct nd_io_s nd_io_t;
typedef struct nd_async_s nd_async_t;
typedef struct nd_signal_s nd_signal_t;
typedef struct nd_work_req_s nd_work_req_t;

typedef void (*nd_close_cb)(nd_handle_t *h);
typedef void (*nd_timer_cb)(nd_timer_t *t);
typedef void (*nd_hook_cb)(nd_hook_t *h);
typedef void (*nd_io_cb)(nd_io_t *w, unsigned events);
typedef void (*nd_async_cb)(nd_async_t *a);
typedef void (*nd_signal_cb)(nd_signal_t *s, int signum);
typedef void (*nd_work_cb)(nd_work_req_t *req);
typedef void (*nd_after_work_cb)(nd_work_req_t *req, int status);

typedef enum {
    ND_TIMER = 1,
    ND_IDLE,
    ND_PREPARE,
    ND_CHECK,
    ND_IO,
    ND_ASYNC,
    ND_SIGNAL,
    ND_PIPE, /* streams: stream.h */
    ND_TTY,  /* tty.h */
    ND_TCP,  /* tcp.h */
    ND_UDP,  /* udp.h */
    ND_HANDLE_TYPE_MAX
} nd_handle_type;

typedef enum {
    ND_RUN_DEFAULT = 0, /* run until nothing is alive or nd_loop_stop() */
    ND_RUN_ONCE,        /* one iteration, blocking in poll if needed */
    ND_RUN_NOWAIT       /* one iteration, never blocking */
} nd_run_mode;

/* The phases, named for tracing. */
typedef enum {
    ND_PHASE_TIMERS = 0,
    ND_PHASE_PENDING,
    ND_PHASE_IDLE,
    ND_PHASE_PREPARE,
    ND_PHASE_POLL,
    ND_PHASE_CHECK,
    ND_PHASE_CLOSE,
    ND_PHASE_MAX
} nd_phase;

/* Optional tracing hook (for --trace-loop / --trace-events): called at the
 * end of each phase with the number of callbacks it ran and how long it took
 * in nanoseconds.  NULL (the default) costs one branch per phase. */
typedef void (*nd_trace_cb)(nd_loop_t *loop, nd_phase phase, int callbacks,
                            uint64_t ns);

/* ---- handles ------------------------------------------------------------ */

/* Private fields shared by every handle.  Every handle struct begins with
 * an nd_handle_t, so a pointer to the handle is a pointer to this. */
struct nd_handle_s {
    nd_loop_t *loop;
    void *data; /* free for the caller; init leaves it alone */
    nd_close_cb close_cb;
    nd_queue_t handle_queue; /* all handles of the loop */
    nd_handle_t *next_closing;
    int type; /* nd_handle_type */
    unsigned flags; /* ND__HANDLE_* in internal.h */
};

/* Is the handle started (and not stopped or closing)? */
int nd_is_active(const nd_handle_t *h);
/* Has nd_close() been called on it? */
int nd_is_closing(const nd_handle_t *h);
/* Keep / stop keeping the loop alive while active.  Idempotent. */
void nd_ref(nd_handle_t *h);
void nd_unref(nd_handle_t *h);
int nd_has_ref(const nd_handle_t *h);
/* Stop the handle and call cb (may be NULL) in the close phase.  Calling
 * nd_close() twice is an internal bug (asserts). */
void nd_close(nd_handle_t *h, nd_close_cb cb);

/* ---- timers ------------------------------------------------------------- */

struct nd_timer_s {
    nd_handle_t h;
    nd_timer_cb cb;
    uint64_t due;      /* loop time, ms */
    uint64_t repeat;   /* ms, 0 = one-shot */
    uint64_t start_id; /* tie-break: equal deadlines fire FIFO */
    struct nd_timer_s *heap_left, *heap_right, *heap_parent;
    nd_queue_t ready;  /* private: due in the running timers pass */
};

int nd_timer_init(nd_loop_t *loop, nd_timer_t *t);
/* Fire cb after timeout ms, then every `repeat` ms if repeat > 0.  Starting
 * an active timer restarts it.  A timer started from inside the timers
 * phase never fires in that same pass. */
int nd_timer_start(nd_timer_t *t, nd_timer_cb cb, uint64_t timeout,
                   uint64_t repeat);
int nd_timer_stop(nd_timer_t *t);
/* Restart a repeating timer from now; ND_EINVAL if it was never started. */
int nd_timer_again(nd_timer_t *t);
/* Milliseconds until the timer fires (0 if due or inactive). */
uint64_t nd_timer_get_due_in(const nd_timer_t *t);

/* ---- idle / prepare / check hooks --------------------------------------- */

/* A hook runs its callback once per iteration in its phase while active:
 * idle and prepare before poll (an active idle hook makes poll not block),
 * check right after poll (setImmediate lives here). */
struct nd_hook_s {
    nd_handle_t h;
    nd_hook_cb cb;
    nd_queue_t queue; /* position in the loop's hook list for its phase */
};

int nd_idle_init(nd_loop_t *loop, nd_hook_t *h);
int nd_prepare_init(nd_loop_t *loop, nd_hook_t *h);
int nd_check_init(nd_loop_t *loop, nd_hook_t *h);
int nd_hook_start(nd_hook_t *h, nd_hook_cb cb);
int nd_hook_stop(nd_hook_t *h);

/* ---- io watchers: readiness of one fd ----------------------------------- */

struct nd_io_s {
    nd_handle_t h;
    nd_io_cb cb;
    int fd;
    unsigned events; /* interest: ND_POLL_IN | ND_POLL_OUT */
};

/* ND_EBADF for a negative fd, ND_ERANGE for fd >= ND_POLLER_MAX_FD.  The
 * watcher does not own the fd: close the fd after nd_close(). */
int nd_io_init(nd_loop_t *loop, nd_io_t *w, int fd);
/* Set the interest and start watching; calling it again on an active
 * watcher changes the interest.  cb gets the ND_POLL_* bits that fired
 * (within the interest, plus HUP and ERR).  A watcher stopped or closed
 * during a poll phase is not called for events of that phase that are
 * still undelivered, nor is a new watcher that took over the same fd
 * number during that phase.  ND_EEXIST if another watcher is started on
 * the same fd; the poller's errors otherwise (ND_EPERM: a regular file). */
int nd_io_start(nd_io_t *w, nd_io_cb cb, unsigned events);
int nd_io_stop(nd_io_t *w);

/* ---- async: wake a loop from any thread --------------------------------- */

struct nd_async_s {
    nd_handle_t h;
    nd_async_cb cb;
    nd_queue_t queue;
    _Atomic int pending; /* set by senders, cleared by the loop */
};

/* An async handle is active from init until close. */
int nd_async_init(nd_loop_t *loop, nd_async_t *a, nd_async_cb cb);
/* Thread-safe.  Several sends before the callback runs collapse into one
 * call, made in the loop's poll phase. */
int nd_async_send(nd_async_t *a);

/* ---- signals ------------------------------------------------------------ */

struct nd_signal_s {
    nd_handle_t h;
    nd_signal_cb cb;
    int signum;
    nd_queue_t queue;
    unsigned caught; /* deliveries not yet dispatched */
};

int nd_signal_init(nd_loop_t *loop, nd_signal_t *s);
/* Catch signum and call cb in the loop's poll phase, once per delivery.
 * The OS handler is installed while at least one handle (in any loop)
 * watches the signal; when the last one stops, the disposition the signal
 * had before (normally the default) is restored.  ND_EINVAL for 0, SIGKILL,
 * SIGSTOP or a number the OS does not have; ND_ENOSPC when more than 64
 * loops watch signals at once.  Starting an active handle on another
 * signal moves it. */
int nd_signal_start(nd_signal_t *s, nd_signal_cb cb, int signum);
int nd_signal_stop(nd_signal_t *s);

/* ---- pool work as a loop request ---------------------------------------- */

struct nd_work_req_s {
    nd_work_t work; /* private */
    nd_loop_t *loop;
    void *data; /* free for the caller */
    nd_work_cb work_cb;       /* runs on a pool thread */
    nd_after_work_cb after_cb; /* runs on the loop thread; status 0 or
                                  ND_ECANCELED */
};

/* Run work_cb on the pool, then after_cb on this loop.  kind is an
 * nd_work_kind.  The request keeps the loop alive until after_cb. */
int nd_queue_work(nd_loop_t *loop, nd_work_req_t *req, int kind,
                  nd_work_cb work_cb, nd_after_work_cb after_cb);
/* ND_EBUSY if already running or done. */
int nd_cancel_work(nd_work_req_t *req);

/* ---- the pending phase ------------------------------------------------- */

/* Private: a callback deferred to the next pending phase, embedded in the
 * request that needs it (see loop/internal.h for the functions). */
struct nd__pending_s {
    nd_queue_t queue;
    void (*cb)(struct nd__pending_s *p);
};

/* ---- the loop ----------------------------------------------------------- */

struct nd_loop_s {
    /* All fields are private; read them through the functions below. */
    void *data; /* free for the caller (the engine keeps itself here) */
    nd_poller_t *poller;
    uint64_t time;      /* ms, monotonic, updated once per iteration */
    uint64_t timer_seq; /* next nd_timer_t.start_id */
    nd_timer_t *timer_heap;
    unsigned timer_count;
    nd_queue_t handles;
    nd_queue_t idle_hooks, prepare_hooks, check_hooks;
    nd_queue_t async_handles;
    nd_queue_t signal_handles;
    nd_queue_t pending; /* callbacks deferred to the pending phase */
    nd_handle_t *closing;
    nd_io_t **watchers; /* indexed by fd */
    int nwatchers;
    unsigned active_handles; /* active and ref'd */
    unsigned active_reqs;
    int stop_flag;
    int signal_pipe[2]; /* self-pipe written by the signal handler */
    nd_io_t signal_io;
    nd_pool_sink_t sink; /* finished pool work for this loop */
    nd_trace_cb trace;
    void *trace_data;
};

/* Initialise a loop with the poller chosen by nd_poller_select(NULL)
 * (ND_EINVAL if $NODULE_POLLER names no compiled-in backend).  Every field
 * is reset, `data` included: set it afterwards. */
int nd_loop_init(nd_loop_t *loop);
/* Same, with an explicit backend. */
int nd_loop_init_with(nd_loop_t *loop, const nd_poller_ops_t *backend);
/* Release the loop's own resources.  ND_EBUSY if handles are still open
 * (every handle must have been closed and its close callback run). */
int nd_loop_close(nd_loop_t *loop);
/* Run per mode.  Returns non-zero if the loop is still alive afterwards. */
int nd_loop_run(nd_loop_t *loop, nd_run_mode mode);
/* Make nd_loop_run() return at the end of the current iteration. */
void nd_loop_stop(nd_loop_t *loop);
/* Is there an active ref'd handle, an active request or a closing handle? */
int nd_loop_alive(const nd_loop_t *loop);
/* Loop time in ms, as read at the start of the iteration. */
uint64_t nd_loop_now(const nd_loop_t *loop);
/* Re-read the monotonic clock into the loop time. */
void nd_loop_update_time(nd_loop_t *loop);
/* Call fn(handle, arg) for every handle not yet closed. */
void nd_loop_walk(nd_loop_t *loop, void (*fn)(nd_handle_t *, void *),
                  void *arg);
/* The poller backend's name, for messages and tests. */
const char *nd_loop_backend(const nd_loop_t *loop);
/* Install (or remove, with NULL) a tracing hook. */
void nd_loop_set_trace(nd_loop_t *loop, nd_trace_cb cb, void *data);
const char *nd_phase_name(nd_phase phase);

/* Count a request as active (keeps the loop alive) and as finished.  Used
 * by the request types in loop/ (fs, work) and later by modules' own. */
void nd_loop_req_start(nd_loop_t *loop);
void nd_loop_req_done(nd_loop_t *loop);

/* High-resolution monotonic time in nanoseconds (process.hrtime). */
uint64_t nd_hrtime(void);
/* Wall-clock time: milliseconds since 1970-01-01 UTC (what Date.now()
 * reads), for the Date header of an HTTP message. */
uint64_t nd_wallclock_ms(void);

#endif
