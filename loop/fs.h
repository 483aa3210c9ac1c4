/*
 * fs.h - file system requests, and watchers of file system events.
 *
 * Requests.  Every operation has one function, nd_fs_<op>(loop, req, ...,
 * cb).  With a callback the call is queued on the pool (ND_WORK_FAST_IO),
 * keeps the loop alive, and cb runs on the loop thread with req->result set
 * (the call itself returns 0, or a negative code if the request could not
 * be queued).  With cb == NULL the operation runs synchronously on the
 * calling thread and its result is also returned (a write count above
 * INT_MAX is returned as INT_MAX; req->result is exact).  In both cases
 * req->result is >= 0 on success (an fd, a byte count, 0) or a negative
 * ND_E* code.  A cb request needs a loop; a synchronous one may pass
 * loop == NULL.
 *
 * Memory.  Paths are copied into the request, so the caller's strings may
 * go away after the call.  Data buffers are not copied: they must stay
 * valid until the callback (the array describing them, for readv/writev,
 * is copied).  Call nd_fs_req_cleanup() when done with a request: it frees
 * the path copies and every result the request allocated (req->ptr,
 * req->dirents, req->err_path).
 *
 * I/O.  Reads and writes retry on EINTR.  A read may be short (at most
 * INT_MAX bytes per call); a write keeps going after a short write until
 * every byte is written or an error occurs (result is then the error, and
 * req->nbytes says how much was written before it).  offset >= 0 reads or
 * writes there without moving the file position; -1 uses the position.
 * Every fd the requests open is close-on-exec.
 *
 * Errors of multi-step operations.  An operation made of several system
 * calls (rmtree walks a tree) may fail in a call on another path than the
 * one it was given.  It then sets req->err_syscall ("lstat", "rmdir") and
 * req->err_path to the failing call and its path, so the caller can report
 * the error as that call's, as Node does.  Both are NULL otherwise.
 *
 * Threading: the functions are called on the loop's thread (or any thread,
 * synchronously); the work itself touches only the request.
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
    ND_FS_REALPATH,
    ND_FS_ACCESS,
    ND_FS_FTRUNCATE,
    ND_FS_FSYNC,
    ND_FS_FDATASYNC,
    ND_FS_COPYFILE,
    ND_FS_UNLINK,
    ND_FS_RMDIR,
    ND_FS_MKDIR,
    ND_FS_MKDIRP,
    ND_FS_MKDTEMP,
    ND_FS_RENAME,
    ND_FS_LINK,
    ND_FS_SYMLINK,
    ND_FS_READLINK,
    ND_FS_CHMOD,
    ND_FS_FCHMOD,
    ND_FS_CHOWN,
    ND_FS_FCHOWN,
    ND_FS_LCHOWN,
    ND_FS_UTIME,
    ND_FS_FUTIME,
    ND_FS_LUTIME,
    ND_FS_STATFS,
    ND_FS_SCANDIR,
    ND_FS_OPENDIR,
    ND_FS_READDIR,
    ND_FS_CLOSEDIR,
    ND_FS_RMTREE,
    ND_FS_READFILE,
    ND_FS_WRITEFILE
} nd_fs_type;

typedef struct {
    int64_t sec;
    int64_t nsec;
} nd_timespec_t;

typedef struct {
    uint64_t dev, ino, mode, nlink, uid, gid, rdev, size, blksize, blocks;
    nd_timespec_t atim, mtim, ctim, birthtim;
} nd_stat_t;

typedef struct {
    uint64_t type, bsize, blocks, bfree, bavail, files, ffree;
} nd_statfs_t;

/* One buffer of a readv/writev. */
typedef struct {
    void *base;
    size_t len;
} nd_fs_buf_t;

/* A directory entry's type; the values are Node's UV_DIRENT_* constants. */
typedef enum {
    ND_DIRENT_UNKNOWN = 0,
    ND_DIRENT_FILE,
    ND_DIRENT_DIR,
    ND_DIRENT_LINK,
    ND_DIRENT_FIFO,
    ND_DIRENT_SOCKET,
    ND_DIRENT_CHAR,
    ND_DIRENT_BLOCK
} nd_dirent_type;

typedef struct {
    char *name; /* owned by the request that produced it */
    int type;   /* nd_dirent_type */
} nd_dirent_t;

/* An open directory stream (nd_fs_opendir); opaque. */
typedef struct nd_fs_dir_s nd_fs_dir_t;

/* copyfile flags; the values are Node's COPYFILE_* constants. */
enum {
    ND_FS_COPYFILE_EXCL = 1,         /* fail if the destination exists */
    ND_FS_COPYFILE_FICLONE = 2,      /* try a copy-on-write clone first */
    ND_FS_COPYFILE_FICLONE_FORCE = 4 /* a clone or an error */
};

#define ND_FS_INLINE_BUFS 4

struct nd_fs_s {
    nd_work_req_t work;           /* private */
    int64_t (*run)(nd_fs_t *req); /* private: the operation itself */
    nd_loop_t *loop;
    void *data; /* free for the caller */
    nd_fs_cb cb;
    nd_fs_type type;
    int64_t result;
    int64_t nbytes; /* bytes transferred, also when result is an error */
    char *path;     /* copies, owned by the request */
    char *new_path; /* rename, link, copyfile: the destination;
                         symlink: the link (path is the target) */
    char *ptr;      /* result string: realpath, readlink, mkdtemp, and
                         mkdirp's first directory created (or NULL) */
    const char *err_syscall; /* see "Errors of multi-step operations" */
    char *err_path;
    int fd;
    int flags;
    int mode;
    uint32_t uid, gid;   /* chown; 0xffffffff = leave unchanged */
    double atime, mtime; /* utime: seconds since the epoch */
    nd_fs_buf_t *bufs;   /* points at bufsml or at an allocated copy */
    unsigned nbufs;
    nd_fs_buf_t bufsml[ND_FS_INLINE_BUFS];
    int64_t offset; /* -1 = current file position */
    nd_stat_t statbuf;
    nd_statfs_t statfsbuf;
    nd_fs_dir_t *dir;     /* opendir's result; readdir's and closedir's
                             argument */
    nd_dirent_t *dirents; /* scandir, readdir: owned by the request */
    size_t ndirents;
    size_t max_size; /* readfile: the largest file it reads whole */
    int flush;       /* writefile: fsync before closing */
};

/* ---- files and fds ------------------------------------------------------ */

/* flags and mode are the OS's own values (O_RDONLY, 0666, ...). */
int nd_fs_open(nd_loop_t *loop, nd_fs_t *req, const char *path, int flags,
               int mode, nd_fs_cb cb);
int nd_fs_close(nd_loop_t *loop, nd_fs_t *req, int fd, nd_fs_cb cb);
/* Reads at most len bytes; result is the count, 0 at end of file. */
int nd_fs_read(nd_loop_t *loop, nd_fs_t *req, int fd, void *buf, size_t len,
               int64_t offset, nd_fs_cb cb);
/* Reads into bufs[0..nbufs) in order (one readv: may be short). */
int nd_fs_readv(nd_loop_t *loop, nd_fs_t *req, int fd, const nd_fs_buf_t *bufs,
                unsigned nbufs, int64_t offset, nd_fs_cb cb);
/* Writes all len bytes (see above). */
int nd_fs_write(nd_loop_t *loop, nd_fs_t *req, int fd, const void *buf,
                size_t len, int64_t offset, nd_fs_cb cb);
/* Writes every byte of bufs[0..nbufs), in order. */
int nd_fs_writev(nd_loop_t *loop, nd_fs_t *req, int fd, const nd_fs_buf_t *bufs,
                 unsigned nbufs, int64_t offset, nd_fs_cb cb);
int nd_fs_ftruncate(nd_loop_t *loop, nd_fs_t *req, int fd, int64_t len,
                    nd_fs_cb cb);
int nd_fs_fsync(nd_loop_t *loop, nd_fs_t *req, int fd, nd_fs_cb cb);
int nd_fs_fdatasync(nd_loop_t *loop, nd_fs_t *req, int fd, nd_fs_cb cb);
/* Copy the contents and permission bits of file path to new_path,
 * replacing it unless flags has ND_FS_COPYFILE_EXCL.  A partly written
 * destination is removed on failure.  Copying a file onto itself succeeds
 * and changes nothing. */
int nd_fs_copyfile(nd_loop_t *loop, nd_fs_t *req, const char *path,
                   const char *new_path, int flags, nd_fs_cb cb);

/* ---- whole files (fs_whole.c) -------------------------------------------
 *
 * One request for a chain of steps that would otherwise be one request
 * each (fs.readFile, fs.writeFile).  A failed step is reported as that
 * step's: open's error names the path; a later step's sets err_syscall
 * ("fstat", "read", "write", "fsync", "close") with no err_path.  The fd
 * is closed after any failure past open. */

/* Open path (flags, mode 0666) and fstat it.  A regular file of 1 to max
 * bytes is then read whole into req->ptr (malloc'd, freed by cleanup) and
 * closed: result is the number of bytes read (fewer than the size if the
 * file shrank meanwhile).  Any other file (empty, larger than max, not
 * regular) is left open: req->ptr is NULL, req->fd is the open fd, which
 * the caller now owns and reads step by step, and result is 0. */
int nd_fs_readfile(nd_loop_t *loop, nd_fs_t *req, const char *path, int flags,
                   size_t max, nd_fs_cb cb);
/* Open path (flags, mode), write all len bytes of buf, fsync if flush,
 * close.  result is len; buf must stay valid until the callback. */
int nd_fs_writefile(nd_loop_t *loop, nd_fs_t *req, const char *path,
                    int flags, int mode, const void *buf, size_t len,
                    int flush, nd_fs_cb cb);

/* ---- metadata ----------------------------------------------------------- */

/* The result is in req->statbuf.  Birth time: on Linux statx() with
 * STATX_BTIME; where the kernel or file system cannot say, the change
 * time stands in for it. */
int nd_fs_stat(nd_loop_t *loop, nd_fs_t *req, const char *path, nd_fs_cb cb);
int nd_fs_lstat(nd_loop_t *loop, nd_fs_t *req, const char *path, nd_fs_cb cb);
int nd_fs_fstat(nd_loop_t *loop, nd_fs_t *req, int fd, nd_fs_cb cb);
/* The file system holding path, in req->statfsbuf. */
int nd_fs_statfs(nd_loop_t *loop, nd_fs_t *req, const char *path, nd_fs_cb cb);
/* mode: 0 (exists) or a mix of R_OK, W_OK, X_OK. */
int nd_fs_access(nd_loop_t *loop, nd_fs_t *req, const char *path, int mode,
                 nd_fs_cb cb);
int nd_fs_chmod(nd_loop_t *loop, nd_fs_t *req, const char *path, int mode,
                nd_fs_cb cb);
int nd_fs_fchmod(nd_loop_t *loop, nd_fs_t *req, int fd, int mode, nd_fs_cb cb);
/* uid or gid 0xffffffff leaves that one unchanged.  lchown changes a
 * symbolic link itself. */
int nd_fs_chown(nd_loop_t *loop, nd_fs_t *req, const char *path, uint32_t uid,
                uint32_t gid, nd_fs_cb cb);
int nd_fs_fchown(nd_loop_t *loop, nd_fs_t *req, int fd, uint32_t uid,
                 uint32_t gid, nd_fs_cb cb);
int nd_fs_lchown(nd_loop_t *loop, nd_fs_t *req, const char *path, uint32_t uid,
                 uint32_t gid, nd_fs_cb cb);
/* Set access and modification times, in seconds since the epoch (with a
 * fraction).  lutime changes a symbolic link itself. */
int nd_fs_utime(nd_loop_t *loop, nd_fs_t *req, const char *path, double atime,
                double mtime, nd_fs_cb cb);
int nd_fs_futime(nd_loop_t *loop, nd_fs_t *req, int fd, double atime,
                 double mtime, nd_fs_cb cb);
int nd_fs_lutime(nd_loop_t *loop, nd_fs_t *req, const char *path, double atime,
                 double mtime, nd_fs_cb cb);

/* ---- names, links and directories -------------------------------------- */

int nd_fs_unlink(nd_loop_t *loop, nd_fs_t *req, const char *path, nd_fs_cb cb);
int nd_fs_rename(nd_loop_t *loop, nd_fs_t *req, const char *path,
                 const char *new_path, nd_fs_cb cb);
/* A hard link new_path to the file path. */
int nd_fs_link(nd_loop_t *loop, nd_fs_t *req, const char *path,
               const char *new_path, nd_fs_cb cb);
/* A symbolic link new_path whose content is target (stored in req->path,
 * so errors name target -> new_path, as Node's do). */
int nd_fs_symlink(nd_loop_t *loop, nd_fs_t *req, const char *target,
                  const char *new_path, nd_fs_cb cb);
/* The link's content, in req->ptr. */
int nd_fs_readlink(nd_loop_t *loop, nd_fs_t *req, const char *path,
                   nd_fs_cb cb);
/* The canonical absolute path (the C library's realpath()), in req->ptr. */
int nd_fs_realpath(nd_loop_t *loop, nd_fs_t *req, const char *path,
                   nd_fs_cb cb);
int nd_fs_mkdir(nd_loop_t *loop, nd_fs_t *req, const char *path, int mode,
                nd_fs_cb cb);
/* mkdir -p: create path and any missing parents.  req->ptr is the first
 * directory created (path cut after it), NULL if path existed already.  A
 * path that exists but is not a directory is ND_EEXIST, one below a file
 * ND_ENOTDIR; errors always name path itself. */
int nd_fs_mkdirp(nd_loop_t *loop, nd_fs_t *req, const char *path, int mode,
                 nd_fs_cb cb);
/* Create a unique directory named prefix + six random characters; its
 * name is in req->ptr.  The request's path is prefix + "XXXXXX". */
int nd_fs_mkdtemp(nd_loop_t *loop, nd_fs_t *req, const char *prefix,
                  nd_fs_cb cb);
int nd_fs_rmdir(nd_loop_t *loop, nd_fs_t *req, const char *path, nd_fs_cb cb);
/* rm -rf without following links: remove path and, if it is a directory,
 * everything below it.  Entries that vanish meanwhile are not errors (nor
 * is a missing path).  Failures set err_syscall and err_path. */
int nd_fs_rmtree(nd_loop_t *loop, nd_fs_t *req, const char *path, nd_fs_cb cb);
/* The names in directory path except "." and "..", sorted bytewise, with
 * their types, in req->dirents[0 .. req->ndirents); the result is the
 * count.  A type the directory does not record is found with lstat. */
int nd_fs_scandir(nd_loop_t *loop, nd_fs_t *req, const char *path, nd_fs_cb cb);

/* A directory stream.  opendir puts a new stream in req->dir; readdir
 * reads up to max entries from it (in the directory's own order) into
 * req->dirents, result being the count (0 at the end); closedir closes
 * and frees it.  One request at a time per stream: the caller serializes
 * them. */
int nd_fs_opendir(nd_loop_t *loop, nd_fs_t *req, const char *path, nd_fs_cb cb);
int nd_fs_readdir(nd_loop_t *loop, nd_fs_t *req, nd_fs_dir_t *dir, size_t max,
                  nd_fs_cb cb);
int nd_fs_closedir(nd_loop_t *loop, nd_fs_t *req, nd_fs_dir_t *dir,
                   nd_fs_cb cb);

void nd_fs_req_cleanup(nd_fs_t *req);

/* Is mode (nd_stat_t.mode) a regular file / a directory? */
int nd_fs_is_file(uint64_t mode);
int nd_fs_is_dir(uint64_t mode);

/* ---- file system events: a handle ----------------------------------------
 *
 * An nd_fs_event_t watches one file or directory and calls cb on the loop
 * thread, in the poll phase, for every change the OS reports:
 * ND_FS_EVENT_RENAME (created, deleted, moved) or ND_FS_EVENT_CHANGE
 * (contents or attributes).  filename is the entry inside a watched
 * directory, or, for an event about the watched path itself (a file's
 * every event; a directory's own removal or attribute change), its base
 * name, with ND_FS_EVENT_SELF set as well.  On Linux it is an
 * inotify instance of its own, read through an nd_io_t; elsewhere start
 * fails with ND_ENOSYS.
 *
 * It is a handle: its nd_handle_t is ev->io.h (ref/unref it, nd_is_active
 * it), but close it with nd_fs_event_close(), which also releases the OS
 * resources; its memory may be reused in the close callback. */
typedef struct nd_fs_event_s nd_fs_event_t;
typedef void (*nd_fs_event_cb)(nd_fs_event_t *ev, const char *filename,
                               int events, int status);

enum { ND_FS_EVENT_RENAME = 1, ND_FS_EVENT_CHANGE = 2, ND_FS_EVENT_SELF = 4 };

struct nd_fs_event_s {
    nd_io_t io; /* watches the inotify fd; io.h is the handle */
    nd_fs_event_cb cb;
    char *path; /* the watched path, owned */
    int wd;     /* the inotify watch */
};

int nd_fs_event_init(nd_loop_t *loop, nd_fs_event_t *ev);
/* Start watching path.  ND_EBUSY if already started; the OS's errors
 * otherwise (ND_ENOENT, ND_ENOSPC: too many watches). */
int nd_fs_event_start(nd_fs_event_t *ev, nd_fs_event_cb cb, const char *path);
int nd_fs_event_stop(nd_fs_event_t *ev);
void nd_fs_event_close(nd_fs_event_t *ev, nd_close_cb cb);

#endif
