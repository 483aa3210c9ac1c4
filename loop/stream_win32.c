/*
 * stream_win32.c - the stream close hook of core.c on Windows, where the
 * stream handles (stream.c: pipes, ttys) are not built yet.
 *
 * core.c's nd_close() dispatches on the handle type and calls
 * nd__stream_close() for stream types.  On Windows no function that makes
 * a stream handle exists, so no such handle can reach nd_close(); this
 * definition keeps core.c shared and unchanged, and turns the impossible
 * into a loud failure instead of undefined behaviour.  It goes away when
 * the Windows streams (IOCP reads and writes, see DESIGN.md) arrive.
 */
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

/* see internal.h */
void nd__stream_close(struct nd_stream_s *s) {
    (void)s;
    fprintf(stderr, "nodule: internal error: a stream handle on Windows, "
                    "where streams are not built\n");
    abort();
}
