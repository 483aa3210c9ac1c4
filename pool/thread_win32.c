/*
 * thread_win32.c - thread.h over the Win32 API.
 *
 * The Windows twin of thread_posix.c; pool.c runs unchanged on top of it.
 *
 *   - Threads are _beginthreadex() threads (not bare CreateThread), so the C
 *     runtime's per-thread state is set up for them.  fn and arg travel in
 *     a small heap record that the new thread frees.  Windows has no
 *     asynchronous signals to block; console control events run on a
 *     thread of their own that the system creates, so nothing else is
 *     needed to keep them away from pool threads.
 *   - Mutexes are SRWLOCKs taken exclusively, condition variables are
 *     CONDITION_VARIABLEs, and once-init is InitOnceExecuteOnce.  SRWLOCKs
 *     and condition variables need no destruction and cannot fail to
 *     initialise, so init returns 0 and destroy does nothing.
 *   - As on POSIX, a failure where thread.h promises none (waiting on a
 *     condition variable, once-init) is a bug in nodule and aborts.
 */
#include "thread.h"
#include "../poller/error.h"

#include <errno.h>
#include <process.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    nd_thread_fn fn;
    void *arg;
} thread_start_t;

static unsigned __stdcall thread_main(void *p) {
    thread_start_t start = *(thread_start_t *)p;

    free(p);
    start.fn(start.arg);
    return 0;
}

/* see thread.h */
int nd_thread_create(nd_thread_t *t, nd_thread_fn fn, void *arg,
                     size_t stack_size) {
    thread_start_t *start;
    uintptr_t h;

    start = malloc(sizeof(*start));
    if (start == NULL)
        return ND_ENOMEM;
    start->fn = fn;
    start->arg = arg;
    /* Windows rounds the reserve up to its allocation granularity itself;
     * STACK_SIZE_PARAM_IS_A_RESERVATION makes the size the reserve rather
     * than the initial commit, which is what POSIX stack sizes mean. */
    h = _beginthreadex(NULL, (unsigned)stack_size, thread_main, start,
                       stack_size != 0 ? STACK_SIZE_PARAM_IS_A_RESERVATION : 0,
                       NULL);
    if (h == 0) {
        free(start);
        return nd_err_from_errno(errno);
    }
    t->h = (HANDLE)h;
    return 0;
}

/* see thread.h */
int nd_thread_join(nd_thread_t *t) {
    if (WaitForSingleObject(t->h, INFINITE) != WAIT_OBJECT_0)
        return ND_EINVAL;
    CloseHandle(t->h);
    t->h = NULL;
    return 0;
}

/* see thread.h */
int nd_mutex_init(nd_mutex_t *m) {
    InitializeSRWLock(&m->l);
    return 0;
}

/* see thread.h */
void nd_mutex_destroy(nd_mutex_t *m) {
    (void)m; /* an SRWLOCK owns no resources */
}

/* see thread.h */
void nd_mutex_lock(nd_mutex_t *m) {
    AcquireSRWLockExclusive(&m->l);
}

/* see thread.h */
void nd_mutex_unlock(nd_mutex_t *m) {
    ReleaseSRWLockExclusive(&m->l);
}

/* see thread.h */
int nd_cond_init(nd_cond_t *c) {
    InitializeConditionVariable(&c->c);
    return 0;
}

/* see thread.h */
void nd_cond_destroy(nd_cond_t *c) {
    (void)c; /* a CONDITION_VARIABLE owns no resources */
}

/* see thread.h */
void nd_cond_signal(nd_cond_t *c) {
    WakeConditionVariable(&c->c);
}

/* see thread.h */
void nd_cond_broadcast(nd_cond_t *c) {
    WakeAllConditionVariable(&c->c);
}

/* see thread.h */
void nd_cond_wait(nd_cond_t *c, nd_mutex_t *m) {
    if (!SleepConditionVariableSRW(&c->c, &m->l, INFINITE, 0))
        abort();
}

/* InitOnceExecuteOnce wants a callback of its own shape; the caller's
 * function travels in the parameter. */
static BOOL CALLBACK once_trampoline(PINIT_ONCE once, PVOID param, PVOID *ctx) {
    void (*fn)(void);

    (void)once;
    (void)ctx;
    memcpy(&fn, &param, sizeof(fn));
    fn();
    return TRUE;
}

/* see thread.h */
void nd_once(nd_once_t *once, void (*fn)(void)) {
    PVOID param;

    memcpy(&param, &fn, sizeof(param));
    if (!InitOnceExecuteOnce(&once->o, once_trampoline, param, NULL))
        abort();
}

/* see thread.h */
uint64_t nd_thread_now_ns(void) {
    LARGE_INTEGER freq, now;

    QueryPerformanceFrequency(&freq); /* fixed at boot, and cheap to ask */
    QueryPerformanceCounter(&now);
    return (uint64_t)(now.QuadPart / freq.QuadPart) * 1000000000u +
           (uint64_t)(now.QuadPart % freq.QuadPart) * 1000000000u /
               (uint64_t)freq.QuadPart;
}

/* see thread.h */
int nd_thread_cpu_count(void) {
    DWORD n = GetActiveProcessorCount(ALL_PROCESSOR_GROUPS);

    return n > 0 ? (int)n : 1;
}

/* see thread.h */
void nd_thread_relax(void) {
    YieldProcessor();
}
