/*
 * test-addr.c - the address parser and formatter (loop/addr.h): IPv4 and
 * IPv6 literals and their canonical text, ports at and beyond the ends
 * of their range, zones by number, by interface name and naming nothing,
 * and input that is no address literal at all.  Built on every system.
 */
#include "loop_test.h"

#include <string.h>

#include "addr.h"

/* Parse ip:port and format it again: family 4 or 6 and the text want,
 * or family 0 for input that is refused and leaves no address behind. */
static void check(const char *ip, int port, int family, const char *want) {
    nd_sockaddr_t a;
    char name[ND_IP_NAME_MAX];
    int got_port = 7;

    memset(&a, 0xff, sizeof(a));
    ND_CHECK_EQ(nd_ip_addr(ip, port, &a), family != 0 ? 0 : ND_EINVAL);
    ND_CHECK_EQ(nd_sockaddr_family(&a), family);
    ND_CHECK_EQ(nd_sockaddr_port(&a), family != 0 ? port : 0);
    ND_CHECK_EQ(nd_ip_name(&a, name, &got_port),
                family != 0 ? family : ND_EAFNOSUPPORT);
    ND_CHECK_STR(name, want);
    ND_CHECK_EQ(got_port, family != 0 ? port : 0);
    if (port >= 0 && port <= 65535)
        ND_CHECK_EQ(nd_ip_family(ip), family);
}

static void round_trip(const char *ip, int port, int family,
                       const char *want) {
    check(ip, port, family, want);
}

static void refused(const char *ip, int port) {
    check(ip, port, 0, "");
}

/* Literals, their ports and families, and their canonical text. */
static const struct {
    const char *ip;
    int port, family;
    const char *want;
} good[] = {
    {"127.0.0.1", 80, 4, "127.0.0.1"},
    {"0.0.0.0", 0, 4, "0.0.0.0"},
    {"255.255.255.255", 65535, 4, "255.255.255.255"},
    {"::1", 443, 6, "::1"},
    {"::", 0, 6, "::"},
    {"2001:DB8:0:0:0:0:0:1", 8080, 6, "2001:db8::1"},
    {"::ffff:1.2.3.4", 65535, 6, "::ffff:1.2.3.4"},
};

/* No literals at all, or not of one family. */
static const char *const bad[] = {
    "1.2.3", "1.2.3.4.5", "256.1.1.1", "1.2.3.-4", " 1.2.3.4", "1.2.3.4 ",
    "1.2.3.4%1", /* zones are for IPv6 */
    "1::2::3", ":::", "12345::1", "[::1]", "::1 ",
    "fe80::1%", /* an empty zone */
    "", "localhost", "example.com",
};

static void test_literals(void) {
    size_t i;

    for (i = 0; i < sizeof(good) / sizeof(good[0]); i++)
        round_trip(good[i].ip, good[i].port, good[i].family, good[i].want);
    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
        refused(bad[i], 1);
}

static void test_scopes(void) {
    nd_sockaddr_t a;
    char name[ND_IP_NAME_MAX], text[ND_IP_NAME_MAX];
    int port, index, named = 0;

    /* By number: an index no interface has is written back as a number. */
    round_trip("fe80::1%4000000", 1, 6, "fe80::1%4000000");
    /* A zone naming no interface means no scope, as in Node. */
    round_trip("fe80::1%no-such-if0", 1, 6, "fe80::1");
    ND_CHECK_EQ(nd_ip_family("fe80::1%no-such-if0"), 6);
    /* By name: an interface's index is written as its name, and that
     * name parses back to the same scope.  Every host has one (loopback)
     * among the first indexes. */
    for (index = 1; index <= 64 && !named; index++) {
        snprintf(text, sizeof(text), "fe80::1%%%d", index);
        ND_CHECK_EQ(nd_ip_addr(text, 9, &a), 0);
        ND_CHECK_EQ(nd_ip_name(&a, name, &port), 6);
        if (strcmp(name, text) == 0)
            continue; /* no interface of that index */
        ND_CHECK(strncmp(name, "fe80::1%", 8) == 0);
        round_trip(name, 9, 6, name);
        named = 1;
    }
    ND_CHECK(named);
}

static void test_ports(void) {
    refused("127.0.0.1", -1);
    refused("127.0.0.1", 65536);
    refused("::1", -1);
    refused("::1", 65536);
    refused("::1", 1 << 30);
}

static void test_bad_input(void) {
    char long_text[200];

    refused(NULL, 1);
    memset(long_text, '1', sizeof(long_text) - 1);
    long_text[sizeof(long_text) - 1] = '\0';
    refused(long_text, 1);
    /* A zone too big a number to be an index names nothing: no scope. */
    memcpy(long_text, "::1%", 4);
    round_trip(long_text, 1, 6, "::1");
    ND_CHECK_EQ(nd_ip_family(NULL), 0);
}

static void test_any(void) {
    nd_sockaddr_t a;
    char name[ND_IP_NAME_MAX];
    int port;

    nd_sockaddr_any(4, &a);
    ND_CHECK_EQ(nd_ip_name(&a, name, &port), 4);
    ND_CHECK_STR(name, "0.0.0.0");
    ND_CHECK_EQ(port, 0);
    nd_sockaddr_any(6, &a);
    ND_CHECK_EQ(nd_ip_name(&a, name, &port), 6);
    ND_CHECK_STR(name, "::");
}

int main(void) {
    ND_RUN(test_literals);
    ND_RUN(test_scopes);
    ND_RUN(test_ports);
    ND_RUN(test_bad_input);
    ND_RUN(test_any);
    ND_DONE("test-loop-addr");
}
