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
 * valid until the next setenv/unsetenv). */
char **nd_sys_environ(void);
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

/* Process-wide setup done once at start, on the main thread: signals the
 * parent left ignored go back to their default action and none stays
 * blocked (as in Node), except that SIGPIPE and SIGXFSZ are ignored (a
 * write to a closed pipe or socket must become EPIPE, not death). */
void nd_sys_init(void);

#endif
