/*
 * time.c - the loop's notion of "now": the monotonic clock (nd_hrtime(),
 * from clock_posix.c or clock_win32.c) in milliseconds, read once per
 * iteration (and after the poll wait), so every timer compared within one
 * pass sees the same time.
 */
#include "loop.h"

/* see loop.h */
void nd_loop_update_time(nd_loop_t *loop) {
    loop->time = nd_hrtime() / 1000000u;
}

/* see loop.h */
uint64_t nd_loop_now(const nd_loop_t *loop) {
    return loop->time;
}
