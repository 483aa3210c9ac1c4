#!/bin/sh
# test-windows.sh [BUILD_DIR] - cross-build nodule's portable layers
# (poller/, pool/, loop/ core) and their C unit tests for 64-bit Windows
# with MinGW-w64, and run the tests under Wine.  BUILD_DIR defaults to
# build-win.  Extra arguments after it go to `meson test`.
#
# Everything Wine creates (its prefix) lives in BUILD_DIR/wineprefix, so
# nothing is cached outside the build directory; the prefix is created
# once, before the tests run in parallel.  Each test passes only with exit
# status 0 *and* its "PASS" line (tools/wine-test.sh), and Wine's debugger
# is disabled, because Wine may exit 0 after a crash.
#
# Exits 77 after printing "SKIP: ..." when the cross compiler or Wine is
# missing (tools/quickstart.sh test installs them), so a caller can tell a
# skip from a pass.  The last line is meson's summary.
cd "$(dirname "$0")/.."
build=${1:-build-win}
[ $# -gt 0 ] && shift
for tool in x86_64-w64-mingw32-gcc wine wineboot; do
    if ! command -v "$tool" > /dev/null 2>&1; then
        echo "SKIP: Windows C suite: $tool not found" \
             "(packages gcc-mingw-w64-x86-64 wine wine64)"
        exit 77
    fi
done
mkdir -p "$build" || exit 1
WINEPREFIX=$(cd "$build" && pwd)/wineprefix
WINEDLLOVERRIDES=winedbg.exe=d
WINEDEBUG=-all
export WINEPREFIX WINEDLLOVERRIDES WINEDEBUG

if [ ! -f "$build/build.ninja" ]; then
    meson setup "$build" --cross-file tools/cross/mingw-w64-x86_64.ini \
        > "$build/setup.log" 2>&1 || { cat "$build/setup.log"; exit 1; }
fi
ninja -C "$build" > "$build/ninja.log" 2>&1 ||
    { tail -50 "$build/ninja.log"; exit 1; }
if [ ! -f "$WINEPREFIX/system.reg" ]; then
    timeout 600 wineboot --init > /dev/null 2>&1
fi
meson test -C "$build" --num-processes "${NODULE_TEST_JOBS:-2}" \
    --print-errorlogs "$@"
rc=$?
wineserver -k > /dev/null 2>&1 # this prefix's server only
exit $rc
