/*
 * nd_bsd_abi.h - the slice of the FreeBSD and macOS C interface that
 * poller/kqueue.c (and the poller files it is built with) use, for
 * compile-checking them without a FreeBSD or macOS sysroot
 * (tools/check-kqueue.sh).  Every standard header name in this directory
 * (<errno.h>, <sys/event.h>, ...) just includes this file.
 *
 * Where the values come from: the documented, stable ABIs of the two
 * systems - FreeBSD 12 and later (sys/event.h with the 64-bit `data` and
 * `ext[4]` fields of the FreeBSD 12 kevent; sys/stat.h with the 64-bit
 * inode layout of FreeBSD 12) and macOS 11 and later (sys/event.h's
 * struct kevent, the 64-bit-inode struct stat that macOS uses by default,
 * reached through the `fstat$INODE64` symbol on x86_64), and the errno
 * numbers both inherited from 4.4BSD (they differ only from 82 up, e.g.
 * ECANCELED).  The sizes and field offsets the code relies on are pinned
 * with _Static_assert below, so a slip in a declaration fails the check
 * instead of passing silently.  This is a compile check, not a port: a
 * declaration here proves nothing about behaviour, only that kqueue.c is
 * well-formed C for those targets and uses the interface as declared.
 */
#ifndef ND_BSD_ABI_H
#define ND_BSD_ABI_H

#if !defined(__FreeBSD__) && !defined(__APPLE__)
#error "nd_bsd_abi.h is for FreeBSD and macOS targets only"
#endif
#if !defined(__LP64__)
#error "only the 64-bit targets are declared"
#endif

#include <stddef.h> /* clang's own: size_t, NULL, offsetof */
#include <stdint.h> /* clang's own in -ffreestanding mode */

/* ---- sys/types.h ------------------------------------------------------- */
typedef long ssize_t;
typedef int64_t time_t;
typedef int64_t off_t;
typedef uint32_t uid_t;
typedef uint32_t gid_t;
#if defined(__FreeBSD__)
typedef uint64_t dev_t;
typedef uint64_t ino_t;
typedef uint64_t nlink_t;
typedef uint16_t mode_t;
#else
typedef int32_t dev_t;
typedef uint64_t ino_t;
typedef uint16_t nlink_t;
typedef uint16_t mode_t;
#endif

/* ---- errno.h ----------------------------------------------------------- */
int *__error(void);
#define errno         (*__error())
#define EPERM         1
#define ENOENT        2
#define ESRCH         3
#define EINTR         4
#define EIO           5
#define ENXIO         6
#define E2BIG         7
#define EBADF         9
#define ENOMEM        12
#define EACCES        13
#define EFAULT        14
#define EBUSY         16
#define EEXIST        17
#define EXDEV         18
#define ENODEV        19
#define ENOTDIR       20
#define EISDIR        21
#define EINVAL        22
#define ENFILE        23
#define EMFILE        24
#define ETXTBSY       26
#define EFBIG         27
#define ENOSPC        28
#define ESPIPE        29
#define EROFS         30
#define EPIPE         32
#define ERANGE        34
#define EAGAIN        35
#define EINPROGRESS   36
#define EALREADY      37
#define ENOTSOCK      38
#define EMSGSIZE      40
#define ENOTSUP       45
#define EAFNOSUPPORT  47
#define EADDRINUSE    48
#define EADDRNOTAVAIL 49
#define ENETDOWN      50
#define ENETUNREACH   51
#define ECONNABORTED  53
#define ECONNRESET    54
#define ENOBUFS       55
#define EISCONN       56
#define ENOTCONN      57
#define ETIMEDOUT     60
#define ECONNREFUSED  61
#define ELOOP         62
#define ENAMETOOLONG  63
#define EHOSTUNREACH  65
#define ENOTEMPTY     66
#define ENOSYS        78
#if defined(__FreeBSD__)
#define ECANCELED 85
#else
#define ECANCELED 89
#endif

/* ---- stdlib.h, string.h, unistd.h, fcntl.h ----------------------------- */
void *calloc(size_t n, size_t size);
void *malloc(size_t size);
void *realloc(void *p, size_t size);
void free(void *p);
char *getenv(const char *name);
void *memset(void *s, int c, size_t n);
void *memcpy(void *d, const void *s, size_t n);
int strcmp(const char *a, const char *b);
int close(int fd);
int issetugid(void);
int fcntl(int fd, int cmd, ...);
#define F_GETFD    1
#define F_SETFD    2
#define F_GETFL    3
#define F_SETFL    4
#define FD_CLOEXEC 1
#define O_NONBLOCK 0x0004

/* ---- time.h ------------------------------------------------------------ */
struct timespec {
    time_t tv_sec;
    long tv_nsec;
};
_Static_assert(sizeof(struct timespec) == 16, "timespec");

/* ---- sys/stat.h -------------------------------------------------------- */
#if defined(__FreeBSD__)
struct stat { /* FreeBSD 12+ (ino64) */
    dev_t st_dev;
    ino_t st_ino;
    nlink_t st_nlink;
    mode_t st_mode;
    int16_t st_padding0;
    uid_t st_uid;
    gid_t st_gid;
    int32_t st_padding1;
    dev_t st_rdev;
    struct timespec st_atim, st_mtim, st_ctim, st_birthtim;
    off_t st_size;
    int64_t st_blocks;
    int32_t st_blksize;
    uint32_t st_flags;
    uint64_t st_gen;
    int64_t st_spare[10];
};
_Static_assert(sizeof(struct stat) == 224, "FreeBSD struct stat");
_Static_assert(offsetof(struct stat, st_mode) == 24, "FreeBSD st_mode");
int fstat(int fd, struct stat *st);
#else
struct stat { /* macOS, 64-bit inodes (the default since 10.6) */
    dev_t st_dev;
    mode_t st_mode;
    nlink_t st_nlink;
    ino_t st_ino;
    uid_t st_uid;
    gid_t st_gid;
    dev_t st_rdev;
    struct timespec st_atimespec, st_mtimespec, st_ctimespec, st_birthtimespec;
    off_t st_size;
    int64_t st_blocks;
    int32_t st_blksize;
    uint32_t st_flags;
    uint32_t st_gen;
    int32_t st_lspare;
    int64_t st_qspare[2];
};
_Static_assert(sizeof(struct stat) == 144, "macOS struct stat");
_Static_assert(offsetof(struct stat, st_mode) == 4, "macOS st_mode");
#if defined(__x86_64__)
int fstat(int fd, struct stat *st) __asm("_fstat$INODE64");
#else
int fstat(int fd, struct stat *st);
#endif
#endif
#define S_IFMT     0170000
#define S_IFDIR    0040000
#define S_IFREG    0100000
#define S_ISDIR(m) (((m)&S_IFMT) == S_IFDIR)
#define S_ISREG(m) (((m)&S_IFMT) == S_IFREG)

/* ---- sys/event.h ------------------------------------------------------- */
#if defined(__FreeBSD__)
struct kevent { /* FreeBSD 12+ */
    uintptr_t ident;
    short filter;
    unsigned short flags;
    unsigned int fflags;
    int64_t data;
    void *udata;
    uint64_t ext[4];
};
_Static_assert(sizeof(struct kevent) == 64, "FreeBSD struct kevent");
_Static_assert(offsetof(struct kevent, data) == 16, "FreeBSD kevent.data");
_Static_assert(offsetof(struct kevent, udata) == 24, "FreeBSD kevent.udata");
_Static_assert(offsetof(struct kevent, ext) == 32, "FreeBSD kevent.ext");
#define EV_SET(kevp, a, b, c, d, e, f)                                         \
    do {                                                                       \
        struct kevent *ev_ = (kevp);                                           \
        ev_->ident = (a);                                                      \
        ev_->filter = (b);                                                     \
        ev_->flags = (c);                                                      \
        ev_->fflags = (d);                                                     \
        ev_->data = (e);                                                       \
        ev_->udata = (f);                                                      \
        ev_->ext[0] = ev_->ext[1] = ev_->ext[2] = ev_->ext[3] = 0;             \
    } while (0)
#define EVFILT_USER (-11)
#else
struct kevent { /* macOS */
    uintptr_t ident;
    int16_t filter;
    uint16_t flags;
    uint32_t fflags;
    intptr_t data;
    void *udata;
};
_Static_assert(sizeof(struct kevent) == 32, "macOS struct kevent");
_Static_assert(offsetof(struct kevent, data) == 16, "macOS kevent.data");
_Static_assert(offsetof(struct kevent, udata) == 24, "macOS kevent.udata");
#define EV_SET(kevp, a, b, c, d, e, f)                                         \
    do {                                                                       \
        struct kevent *ev_ = (kevp);                                           \
        ev_->ident = (a);                                                      \
        ev_->filter = (b);                                                     \
        ev_->flags = (c);                                                      \
        ev_->fflags = (d);                                                     \
        ev_->data = (e);                                                       \
        ev_->udata = (f);                                                      \
    } while (0)
#define EVFILT_USER (-10)
#endif
_Static_assert(offsetof(struct kevent, filter) == 8, "kevent.filter");
_Static_assert(offsetof(struct kevent, flags) == 10, "kevent.flags");
_Static_assert(offsetof(struct kevent, fflags) == 12, "kevent.fflags");
#define EVFILT_READ  (-1)
#define EVFILT_WRITE (-2)
#define EV_ADD       0x0001
#define EV_DELETE    0x0002
#define EV_ENABLE    0x0004
#define EV_DISABLE   0x0008
#define EV_ONESHOT   0x0010
#define EV_CLEAR     0x0020
#define EV_ERROR     0x4000
#define EV_EOF       0x8000
#define NOTE_TRIGGER 0x01000000
int kqueue(void);
int kevent(int kq, const struct kevent *changes, int nchanges,
           struct kevent *events, int nevents, const struct timespec *timeout);

#endif
