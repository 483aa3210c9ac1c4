/*
 * test-dns.c - name resolution on the pool (loop/dns.h): 'localhost',
 * numeric hosts, a name that cannot exist (RFC 6761 reserves '.invalid'),
 * reverse lookups, cancellation, bad arguments, and the hint values.
 * Nothing here needs the internet.
 */
#include "loop_test.h"

#include <stdatomic.h>

#include "dns.h"

typedef struct {
    nd_getaddrinfo_t req;
    int calls, status;
    size_t naddrs;
    lt_name_t first;
    int all_loopback;
} lookup_t;

static void on_lookup(nd_getaddrinfo_t *req, int status) {
    lookup_t *l = (lookup_t *)req;
    size_t i;

    l->calls++;
    l->status = status;
    l->naddrs = req->naddrs;
    l->all_loopback = 1;
    if (req->naddrs > 0)
        l->first = lt_name(&req->addrs[0]);
    for (i = 0; i < req->naddrs; i++) {
        lt_name_t a = lt_name(&req->addrs[i]);

        if (!(a.family == 4 && strcmp(a.ip, "127.0.0.1") == 0) &&
            !(a.family == 6 && strcmp(a.ip, "::1") == 0))
            l->all_loopback = 0;
    }
}

static void test_localhost(void) {
    lookup_t any, v4;
    nd_loop_t loop;

    memset(&any, 0, sizeof(any));
    memset(&v4, 0, sizeof(v4));
    lt_open(&loop);
    ND_CHECK_EQ(nd_getaddrinfo(&loop, &any.req, on_lookup, "localhost", 0, 0),
                0);
    ND_CHECK_EQ(nd_getaddrinfo(&loop, &v4.req, on_lookup, "localhost", 4, 0),
                0);
    /* Never inside the call. */
    ND_CHECK_EQ(any.calls, 0);
    ND_CHECK(nd_loop_alive(&loop));
    lt_finish(&loop);
    ND_CHECK_EQ(any.calls, 1);
    ND_CHECK_EQ(any.status, 0);
    ND_CHECK(any.naddrs >= 1);
    ND_CHECK(any.all_loopback);
    ND_CHECK_EQ(v4.calls, 1);
    ND_CHECK_EQ(v4.status, 0);
    ND_CHECK(v4.naddrs >= 1);
    ND_CHECK_EQ(v4.first.family, 4);
    ND_CHECK_STR(v4.first.ip, "127.0.0.1");
}

static void test_numeric(void) {
    lookup_t a, b, c;
    nd_loop_t loop;

    memset(&a, 0, sizeof(a));
    memset(&b, 0, sizeof(b));
    memset(&c, 0, sizeof(c));
    lt_open(&loop);
    ND_CHECK_EQ(nd_getaddrinfo(&loop, &a.req, on_lookup, "10.1.2.3", 0, 0), 0);
    ND_CHECK_EQ(nd_getaddrinfo(&loop, &b.req, on_lookup, "::1", 6, 0), 0);
    /* An IPv4 address asked for as IPv6, mapped. */
    ND_CHECK_EQ(nd_getaddrinfo(&loop, &c.req, on_lookup, "10.1.2.3", 6,
                               ND_DNS_V4MAPPED),
                0);
    lt_finish(&loop);
    ND_CHECK_EQ(a.status, 0);
    ND_CHECK_EQ(a.naddrs, 1);
    ND_CHECK_EQ(a.first.family, 4);
    ND_CHECK_STR(a.first.ip, "10.1.2.3");
    ND_CHECK_EQ(b.status, 0);
    ND_CHECK_EQ(b.naddrs, 1);
    ND_CHECK_EQ(b.first.family, 6);
    ND_CHECK_STR(b.first.ip, "::1");
    ND_CHECK_EQ(c.status, 0);
    ND_CHECK_EQ(c.first.family, 6);
    ND_CHECK_STR(c.first.ip, "::ffff:10.1.2.3");
}

static void test_not_found(void) {
    lookup_t l;
    nd_loop_t loop;

    memset(&l, 0, sizeof(l));
    lt_open(&loop);
    ND_CHECK_EQ(
        nd_getaddrinfo(&loop, &l.req, on_lookup, "nonexistent.invalid", 0, 0),
        0);
    lt_finish(&loop);
    ND_CHECK_EQ(l.calls, 1);
    /* Depending on the resolver: no such name, or no data; with no
     * network at all a temporary failure. */
    ND_CHECK(l.status == ND_EAI_NONAME || l.status == ND_EAI_NODATA ||
             l.status == ND_EAI_AGAIN);
    ND_CHECK_EQ(l.naddrs, 0);
    if (l.status != ND_EAI_AGAIN)
        ND_CHECK_STR(nd_dns_code(l.status), "ENOTFOUND");
    ND_CHECK_STR(nd_dns_code(ND_EAI_AGAIN), "EAI_AGAIN");
    ND_CHECK_STR(nd_err_message(ND_EAI_NONAME), "unknown node or service");
}

/* A request reused from its own callback: the second lookup runs. */
static int reused_calls;

static void on_second(nd_getaddrinfo_t *req, int status) {
    reused_calls++;
    ND_CHECK_EQ(status, 0);
    ND_CHECK_STR(lt_name(&req->addrs[0]).ip, "192.0.2.7");
}

static void on_first(nd_getaddrinfo_t *req, int status) {
    reused_calls++;
    ND_CHECK_EQ(status, 0);
    ND_CHECK_STR(lt_name(&req->addrs[0]).ip, "192.0.2.1");
    ND_CHECK_EQ(nd_getaddrinfo(req->loop, req, on_second, "192.0.2.7", 4, 0),
                0);
}

/* A request freed from its own callback. */
static void on_free(nd_getaddrinfo_t *req, int status) {
    reused_calls++;
    ND_CHECK_EQ(status, 0);
    free(req);
}

static void test_reuse_and_free(void) {
    nd_getaddrinfo_t req, *heap = malloc(sizeof(*heap));
    nd_loop_t loop;

    ND_CHECK(heap != NULL);
    reused_calls = 0;
    lt_open(&loop);
    ND_CHECK_EQ(nd_getaddrinfo(&loop, &req, on_first, "192.0.2.1", 0, 0), 0);
    ND_CHECK_EQ(nd_getaddrinfo(&loop, heap, on_free, "localhost", 0, 0), 0);
    lt_finish(&loop);
    ND_CHECK_EQ(reused_calls, 3);
}

typedef struct {
    nd_getnameinfo_t req;
    int calls, status;
    char host[ND_HOST_STRLEN], service[ND_SERV_STRLEN];
} rev_t;

static void on_name(nd_getnameinfo_t *req, int status) {
    rev_t *r = (rev_t *)req;

    r->calls++;
    r->status = status;
    snprintf(r->host, sizeof(r->host), "%s", req->host);
    snprintf(r->service, sizeof(r->service), "%s", req->service);
}

static void test_getnameinfo(void) {
    rev_t r;
    nd_loop_t loop;

    memset(&r, 0, sizeof(r));
    lt_open(&loop);
    ND_CHECK_EQ(nd_getnameinfo(&loop, &r.req, on_name, "127.0.0.1", 22), 0);
    lt_finish(&loop);
    ND_CHECK_EQ(r.calls, 1);
    ND_CHECK_EQ(r.status, 0);
    ND_CHECK(r.host[0] != '\0');
    /* The service is "ssh" where /etc/services lists it, "22" if not. */
    ND_CHECK(strcmp(r.service, "ssh") == 0 || strcmp(r.service, "22") == 0);

    lt_open(&loop);
    ND_CHECK_EQ(nd_getnameinfo(&loop, &r.req, on_name, "localhost", 22),
                ND_EINVAL);
    ND_CHECK_EQ(nd_getnameinfo(&loop, &r.req, on_name, "::1", 65536),
                ND_EINVAL);
    ND_CHECK_EQ(nd_getnameinfo(&loop, &r.req, on_name, "::1", -1), ND_EINVAL);
    ND_CHECK_EQ(loop.active_reqs, 0);
    lt_finish(&loop);
}

/* Cancellation: fill every pool thread with a blocker, so the lookup
 * cannot start; cancel it; its callback sees ND_ECANCELED. */
static atomic_int started, release_them;

static void blocker(nd_work_req_t *req) {
    (void)req;
    atomic_fetch_add(&started, 1);
    while (!atomic_load(&release_them))
        lt_sleep_ms(1);
}

static void test_cancel(void) {
    int n = nd_pool_size(), i;
    nd_work_req_t *blockers = calloc((size_t)n, sizeof(*blockers));
    lookup_t l;
    rev_t r;
    nd_loop_t loop;

    ND_CHECK(blockers != NULL);
    memset(&l, 0, sizeof(l));
    memset(&r, 0, sizeof(r));
    lt_open(&loop);
    for (i = 0; i < n; i++)
        ND_CHECK_EQ(
            nd_queue_work(&loop, &blockers[i], ND_WORK_CPU, blocker, NULL), 0);
    while (atomic_load(&started) < n)
        lt_sleep_ms(1);
    ND_CHECK_EQ(nd_getaddrinfo(&loop, &l.req, on_lookup, "localhost", 0, 0), 0);
    ND_CHECK_EQ(nd_getnameinfo(&loop, &r.req, on_name, "127.0.0.1", 80), 0);
    ND_CHECK_EQ(nd_getaddrinfo_cancel(&l.req), 0);
    ND_CHECK_EQ(nd_getnameinfo_cancel(&r.req), 0);
    ND_CHECK_EQ(nd_getaddrinfo_cancel(&l.req), ND_EBUSY);
    atomic_store(&release_them, 1);
    lt_finish(&loop);
    ND_CHECK_EQ(l.calls, 1);
    ND_CHECK_EQ(l.status, ND_ECANCELED);
    ND_CHECK_EQ(l.naddrs, 0);
    ND_CHECK_EQ(r.calls, 1);
    ND_CHECK_EQ(r.status, ND_ECANCELED);
    free(blockers);
}

static void test_bad_args(void) {
    lookup_t l;
    nd_loop_t loop;

    lt_open(&loop);
    ND_CHECK_EQ(nd_getaddrinfo(&loop, &l.req, on_lookup, "localhost", 5, 0),
                ND_EINVAL);
    ND_CHECK_EQ(nd_getaddrinfo(&loop, &l.req, on_lookup, "localhost", 0, 64),
                ND_EINVAL);
    ND_CHECK_EQ(nd_getaddrinfo(&loop, &l.req, on_lookup, NULL, 0, 0),
                ND_EINVAL);
    ND_CHECK_EQ(nd_getaddrinfo(&loop, &l.req, NULL, "localhost", 0, 0),
                ND_EINVAL);
    ND_CHECK_EQ(loop.active_reqs, 0);
    lt_finish(&loop);
}

static void test_hints(void) {
    ND_CHECK(nd_dns_hint_value(ND_DNS_ADDRCONFIG) != 0);
    ND_CHECK(nd_dns_hint_value(ND_DNS_V4MAPPED) != 0);
    ND_CHECK(nd_dns_hint_value(ND_DNS_ALL) != 0);
    ND_CHECK_EQ(nd_dns_hint_value(64), 0);
}

int main(void) {
    /* Keep the pool small: test_cancel fills every thread. */
    setenv("NODULE_THREADPOOL_SIZE", "2", 1);
    ND_RUN(test_localhost);
    ND_RUN(test_numeric);
    ND_RUN(test_not_found);
    ND_RUN(test_reuse_and_free);
    ND_RUN(test_getnameinfo);
    ND_RUN(test_cancel);
    ND_RUN(test_bad_args);
    ND_RUN(test_hints);
    ND_DONE("test-loop-dns");
}
