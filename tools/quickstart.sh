#!/bin/sh
# quickstart.sh - the two commands of the README's quick start.
#
#   tools/quickstart.sh demo   install what is missing, build, run the demo
#   tools/quickstart.sh test   install what is missing, build, and run every
#                              test suite (unit, js, diff, Promises/A+, and
#                              the whole suite again under ASan+UBSan, and
#                              the pool stress test under TSan, the C suite
#                              cross-built for Windows under Wine, and the
#                              kqueue compile check)
#
# Meant for a Debian 12 machine, as root (or with sudo available).  Both are
# idempotent: packages already present are not reinstalled and the builds
# are incremental, so a second run only does what changed.
#
# The test mode ends with one line "N passed, M failed" that totals every
# suite, and exits non-zero if anything failed.
set -eu
cd "$(dirname "$0")/.."
mode=${1:-demo}

build_pkgs="gcc meson ninja-build pkg-config python3 duktape-dev
libbearssl-dev zlib1g-dev node-llhttp"
# The tests fetch the public Promises/A+ suite with npm; Debian's npm is
# installed only when no npm is on the PATH already.
test_pkgs=""
command -v npm > /dev/null 2>&1 || test_pkgs="npm"
# The Windows C suite (MinGW-w64 cross compiler, Wine to run it) and the
# kqueue compile check (clang).  Test-only.
test_pkgs="$test_pkgs gcc-mingw-w64-x86-64 mingw-w64-tools libz-mingw-w64-dev
wine wine64 clang"
# The HTTP interop tests' peers (tests/interop/): curl as a client, nginx as
# a server.  Test-only.
test_pkgs="$test_pkgs curl nginx-light"

need_pkgs() { # print the packages of "$@" that are not installed
    for p in "$@"; do
        dpkg-query -W -f='${Status}\n' "$p" 2> /dev/null |
            grep -q 'install ok installed' || echo "$p"
    done
}

install_pkgs() {
    missing=$(need_pkgs "$@")
    [ -z "$missing" ] && return 0
    echo "quickstart: installing $missing"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo=sudo
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing \
        > /dev/null
}

build() { # build DIR [meson options]
    dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        meson setup "$dir" "$@" > "$dir.setup.log" 2>&1 ||
            { cat "$dir.setup.log"; exit 1; }
    fi
    ninja -C "$dir" > "$dir.ninja.log" 2>&1 ||
        { tail -50 "$dir.ninja.log"; exit 1; }
}

case "$mode" in
demo)
    # shellcheck disable=SC2086
    install_pkgs $build_pkgs
    build build
    echo "quickstart: built build/nodule; running examples/demo.js"
    echo
    build/nodule examples/demo.js
    ;;
test)
    # shellcheck disable=SC2086
    install_pkgs $build_pkgs $test_pkgs
    exec tools/run-tests.sh
    ;;
*)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac
