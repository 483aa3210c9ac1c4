/*
 * test-sys.c - the process functions of sys.h: cwd / chdir / exepath,
 * pids, umask, kill, rss, the environment, signal names, isatty, and
 * write_all on a non-blocking pipe with a slow reader and on a pipe with
 * no reader (EPIPE once SIGPIPE is ignored by nd_sys_init).
 */
#include "loop_test.h"

#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sys.h"
#include "thread.h"

static void test_dirs(void) {
    char buf[PATH_MAX], small[2], start[PATH_MAX];
    size_t len = sizeof(buf);

    ND_CHECK_EQ(nd_sys_cwd(buf, &len), 0);
    ND_CHECK(getcwd(start, sizeof(start)) != NULL);
    ND_CHECK_STR(buf, start);
    ND_CHECK_EQ(len, strlen(start));

    len = sizeof(small);
    ND_CHECK_EQ(nd_sys_cwd(small, &len), ND_ENOBUFS);
    ND_CHECK_EQ(len, strlen(start) + 1);

    ND_CHECK_EQ(nd_sys_chdir("/"), 0);
    len = sizeof(buf);
    ND_CHECK_EQ(nd_sys_cwd(buf, &len), 0);
    ND_CHECK_STR(buf, "/");
    ND_CHECK_EQ(nd_sys_chdir("/nonexistent/dir"), ND_ENOENT);
    ND_CHECK_EQ(nd_sys_chdir(NULL), ND_EINVAL);
    ND_CHECK_EQ(nd_sys_chdir(start), 0);

    len = sizeof(buf);
    ND_CHECK_EQ(nd_sys_exepath(buf, &len), 0);
    ND_CHECK(buf[0] == '/');
    ND_CHECK(strstr(buf, "test-") != NULL);
    len = 3;
    ND_CHECK_EQ(nd_sys_exepath(small, &len), ND_ENOBUFS);
    ND_CHECK(len > 3);
}

static void test_process(void) {
    size_t rss = 0;
    unsigned old;

    ND_CHECK_EQ(nd_sys_pid(), getpid());
    ND_CHECK_EQ(nd_sys_ppid(), getppid());

    old = nd_sys_umask(027);
    ND_CHECK_EQ(nd_sys_umask(old), 027);

    ND_CHECK_EQ(nd_sys_kill(nd_sys_pid(), 0), 0);
    ND_CHECK_EQ(nd_sys_kill(INT_MAX, 0), ND_ESRCH);
    ND_CHECK_EQ(nd_sys_kill(nd_sys_pid(), 12345), ND_EINVAL);

    ND_CHECK_EQ(nd_sys_rss(&rss), 0);
    ND_CHECK(rss > 100 * 1024);
    ND_CHECK(rss < (size_t)1 << 40);
}

static int env_has(const char *entry) {
    char **e;

    for (e = nd_sys_environ(); *e != NULL; e++)
        if (strcmp(*e, entry) == 0)
            return 1;
    return 0;
}

static void test_env(void) {
    ND_CHECK_EQ(nd_sys_setenv("NODULE_TEST_VAR", "one"), 0);
    ND_CHECK(env_has("NODULE_TEST_VAR=one"));
    ND_CHECK_EQ(nd_sys_setenv("NODULE_TEST_VAR", "two=2"), 0);
    ND_CHECK(env_has("NODULE_TEST_VAR=two=2"));
    ND_CHECK(!env_has("NODULE_TEST_VAR=one"));
    ND_CHECK_EQ(nd_sys_unsetenv("NODULE_TEST_VAR"), 0);
    ND_CHECK(!env_has("NODULE_TEST_VAR=two=2"));
    ND_CHECK_EQ(nd_sys_unsetenv("NODULE_TEST_VAR"), 0);

    ND_CHECK_EQ(nd_sys_setenv("", "x"), ND_EINVAL);
    ND_CHECK_EQ(nd_sys_setenv("A=B", "x"), ND_EINVAL);
    ND_CHECK_EQ(nd_sys_setenv(NULL, "x"), ND_EINVAL);
    ND_CHECK_EQ(nd_sys_setenv("X", NULL), ND_EINVAL);
    ND_CHECK_EQ(nd_sys_unsetenv("A=B"), ND_EINVAL);
}

/* The table must match Node's os.constants.signals on Linux, in order. */
static const char *const node_signals =
    "SIGHUP=1 SIGINT=2 SIGQUIT=3 SIGILL=4 SIGTRAP=5 SIGABRT=6 SIGIOT=6 "
    "SIGBUS=7 SIGFPE=8 SIGKILL=9 SIGUSR1=10 SIGSEGV=11 SIGUSR2=12 "
    "SIGPIPE=13 SIGALRM=14 SIGTERM=15 SIGCHLD=17 SIGSTKFLT=16 SIGCONT=18 "
    "SIGSTOP=19 SIGTSTP=20 SIGTTIN=21 SIGTTOU=22 SIGURG=23 SIGXCPU=24 "
    "SIGXFSZ=25 SIGVTALRM=26 SIGPROF=27 SIGWINCH=28 SIGIO=29 SIGPOLL=29 "
    "SIGPWR=30 SIGSYS=31 ";

static void append_signal(const char *name, int number, void *arg) {
    char *out = arg;

    snprintf(out + strlen(out), 1024 - strlen(out), "%s=%d ", name, number);
}

static void test_signal_names(void) {
    char all[1024] = "";

    nd_sys_signal_each(append_signal, all);
#ifdef __linux__
    ND_CHECK_STR(all, node_signals);
#endif
    ND_CHECK_EQ(nd_sys_signal_number("SIGINT"), SIGINT);
    ND_CHECK_EQ(nd_sys_signal_number("SIGIOT"), SIGABRT);
    ND_CHECK_EQ(nd_sys_signal_number("SIGNOPE"), 0);
    ND_CHECK_EQ(nd_sys_signal_number("sigint"), 0);
    ND_CHECK_EQ(nd_sys_signal_number(NULL), 0);
    ND_CHECK_STR(nd_sys_signal_name(SIGTERM), "SIGTERM");
    ND_CHECK_STR(nd_sys_signal_name(SIGABRT), "SIGABRT");
    ND_CHECK(nd_sys_signal_name(0) == NULL);
    ND_CHECK(nd_sys_signal_name(1000) == NULL);
}

/* write_all on a non-blocking pipe: the reader is slow, so write() hits
 * EAGAIN many times; nothing may be lost or reordered. */
#define BIG (512 * 1024)
static unsigned char *big;
static int rfd;
static size_t got;
static int corrupt;

static void slow_reader(void *arg) {
    unsigned char chunk[8192];

    while (got < BIG) {
        ssize_t n = read(rfd, chunk, sizeof(chunk)), i;

        if (n <= 0)
            break;
        for (i = 0; i < n; i++)
            if (chunk[i] != big[got + (size_t)i])
                corrupt = 1;
        got += (size_t)n;
        if ((got / sizeof(chunk)) % 8 == 0)
            lt_sleep_ms(1);
    }
}

static void test_write_all(void) {
    nd_thread_t th;
    int fds[2];
    size_t i;

    nd_sys_init();
    nd_sys_init(); /* idempotent */
    big = malloc(BIG);
    ND_CHECK(big != NULL);
    for (i = 0; i < BIG; i++)
        big[i] = (unsigned char)(i ^ (i >> 9));
    ND_CHECK_EQ(pipe2(fds, O_CLOEXEC), 0);
    ND_CHECK_EQ(fcntl(fds[1], F_SETFL, O_NONBLOCK), 0);
    ND_CHECK_EQ(nd_sys_isatty(fds[1]), 0);

    rfd = fds[0];
    got = 0;
    corrupt = 0;
    ND_CHECK_EQ(nd_thread_create(&th, slow_reader, NULL, 0), 0);
    ND_CHECK_EQ(nd_sys_write_all(fds[1], big, BIG), 0);
    ND_CHECK_EQ(nd_thread_join(&th), 0);
    ND_CHECK_EQ(got, BIG);
    ND_CHECK_EQ(corrupt, 0);

    /* No reader: EPIPE, not death by SIGPIPE. */
    close(fds[0]);
    ND_CHECK_EQ(nd_sys_write_all(fds[1], "x", 1), ND_EPIPE);
    close(fds[1]);
    ND_CHECK_EQ(nd_sys_write_all(fds[1], "x", 1), ND_EBADF);
    ND_CHECK_EQ(nd_sys_write_all(fds[1], "", 0), 0);
    ND_CHECK_EQ(nd_sys_isatty(-1), 0);
    free(big);
}

int main(void) {
    nd_loop_t loop; /* every test program reports its backend */

    lt_open(&loop);
    lt_finish(&loop);
    ND_RUN(test_dirs);
    ND_RUN(test_process);
    ND_RUN(test_env);
    ND_RUN(test_signal_names);
    ND_RUN(test_write_all);
    ND_DONE("test-loop-sys");
}
