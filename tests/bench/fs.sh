#!/bin/sh
# fs.sh - tests/bench/fs.js under nodule and under node, side by side:
# 2,000 small files written and read back with every request in flight,
# readFileSync of 64 MiB, a 256 MiB stream copy, and the copy's peak RSS
# (GNU time's %M around a run that only copies).  A benchmark, not a test:
# it prints numbers and ratios and never fails on them.
#
#   tests/bench/fs.sh [NODULE [RUNS]]   (default build/nodule, 3 runs)
#
# "speed" is nodule's speed as a multiple of node's (above 1: nodule is
# faster); on the peak-RSS line it is nodule's peak RSS as a fraction of
# node's (below 1: nodule uses less).  Needs about 600 MB free in $TMPDIR
# (default /tmp).
set -eu
nodule=${1:-build/nodule}
runs=${2:-3}
here=$(cd "$(dirname "$0")" && pwd)
command -v node > /dev/null ||
    { echo "node not installed: nothing to compare"; exit 0; }
[ -x /usr/bin/time ] ||
    { echo "GNU time (/usr/bin/time, package \"time\") is needed"; exit 1; }
# Up to 2,000 files are open at once.
[ "$(ulimit -n)" = unlimited ] || [ "$(ulimit -n)" -ge 4096 ] ||
    ulimit -n 4096 2> /dev/null ||
    echo "warning: ulimit -n is $(ulimit -n); the small-files run may fail"

dir=$(mktemp -d "${TMPDIR:-/tmp}/nodule-bench-fs.XXXXXX")
trap 'rm -rf "$dir"' EXIT
a="$dir/nodule.out"
b="$dir/node.out"

# The two runtimes take turns, $runs times each, and each measure keeps
# its best value, so that a burst of load on the machine hurts neither
# side alone.  The runs share the input files, which the first one makes.
best() { # best FILE...: per measure, the lowest ms or the highest MB/s
    awk '{ k = $1
           if (!(k in v)) { order[n++] = k; v[k] = $2; u[k] = $3 }
           else if ($3 == "ms" ? $2 < v[k] : $2 > v[k]) v[k] = $2 }
         END { for (i = 0; i < n; i++)
                   print order[i], v[order[i]], u[order[i]] }' "$@"
}
i=0
while [ $i -lt "$runs" ]; do
    "$nodule" "$here/fs.js" all "$dir" > "$a.$i"
    node "$here/fs.js" all "$dir" > "$b.$i"
    i=$((i + 1))
done
best "$a".* > "$a"
best "$b".* > "$b"

printf '%-22s %12s %12s %6s %8s\n' measure nodule node unit speed
# Both runs print the same measures in the same order: "name value unit".
paste -d ' ' "$a" "$b" | awk '{
    if ($3 == "ms") speed = ($2 > 0) ? $5 / $2 : 0  # times: lower is better
    else speed = ($5 > 0) ? $2 / $5 : 0             # rates: higher is better
    printf "%-22s %12.1f %12.1f %6s %7.2fx\n", $1, $2, $5, $3, speed }'

peak_kb() { # peak RSS in KiB of one copy-only run under "$1"
    /usr/bin/time -f '%M' "$1" "$here/fs.js" copy-once "$dir" 2>&1 \
        > /dev/null | tail -1
}
m_nodule=$(peak_kb "$nodule")
m_node=$(peak_kb node)
printf '%-22s %12s %12s %6s %7.2fx\n' peak-RSS-copy-256MiB "$m_nodule" \
    "$m_node" KiB "$(awk -v x="$m_nodule" -v y="$m_node" \
    'BEGIN { print (y > 0 ? x / y : 0) }')"
echo "(speed: nodule as a multiple of node, higher is better;" \
     "peak-RSS line: nodule/node, lower is better)"
