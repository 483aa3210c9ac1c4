#!/bin/sh
# startup.sh - startup time and peak memory of an empty script, nodule
# against node, side by side.  A benchmark, not a test: it prints numbers
# and ratios and never fails on them.
#
#   tests/bench/startup.sh [NODULE]      (default build/nodule)
#
# Uses hyperfine when installed (Debian package "hyperfine"), otherwise a
# plain loop of 50 runs; peak RSS comes from GNU time ("time" package).
set -eu
nodule=${1:-build/nodule}
empty=$(mktemp --suffix=.js)
trap 'rm -f "$empty"' EXIT
command -v node > /dev/null || { echo "node not installed: nothing to compare"; exit 0; }

mean_ms() { # mean wall time of "$@" in ms over 50 runs
    if command -v hyperfine > /dev/null; then
        json=$(mktemp)
        hyperfine -N --warmup 5 --runs 50 --export-json "$json" "$*" \
            > /dev/null 2>&1
        python3 -c 'import json,sys; print("%.2f" % (json.load(open(sys.argv[1]))["results"][0]["mean"]*1000))' "$json"
        rm -f "$json"
    else
        python3 - "$@" <<'PY'
import subprocess, sys, time
t = time.perf_counter()
for _ in range(50):
    subprocess.run(sys.argv[1:], check=False)
print("%.2f" % ((time.perf_counter() - t) * 1000 / 50))
PY
    fi
}

peak_kb() { # peak RSS of "$@" in KiB
    /usr/bin/time -f '%M' "$@" 2>&1 > /dev/null | tail -1
}

t_nodule=$(mean_ms "$nodule" "$empty")
t_node=$(mean_ms node "$empty")
m_nodule=$(peak_kb "$nodule" "$empty")
m_node=$(peak_kb node "$empty")
echo "startup, empty script: nodule $t_nodule ms, node $t_node ms, " \
     "node/nodule = $(python3 -c "print('%.1fx' % ($t_node / $t_nodule))")"
echo "peak RSS, empty script: nodule $m_nodule KiB, node $m_node KiB, " \
     "node/nodule = $(python3 -c "print('%.1fx' % ($m_node / $m_nodule))")"
