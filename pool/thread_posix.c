/*
 * thread_posix.c - thread.h over POSIX threads.
 *
 * Each function is a direct translation, with two additions:
 *
 *   - nd_thread_create() passes fn and arg through a small heap record,
 *     because pthreads wants a function returning void *, and frees the
 *     record in the new thread.  The new thread starts with every signal
 *     blocked (the mask is set around pthread_create and inherited), so
 *     asynchronous signals are always delivered to a thread that was not
 *     made by nodule, normally the main thread and its loop.
 *   - A failing lock, unlock, wait or signal means memory corruption or a
 *     bug in nodule, never bad input, so it aborts (thread.h promises these
 *     calls cannot fail).  It aborts rather than asserts because release
 *     builds compile assert() out and carrying on would be worse.
 */
#if defined(__linux__) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE /* sched_getaffinity, CPU_COUNT */
#endif
#include "thread.h"
#include "../poller/error.h"

#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

typedef struct {
    nd_thread_fn fn;
    void *arg;
} thread_start_t;

static void *thread_main(void *p) {
    thread_start_t start = *(thread_start_t *)p;

    free(p);
    start.fn(start.arg);
    return NULL;
}

/* Round a requested stack size up to what pthread_attr_setstacksize takes:
 * at least PTHREAD_STACK_MIN, and a whole number of pages. */
static size_t fit_stack_size(size_t size) {
    long page = sysconf(_SC_PAGESIZE);

    if (size < (size_t)PTHREAD_STACK_MIN)
        size = PTHREAD_STACK_MIN;
    if (page > 0)
        size = (size + (size_t)page - 1) / (size_t)page * (size_t)page;
    return size;
}

/* see thread.h */
int nd_thread_create(nd_thread_t *t, nd_thread_fn fn, void *arg,
                     size_t stack_size) {
    pthread_attr_t attr;
    sigset_t all, old;
    thread_start_t *start;
    int rc;

    start = malloc(sizeof(*start));
    if (start == NULL)
        return ND_ENOMEM;
    start->fn = fn;
    start->arg = arg;

    rc = pthread_attr_init(&attr);
    if (rc != 0) {
        free(start);
        return nd_err_from_errno(rc);
    }
    if (stack_size != 0)
        rc = pthread_attr_setstacksize(&attr, fit_stack_size(stack_size));

    if (rc == 0) {
        sigfillset(&all);
        pthread_sigmask(SIG_SETMASK, &all, &old);
        rc = pthread_create(&t->t, &attr, thread_main, start);
        pthread_sigmask(SIG_SETMASK, &old, NULL);
    }
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        free(start);
        return nd_err_from_errno(rc);
    }
    return 0;
}

/* see thread.h */
int nd_thread_join(nd_thread_t *t) {
    int rc = pthread_join(t->t, NULL);

    return rc == 0 ? 0 : nd_err_from_errno(rc);
}

/* see thread.h */
int nd_mutex_init(nd_mutex_t *m) {
    int rc = pthread_mutex_init(&m->m, NULL);

    return rc == 0 ? 0 : nd_err_from_errno(rc);
}

/* see thread.h */
void nd_mutex_destroy(nd_mutex_t *m) {
    if (pthread_mutex_destroy(&m->m) != 0)
        abort();
}

/* see thread.h */
void nd_mutex_lock(nd_mutex_t *m) {
    if (pthread_mutex_lock(&m->m) != 0)
        abort();
}

/* see thread.h */
void nd_mutex_unlock(nd_mutex_t *m) {
    if (pthread_mutex_unlock(&m->m) != 0)
        abort();
}

/* see thread.h */
int nd_cond_init(nd_cond_t *c) {
    int rc = pthread_cond_init(&c->c, NULL);

    return rc == 0 ? 0 : nd_err_from_errno(rc);
}

/* see thread.h */
void nd_cond_destroy(nd_cond_t *c) {
    if (pthread_cond_destroy(&c->c) != 0)
        abort();
}

/* see thread.h */
void nd_cond_signal(nd_cond_t *c) {
    if (pthread_cond_signal(&c->c) != 0)
        abort();
}

/* see thread.h */
void nd_cond_broadcast(nd_cond_t *c) {
    if (pthread_cond_broadcast(&c->c) != 0)
        abort();
}

/* see thread.h */
void nd_cond_wait(nd_cond_t *c, nd_mutex_t *m) {
    if (pthread_cond_wait(&c->c, &m->m) != 0)
        abort();
}

/* see thread.h */
void nd_once(nd_once_t *once, void (*fn)(void)) {
    if (pthread_once(&once->o, fn) != 0)
        abort();
}

/* see thread.h */
uint64_t nd_thread_now_ns(void) {
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* see thread.h */
int nd_thread_cpu_count(void) {
#if defined(__linux__)
    cpu_set_t set;

    /* The affinity mask, not the machine's total: a container or taskset
     * may allow fewer. */
    if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0)
        return CPU_COUNT(&set);
#endif
    {
        long n = sysconf(_SC_NPROCESSORS_ONLN);

        return n > 0 ? (int)n : 1;
    }
}

/* see thread.h */
void nd_thread_relax(void) {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}
