#!/bin/sh
# curl against nodule's HTTP server (tests/interop/server.js): HTTP/1.0
# and 1.1, two requests on one kept-alive connection, a chunked upload
# from stdin, a chunked response, 204.
#
#   curl.sh NODULE      exit 0 pass, 1 fail, 77 skip (no curl)
set -u
N=$1
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v curl > /dev/null 2>&1; then
    echo "SKIP: curl is not installed"
    exit 77
fi
. "$here/lib.sh"
start_server "$N" "$here/server.js"
u=http://127.0.0.1:$PORT
c() {
    curl -sS --max-time 10 "$@"
}

c "$u/echo?a=1" > "$tmp/out" || fail "curl GET"
expect "$tmp/out" '"method":"GET","url":"/echo?a=1","version":"1.1"' GET

# HTTP/1.0: no chunked encoding in the answer, and the connection closes.
c -0 "$u/echo" > "$tmp/out" || fail "curl -0"
expect "$tmp/out" '"version":"1.0"' "HTTP/1.0 request"
c -0 -i "$u/chunked" | tr -d '\r' > "$tmp/out" || fail "curl -0 chunked"
expect "$tmp/out" 'HTTP/1.1 200 OK' "HTTP/1.0 status line"
grep -qi '^transfer-encoding' "$tmp/out" && fail "chunked answer to 1.0"
expect "$tmp/out" 'three' "HTTP/1.0 body"

# Two URLs, one invocation: curl reuses the connection, so the server
# sees the same client port twice.
c "$u/echo" "$u/echo" > "$tmp/out" || fail "curl keep-alive"
ports=$(sed -n 's/.*"port":\([0-9]*\).*/\1/p' "$tmp/out" | sort -u | wc -l)
[ "$(wc -l < "$tmp/out")" = 2 ] || fail "keep-alive: $(cat "$tmp/out")"
[ "$ports" = 1 ] || fail "keep-alive: two connections: $(cat "$tmp/out")"

# A chunked upload of unknown length from stdin, small and large.
printf 'hello' | c -H 'Transfer-Encoding: chunked' -T - "$u/echo/up" \
    > "$tmp/out" || fail "chunked upload"
expect "$tmp/out" '"method":"PUT"' "upload method"
expect "$tmp/out" '"te":"chunked"' "upload encoding"
expect "$tmp/out" '"length":5,"body":"hello"' "upload body"
head -c 300000 /dev/zero | tr '\000' x |
    c -H 'Transfer-Encoding: chunked' -T - "$u/echo/big" > "$tmp/out" ||
    fail "large chunked upload"
expect "$tmp/out" '"length":300000' "large upload length"

# A body written in pieces goes out chunked to an HTTP/1.1 client.
c -i "$u/chunked" | tr -d '\r' > "$tmp/out" || fail "chunked answer"
grep -qix 'transfer-encoding: chunked' "$tmp/out" || fail "not chunked"
expect "$tmp/out" 'two' "chunked body"

c -o /dev/null -w '%{http_code}\n' "$u/empty" > "$tmp/out" || fail "204"
expect "$tmp/out" 204 "204 status"

echo "curl interop ok"
