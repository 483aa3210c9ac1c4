/*
 * addr.c - nd_sockaddr_t (see addr.h): the parser from text, the
 * formatter back to text, and the family tests.  The only place in the
 * loop that reads or writes an address's text form.
 *
 * The same code on every system: only the headers differ (Winsock's
 * inet_pton/inet_ntop and the IP Helper's interface names on Windows).
 *
 * Threading: any thread; no state.
 */
#if defined(_WIN32)
#include <winsock2.h>
#include <ws2tcpip.h>
#include <iphlpapi.h>
#ifndef IF_NAMESIZE
#define IF_NAMESIZE 256 /* NDIS_IF_MAX_STRING_SIZE + 1 */
#endif
#else
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/socket.h>
#endif
#include <stdio.h>
#include <string.h>

#include "addr.h"
#include "internal.h"

_Static_assert(sizeof(nd_sockaddr_t) >= sizeof(struct sockaddr_in6),
               "nd_sockaddr_t holds an IPv6 address");

/* The interface index a zone names: an interface's name, or a number;
 * 0 when it is neither. */
static unsigned zone_index(const char *zone) {
    unsigned index = if_nametoindex(zone);
    unsigned long long n = 0;
    const char *p;

    if (index != 0)
        return index;
    for (p = zone; *p >= '0' && *p <= '9'; p++) {
        n = n * 10 + (unsigned)(*p - '0');
        if (n > 0xffffffffu)
            return 0; /* too big to be an index */
    }
    return p != zone && *p == '\0' ? (unsigned)n : 0;
}

/* Split an IPv6 literal at its zone: the address part is copied into
 * text (ND_IP_NAME_MAX bytes) and *zone points after the '%' (NULL when
 * there is none).  0, or -1 when the zone is empty or the text too long. */
static int split_zone(const char *ip, char *text, const char **zone) {
    const char *pct = strchr(ip, '%');
    size_t n = pct != NULL ? (size_t)(pct - ip) : strlen(ip);

    if (n >= ND_IP_NAME_MAX || (pct != NULL && pct[1] == '\0'))
        return -1;
    memcpy(text, ip, n);
    text[n] = '\0';
    *zone = pct != NULL ? pct + 1 : NULL;
    return 0;
}

/* see addr.h */
int nd_ip_family(const char *text) {
    nd_sockaddr_t addr;

    if (nd_ip_addr(text, 0, &addr) < 0)
        return 0;
    return nd_sockaddr_family(&addr);
}

/* see addr.h */
int nd_ip_addr(const char *ip, int port, nd_sockaddr_t *addr) {
    struct sockaddr_in *in4 = (struct sockaddr_in *)addr->u.bytes;
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)addr->u.bytes;
    char text[ND_IP_NAME_MAX];
    const char *zone;

    memset(addr, 0, sizeof(*addr));
    if (ip == NULL || port < 0 || port > 65535)
        return ND_EINVAL;
    if (inet_pton(AF_INET, ip, &in4->sin_addr) == 1) {
        in4->sin_family = AF_INET;
        in4->sin_port = htons((unsigned short)port);
        return 0;
    }
    if (split_zone(ip, text, &zone) < 0 ||
        inet_pton(AF_INET6, text, &in6->sin6_addr) != 1) {
        memset(addr, 0, sizeof(*addr));
        return ND_EINVAL;
    }
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons((unsigned short)port);
    if (zone != NULL)
        in6->sin6_scope_id = zone_index(zone);
    return 0;
}

/* see addr.h */
int nd_ip_name(const nd_sockaddr_t *addr, char *ip, int *port) {
    const struct sockaddr *sa = (const struct sockaddr *)addr->u.bytes;

    ip[0] = '\0';
    *port = 0;
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *in4 = (const void *)addr->u.bytes;

        inet_ntop(AF_INET, &in4->sin_addr, ip, ND_IP_NAME_MAX);
        *port = nd_sockaddr_port(addr);
        return 4;
    }
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const void *)addr->u.bytes;
        char name[IF_NAMESIZE];
        size_t n;

        inet_ntop(AF_INET6, &in6->sin6_addr, ip, ND_IP_NAME_MAX);
        *port = nd_sockaddr_port(addr);
        n = strlen(ip);
        if (in6->sin6_scope_id == 0)
            return 6;
        /* snprintf cuts a name too long for ND_IP_NAME_MAX. */
        if (if_indextoname(in6->sin6_scope_id, name) != NULL)
            snprintf(ip + n, ND_IP_NAME_MAX - n, "%%%s", name);
        else
            snprintf(ip + n, ND_IP_NAME_MAX - n, "%%%u",
                     (unsigned)in6->sin6_scope_id);
        return 6;
    }
    return ND_EAFNOSUPPORT;
}

/* see addr.h */
int nd_sockaddr_family(const nd_sockaddr_t *addr) {
    switch (((const struct sockaddr *)addr->u.bytes)->sa_family) {
    case AF_INET:
        return 4;
    case AF_INET6:
        return 6;
    default:
        return 0;
    }
}

/* see addr.h */
int nd_sockaddr_port(const nd_sockaddr_t *addr) {
    const struct sockaddr_in *in4 = (const void *)addr->u.bytes;
    const struct sockaddr_in6 *in6 = (const void *)addr->u.bytes;

    switch (nd_sockaddr_family(addr)) {
    case 4:
        return ntohs(in4->sin_port);
    case 6:
        return ntohs(in6->sin6_port);
    default:
        return 0;
    }
}

/* see addr.h */
void nd_sockaddr_any(int family, nd_sockaddr_t *addr) {
    nd_ip_addr(family == 6 ? "::" : "0.0.0.0", 0, addr);
}

/* see internal.h */
unsigned nd__sockaddr_len(const nd_sockaddr_t *addr) {
    switch (nd_sockaddr_family(addr)) {
    case 4:
        return sizeof(struct sockaddr_in);
    case 6:
        return sizeof(struct sockaddr_in6);
    default:
        return 0;
    }
}

/* see internal.h */
int nd__sockaddr_set(nd_sockaddr_t *addr, const void *sa, unsigned len) {
    memset(addr, 0, sizeof(*addr));
    if (len > sizeof(addr->u.bytes))
        return ND_EAFNOSUPPORT;
    memcpy(addr->u.bytes, sa, len);
    if (nd__sockaddr_len(addr) == 0 || nd__sockaddr_len(addr) > len) {
        memset(addr, 0, sizeof(*addr));
        return ND_EAFNOSUPPORT;
    }
    return 0;
}
