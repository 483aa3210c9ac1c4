/*
 * engine-extra.c - see engine-extra.h.  To be folded into loop/fs.c by the
 * loop's owner.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "engine-extra.h"
#include "../poller/error.h"

static int result(int rc) {
    return rc == 0 ? 0 : nd_err_from_errno(errno);
}

/* see engine-extra.h */
int nd_sys_unlink(const char *path) {
    return result(unlink(path));
}

/* see engine-extra.h */
int nd_sys_rmdir(const char *path) {
    return result(rmdir(path));
}

/* see engine-extra.h */
int nd_sys_mkdir(const char *path, int mode) {
    return result(mkdir(path, (mode_t)mode));
}

/* see engine-extra.h */
int nd_sys_symlink(const char *target, const char *path) {
    return result(symlink(target, path));
}

/* see engine-extra.h */
int nd_sys_mkdtemp(const char *prefix, char *out, size_t outlen) {
    if ((size_t)snprintf(out, outlen, "%sXXXXXX", prefix) >= outlen)
        return ND_ENAMETOOLONG;
    return mkdtemp(out) != NULL ? 0 : nd_err_from_errno(errno);
}
