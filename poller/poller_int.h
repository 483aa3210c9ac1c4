/*
 * poller_int.h - what the backend files of poller/ share, and nothing else
 * includes.
 */
#ifndef ND_POLLER_INT_H
#define ND_POLLER_INT_H

#include "poller.h"

#include <stdlib.h>
#include <string.h>

#if !defined(_WIN32)
#include <errno.h>
#include <sys/stat.h>
#endif

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

/* Grow a zero-filled table of *n elements of `size` bytes, indexed by fd,
 * so that index fd (already bounds-checked) is inside it: doubling from
 * 64, never beyond ND_POLLER_MAX_FD, new elements zeroed.  Returns the
 * table (moved, maybe) and updates *n, or NULL when out of memory, leaving
 * the old table and *n as they were.  Every backend's per-fd table grows
 * this way. */
static inline void *nd__poller_grow(void *table, int *n, int fd, size_t size) {
    int want = *n > 0 ? *n : 64;
    char *grown;

    if (fd < *n)
        return table;
    while (want <= fd)
        want = want <= ND_POLLER_MAX_FD / 2 ? want * 2 : ND_POLLER_MAX_FD;
    grown = realloc(table, (size_t)want * size);
    if (grown == NULL)
        return NULL;
    memset(grown + (size_t)*n * size, 0, (size_t)(want - *n) * size);
    *n = want;
    return grown;
}

#if !defined(_WIN32)
/* Can fd be watched for readiness at all?  ND_EBADF (or another code) if
 * it is not open, ND_EPERM for a regular file or a directory, which every
 * readiness API calls always ready (epoll refuses them with EPERM; poll and
 * kqueue would accept them, so those backends ask this first). */
static inline int nd__poller_check_pollable(int fd) {
    struct stat st;

    if (fstat(fd, &st) < 0)
        return nd_err_from_errno(errno);
    if (S_ISREG(st.st_mode) || S_ISDIR(st.st_mode))
        return ND_EPERM;
    return 0;
}
#endif

#endif
