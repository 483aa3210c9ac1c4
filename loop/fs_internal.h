/*
 * fs_internal.h - what the files of the fs request layer share: fs.c owns
 * the request machinery (init, path copies, run now or on the pool), and
 * fs_meta.c, fs_dir.c, fs_tree.c and fs_whole.c define their operations
 * with it.
 *
 * (fs_event.c, the watchers, is a handle: it uses the errno helper only.)
 *
 * An operation is a function `int64_t run(nd_fs_t *req)` that makes the
 * system calls, reading its inputs from the request and writing any
 * results into it, and returns the result (>= 0) or a negative ND_E* code.
 * Its public nd_fs_<op>() fills in the request with nd__fs_init(), copies
 * its paths, and ends with `return nd__fs_submit(req, err)`.
 *
 * Threading: run functions execute on a pool thread (or the caller's, when
 * synchronous) and may touch nothing but the request.
 */
#ifndef ND_FS_INTERNAL_H
#define ND_FS_INTERNAL_H

#include <errno.h>

#include "fs.h"

/* Set the operation and reset every other field (but data, the
 * caller's) to a neutral value. */
void nd__fs_init(nd_loop_t *loop, nd_fs_t *req, nd_fs_type type,
                 int64_t (*run)(nd_fs_t *), nd_fs_cb cb);
/* *dst = a copy of path; ND_EINVAL for NULL, ND_ENOMEM. */
int nd__fs_copy_path(char **dst, const char *path);
/* If err is 0, run the request now (no callback; returns the result) or
 * queue it (returns 0).  Otherwise record err as the result and return
 * it. */
int nd__fs_submit(nd_fs_t *req, int err);

/* List directory path (fs_dir.c): every entry but "." and "..", sorted
 * by name, in a new array *out of *n entries (names allocated).  Returns 0
 * or a code; the caller frees what is in *out either way. */
int nd__fs_list(const char *path, nd_dirent_t **out, size_t *n);

/* The current errno as an ND_E* code. */
static inline int64_t nd__fs_errno(void) {
    return nd_err_from_errno(errno);
}

/* For run functions that make one call returning 0 or -1 with errno. */
static inline int64_t nd__fs_result(int rc) {
    return rc == 0 ? 0 : nd__fs_errno();
}

#endif
