#!/bin/sh
# worker.sh - run worker.js under nodule and node RUNS times each, in
# turns, and print for each runtime the best and the median of: the fib
# speedup of 2 workers over 1, spawn -> 'online' (ms), and the message
# round trip (us).
#
# Usage: tests/bench/worker.sh [NODULE [RUNS [FIB]]]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
nodule=${1:-build/nodule}
runs=${2:-5}
fib=${3:-27}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

i=0
while [ "$i" -lt "$runs" ]; do
    for rt in nodule node; do
        if [ "$rt" = node ] && ! command -v node > /dev/null 2>&1; then
            continue
        fi
        bin=$nodule
        [ "$rt" = node ] && bin=node
        "$bin" "$here/worker.js" "$fib" 20 2000 > "$tmp/out"
        sed -n 's/.*speedup \([0-9.]*\).*/\1/p' "$tmp/out" >> "$tmp/$rt.speedup"
        sed -n 's/^spawn -> online: \([0-9.]*\) ms.*/\1/p' "$tmp/out" \
            >> "$tmp/$rt.online"
        sed -n 's/^round trip: \([0-9.]*\) us.*/\1/p' "$tmp/out" >> "$tmp/$rt.trip"
    done
    i=$((i + 1))
done

# best (highest speedup, lowest times) and median of a column of numbers
stats() { # file higher-is-better
    sort -g "$1" | awk -v hi="$2" '{ v[NR] = $1 }
        END { best = hi ? v[NR] : v[1];
              med = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
              printf "best %s, median %s", best, med }'
}

for rt in nodule node; do
    [ -f "$tmp/$rt.speedup" ] || continue
    echo "$rt ($runs runs, fib($fib)):"
    echo "  2-worker speedup:   $(stats "$tmp/$rt.speedup" 1)"
    echo "  spawn -> online ms: $(stats "$tmp/$rt.online" 0)"
    echo "  round trip us:      $(stats "$tmp/$rt.trip" 0)"
done
