/*
 * fs_tree.c - the two requests that walk a path rather than make one call:
 * mkdirp (mkdir -p) and rmtree (rm -rf).  Each is one request, so one pool
 * job, however many system calls it makes.
 *
 * mkdirp climbs up from the path until a mkdir() succeeds or finds its
 * parent existing, cutting the path at its last '/' each time, then climbs
 * back down restoring the cuts and creating each level.  The path is cut
 * as text, the way Node cuts it, so the first directory created reads as
 * Node reports it ("a//b" -> "a/", "./a/b" -> "./a").  Errors name the
 * path the caller gave, as Node's do.
 *
 * rmtree follows Node's rimraf: lstat the path; a non-directory is
 * unlinked; a directory is removed with rmdir(), and only if that fails
 * because it is not empty are its entries removed first (recursively) and
 * rmdir() tried again.  Symbolic links are removed, never followed.  An
 * entry that has vanished (ENOENT) is not an error, so two removals racing
 * over one tree both succeed.  A failure records the call and the path in
 * err_syscall and err_path.  The recursion is as deep as the tree; each
 * level holds its listing in memory, not an open directory, so a deep tree
 * does not run out of fds.
 *
 * Threading: the run functions touch only the request.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs_internal.h"

/* ---- mkdir -p ------------------------------------------------------------ */

/* Is path an existing directory? */
static int is_dir(const char *path) {
    struct stat st;

    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int64_t fs_mkdirp(nd_fs_t *req) {
    mode_t mode = (mode_t)req->mode;
    size_t len = strlen(req->path), end;
    char *p = strdup(req->path);
    int created = 0;

    if (p == NULL)
        return ND_ENOMEM;

    /* Up: cut at each '/' until a mkdir works or meets an existing
     * parent. */
    for (end = len;;) {
        char *slash;

        if (mkdir(p, mode) == 0) {
            created = 1;
            break;
        }
        if (errno == EEXIST && end < len)
            break;             /* an existing ancestor: build below it */
        if (errno == EEXIST) { /* the path itself */
            free(p);
            return is_dir(req->path) ? 0 : ND_EEXIST;
        }
        slash = errno == ENOENT ? strrchr(p, '/') : NULL;
        if (slash == NULL || slash == p) {
            int64_t err = errno == ENOENT ? ND_ENOENT : nd__fs_errno();

            free(p);
            return err;
        }
        *slash = '\0';
        end = (size_t)(slash - p);
    }
    if (created && req->ptr == NULL)
        req->ptr = strdup(p);

    /* Down: restore each cut and create that level. */
    while (end < len) {
        p[end] = '/';
        end = strlen(p);
        if (mkdir(p, mode) == 0) {
            if (req->ptr == NULL)
                req->ptr = strdup(p);
        } else if (errno != EEXIST || !is_dir(p)) {
            int64_t err = nd__fs_errno();

            free(p);
            return err;
        }
    }
    free(p);
    return 0;
}

/* ---- rm -rf -------------------------------------------------------------- */

/* Record that call syscall on path failed with err, and return err. */
static int fail(nd_fs_t *req, int err, const char *syscall, const char *path) {
    req->err_syscall = syscall;
    free(req->err_path);
    req->err_path = strdup(path);
    return err;
}

static int remove_any(nd_fs_t *req, char **path, size_t *cap);

/* Remove directory *path (a buffer of *cap bytes that children's names are
 * appended to and cut from). */
static int remove_dir(nd_fs_t *req, char **path, size_t *cap) {
    nd_dirent_t *ents;
    size_t n, i, len;
    int err = 0;

    if (rmdir(*path) == 0 || errno == ENOENT)
        return 0;
    if (errno != ENOTEMPTY && errno != EEXIST && errno != EPERM)
        return fail(req, (int)nd__fs_errno(), "rmdir", *path);
    err = nd__fs_list(*path, &ents, &n);
    if (err == ND_ENOENT)
        err = 0; /* gone meanwhile: rmdir below says so again */
    else if (err < 0)
        err = fail(req, err, "scandir", *path);
    len = strlen(*path);
    for (i = 0; i < n && err == 0; i++) {
        size_t need = len + strlen(ents[i].name) + 2;

        if (need > *cap) {
            char *grown = realloc(*path, need * 2);

            if (grown == NULL) {
                err = ND_ENOMEM;
                break;
            }
            *path = grown;
            *cap = need * 2;
        }
        (*path)[len] = '/';
        strcpy(*path + len + 1, ents[i].name);
        err = remove_any(req, path, cap);
        (*path)[len] = '\0';
    }
    for (i = 0; i < n; i++)
        free(ents[i].name);
    free(ents);
    if (err != 0)
        return err;
    if (rmdir(*path) == 0 || errno == ENOENT)
        return 0;
    return fail(req, (int)nd__fs_errno(), "rmdir", *path);
}

static int remove_any(nd_fs_t *req, char **path, size_t *cap) {
    struct stat st;

    if (lstat(*path, &st) != 0)
        return errno == ENOENT ? 0
                               : fail(req, (int)nd__fs_errno(), "lstat", *path);
    if (S_ISDIR(st.st_mode))
        return remove_dir(req, path, cap);
    if (unlink(*path) == 0 || errno == ENOENT)
        return 0;
    if (errno == EISDIR) /* it became a directory meanwhile */
        return remove_dir(req, path, cap);
    return fail(req, (int)nd__fs_errno(), "unlink", *path);
}

static int64_t fs_rmtree(nd_fs_t *req) {
    size_t cap = strlen(req->path) + 256;
    char *path = malloc(cap);
    int err;

    if (path == NULL)
        return ND_ENOMEM;
    strcpy(path, req->path);
    err = remove_any(req, &path, &cap);
    free(path);
    return err;
}

/* ---- the public operations --------------------------------------------- */

/* see fs.h */
int nd_fs_mkdirp(nd_loop_t *loop, nd_fs_t *req, const char *path, int mode,
                 nd_fs_cb cb) {
    int err;

    nd__fs_init(loop, req, ND_FS_MKDIRP, fs_mkdirp, cb);
    req->mode = mode;
    err = nd__fs_copy_path(&req->path, path);
    if (err == 0 && req->path[0] == '\0')
        err = ND_ENOENT;
    return nd__fs_submit(req, err);
}

/* see fs.h */
int nd_fs_rmtree(nd_loop_t *loop, nd_fs_t *req, const char *path, nd_fs_cb cb) {
    nd__fs_init(loop, req, ND_FS_RMTREE, fs_rmtree, cb);
    return nd__fs_submit(req, nd__fs_copy_path(&req->path, path));
}
