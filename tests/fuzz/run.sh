#!/bin/sh
# Fuzz one target with libFuzzer: tests/fuzz/run.sh http-parser [SECONDS]
#
# Builds tests/fuzz/fuzz-<target>.c with clang -fsanitize=fuzzer,address,
# undefined into a scratch directory and runs it on a copy of the seed
# corpus (new inputs it finds stay in the copy; add the interesting ones
# to tests/fuzz/corpus/<target>/ by hand).  Needs clang (14 or later) and
# llhttp's sources; nothing else.
set -eu
target=${1:-http-parser}
seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
llhttp_src=${LLHTTP_SRC:-/usr/share/llhttp}
llhttp_inc=${LLHTTP_INC:-/usr/share/include/llhttp}
cc=${CC:-clang}
work=$(mktemp -d "${TMPDIR:-/tmp}/nodule-fuzz.XXXXXX")

case "$target" in
http-parser) sources="$root/modules/http_parser_core.c" ;;
*) echo "unknown target: $target" >&2; exit 2 ;;
esac

flags="-g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all"
# llhttp itself is built without the fuzzer's coverage, as in the tree.
for f in api.c http.c llhttp.c; do
    "$cc" -O2 -g -fsanitize=address -w -I"$llhttp_inc" \
        -c "$llhttp_src/$f" -o "$work/llhttp-$f.o"
done
# shellcheck disable=SC2086
"$cc" $flags -I"$llhttp_inc" -o "$work/fuzz-$target" \
    "$here/fuzz-$target.c" $sources "$work"/llhttp-*.o
mkdir -p "$work/corpus"
cp "$here/corpus/$target"/* "$work/corpus/"
echo "fuzzing $target for ${seconds}s in $work"
"$work/fuzz-$target" -max_total_time="$seconds" -max_len=65536 \
    -artifact_prefix="$work/" \
    "$work/corpus"
