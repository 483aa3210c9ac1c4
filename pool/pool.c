/*
 * pool.c - the process-wide thread pool (see pool.h for the rules callers
 * follow).
 *
 * What it owns: N worker threads, one FIFO of submitted items (`queue`),
 * and a second FIFO (`parked`) for slow items that reached the front of the
 * queue while the slow-work cap was full.  Everything sits in the one
 * static `pool` below (the pool is process-wide by design, one of the few
 * global states DESIGN.md allows) and is guarded by pool.mutex.  Finished
 * items leave the pool for their loop's sink, which has its own lock.
 *
 * Order of work.  Workers take items in submission order.  A slow item
 * (ND_WORK_SLOW_IO) that comes up while slow_max slow items are already
 * running is moved to `parked` and the worker looks further.  Every parked
 * item is older than everything still in `queue` (it was at the front when
 * it was parked), so as soon as a slow slot frees, the oldest eligible item
 * is the head of `parked`.  That keeps FIFO order without ever scanning.
 *
 * Item states, all changed under pool.mutex:
 *
 *     QUEUED --worker takes it--> RUNNING --work() returns--> FINISHED
 *        \--nd_pool_cancel()--> CANCELLED
 *
 * FINISHED and CANCELLED items are handed to the sink exactly once, by the
 * thread that made the transition, after pool.mutex is released.  From
 * that moment the pool never touches the item again: the loop may run
 * done() and free it at any time.
 *
 * Lifetime.  The pool starts on the first nd_pool_submit() and is never
 * torn down: workers are not joined at exit, and the mutex, condition
 * variable and thread array are never destroyed or freed.  That is a
 * choice: a destructor that joins workers would have to wait for whatever
 * blocking call they are in (a DNS lookup can take seconds), and because
 * nothing the workers use is ever released, a worker still running while
 * the process exits never touches freed memory.  The array stays reachable
 * through `pool`, so leak checkers do not report it.  The pool is not
 * fork-safe: a forked child must exec (as child_process does) or not use
 * the pool.
 */
#include "pool.h"
#include "pool_int.h"

#include <assert.h>
#include <stdatomic.h>
#include <stdlib.h>

/* Worker stack size: explicit, because some C libraries give new threads
 * far less than getaddrinfo() may need (musl: 128 KiB). */
#define POOL_STACK_SIZE (8u << 20)

enum { WORK_QUEUED = 1, WORK_RUNNING, WORK_FINISHED, WORK_CANCELLED };

typedef struct {
    nd_work_t *head, *tail;
} work_fifo_t;

static struct {
    nd_once_t config_once; /* reads the size from the environment */
    nd_once_t start_once;  /* starts the threads */
    int size;              /* configured size */
    int start_error;       /* why the pool could not start, or 0 */
    nd_mutex_t mutex;      /* guards everything below */
    nd_cond_t cond;        /* signalled when an item is queued */
    work_fifo_t queue;     /* submitted, not started */
    work_fifo_t parked;    /* slow items waiting for a slow slot */
    int slow_running;      /* slow items being run now */
    int slow_max;          /* at most this many at once */
    int nthreads;          /* workers actually started */
    int idle;              /* workers waiting on cond */
    int waking;            /* signals sent that no worker has woken for */
    int spinning;          /* a worker waits for work by spinning */
    atomic_int queued;     /* items in `queue`; the spinner reads it unlocked */
    uint64_t spin_ns;      /* how long it spins (ND__POOL_SPIN_NS) */
    nd_thread_t *threads;
} pool = {ND_ONCE_INIT, ND_ONCE_INIT};

static void fifo_push(work_fifo_t *q, nd_work_t *w) {
    w->next = NULL;
    if (q->tail != NULL)
        q->tail->next = w;
    else
        q->head = w;
    q->tail = w;
}

static nd_work_t *fifo_pop(work_fifo_t *q) {
    nd_work_t *w = q->head;

    if (w != NULL) {
        q->head = w->next;
        if (q->head == NULL)
            q->tail = NULL;
        w->next = NULL;
    }
    return w;
}

/* Unlink w from q if it is there.  O(n), but only cancellation uses it. */
static int fifo_remove(work_fifo_t *q, nd_work_t *w) {
    nd_work_t *prev = NULL, *it;

    for (it = q->head; it != NULL; prev = it, it = it->next) {
        if (it != w)
            continue;
        if (prev != NULL)
            prev->next = w->next;
        else
            q->head = w->next;
        if (q->tail == w)
            q->tail = prev;
        w->next = NULL;
        return 1;
    }
    return 0;
}

/* see pool_int.h */
int nd__pool_parse_size(const char *text) {
    char *end;
    long n;

    if (text == NULL)
        return ND__POOL_DEFAULT_SIZE;
    n = strtol(text, &end, 10);
    if (end == text)
        return ND__POOL_DEFAULT_SIZE;
    while (*end == ' ' || *end == '\t' || *end == '\n')
        end++;
    if (*end != '\0')
        return ND__POOL_DEFAULT_SIZE;
    /* strtol saturates on overflow, so huge values clamp correctly too. */
    if (n < ND__POOL_MIN_SIZE)
        return ND__POOL_MIN_SIZE;
    if (n > ND__POOL_MAX_SIZE)
        return ND__POOL_MAX_SIZE;
    return (int)n;
}

static void configure(void) {
    const char *text = getenv("NODULE_THREADPOOL_SIZE");

    /* An empty variable counts as unset. */
    if (text == NULL || text[0] == '\0')
        text = getenv("UV_THREADPOOL_SIZE");
    if (text != NULL && text[0] == '\0')
        text = NULL;
    pool.size = nd__pool_parse_size(text);
    /* With one processor a spinning worker only keeps the loop's thread,
     * the one that would submit the next item, off it. */
    pool.spin_ns = nd_thread_cpu_count() > 1 ? ND__POOL_SPIN_NS : 0;
}

/* Hand a finished or cancelled item to its loop.  The wake function is
 * called only when the sink goes from empty to non-empty, and it is called
 * with the sink's lock held: the loop drains under the same lock, so it
 * cannot see the item, finish, and destroy the sink (or the poller behind
 * wake_arg) while the call is still in progress. */
static void push_done(nd_work_t *w) {
    nd_pool_sink_t *sink = w->sink;

    nd_mutex_lock(&sink->lock);
    w->next = NULL;
    if (sink->tail != NULL) {
        sink->tail->next = w;
        sink->tail = w;
    } else {
        sink->head = sink->tail = w;
        if (sink->wake != NULL)
            sink->wake(sink->wake_arg);
    }
    nd_mutex_unlock(&sink->lock);
}

/* The oldest item a worker may start now, or NULL.  pool.mutex held. */
static nd_work_t *next_item(void) {
    nd_work_t *w;

    if (pool.parked.head != NULL && pool.slow_running < pool.slow_max)
        return fifo_pop(&pool.parked);
    while ((w = fifo_pop(&pool.queue)) != NULL) {
        atomic_fetch_sub_explicit(&pool.queued, 1, memory_order_relaxed);
        if (w->kind != ND_WORK_SLOW_IO || pool.slow_running < pool.slow_max)
            return w;
        fifo_push(&pool.parked, w);
    }
    return NULL;
}

/* Wake one idle worker for the items in the queue, unless one is already
 * on its way.  pool.mutex held.
 *
 * Wake-ups chain: the thread that queues a burst of items wakes one
 * worker, and each worker that wakes and finds more items waiting wakes
 * the next.  So the submitting thread (a loop, the one that runs JS)
 * makes one wake-up system call per burst instead of one per item, and
 * the workers, which are waiting anyway, share the rest.  `waking` may
 * undercount (a spurious wake-up takes a signal's place) but never
 * overcounts for long: a signal sent while a worker waits wakes one.
 * While a worker spins (see worker()), no signal is needed: it sees the
 * item itself, and wakes the next worker if more are waiting. */
static void wake_one(void) {
    int ready = pool.queue.head != NULL ||
                (pool.parked.head != NULL && pool.slow_running < pool.slow_max);

    if (ready && !pool.spinning && pool.idle > 0 && pool.waking == 0) {
        pool.waking++;
        nd_cond_signal(&pool.cond);
    }
}

/*
 * Spinning.  A worker that finds the queue empty does not go to sleep at
 * once: one of them (never more) keeps checking `queued` for up to
 * pool.spin_ns first, and nd_pool_submit() sends no signal while it does.
 *
 * Why: a loop that waits for one item usually submits the next a few tens
 * of microseconds after the last one finished (fs.read after fs.read, a
 * stream's next chunk).  By then a worker that went straight to sleep is
 * asleep, and the hand-off costs a futex wake-up on the loop's thread and
 * a scheduler wake-up before the work starts: together more than the
 * read(2) of 64 KiB itself.  A spinning worker takes the item within a
 * fraction of a microsecond.  Measured on 2 cores: a sequential fs.read
 * round trip went from about 48 to 15 microseconds, a 256 MiB stream copy
 * from about 780 to 1,200 MB/s.  The price is at most spin_ns of one
 * core's time after each lull, and none while the pool has work.
 */
static void spin_for_work(uint64_t ns) {
    uint64_t end = nd_thread_now_ns() + ns;
    int i;

    for (;;) {
        for (i = 0; i < 64; i++) {
            if (atomic_load_explicit(&pool.queued, memory_order_relaxed) > 0)
                return;
            nd_thread_relax();
        }
        if (nd_thread_now_ns() >= end)
            return;
    }
}

/*
 * The worker thread.
 *
 * Lock order: a thread holds at most one of the pool's locks at a time.
 * A worker takes pool.mutex to pick an item and again to mark it finished;
 * only after releasing it does push_done() take the sink's lock (and call
 * sink->wake under it).  nd_pool_cancel() follows the same pattern.  No
 * code takes pool.mutex while holding a sink lock, and sink->wake must not
 * call into the pool, so the locks can never form a cycle.
 */
static void worker(void *arg) {
    nd_work_t *w;
    int slow, spun = 0;
    uint64_t ns;

    (void)arg;
    nd_mutex_lock(&pool.mutex);
    for (;;) {
        w = next_item();
        if (w == NULL && !spun && !pool.spinning && pool.spin_ns > 0) {
            /* Spin once, then look again; sleep if still nothing. */
            pool.spinning = 1;
            ns = pool.spin_ns;
            nd_mutex_unlock(&pool.mutex);
            spin_for_work(ns);
            nd_mutex_lock(&pool.mutex);
            pool.spinning = 0;
            spun = 1;
            continue;
        }
        spun = 0;
        if (w == NULL) {
            pool.idle++;
            nd_cond_wait(&pool.cond, &pool.mutex);
            pool.idle--;
            if (pool.waking > 0)
                pool.waking--;
            continue;
        }
        wake_one(); /* more waiting: the next idle worker helps */
        slow = w->kind == ND_WORK_SLOW_IO;
        w->state = WORK_RUNNING;
        if (slow)
            pool.slow_running++;
        nd_mutex_unlock(&pool.mutex);

        w->work(w);

        nd_mutex_lock(&pool.mutex);
        if (slow)
            pool.slow_running--;
        w->state = WORK_FINISHED;
        w->status = 0;
        nd_mutex_unlock(&pool.mutex);

        push_done(w);
        nd_mutex_lock(&pool.mutex);
    }
}

static void start_pool(void) {
    int i, err;

    nd_once(&pool.config_once, configure);
    err = nd_mutex_init(&pool.mutex);
    if (err == 0) {
        err = nd_cond_init(&pool.cond);
        if (err != 0)
            nd_mutex_destroy(&pool.mutex);
    }
    if (err == 0) {
        pool.threads = calloc((size_t)pool.size, sizeof(*pool.threads));
        if (pool.threads == NULL) {
            nd_cond_destroy(&pool.cond);
            nd_mutex_destroy(&pool.mutex);
            err = ND_ENOMEM;
        }
    }
    if (err != 0) {
        pool.start_error = err;
        return;
    }

    pool.slow_max = pool.size / 2 > 0 ? pool.size / 2 : 1;
    for (i = 0; i < pool.size; i++) {
        err = nd_thread_create(&pool.threads[i], worker, NULL, POOL_STACK_SIZE);
        if (err != 0)
            break;
    }

    /* Run with the threads we got; fail only if there are none. */
    nd_mutex_lock(&pool.mutex);
    pool.nthreads = i;
    pool.slow_max = i / 2 > 0 ? i / 2 : 1;
    nd_mutex_unlock(&pool.mutex);
    if (i == 0)
        pool.start_error = err;
}

/* see pool.h */
int nd_pool_size(void) {
    nd_once(&pool.config_once, configure);
    return pool.size;
}

/* see pool.h */
int nd_pool_submit(nd_pool_sink_t *sink, nd_work_t *w, int kind,
                   nd_work_fn work, nd_work_done_fn done) {
    if (sink == NULL || w == NULL || work == NULL || done == NULL)
        return ND_EINVAL;
    if (kind != ND_WORK_CPU && kind != ND_WORK_FAST_IO &&
        kind != ND_WORK_SLOW_IO)
        return ND_EINVAL;
    nd_once(&pool.start_once, start_pool);
    if (pool.start_error != 0)
        return pool.start_error;

    w->work = work;
    w->done = done;
    w->sink = sink;
    w->kind = kind;
    w->status = 0;

    nd_mutex_lock(&pool.mutex);
    w->state = WORK_QUEUED;
    fifo_push(&pool.queue, w);
    atomic_fetch_add_explicit(&pool.queued, 1, memory_order_relaxed);
    /* A busy worker takes the next item itself when it finishes its own,
     * so only an idle one needs waking, and only one: see wake_one(). */
    wake_one();
    nd_mutex_unlock(&pool.mutex);
    return 0;
}

/* see pool_int.h */
void nd__pool_set_spin_ns(uint64_t ns) {
    nd_once(&pool.start_once, start_pool);
    if (pool.start_error != 0)
        return;
    nd_mutex_lock(&pool.mutex);
    pool.spin_ns = ns;
    nd_mutex_unlock(&pool.mutex);
}

/* see pool.h */
int nd_pool_cancel(nd_work_t *w) {
    int cancelled = 0;

    if (w == NULL)
        return ND_EINVAL;
    nd_mutex_lock(&pool.mutex);
    if (w->state == WORK_QUEUED) {
        if (fifo_remove(&pool.queue, w)) {
            atomic_fetch_sub_explicit(&pool.queued, 1, memory_order_relaxed);
            cancelled = 1;
        } else {
            cancelled = fifo_remove(&pool.parked, w);
        }
    }
    if (cancelled) {
        w->state = WORK_CANCELLED;
        w->status = ND_ECANCELED;
    }
    nd_mutex_unlock(&pool.mutex);
    if (!cancelled)
        return ND_EBUSY;
    push_done(w);
    return 0;
}

/* see pool.h */
int nd_pool_sink_init(nd_pool_sink_t *sink, void (*wake)(void *), void *arg) {
    int err;

    if (sink == NULL)
        return ND_EINVAL;
    err = nd_mutex_init(&sink->lock);
    if (err != 0)
        return err;
    sink->head = sink->tail = NULL;
    sink->wake = wake;
    sink->wake_arg = arg;
    return 0;
}

/* see pool.h */
void nd_pool_sink_destroy(nd_pool_sink_t *sink) {
    assert(sink->head == NULL);
    nd_mutex_destroy(&sink->lock);
}

/* see pool.h */
int nd_pool_sink_drain(nd_pool_sink_t *sink) {
    nd_work_t *w, *next;
    int n = 0;

    /* Take the whole batch at once; items finishing meanwhile start a new
     * batch (and wake the loop again). */
    nd_mutex_lock(&sink->lock);
    w = sink->head;
    sink->head = sink->tail = NULL;
    nd_mutex_unlock(&sink->lock);

    for (; w != NULL; w = next) {
        next = w->next; /* done() may free or resubmit w */
        w->done(w, w->status);
        n++;
    }
    return n;
}
