/*
 * fs.c - the file system request machinery (see fs.h for the calling
 * convention), and the operations on open files.
 *
 * Each nd_fs_<op>() fills in the request, points req->run at the function
 * that makes the system calls, and calls nd__fs_submit(): without a
 * callback run() happens at once on the caller's thread; with one the
 * request is queued on the pool as ND_WORK_FAST_IO, run() happens on a
 * pool thread and the callback later on the loop thread.  run() reads its
 * inputs from the request and writes req->result and any other result.
 * The other operations live beside this file: fs_meta.c (stat, access,
 * modes, owners, times), fs_dir.c (names, links, directories),
 * fs_tree.c (operations that walk paths: mkdir -p, rm -rf) and
 * fs_whole.c (readFile and writeFile as one request each); the watchers
 * of file system events, a handle rather than requests, in fs_event.c.
 *
 * Conventions kept here for every op: fds are opened with O_CLOEXEC; EINTR
 * is retried; writes loop over short writes until all bytes are out;
 * offset >= 0 means pread/pwrite (the file position is untouched), -1 means
 * read/write at the current position.
 *
 * Threading: run functions touch only the request; cb runs on the loop
 * thread.
 */
#define _GNU_SOURCE /* copy_file_range, preadv, pwritev */
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#ifdef __linux__
#include <linux/fs.h> /* FICLONE */
#include <sys/ioctl.h>
#endif

#include "fs_internal.h"

/* iovecs handed to the kernel per readv/writev call. */
#define IOV_BATCH 64

/* ---- the operations on fds ---------------------------------------------- */

static int64_t fs_open(nd_fs_t *req) {
    int fd;

    do
        fd = open(req->path, req->flags | O_CLOEXEC, req->mode);
    while (fd < 0 && errno == EINTR);
    return fd < 0 ? nd__fs_errno() : fd;
}

static int64_t fs_close(nd_fs_t *req) {
    /* Not retried on EINTR: on Linux the fd is gone either way, and a
     * retry could close an fd another thread just opened. */
    if (close(req->fd) != 0 && errno != EINTR)
        return nd__fs_errno();
    return 0;
}

/* Fill iov from bufs, the first one starting skip bytes in. */
static int fill_iov(struct iovec *iov, const nd_fs_buf_t *bufs, unsigned n,
                    size_t skip) {
    unsigned i;

    if (n > IOV_BATCH)
        n = IOV_BATCH;
    for (i = 0; i < n; i++) {
        iov[i].iov_base = (char *)bufs[i].base + (i == 0 ? skip : 0);
        iov[i].iov_len = bufs[i].len - (i == 0 ? skip : 0);
    }
    return (int)n;
}

static int64_t fs_read(nd_fs_t *req) {
    struct iovec iov[IOV_BATCH];
    int n = fill_iov(iov, req->bufs, req->nbufs, 0);
    ssize_t got;

    if (n == 0)
        return 0;
    do {
        if (req->offset >= 0)
            got = preadv(req->fd, iov, n, (off_t)req->offset);
        else
            got = readv(req->fd, iov, n);
    } while (got < 0 && errno == EINTR);
    if (got < 0)
        return nd__fs_errno();
    req->nbytes = got;
    return got;
}

static int64_t fs_write(nd_fs_t *req) {
    struct iovec iov[IOV_BATCH];
    const nd_fs_buf_t *b = req->bufs;
    unsigned left = req->nbufs;
    size_t skip = 0; /* bytes of b[0] already written */

    req->nbytes = 0;
    while (left > 0) {
        ssize_t n;
        int count;

        if (b->len == skip) { /* this buffer is done (or empty) */
            b++;
            left--;
            skip = 0;
            continue;
        }
        count = fill_iov(iov, b, left, skip);
        if (req->offset >= 0)
            n = pwritev(req->fd, iov, count,
                        (off_t)(req->offset + req->nbytes));
        else
            n = writev(req->fd, iov, count);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return nd__fs_errno();
        }
        if (n == 0)
            return ND_EIO; /* no progress and no error: never spin */
        req->nbytes += n;
        while (n > 0) { /* step over what went out */
            size_t rest = b->len - skip;

            if ((size_t)n < rest) {
                skip += (size_t)n;
                n = 0;
            } else {
                n -= (ssize_t)rest;
                b++;
                left--;
                skip = 0;
            }
        }
    }
    return req->nbytes;
}

static int64_t fs_ftruncate(nd_fs_t *req) {
    int rc;

    do
        rc = ftruncate(req->fd, (off_t)req->offset);
    while (rc < 0 && errno == EINTR);
    return nd__fs_result(rc);
}

static int64_t fs_fsync(nd_fs_t *req) {
    return nd__fs_result(fsync(req->fd));
}

static int64_t fs_fdatasync(nd_fs_t *req) {
#ifdef __APPLE__
    return nd__fs_result(fsync(req->fd));
#else
    return nd__fs_result(fdatasync(req->fd));
#endif
}

/* ---- copyfile ------------------------------------------------------------ */

/* Copy src to dst from their current positions to the end of src: first
 * in the kernel where it can (copy_file_range), then through a buffer. */
static int copy_data(int src, int dst, uint64_t size) {
    char *buf;
    int err = 0;

#ifdef __linux__
    while (size > 0) {
        ssize_t n = copy_file_range(src, NULL, dst, NULL, (size_t)size, 0);

        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; /* not possible here (EXDEV, ENOSYS...): use read */
        size -= (uint64_t)n;
    }
#else
    (void)size;
#endif
    buf = malloc(64 * 1024);
    if (buf == NULL)
        return ND_ENOMEM;
    for (;;) {
        ssize_t n = read(src, buf, 64 * 1024), off = 0;

        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            err = n < 0 ? (int)nd__fs_errno() : 0;
            break;
        }
        while (off < n) {
            ssize_t w = write(dst, buf + off, (size_t)(n - off));

            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                err = w < 0 ? (int)nd__fs_errno() : ND_EIO;
                break;
            }
            off += w;
        }
        if (err != 0)
            break;
    }
    free(buf);
    return err;
}

/* Everything after both files are open.  Returns 0 or a code. */
static int copy_open_files(nd_fs_t *req, int src, int dst,
                           const struct stat *sst) {
    struct stat dst_st;

    if (fstat(dst, &dst_st) != 0)
        return (int)nd__fs_errno();
    if (dst_st.st_dev == sst->st_dev && dst_st.st_ino == sst->st_ino)
        return 1; /* the same file: nothing to do, and nothing to undo */
    if (ftruncate(dst, 0) != 0)
        return (int)nd__fs_errno();
    /* A file system without modes (EPERM) still gets the data. */
    if (fchmod(dst, sst->st_mode & 07777) != 0 && errno != EPERM)
        return (int)nd__fs_errno();
    if (req->flags & (ND_FS_COPYFILE_FICLONE | ND_FS_COPYFILE_FICLONE_FORCE)) {
#ifdef FICLONE
        if (ioctl(dst, FICLONE, src) == 0)
            return 0;
        if (req->flags & ND_FS_COPYFILE_FICLONE_FORCE)
            return (int)nd__fs_errno();
#else
        if (req->flags & ND_FS_COPYFILE_FICLONE_FORCE)
            return ND_ENOSYS;
#endif
    }
    return copy_data(src, dst, (uint64_t)sst->st_size);
}

static int64_t fs_copyfile(nd_fs_t *req) {
    struct stat sst;
    int src, dst, err, dflags = O_WRONLY | O_CREAT | O_CLOEXEC;

    do
        src = open(req->path, O_RDONLY | O_CLOEXEC);
    while (src < 0 && errno == EINTR);
    if (src < 0)
        return nd__fs_errno();
    if (fstat(src, &sst) != 0) {
        err = (int)nd__fs_errno();
        close(src);
        return err;
    }
    if (S_ISDIR(sst.st_mode)) {
        close(src);
        return ND_EISDIR;
    }
    if (req->flags & ND_FS_COPYFILE_EXCL)
        dflags |= O_EXCL;
    do
        dst = open(req->new_path, dflags, sst.st_mode & 07777);
    while (dst < 0 && errno == EINTR);
    if (dst < 0) {
        err = (int)nd__fs_errno();
        close(src);
        return err;
    }
    err = copy_open_files(req, src, dst, &sst);
    close(src);
    if (close(dst) != 0 && errno != EINTR && err == 0)
        err = (int)nd__fs_errno();
    if (err < 0)
        unlink(req->new_path); /* leave no half copy behind */
    return err < 0 ? err : 0;
}

/* ---- the machinery ------------------------------------------------------ */

static nd_fs_t *req_of(nd_work_req_t *w) {
    return (nd_fs_t *)((char *)w - offsetof(nd_fs_t, work));
}

/* Pool thread. */
static void work_cb(nd_work_req_t *w) {
    nd_fs_t *req = req_of(w);

    req->result = req->run(req);
}

/* Loop thread. */
static void after_cb(nd_work_req_t *w, int status) {
    nd_fs_t *req = req_of(w);

    if (status == ND_ECANCELED)
        req->result = ND_ECANCELED;
    req->cb(req);
}

/* see fs_internal.h */
void nd__fs_init(nd_loop_t *loop, nd_fs_t *req, nd_fs_type type,
                 int64_t (*run)(nd_fs_t *), nd_fs_cb cb) {
    /* Field by field: req->data is the caller's and stays as it is. */
    req->run = run;
    req->loop = loop;
    req->cb = cb;
    req->type = type;
    req->result = 0;
    req->nbytes = 0;
    req->path = req->new_path = req->ptr = req->err_path = NULL;
    req->err_syscall = NULL;
    req->fd = -1;
    req->flags = 0;
    req->mode = 0;
    req->uid = req->gid = 0;
    req->atime = req->mtime = 0;
    req->bufs = req->bufsml;
    req->nbufs = 0;
    req->offset = -1;
    memset(&req->statbuf, 0, sizeof(req->statbuf));
    memset(&req->statfsbuf, 0, sizeof(req->statfsbuf));
    req->dir = NULL;
    req->dirents = NULL;
    req->ndirents = 0;
    req->max_size = 0;
    req->flush = 0;
}

/* see fs_internal.h */
int nd__fs_copy_path(char **dst, const char *path) {
    if (path == NULL)
        return ND_EINVAL;
    *dst = strdup(path);
    return *dst == NULL ? ND_ENOMEM : 0;
}

/* see fs_internal.h */
int nd__fs_submit(nd_fs_t *req, int err) {
    if (err == 0 && req->cb != NULL && req->loop == NULL)
        err = ND_EINVAL;
    if (err < 0) {
        req->result = err;
        return err;
    }
    if (req->cb == NULL) {
        req->result = req->run(req);
        return req->result > INT_MAX ? INT_MAX : (int)req->result;
    }
    err = nd_queue_work(req->loop, &req->work, ND_WORK_FAST_IO, work_cb,
                        after_cb);
    if (err < 0)
        req->result = err;
    return err;
}

/* Copy the caller's buffer list into the request. */
static int set_bufs(nd_fs_t *req, const nd_fs_buf_t *bufs, unsigned nbufs) {
    unsigned i;

    if (nbufs > 0 && bufs == NULL)
        return ND_EINVAL;
    if (nbufs > ND_FS_INLINE_BUFS) {
        req->bufs = malloc(nbufs * sizeof(*bufs));
        if (req->bufs == NULL) {
            req->bufs = req->bufsml;
            return ND_ENOMEM;
        }
    }
    for (i = 0; i < nbufs; i++) {
        if (bufs[i].base == NULL && bufs[i].len > 0)
            return ND_EINVAL;
        req->bufs[i] = bufs[i];
    }
    req->nbufs = nbufs;
    return 0;
}

/* ---- the public operations --------------------------------------------- */

/* see fs.h */
int nd_fs_open(nd_loop_t *loop, nd_fs_t *req, const char *path, int flags,
               int mode, nd_fs_cb cb) {
    nd__fs_init(loop, req, ND_FS_OPEN, fs_open, cb);
    req->flags = flags;
    req->mode = mode;
    return nd__fs_submit(req, nd__fs_copy_path(&req->path, path));
}

/* see fs.h */
int nd_fs_close(nd_loop_t *loop, nd_fs_t *req, int fd, nd_fs_cb cb) {
    nd__fs_init(loop, req, ND_FS_CLOSE, fs_close, cb);
    req->fd = fd;
    return nd__fs_submit(req, 0);
}

/* see fs.h */
int nd_fs_read(nd_loop_t *loop, nd_fs_t *req, int fd, void *buf, size_t len,
               int64_t offset, nd_fs_cb cb) {
    nd_fs_buf_t b;

    b.base = buf;
    b.len = len > INT_MAX ? INT_MAX : len; /* a short read is legal */
    return nd_fs_readv(loop, req, fd, &b, 1, offset, cb);
}

/* see fs.h */
int nd_fs_readv(nd_loop_t *loop, nd_fs_t *req, int fd, const nd_fs_buf_t *bufs,
                unsigned nbufs, int64_t offset, nd_fs_cb cb) {
    nd__fs_init(loop, req, ND_FS_READ, fs_read, cb);
    req->fd = fd;
    req->offset = offset < 0 ? -1 : offset;
    return nd__fs_submit(req, set_bufs(req, bufs, nbufs));
}

/* see fs.h */
int nd_fs_write(nd_loop_t *loop, nd_fs_t *req, int fd, const void *buf,
                size_t len, int64_t offset, nd_fs_cb cb) {
    nd_fs_buf_t b;

    b.base = (void *)buf; /* only ever read from */
    b.len = len;
    return nd_fs_writev(loop, req, fd, &b, 1, offset, cb);
}

/* see fs.h */
int nd_fs_writev(nd_loop_t *loop, nd_fs_t *req, int fd, const nd_fs_buf_t *bufs,
                 unsigned nbufs, int64_t offset, nd_fs_cb cb) {
    nd__fs_init(loop, req, ND_FS_WRITE, fs_write, cb);
    req->fd = fd;
    req->offset = offset < 0 ? -1 : offset;
    return nd__fs_submit(req, set_bufs(req, bufs, nbufs));
}

/* see fs.h */
int nd_fs_ftruncate(nd_loop_t *loop, nd_fs_t *req, int fd, int64_t len,
                    nd_fs_cb cb) {
    nd__fs_init(loop, req, ND_FS_FTRUNCATE, fs_ftruncate, cb);
    req->fd = fd;
    req->offset = len;
    return nd__fs_submit(req, len < 0 ? ND_EINVAL : 0);
}

/* see fs.h */
int nd_fs_fsync(nd_loop_t *loop, nd_fs_t *req, int fd, nd_fs_cb cb) {
    nd__fs_init(loop, req, ND_FS_FSYNC, fs_fsync, cb);
    req->fd = fd;
    return nd__fs_submit(req, 0);
}

/* see fs.h */
int nd_fs_fdatasync(nd_loop_t *loop, nd_fs_t *req, int fd, nd_fs_cb cb) {
    nd__fs_init(loop, req, ND_FS_FDATASYNC, fs_fdatasync, cb);
    req->fd = fd;
    return nd__fs_submit(req, 0);
}

/* see fs.h */
int nd_fs_copyfile(nd_loop_t *loop, nd_fs_t *req, const char *path,
                   const char *new_path, int flags, nd_fs_cb cb) {
    int err;

    nd__fs_init(loop, req, ND_FS_COPYFILE, fs_copyfile, cb);
    req->flags = flags;
    err = nd__fs_copy_path(&req->path, path);
    if (err == 0)
        err = nd__fs_copy_path(&req->new_path, new_path);
    return nd__fs_submit(req, err);
}

/* see fs.h */
void nd_fs_req_cleanup(nd_fs_t *req) {
    size_t i;

    free(req->path);
    free(req->new_path);
    free(req->ptr);
    free(req->err_path);
    for (i = 0; i < req->ndirents; i++)
        free(req->dirents[i].name);
    free(req->dirents);
    if (req->bufs != req->bufsml)
        free(req->bufs);
    req->path = req->new_path = req->ptr = req->err_path = NULL;
    req->dirents = NULL;
    req->ndirents = 0;
    req->bufs = req->bufsml;
    req->nbufs = 0;
}

/* see fs.h */
int nd_fs_is_file(uint64_t mode) {
    return S_ISREG((mode_t)mode);
}

/* see fs.h */
int nd_fs_is_dir(uint64_t mode) {
    return S_ISDIR((mode_t)mode);
}
