/*
 * sys.h - the process and its environment, as loop/ sees them.
 *
 * Everything the engine needs to know about or do to its own process (cwd,
 * pids, environment, memory, signals by name, the standard streams) goes
 * through these functions, so that every OS call stays in this layer.
 * Functions that can fail return 0 or a negative ND_E* code.
 */
#ifndef ND_SYS_H
#define ND_SYS_H

#include <stddef.h>
#include <stdint.h>

#include "../poller/error.h"

/* Copy the current directory into buf (NUL-terminated); *len is the buffer
 * size in, the string length out.  ND_ENOBUFS with *len = needed size
 * (string length + 1) when the buffer is too small. */
int nd_sys_cwd(char *buf, size_t *len);
int nd_sys_chdir(const char *path);
/* The running executable's absolute path, same conventions as cwd. */
int nd_sys_exepath(char *buf, size_t *len);

int nd_sys_pid(void);
int nd_sys_ppid(void);
/* Set the umask to mask and return the old one. */
unsigned nd_sys_umask(unsigned mask);
/* Send signal signum to pid. */
int nd_sys_kill(int pid, int signum);

/* Resident set size in bytes. */
int nd_sys_rss(size_t *rss);
/* The process's environment as a NULL-terminated "K=V" array (read only;
 * valid until the next setenv/unsetenv: read it under nd_sys_env_lock(),
 * since another thread may set a variable). */
char **nd_sys_environ(void);
/* The process-wide environment lock; setenv/unsetenv take it themselves. */
void nd_sys_env_lock(void);
void nd_sys_env_unlock(void);
/* A number that changes whenever the environment is changed here. */
unsigned nd_sys_env_generation(void);
int nd_sys_setenv(const char *name, const char *value);
int nd_sys_unsetenv(const char *name);

/* Signal names: "SIGINT" <-> 2.  Unknown gives 0 / NULL. */
int nd_sys_signal_number(const char *name);
const char *nd_sys_signal_name(int signum);
/* Call fn(name, number, arg) for every signal this OS knows. */
void nd_sys_signal_each(void (*fn)(const char *, int, void *), void *arg);

/* Is fd a terminal? */
int nd_sys_isatty(int fd);
/* Write all of buf to fd, synchronously: on a non-blocking fd that returns
 * EAGAIN (a pipe to a slow reader), wait for it to become writable rather
 * than drop output.  Used for process.stdout/stderr. */
int nd_sys_write_all(int fd, const void *buf, size_t len);

/* End the process now with status code (process.exit()).  C's exit():
 * atexit handlers run and stdio is flushed; nodule writes its standard
 * streams synchronously, so no output is pending elsewhere. */
void nd_sys_exit(int code);

/* ---- randomness -------------------------------------------------------- */

/* Fill buf with len bytes from the OS's cryptographic random source
 * (getrandom(2), else /dev/urandom), retrying on EINTR and short reads.
 * Blocks only until the OS has gathered its first entropy after boot.
 * Thread-safe: pool threads may call it. */
int nd_sys_random(void *buf, size_t len);

/* ---- the machine (the os module) --------------------------------------- */

/* uname(2): the kernel's name, release and version, and the hardware. */
typedef struct {
    char sysname[128];
    char release[128];
    char version[128];
    char machine[128];
} nd_sys_uname_t;

int nd_sys_uname(nd_sys_uname_t *u);
/* The host name; same buffer conventions as nd_sys_cwd. */
int nd_sys_hostname(char *buf, size_t *len);
/* Seconds since boot. */
int nd_sys_uptime(double *seconds);
/* The 1, 5 and 15 minute load averages (zeros where the OS has none). */
int nd_sys_loadavg(double avg[3]);
/* Physical memory in bytes: all of it, and what is available to programs
 * without swapping (MemAvailable, as libuv reports it). */
int nd_sys_meminfo(uint64_t *total, uint64_t *available);
/* CPUs this process may run on (at least 1). */
int nd_sys_parallelism(void);

/* One CPU as os.cpus() shows it: times in milliseconds, speed in MHz
 * (0 when the OS does not say). */
typedef struct {
    char model[128];
    unsigned speed;
    uint64_t user, nice, sys, idle, irq;
} nd_sys_cpu_t;

/* Describe up to cap CPUs into out and return how many there are (call
 * again with more room if that is more than cap), or a negative code. */
int nd_sys_cpus(nd_sys_cpu_t *out, int cap);

/* One address of one network interface that is up and running. */
typedef struct {
    char name[64];
    int family;       /* 4 or 6 */
    char address[64]; /* text, as inet_ntop writes it */
    char netmask[64];
    int prefix;           /* the netmask's length in bits */
    unsigned char mac[6]; /* zeros when the OS gives none */
    int internal;         /* a loopback interface */
    uint32_t scopeid;     /* IPv6 only */
} nd_sys_iface_t;

/* Same conventions as nd_sys_cpus. */
int nd_sys_interfaces(nd_sys_iface_t *out, int cap);

/* The effective user's entry in the password database. */
typedef struct {
    long uid, gid;
    char username[256];
    char homedir[1024];
    char shell[1024];
} nd_sys_user_t;

int nd_sys_userinfo(nd_sys_user_t *u);
/* $HOME, else the password database's home directory; nd_sys_cwd's
 * buffer conventions. */
int nd_sys_homedir(char *buf, size_t *len);

/* The scheduling priority (nice value, -20 .. 19) of process pid (0: this
 * one). */
int nd_sys_getpriority(int pid, int *priority);
int nd_sys_setpriority(int pid, int priority);

/* Call fn(name, value, arg) for every errno name this OS has, in Node's
 * os.constants.errno order, and for every dlopen() flag (RTLD_*). */
void nd_sys_errno_each(void (*fn)(const char *, int, void *), void *arg);
void nd_sys_dlopen_each(void (*fn)(const char *, int, void *), void *arg);

/* Process-wide setup done once at start, on the main thread: signals the
 * parent left ignored go back to their default action and none stays
 * blocked (as in Node), except that SIGPIPE and SIGXFSZ are ignored (a
 * write to a closed pipe or socket must become EPIPE, not death). */
void nd_sys_init(void);

#endif
