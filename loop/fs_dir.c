/*
 * fs_dir.c - requests on names, links and directories: unlink, rename,
 * link, symlink, readlink, realpath, mkdir, mkdtemp, rmdir, scandir, and
 * directory streams (opendir, readdir, closedir).  See fs.h; the request
 * machinery is in fs.c.
 *
 * Listing a directory (scandir, readdir, and rmtree in fs_tree.c) goes
 * through one helper, read_entries(), which skips "." and "..", copies
 * each name, and maps the entry's type; a file system that does not
 * record types (DT_UNKNOWN) gets an lstat of the entry instead.
 *
 * Directories are opened with open(O_DIRECTORY | O_CLOEXEC) and then
 * fdopendir(), so the stream's fd is close-on-exec like every other.
 *
 * Threading: the run functions touch only the request (and the stream it
 * names, which the caller uses for one request at a time).
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h> /* rename */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs_internal.h"

struct nd_fs_dir_s {
    DIR *dir;
};

/* ---- listing ------------------------------------------------------------ */

static int type_of_mode(mode_t m) {
    if (S_ISREG(m))
        return ND_DIRENT_FILE;
    if (S_ISDIR(m))
        return ND_DIRENT_DIR;
    if (S_ISLNK(m))
        return ND_DIRENT_LINK;
    if (S_ISFIFO(m))
        return ND_DIRENT_FIFO;
    if (S_ISSOCK(m))
        return ND_DIRENT_SOCKET;
    if (S_ISCHR(m))
        return ND_DIRENT_CHAR;
    if (S_ISBLK(m))
        return ND_DIRENT_BLOCK;
    return ND_DIRENT_UNKNOWN;
}

static int type_of(DIR *d, const struct dirent *e) {
    struct stat st;

    switch (e->d_type) {
    case DT_REG:
        return ND_DIRENT_FILE;
    case DT_DIR:
        return ND_DIRENT_DIR;
    case DT_LNK:
        return ND_DIRENT_LINK;
    case DT_FIFO:
        return ND_DIRENT_FIFO;
    case DT_SOCK:
        return ND_DIRENT_SOCKET;
    case DT_CHR:
        return ND_DIRENT_CHAR;
    case DT_BLK:
        return ND_DIRENT_BLOCK;
    default:
        if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0)
            return ND_DIRENT_UNKNOWN;
        return type_of_mode(st.st_mode);
    }
}

static DIR *open_dir(const char *path) {
    DIR *d;
    int fd;

    do
        fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return NULL;
    d = fdopendir(fd);
    if (d == NULL) {
        int saved = errno;

        close(fd);
        errno = saved;
    }
    return d;
}

/* Read up to max entries of d (max 0: all of them) into *out, growing it;
 * *n counts them.  Returns 0 or a code; on error the entries read so far
 * stay in *out for the caller to free. */
static int read_entries(DIR *d, size_t max, nd_dirent_t **out, size_t *n) {
    size_t cap = 0;

    *out = NULL;
    *n = 0;
    while (max == 0 || *n < max) {
        struct dirent *e;

        errno = 0;
        e = readdir(d);
        if (e == NULL)
            return errno != 0 ? (int)nd__fs_errno() : 0;
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (*n == cap) {
            nd_dirent_t *grown;

            cap = cap == 0 ? 16 : cap * 2;
            grown = realloc(*out, cap * sizeof(**out));
            if (grown == NULL)
                return ND_ENOMEM;
            *out = grown;
        }
        (*out)[*n].name = strdup(e->d_name);
        if ((*out)[*n].name == NULL)
            return ND_ENOMEM;
        (*out)[*n].type = type_of(d, e);
        (*n)++;
    }
    return 0;
}

static int by_name(const void *a, const void *b) {
    return strcmp(((const nd_dirent_t *)a)->name,
                  ((const nd_dirent_t *)b)->name);
}

/* see fs_internal.h */
int nd__fs_list(const char *path, nd_dirent_t **out, size_t *n) {
    DIR *d = open_dir(path);
    int err;

    *out = NULL;
    *n = 0;
    if (d == NULL)
        return (int)nd__fs_errno();
    err = read_entries(d, 0, out, n);
    closedir(d);
    if (err == 0 && *n > 1)
        qsort(*out, *n, sizeof(**out), by_name);
    return err;
}

static int64_t fs_scandir(nd_fs_t *req) {
    int err = nd__fs_list(req->path, &req->dirents, &req->ndirents);

    return err < 0 ? err : (int64_t)req->ndirents;
}

static int64_t fs_opendir(nd_fs_t *req) {
    nd_fs_dir_t *dir = malloc(sizeof(*dir));

    if (dir == NULL)
        return ND_ENOMEM;
    dir->dir = open_dir(req->path);
    if (dir->dir == NULL) {
        int64_t err = nd__fs_errno();

        free(dir);
        return err;
    }
    req->dir = dir;
    return 0;
}

static int64_t fs_readdir(nd_fs_t *req) {
    int err = read_entries(req->dir->dir, (size_t)req->offset, &req->dirents,
                           &req->ndirents);

    return err < 0 ? err : (int64_t)req->ndirents;
}

static int64_t fs_closedir(nd_fs_t *req) {
    int rc = closedir(req->dir->dir);

    free(req->dir);
    return nd__fs_result(rc);
}

/* ---- names and links ---------------------------------------------------- */

static int64_t fs_unlink(nd_fs_t *req) {
    return nd__fs_result(unlink(req->path));
}

static int64_t fs_rmdir(nd_fs_t *req) {
    return nd__fs_result(rmdir(req->path));
}

static int64_t fs_mkdir(nd_fs_t *req) {
    return nd__fs_result(mkdir(req->path, (mode_t)req->mode));
}

static int64_t fs_rename(nd_fs_t *req) {
    return nd__fs_result(rename(req->path, req->new_path));
}

static int64_t fs_link(nd_fs_t *req) {
    return nd__fs_result(link(req->path, req->new_path));
}

static int64_t fs_symlink(nd_fs_t *req) {
    return nd__fs_result(symlink(req->path, req->new_path));
}

static int64_t fs_readlink(nd_fs_t *req) {
    size_t size = 256;

    for (;;) {
        char *buf = malloc(size);
        ssize_t n;

        if (buf == NULL)
            return ND_ENOMEM;
        n = readlink(req->path, buf, size);
        if (n < 0) {
            int64_t err = nd__fs_errno();

            free(buf);
            return err;
        }
        if ((size_t)n < size) { /* it fit: terminate and keep */
            buf[n] = '\0';
            req->ptr = buf;
            return 0;
        }
        free(buf);
        if (size >= (size_t)INT_MAX)
            return ND_ENAMETOOLONG;
        size *= 2;
    }
}

static int64_t fs_realpath(nd_fs_t *req) {
    char *resolved = realpath(req->path, NULL);

    if (resolved == NULL)
        return nd__fs_errno();
    req->ptr = resolved;
    return 0;
}

/* req->path is the template prefix + "XXXXXX"; mkdtemp fills it in. */
static int64_t fs_mkdtemp(nd_fs_t *req) {
    char *name = strdup(req->path);

    if (name == NULL)
        return ND_ENOMEM;
    if (mkdtemp(name) == NULL) {
        int64_t err = nd__fs_errno();

        free(name);
        return err;
    }
    req->ptr = name;
    return 0;
}

/* ---- the public operations --------------------------------------------- */

/* A request on one path, submitted. */
static int one_path(nd_loop_t *loop, nd_fs_t *req, nd_fs_type type,
                    int64_t (*run)(nd_fs_t *), const char *path, nd_fs_cb cb) {
    nd__fs_init(loop, req, type, run, cb);
    return nd__fs_submit(req, nd__fs_copy_path(&req->path, path));
}

/* A request on two paths, submitted. */
static int two_paths(nd_loop_t *loop, nd_fs_t *req, nd_fs_type type,
                     int64_t (*run)(nd_fs_t *), const char *path,
                     const char *new_path, nd_fs_cb cb) {
    int err;

    nd__fs_init(loop, req, type, run, cb);
    err = nd__fs_copy_path(&req->path, path);
    if (err == 0)
        err = nd__fs_copy_path(&req->new_path, new_path);
    return nd__fs_submit(req, err);
}

/* see fs.h */
int nd_fs_unlink(nd_loop_t *loop, nd_fs_t *req, const char *path, nd_fs_cb cb) {
    return one_path(loop, req, ND_FS_UNLINK, fs_unlink, path, cb);
}

/* see fs.h */
int nd_fs_rmdir(nd_loop_t *loop, nd_fs_t *req, const char *path, nd_fs_cb cb) {
    return one_path(loop, req, ND_FS_RMDIR, fs_rmdir, path, cb);
}

/* see fs.h */
int nd_fs_readlink(nd_loop_t *loop, nd_fs_t *req, const char *path,
                   nd_fs_cb cb) {
    return one_path(loop, req, ND_FS_READLINK, fs_readlink, path, cb);
}

/* see fs.h */
int nd_fs_realpath(nd_loop_t *loop, nd_fs_t *req, const char *path,
                   nd_fs_cb cb) {
    return one_path(loop, req, ND_FS_REALPATH, fs_realpath, path, cb);
}

/* see fs.h */
int nd_fs_scandir(nd_loop_t *loop, nd_fs_t *req, const char *path,
                  nd_fs_cb cb) {
    return one_path(loop, req, ND_FS_SCANDIR, fs_scandir, path, cb);
}

/* see fs.h */
int nd_fs_opendir(nd_loop_t *loop, nd_fs_t *req, const char *path,
                  nd_fs_cb cb) {
    return one_path(loop, req, ND_FS_OPENDIR, fs_opendir, path, cb);
}

/* see fs.h */
int nd_fs_rename(nd_loop_t *loop, nd_fs_t *req, const char *path,
                 const char *new_path, nd_fs_cb cb) {
    return two_paths(loop, req, ND_FS_RENAME, fs_rename, path, new_path, cb);
}

/* see fs.h */
int nd_fs_link(nd_loop_t *loop, nd_fs_t *req, const char *path,
               const char *new_path, nd_fs_cb cb) {
    return two_paths(loop, req, ND_FS_LINK, fs_link, path, new_path, cb);
}

/* see fs.h */
int nd_fs_symlink(nd_loop_t *loop, nd_fs_t *req, const char *target,
                  const char *new_path, nd_fs_cb cb) {
    return two_paths(loop, req, ND_FS_SYMLINK, fs_symlink, target, new_path,
                     cb);
}

/* see fs.h */
int nd_fs_mkdir(nd_loop_t *loop, nd_fs_t *req, const char *path, int mode,
                nd_fs_cb cb) {
    nd__fs_init(loop, req, ND_FS_MKDIR, fs_mkdir, cb);
    req->mode = mode;
    return nd__fs_submit(req, nd__fs_copy_path(&req->path, path));
}

/* see fs.h */
int nd_fs_mkdtemp(nd_loop_t *loop, nd_fs_t *req, const char *prefix,
                  nd_fs_cb cb) {
    size_t len = prefix == NULL ? 0 : strlen(prefix);
    int err = prefix == NULL ? ND_EINVAL : 0;

    nd__fs_init(loop, req, ND_FS_MKDTEMP, fs_mkdtemp, cb);
    if (err == 0) {
        req->path = malloc(len + 7);
        if (req->path == NULL)
            err = ND_ENOMEM;
    }
    if (err == 0) {
        memcpy(req->path, prefix, len);
        memcpy(req->path + len, "XXXXXX", 7); /* with the '\0' */
    }
    return nd__fs_submit(req, err);
}

/* see fs.h */
int nd_fs_readdir(nd_loop_t *loop, nd_fs_t *req, nd_fs_dir_t *dir, size_t max,
                  nd_fs_cb cb) {
    nd__fs_init(loop, req, ND_FS_READDIR, fs_readdir, cb);
    req->dir = dir;
    req->offset = max > INT32_MAX ? INT32_MAX : (int64_t)max;
    return nd__fs_submit(req, dir == NULL || max == 0 ? ND_EINVAL : 0);
}

/* see fs.h */
int nd_fs_closedir(nd_loop_t *loop, nd_fs_t *req, nd_fs_dir_t *dir,
                   nd_fs_cb cb) {
    nd__fs_init(loop, req, ND_FS_CLOSEDIR, fs_closedir, cb);
    req->dir = dir;
    return nd__fs_submit(req, dir == NULL ? ND_EINVAL : 0);
}
