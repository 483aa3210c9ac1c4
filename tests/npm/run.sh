#!/bin/sh
# Run popular pure-ES5 npm packages, unmodified, under nodule.
#
#     tests/npm/run.sh NODULE [CACHE_DIR]
#
# The packages and their exact versions are listed in packages.json beside
# this script. They are installed with the real npm into CACHE_DIR
# (default: build/npm-cache in this tree), never into the source tree; an
# installation whose versions already match is reused without asking the
# registry. Then each check-<package>.js beside this script runs under
# NODULE with NODE_PATH pointing into the cache, so that require('lodash')
# finds it. When `node` is installed the same program also runs under
# node, and nodule's stdout must equal node's (stderr is not compared:
# stack traces differ by design).
#
# Prints "ok NAME VERSION" or "FAIL NAME VERSION: why" per package and ends
# with "N passed, M failed"; the exit status is non-zero when anything
# failed. Without npm, or when the registry cannot be reached and nothing
# is cached, it prints "SKIP: ..." and "0 passed, 0 failed" and exits 0.
set -u

here=$(cd "$(dirname "$0")" && pwd)
if [ $# -lt 1 ]; then
    echo "usage: $0 NODULE [CACHE_DIR]" >&2
    exit 2
fi
# Absolute paths, since the checks run from a scratch directory.
abspath() {
    case $1 in
        /*) echo "$1" ;;
        */*) echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")" ;;
        *) command -v "$1" || echo "$1" ;;
    esac
}
nodule=$(abspath "$1")
cache=${2:-$here/../../build/npm-cache}
mkdir -p "$cache" || exit 1
cache=$(cd "$cache" && pwd)
if [ ! -x "$nodule" ]; then
    echo "$0: $nodule is not an executable" >&2
    exit 2
fi

# packages.json holds one '"name": "version"' pair per line.
list=$(sed -n 's/^ *"\([^"]*\)": *"\([^"]*\)",\{0,1\} *$/\1 \2/p' \
    "$here/packages.json")

installed_version() { # the version of package $1 in the cache, or nothing
    sed -n 's/^[[:space:]]*"version":[[:space:]]*"\([^"]*\)".*/\1/p' \
        "$cache/node_modules/$1/package.json" 2> /dev/null | head -1
}

up_to_date() {
    echo "$list" | while read -r name version; do
        [ "$(installed_version "$name")" = "$version" ] || echo stale
    done | grep -q stale && return 1
    return 0
}

skip() {
    echo "SKIP: $1"
    echo "0 passed, 0 failed"
    exit 0
}

if ! up_to_date; then
    command -v npm > /dev/null 2>&1 || skip "npm is not installed"
    # The cache's own package.json names exactly the pinned versions (it
    # also keeps npm from looking for a package.json in a parent folder).
    {
        echo '{'
        echo '  "private": true,'
        echo '  "description": "packages for nodule tests/npm (generated)",'
        echo '  "dependencies": {'
        echo "$list" | sed 's/^\(.*\) \(.*\)$/    "\1": "\2",/;$s/,$//'
        echo '  }'
        echo '}'
    } > "$cache/package.json"
    echo "installing the packages of $here/packages.json into $cache" >&2
    if ! (cd "$cache" && npm install --no-audit --no-fund --ignore-scripts) \
            > "$cache/install.log" 2>&1
    then
        if ! (cd "$cache" && npm ping) > /dev/null 2>&1; then
            skip "npm registry unreachable"
        fi
        tail -20 "$cache/install.log"
        echo "FAIL npm install (see $cache/install.log)"
        echo "0 passed, 1 failed"
        exit 1
    fi
    up_to_date || {
        echo "FAIL npm installed other versions than packages.json asks for"
        echo "0 passed, 1 failed"
        exit 1
    }
fi

# The node to compare with, if any.
node=$(command -v node 2> /dev/null || true)
# A per-check time limit, where coreutils provides one.
limit=
command -v timeout > /dev/null 2>&1 && limit="timeout 120"

work=$(mktemp -d "${TMPDIR:-/tmp}/nodule-npm.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

passed=0
failed=0
# Runs in the current shell (no pipe) so that the counters survive.
while read -r name version; do
    check=$here/check-$name.js
    if [ ! -f "$check" ]; then
        echo "FAIL $name $version: $check is missing"
        failed=$((failed + 1))
        continue
    fi
    # The checks run in a scratch directory, with NODE_PATH, and with a
    # fixed time zone and locale so that dates print the same everywhere.
    (cd "$work" && NODE_PATH=$cache/node_modules TZ=UTC LC_ALL=C \
        $limit "$nodule" "$check") > "$work/nodule.out" 2> "$work/nodule.err"
    status=$?
    why=
    if [ $status -ne 0 ]; then
        why="exit status $status under nodule"
    elif [ -n "$node" ]; then
        (cd "$work" && NODE_PATH=$cache/node_modules TZ=UTC LC_ALL=C \
            $limit "$node" "$check") > "$work/node.out" 2> "$work/node.err"
        nstatus=$?
        if [ $nstatus -ne 0 ]; then
            why="exit status $nstatus under node"
            cp "$work/node.err" "$work/nodule.err"
        elif ! cmp -s "$work/node.out" "$work/nodule.out"; then
            why="stdout differs from node's"
        fi
    fi
    if [ -z "$why" ]; then
        echo "ok $name $version"
        passed=$((passed + 1))
    else
        echo "FAIL $name $version: $why"
        if [ "$why" = "stdout differs from node's" ]; then
            diff -u "$work/node.out" "$work/nodule.out" |
                sed -n '3,30s/^/    /p'
        else
            tail -15 "$work/nodule.err" | sed 's/^/    /'
        fi
        failed=$((failed + 1))
    fi
done <<EOF
$list
EOF

echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
