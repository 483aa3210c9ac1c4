/*
 * udp_wrap.c - internalBinding('udp_wrap'): the native half of dgram
 * (modules/dgram.js) over loop/udp.h.
 *
 *   create(onmessage) -> handle
 *       onmessage(nread, bytes, address, family, port): nread >= 0 is a
 *       datagram (bytes a Uint8Array copy, family 4 or 6); a negative
 *       nread is a receive error (the other arguments undefined).
 *   bind(h, ip, port, flags), connect(h, ip, port), disconnect(h),
 *   recvStart(h), recvStop(h) -> 0 or a negative code
 *   getsockname(h), getpeername(h) -> [ip, family, port] or a code
 *   send(h, chunks, ip|null, port, cb) -> n + 1 when the datagram of n
 *       bytes went out at once (cb never runs), 0 when it was queued
 *       (cb(status, bytes) follows), or a negative code
 *   setBroadcast / setTTL / setMulticastTTL / setMulticastLoopback /
 *   setMulticastInterface / setMembership / setSourceMembership -> code
 *   bufferSize(h, send, size) -> the size now, or a negative code
 *   sendQueueSize(h), sendQueueCount(h), ref(h, on), close(h)
 *
 * Datagrams land in one scratch buffer per engine (64 KiB) and are copied
 * into a new Uint8Array of their size.  A queued send pins its chunks and
 * callback until it calls back.
 *
 * Lifetime.  The engine state "udp_wrap" lists the open handles and closes
 * the ones JS left open at engine exit.  close(h) clears the JS handle at
 * once (later use throws ERR_INVALID_HANDLE); the box is freed in the close
 * callback, after the cancelled sends have called back.  Nothing reaches
 * JS once the engine is exiting.
 *
 * Threading: the engine's thread.
 */
#include <stdlib.h>
#include <string.h>

#include "../engine/check.h"
#include "../engine/engine.h"
#include "../engine/utf8.h"
#include "../loop/udp.h"

#define SCRATCH_SIZE 65536

typedef struct {
    nd_engine_state_t base;
    nd_queue_t handles; /* box_t.link */
    char *scratch;
} ustate_t;

typedef struct {
    nd_udp_t udp;
    nd_engine_t *engine;
    nd_pin_t self; /* the JS handle object; holds onmessage */
    nd_queue_t link;
} box_t;

typedef struct {
    nd_udp_send_t req;
    nd_engine_t *engine;
    size_t bytes;
    nd_pin_t keep; /* [chunks..., cb] */
} sreq_t;

static const nd_handle_type_t udp_type = {"UDP"};

static void state_close(nd_engine_t *e, nd_engine_state_t *base);

static ustate_t *get_state(duk_context *ctx) {
    nd_engine_t *e = nd_engine_get(ctx);
    ustate_t *st = (ustate_t *)nd_engine_find_state(e, "udp_wrap");

    if (st == NULL) {
        st = calloc(1, sizeof(*st));
        if (st == NULL)
            nd_throw_syserr(ctx, ND_ENOMEM, "socket", NULL, NULL);
        st->base.name = "udp_wrap";
        st->base.close = state_close;
        nd_queue_init(&st->handles);
        nd_engine_add_state(e, &st->base);
    }
    return st;
}

static void on_closed(nd_handle_t *h) {
    box_t *b = h->data;

    nd_unpin(nd_engine_ctx(b->engine), b->self);
    free(b);
}

static void release(box_t *b) {
    nd_queue_remove(&b->link);
    nd_close(&b->udp.h, on_closed);
}

static void state_close(nd_engine_t *e, nd_engine_state_t *base) {
    ustate_t *st = (ustate_t *)base;

    (void)e;
    while (!nd_queue_empty(&st->handles))
        release(ND_QUEUE_DATA(nd_queue_head(&st->handles), box_t, link));
    free(st->scratch);
    free(st);
}

static box_t *check_box(duk_context *ctx) {
    return nd_check_handle(ctx, 0, &udp_type);
}

/* create(onmessage) -> handle */
static duk_ret_t u_create(duk_context *ctx) {
    ustate_t *st;
    box_t *b;

    nd_check_function(ctx, 0, "onmessage");
    st = get_state(ctx);
    b = calloc(1, sizeof(*b));
    if (b == NULL)
        return nd_throw_syserr(ctx, ND_ENOMEM, "socket", NULL, NULL);
    b->engine = nd_engine_get(ctx);
    nd_udp_init(nd_engine_loop(b->engine), &b->udp);
    b->udp.h.data = b;
    nd_queue_insert_tail(&st->handles, &b->link);
    nd_push_handle(ctx, b, &udp_type);
    duk_dup(ctx, 0);
    duk_put_prop_string(ctx, -2, DUK_HIDDEN_SYMBOL("onmessage"));
    b->self = nd_pin(ctx, -1);
    return 1;
}

/* close(h): closing a closed handle does nothing. */
static duk_ret_t u_close(duk_context *ctx) {
    box_t *b = nd_get_handle(ctx, 0, &udp_type);

    if (b != NULL) {
        nd_handle_clear(ctx, 0);
        release(b);
    }
    return 0;
}

static duk_ret_t push_rc(duk_context *ctx, int rc) {
    duk_push_int(ctx, rc);
    return 1;
}

static const char *check_ip(duk_context *ctx, duk_idx_t idx) {
    return nd_check_string(ctx, idx, "address", NULL);
}

static int check_port(duk_context *ctx, duk_idx_t idx) {
    return (int)nd_check_integer(ctx, idx, "port", 0, 65535);
}

static duk_ret_t u_bind(duk_context *ctx) {
    box_t *b = check_box(ctx);
    const char *ip = check_ip(ctx, 1);
    int port = check_port(ctx, 2);
    uint32_t flags = nd_check_uint32(ctx, 3, "flags");
    nd_sockaddr_t addr;
    int rc = nd_ip_addr(ip, port, &addr);

    return push_rc(ctx, rc < 0 ? rc : nd_udp_bind(&b->udp, &addr, flags));
}

static duk_ret_t u_connect(duk_context *ctx) {
    box_t *b = check_box(ctx);
    const char *ip = check_ip(ctx, 1);
    nd_sockaddr_t addr;
    int rc = nd_ip_addr(ip, check_port(ctx, 2), &addr);

    return push_rc(ctx, rc < 0 ? rc : nd_udp_connect(&b->udp, &addr));
}

static duk_ret_t u_disconnect(duk_context *ctx) {
    return push_rc(ctx, nd_udp_disconnect(&check_box(ctx)->udp));
}

static duk_ret_t push_name(duk_context *ctx, int rc, const nd_sockaddr_t *a) {
    char ip[ND_IP_NAME_MAX];
    int family, port;

    family = rc < 0 ? rc : nd_ip_name(a, ip, &port);
    if (family < 0)
        return push_rc(ctx, family);
    duk_push_array(ctx);
    duk_push_string(ctx, ip);
    duk_put_prop_index(ctx, -2, 0);
    duk_push_int(ctx, family);
    duk_put_prop_index(ctx, -2, 1);
    duk_push_int(ctx, port);
    duk_put_prop_index(ctx, -2, 2);
    return 1;
}

static duk_ret_t u_getsockname(duk_context *ctx) {
    nd_sockaddr_t a;

    return push_name(ctx, nd_udp_getsockname(&check_box(ctx)->udp, &a), &a);
}

static duk_ret_t u_getpeername(duk_context *ctx) {
    nd_sockaddr_t a;

    return push_name(ctx, nd_udp_getpeername(&check_box(ctx)->udp, &a), &a);
}

/* ---- receiving ---------------------------------------------------------- */

static void alloc_cb(nd_udp_t *u, size_t suggested, nd_buf_t *buf) {
    box_t *b = u->h.data;
    ustate_t *st = (ustate_t *)nd_engine_find_state(b->engine, "udp_wrap");

    (void)suggested;
    if (st->scratch == NULL)
        st->scratch = malloc(SCRATCH_SIZE);
    buf->base = st->scratch; /* NULL: the receive reports ENOBUFS */
    buf->len = st->scratch != NULL ? SCRATCH_SIZE : 0;
}

static void recv_cb(nd_udp_t *u, int nread, const nd_buf_t *buf,
                    const nd_sockaddr_t *from, unsigned flags) {
    box_t *b = u->h.data;
    duk_context *ctx = nd_engine_ctx(b->engine);
    char ip[ND_IP_NAME_MAX];
    int family = 0, port = 0;

    (void)flags; /* a cut datagram is delivered cut, as in Node */
    if ((nread >= 0 && from == NULL) || nd_engine_exiting(b->engine))
        return;
    nd_pin_push(ctx, b->self);
    duk_get_prop_string(ctx, -1, DUK_HIDDEN_SYMBOL("onmessage"));
    duk_swap_top(ctx, -2);
    duk_pop(ctx);
    duk_push_int(ctx, nread);
    if (nread >= 0) {
        void *p = duk_push_fixed_buffer(ctx, (duk_size_t)nread);

        if (nread > 0)
            memcpy(p, buf->base, (size_t)nread);
        duk_push_buffer_object(ctx, -1, 0, (duk_size_t)nread,
                               DUK_BUFOBJ_UINT8ARRAY);
        duk_remove(ctx, -2);
        family = nd_ip_name(from, ip, &port);
        duk_push_string(ctx, ip);
        duk_push_int(ctx, family < 0 ? 0 : family);
        duk_push_int(ctx, port);
    } else {
        duk_push_undefined(ctx);
        duk_push_undefined(ctx);
        duk_push_undefined(ctx);
        duk_push_undefined(ctx);
    }
    nd_engine_call(b->engine, 5);
    duk_pop(ctx);
}

static duk_ret_t u_recv_start(duk_context *ctx) {
    return push_rc(ctx,
                   nd_udp_recv_start(&check_box(ctx)->udp, alloc_cb, recv_cb));
}

static duk_ret_t u_recv_stop(duk_context *ctx) {
    return push_rc(ctx, nd_udp_recv_stop(&check_box(ctx)->udp));
}

/* ---- sending ------------------------------------------------------------ */

static void after_send(nd_udp_send_t *req, int status) {
    sreq_t *r = (sreq_t *)req;
    duk_context *ctx = nd_engine_ctx(r->engine);

    if (!nd_engine_exiting(r->engine)) {
        nd_pin_push(ctx, r->keep);
        duk_get_prop_string(ctx, -1, "cb");
        duk_remove(ctx, -2);
        duk_push_int(ctx, status);
        duk_push_number(ctx, (double)r->bytes);
        nd_engine_call(r->engine, 2);
        duk_pop(ctx);
    }
    nd_unpin(ctx, r->keep);
    free(r);
}

/* send(h, chunks, ip, port, cb): see the top of the file. */
static duk_ret_t u_send(duk_context *ctx) {
    box_t *b = check_box(ctx);
    const char *ip = NULL;
    nd_sockaddr_t to;
    int port = 0, rc;
    nd_buf_t small[8], *bufs = small;
    size_t total = 0;
    duk_idx_t keep;
    unsigned n, i;
    sreq_t *r;

    if (!duk_is_array(ctx, 1))
        return nd_throw_arg_type(ctx, 1, "chunks", "Array");
    if (!duk_is_null_or_undefined(ctx, 2)) {
        ip = check_ip(ctx, 2);
        port = check_port(ctx, 3);
    }
    nd_check_function(ctx, 4, "callback");
    n = (unsigned)duk_get_length(ctx, 1);
    if (n > 1024)
        return push_rc(ctx, ND_EINVAL);
    if (n > sizeof(small) / sizeof(small[0])) {
        bufs = malloc(n * sizeof(*bufs));
        if (bufs == NULL)
            return nd_throw_syserr(ctx, ND_ENOMEM, "send", NULL, NULL);
    }
    keep = duk_push_object(ctx);
    for (i = 0; i < n; i++) {
        size_t len = 0;
        void *p;

        duk_get_prop_index(ctx, 1, i);
        if (!duk_is_buffer_data(ctx, -1)) {
            if (bufs != small)
                free(bufs);
            return nd_throw_arg_type(ctx, -1, "chunk", "an instance of Buffer");
        }
        p = duk_get_buffer_data(ctx, -1, &len);
        bufs[i].base = p;
        bufs[i].len = len;
        total += len;
        duk_put_prop_index(ctx, keep, i); /* keeps the bytes alive */
    }
    rc = ip != NULL ? nd_ip_addr(ip, port, &to) : 0;
    if (rc == 0)
        rc = nd_udp_try_send(&b->udp, bufs, n, ip != NULL ? &to : NULL);
    if (rc >= 0) {
        rc = rc == INT32_MAX ? rc : rc + 1;
    } else if (rc == ND_EAGAIN) {
        r = calloc(1, sizeof(*r));
        if (r == NULL) {
            rc = ND_ENOMEM;
        } else {
            r->engine = b->engine;
            r->bytes = total;
            rc = nd_udp_send(&r->req, &b->udp, bufs, n,
                             ip != NULL ? &to : NULL, after_send);
            if (rc < 0) {
                free(r);
            } else {
                duk_dup(ctx, 4);
                duk_put_prop_string(ctx, keep, "cb");
                r->keep = nd_pin(ctx, keep);
            }
        }
    }
    if (bufs != small)
        free(bufs);
    return push_rc(ctx, rc);
}

static duk_ret_t u_send_queue_size(duk_context *ctx) {
    duk_push_number(ctx, (double)check_box(ctx)->udp.send_queue_size);
    return 1;
}

static duk_ret_t u_send_queue_count(duk_context *ctx) {
    duk_push_number(ctx, (double)check_box(ctx)->udp.send_queue_count);
    return 1;
}

/* ---- options ------------------------------------------------------------ */

static duk_ret_t u_set_broadcast(duk_context *ctx) {
    box_t *b = check_box(ctx);

    return push_rc(ctx,
                   nd_udp_set_broadcast(&b->udp, nd_check_bool(ctx, 1, "on")));
}

/* A TTL from JS: any number; outside 0..255 (or not an integer) the OS
 * would refuse it, so it is refused here with the same EINVAL. */
static int ttl_arg(duk_context *ctx) {
    double v = nd_check_number(ctx, 1, "ttl");

    if (v != (double)(int)v || v < 0 || v > 255)
        return -1;
    return (int)v;
}

static duk_ret_t u_set_ttl(duk_context *ctx) {
    box_t *b = check_box(ctx);
    int ttl = ttl_arg(ctx);

    return push_rc(ctx, ttl < 0 ? ND_EINVAL : nd_udp_set_ttl(&b->udp, ttl));
}

static duk_ret_t u_set_multicast_ttl(duk_context *ctx) {
    box_t *b = check_box(ctx);
    int ttl = ttl_arg(ctx);

    return push_rc(ctx, ttl < 0 ? ND_EINVAL
                                : nd_udp_set_multicast_ttl(&b->udp, ttl));
}

static duk_ret_t u_set_multicast_loop(duk_context *ctx) {
    box_t *b = check_box(ctx);

    return push_rc(
        ctx, nd_udp_set_multicast_loop(&b->udp, nd_check_bool(ctx, 1, "on")));
}

static duk_ret_t u_set_multicast_interface(duk_context *ctx) {
    box_t *b = check_box(ctx);
    const char *iface = nd_check_string(ctx, 1, "interfaceAddress", NULL);

    return push_rc(ctx, nd_udp_set_multicast_interface(&b->udp, iface));
}

static const char *opt_iface(duk_context *ctx, duk_idx_t idx) {
    if (duk_is_null_or_undefined(ctx, idx))
        return NULL;
    return nd_check_string(ctx, idx, "interfaceAddress", NULL);
}

/* setMembership(h, group, iface, join) */
static duk_ret_t u_set_membership(duk_context *ctx) {
    box_t *b = check_box(ctx);
    const char *group = nd_check_string(ctx, 1, "multicastAddress", NULL);
    const char *iface = opt_iface(ctx, 2);
    int join = nd_check_bool(ctx, 3, "join");

    return push_rc(ctx, nd_udp_set_membership(&b->udp, group, iface, join));
}

/* setSourceMembership(h, source, group, iface, join) */
static duk_ret_t u_set_source_membership(duk_context *ctx) {
    box_t *b = check_box(ctx);
    const char *source = nd_check_string(ctx, 1, "sourceAddress", NULL);
    const char *group = nd_check_string(ctx, 2, "groupAddress", NULL);
    const char *iface = opt_iface(ctx, 3);
    int join = nd_check_bool(ctx, 4, "join");

    return push_rc(
        ctx, nd_udp_set_source_membership(&b->udp, source, group, iface, join));
}

/* bufferSize(h, send, size): size 0 only reads it. */
static duk_ret_t u_buffer_size(duk_context *ctx) {
    box_t *b = check_box(ctx);
    int send = nd_check_bool(ctx, 1, "send");
    int value = (int)nd_check_integer(ctx, 2, "size", 0, INT32_MAX);
    int rc = nd_udp_buffer_size(&b->udp, send, &value);

    return push_rc(ctx, rc < 0 ? rc : value);
}

static duk_ret_t u_ref(duk_context *ctx) {
    box_t *b = check_box(ctx);

    if (nd_check_bool(ctx, 1, "ref"))
        nd_ref(&b->udp.h);
    else
        nd_unref(&b->udp.h);
    return 0;
}

static const duk_function_list_entry funcs[] = {
    {"bind", u_bind, 4},
    {"bufferSize", u_buffer_size, 3},
    {"close", u_close, 1},
    {"connect", u_connect, 3},
    {"create", u_create, 1},
    {"disconnect", u_disconnect, 1},
    {"getpeername", u_getpeername, 1},
    {"getsockname", u_getsockname, 1},
    {"recvStart", u_recv_start, 1},
    {"recvStop", u_recv_stop, 1},
    {"ref", u_ref, 2},
    {"send", u_send, 5},
    {"sendQueueCount", u_send_queue_count, 1},
    {"sendQueueSize", u_send_queue_size, 1},
    {"setBroadcast", u_set_broadcast, 2},
    {"setMembership", u_set_membership, 4},
    {"setMulticastInterface", u_set_multicast_interface, 2},
    {"setMulticastLoopback", u_set_multicast_loop, 2},
    {"setMulticastTTL", u_set_multicast_ttl, 2},
    {"setSourceMembership", u_set_source_membership, 5},
    {"setTTL", u_set_ttl, 2},
    {NULL, NULL, 0}};

/* see engine.h */
duk_ret_t nd_mod_udp_wrap_open(duk_context *ctx) {
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, funcs);
    duk_push_int(ctx, ND_UDP_REUSEADDR);
    duk_put_prop_string(ctx, -2, "REUSEADDR");
    duk_push_int(ctx, ND_UDP_IPV6ONLY);
    duk_put_prop_string(ctx, -2, "IPV6ONLY");
    duk_push_int(ctx, ND_EBADF);
    duk_put_prop_string(ctx, -2, "EBADF");
    return 1;
}
