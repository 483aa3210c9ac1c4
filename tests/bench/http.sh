#!/bin/sh
# HTTP server throughput and memory, nodule beside node (and nginx as the
# ceiling of this machine). Prints numbers and ratios, never pass/fail.
#
#   tests/bench/http.sh [NODULE [SECONDS [IDLE]]]
#
# Part 1: the hello-world keep-alive server of http_server.js under each
# runtime, loaded by wrk on 127.0.0.1 with 1, 50 and 1000 connections for
# SECONDS each (default 5): requests/s, nodule/node, and each server's peak
# RSS (VmHWM) over the three runs. nginx (one worker, returning the same
# body) is measured the same way when /usr/sbin/nginx or nginx is found.
#
# Part 2: IDLE (default 10000) keep-alive connections, each after one
# request, held open by http_idle.js; the server's RSS growth divided by
# IDLE is its memory per idle connection.
#
# Part 3: the client. http_client.js under each runtime makes keep-alive
# GETs through one Agent, 1 and 50 at a time, against node's server (or
# nodule's without node): requests/s and the client's CPU per request.
set -u

here=$(cd "$(dirname "$0")" && pwd)
NODULE=${1:-build/nodule}
SECS=${2:-5}
IDLE=${3:-10000}
case $NODULE in /*) ;; *) NODULE=$(pwd)/$NODULE ;; esac

if ! command -v wrk > /dev/null; then
    echo "wrk is not installed; nothing to measure" >&2
    exit 1
fi
if [ ! -x "$NODULE" ]; then
    echo "no nodule binary at $NODULE (build first)" >&2
    exit 1
fi
NODE=$(command -v node || true)
NGINX=$(command -v nginx || { test -x /usr/sbin/nginx && echo /usr/sbin/nginx; } || true)

# wrk at 1000 connections and the idle part need many descriptors.
ulimit -n "$(ulimit -Hn)" 2> /dev/null || true
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((IDLE + 100)) ]; then
    echo "ulimit -n is $(ulimit -n): fewer idle connections than asked" >&2
    IDLE=$(($(ulimit -n) - 100))
fi

tmp=$(mktemp -d)
SPID=
cleanup() {
    [ -n "$SPID" ] && kill "$SPID" 2> /dev/null
    exec 3>&- 2> /dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# start_server RUNTIME: runs http_server.js, sets SPID and PORT.
start_server() {
    : > "$tmp/port"
    "$1" "$here/http_server.js" 0 > "$tmp/port" 2> "$tmp/server.err" &
    SPID=$!
    i=0
    while [ ! -s "$tmp/port" ] && [ $i -lt 100 ]; do
        sleep 0.1
        i=$((i + 1))
    done
    PORT=$(head -n 1 "$tmp/port")
    if [ -z "$PORT" ]; then
        echo "server under $1 did not start:" >&2
        cat "$tmp/server.err" >&2
        return 1
    fi
}

stop_server() {
    kill "$SPID" 2> /dev/null
    wait "$SPID" 2> /dev/null
    SPID=
}

# status_kb PID FIELD: a /proc/PID/status field in kB (VmHWM, VmRSS).
status_kb() {
    awk -v f="$2:" '$1 == f { print $2 }' "/proc/$1/status"
}

# cpu_ticks PID: user + system CPU time of PID so far, in clock ticks.
cpu_ticks() {
    sed 's/.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'
}

# rate PORT CONNECTIONS [PID]: wrk's requests/s, as an integer. With PID,
# also the server's CPU time per request in microseconds, after a space.
rate() {
    t=2
    [ "$2" -lt 2 ] && t=1
    before=
    [ -n "${3:-}" ] && before=$(cpu_ticks "$3")
    wrk -t$t -c"$2" -d"${SECS}s" "http://127.0.0.1:$1/" > "$tmp/wrk.out" 2>&1
    rps=$(awk '/^Requests\/sec:/ { printf "%d", $2 }' "$tmp/wrk.out")
    if [ -n "$before" ]; then
        ticks=$(($(cpu_ticks "$3") - before))
        n=$(awk '/ requests in / { print $1 }' "$tmp/wrk.out")
        echo "$rps $(awk -v t="$ticks" -v n="$n" -v hz="$HZ" \
            'BEGIN { if (n > 0) printf "%.1f", t * 1000000 / hz / n }')"
    else
        echo "$rps"
    fi
}
HZ=$(getconf CLK_TCK)

ratio() {
    if [ -n "$1" ] && [ -n "$2" ] && [ "$2" != 0 ]; then
        awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
    else
        echo -
    fi
}

# throughput RUNTIME NAME: rates into $tmp/NAME.C, CPU time per request
# into $tmp/NAME.C.cpu, peak RSS into $tmp/NAME.hwm.
throughput() {
    start_server "$1" || return 1
    for c in 1 50 1000; do
        rate "$PORT" $c "$SPID" > "$tmp/out"
        read -r r u < "$tmp/out"
        echo "$r" > "$tmp/$2.$c"
        echo "${u:-}" > "$tmp/$2.$c.cpu"
    done
    status_kb "$SPID" VmHWM > "$tmp/$2.hwm"
    stop_server
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

nginx_throughput() {
    port=$(free_port)
    mkdir -p "$tmp/nginx/logs"
    cat > "$tmp/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 100000000;
    client_body_temp_path $tmp/nginx/body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    server {
        listen 127.0.0.1:$port;
        location / {
            default_type text/plain;
            return 200 "hello world\n";
        }
    }
}
CONF
    "$NGINX" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" \
        -e "$tmp/nginx/logs/error.log" 2> "$tmp/nginx.err" &
    SPID=$!
    i=0
    while ! python3 -c 'import socket, sys
socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1).close()' \
            "$port" 2> /dev/null && [ $i -lt 50 ]; do
        sleep 0.1
        i=$((i + 1))
    done
    for c in 1 50 1000; do
        rate "$port" $c > "$tmp/nginx.$c"
    done
    stop_server
}

echo "HTTP hello world, keep-alive, wrk ${SECS}s per row, 127.0.0.1"
throughput "$NODULE" nodule
[ -n "$NODE" ] && throughput "$NODE" node
[ -n "$NGINX" ] && nginx_throughput

printf '%-12s %12s %12s %12s %12s\n' connections nodule node nodule/node nginx
for c in 1 50 1000; do
    a=$(cat "$tmp/nodule.$c" 2> /dev/null)
    b=$(cat "$tmp/node.$c" 2> /dev/null)
    n=$(cat "$tmp/nginx.$c" 2> /dev/null)
    printf '%-12s %12s %12s %12s %12s\n' "$c" "${a:--}" "${b:--}" \
        "$(ratio "$a" "$b")" "${n:--}"
done
echo
echo "server CPU time per request (user + system), microseconds"
printf '%-12s %12s %12s %12s\n' connections nodule node nodule/node
for c in 1 50 1000; do
    a=$(cat "$tmp/nodule.$c.cpu" 2> /dev/null)
    b=$(cat "$tmp/node.$c.cpu" 2> /dev/null)
    printf '%-12s %12s %12s %12s\n' "$c" "${a:--}" "${b:--}" \
        "$(ratio "$a" "$b")"
done
a=$(cat "$tmp/nodule.hwm" 2> /dev/null)
b=$(cat "$tmp/node.hwm" 2> /dev/null)
printf '%-12s %9s kB %9s kB %12s\n' "peak RSS" "${a:--}" "${b:--}" \
    "$(ratio "$a" "$b")"

# idle RUNTIME NAME: the server's RSS growth per idle connection, in bytes,
# into $tmp/NAME.idle. The client runs under node when there is one (the
# same client for both servers), else under nodule.
idle() {
    start_server "$1" || return 1
    sleep 0.5
    before=$(status_kb "$SPID" VmRSS)
    rm -f "$tmp/hold"
    mkfifo "$tmp/hold"
    : > "$tmp/idle.out"
    "${NODE:-$NODULE}" "$here/http_idle.js" "$PORT" "$IDLE" \
        < "$tmp/hold" > "$tmp/idle.out" 2>&1 &
    cpid=$!
    exec 3> "$tmp/hold"
    i=0
    while ! grep -q '^ready' "$tmp/idle.out" && [ $i -lt 1200 ]; do
        sleep 0.1
        i=$((i + 1))
    done
    sleep 1
    after=$(status_kb "$SPID" VmRSS)
    got=$(awk '/^ready/ { print $2 }' "$tmp/idle.out")
    exec 3>&-
    wait "$cpid" 2> /dev/null
    stop_server
    if [ -n "$got" ] && [ "$got" -gt 0 ]; then
        echo $(( (after - before) * 1024 / got )) > "$tmp/$2.idle"
        echo "$got" > "$tmp/$2.idlecount"
    fi
}

echo
echo "$IDLE idle keep-alive connections: server RSS growth per connection"
idle "$NODULE" nodule
[ -n "$NODE" ] && idle "$NODE" node
a=$(cat "$tmp/nodule.idle" 2> /dev/null)
b=$(cat "$tmp/node.idle" 2> /dev/null)
printf '%-12s %12s %12s %12s\n' "" nodule node nodule/node
printf '%-12s %10s B %10s B %12s\n' "per conn" "${a:--}" "${b:--}" \
    "$(ratio "$a" "$b")"
printf '%-12s %12s %12s\n' "held" "$(cat "$tmp/nodule.idlecount" 2> /dev/null || echo -)" \
    "$(cat "$tmp/node.idlecount" 2> /dev/null || echo -)"

# Part 3: the client side.
echo
echo "HTTP client (http_client.js), keep-alive GETs for ${SECS}s"
start_server "${NODE:-$NODULE}" || exit 1
for c in 1 50; do
    "$NODULE" "$here/http_client.js" "$PORT" "$SECS" $c > "$tmp/cl.nodule.$c" 2>&1
    [ -n "$NODE" ] &&
        "$NODE" "$here/http_client.js" "$PORT" "$SECS" $c > "$tmp/cl.node.$c" 2>&1
done
stop_server
printf '%-12s %12s %12s %12s %14s %14s\n' concurrent nodule node \
    nodule/node "nodule us/req" "node us/req"
for c in 1 50; do
    read -r a ac < "$tmp/cl.nodule.$c" || true
    b= bc=
    [ -f "$tmp/cl.node.$c" ] && { read -r b bc < "$tmp/cl.node.$c" || true; }
    printf '%-12s %12s %12s %12s %14s %14s\n' "$c" "${a:--}" "${b:--}" \
        "$(ratio "$a" "$b")" "${ac:--}" "${bc:--}"
done
