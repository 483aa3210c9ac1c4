/*
 * fs_meta.c - requests about a file's metadata: stat, lstat, fstat,
 * statfs, access, and changing modes, owners and times (see fs.h; the
 * request machinery is in fs.c).
 *
 * Birth time: on Linux, stat uses statx() and asks for STATX_BTIME; when the
 * kernel or file system cannot say (or statx itself is unavailable), the
 * birth time is the change time, as a documented approximation.  Other
 * systems use plain stat() and the same fallback.
 *
 * Times are set with utimensat()/futimens().  A time in seconds with a
 * fraction is split into whole seconds and nanoseconds, and the
 * nanoseconds are cut to whole microseconds: the resolution libuv (and so
 * Node) keeps on every platform, so a file's times read back the same.
 *
 * Threading: the run functions touch only the request.
 */
#define _GNU_SOURCE /* statx */
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#ifdef __linux__
#include <sys/statfs.h>
#endif

#include "fs_internal.h"

#if defined(__linux__) && defined(STATX_BTIME)
#include <sys/sysmacros.h> /* makedev */
#define ND__HAVE_STATX 1
#endif

/* ---- stat ---------------------------------------------------------------- */

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
    *err = r < 0 ? (int)nd__fs_errno() : 0;
    if (r == 0)
        from_statx(&req->statbuf, &sx);
    return 1;
}
#endif

/* stat, lstat and fstat, by req->type. */
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
        return nd__fs_errno();
    from_stat(&req->statbuf, &st);
    return 0;
}

static int64_t fs_statfs(nd_fs_t *req) {
    nd_statfs_t *out = &req->statfsbuf;
#ifdef __linux__
    struct statfs sf; /* has the file system type, which statvfs lacks */

    if (statfs(req->path, &sf) != 0)
        return nd__fs_errno();
    out->type = (uint64_t)sf.f_type;
    out->bsize = (uint64_t)sf.f_bsize;
#else
    struct statvfs sf;

    if (statvfs(req->path, &sf) != 0)
        return nd__fs_errno();
    out->type = 0;
    out->bsize = (uint64_t)sf.f_frsize;
#endif
    out->blocks = (uint64_t)sf.f_blocks;
    out->bfree = (uint64_t)sf.f_bfree;
    out->bavail = (uint64_t)sf.f_bavail;
    out->files = (uint64_t)sf.f_files;
    out->ffree = (uint64_t)sf.f_ffree;
    return 0;
}

/* ---- permissions, owners, times ----------------------------------------- */

static int64_t fs_access(nd_fs_t *req) {
    return nd__fs_result(access(req->path, req->mode));
}

static int64_t fs_chmod(nd_fs_t *req) {
    if (req->type == ND_FS_FCHMOD)
        return nd__fs_result(fchmod(req->fd, (mode_t)req->mode));
    return nd__fs_result(chmod(req->path, (mode_t)req->mode));
}

/* chown, fchown and lchown, by req->type. */
static int64_t fs_chown(nd_fs_t *req) {
    uid_t uid = (uid_t)req->uid;
    gid_t gid = (gid_t)req->gid;

    if (req->type == ND_FS_FCHOWN)
        return nd__fs_result(fchown(req->fd, uid, gid));
    if (req->type == ND_FS_LCHOWN)
        return nd__fs_result(lchown(req->path, uid, gid));
    return nd__fs_result(chown(req->path, uid, gid));
}

/* 0, or ND_EINVAL for a time no timespec can hold (NaN, infinity). */
static int to_timespec(double t, struct timespec *ts) {
    if (!(t >= -9.2e18 && t <= 9.2e18))
        return ND_EINVAL;
    ts->tv_sec = (time_t)t; /* toward zero */
    ts->tv_nsec = (long)((t - (double)ts->tv_sec) * 1e9);
    ts->tv_nsec -= ts->tv_nsec % 1000; /* microseconds, as everywhere */
    if (ts->tv_nsec < 0) {
        ts->tv_nsec += 1000000000L;
        ts->tv_sec -= 1;
    }
    return 0;
}

/* utime, futime and lutime, by req->type. */
static int64_t fs_utime(nd_fs_t *req) {
    struct timespec ts[2];

    if (to_timespec(req->atime, &ts[0]) != 0 ||
        to_timespec(req->mtime, &ts[1]) != 0)
        return ND_EINVAL;
    if (req->type == ND_FS_FUTIME)
        return nd__fs_result(futimens(req->fd, ts));
    return nd__fs_result(
        utimensat(AT_FDCWD, req->path, ts,
                  req->type == ND_FS_LUTIME ? AT_SYMLINK_NOFOLLOW : 0));
}

/* ---- the public operations --------------------------------------------- */

/* A request on one path. */
static int path_op(nd_loop_t *loop, nd_fs_t *req, nd_fs_type type,
                   int64_t (*run)(nd_fs_t *), const char *path, nd_fs_cb cb) {
    nd__fs_init(loop, req, type, run, cb);
    return nd__fs_copy_path(&req->path, path);
}

/* see fs.h */
int nd_fs_stat(nd_loop_t *loop, nd_fs_t *req, const char *path, nd_fs_cb cb) {
    int err = path_op(loop, req, ND_FS_STAT, fs_stat, path, cb);

    return nd__fs_submit(req, err);
}

/* see fs.h */
int nd_fs_lstat(nd_loop_t *loop, nd_fs_t *req, const char *path, nd_fs_cb cb) {
    int err = path_op(loop, req, ND_FS_LSTAT, fs_stat, path, cb);

    return nd__fs_submit(req, err);
}

/* see fs.h */
int nd_fs_fstat(nd_loop_t *loop, nd_fs_t *req, int fd, nd_fs_cb cb) {
    nd__fs_init(loop, req, ND_FS_FSTAT, fs_stat, cb);
    req->fd = fd;
    return nd__fs_submit(req, 0);
}

/* see fs.h */
int nd_fs_statfs(nd_loop_t *loop, nd_fs_t *req, const char *path, nd_fs_cb cb) {
    int err = path_op(loop, req, ND_FS_STATFS, fs_statfs, path, cb);

    return nd__fs_submit(req, err);
}

/* see fs.h */
int nd_fs_access(nd_loop_t *loop, nd_fs_t *req, const char *path, int mode,
                 nd_fs_cb cb) {
    int err = path_op(loop, req, ND_FS_ACCESS, fs_access, path, cb);

    req->mode = mode;
    return nd__fs_submit(req, err);
}

/* see fs.h */
int nd_fs_chmod(nd_loop_t *loop, nd_fs_t *req, const char *path, int mode,
                nd_fs_cb cb) {
    int err = path_op(loop, req, ND_FS_CHMOD, fs_chmod, path, cb);

    req->mode = mode;
    return nd__fs_submit(req, err);
}

/* see fs.h */
int nd_fs_fchmod(nd_loop_t *loop, nd_fs_t *req, int fd, int mode, nd_fs_cb cb) {
    nd__fs_init(loop, req, ND_FS_FCHMOD, fs_chmod, cb);
    req->fd = fd;
    req->mode = mode;
    return nd__fs_submit(req, 0);
}

/* see fs.h */
int nd_fs_chown(nd_loop_t *loop, nd_fs_t *req, const char *path, uint32_t uid,
                uint32_t gid, nd_fs_cb cb) {
    int err = path_op(loop, req, ND_FS_CHOWN, fs_chown, path, cb);

    req->uid = uid;
    req->gid = gid;
    return nd__fs_submit(req, err);
}

/* see fs.h */
int nd_fs_fchown(nd_loop_t *loop, nd_fs_t *req, int fd, uint32_t uid,
                 uint32_t gid, nd_fs_cb cb) {
    nd__fs_init(loop, req, ND_FS_FCHOWN, fs_chown, cb);
    req->fd = fd;
    req->uid = uid;
    req->gid = gid;
    return nd__fs_submit(req, 0);
}

/* see fs.h */
int nd_fs_lchown(nd_loop_t *loop, nd_fs_t *req, const char *path, uint32_t uid,
                 uint32_t gid, nd_fs_cb cb) {
    int err = path_op(loop, req, ND_FS_LCHOWN, fs_chown, path, cb);

    req->uid = uid;
    req->gid = gid;
    return nd__fs_submit(req, err);
}

/* see fs.h */
int nd_fs_utime(nd_loop_t *loop, nd_fs_t *req, const char *path, double atime,
                double mtime, nd_fs_cb cb) {
    int err = path_op(loop, req, ND_FS_UTIME, fs_utime, path, cb);

    req->atime = atime;
    req->mtime = mtime;
    return nd__fs_submit(req, err);
}

/* see fs.h */
int nd_fs_futime(nd_loop_t *loop, nd_fs_t *req, int fd, double atime,
                 double mtime, nd_fs_cb cb) {
    nd__fs_init(loop, req, ND_FS_FUTIME, fs_utime, cb);
    req->fd = fd;
    req->atime = atime;
    req->mtime = mtime;
    return nd__fs_submit(req, 0);
}

/* see fs.h */
int nd_fs_lutime(nd_loop_t *loop, nd_fs_t *req, const char *path, double atime,
                 double mtime, nd_fs_cb cb) {
    int err = path_op(loop, req, ND_FS_LUTIME, fs_utime, path, cb);

    req->atime = atime;
    req->mtime = mtime;
    return nd__fs_submit(req, err);
}
