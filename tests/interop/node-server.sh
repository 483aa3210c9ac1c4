#!/bin/sh
# nodule's HTTP client (client.js) against node's HTTP server (server.js
# run by node): keep-alive reuse, chunked and Content-Length uploads, a
# 1 MiB upload with backpressure, a chunked answer, HEAD, 204, and
# Connection: close.
#
#   node-server.sh NODULE      exit 0 pass, 1 fail, 77 skip (no node)
set -u
N=$1
here=$(cd "$(dirname "$0")" && pwd)
if ! command -v node > /dev/null 2>&1; then
    echo "SKIP: node is not installed"
    exit 77
fi
. "$here/lib.sh"
start_server node "$here/server.js"
"$N" "$here/client.js" echo "$PORT" || fail "client against node"
