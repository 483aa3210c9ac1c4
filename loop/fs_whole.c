/*
 * fs_whole.c - whole-file requests: read a small file, or write a file,
 * in one request instead of one per system call.
 *
 * fs.readFile and fs.writeFile are each a chain of steps (open, fstat,
 * read, close; open, write, close).  Made one request per step, every
 * file costs three or four trips through the pool: a hand-off to a
 * worker, a wake-up of the loop, a callback into JS.  With thousands of
 * small files in flight those trips, not the system calls, are what the
 * time goes to.  Here the whole chain is one run function, so one file is
 * one trip.
 *
 * nd_fs_readfile reads the file only when fstat says it is a regular file
 * of 1 to max bytes; otherwise it stops after fstat and hands the open fd
 * back, and the caller reads it step by step (so a large file never sits
 * in a second, malloc'd copy, and a pipe or /proc file is read to its
 * end as before).
 *
 * Errors.  Each step's failure is reported as that step's, as the chain
 * of separate requests would report it: open's names the path (the
 * request's own syscall, with err_syscall NULL), the later ones name only
 * their call (err_syscall "fstat", "read", "write", "fsync" or "close",
 * err_path NULL).  A failure after open still closes the fd.
 *
 * Threading: run functions touch only the request (see fs_internal.h).
 */
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs_internal.h"

/* Open req->path with req->flags and req->mode; the fd or a code. */
static int open_path(nd_fs_t *req) {
    int fd;

    do
        fd = open(req->path, req->flags | O_CLOEXEC, req->mode);
    while (fd < 0 && errno == EINTR);
    return fd < 0 ? (int)nd__fs_errno() : fd;
}

/* Close fd; 0 or a code (EINTR is not retried: see fs.c's fs_close). */
static int close_fd(int fd) {
    if (close(fd) != 0 && errno != EINTR)
        return (int)nd__fs_errno();
    return 0;
}

/* Record that step `syscall` failed with err, close fd, return err. */
static int64_t fail_after_open(nd_fs_t *req, int fd, const char *syscall,
                               int64_t err) {
    req->err_syscall = syscall;
    close_fd(fd);
    return err;
}

/* Read up to len bytes of fd into buf, stopping early at end of file;
 * the count or a code. */
static int64_t read_full(int fd, char *buf, size_t len) {
    size_t filled = 0;

    while (filled < len) {
        size_t want = len - filled;
        ssize_t n = read(fd, buf + filled, want > INT_MAX ? INT_MAX : want);

        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return nd__fs_errno();
        if (n == 0)
            break;
        filled += (size_t)n;
    }
    return (int64_t)filled;
}

static int64_t fs_readfile(nd_fs_t *req) {
    struct stat st;
    int64_t got;
    int fd = open_path(req), err;

    if (fd < 0)
        return fd;
    if (fstat(fd, &st) != 0)
        return fail_after_open(req, fd, "fstat", nd__fs_errno());
    if (!S_ISREG(st.st_mode) || st.st_size <= 0 ||
        (uint64_t)st.st_size > req->max_size) {
        req->fd = fd; /* the caller reads it step by step */
        return 0;
    }
    req->ptr = malloc((size_t)st.st_size);
    if (req->ptr == NULL)
        return fail_after_open(req, fd, "read", ND_ENOMEM);
    got = read_full(fd, req->ptr, (size_t)st.st_size);
    if (got < 0)
        return fail_after_open(req, fd, "read", got);
    req->nbytes = got;
    err = close_fd(fd);
    if (err < 0) {
        req->err_syscall = "close";
        return err;
    }
    return got;
}

static int64_t fs_writefile(nd_fs_t *req) {
    const char *p = req->bufsml[0].base;
    size_t left = req->bufsml[0].len;
    int fd = open_path(req), err;

    if (fd < 0)
        return fd;
    while (left > 0) {
        ssize_t n = write(fd, p, left > INT_MAX ? INT_MAX : left);

        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail_after_open(req, fd, "write",
                                   n < 0 ? nd__fs_errno() : ND_EIO);
        p += n;
        left -= (size_t)n;
        req->nbytes += n;
    }
    if (req->flush && fsync(fd) != 0)
        return fail_after_open(req, fd, "fsync", nd__fs_errno());
    err = close_fd(fd);
    if (err < 0) {
        req->err_syscall = "close";
        return err;
    }
    return req->nbytes;
}

/* see fs.h */
int nd_fs_readfile(nd_loop_t *loop, nd_fs_t *req, const char *path, int flags,
                   size_t max, nd_fs_cb cb) {
    nd__fs_init(loop, req, ND_FS_READFILE, fs_readfile, cb);
    req->flags = flags;
    req->mode = 0666;
    req->max_size = max;
    return nd__fs_submit(req, nd__fs_copy_path(&req->path, path));
}

/* see fs.h */
int nd_fs_writefile(nd_loop_t *loop, nd_fs_t *req, const char *path,
                    int flags, int mode, const void *buf, size_t len,
                    int flush, nd_fs_cb cb) {
    nd__fs_init(loop, req, ND_FS_WRITEFILE, fs_writefile, cb);
    req->flags = flags;
    req->mode = mode;
    req->bufsml[0].base = (void *)buf; /* only ever read from */
    req->bufsml[0].len = len;
    req->nbufs = 1;
    req->flush = flush != 0;
    return nd__fs_submit(
        req, buf == NULL && len > 0 ? ND_EINVAL
                                    : nd__fs_copy_path(&req->path, path));
}
