/*
 * sys_machine.c - the machine nodule runs on, for the os module (see
 * sys.h): uname, host name, uptime, load, memory, CPUs, network
 * interfaces, the current user, scheduling priorities and the errno and
 * dlopen constant tables.
 *
 * Every function reads the kernel afresh (uname(2), /proc, getifaddrs(3),
 * getpwuid_r(3)) and keeps no state, so any thread may call them.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

#include <arpa/inet.h>
#include <dlfcn.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>
#include <pwd.h>
#ifdef __linux__
#include <netpacket/packet.h>
#include <sched.h>
#endif

#include "internal.h"
#include "sys.h"

/* ---- the machine ------------------------------------------------------- */

/* Copy at most cap - 1 bytes of s into dst, always NUL-terminated. */
static void copy_trunc(char *dst, const char *s, size_t cap) {
    size_t n = strlen(s);

    if (n >= cap)
        n = cap - 1;
    memcpy(dst, s, n);
    dst[n] = '\0';
}

/* see sys.h */
int nd_sys_uname(nd_sys_uname_t *u) {
    struct utsname un;

    if (uname(&un) != 0)
        return nd_err_from_errno(errno);
    copy_trunc(u->sysname, un.sysname, sizeof(u->sysname));
    copy_trunc(u->release, un.release, sizeof(u->release));
    copy_trunc(u->version, un.version, sizeof(u->version));
    copy_trunc(u->machine, un.machine, sizeof(u->machine));
    return 0;
}

/* see sys.h */
int nd_sys_hostname(char *buf, size_t *len) {
    char name[256];

    if (gethostname(name, sizeof(name)) != 0)
        return nd_err_from_errno(errno);
    name[sizeof(name) - 1] = '\0';
    return nd__sys_copy_out(name, buf, len);
}

/* Read the start of a small text file (a /proc entry) into buf. */
static int read_small(const char *path, char *buf, size_t cap) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    ssize_t n;

    if (fd < 0)
        return nd_err_from_errno(errno);
    do
        n = read(fd, buf, cap - 1);
    while (n < 0 && errno == EINTR);
    close(fd);
    if (n < 0)
        return nd_err_from_errno(errno);
    buf[n] = '\0';
    return 0;
}

/* see sys.h */
int nd_sys_uptime(double *seconds) {
    char text[128];
    int err = read_small("/proc/uptime", text, sizeof(text));

    if (err == 0 && sscanf(text, "%lf", seconds) == 1)
        return 0;
#ifdef CLOCK_BOOTTIME
    {
        struct timespec ts;

        if (clock_gettime(CLOCK_BOOTTIME, &ts) == 0) {
            *seconds = (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
            return 0;
        }
    }
#endif
    return err < 0 ? err : ND_EIO;
}

/* see sys.h */
int nd_sys_loadavg(double avg[3]) {
    char text[128];

    avg[0] = avg[1] = avg[2] = 0;
    if (read_small("/proc/loadavg", text, sizeof(text)) == 0 &&
        sscanf(text, "%lf %lf %lf", &avg[0], &avg[1], &avg[2]) == 3)
        return 0;
    return getloadavg(avg, 3) < 0 ? ND_ENOSYS : 0;
}

/* The value in kB of the /proc/meminfo line "key: value kB", or -1. */
static int64_t meminfo_field(const char *text, const char *key) {
    const char *p = strstr(text, key);
    unsigned long long kb;

    if (p == NULL || sscanf(p + strlen(key), " %llu", &kb) != 1)
        return -1;
    return (int64_t)kb;
}

/* see sys.h */
int nd_sys_meminfo(uint64_t *total, uint64_t *available) {
    char text[4096];
    int64_t t, a;
    int err = read_small("/proc/meminfo", text, sizeof(text));

    if (err < 0)
        return err;
    t = meminfo_field(text, "MemTotal:");
    a = meminfo_field(text, "MemAvailable:");
    if (a < 0)
        a = meminfo_field(text, "MemFree:"); /* kernels before 3.14 */
    if (t < 0 || a < 0)
        return ND_EIO;
    *total = (uint64_t)t * 1024;
    *available = (uint64_t)a * 1024;
    return 0;
}

/* see sys.h */
int nd_sys_parallelism(void) {
    long n;

#ifdef __linux__
    cpu_set_t set;

    if (sched_getaffinity(0, sizeof(set), &set) == 0) {
        n = CPU_COUNT(&set);
        if (n > 0)
            return (int)n;
    }
#endif
    n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

/* The clock speed of CPU `number` in MHz, as cpufreq reports it, or 0
 * (libuv reads nothing else, so neither does os.cpus()). */
static unsigned cpu_speed(unsigned number) {
    char path[96], text[64];
    unsigned long khz;

    snprintf(path, sizeof(path),
             "/sys/devices/system/cpu/cpu%u/cpufreq/scaling_cur_freq", number);
    if (read_small(path, text, sizeof(text)) == 0 &&
        sscanf(text, "%lu", &khz) == 1)
        return (unsigned)(khz / 1000);
    return 0;
}

/* Fill the model of the first cap CPUs from /proc/cpuinfo, in order. */
static void cpu_models(nd_sys_cpu_t *out, int cap) {
    char line[512];
    FILE *f = fopen("/proc/cpuinfo", "re");
    int i = 0;

    if (f == NULL)
        return;
    while (i < cap && fgets(line, sizeof(line), f) != NULL) {
        char *colon = strchr(line, ':');
        size_t n;

        if (strncmp(line, "model name", 10) != 0 || colon == NULL)
            continue;
        colon++;
        while (*colon == ' ' || *colon == '\t')
            colon++;
        n = strcspn(colon, "\n");
        colon[n] = '\0';
        copy_trunc(out[i++].model, colon, sizeof(out[0].model));
    }
    fclose(f);
}

/* see sys.h */
int nd_sys_cpus(nd_sys_cpu_t *out, int cap) {
    char line[512];
    FILE *f = fopen("/proc/stat", "re");
    long ticks = sysconf(_SC_CLK_TCK);
    uint64_t ms = ticks > 0 && ticks <= 1000 ? 1000 / (uint64_t)ticks : 10;
    int count = 0;

    if (f == NULL)
        return nd_err_from_errno(errno);
    /* "cpuN user nice system idle iowait irq ...", in clock ticks; the
     * first line ("cpu ") is the sum of all and is skipped. */
    while (fgets(line, sizeof(line), f) != NULL) {
        unsigned long long user, nice, sys, idle, iowait, irq;
        unsigned number;

        if (strncmp(line, "cpu", 3) != 0 || line[3] < '0' || line[3] > '9')
            continue;
        if (sscanf(line + 3, "%u %llu %llu %llu %llu %llu %llu", &number, &user,
                   &nice, &sys, &idle, &iowait, &irq) != 7)
            continue;
        if (count < cap) {
            nd_sys_cpu_t *c = &out[count];

            copy_trunc(c->model, "unknown", sizeof(c->model));
            c->speed = cpu_speed(number);
            c->user = user * ms;
            c->nice = nice * ms;
            c->sys = sys * ms;
            c->idle = idle * ms;
            c->irq = irq * ms;
        }
        count++;
    }
    fclose(f);
    cpu_models(out, count < cap ? count : cap);
    return count;
}

/* The number of leading one bits of a netmask of len bytes. */
static int prefix_length(const unsigned char *mask, size_t len) {
    int bits = 0;
    size_t i;

    for (i = 0; i < len; i++) {
        unsigned char b = mask[i];

        while (b & 0x80) {
            bits++;
            b = (unsigned char)(b << 1);
        }
        if (mask[i] != 0xff)
            break;
    }
    return bits;
}

/* Fill entry e from one getifaddrs() record of family AF_INET(6). */
static void iface_fill(nd_sys_iface_t *e, const struct ifaddrs *a) {
    const void *addr, *mask = NULL;
    size_t masklen;
    int af = a->ifa_addr->sa_family;

    memset(e, 0, sizeof(*e));
    copy_trunc(e->name, a->ifa_name, sizeof(e->name));
    if (af == AF_INET) {
        e->family = 4;
        addr = &((const struct sockaddr_in *)a->ifa_addr)->sin_addr;
        if (a->ifa_netmask != NULL)
            mask = &((const struct sockaddr_in *)a->ifa_netmask)->sin_addr;
        masklen = 4;
    } else {
        const struct sockaddr_in6 *s6 = (const void *)a->ifa_addr;

        e->family = 6;
        e->scopeid = s6->sin6_scope_id;
        addr = &s6->sin6_addr;
        if (a->ifa_netmask != NULL)
            mask = &((const struct sockaddr_in6 *)a->ifa_netmask)->sin6_addr;
        masklen = 16;
    }
    inet_ntop(af, addr, e->address, sizeof(e->address));
    if (mask != NULL) {
        inet_ntop(af, mask, e->netmask, sizeof(e->netmask));
        e->prefix = prefix_length(mask, masklen);
    } else {
        inet_ntop(af, (const unsigned char[16]){0}, e->netmask,
                  sizeof(e->netmask));
    }
    e->internal = (a->ifa_flags & IFF_LOOPBACK) != 0;
}

/* Copy the hardware address of interface `name` from the link-layer
 * records of the list into mac (left zero if there is none). */
static void iface_mac(const struct ifaddrs *list, const char *name,
                      unsigned char mac[6]) {
#ifdef __linux__
    const struct ifaddrs *a;

    for (a = list; a != NULL; a = a->ifa_next) {
        const struct sockaddr_ll *ll = (const void *)a->ifa_addr;

        if (ll != NULL && ll->sll_family == AF_PACKET &&
            strcmp(a->ifa_name, name) == 0 && ll->sll_halen >= 6) {
            memcpy(mac, ll->sll_addr, 6);
            return;
        }
    }
#endif
}

/* see sys.h */
int nd_sys_interfaces(nd_sys_iface_t *out, int cap) {
    struct ifaddrs *list, *a;
    int count = 0;

    if (getifaddrs(&list) != 0)
        return nd_err_from_errno(errno);
    /* As libuv: only interfaces that are up and running, and only their
     * IPv4 and IPv6 addresses. */
    for (a = list; a != NULL; a = a->ifa_next) {
        if (!(a->ifa_flags & IFF_UP) || !(a->ifa_flags & IFF_RUNNING) ||
            a->ifa_addr == NULL ||
            (a->ifa_addr->sa_family != AF_INET &&
             a->ifa_addr->sa_family != AF_INET6))
            continue;
        if (count < cap) {
            iface_fill(&out[count], a);
            iface_mac(list, a->ifa_name, out[count].mac);
        }
        count++;
    }
    freeifaddrs(list);
    return count;
}

/* see sys.h */
int nd_sys_userinfo(nd_sys_user_t *u) {
    struct passwd pw, *found = NULL;
    size_t size = 1024;
    char *text = NULL;
    int rc;

    /* getpwuid_r() says ERANGE while its scratch buffer is too small. */
    for (;;) {
        char *bigger = realloc(text, size);

        if (bigger == NULL) {
            free(text);
            return ND_ENOMEM;
        }
        text = bigger;
        rc = getpwuid_r(geteuid(), &pw, text, size, &found);
        if (rc != ERANGE || size >= (1u << 20))
            break;
        size *= 2;
    }
    if (rc != 0 || found == NULL) {
        free(text);
        return rc != 0 ? nd_err_from_errno(rc) : ND_ENOENT;
    }
    u->uid = (long)pw.pw_uid;
    u->gid = (long)pw.pw_gid;
    copy_trunc(u->username, pw.pw_name, sizeof(u->username));
    copy_trunc(u->homedir, pw.pw_dir, sizeof(u->homedir));
    copy_trunc(u->shell, pw.pw_shell != NULL ? pw.pw_shell : "",
               sizeof(u->shell));
    free(text);
    return 0;
}

/* see sys.h */
int nd_sys_homedir(char *buf, size_t *len) {
    const char *home = getenv("HOME");
    nd_sys_user_t *u;
    int err;

    if (home != NULL && home[0] != '\0')
        return nd__sys_copy_out(home, buf, len);
    u = malloc(sizeof(*u));
    if (u == NULL)
        return ND_ENOMEM;
    err = nd_sys_userinfo(u);
    if (err == 0)
        err = nd__sys_copy_out(u->homedir, buf, len);
    free(u);
    return err;
}

/* see sys.h */
int nd_sys_getpriority(int pid, int *priority) {
    int r;

    errno = 0; /* -1 is also a valid priority */
    r = getpriority(PRIO_PROCESS, (id_t)pid);
    if (r == -1 && errno != 0)
        return nd_err_from_errno(errno);
    *priority = r;
    return 0;
}

/* see sys.h */
int nd_sys_setpriority(int pid, int priority) {
    if (setpriority(PRIO_PROCESS, (id_t)pid, priority) != 0)
        return nd_err_from_errno(errno);
    return 0;
}

/* errno names, in Node's os.constants.errno order; each one only where
 * the OS defines it. */
static const struct {
    const char *name;
    int number;
} errnos[] = {
#define ND__E(name) {#name, name},
    ND__E(E2BIG) ND__E(EACCES) ND__E(EADDRINUSE) ND__E(EADDRNOTAVAIL) ND__E(
        EAFNOSUPPORT) ND__E(EAGAIN) ND__E(EALREADY) ND__E(EBADF) ND__E(EBADMSG)
        ND__E(EBUSY) ND__E(ECANCELED) ND__E(ECHILD) ND__E(ECONNABORTED) ND__E(
            ECONNREFUSED) ND__E(ECONNRESET) ND__E(EDEADLK) ND__E(EDESTADDRREQ)
            ND__E(EDOM) ND__E(EDQUOT) ND__E(EEXIST) ND__E(EFAULT) ND__E(EFBIG) ND__E(
                EHOSTUNREACH) ND__E(EIDRM) ND__E(EILSEQ) ND__E(EINPROGRESS)
                ND__E(EINTR) ND__E(EINVAL) ND__E(EIO) ND__E(EISCONN) ND__E(
                    EISDIR) ND__E(ELOOP) ND__E(EMFILE) ND__E(EMLINK) ND__E(EMSGSIZE)
#ifdef EMULTIHOP
                    ND__E(EMULTIHOP)
#endif
                        ND__E(
                            ENAMETOOLONG) ND__E(ENETDOWN)
                            ND__E(ENETRESET) ND__E(
                                ENETUNREACH) ND__E(ENFILE) ND__E(ENOBUFS)
#ifdef ENODATA
                                ND__E(ENODATA)
#endif
                                    ND__E(ENODEV) ND__E(
                                        ENOENT) ND__E(ENOEXEC) ND__E(ENOLCK)
#ifdef ENOLINK
                                        ND__E(ENOLINK)
#endif
                                            ND__E(ENOMEM) ND__E(
                                                ENOMSG) ND__E(ENOPROTOOPT) ND__E(ENOSPC)
#ifdef ENOSR
                                                ND__E(ENOSR)
#endif
#ifdef ENOSTR
                                                    ND__E(ENOSTR)
#endif
                                                        ND__E(ENOSYS) ND__E(ENOTCONN) ND__E(
                                                            ENOTDIR) ND__E(ENOTEMPTY) ND__E(ENOTSOCK)
                                                            ND__E(ENOTSUP) ND__E(ENOTTY) ND__E(
                                                                ENXIO) ND__E(EOPNOTSUPP) ND__E(EOVERFLOW)
                                                                ND__E(EPERM) ND__E(EPIPE) ND__E(
                                                                    EPROTO) ND__E(EPROTONOSUPPORT)
                                                                    ND__E(EPROTOTYPE) ND__E(
                                                                        ERANGE) ND__E(EROFS)
                                                                        ND__E(ESPIPE) ND__E(
                                                                            ESRCH) ND__E(ESTALE)
#ifdef ETIME
                                                                            ND__E(
                                                                                ETIME)
#endif
                                                                                ND__E(ETIMEDOUT) ND__E(
                                                                                    ETXTBSY)
                                                                                    ND__E(
                                                                                        EWOULDBLOCK)
                                                                                        ND__E(
                                                                                            EXDEV)
#undef ND__E
};

/* see sys.h */
void nd_sys_errno_each(void (*fn)(const char *, int, void *), void *arg) {
    size_t i;

    for (i = 0; i < sizeof(errnos) / sizeof(errnos[0]); i++)
        fn(errnos[i].name, errnos[i].number, arg);
}

/* see sys.h */
void nd_sys_dlopen_each(void (*fn)(const char *, int, void *), void *arg) {
    fn("RTLD_LAZY", RTLD_LAZY, arg);
    fn("RTLD_NOW", RTLD_NOW, arg);
    fn("RTLD_GLOBAL", RTLD_GLOBAL, arg);
    fn("RTLD_LOCAL", RTLD_LOCAL, arg);
#ifdef RTLD_DEEPBIND
    fn("RTLD_DEEPBIND", RTLD_DEEPBIND, arg);
#endif
}
