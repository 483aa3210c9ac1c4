/*
 * unported_win32.c - the close hooks of core.c for the handle types that
 * are not built on Windows yet: streams (stream.c: pipes, ttys, TCP) and UDP
 * sockets (udp.c).
 *
 * core.c's nd_close() dispatches on the handle type and calls these for
 * those types.  On Windows no function that makes such a handle exists, so
 * none can reach nd_close(); these definitions keep core.c shared and
 * unchanged, and turn the impossible into a loud failure instead of
 * undefined behaviour.  Each goes away when its handle type is ported (the
 * streams on IOCP reads and writes, see DESIGN.md).
 */
#include <stdio.h>
#include <stdlib.h>

#include "internal.h"

static void unreachable(const char *what) {
    fprintf(stderr,
            "nodule: internal error: a %s handle on Windows, where %s "
            "handles are not built\n",
            what, what);
    abort();
}

/* see internal.h */
void nd__stream_close(struct nd_stream_s *s) {
    (void)s;
    unreachable("stream");
}

/* see internal.h */
void nd__udp_close(struct nd_udp_s *u) {
    (void)u;
    unreachable("udp");
}
