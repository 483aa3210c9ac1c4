/*
 * poller.c - choosing a backend, and the thin wrappers of poller.h.
 *
 * This file knows which backends were compiled in and in what order of
 * preference; everything else lives in the backend files.  It keeps no
 * state: the backend list is a constant array, and the environment is read
 * on each call to nd_poller_select(NULL).
 *
 * $NODULE_POLLER is a testing and debugging knob, so a process running with
 * elevated privileges (setuid/setgid, file capabilities) ignores it, as the
 * dynamic loader ignores LD_* variables in that case.  An unknown value is
 * not silently replaced by the default: nd_poller_select() returns NULL so
 * that a misspelt backend name is noticed instead of testing the wrong one.
 */
#include "poller.h"

#include <stdlib.h>
#include <string.h>

#if defined(__linux__)
#include <sys/auxv.h>
#elif !defined(_WIN32)
#include <unistd.h>
#endif

static const nd_poller_ops_t *const backends[] = {
#if defined(_WIN32)
    &nd_poller_iocp, /* poll.c is POSIX-only */
#else
#if defined(__linux__)
    &nd_poller_epoll,
#elif defined(__APPLE__) || defined(__FreeBSD__)
    &nd_poller_kqueue,
#endif
    &nd_poller_poll,
#endif
    NULL};

/* Is this process running with privileges its caller may not have? */
static int running_privileged(void) {
#if defined(__linux__)
    return getauxval(AT_SECURE) != 0;
#elif defined(__APPLE__) || defined(__FreeBSD__) || defined(__OpenBSD__) ||    \
    defined(__NetBSD__)
    return issetugid() != 0;
#else
    return 0;
#endif
}

/* see poller.h */
const nd_poller_ops_t *const *nd_poller_backends(void) {
    return backends;
}

/* see poller.h */
const nd_poller_ops_t *nd_poller_select(const char *name) {
    int i;

    if (name == NULL) {
        if (!running_privileged())
            name = getenv("NODULE_POLLER");
        if (name == NULL || name[0] == '\0')
            return backends[0];
    }
    for (i = 0; backends[i] != NULL; i++) {
        if (strcmp(backends[i]->name, name) == 0)
            return backends[i];
    }
    return NULL;
}

/* see poller.h */
int nd_poller_open(nd_poller_t **out, const nd_poller_ops_t *ops) {
    if (out == NULL)
        return ND_EINVAL;
    *out = NULL;
    if (ops == NULL)
        ops = nd_poller_select(NULL);
    if (ops == NULL)
        return ND_EINVAL;
    return ops->create(out);
}

/* see poller.h */
void nd_poller_close(nd_poller_t *p) {
    if (p != NULL)
        p->ops->destroy(p);
}

/* see poller.h */
int nd_poller_watch(nd_poller_t *p, int fd, unsigned events) {
    return p->ops->watch(p, fd, events);
}

/* see poller.h */
int nd_poller_unwatch(nd_poller_t *p, int fd) {
    return p->ops->unwatch(p, fd);
}

/* see poller.h */
int nd_poller_wait(nd_poller_t *p, int timeout_ms, nd_poller_event_t *fired,
                   int max) {
    return p->ops->wait(p, timeout_ms, fired, max);
}

/* see poller.h */
int nd_poller_wake(nd_poller_t *p) {
    return p->ops->wake(p);
}

/* see poller.h */
const char *nd_poller_name(const nd_poller_t *p) {
    return p->ops->name;
}
