#!/bin/sh
# Differential test: run one ES5 script under nodule and under Node 20 and
# compare what each printed to stdout and its exit status.
#
#   run.sh NODULE SCRIPT
#
# The reference is a live `node` when one of major version 20 is installed;
# otherwise the output recorded from Node 20 in expected/NAME.out (made by
# record.sh).  stderr is not compared: its wording differs by design (stack
# formats), only its channel matters.
set -u
nodule=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
script=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
name=$(basename "$script" .js)
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

capture() { # capture CMD... > file: stdout followed by the exit status
    "$@" > "$tmp/out" 2> "$tmp/err" < /dev/null
    status=$?
    cat "$tmp/out"
    echo "--- exit $status"
}

cd "$(dirname "$script")"
if command -v node > /dev/null 2>&1 &&
   node --version 2> /dev/null | grep -q '^v20\.'; then
    capture node "$script" > "$tmp/want"
    ref="node $(node --version)"
elif [ -f "$here/expected/$name.out" ]; then
    cp "$here/expected/$name.out" "$tmp/want"
    ref="recorded Node 20 output"
else
    # A script whose output depends on the machine (host name, network
    # interfaces) has no recording: without a live node it cannot be
    # compared, which meson reports as skipped (exit status 77).
    echo "SKIP $name: no node v20 here and no recorded output"
    exit 77
fi
capture "$nodule" "$script" > "$tmp/got"
if cmp -s "$tmp/want" "$tmp/got"; then
    echo "ok $name (same stdout and exit status as $ref)"
    exit 0
fi
echo "FAIL $name: differs from $ref"
diff -u "$tmp/want" "$tmp/got" | sed 's/^/    /'
echo "nodule stderr:"
sed 's/^/    /' "$tmp/err"
exit 1
