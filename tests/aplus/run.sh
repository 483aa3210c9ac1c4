#!/bin/sh
# Run the Promises/A+ compliance suite against nodule's Promise.
#
#     tests/aplus/run.sh NODULE [CACHE_DIR] [runner options...]
#
# NODULE is the binary to test (or "node" to check the runner itself).
# CACHE_DIR (default: build/aplus-cache beside this tree) receives the
# suite from the npm registry on first use; nothing is installed into the
# source tree. The runner prints failures and ends with "N passed, M
# failed"; the exit status is non-zero when anything failed.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 1 ]; then
    echo "usage: $0 NODULE [CACHE_DIR] [--timeout MS] [--grep TEXT]" >&2
    exit 2
fi
nodule=$1
shift
cache=$here/../../build/aplus-cache
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
    cache=$1
    shift
fi

suite=$cache/package/lib/tests
if [ ! -f "$suite/2.3.4.js" ]; then
    # Only the suite's own files are needed (the runner brings its own
    # mocha-like harness and sinon stand-in), so fetch the package tarball
    # without its dependencies.
    mkdir -p "$cache"
    echo "fetching promises-aplus-tests into $cache" >&2
    tarball=$(cd "$cache" && npm pack --silent promises-aplus-tests@2.1.2)
    (cd "$cache" && tar xzf "$tarball" && rm -f "$tarball")
fi

# The test files are passed one by one so that the runner needs no
# directory listing from the runtime under test.
exec "$nodule" "$here/run.js" "$@" "$suite"/*.js
