# Shared by the interop scripts (sourced, not run). Sets $tmp (removed at
# exit, with any server started by start_server), and defines:
#   fail MESSAGE...          print FAIL, the server's stderr, and exit 1
#   start_server CMD...      run CMD (which prints its port), set PORT
#   expect FILE TEXT WHAT    FILE must contain TEXT, else fail with WHAT
tmp=$(mktemp -d)
SPID=
trap '[ -n "$SPID" ] && kill "$SPID" 2> /dev/null; rm -rf "$tmp"' EXIT

fail() {
    echo "FAIL: $*"
    if [ -s "$tmp/server.err" ]; then
        echo "server stderr:"
        cat "$tmp/server.err"
    fi
    exit 1
}

start_server() {
    "$@" > "$tmp/port" 2> "$tmp/server.err" &
    SPID=$!
    i=0
    while [ ! -s "$tmp/port" ] && [ $i -lt 100 ]; do
        kill -0 "$SPID" 2> /dev/null || break
        sleep 0.05
        i=$((i + 1))
    done
    PORT=$(head -n 1 "$tmp/port")
    [ -n "$PORT" ] || fail "server did not start: $*"
}

expect() {
    grep -qF -- "$2" "$1" || {
        echo "got:"
        cat "$1"
        fail "$3: no '$2'"
    }
}
