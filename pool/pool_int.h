/*
 * pool_int.h - pool internals exposed to nodule's own tests, and nothing
 * else.
 */
#ifndef ND_POOL_INT_H
#define ND_POOL_INT_H

/* The default number of worker threads. */
#define ND__POOL_DEFAULT_SIZE 4
/* The bounds the configured size is clamped to. */
#define ND__POOL_MIN_SIZE 1
#define ND__POOL_MAX_SIZE 1024

#include <stdint.h>

/* How long an idle worker spins for the next item before it sleeps
 * (pool.c explains why): 50 microseconds. */
#define ND__POOL_SPIN_NS 50000u

/* Change that for the tests (0: workers never spin).  Takes effect the
 * next time a worker runs out of work. */
void nd__pool_set_spin_ns(uint64_t ns);

/* Turn the text of $NODULE_THREADPOOL_SIZE (or $UV_THREADPOOL_SIZE) into a
 * pool size: a decimal integer, optionally signed and surrounded by spaces,
 * clamped to ND__POOL_MIN_SIZE..ND__POOL_MAX_SIZE ("0" -> 1, "5000" ->
 * 1024).  NULL, an empty string or anything that is not a number ("abc",
 * "8x") gives ND__POOL_DEFAULT_SIZE. */
int nd__pool_parse_size(const char *text);

#endif
