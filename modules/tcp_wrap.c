/*
 * tcp_wrap.c - internalBinding('tcp_wrap'): the native half of net
 * (modules/net.js): tcp sockets and unix-domain sockets as stream handles
 * (stream_wrap.h), and what only sockets do: bind, listen, accept,
 * connect, their addresses and their options.
 *
 * A socket handle is a stream handle: read, write, shut down, ref and
 * close it with internalBinding('stream_wrap').  tcpNew() and pipeNew()
 * make one with no socket yet; bind() or connect() makes the socket.
 *
 * Servers.  listen(handle, backlog, onconnection) keeps onconnection on
 * the handle object; each accepted connection becomes a new handle of the
 * server's kind, whose read callback is the server's, and JS gets
 * onconnection(status, client): status 0 with the client, or a negative
 * code (accepting failed) with no client.  Running out of descriptors is
 * handled by the loop (stream.h, "Servers") and does not reach JS.
 *
 * Connecting.  connect(handle, ip, port, cb) and pipeConnect(handle,
 * path, cb) return 0 and later call cb(status) once, or return a negative
 * code and never call cb.  The callback stays pinned until then.
 *
 * Addresses cross as text: ip strings in, {address, family, port} out,
 * family being 'IPv4' or 'IPv6' as Node writes it.
 *
 * Threading: the engine's thread.
 */
#include <stdlib.h>
#include <string.h>

#include "stream_wrap.h"

/* A connect request and the JS callback it will call. */
typedef struct {
    nd_connect_t req;
    nd_engine_t *engine;
    nd_pin_t cb;
} creq_t;

/* The socket handle at idx (an open stream handle: tcp or pipe). */
static nd__sw_t *check_socket(duk_context *ctx, duk_idx_t idx) {
    nd__sw_t *sw = nd__sw_check(ctx, idx);
    int type = sw->u.stream.h.type;

    if (type != ND_TCP && type != ND_PIPE)
        nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_HANDLE",
                 "The \"handle\" argument must be a socket handle");
    return sw;
}

static nd_tcp_t *check_tcp(duk_context *ctx, duk_idx_t idx) {
    nd__sw_t *sw = nd__sw_check(ctx, idx);

    if (sw->u.stream.h.type != ND_TCP)
        nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_HANDLE",
                 "The \"handle\" argument must be a TCP handle");
    return &sw->u.tcp;
}

static nd_pipe_t *check_pipe(duk_context *ctx, duk_idx_t idx) {
    nd__sw_t *sw = nd__sw_check(ctx, idx);

    if (sw->u.stream.h.type != ND_PIPE)
        nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_HANDLE",
                 "The \"handle\" argument must be a Pipe handle");
    return &sw->u.pipe;
}

/* The port at idx: an integer 0 .. 65535. */
static int check_port(duk_context *ctx, duk_idx_t idx) {
    return (int)nd_check_integer(ctx, idx, "port", 0, 65535);
}

/* ---- making handles ----------------------------------------------------- */

/* tcpNew(onread) -> a tcp handle with no socket yet */
static duk_ret_t tw_tcp_new(duk_context *ctx) {
    nd__sw_t *sw;

    nd_check_function(ctx, 0, "onread");
    sw = nd__sw_new(ctx, sizeof(nd_tcp_t));
    nd_tcp_init(nd_engine_loop(sw->engine), &sw->u.tcp);
    nd__sw_push(ctx, sw, 0);
    return 1;
}

/* pipeNew(onread) -> a pipe handle with no socket yet */
static duk_ret_t tw_pipe_new(duk_context *ctx) {
    nd__sw_t *sw;

    nd_check_function(ctx, 0, "onread");
    sw = nd__sw_new(ctx, sizeof(nd_pipe_t));
    nd_pipe_init(nd_engine_loop(sw->engine), &sw->u.pipe);
    nd__sw_push(ctx, sw, 0);
    return 1;
}

/* ---- servers ------------------------------------------------------------ */

/* bind(handle, ip, port, ipv6Only) -> 0 or a negative code (ND_EINVAL:
 * ip is no IP address) */
static duk_ret_t tw_bind(duk_context *ctx) {
    nd_tcp_t *tcp = check_tcp(ctx, 0);
    const char *ip = nd_check_string(ctx, 1, "address", NULL);
    int port = check_port(ctx, 2);
    int v6only = nd_check_bool(ctx, 3, "ipv6Only");
    nd_sockaddr_t addr;
    int rc = nd_ip_addr(ip, port, &addr);

    if (rc == 0)
        rc = nd_tcp_bind(tcp, &addr, v6only ? ND_TCP_IPV6ONLY : 0);
    duk_push_int(ctx, rc);
    return 1;
}

/* pipeBind(handle, path) -> 0 or a negative code */
static duk_ret_t tw_pipe_bind(duk_context *ctx) {
    nd_pipe_t *p = check_pipe(ctx, 0);

    duk_push_int(ctx, nd_pipe_bind(p, nd_check_path(ctx, 1, "path")));
    return 1;
}

/* A connection arrived at a listening handle: onconnection(status,
 * client). */
static void on_connection(nd_stream_t *server, int status) {
    nd__sw_t *ssw = server->h.data;
    nd_engine_t *e = ssw->engine;
    duk_context *ctx = nd_engine_ctx(e);
    nd__sw_t *csw = NULL;
    int rc;

    if (nd_engine_exiting(e))
        return;
    if (status == 0) {
        csw = nd__sw_alloc(e, server->h.type == ND_TCP ? sizeof(nd_tcp_t)
                                                       : sizeof(nd_pipe_t));
        if (csw == NULL)
            status = ND_ENOMEM;
    }
    if (csw != NULL) {
        if (server->h.type == ND_TCP)
            nd_tcp_init(server->h.loop, &csw->u.tcp);
        else
            nd_pipe_init(server->h.loop, &csw->u.pipe);
        csw->u.stream.h.data = csw;
        rc = nd_stream_accept(server, &csw->u.stream);
        if (rc < 0) {
            nd_close(&csw->u.stream.h, nd__sw_discard);
            csw = NULL;
            status = rc;
        }
    }
    nd_pin_push(ctx, ssw->self);
    duk_get_prop_string(ctx, -1, DUK_HIDDEN_SYMBOL("onconnection"));
    duk_push_int(ctx, status);
    if (csw != NULL) {
        duk_get_prop_string(ctx, -3, DUK_HIDDEN_SYMBOL("onread"));
        nd__sw_push(ctx, csw, -1);
        duk_remove(ctx, -2);
    } else {
        duk_push_undefined(ctx);
    }
    nd_engine_call(e, 2);
    duk_pop_2(ctx);
}

/* listen(handle, backlog, onconnection) -> 0 or a negative code */
static duk_ret_t tw_listen(duk_context *ctx) {
    nd__sw_t *sw = check_socket(ctx, 0);
    int backlog = nd_check_int32(ctx, 1, "backlog");

    nd_check_function(ctx, 2, "onconnection");
    duk_dup(ctx, 2);
    duk_put_prop_string(ctx, 0, DUK_HIDDEN_SYMBOL("onconnection"));
    duk_push_int(ctx, nd_stream_listen(&sw->u.stream, backlog, on_connection));
    return 1;
}

/* ---- connecting --------------------------------------------------------- */

static void after_connect(nd_connect_t *req, int status) {
    creq_t *r = (creq_t *)req;

    nd_engine_call_status(r->engine, r->cb, status);
    free(r);
}

static creq_t *new_connect(duk_context *ctx, nd__sw_t *sw, duk_idx_t cb) {
    creq_t *r;

    nd_check_function(ctx, cb, "callback");
    r = calloc(1, sizeof(*r));
    if (r == NULL)
        nd_throw_syserr(ctx, ND_ENOMEM, "connect", NULL, NULL);
    r->engine = sw->engine;
    return r;
}

/* Started (rc 0): pin the callback; failed: free the request. */
static duk_ret_t connect_started(duk_context *ctx, creq_t *r, int rc,
                                 duk_idx_t cb) {
    if (rc < 0)
        free(r);
    else
        r->cb = nd_pin(ctx, cb);
    duk_push_int(ctx, rc);
    return 1;
}

/* connect(handle, ip, port, cb) -> 0 (cb(status) follows) or a negative
 * code */
static duk_ret_t tw_connect(duk_context *ctx) {
    nd_tcp_t *tcp = check_tcp(ctx, 0);
    const char *ip = nd_check_string(ctx, 1, "address", NULL);
    int port = check_port(ctx, 2);
    nd_sockaddr_t addr;
    creq_t *r;
    int rc;

    r = new_connect(ctx, nd__sw_check(ctx, 0), 3);
    rc = nd_ip_addr(ip, port, &addr);
    if (rc == 0)
        rc = nd_tcp_connect(&r->req, tcp, &addr, after_connect);
    return connect_started(ctx, r, rc, 3);
}

/* pipeConnect(handle, path, cb) -> 0 (cb(status) follows) or a negative
 * code */
static duk_ret_t tw_pipe_connect(duk_context *ctx) {
    nd_pipe_t *p = check_pipe(ctx, 0);
    const char *path = nd_check_path(ctx, 1, "path");
    creq_t *r = new_connect(ctx, nd__sw_check(ctx, 0), 2);

    return connect_started(ctx, r,
                           nd_pipe_connect(&r->req, p, path, after_connect), 2);
}

/* ---- addresses and options ---------------------------------------------- */

static duk_ret_t push_name(duk_context *ctx, int rc,
                           const nd_sockaddr_t *addr) {
    char ip[ND_IP_NAME_MAX];
    int port, family;

    if (rc == 0) {
        family = nd_ip_name(addr, ip, &port);
        if (family < 0) {
            rc = family;
        } else {
            duk_push_string(ctx, ip);
            duk_put_prop_string(ctx, 1, "address");
            duk_push_string(ctx, family == 6 ? "IPv6" : "IPv4");
            duk_put_prop_string(ctx, 1, "family");
            duk_push_int(ctx, port);
            duk_put_prop_string(ctx, 1, "port");
        }
    }
    duk_push_int(ctx, rc);
    return 1;
}

static void check_out(duk_context *ctx) {
    if (!duk_is_object(ctx, 1))
        nd_throw_arg_type(ctx, 1, "out", "Object");
}

/* getsockname(handle, out) -> 0 (out.address, .family, .port set) or a
 * negative code */
static duk_ret_t tw_getsockname(duk_context *ctx) {
    nd_tcp_t *tcp = check_tcp(ctx, 0);
    nd_sockaddr_t addr;

    check_out(ctx);
    return push_name(ctx, nd_tcp_getsockname(tcp, &addr), &addr);
}

/* getpeername(handle, out) -> as getsockname, for the peer */
static duk_ret_t tw_getpeername(duk_context *ctx) {
    nd_tcp_t *tcp = check_tcp(ctx, 0);
    nd_sockaddr_t addr;

    check_out(ctx);
    return push_name(ctx, nd_tcp_getpeername(tcp, &addr), &addr);
}

/* setNoDelay(handle, on) -> 0 or a negative code */
static duk_ret_t tw_set_no_delay(duk_context *ctx) {
    nd_tcp_t *tcp = check_tcp(ctx, 0);

    duk_push_int(ctx, nd_tcp_nodelay(tcp, nd_check_bool(ctx, 1, "noDelay")));
    return 1;
}

/* setKeepAlive(handle, on, delaySeconds) -> 0 or a negative code */
static duk_ret_t tw_set_keep_alive(duk_context *ctx) {
    nd_tcp_t *tcp = check_tcp(ctx, 0);
    int on = nd_check_bool(ctx, 1, "enable");
    int64_t delay = nd_check_integer(ctx, 2, "delay", 0, INT32_MAX);

    duk_push_int(ctx, nd_tcp_keepalive(tcp, on, (unsigned)delay));
    return 1;
}

/* resetOnClose(handle) -> 0 or a negative code: closing it will reset
 * the connection */
static duk_ret_t tw_reset_on_close(duk_context *ctx) {
    duk_push_int(ctx, nd_tcp_reset_on_close(check_tcp(ctx, 0)));
    return 1;
}

/* isTCP(handle) -> whether it is a tcp handle (else a pipe) */
static duk_ret_t tw_is_tcp(duk_context *ctx) {
    duk_push_boolean(ctx, check_socket(ctx, 0)->u.stream.h.type == ND_TCP);
    return 1;
}

static const duk_function_list_entry funcs[] = {
    {"bind", tw_bind, 4},
    {"connect", tw_connect, 4},
    {"getpeername", tw_getpeername, 2},
    {"getsockname", tw_getsockname, 2},
    {"isTCP", tw_is_tcp, 1},
    {"listen", tw_listen, 3},
    {"pipeBind", tw_pipe_bind, 2},
    {"pipeConnect", tw_pipe_connect, 3},
    {"pipeNew", tw_pipe_new, 1},
    {"resetOnClose", tw_reset_on_close, 1},
    {"setKeepAlive", tw_set_keep_alive, 3},
    {"setNoDelay", tw_set_no_delay, 2},
    {"tcpNew", tw_tcp_new, 1},
    {NULL, NULL, 0}};

/* see engine.h */
duk_ret_t nd_mod_tcp_wrap_open(duk_context *ctx) {
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, funcs);
    duk_push_int(ctx, ND_ETIMEDOUT);
    duk_put_prop_string(ctx, -2, "ETIMEDOUT");
    return 1;
}
