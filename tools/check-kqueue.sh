#!/bin/sh
# check-kqueue.sh - compile-check the kqueue backend for the systems that
# have kqueue: x86_64 and aarch64 FreeBSD and macOS.  nodule has no BSD or
# macOS machine to run it on, so this proves only that poller/kqueue.c (and
# the poller files built with it there) is well-formed for those targets,
# with warnings as errors, against the declarations in
# tests/kqueue/include/nd_bsd_abi.h (whose struct layouts it pins with
# _Static_assert).  kqueue is compile-checked, not run.
#
# Prints one line per target and file, then "N passed, M failed"; exits
# non-zero if anything failed.  Prints "SKIP: ..." and exits 77 when clang
# is missing.  Writes nothing (objects go to /dev/null).
cd "$(dirname "$0")/.."
CLANG=${CLANG:-clang}
if ! command -v "$CLANG" > /dev/null 2>&1; then
    echo "SKIP: kqueue compile check: clang not found"
    exit 77
fi
passed=0
failed=0
for target in x86_64-unknown-freebsd13 aarch64-unknown-freebsd13 \
              x86_64-apple-macos11 arm64-apple-macos11; do
    for src in poller/kqueue.c poller/poller.c poller/error.c; do
        if "$CLANG" -target "$target" -std=gnu11 -ffreestanding -nostdlibinc \
                -isystem tests/kqueue/include -Ipoller \
                -Wall -Wextra -Werror -Wno-unused-parameter \
                -Wno-sign-compare -Wno-missing-field-initializers \
                -c "$src" -o /dev/null; then
            echo "ok   $target $src"
            passed=$((passed + 1))
        else
            echo "FAIL $target $src"
            failed=$((failed + 1))
        fi
    done
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
