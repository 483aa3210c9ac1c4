/*
 * nd_test.h - the few macros nodule's C unit tests use.
 *
 * Each test program is one file with a main() that runs its cases with
 * ND_RUN(name) and ends with ND_DONE(), which prints an explicit
 * "PASS <program>" line (required by the runner, because a crashed program
 * under some environments can still exit 0).  A failed check prints both
 * sides, the file and the line, and exits 1 at once.
 */
#ifndef ND_TEST_H
#define ND_TEST_H

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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
