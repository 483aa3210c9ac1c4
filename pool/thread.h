/*
 * thread.h - threads, mutexes, condition variables and once-init, the same
 * on every OS.  thread_posix.c implements them over pthreads; thread_win32.c
 * over Win32.  Nothing else in nodule calls pthread_* directly.
 *
 * The types are full structs so that callers can embed them (the caller owns
 * memory).  Functions that cannot fail on a sane system (lock, unlock,
 * signal) return void; a failure there is an internal bug and asserts.
 */
#ifndef ND_THREAD_H
#define ND_THREAD_H

#include <stdint.h>

#if defined(_WIN32)
#include <windows.h>
typedef struct {
    HANDLE h;
} nd_thread_t;
typedef struct {
    SRWLOCK l;
} nd_mutex_t;
typedef struct {
    CONDITION_VARIABLE c;
} nd_cond_t;
typedef struct {
    INIT_ONCE o;
} nd_once_t;
#define ND_ONCE_INIT                                                           \
    { INIT_ONCE_STATIC_INIT }
#else
#include <pthread.h>
typedef struct {
    pthread_t t;
} nd_thread_t;
typedef struct {
    pthread_mutex_t m;
} nd_mutex_t;
typedef struct {
    pthread_cond_t c;
} nd_cond_t;
typedef struct {
    pthread_once_t o;
} nd_once_t;
#define ND_ONCE_INIT                                                           \
    { PTHREAD_ONCE_INIT }
#endif

typedef void (*nd_thread_fn)(void *arg);

/* Start a thread running fn(arg).  stack_size 0 means the system default;
 * other sizes are rounded up to what the system accepts.  The new thread
 * starts with every asynchronous signal blocked, so that signals reach the
 * threads that run loops and a pool thread's system calls are never
 * interrupted. */
int nd_thread_create(nd_thread_t *t, nd_thread_fn fn, void *arg,
                     size_t stack_size);
int nd_thread_join(nd_thread_t *t);

int nd_mutex_init(nd_mutex_t *m);
void nd_mutex_destroy(nd_mutex_t *m);
void nd_mutex_lock(nd_mutex_t *m);
void nd_mutex_unlock(nd_mutex_t *m);

int nd_cond_init(nd_cond_t *c);
void nd_cond_destroy(nd_cond_t *c);
void nd_cond_signal(nd_cond_t *c);
void nd_cond_broadcast(nd_cond_t *c);
void nd_cond_wait(nd_cond_t *c, nd_mutex_t *m);

/* A monotonic clock in nanoseconds, for short waits (never for dates). */
uint64_t nd_thread_now_ns(void);

/* The number of processors this process may run on (at least 1). */
int nd_thread_cpu_count(void);

/* Tell the processor this thread is spinning (x86 PAUSE and the like), so
 * a sibling hyperthread gets the core meanwhile. */
void nd_thread_relax(void);

/* Run fn exactly once across all threads that call this with `once`. */
void nd_once(nd_once_t *once, void (*fn)(void));

#endif
