#!/bin/sh
# core.sh - tests/bench/core.js under nodule and under node, side by side:
# EventEmitter.emit, nextTick, promise jobs, timers, setImmediate, a
# require cache hit and sequential thread-pool round trips (fs.stat), in
# operations per second.  A benchmark, not a test: it never fails on the
# numbers.
#
#   tests/bench/core.sh [NODULE [RUNS]]   (default build/nodule, 3 runs)
#
# Each runtime runs RUNS times, taking turns, and each case keeps its best
# rate.  "ratio" is nodule's rate as a fraction of node's (1 = as fast).
set -eu
nodule=${1:-build/nodule}
runs=${2:-3}
here=$(cd "$(dirname "$0")" && pwd)
command -v node > /dev/null ||
    { echo "node not installed: nothing to compare"; exit 0; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/nodule-bench-core.XXXXXX")
trap 'rm -rf "$dir"' EXIT

i=0
while [ $i -lt "$runs" ]; do
    "$nodule" "$here/core.js" > "$dir/a.$i"
    node "$here/core.js" > "$dir/b.$i"
    i=$((i + 1))
done
best() { # best FILE...: per case, the highest rate
    awk '{ if (!($1 in v)) { order[n++] = $1; v[$1] = $2 }
           else if ($2 > v[$1]) v[$1] = $2 }
         END { for (i = 0; i < n; i++) print order[i], v[order[i]] }' "$@"
}
best "$dir"/a.* > "$dir/a"
best "$dir"/b.* > "$dir/b"
printf '%-16s %14s %14s %8s\n' case nodule/s node/s ratio
paste -d ' ' "$dir/a" "$dir/b" | awk '{
    printf "%-16s %14d %14d %8.3f\n", $1, $2, $4, ($4 > 0) ? $2 / $4 : 0 }'
