#!/bin/sh
# run-tests.sh - build and run every test suite of nodule, then print one
# line "N passed, M failed" that totals all of them.  Exits non-zero when
# anything failed.  tools/quickstart.sh test installs the packages first;
# this script assumes they are there.
#
# Suites, in order:
#   1. release build: unit (C, per poller backend), js, diff      meson test
#   2. Promises/A+ conformance suite under nodule                 tests/aplus
#      and popular npm packages run unmodified                    tests/npm
#   3. the whole of 1 again, built with ASan + UBSan              meson test
#   4. pool, poller and worker tests under ThreadSanitizer  tests/unit/pool/tsan.sh
#   5. the C suite cross-built for Windows, run under Wine  tools/test-windows.sh
#   6. the kqueue backend compiled for FreeBSD and macOS    tools/check-kqueue.sh
#
# Steps 5 and 6 print a loud "SKIP: ..." (counted neither as passed nor as
# failed) when the cross compiler, Wine or clang is missing.
set -u
cd "$(dirname "$0")/.."
passed=0
failed=0
jobs=${NODULE_TEST_JOBS:-2}

build() { # build DIR [meson options]: configure once, then incremental
    dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        meson setup "$dir" "$@" > "$dir.setup.log" 2>&1 ||
            { cat "$dir.setup.log"; return 1; }
    fi
    ninja -C "$dir" > "$dir.ninja.log" 2>&1 ||
        { tail -50 "$dir.ninja.log"; return 1; }
}

count_meson() { # add the results of DIR's last meson test run to the totals
    set -- $(python3 - "$1/meson-logs/testlog.json" <<'PY'
import json, sys
ok = bad = 0
try:
    for line in open(sys.argv[1]):
        r = json.loads(line).get("result")
        if r in ("OK", "EXPECTEDFAIL", "SKIP"):
            ok += r != "SKIP"
        else:
            bad += 1
except OSError:
    bad += 1
print(ok, bad)
PY
)
    passed=$((passed + $1))
    failed=$((failed + $2))
}

count_line() { # add a suite's own "N passed, M failed" line to the totals
    set -- $(echo "$1" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed.*/\1 \2/p')
    if [ $# -eq 2 ]; then
        passed=$((passed + $1))
        failed=$((failed + $2))
    else
        failed=$((failed + 1)) # no such line: the suite did not finish
    fi
}

run_meson() { # run_meson LABEL DIR [meson test args]
    label=$1
    dir=$2
    shift 2
    echo "=== $label"
    meson test -C "$dir" --num-processes "$jobs" --print-errorlogs "$@" \
        > "$dir.test.log" 2>&1
    grep -E '^ *[0-9]+/[0-9]+ .*(FAIL|TIMEOUT|ERROR)' "$dir.test.log" || true
    grep -E '^(Ok|Fail|Skipped|Timeout):' "$dir.test.log" | tr '\n' ' '
    echo
    count_meson "$dir"
}

# 1. release build
if build build; then
    run_meson "release build: unit, js, diff" build
else
    echo "release build FAILED"
    failed=$((failed + 1))
fi

# 2. Promises/A+
echo "=== Promises/A+ conformance"
if [ -x build/nodule ] && out=$(tests/aplus/run.sh build/nodule build/aplus 2>&1); then
    line=$(echo "$out" | tail -1)
else
    line=$(echo "${out:-nodule missing}" | tail -1)
    echo "$out" | tail -20
fi
echo "$line"
count_line "$line"

# 2b. Popular pure-ES5 npm packages, installed with npm into a cache and
#     run unmodified under nodule (and compared with node where present).
echo "=== npm packages"
if [ -x build/nodule ]; then
    out=$(tests/npm/run.sh build/nodule build/npm-cache 2>&1)
else
    out="nodule missing"
fi
echo "$out" | grep -E '^(FAIL|SKIP)' || true
line=$(echo "$out" | tail -1)
echo "$line"
count_line "$line"

# 3. ASan + UBSan: the whole suite again.  Any UBSan report is an error.
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
if build build-asan -Db_sanitize=address,undefined -Db_lundef=false \
        -Dbuildtype=debugoptimized -Dc_args=-fno-sanitize-recover=all; then
    run_meson "sanitizer build (ASan + UBSan): unit, js, diff" build-asan \
        --timeout-multiplier 4
else
    echo "sanitizer build FAILED"
    failed=$((failed + 1))
fi

# 4. ThreadSanitizer on the pool, the poller and worker_threads (threads
#    are where it matters).  tsan.sh builds only those test programs and
#    nodule; each of its meson test runs rewrites testlog.json, so the
#    counts come from its own output.
echo "=== ThreadSanitizer build: pool, poller and worker_threads"
tests/unit/pool/tsan.sh build-tsan > build-tsan.test.log 2>&1 || true
grep -E '^ *[0-9]+/[0-9]+ .*(FAIL|TIMEOUT|ERROR)' build-tsan.test.log || true
tsan_ok=$(grep -E '^Ok:' build-tsan.test.log | awk '{s+=$2} END {print s+0}')
tsan_bad=$(grep -E '^(Fail|Timeout):' build-tsan.test.log |
    awk '{s+=$2} END {print s+0}')
if [ "$tsan_ok" -eq 0 ]; then
    tail -30 build-tsan.test.log
    tsan_bad=$((tsan_bad + 1))
fi
echo "Ok: $tsan_ok Fail: $tsan_bad"
passed=$((passed + tsan_ok))
failed=$((failed + tsan_bad))

# 5. The Windows C suite: poller (iocp), pool and loop tests under Wine.
#    Its counts come from this run's testlog.json (a stale one is removed
#    first, so a build that fails cannot report the last run's passes).
echo "=== Windows C suite (MinGW-w64, under Wine)"
rm -f build-win/meson-logs/testlog.json
tools/test-windows.sh build-win > build-win.test.log 2>&1
rc=$?
if [ "$rc" -eq 77 ]; then
    grep '^SKIP' build-win.test.log
elif [ -f build-win/meson-logs/testlog.json ]; then
    grep -E '^ *[0-9]+/[0-9]+ .*(FAIL|TIMEOUT|ERROR)' build-win.test.log || true
    grep -E '^(Ok|Fail|Skipped|Timeout):' build-win.test.log | tr '\n' ' '
    echo
    count_meson build-win
else
    echo "Windows build FAILED"
    tail -30 build-win.test.log
    failed=$((failed + 1))
fi

# 6. kqueue: compile-checked for FreeBSD and macOS, not run.
echo "=== kqueue compile check (FreeBSD, macOS; not run)"
out=$(tools/check-kqueue.sh 2>&1)
rc=$?
if [ "$rc" -eq 77 ]; then
    echo "$out" | grep '^SKIP'
else
    echo "$out" | grep -E '^FAIL|error:' || true
    line=$(echo "$out" | tail -1)
    echo "$line"
    count_line "$line"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
