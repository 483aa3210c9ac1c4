/*
 * time.c - the monotonic clock.  The loop's notion of "now" is this clock
 * in milliseconds, read once per iteration (and after the poll wait), so
 * every timer compared within one pass sees the same time.
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
void nd_loop_update_time(nd_loop_t *loop) {
    loop->time = nd_hrtime() / 1000000u;
}

/* see loop.h */
uint64_t nd_loop_now(const nd_loop_t *loop) {
    return loop->time;
}
