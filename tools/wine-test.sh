#!/bin/sh
# wine-test.sh wine PROGRAM.exe [ARGS] - run one Windows test program (meson
# puts this script, from the unit tests' test setup, in front of the cross
# file's exe_wrapper "wine") and pass only if it both exits 0 and prints
# its explicit "PASS <name>" line.  Wine may exit 0 after an unhandled
# crash, so the exit status alone proves nothing.
#
# Wine is kept quiet and never starts its debugger (winedbg would wait for
# a human).  WINEPREFIX should point inside the build directory (the meson
# test setup sets it); tools/test-windows.sh creates it before the tests
# run so that parallel tests do not race to create it.
export WINEDLLOVERRIDES="${WINEDLLOVERRIDES:-winedbg.exe=d}"
export WINEDEBUG="${WINEDEBUG:--all}"
out=$(mktemp) || exit 1
"$@" > "$out"
rc=$?
cat "$out"
if [ "$rc" -ne 0 ]; then
    rm -f "$out"
    exit "$rc"
fi
if ! tr -d '\r' < "$out" | grep -q '^PASS '; then
    echo "wine-test.sh: exit status 0 but no PASS line: treated as a crash" >&2
    rm -f "$out"
    exit 99
fi
rm -f "$out"
exit 0
