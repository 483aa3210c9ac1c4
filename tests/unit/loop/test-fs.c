/*
 * test-fs.c - file system requests, synchronous (cb == NULL) and on the
 * pool: open / write / read / fstat / stat / lstat / realpath / close,
 * errors (ENOENT, EBADF), positional and sequential I/O, and the write-all
 * loop proven against a pipe whose reader interrupts the writer so that
 * write() returns short counts.
 */
#include "loop_test.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs.h"
#include "thread.h"

static char dir[PATH_MAX];
static char file[PATH_MAX + 16];

static void make_dir(void) {
    char tmpl[] = "/tmp/nodule-fs-XXXXXX";

    ND_CHECK(mkdtemp(tmpl) != NULL);
    ND_CHECK(realpath(tmpl, dir) != NULL);
    snprintf(file, sizeof(file), "%s/a.txt", dir);
}

static void remove_dir(void) {
    char link[PATH_MAX + 16];

    snprintf(link, sizeof(link), "%s/link", dir);
    unlink(link);
    unlink(file);
    ND_CHECK_EQ(rmdir(dir), 0);
}

static void test_sync(void) {
    nd_fs_t req;
    char buf[64], link[PATH_MAX + 16];
    int fd;

    make_dir();
    umask(022);

    /* Create and write; the loop is optional for synchronous calls. */
    fd = nd_fs_open(NULL, &req, file, O_CREAT | O_WRONLY | O_TRUNC, 0644,
                    NULL);
    ND_CHECK(fd >= 0);
    ND_CHECK_EQ(req.result, fd);
    ND_CHECK(fcntl(fd, F_GETFD) & FD_CLOEXEC);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_write(NULL, &req, fd, "hello world", 11, -1, NULL), 11);
    ND_CHECK_EQ(req.nbytes, 11);
    /* Positional write: does not move the file position. */
    ND_CHECK_EQ(nd_fs_write(NULL, &req, fd, "W", 1, 6, NULL), 1);
    ND_CHECK_EQ(nd_fs_write(NULL, &req, fd, "!", 1, -1, NULL), 1);
    ND_CHECK_EQ(nd_fs_close(NULL, &req, fd, NULL), 0);

    /* Read back, sequentially and at an offset. */
    fd = nd_fs_open(NULL, &req, file, O_RDONLY, 0, NULL);
    ND_CHECK(fd >= 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_read(NULL, &req, fd, buf, 5, -1, NULL), 5);
    ND_CHECK(memcmp(buf, "hello", 5) == 0);
    ND_CHECK_EQ(nd_fs_read(NULL, &req, fd, buf, 6, 6, NULL), 6);
    ND_CHECK(memcmp(buf, "World!", 6) == 0);
    ND_CHECK_EQ(nd_fs_read(NULL, &req, fd, buf, sizeof(buf), -1, NULL), 7);
    ND_CHECK(memcmp(buf, " World!", 7) == 0);
    ND_CHECK_EQ(nd_fs_read(NULL, &req, fd, buf, sizeof(buf), -1, NULL), 0);

    /* fstat, stat, lstat. */
    ND_CHECK_EQ(nd_fs_fstat(NULL, &req, fd, NULL), 0);
    ND_CHECK_EQ(req.statbuf.size, 12);
    ND_CHECK(nd_fs_is_file(req.statbuf.mode));
    ND_CHECK(!nd_fs_is_dir(req.statbuf.mode));
    ND_CHECK_EQ(req.statbuf.mode & 0777, 0644);
    ND_CHECK(req.statbuf.mtim.sec > 1600000000);
    ND_CHECK(req.statbuf.birthtim.sec > 0);
    ND_CHECK_EQ(nd_fs_close(NULL, &req, fd, NULL), 0);
    ND_CHECK_EQ(nd_fs_close(NULL, &req, fd, NULL), ND_EBADF);
    ND_CHECK_EQ(nd_fs_fstat(NULL, &req, fd, NULL), ND_EBADF);

    ND_CHECK_EQ(nd_fs_stat(NULL, &req, dir, NULL), 0);
    ND_CHECK(nd_fs_is_dir(req.statbuf.mode));
    nd_fs_req_cleanup(&req);
    snprintf(link, sizeof(link), "%s/link", dir);
    ND_CHECK_EQ(symlink(file, link), 0);
    ND_CHECK_EQ(nd_fs_lstat(NULL, &req, link, NULL), 0);
    ND_CHECK(S_ISLNK((mode_t)req.statbuf.mode));
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_stat(NULL, &req, link, NULL), 0);
    ND_CHECK(nd_fs_is_file(req.statbuf.mode));
    nd_fs_req_cleanup(&req);

    /* realpath resolves the link; the result belongs to the request. */
    ND_CHECK_EQ(nd_fs_realpath(NULL, &req, link, NULL), 0);
    ND_CHECK_STR(req.ptr, file);
    nd_fs_req_cleanup(&req);
    ND_CHECK(req.ptr == NULL && req.path == NULL);

    /* Errors. */
    ND_CHECK_EQ(nd_fs_open(NULL, &req, "/nonexistent/x", O_RDONLY, 0, NULL),
                ND_ENOENT);
    ND_CHECK_EQ(req.result, ND_ENOENT);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_stat(NULL, &req, "/nonexistent/x", NULL), ND_ENOENT);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_realpath(NULL, &req, "/nonexistent/x", NULL),
                ND_ENOENT);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_open(NULL, &req, NULL, O_RDONLY, 0, NULL), ND_EINVAL);
    nd_fs_req_cleanup(&req);

    remove_dir();
}

/* The same on the pool, chained through callbacks. */
static pthread_t loop_thread;
static char abuf[32];
static const char *step_log[16];
static int nsteps;

static void step(nd_fs_t *req);

static void step(nd_fs_t *req) {
    nd_loop_t *loop = req->loop;
    int fd;

    ND_CHECK(pthread_equal(pthread_self(), loop_thread));
    switch (req->type) {
    case ND_FS_OPEN:
        ND_CHECK(req->result >= 0);
        fd = (int)req->result;
        nd_fs_req_cleanup(req);
        if (req->flags & O_CREAT) {
            step_log[nsteps++] = "open-w";
            ND_CHECK_EQ(nd_fs_write(loop, req, fd, "async data", 10, 0,
                                    step), 0);
        } else {
            step_log[nsteps++] = "open-r";
            ND_CHECK_EQ(nd_fs_read(loop, req, fd, abuf, sizeof(abuf), 0,
                                   step), 0);
        }
        break;
    case ND_FS_WRITE:
        step_log[nsteps++] = "write";
        ND_CHECK_EQ(req->result, 10);
        ND_CHECK_EQ(nd_fs_fstat(loop, req, req->fd, step), 0);
        break;
    case ND_FS_FSTAT:
        step_log[nsteps++] = "fstat";
        ND_CHECK_EQ(req->result, 0);
        ND_CHECK_EQ(req->statbuf.size, 10);
        ND_CHECK_EQ(nd_fs_close(loop, req, req->fd, step), 0);
        break;
    case ND_FS_CLOSE:
        step_log[nsteps++] = "close";
        ND_CHECK_EQ(req->result, 0);
        if (nsteps < 6)
            ND_CHECK_EQ(nd_fs_open(loop, req, file, O_RDONLY, 0, step), 0);
        else
            ND_CHECK_EQ(nd_fs_stat(loop, req, "/nonexistent/y", step), 0);
        break;
    case ND_FS_READ:
        step_log[nsteps++] = "read";
        ND_CHECK_EQ(req->result, 10);
        ND_CHECK(memcmp(abuf, "async data", 10) == 0);
        ND_CHECK_EQ(nd_fs_close(loop, req, req->fd, step), 0);
        break;
    case ND_FS_STAT:
        step_log[nsteps++] = "stat";
        ND_CHECK_EQ(req->result, ND_ENOENT);
        nd_fs_req_cleanup(req);
        ND_CHECK_EQ(nd_fs_realpath(loop, req, dir, step), 0);
        break;
    case ND_FS_REALPATH:
        step_log[nsteps++] = "realpath";
        ND_CHECK_EQ(req->result, 0);
        ND_CHECK_STR(req->ptr, dir);
        nd_fs_req_cleanup(req);
        break;
    default:
        ND_CHECK(0 && "unexpected request type");
    }
}

static void test_async(void) {
    static const char *const expect[] = {"open-w", "write", "fstat", "close",
                                         "open-r", "read", "close", "stat",
                                         "realpath"};
    nd_fs_t req;
    nd_loop_t loop;
    int i;

    make_dir();
    lt_open(&loop);
    loop_thread = pthread_self();
    nsteps = 0;
    ND_CHECK_EQ(nd_fs_open(&loop, &req, file, O_CREAT | O_RDWR, 0600, step),
                0);
    ND_CHECK_EQ(nd_loop_alive(&loop), 1);
    lt_finish(&loop);
    ND_CHECK_EQ(nsteps, 9);
    for (i = 0; i < 9; i++)
        ND_CHECK_STR(step_log[i], expect[i]);

    /* A callback request needs a loop. */
    ND_CHECK_EQ(nd_fs_stat(NULL, &req, dir, step), ND_EINVAL);
    nd_fs_req_cleanup(&req);
    remove_dir();
}

/* The write-all loop.  The pipe holds one page; the reader thread drains
 * it and every so often interrupts the writer with a signal whose handler
 * is installed without SA_RESTART.  A blocked write() that has already
 * moved some bytes then returns that short count (or EINTR if it moved
 * none); nd_fs_write must carry on until every byte is through. */
#define BIG (1 << 20)
static unsigned char *big;
static pthread_t writer;
static atomic_int interrupts;
static int rfd;
static size_t received;
static int corrupt;

static void on_usr2(int sig) {
    atomic_fetch_add(&interrupts, 1);
}

static void reader(void *arg) {
    unsigned char chunk[4096];
    size_t since_kick = 0;
    sigset_t set;

    sigemptyset(&set);
    sigaddset(&set, SIGUSR2);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    while (received < BIG) {
        ssize_t n = read(rfd, chunk, sizeof(chunk));
        ssize_t i;

        if (n <= 0)
            break;
        for (i = 0; i < n; i++)
            if (chunk[i] != big[received + (size_t)i])
                corrupt = 1;
        received += (size_t)n;
        since_kick += (size_t)n;
        if (since_kick >= 64 * 1024 && received < BIG) {
            since_kick = 0;
            lt_sleep_ms(2); /* let the writer block on the full pipe */
            pthread_kill(writer, SIGUSR2);
        }
    }
}

static void test_short_writes(void) {
    struct sigaction sa, old;
    nd_thread_t th;
    nd_fs_t req;
    int fds[2];
    size_t i;

    big = malloc(BIG);
    ND_CHECK(big != NULL);
    for (i = 0; i < BIG; i++)
        big[i] = (unsigned char)(i * 7 + i / 4096);
    ND_CHECK_EQ(pipe2(fds, O_CLOEXEC), 0);
#ifdef F_SETPIPE_SZ
    fcntl(fds[1], F_SETPIPE_SZ, 4096);
#endif
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_usr2;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: interrupted writes return */
    ND_CHECK_EQ(sigaction(SIGUSR2, &sa, &old), 0);

    rfd = fds[0];
    received = 0;
    corrupt = 0;
    atomic_store(&interrupts, 0);
    writer = pthread_self();
    ND_CHECK_EQ(nd_thread_create(&th, reader, NULL, 0), 0);
    ND_CHECK_EQ(nd_fs_write(NULL, &req, fds[1], big, BIG, -1, NULL), BIG);
    ND_CHECK_EQ(req.result, BIG);
    ND_CHECK_EQ(req.nbytes, BIG);
    ND_CHECK_EQ(nd_thread_join(&th), 0);
    ND_CHECK_EQ(received, BIG);
    ND_CHECK_EQ(corrupt, 0);
    ND_CHECK(atomic_load(&interrupts) >= 10);
    fprintf(stderr, "    %d interruptions during one write\n",
            atomic_load(&interrupts));

    /* A write error reports how much got through before it. */
    close(fds[0]);
    signal(SIGPIPE, SIG_IGN);
    ND_CHECK_EQ(nd_fs_write(NULL, &req, fds[1], big, 10, -1, NULL),
                ND_EPIPE);
    ND_CHECK_EQ(req.nbytes, 0);
    close(fds[1]);
    sigaction(SIGUSR2, &old, NULL);
    free(big);

    {
        nd_loop_t loop; /* every test program reports its backend */

        lt_open(&loop);
        lt_finish(&loop);
    }
}

int main(void) {
    ND_RUN(test_sync);
    ND_RUN(test_async);
    ND_RUN(test_short_writes);
    ND_DONE("test-loop-fs");
}
