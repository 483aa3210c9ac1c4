/*
 * signal_win32.c - the OS half of nd_signal_t (loop.h) on Windows: console
 * control events.  The handle half is signal.c.
 *
 * Windows has no asynchronous signals.  What a console program gets instead
 * are control events, delivered by the system on a thread it creates for
 * the purpose.  They are mapped onto signal numbers the way Node does on
 * Windows:
 *
 *     CTRL_C_EVENT      SIGINT    (2)
 *     CTRL_BREAK_EVENT  SIGBREAK  (21)
 *     CTRL_CLOSE_EVENT  SIGHUP    (1; the console window is closing, and
 *                                 Windows ends the process soon after)
 *
 * Any other number is refused with ND_ENOSYS: nothing on Windows would ever
 * deliver it.  The POSIX half is signal_posix.c.
 *
 * Delivery.  The control handler runs on an ordinary thread, so unlike a
 * POSIX signal handler it may take a lock.  Process-wide state (the second
 * of the few global states DESIGN.md allows, as on POSIX): `slots`, one per
 * loop with a started signal handle, each holding the loop, how many of
 * its handles watch each signal, a counter of undelivered events per
 * signal, and an internal nd_async_t of that loop.  The handler, under
 * `lock`, bumps the counter of every slot watching the event's signal and
 * sends its async; the async callback runs on the loop thread in the poll
 * phase, takes the counters and hands them to signal.c, which calls the
 * handles once per event, exactly as after signal_posix.c's pipe.  The handler is registered with
 * SetConsoleCtrlHandler while at least one handle in the process watches a
 * signal, and returns TRUE (handled: do not terminate) only when one does.
 *
 * A loop's slot is released in nd__signal_loop_close() under `lock`, so a
 * handler never touches a slot (or its async) after its loop closed.
 *
 * Threading: ctrl_handler on the system's thread; everything else on the
 * loop threads.
 */
#include <windows.h>

#include <signal.h>
#include <stdatomic.h>
#include <stddef.h>
#include <string.h>

#include "internal.h"

#define ND__SIGNAL_LOOPS 64
#define ND__SIGHUP       1 /* not in the C runtime's <signal.h> */
#ifndef SIGKILL
#define SIGKILL 9 /* likewise; refused like on POSIX */
#endif

typedef struct {
    nd_loop_t *loop;    /* NULL = slot free */
    nd_async_t async;   /* internal, unref'd; wakes the loop */
    int watching[NSIG]; /* started handles per signal */
    atomic_uint caught[NSIG];
} signal_slot_t;

static signal_slot_t slots[ND__SIGNAL_LOOPS];
static int watch_total; /* started handles in the process */
static nd_mutex_t lock;
static nd_once_t once = ND_ONCE_INIT;

static void registry_init(void) {
    nd_mutex_init(&lock); /* cannot fail on Windows */
}

static int signal_of_event(DWORD type) {
    switch (type) {
    case CTRL_C_EVENT:
        return SIGINT;
    case CTRL_BREAK_EVENT:
        return SIGBREAK;
    case CTRL_CLOSE_EVENT:
        return ND__SIGHUP;
    default:
        return 0;
    }
}

/* see internal.h */
int nd__signal_console_event(unsigned long type) {
    int signum = signal_of_event((DWORD)type), i, handled = 0;

    if (signum == 0)
        return 0;
    nd_once(&once, registry_init);
    nd_mutex_lock(&lock);
    for (i = 0; i < ND__SIGNAL_LOOPS; i++) {
        signal_slot_t *slot = &slots[i];

        if (slot->loop == NULL || slot->watching[signum] == 0)
            continue;
        atomic_fetch_add(&slot->caught[signum], 1);
        nd_async_send(&slot->async);
        handled = 1;
    }
    nd_mutex_unlock(&lock);
    return handled;
}

static BOOL WINAPI ctrl_handler(DWORD type) {
    return nd__signal_console_event(type) ? TRUE : FALSE;
}

/* The loop's slot, or NULL.  Called under `lock`. */
static signal_slot_t *slot_of(const nd_loop_t *loop) {
    int i;

    for (i = 0; i < ND__SIGNAL_LOOPS; i++)
        if (slots[i].loop == loop)
            return &slots[i];
    return NULL;
}

/* The async callback, on the loop thread: hand each signal's undelivered
 * events to signal.c, then let it call back. */
static void dispatch(nd_async_t *a) {
    nd_loop_t *loop = a->h.loop;
    signal_slot_t *slot =
        (signal_slot_t *)((char *)a - offsetof(signal_slot_t, async));
    int signum;

    for (signum = 1; signum < NSIG; signum++) {
        unsigned n = atomic_exchange(&slot->caught[signum], 0);

        if (n > 0)
            nd__signal_count(loop, signum, n);
    }
    nd__signal_dispatch(loop);
}

/* Give the loop a slot (and its internal async) if it has none. */
static int open_slot(nd_loop_t *loop, signal_slot_t **out) {
    signal_slot_t *slot;
    int i, s;

    nd_mutex_lock(&lock);
    slot = slot_of(loop);
    for (i = 0; i < ND__SIGNAL_LOOPS && slot == NULL; i++) {
        if (slots[i].loop != NULL)
            continue;
        slot = &slots[i];
        memset(slot->watching, 0, sizeof(slot->watching));
        for (s = 0; s < NSIG; s++)
            atomic_init(&slot->caught[s], 0);
        nd_async_init(loop, &slot->async, dispatch);
        slot->async.h.flags |= ND__HANDLE_INTERNAL;
        nd_unref(&slot->async.h);
        slot->loop = loop;
    }
    nd_mutex_unlock(&lock);
    *out = slot;
    return slot != NULL ? 0 : ND_ENOSPC;
}

/* see internal.h */
int nd__signal_os_check(int signum) {
    if (signum <= 0 || signum >= NSIG || signum == SIGKILL)
        return ND_EINVAL;
    if (signum != SIGINT && signum != SIGBREAK && signum != ND__SIGHUP)
        return ND_ENOSYS; /* no Windows event is ever delivered as it */
    return 0;
}

/* see internal.h */
int nd__signal_os_watch(nd_loop_t *loop, int signum) {
    signal_slot_t *slot;
    int err;

    nd_once(&once, registry_init);
    err = open_slot(loop, &slot);
    if (err < 0)
        return err;
    nd_mutex_lock(&lock);
    slot->watching[signum]++;
    if (watch_total++ == 0 && !SetConsoleCtrlHandler(ctrl_handler, TRUE)) {
        slot->watching[signum]--;
        watch_total--;
        err = ND_EIO;
    }
    nd_mutex_unlock(&lock);
    return err;
}

/* see internal.h */
void nd__signal_os_unwatch(nd_loop_t *loop, int signum) {
    signal_slot_t *slot;

    nd_mutex_lock(&lock);
    slot = slot_of(loop);
    if (slot != NULL && slot->watching[signum] > 0)
        slot->watching[signum]--;
    if (--watch_total == 0)
        SetConsoleCtrlHandler(ctrl_handler, FALSE);
    nd_mutex_unlock(&lock);
}

/* see internal.h */
void nd__signal_loop_close(nd_loop_t *loop) {
    signal_slot_t *slot;

    nd_once(&once, registry_init);
    nd_mutex_lock(&lock);
    slot = slot_of(loop);
    if (slot != NULL)
        slot->loop = NULL;
    nd_mutex_unlock(&lock);
    if (slot == NULL)
        return;
    /* No handler can reach the slot now; unlink its async handle. */
    nd__async_close(&slot->async);
    nd_queue_remove(&slot->async.h.handle_queue);
}
