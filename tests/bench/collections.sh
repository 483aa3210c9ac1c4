#!/bin/sh
# collections.sh - tests/bench/collections.js under nodule and under node,
# side by side, with nodule's rate as a fraction of node's. A benchmark,
# not a test: it prints numbers and never fails on them.
#
#   tests/bench/collections.sh [NODULE] [KEYS]     (default build/nodule)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
nodule=${1:-build/nodule}
keys=${2:-100000}
command -v node > /dev/null || { echo "node not installed: nothing to compare"; exit 0; }
a=$(mktemp)
b=$(mktemp)
trap 'rm -f "$a" "$b"' EXIT
"$nodule" "$here/collections.js" "$keys" > "$a"
node "$here/collections.js" "$keys" > "$b"
echo "$keys string keys, operations per second (best of 5)"
printf '%-14s %12s %12s %8s\n' operation nodule node ratio
paste -d " " "$a" "$b" | while read -r op x _ y; do
    printf '%-14s %12s %12s %8s\n' "$op" "$x" "$y" \
        "$(awk -v x="$x" -v y="$y" 'BEGIN { printf "%.3f", x / y }')"
done
