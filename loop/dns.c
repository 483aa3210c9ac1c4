/*
 * dns.c - getaddrinfo and getnameinfo as pool requests, the mapping of the
 * resolver's EAI_* results onto nodule's codes.
 *
 * A lookup goes: nd_getaddrinfo() copies the name and queues the request
 * on the pool as slow work; resolve() runs getaddrinfo() on a pool thread
 * and turns its linked list into a plain array of nd_sockaddr_t (so nothing
 * of the resolver's memory crosses threads); resolved() runs on the loop
 * thread, calls the caller back and frees the array and the name.
 *
 * Threading: see dns.h.  resolve() and name_of() touch only their request.
 */
#define _GNU_SOURCE /* EAI_NODATA, EAI_ADDRFAMILY */
#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#include "dns.h"
#include "internal.h"

/* ---- the resolver's errors ---------------------------------------------- */

/* A getaddrinfo/getnameinfo result as an ND_E* code.  EAI_SYSTEM carries
 * its reason in errno. */
static int from_eai(int rc, int saved_errno) {
    switch (rc) {
    case 0:
        return 0;
#ifdef EAI_ADDRFAMILY
    case EAI_ADDRFAMILY:
        return ND_EAI_ADDRFAMILY;
#endif
    case EAI_AGAIN:
        return ND_EAI_AGAIN;
    case EAI_BADFLAGS:
        return ND_EAI_BADFLAGS;
    case EAI_FAIL:
        return ND_EAI_FAIL;
    case EAI_FAMILY:
        return ND_EAI_FAMILY;
    case EAI_MEMORY:
        return ND_EAI_MEMORY;
#ifdef EAI_NODATA
    case EAI_NODATA:
        return ND_EAI_NODATA;
#endif
    case EAI_NONAME:
        return ND_EAI_NONAME;
    case EAI_OVERFLOW:
        return ND_EAI_OVERFLOW;
    case EAI_SERVICE:
        return ND_EAI_SERVICE;
    case EAI_SOCKTYPE:
        return ND_EAI_SOCKTYPE;
#ifdef EAI_CANCELED
    case EAI_CANCELED:
        return ND_EAI_CANCELED;
#endif
    case EAI_SYSTEM:
        return saved_errno != 0 ? nd_err_from_errno(saved_errno) : ND_EAI_FAIL;
    default:
        return ND_EAI_FAIL;
    }
}

/* see dns.h */
const char *nd_dns_code(int err) {
    if (err == ND_EAI_NONAME || err == ND_EAI_NODATA)
        return "ENOTFOUND";
    return nd_err_name(err);
}

/* see dns.h */
int nd_dns_hint_value(unsigned flag) {
    switch (flag) {
    case ND_DNS_ADDRCONFIG:
        return AI_ADDRCONFIG;
    case ND_DNS_V4MAPPED:
        return AI_V4MAPPED;
    case ND_DNS_ALL:
        return AI_ALL;
    default:
        return 0;
    }
}

/* ---- getaddrinfo -------------------------------------------------------- */

/* Pool thread: run the resolver, keep its answers as an array. */
static void resolve(nd_work_req_t *w) {
    nd_getaddrinfo_t *req = (nd_getaddrinfo_t *)w;
    struct addrinfo hints, *res = NULL, *ai;
    size_t n = 0;
    int rc;

    memset(&hints, 0, sizeof(hints));
    hints.ai_family = req->family == 4   ? AF_INET
                      : req->family == 6 ? AF_INET6
                                         : AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM; /* one answer per address, as Node */
    if (req->hints & ND_DNS_ADDRCONFIG)
        hints.ai_flags |= AI_ADDRCONFIG;
    if (req->hints & ND_DNS_V4MAPPED)
        hints.ai_flags |= AI_V4MAPPED;
    if (req->hints & ND_DNS_ALL)
        hints.ai_flags |= AI_ALL;
    errno = 0;
    rc = getaddrinfo(req->node, NULL, &hints, &res);
    req->status = from_eai(rc, errno);
    if (rc != 0)
        return;
    for (ai = res; ai != NULL; ai = ai->ai_next)
        n++;
    req->addrs = calloc(n > 0 ? n : 1, sizeof(nd_sockaddr_t));
    if (req->addrs == NULL) {
        req->status = ND_ENOMEM;
    } else {
        for (ai = res; ai != NULL; ai = ai->ai_next) {
            if (nd__sockaddr_set(&req->addrs[req->naddrs], ai->ai_addr,
                                 (unsigned)ai->ai_addrlen) == 0)
                req->naddrs++;
        }
    }
    freeaddrinfo(res);
}

/* Loop thread.  The callback may free the request or start a new lookup
 * on it, so the results are freed through a local copy of the pointer. */
static void resolved(nd_work_req_t *w, int status) {
    nd_getaddrinfo_t *req = (nd_getaddrinfo_t *)w;
    nd_sockaddr_t *addrs = req->addrs;

    if (status != 0) /* cancelled: resolve() never ran */
        req->status = status;
    free(req->node);
    req->node = NULL;
    req->cb(req, req->status);
    free(addrs);
}

/* see dns.h */
int nd_getaddrinfo(nd_loop_t *loop, nd_getaddrinfo_t *req, nd_getaddrinfo_cb cb,
                   const char *node, int family, unsigned hints) {
    int rc;

    if (loop == NULL || req == NULL || cb == NULL || node == NULL)
        return ND_EINVAL;
    if ((family != 0 && family != 4 && family != 6) ||
        (hints &
         ~(unsigned)(ND_DNS_ADDRCONFIG | ND_DNS_V4MAPPED | ND_DNS_ALL)) != 0)
        return ND_EINVAL;
    req->node = strdup(node);
    if (req->node == NULL)
        return ND_ENOMEM;
    req->loop = loop;
    req->cb = cb;
    req->family = family;
    req->hints = hints;
    req->status = 0;
    req->addrs = NULL;
    req->naddrs = 0;
    rc = nd_queue_work(loop, &req->work, ND_WORK_SLOW_IO, resolve, resolved);
    if (rc < 0) {
        free(req->node);
        req->node = NULL;
    }
    return rc;
}

/* see dns.h */
int nd_getaddrinfo_cancel(nd_getaddrinfo_t *req) {
    return nd_cancel_work(&req->work);
}

/* ---- getnameinfo -------------------------------------------------------- */

/* Pool thread. */
static void name_of(nd_work_req_t *w) {
    nd_getnameinfo_t *req = (nd_getnameinfo_t *)w;
    int rc;

    errno = 0;
    rc = getnameinfo((const struct sockaddr *)req->addr.u.bytes,
                     (socklen_t)nd__sockaddr_len(&req->addr), req->host,
                     sizeof(req->host), req->service, sizeof(req->service),
                     NI_NAMEREQD);
    req->status = from_eai(rc, errno);
}

/* Loop thread. */
static void named(nd_work_req_t *w, int status) {
    nd_getnameinfo_t *req = (nd_getnameinfo_t *)w;

    if (status != 0)
        req->status = status;
    req->cb(req, req->status);
}

/* see dns.h */
int nd_getnameinfo(nd_loop_t *loop, nd_getnameinfo_t *req, nd_getnameinfo_cb cb,
                   const char *ip, int port) {
    if (loop == NULL || req == NULL || cb == NULL ||
        nd_ip_addr(ip, port, &req->addr) < 0)
        return ND_EINVAL;
    req->loop = loop;
    req->cb = cb;
    req->status = 0;
    req->host[0] = '\0';
    req->service[0] = '\0';
    return nd_queue_work(loop, &req->work, ND_WORK_SLOW_IO, name_of, named);
}

/* see dns.h */
int nd_getnameinfo_cancel(nd_getnameinfo_t *req) {
    return nd_cancel_work(&req->work);
}
