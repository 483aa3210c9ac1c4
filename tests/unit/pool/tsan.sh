#!/bin/sh
# tsan.sh - run the pool's (and the poller's) unit tests, and the
# worker_threads JS tests, under ThreadSanitizer.
#
# Usage: tests/unit/pool/tsan.sh [build-dir]
#
# Configures a separate build directory (default: build-tsan in the source
# tree) with -Db_sanitize=thread, builds only the test programs of pool/
# and poller/ and the nodule binary, and runs those tests and the
# test-worker-* JS tests (threads that each run an engine, ports and
# queues shared between them).  Any data race or lock-order report makes the
# run fail.  With gcc this needs the ThreadSanitizer runtime (Debian
# package libtsan2, pulled in by gcc-12).  NODULE_SRC may name another
# source tree with the same layout.
set -eu

src=${NODULE_SRC:-$(cd "$(dirname "$0")/../../.." && pwd)}
build=${1:-"$src/build-tsan"}

if [ ! -f "$build/build.ninja" ]; then
    meson setup "$build" "$src" -Db_sanitize=thread -Db_lundef=false \
        -Dbuildtype=debugoptimized
fi
ninja -C "$build" -j2 \
    tests/unit/pool/test-pool \
    tests/unit/pool/test-pool-slow \
    tests/unit/pool/test-pool-stress \
    tests/unit/pool/test-pool-wake \
    tests/unit/pool/test-pool-env \
    tests/unit/poller/test-poller \
    tests/unit/poller/test-poller-sockets \
    nodule

# halt_on_error: the first report fails the test; exitcode 66 is TSan's.
TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 ${TSAN_OPTIONS:-}"
export TSAN_OPTIONS
# The pool suite holds only pool tests; the backend suites also hold loop/'s
# tests, so the poller's are named one by one.
meson test -C "$build" --no-rebuild --num-processes 2 --print-errorlogs \
    --suite pool
meson test -C "$build" --no-rebuild --num-processes 2 --print-errorlogs \
    poller-epoll poller-poll poller-sockets-epoll poller-sockets-poll
# The worker_threads tests, one by one (the js suite holds every module).
worker_tests=$(cd "$src/tests/js" && ls test-worker-*.js | sed 's/\.js$//')
# shellcheck disable=SC2086
meson test -C "$build" --no-rebuild --num-processes 2 --print-errorlogs \
    --timeout-multiplier 4 $worker_tests
