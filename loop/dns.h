/*
 * dns.h - name resolution through the system resolver (getaddrinfo and
 * getnameinfo), run on the pool.  Addresses are nd_sockaddr_t values
 * (addr.h).
 *
 * The system resolver blocks: it may read /etc/hosts, ask a DNS server and
 * wait for the answer.  So each lookup is a request that runs on the pool
 * as ND_WORK_SLOW_IO (at most half the pool's threads resolve names at
 * once, so slow lookups cannot starve the file system), and completes on
 * the loop thread:
 *
 *     nd_getaddrinfo_t req;
 *     nd_getaddrinfo(loop, &req, on_resolved, "localhost", 0, 0);
 *     ...
 *     static void on_resolved(nd_getaddrinfo_t *req, int status)
 *     {   for (i = 0; i < req->naddrs; i++) use(&req->addrs[i]); }
 *
 * Contract:
 *   - The caller owns the request struct; it must stay put until the
 *     callback.  The host name is copied, so the caller's string may go.
 *   - The callback runs exactly once, on the loop thread, in a poll phase,
 *     never inside the call that started the request.  status is 0 or a
 *     negative code: ND_EAI_* from the resolver (ND_EAI_NONAME for a name
 *     that does not exist), ND_ENOMEM, or ND_ECANCELED when the request was
 *     cancelled before it started.
 *   - Results are plain C data made on the pool thread (no engine, no
 *     loop there) and are valid only during the callback; they are freed
 *     when it returns.  The callback may free the request, or start a new
 *     lookup on it.
 *   - Addresses come in the resolver's order (Node 20's "verbatim").
 *   - While pending the request keeps the loop alive.
 *
 * Threading: every function here is called on the loop's thread; the
 * resolver runs on a pool thread and touches only the request.
 */
#ifndef ND_DNS_H
#define ND_DNS_H

#include <stddef.h>

#include "addr.h"
#include "loop.h"

/* ---- getaddrinfo -------------------------------------------------------- */

/* Hint flags for nd_getaddrinfo(), nodule's own bits.  nd_dns_hint_value()
 * gives the system's value of each, which is what Node exports as
 * dns.ADDRCONFIG, dns.V4MAPPED and dns.ALL. */
enum {
    ND_DNS_ADDRCONFIG = 1u << 0, /* only families the host has addresses of */
    ND_DNS_V4MAPPED = 1u << 1,   /* family 6: IPv4 answers as ::ffff:a.b.c.d */
    ND_DNS_ALL = 1u << 2         /* with V4MAPPED: both IPv6 and mapped IPv4 */
};

/* The system's AI_* value of one ND_DNS_* flag (0 for anything else). */
int nd_dns_hint_value(unsigned flag);

typedef struct nd_getaddrinfo_s nd_getaddrinfo_t;
typedef void (*nd_getaddrinfo_cb)(nd_getaddrinfo_t *req, int status);

struct nd_getaddrinfo_s {
    nd_work_req_t work; /* private */
    nd_loop_t *loop;
    void *data; /* free for the caller */
    nd_getaddrinfo_cb cb;
    char *node;       /* private: the copied host name */
    int family;       /* 0 (any), 4 or 6, as asked */
    unsigned hints;   /* ND_DNS_* */
    int status;       /* what cb gets */
    nd_sockaddr_t *addrs; /* the results (port 0), valid during cb */
    size_t naddrs;
};

/* Resolve node (a host name or an address literal) to addresses of family
 * 0 (any), 4 or 6.  Returns 0 (cb will run), or a negative code and cb
 * never runs: ND_EINVAL for a bad family, unknown hint bits, a NULL
 * argument; ND_ENOMEM; the pool's errors. */
int nd_getaddrinfo(nd_loop_t *loop, nd_getaddrinfo_t *req, nd_getaddrinfo_cb cb,
                   const char *node, int family, unsigned hints);

/* ---- getnameinfo -------------------------------------------------------- */

#define ND_HOST_STRLEN 1025 /* NI_MAXHOST */
#define ND_SERV_STRLEN 32   /* NI_MAXSERV */

typedef struct nd_getnameinfo_s nd_getnameinfo_t;
typedef void (*nd_getnameinfo_cb)(nd_getnameinfo_t *req, int status);

struct nd_getnameinfo_s {
    nd_work_req_t work; /* private */
    nd_loop_t *loop;
    void *data; /* free for the caller */
    nd_getnameinfo_cb cb;
    nd_sockaddr_t addr; /* what is looked up */
    int status;
    char host[ND_HOST_STRLEN];    /* results, valid during cb */
    char service[ND_SERV_STRLEN]; /* "ssh", or the port number */
};

/* Find the host name of ip (an address literal; a name is required, as in
 * Node: an address without one fails with ND_EAI_NONAME) and the service
 * name of port (0..65535).  Returns 0 (cb will run) or a negative code,
 * and cb never runs: ND_EINVAL when ip is not an address literal or the
 * port is out of range; the pool's errors. */
int nd_getnameinfo(nd_loop_t *loop, nd_getnameinfo_t *req, nd_getnameinfo_cb cb,
                   const char *ip, int port);

/* ---- both --------------------------------------------------------------- */

/* Cancel a lookup that has not started: its callback then runs with
 * ND_ECANCELED.  ND_EBUSY if it is running or done (the callback gets the
 * real result). */
int nd_getaddrinfo_cancel(nd_getaddrinfo_t *req);
int nd_getnameinfo_cancel(nd_getnameinfo_t *req);

/* The code Node reports for a lookup error: "ENOTFOUND" for a name that
 * does not exist or has no address (ND_EAI_NONAME, ND_EAI_NODATA), the
 * code's own name otherwise ("EAI_AGAIN", "ECANCELED"). */
const char *nd_dns_code(int err);

#endif
