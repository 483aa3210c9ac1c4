/*
 * clock_win32.c - nd_hrtime() (loop.h) on Windows: the performance counter,
 * which is monotonic and, since Windows 7, consistent across processors;
 * nd_wallclock_ms(): the system time, in 100 ns units since 1601.
 * The POSIX twin is clock_posix.c.
 *
 * The counter's frequency is fixed at boot, so it is read once.  Ticks are
 * split into whole seconds and a remainder before scaling, so that the
 * multiplication cannot overflow however long the machine has been up.
 */
#include <windows.h>

#include "loop.h"

/* see loop.h */
uint64_t nd_hrtime(void) {
    static volatile LONG64 freq; /* 0 until first read; a race is benign */
    LARGE_INTEGER now, f;
    uint64_t ticks, hz;

    if (freq == 0) {
        QueryPerformanceFrequency(&f);
        freq = f.QuadPart;
    }
    hz = (uint64_t)freq;
    QueryPerformanceCounter(&now);
    ticks = (uint64_t)now.QuadPart;
    return ticks / hz * 1000000000u + ticks % hz * 1000000000u / hz;
}

/* see loop.h */
uint64_t nd_wallclock_ms(void) {
    FILETIME ft;
    uint64_t t;

    GetSystemTimeAsFileTime(&ft);
    t = ((uint64_t)ft.dwHighDateTime << 32) | ft.dwLowDateTime;
    /* 1601-01-01 to 1970-01-01: 11644473600 s */
    return t / 10000u - 11644473600000u;
}
