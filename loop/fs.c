/*
 * fs.c - file system requests (see fs.h for the calling convention).
 *
 * Each nd_fs_<op>() fills in the request and calls submit(): without a
 * callback the operation runs at once on the caller's thread (fs_run), with
 * one it is queued on the pool as ND_WORK_FAST_IO and fs_run happens on a
 * pool thread, the callback later on the loop thread.  fs_run is the only
 * place that makes the system calls; it reads its inputs from the request
 * and writes req->result (and req->nbytes, req->ptr, req->statbuf).
 *
 * Conventions kept here for every op: fds are opened with O_CLOEXEC; EINTR
 * is retried; writes loop over short writes until all bytes are out;
 * offset >= 0 means pread/pwrite (the file position is untouched), -1 means
 * read/write at the current position.
 *
 * Birth time: on Linux, stat uses statx() and asks for STATX_BTIME; when the
 * kernel or file system cannot say (or statx itself is unavailable), the
 * birth time is the change time, as a documented approximation.  Other
 * systems use plain stat() and the same fallback.
 *
 * Threading: fs_run runs on whichever thread submit() chose and touches only
 * the request; cb runs on the loop thread.
 */
#define _GNU_SOURCE /* statx */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs.h"

#if defined(__linux__) && defined(STATX_BTIME)
#include <sys/sysmacros.h> /* makedev */
#define ND__HAVE_STATX 1
#endif

/* ---- the system calls -------------------------------------------------- */

static int64_t fs_open(nd_fs_t *req) {
    int fd;

    do
        fd = open(req->path, req->flags | O_CLOEXEC, req->mode);
    while (fd < 0 && errno == EINTR);
    return fd < 0 ? nd_err_from_errno(errno) : fd;
}

static int64_t fs_close(nd_fs_t *req) {
    /* Not retried on EINTR: on Linux the fd is gone either way, and a
     * retry could close an fd another thread just opened. */
    if (close(req->fd) != 0 && errno != EINTR)
        return nd_err_from_errno(errno);
    return 0;
}

static int64_t fs_read(nd_fs_t *req) {
    ssize_t n;

    do {
        if (req->offset >= 0)
            n = pread(req->fd, req->buf, req->len, (off_t)req->offset);
        else
            n = read(req->fd, req->buf, req->len);
    } while (n < 0 && errno == EINTR);
    if (n < 0)
        return nd_err_from_errno(errno);
    req->nbytes = n;
    return n;
}

static int64_t fs_write(nd_fs_t *req) {
    const char *p = req->buf;
    size_t left = req->len;

    req->nbytes = 0;
    while (left > 0) {
        size_t chunk = left > SSIZE_MAX ? SSIZE_MAX : left;
        ssize_t n;

        if (req->offset >= 0)
            n = pwrite(req->fd, p, chunk, (off_t)(req->offset + req->nbytes));
        else
            n = write(req->fd, p, chunk);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return nd_err_from_errno(errno);
        }
        if (n == 0)
            return ND_EIO; /* no progress and no error: never spin */
        p += n;
        left -= (size_t)n;
        req->nbytes += n;
    }
    return req->nbytes;
}

static void from_stat(nd_stat_t *out, const struct stat *st) {
    out->dev = st->st_dev;
    out->ino = st->st_ino;
    out->mode = st->st_mode;
    out->nlink = st->st_nlink;
    out->uid = st->st_uid;
    out->gid = st->st_gid;
    out->rdev = st->st_rdev;
    out->size = (uint64_t)st->st_size;
    out->blksize = (uint64_t)st->st_blksize;
    out->blocks = (uint64_t)st->st_blocks;
    out->atim.sec = st->st_atim.tv_sec;
    out->atim.nsec = st->st_atim.tv_nsec;
    out->mtim.sec = st->st_mtim.tv_sec;
    out->mtim.nsec = st->st_mtim.tv_nsec;
    out->ctim.sec = st->st_ctim.tv_sec;
    out->ctim.nsec = st->st_ctim.tv_nsec;
    out->birthtim = out->ctim;
}

#ifdef ND__HAVE_STATX
static void copy_time(nd_timespec_t *out, const struct statx_timestamp *ts) {
    out->sec = ts->tv_sec;
    out->nsec = ts->tv_nsec;
}

static void from_statx(nd_stat_t *out, const struct statx *sx) {
    out->dev = makedev(sx->stx_dev_major, sx->stx_dev_minor);
    out->ino = sx->stx_ino;
    out->mode = sx->stx_mode;
    out->nlink = sx->stx_nlink;
    out->uid = sx->stx_uid;
    out->gid = sx->stx_gid;
    out->rdev = makedev(sx->stx_rdev_major, sx->stx_rdev_minor);
    out->size = sx->stx_size;
    out->blksize = sx->stx_blksize;
    out->blocks = sx->stx_blocks;
    copy_time(&out->atim, &sx->stx_atime);
    copy_time(&out->mtim, &sx->stx_mtime);
    copy_time(&out->ctim, &sx->stx_ctime);
    if (sx->stx_mask & STATX_BTIME)
        copy_time(&out->birthtim, &sx->stx_btime);
    else
        out->birthtim = out->ctim;
}

/* 1 if statx answered (result in *err, 0 or a code), 0 if it is not
 * available here and the caller must fall back to stat(). */
static int try_statx(nd_fs_t *req, int *err) {
    struct statx sx;
    int dirfd = AT_FDCWD, flags = 0, r;
    const char *path = req->path;

    if (req->type == ND_FS_FSTAT) {
        dirfd = req->fd;
        path = "";
        flags = AT_EMPTY_PATH;
    } else if (req->type == ND_FS_LSTAT) {
        flags = AT_SYMLINK_NOFOLLOW;
    }
    do
        r = statx(dirfd, path, flags, STATX_BASIC_STATS | STATX_BTIME, &sx);
    while (r < 0 && errno == EINTR);
    /* ENOSYS: old kernel; EPERM: a seccomp filter that refuses statx. */
    if (r < 0 && (errno == ENOSYS || errno == EPERM))
        return 0;
    *err = r < 0 ? nd_err_from_errno(errno) : 0;
    if (r == 0)
        from_statx(&req->statbuf, &sx);
    return 1;
}
#endif

static int64_t fs_stat(nd_fs_t *req) {
    struct stat st;
    int r;

#ifdef ND__HAVE_STATX
    if (try_statx(req, &r))
        return r;
#endif
    do {
        if (req->type == ND_FS_FSTAT)
            r = fstat(req->fd, &st);
        else if (req->type == ND_FS_LSTAT)
            r = lstat(req->path, &st);
        else
            r = stat(req->path, &st);
    } while (r < 0 && errno == EINTR);
    if (r < 0)
        return nd_err_from_errno(errno);
    from_stat(&req->statbuf, &st);
    return 0;
}

static int64_t fs_realpath(nd_fs_t *req) {
    char *resolved = realpath(req->path, NULL);

    if (resolved == NULL)
        return nd_err_from_errno(errno);
    req->ptr = resolved;
    return 0;
}

/* Run the request on the current thread. */
static void fs_run(nd_fs_t *req) {
    switch (req->type) {
    case ND_FS_OPEN:
        req->result = fs_open(req);
        break;
    case ND_FS_CLOSE:
        req->result = fs_close(req);
        break;
    case ND_FS_READ:
        req->result = fs_read(req);
        break;
    case ND_FS_WRITE:
        req->result = fs_write(req);
        break;
    case ND_FS_STAT:
    case ND_FS_LSTAT:
    case ND_FS_FSTAT:
        req->result = fs_stat(req);
        break;
    case ND_FS_REALPATH:
        req->result = fs_realpath(req);
        break;
    default:
        req->result = ND_EINVAL;
    }
}

/* ---- sync or async ----------------------------------------------------- */

static nd_fs_t *req_of(nd_work_req_t *w) {
    return (nd_fs_t *)((char *)w - offsetof(nd_fs_t, work));
}

static void work_cb(nd_work_req_t *w) {
    fs_run(req_of(w));
}

static void after_cb(nd_work_req_t *w, int status) {
    nd_fs_t *req = req_of(w);

    if (status == ND_ECANCELED)
        req->result = ND_ECANCELED;
    req->cb(req);
}

/* Every field an op does not set has a neutral value. */
static void req_init(nd_loop_t *loop, nd_fs_t *req, nd_fs_type type,
                     nd_fs_cb cb) {
    req->loop = loop;
    req->cb = cb;
    req->type = type;
    req->result = 0;
    req->nbytes = 0;
    req->path = NULL;
    req->ptr = NULL;
    req->fd = -1;
    req->flags = 0;
    req->mode = 0;
    req->buf = NULL;
    req->len = 0;
    req->offset = -1;
    memset(&req->statbuf, 0, sizeof(req->statbuf));
}

static int copy_path(nd_fs_t *req, const char *path) {
    if (path == NULL)
        return ND_EINVAL;
    req->path = strdup(path);
    return req->path == NULL ? ND_ENOMEM : 0;
}

/* Run now (cb == NULL) or queue.  Returns the result, or 0 once queued. */
static int submit(nd_fs_t *req, int err) {
    if (err == 0 && req->cb != NULL && req->loop == NULL)
        err = ND_EINVAL;
    if (err < 0) {
        req->result = err;
        return err;
    }
    if (req->cb == NULL) {
        fs_run(req);
        return req->result > INT_MAX ? INT_MAX : (int)req->result;
    }
    err = nd_queue_work(req->loop, &req->work, ND_WORK_FAST_IO, work_cb,
                        after_cb);
    if (err < 0)
        req->result = err;
    return err;
}

/* ---- the public operations --------------------------------------------- */

/* see fs.h */
int nd_fs_open(nd_loop_t *loop, nd_fs_t *req, const char *path, int flags,
               int mode, nd_fs_cb cb) {
    req_init(loop, req, ND_FS_OPEN, cb);
    req->flags = flags;
    req->mode = mode;
    return submit(req, copy_path(req, path));
}

/* see fs.h */
int nd_fs_close(nd_loop_t *loop, nd_fs_t *req, int fd, nd_fs_cb cb) {
    req_init(loop, req, ND_FS_CLOSE, cb);
    req->fd = fd;
    return submit(req, 0);
}

/* see fs.h */
int nd_fs_read(nd_loop_t *loop, nd_fs_t *req, int fd, void *buf, size_t len,
               int64_t offset, nd_fs_cb cb) {
    req_init(loop, req, ND_FS_READ, cb);
    req->fd = fd;
    req->buf = buf;
    req->len = len > INT_MAX ? INT_MAX : len; /* a short read is legal */
    req->offset = offset < 0 ? -1 : offset;
    return submit(req, buf == NULL && len > 0 ? ND_EINVAL : 0);
}

/* see fs.h */
int nd_fs_write(nd_loop_t *loop, nd_fs_t *req, int fd, const void *buf,
                size_t len, int64_t offset, nd_fs_cb cb) {
    req_init(loop, req, ND_FS_WRITE, cb);
    req->fd = fd;
    req->buf = (void *)buf; /* only ever read from */
    req->len = len;
    req->offset = offset < 0 ? -1 : offset;
    return submit(req, buf == NULL && len > 0 ? ND_EINVAL : 0);
}

/* see fs.h */
int nd_fs_stat(nd_loop_t *loop, nd_fs_t *req, const char *path, nd_fs_cb cb) {
    req_init(loop, req, ND_FS_STAT, cb);
    return submit(req, copy_path(req, path));
}

/* see fs.h */
int nd_fs_lstat(nd_loop_t *loop, nd_fs_t *req, const char *path,
                nd_fs_cb cb) {
    req_init(loop, req, ND_FS_LSTAT, cb);
    return submit(req, copy_path(req, path));
}

/* see fs.h */
int nd_fs_fstat(nd_loop_t *loop, nd_fs_t *req, int fd, nd_fs_cb cb) {
    req_init(loop, req, ND_FS_FSTAT, cb);
    req->fd = fd;
    return submit(req, 0);
}

/* see fs.h */
int nd_fs_realpath(nd_loop_t *loop, nd_fs_t *req, const char *path,
                   nd_fs_cb cb) {
    req_init(loop, req, ND_FS_REALPATH, cb);
    return submit(req, copy_path(req, path));
}

/* see fs.h */
void nd_fs_req_cleanup(nd_fs_t *req) {
    free(req->path);
    free(req->ptr);
    req->path = NULL;
    req->ptr = NULL;
}

/* see fs.h */
int nd_fs_is_file(uint64_t mode) {
    return S_ISREG((mode_t)mode);
}

/* see fs.h */
int nd_fs_is_dir(uint64_t mode) {
    return S_ISDIR((mode_t)mode);
}
