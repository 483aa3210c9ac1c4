/*
 * addr.h - the one socket address type of the loop's API: an IPv4 or IPv6
 * address with its port (nd_sockaddr_t), its single parser from text
 * (nd_ip_addr) and its single formatter back to text (nd_ip_name).
 *
 * An nd_sockaddr_t holds the OS's own binary form (a struct sockaddr_in
 * or sockaddr_in6), opaque to callers.  Handles take and give it as is:
 * a datagram's sender, a socket's local or peer name cost no text
 * conversion until someone asks for the text, and a destination parsed
 * once can be sent to many times.  Modules never see the OS's address
 * structures; they convert at their edge:
 *
 *     nd_sockaddr_t to;
 *     char ip[ND_IP_NAME_MAX];
 *     int port;
 *     if (nd_ip_addr("fe80::1%eth0", 53, &to) == 0) ...
 *     family = nd_ip_name(&from, ip, &port);    4 or 6
 *
 * Text forms: an IPv4 dotted quad ("127.0.0.1", exactly four decimal
 * parts), or an IPv6 literal ("::1", "::ffff:1.2.3.4") with an optional
 * zone after '%' naming the interface of a link-local address, by name
 * ("fe80::1%eth0") or by number ("fe80::1%2").  A zone naming no
 * interface gives scope 0, as in Node.  No host names: resolve them first
 * (dns.h).
 *
 * Threading: pure computation apart from the interface-name lookups of
 * zones; any thread.
 */
#ifndef ND_ADDR_H
#define ND_ADDR_H

/* An IPv4 or IPv6 address with its port; all zero bytes is no address
 * (family 0).  Copy it freely. */
typedef struct {
    union {
        unsigned char bytes[128];
        double align_d;
        void *align_p;
    } u;
} nd_sockaddr_t;

/* Room for any text form nd_ip_name() writes, the zone included. */
#define ND_IP_NAME_MAX 64

/* 4 or 6 if text is an IPv4 / IPv6 address literal (with a zone for
 * IPv6), 0 otherwise, as Node's net.isIP. */
int nd_ip_family(const char *text);

/* Parse the literal ip and a port (0 .. 65535) into *addr.  ND_EINVAL
 * (and *addr zeroed) when ip is NULL or no literal, or the port is out
 * of range. */
int nd_ip_addr(const char *ip, int port, nd_sockaddr_t *addr);

/* The text form of addr into ip (ND_IP_NAME_MAX bytes) and its port;
 * returns the family, 4 or 6, or ND_EAFNOSUPPORT (ip "" and port 0) for
 * anything else.  A scope is written as the interface's name, or its
 * number when it has none. */
int nd_ip_name(const nd_sockaddr_t *addr, char *ip, int *port);

/* The family of addr: 4, 6, or 0 when it holds no IP address. */
int nd_sockaddr_family(const nd_sockaddr_t *addr);

/* The port of addr (0 when it holds no IP address). */
int nd_sockaddr_port(const nd_sockaddr_t *addr);

/* The wildcard address of family 4 ("0.0.0.0") or 6 ("::"), port 0. */
void nd_sockaddr_any(int family, nd_sockaddr_t *addr);

#endif
