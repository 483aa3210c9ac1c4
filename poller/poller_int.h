/*
 * poller_int.h - what the backend files of poller/ share, and nothing else
 * includes.
 */
#ifndef ND_POLLER_INT_H
#define ND_POLLER_INT_H

#include "poller.h"

/* The bounds check every backend applies to every fd it is given, before
 * the fd reaches the OS or indexes a table: ND_EBADF for a negative fd,
 * ND_ERANGE for one at or beyond ND_POLLER_MAX_FD, else 0. */
static inline int nd__poller_check_fd(int fd) {
    if (fd < 0)
        return ND_EBADF;
    if (fd >= ND_POLLER_MAX_FD)
        return ND_ERANGE;
    return 0;
}

#endif
