/*
 * clock_posix.c - nd_hrtime() (loop.h) on POSIX systems: CLOCK_MONOTONIC;
 * nd_wallclock_ms(): CLOCK_REALTIME.
 * The Windows twin is clock_win32.c.
 */
#include <time.h>

#include "loop.h"

/* see loop.h */
uint64_t nd_hrtime(void) {
    struct timespec ts;

    /* CLOCK_MONOTONIC cannot fail with a valid pointer on any system we
     * support; a zero time is still a safe answer if it ever did. */
    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0)
        return 0;
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* see loop.h */
uint64_t nd_wallclock_ms(void) {
    struct timespec ts;

    if (clock_gettime(CLOCK_REALTIME, &ts) != 0)
        return 0;
    return (uint64_t)ts.tv_sec * 1000u + (uint64_t)ts.tv_nsec / 1000000u;
}
