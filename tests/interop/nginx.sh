#!/bin/sh
# nodule's HTTP client (client.js) against nginx: a small answer, a
# 200 kB file, keep-alive reuse, a chunked upload, HEAD and 404. nginx
# runs in the foreground with a configuration and prefix of its own, on a
# port chosen here.
#
#   nginx.sh NODULE      exit 0 pass, 1 fail, 77 skip (no nginx)
set -u
N=$1
here=$(cd "$(dirname "$0")" && pwd)
NGINX=$(command -v nginx 2> /dev/null ||
    { test -x /usr/sbin/nginx && echo /usr/sbin/nginx; })
if [ -z "$NGINX" ]; then
    echo "SKIP: nginx is not installed"
    exit 77
fi
. "$here/lib.sh"

mkdir -p "$tmp/logs" "$tmp/static"
head -c 200000 /dev/zero | tr '\000' z > "$tmp/static/big.txt"
# Whoever runs the test may be root, and nginx's workers then run as
# nobody: they must be able to read the file.
chmod 755 "$tmp" "$tmp/static"
chmod 644 "$tmp/static/big.txt"

# A free port: nginx cannot report one it picked itself. Try a few in
# case another process takes the one we saw free.
tries=0
while :; do
    PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    cat > "$tmp/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $tmp/nginx.pid;
error_log $tmp/logs/error.log;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path $tmp/body;
    proxy_temp_path $tmp/proxy;
    fastcgi_temp_path $tmp/fastcgi;
    uwsgi_temp_path $tmp/uwsgi;
    scgi_temp_path $tmp/scgi;
    server {
        listen 127.0.0.1:$PORT;
        location = /hello {
            default_type text/plain;
            return 200 "hello\n";
        }
        location /static/ {
            alias $tmp/static/;
        }
    }
}
CONF
    "$NGINX" -p "$tmp" -c "$tmp/nginx.conf" -e "$tmp/logs/error.log" \
        2> "$tmp/server.err" &
    SPID=$!
    i=0
    while [ $i -lt 100 ]; do
        kill -0 "$SPID" 2> /dev/null || break
        python3 -c 'import socket, sys
socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1).close()' \
            "$PORT" 2> /dev/null && break
        sleep 0.05
        i=$((i + 1))
    done
    kill -0 "$SPID" 2> /dev/null && break
    tries=$((tries + 1))
    [ $tries -lt 3 ] || fail "nginx did not start"
done

"$N" "$here/client.js" nginx "$PORT" || fail "client against nginx"
