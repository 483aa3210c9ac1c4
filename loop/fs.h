/*
 * fs.h - file system requests.
 *
 * Every operation has one function, nd_fs_<op>(loop, req, ..., cb).  With a
 * callback the call is queued on the pool (ND_WORK_FAST_IO), keeps the loop
 * alive, and cb runs on the loop thread with req->result set (the call
 * itself returns 0, or a negative code if the request could not be queued).
 * With cb == NULL the operation runs synchronously on the calling thread
 * and its result is also returned (a write count above INT_MAX is returned
 * as INT_MAX; req->result is exact).  In both cases req->result is >= 0 on
 * success (an fd, a byte count, 0) or a negative ND_E* code.  A cb request
 * needs a loop; a synchronous one may pass loop == NULL.  A read transfers
 * at most INT_MAX bytes per call.
 *
 * Paths are copied into the request, so the caller's string may go away
 * after the call.  Buffers (buf) are not copied: they must stay valid until
 * the callback.  Call nd_fs_req_cleanup() when done with a request (it
 * frees the path copies and any result string such as realpath's).
 *
 * Reads and writes retry on EINTR; writes keep going after a short write
 * until every byte is written or an error occurs (result is then the error,
 * and req->nbytes says how much was written before it).
 */
#ifndef ND_FS_H
#define ND_FS_H

#include <stdint.h>

#include "loop.h"

typedef struct nd_fs_s nd_fs_t;
typedef void (*nd_fs_cb)(nd_fs_t *req);

typedef enum {
    ND_FS_OPEN = 1,
    ND_FS_CLOSE,
    ND_FS_READ,
    ND_FS_WRITE,
    ND_FS_STAT,
    ND_FS_LSTAT,
    ND_FS_FSTAT,
    ND_FS_REALPATH
} nd_fs_type;

typedef struct {
    int64_t sec;
    int64_t nsec;
} nd_timespec_t;

typedef struct {
    uint64_t dev, ino, mode, nlink, uid, gid, rdev, size, blksize, blocks;
    nd_timespec_t atim, mtim, ctim, birthtim;
} nd_stat_t;

struct nd_fs_s {
    nd_work_req_t work; /* private */
    nd_loop_t *loop;
    void *data; /* free for the caller */
    nd_fs_cb cb;
    nd_fs_type type;
    int64_t result;
    int64_t nbytes; /* bytes transferred, also when result is an error */
    char *path;     /* copies, owned by the request */
    char *ptr;      /* realpath's result, owned by the request */
    int fd;
    int flags;
    int mode;
    void *buf;
    size_t len;
    int64_t offset; /* -1 = current file position */
    nd_stat_t statbuf;
};

/* flags and mode are the OS's own values (O_RDONLY, 0666, ...). */
int nd_fs_open(nd_loop_t *loop, nd_fs_t *req, const char *path, int flags,
               int mode, nd_fs_cb cb);
int nd_fs_close(nd_loop_t *loop, nd_fs_t *req, int fd, nd_fs_cb cb);
/* Reads at most len bytes; result is the count, 0 at end of file. */
int nd_fs_read(nd_loop_t *loop, nd_fs_t *req, int fd, void *buf, size_t len,
               int64_t offset, nd_fs_cb cb);
/* Writes all len bytes (see above). */
int nd_fs_write(nd_loop_t *loop, nd_fs_t *req, int fd, const void *buf,
                size_t len, int64_t offset, nd_fs_cb cb);
int nd_fs_stat(nd_loop_t *loop, nd_fs_t *req, const char *path, nd_fs_cb cb);
int nd_fs_lstat(nd_loop_t *loop, nd_fs_t *req, const char *path,
                nd_fs_cb cb);
int nd_fs_fstat(nd_loop_t *loop, nd_fs_t *req, int fd, nd_fs_cb cb);
/* The canonical absolute path, in req->ptr. */
int nd_fs_realpath(nd_loop_t *loop, nd_fs_t *req, const char *path,
                   nd_fs_cb cb);
void nd_fs_req_cleanup(nd_fs_t *req);

/* Is mode (nd_stat_t.mode) a regular file / a directory? */
int nd_fs_is_file(uint64_t mode);
int nd_fs_is_dir(uint64_t mode);

#endif
