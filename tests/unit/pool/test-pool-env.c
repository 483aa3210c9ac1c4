/*
 * test-pool-env.c - where the pool's size comes from.
 *
 * meson runs this program several times with different values of
 * NODULE_THREADPOOL_SIZE and UV_THREADPOOL_SIZE (an empty value counts as
 * unset) and passes the size it must find in ND_EXPECT_POOL_SIZE.  Reading
 * the size does not start the pool.
 */
#include "pool.h"
#include "nd_test.h"

int main(void)
{
    const char *expect = getenv("ND_EXPECT_POOL_SIZE");

    ND_CHECK(expect != NULL);
    printf("NODULE_THREADPOOL_SIZE='%s' UV_THREADPOOL_SIZE='%s' -> %d\n",
           getenv("NODULE_THREADPOOL_SIZE") ? getenv("NODULE_THREADPOOL_SIZE")
                                            : "(unset)",
           getenv("UV_THREADPOOL_SIZE") ? getenv("UV_THREADPOOL_SIZE")
                                        : "(unset)",
           nd_pool_size());
    ND_CHECK_EQ(nd_pool_size(), atoi(expect));
    ND_CHECK_EQ(nd_pool_size(), atoi(expect)); /* read once, kept */
    ND_DONE("test-pool-env");
}
