/*
 * dns.c - internalBinding('dns'): the native half of the dns module
 * (modules/dns.js): getaddrinfo and getnameinfo requests on the pool
 * (loop/dns.h), and the resolver's constants.
 *
 *   getaddrinfo(host, family, hints, oncomplete) -> 0 or a negative code
 *       oncomplete(status, addresses, families): status 0 or a negative
 *       code; addresses an array of strings in the resolver's order;
 *       families the matching array of 4 and 6.
 *   getnameinfo(ip, port, oncomplete) -> 0 or a negative code
 *       oncomplete(status, hostname, service)
 *   errcode(status) -> 'ENOTFOUND', 'EAI_AGAIN', ...: the code Node shows
 *   isIP(text) -> 0, 4 or 6
 *   AI_ADDRCONFIG, AI_V4MAPPED, AI_ALL: the system's hint values (what
 *   Node exports as dns.ADDRCONFIG and friends); `hints` is made of them.
 *
 * The callback is pinned from the call until the request completes; when
 * the engine is exiting the request is only tidied up.
 *
 * Threading: the engine's thread; the resolver runs on the pool.
 */
#include <stdlib.h>
#include <string.h>

#include "../engine/check.h"
#include "../engine/engine.h"
#include "../loop/dns.h"

typedef struct {
    nd_getaddrinfo_t req;
    nd_engine_t *engine;
    nd_pin_t cb;
} addr_req_t;

typedef struct {
    nd_getnameinfo_t req;
    nd_engine_t *engine;
    nd_pin_t cb;
} name_req_t;

static const unsigned hint_flags[] = {ND_DNS_ADDRCONFIG, ND_DNS_V4MAPPED,
                                      ND_DNS_ALL};

static void after_getaddrinfo(nd_getaddrinfo_t *req, int status) {
    addr_req_t *r = (addr_req_t *)req;
    duk_context *ctx = nd_engine_ctx(r->engine);
    size_t i;

    if (!nd_engine_exiting(r->engine)) {
        nd_pin_push(ctx, r->cb);
        duk_push_int(ctx, status);
        duk_push_array(ctx);
        duk_push_array(ctx);
        for (i = 0; status == 0 && i < req->naddrs; i++) {
            char ip[ND_IP_NAME_MAX];
            int port, family = nd_ip_name(&req->addrs[i], ip, &port);

            duk_push_string(ctx, ip);
            duk_put_prop_index(ctx, -3, (duk_uarridx_t)i);
            duk_push_int(ctx, family);
            duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
        }
        nd_engine_call(r->engine, 3);
        duk_pop(ctx);
    }
    nd_unpin(ctx, r->cb);
    free(r);
}

static duk_ret_t dns_getaddrinfo(duk_context *ctx) {
    const char *host = nd_check_string(ctx, 0, "hostname", NULL);
    int family = (int)nd_check_integer(ctx, 1, "family", 0, 6);
    uint32_t os_hints = nd_check_uint32(ctx, 2, "hints");
    nd_engine_t *e = nd_engine_get(ctx);
    unsigned hints = 0, i;
    addr_req_t *r;
    int rc;

    nd_check_function(ctx, 3, "callback");
    for (i = 0; i < sizeof(hint_flags) / sizeof(hint_flags[0]); i++) {
        unsigned v = (unsigned)nd_dns_hint_value(hint_flags[i]);

        if (os_hints & v) {
            hints |= hint_flags[i];
            os_hints &= ~v;
        }
    }
    if (os_hints != 0) { /* unknown bits: let the loop refuse them */
        duk_push_int(ctx, ND_EAI_BADFLAGS);
        return 1;
    }
    r = calloc(1, sizeof(*r));
    if (r == NULL)
        return nd_throw_syserr(ctx, ND_ENOMEM, "getaddrinfo", NULL, NULL);
    r->engine = e;
    rc = nd_getaddrinfo(nd_engine_loop(e), &r->req, after_getaddrinfo, host,
                        family, hints);
    if (rc < 0) {
        free(r);
    } else {
        r->cb = nd_pin(ctx, 3);
    }
    duk_push_int(ctx, rc);
    return 1;
}

static void after_getnameinfo(nd_getnameinfo_t *req, int status) {
    name_req_t *r = (name_req_t *)req;
    duk_context *ctx = nd_engine_ctx(r->engine);

    if (!nd_engine_exiting(r->engine)) {
        nd_pin_push(ctx, r->cb);
        duk_push_int(ctx, status);
        if (status == 0) {
            duk_push_string(ctx, req->host);
            duk_push_string(ctx, req->service);
        } else {
            duk_push_undefined(ctx);
            duk_push_undefined(ctx);
        }
        nd_engine_call(r->engine, 3);
        duk_pop(ctx);
    }
    nd_unpin(ctx, r->cb);
    free(r);
}

static duk_ret_t dns_getnameinfo(duk_context *ctx) {
    const char *ip = nd_check_string(ctx, 0, "address", NULL);
    int port = (int)nd_check_integer(ctx, 1, "port", 0, 65535);
    nd_engine_t *e = nd_engine_get(ctx);
    name_req_t *r;
    int rc;

    nd_check_function(ctx, 2, "callback");
    r = calloc(1, sizeof(*r));
    if (r == NULL)
        return nd_throw_syserr(ctx, ND_ENOMEM, "getnameinfo", NULL, NULL);
    r->engine = e;
    rc =
        nd_getnameinfo(nd_engine_loop(e), &r->req, after_getnameinfo, ip, port);
    if (rc < 0) {
        free(r);
    } else {
        r->cb = nd_pin(ctx, 2);
    }
    duk_push_int(ctx, rc);
    return 1;
}

static duk_ret_t dns_errcode(duk_context *ctx) {
    duk_push_string(ctx, nd_dns_code(nd_check_int32(ctx, 0, "err")));
    return 1;
}

static duk_ret_t dns_is_ip(duk_context *ctx) {
    duk_push_int(ctx, nd_ip_family(nd_check_string(ctx, 0, "input", NULL)));
    return 1;
}

static const duk_function_list_entry funcs[] = {
    {"errcode", dns_errcode, 1},
    {"getaddrinfo", dns_getaddrinfo, 4},
    {"getnameinfo", dns_getnameinfo, 3},
    {"isIP", dns_is_ip, 1},
    {NULL, NULL, 0}};

/* see engine.h */
duk_ret_t nd_mod_dns_open(duk_context *ctx) {
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, funcs);
    duk_push_int(ctx, nd_dns_hint_value(ND_DNS_ADDRCONFIG));
    duk_put_prop_string(ctx, -2, "AI_ADDRCONFIG");
    duk_push_int(ctx, nd_dns_hint_value(ND_DNS_V4MAPPED));
    duk_put_prop_string(ctx, -2, "AI_V4MAPPED");
    duk_push_int(ctx, nd_dns_hint_value(ND_DNS_ALL));
    duk_put_prop_string(ctx, -2, "AI_ALL");
    return 1;
}
