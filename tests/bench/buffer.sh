#!/bin/sh
# buffer.sh - tests/bench/buffer.js under nodule and under node, side by
# side, with nodule's time as a multiple of node's.  A benchmark, not a
# test: it prints numbers and never fails on them.
#
#   tests/bench/buffer.sh [NODULE]      (default build/nodule)
set -eu
nodule=${1:-build/nodule}
here=$(cd "$(dirname "$0")" && pwd)
command -v node > /dev/null ||
    { echo "node not installed: nothing to compare"; exit 0; }
a=$(mktemp) b=$(mktemp)
trap 'rm -f "$a" "$b"' EXIT
"$nodule" "$here/buffer.js" > "$a"
node "$here/buffer.js" > "$b"
printf '%-24s %12s %12s %8s\n' operation 'nodule ms' 'node ms' ratio
# Both runs print the same operations in the same order.
paste -d ' ' "$a" "$b" | awk '{ printf "%-24s %12.4f %12.4f %8.1f\n",
    $1, $2, $4, ($4 > 0 ? $2 / $4 : 0) }'
