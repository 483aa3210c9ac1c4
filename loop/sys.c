/*
 * sys.c - the process and its environment (see sys.h).
 *
 * Thin, synchronous wrappers over the OS, gathered here so that the engine
 * and modules never call the OS themselves.  Nothing here is tied to a
 * loop.  The environment functions share the C library's environ; one
 * process-wide mutex serializes them (workers with SHARE_ENV write it from
 * their own threads), and readers of nd_sys_environ() hold it with
 * nd_sys_env_lock().  A counter tells readers whether it changed.  The random
 * source (crypto) reads the kernel afresh on every call and keeps no
 * state, so any thread may use it.  The machine's description (the os
 * module) lives in sys_machine.c.
 */
#define _GNU_SOURCE /* environ */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#ifdef __linux__
#include <sys/random.h>
#endif

#include "internal.h"
#include "sys.h"

extern char **environ;

/* see internal.h */
int nd__sys_copy_out(const char *s, char *buf, size_t *len) {
    size_t n = strlen(s);

    if (buf == NULL || n + 1 > *len) {
        *len = n + 1;
        return ND_ENOBUFS;
    }
    memcpy(buf, s, n + 1);
    *len = n;
    return 0;
}

/* see sys.h */
int nd_sys_cwd(char *buf, size_t *len) {
    char *dir = getcwd(NULL, 0); /* any length; glibc and BSDs allocate */
    int err;

    if (dir == NULL)
        return nd_err_from_errno(errno);
    err = nd__sys_copy_out(dir, buf, len);
    free(dir);
    return err;
}

/* see sys.h */
int nd_sys_chdir(const char *path) {
    if (path == NULL)
        return ND_EINVAL;
    return chdir(path) == 0 ? 0 : nd_err_from_errno(errno);
}

/* see sys.h */
int nd_sys_exepath(char *buf, size_t *len) {
    char path[PATH_MAX + 1];
    ssize_t n = readlink("/proc/self/exe", path, PATH_MAX);

    if (n < 0)
        return nd_err_from_errno(errno);
    if (n >= PATH_MAX)
        return ND_ENAMETOOLONG; /* readlink may have truncated it */
    path[n] = '\0';
    return nd__sys_copy_out(path, buf, len);
}

/* see sys.h */
int nd_sys_pid(void) {
    return (int)getpid();
}

/* see sys.h */
int nd_sys_ppid(void) {
    return (int)getppid();
}

/* see sys.h */
unsigned nd_sys_umask(unsigned mask) {
    return (unsigned)umask((mode_t)(mask & 0777));
}

/* see sys.h */
int nd_sys_kill(int pid, int signum) {
    return kill((pid_t)pid, signum) == 0 ? 0 : nd_err_from_errno(errno);
}

/* see sys.h */
int nd_sys_rss(size_t *rss) {
    char text[128];
    unsigned long pages_total, pages_resident;
    ssize_t n;
    int fd;

    /* /proc/self/statm: "size resident shared ..." in pages. */
    fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        do
            n = read(fd, text, sizeof(text) - 1);
        while (n < 0 && errno == EINTR);
        close(fd);
        if (n > 0) {
            text[n] = '\0';
            if (sscanf(text, "%lu %lu", &pages_total, &pages_resident) == 2) {
                *rss = (size_t)pages_resident * (size_t)sysconf(_SC_PAGESIZE);
                return 0;
            }
        }
    }

    /* No /proc: the peak resident size is the best the OS tells us. */
    {
        struct rusage ru;

        if (getrusage(RUSAGE_SELF, &ru) != 0)
            return nd_err_from_errno(errno);
        *rss = (size_t)ru.ru_maxrss * 1024; /* kilobytes on Linux/BSD */
        return 0;
    }
}

/* see sys.h */
char **nd_sys_environ(void) {
    return environ;
}

static pthread_mutex_t env_lock = PTHREAD_MUTEX_INITIALIZER;
static _Atomic unsigned env_generation;

/* see sys.h */
void nd_sys_env_lock(void) {
    pthread_mutex_lock(&env_lock);
}

/* see sys.h */
void nd_sys_env_unlock(void) {
    pthread_mutex_unlock(&env_lock);
}

/* see sys.h */
unsigned nd_sys_env_generation(void) {
    return atomic_load(&env_generation);
}

/* see sys.h */
int nd_sys_setenv(const char *name, const char *value) {
    int rc;

    if (name == NULL || value == NULL || name[0] == '\0' ||
        strchr(name, '=') != NULL)
        return ND_EINVAL;
    pthread_mutex_lock(&env_lock);
    rc = setenv(name, value, 1) == 0 ? 0 : nd_err_from_errno(errno);
    atomic_fetch_add(&env_generation, 1);
    pthread_mutex_unlock(&env_lock);
    return rc;
}

/* see sys.h */
int nd_sys_unsetenv(const char *name) {
    int rc;

    if (name == NULL || name[0] == '\0' || strchr(name, '=') != NULL)
        return ND_EINVAL;
    pthread_mutex_lock(&env_lock);
    rc = unsetenv(name) == 0 ? 0 : nd_err_from_errno(errno);
    atomic_fetch_add(&env_generation, 1);
    pthread_mutex_unlock(&env_lock);
    return rc;
}

/* ---- signal names ------------------------------------------------------ */

/* In Node's os.constants.signals order.  Where two names share a number
 * (SIGIOT = SIGABRT, SIGPOLL = SIGIO), the first one listed is the name
 * nd_sys_signal_name() gives. */
static const struct {
    const char *name;
    int number;
} signals[] = {
#define ND__SIG(name) {#name, name},
    ND__SIG(SIGHUP) ND__SIG(SIGINT) ND__SIG(SIGQUIT) ND__SIG(SIGILL) ND__SIG(
        SIGTRAP) ND__SIG(SIGABRT)
#ifdef SIGIOT
        ND__SIG(SIGIOT)
#endif
            ND__SIG(SIGBUS) ND__SIG(SIGFPE) ND__SIG(SIGKILL) ND__SIG(SIGUSR1)
                ND__SIG(SIGSEGV) ND__SIG(SIGUSR2) ND__SIG(SIGPIPE)
                    ND__SIG(SIGALRM) ND__SIG(SIGTERM) ND__SIG(SIGCHLD)
#ifdef SIGSTKFLT
                        ND__SIG(SIGSTKFLT)
#endif
                            ND__SIG(SIGCONT) ND__SIG(SIGSTOP) ND__SIG(SIGTSTP)
                                ND__SIG(SIGTTIN) ND__SIG(SIGTTOU)
                                    ND__SIG(SIGURG) ND__SIG(SIGXCPU)
                                        ND__SIG(SIGXFSZ) ND__SIG(SIGVTALRM)
                                            ND__SIG(SIGPROF) ND__SIG(SIGWINCH)
#ifdef SIGIO
                                                ND__SIG(SIGIO)
#endif
#ifdef SIGPOLL
                                                    ND__SIG(SIGPOLL)
#endif
#ifdef SIGPWR
                                                        ND__SIG(SIGPWR)
#endif
#ifdef SIGINFO
                                                            ND__SIG(SIGINFO)
#endif
                                                                ND__SIG(SIGSYS)
#undef ND__SIG
};

#define ND__NSIGNALS (sizeof(signals) / sizeof(signals[0]))

/* see sys.h */
int nd_sys_signal_number(const char *name) {
    size_t i;

    if (name == NULL)
        return 0;
    for (i = 0; i < ND__NSIGNALS; i++)
        if (strcmp(signals[i].name, name) == 0)
            return signals[i].number;
    return 0;
}

/* see sys.h */
const char *nd_sys_signal_name(int signum) {
    size_t i;

    for (i = 0; i < ND__NSIGNALS; i++)
        if (signals[i].number == signum)
            return signals[i].name;
    return NULL;
}

/* see sys.h */
void nd_sys_signal_each(void (*fn)(const char *, int, void *), void *arg) {
    size_t i;

    for (i = 0; i < ND__NSIGNALS; i++)
        fn(signals[i].name, signals[i].number, arg);
}

/* ---- standard streams -------------------------------------------------- */

/* see sys.h */
int nd_sys_isatty(int fd) {
    return isatty(fd) == 1;
}

/* see sys.h */
int nd_sys_write_all(int fd, const void *buf, size_t len) {
    const char *p = buf;

    while (len > 0) {
        size_t chunk = len > SSIZE_MAX ? SSIZE_MAX : len;
        ssize_t n = write(fd, p, chunk);

        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                /* A non-blocking fd whose reader is slow: wait, then go on. */
                struct pollfd pfd;

                pfd.fd = fd;
                pfd.events = POLLOUT;
                pfd.revents = 0;
                if (poll(&pfd, 1, -1) < 0 && errno != EINTR)
                    return nd_err_from_errno(errno);
                continue;
            }
            return nd_err_from_errno(errno); /* EPIPE becomes ND_EPIPE */
        }
        if (n == 0)
            return ND_EIO; /* no progress and no error: never spin */
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

/* see sys.h */
void nd_sys_exit(int code) {
    exit(code);
}

/* see sys.h */
void nd_sys_init(void) {
    struct sigaction sa, old;
    sigset_t all;
    int signum;

    /* Start from a known state, as Node does.  exec() keeps only ignored
     * signals and the blocked mask from the parent, and a parent may leave
     * both (a shell ignores SIGINT in background jobs): a program that
     * never listens for SIGINT must still die of it.  So every inherited
     * SIG_IGN goes back to the default action and nothing stays blocked.
     * Handlers already installed in this process (a sanitizer runtime's)
     * are left alone.  SIGPIPE and SIGXFSZ are ignored so that a write to
     * a closed pipe or past a file size limit becomes an error (EPIPE,
     * EFBIG) instead of death. */
    memset(&sa, 0, sizeof(sa));
    sigemptyset(&sa.sa_mask);
    for (signum = 1; signum < NSIG; signum++) {
        if (signum == SIGKILL || signum == SIGSTOP)
            continue;
        if (sigaction(signum, NULL, &old) != 0)
            continue; /* a number the kernel does not have */
        if (signum == SIGPIPE || signum == SIGXFSZ)
            sa.sa_handler = SIG_IGN;
        else if (old.sa_handler == SIG_IGN)
            sa.sa_handler = SIG_DFL;
        else
            continue;
        sigaction(signum, &sa, NULL);
    }
    sigfillset(&all);
    pthread_sigmask(SIG_UNBLOCK, &all, NULL);
}

/* ---- randomness -------------------------------------------------------- */

/* /dev/urandom, for kernels without getrandom(2) and other systems. */
static int random_from_device(unsigned char *p, size_t len) {
    int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);

    if (fd < 0)
        return nd_err_from_errno(errno);
    while (len > 0) {
        ssize_t n = read(fd, p, len > SSIZE_MAX ? SSIZE_MAX : len);

        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            int err = n < 0 ? nd_err_from_errno(errno) : ND_EIO;
            close(fd);
            return err;
        }
        p += n;
        len -= (size_t)n;
    }
    close(fd);
    return 0;
}

/* see sys.h */
int nd_sys_random(void *buf, size_t len) {
    unsigned char *p = buf;

#ifdef __linux__
    /* getrandom() may return fewer bytes than asked for (a signal, or more
     * than 32 MiB at once): go on until the buffer is full. */
    while (len > 0) {
        ssize_t n = getrandom(p, len > 0x1000000 ? 0x1000000 : len, 0);

        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == ENOSYS)
            break; /* a kernel older than 3.17 */
        if (n < 0)
            return nd_err_from_errno(errno);
        p += n;
        len -= (size_t)n;
    }
#endif
    return len > 0 ? random_from_device(p, len) : 0;
}
