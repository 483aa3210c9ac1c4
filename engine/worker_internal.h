/*
 * worker_internal.h - what worker.c (the shared struct, the parent side,
 * the binding) and worker_child.c (the worker's thread) share.
 *
 * The cross-thread rules are written at the top of worker.c.  Fields of
 * worker_t marked (L) are read and written only under its mutex.
 */
#ifndef ND_WORKER_INTERNAL_H
#define ND_WORKER_INTERNAL_H

#include "engine.h"
#include "port.h"
#include "../pool/thread.h"

/* Message kinds; the JS side (worker_threads.js) knows them by number.
 * MSG_OOM: the worker went over resourceLimits (no payload).
 * MSG_STDOUT, MSG_STDERR: raw bytes the worker wrote (not clone bytes).
 * MSG_STDIN: raw bytes for the worker's process.stdin (none: its end). */
enum {
    MSG_ONLINE,
    MSG_DATA,
    MSG_MESSAGEERROR,
    MSG_ERROR,
    MSG_EXIT,
    MSG_OOM,
    MSG_STDOUT,
    MSG_STDERR,
    MSG_STDIN
};

/* A message (port.h): clone bytes and the MessagePort ends it carries;
 * code is MSG_EXIT's exit code. */
typedef nd_msg_t msg_t;

typedef struct {
    msg_t *head, *tail;
} queue_t;

typedef struct worker_s worker_t;
typedef struct parent_state_s parent_state_t;

struct worker_s {
    nd_mutex_t lock; /* guards the fields marked (L) */
    int refs;        /* (L) */
    queue_t to_child, to_parent; /* (L) */
    nd_engine_t *child;          /* (L) while the child engine runs */
    int child_async_live;        /* (L) child_async may be sent to */
    int terminate;               /* (L) terminate() was called */

    /* Set by the parent before the thread starts; read-only after. */
    char *entry; /* file path or code */
    size_t entry_len;
    int is_eval;
    char **args; /* process.argv[1..] of the child */
    int nargs;
    msg_t *start; /* workerData and env; ports in its transferList */
    double thread_id;
    size_t heap_limit; /* bytes, 0 = none (resourceLimits) */
    nd_thread_t thread;

    /* Parent thread only. */
    nd_async_t parent_async;
    nd_pin_t pin; /* the JS handle object */
    nd_engine_t *parent;
    parent_state_t *state;
    worker_t *next_live; /* in state->live */
    int joined;

    /* Child thread only. */
    nd_async_t child_async;
    nd_pin_t receiver; /* parentPort's delivery function */
};

/* The parent engine's list of workers that have not exited. */
struct parent_state_s {
    nd_engine_state_t base;
    worker_t *live;
};

/* The child engine's link back to its worker. */
typedef struct {
    nd_engine_state_t base;
    worker_t *w;
} child_state_t;

/* Messages and the shared struct (worker.c). */
/* Append m (NULL: nothing) to the parent's queue and wake its loop. */
void nd__worker_to_parent(worker_t *w, msg_t *m);
/* Take the whole queue q under the lock. */
msg_t *nd__worker_take(worker_t *w, queue_t *q);
/* Drop one reference; the last frees w. */
void nd__worker_release(worker_t *w);

/* The worker's thread (worker_child.c): arg is the worker_t. */
void nd__worker_main(void *arg);

#endif
