/*
 * nd_test.h - the few macros nodule's C unit tests use.
 *
 * Each test program is one file with a main() that runs its cases with
 * ND_RUN(name) and ends with ND_DONE(), which prints an explicit
 * "PASS <program>" line (required by the runner, because a crashed program
 * under some environments can still exit 0).  A failed check prints both
 * sides, the file and the line, and exits 1 at once.
 *
 * On Windows (run under Wine) every test program also installs, before
 * main(), an unhandled-exception filter that prints the exception and
 * exits with status 3, and turns off the system's error dialogs: Wine may
 * otherwise start a debugger or exit 0 after a crash.  Together with the
 * PASS line (which tools/wine-test.sh requires) a crash can never pass.
 *
 * nd_test_now_ms() and nd_test_sleep_ms() are the monotonic clock and a
 * sleep, the same on every system.
 */
#ifndef ND_TEST_H
#define ND_TEST_H

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(_WIN32)
#include <winsock2.h> /* before windows.h, which would pull in winsock 1 */
#include <windows.h>

static LONG WINAPI nd_test_crash_filter(EXCEPTION_POINTERS *info) {
    fprintf(stderr, "unhandled exception 0x%08lx at %p\n",
            (unsigned long)info->ExceptionRecord->ExceptionCode,
            info->ExceptionRecord->ExceptionAddress);
    fflush(stderr);
    ExitProcess(3);
    return EXCEPTION_EXECUTE_HANDLER;
}

__attribute__((constructor)) static void nd_test_guard(void) {
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX);
    SetUnhandledExceptionFilter(nd_test_crash_filter);
    setvbuf(stdout, NULL, _IONBF, 0); /* nothing lost if we die */
}

static inline uint64_t nd_test_now_ms(void) {
    LARGE_INTEGER now, hz;

    /* The performance counter, not GetTickCount64(): the tick count moves
     * in 15.6 ms steps, too coarse to measure a wait against. */
    QueryPerformanceCounter(&now);
    QueryPerformanceFrequency(&hz);
    return (uint64_t)(now.QuadPart / hz.QuadPart * 1000 +
                      now.QuadPart % hz.QuadPart * 1000 / hz.QuadPart);
}

static inline void nd_test_sleep_ms(unsigned ms) {
    Sleep(ms);
}
#else
#include <time.h>

static inline uint64_t nd_test_now_ms(void) {
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

static inline void nd_test_sleep_ms(unsigned ms) {
    struct timespec ts;

    ts.tv_sec = ms / 1000;
    ts.tv_nsec = (long)(ms % 1000) * 1000000L;
    while (nanosleep(&ts, &ts) != 0)
        ;
}
#endif

#define ND_CHECK(cond)                                                        \
    do {                                                                      \
        if (!(cond)) {                                                        \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                   \
            exit(1);                                                          \
        }                                                                     \
    } while (0)

#define ND_CHECK_INT(a, op, b)                                                \
    do {                                                                      \
        long long nd_a_ = (long long)(a), nd_b_ = (long long)(b);             \
        if (!(nd_a_ op nd_b_)) {                                              \
            fprintf(stderr, "%s:%d: check failed: %s %s %s (%lld vs %lld)\n", \
                    __FILE__, __LINE__, #a, #op, #b, nd_a_, nd_b_);           \
            exit(1);                                                          \
        }                                                                     \
    } while (0)

#define ND_CHECK_EQ(a, b) ND_CHECK_INT(a, ==, b)

#define ND_CHECK_STR(a, b)                                                    \
    do {                                                                      \
        const char *nd_a_ = (a), *nd_b_ = (b);                                \
        if (strcmp(nd_a_, nd_b_) != 0) {                                      \
            fprintf(stderr, "%s:%d: check failed: %s == %s (\"%s\" vs \"%s\")\n", \
                    __FILE__, __LINE__, #a, #b, nd_a_, nd_b_);                \
            exit(1);                                                          \
        }                                                                     \
    } while (0)

#define ND_RUN(fn)                                                            \
    do {                                                                      \
        fprintf(stderr, "  %s\n", #fn);                                       \
        fn();                                                                 \
    } while (0)

#define ND_DONE(program)                                                      \
    do {                                                                      \
        printf("PASS %s\n", program);                                         \
        return 0;                                                             \
    } while (0)

#endif
