/*
 * error.h - the one error table every layer of nodule shares.
 *
 * Every fallible function in poller/, pool/, loop/ and engine/ returns 0 (or
 * a count) on success and a negative ND_E* code on failure.  The table lives
 * in the lowest layer so that every layer above can use it.  On POSIX the
 * codes are the negated errno values, so translating an OS error is just
 * `-errno`; on other systems the numbers are nodule's own (see the second
 * column), and the layer that talks to the OS maps its errors onto them.
 *
 * ND_ERRNO_MAP(XX) expands XX(NAME, number-if-no-errno, "message") once per
 * code.  The messages are the ones Node prints ("no such file or directory").
 */
#ifndef ND_ERROR_H
#define ND_ERROR_H

#include <errno.h>

#define ND_ERRNO_MAP(XX)                                                       \
    XX(E2BIG, 4001, "argument list too long")                                  \
    XX(EACCES, 4002, "permission denied")                                      \
    XX(EADDRINUSE, 4003, "address already in use")                             \
    XX(EADDRNOTAVAIL, 4004, "address not available")                           \
    XX(EAFNOSUPPORT, 4005, "address family not supported")                     \
    XX(EAGAIN, 4006, "resource temporarily unavailable")                       \
    XX(EALREADY, 4007, "connection already in progress")                       \
    XX(EBADF, 4008, "bad file descriptor")                                     \
    XX(EBUSY, 4009, "resource busy or locked")                                 \
    XX(ECANCELED, 4010, "operation canceled")                                  \
    XX(ECONNABORTED, 4011, "software caused connection abort")                 \
    XX(ECONNREFUSED, 4012, "connection refused")                               \
    XX(ECONNRESET, 4013, "connection reset by peer")                           \
    XX(EEXIST, 4014, "file already exists")                                    \
    XX(EFAULT, 4015, "bad address in system call argument")                    \
    XX(EFBIG, 4016, "file too large")                                          \
    XX(EHOSTUNREACH, 4017, "host is unreachable")                              \
    XX(EINTR, 4018, "interrupted system call")                                 \
    XX(EINVAL, 4019, "invalid argument")                                       \
    XX(EIO, 4020, "i/o error")                                                 \
    XX(EISCONN, 4021, "socket is already connected")                           \
    XX(EISDIR, 4022, "illegal operation on a directory")                       \
    XX(ELOOP, 4023, "too many symbolic links encountered")                     \
    XX(EMFILE, 4024, "too many open files")                                    \
    XX(EMSGSIZE, 4025, "message too long")                                     \
    XX(ENAMETOOLONG, 4026, "name too long")                                    \
    XX(ENETDOWN, 4027, "network is down")                                      \
    XX(ENETUNREACH, 4028, "network is unreachable")                            \
    XX(ENFILE, 4029, "file table overflow")                                    \
    XX(ENOBUFS, 4030, "no buffer space available")                             \
    XX(ENODEV, 4031, "no such device")                                         \
    XX(ENOENT, 4032, "no such file or directory")                              \
    XX(ENOMEM, 4033, "not enough memory")                                      \
    XX(ENOSPC, 4034, "no space left on device")                                \
    XX(ENOSYS, 4035, "function not implemented")                               \
    XX(ENOTCONN, 4036, "socket is not connected")                              \
    XX(ENOTDIR, 4037, "not a directory")                                       \
    XX(ENOTEMPTY, 4038, "directory not empty")                                 \
    XX(ENOTSOCK, 4039, "socket operation on non-socket")                       \
    XX(ENOTSUP, 4040, "operation not supported on socket")                     \
    XX(ENXIO, 4041, "no such device or address")                               \
    XX(EPERM, 4042, "operation not permitted")                                 \
    XX(EPIPE, 4043, "broken pipe")                                             \
    XX(ERANGE, 4044, "result too large")                                       \
    XX(EROFS, 4045, "read-only file system")                                   \
    XX(ESPIPE, 4046, "invalid seek")                                           \
    XX(ESRCH, 4047, "no such process")                                         \
    XX(ETIMEDOUT, 4048, "connection timed out")                                \
    XX(ETXTBSY, 4049, "text file is busy")                                     \
    XX(EXDEV, 4050, "cross-device link not permitted")

/* Codes that are nodule's own on every system (no errno equivalent).  The
 * EAI_* codes are getaddrinfo's and getnameinfo's results (loop/dns.c maps
 * the resolver's values onto them). */
#define ND_OWN_ERROR_MAP(XX)                                                   \
    XX(EOF, 4095, "end of file")                                               \
    XX(EAI_ADDRFAMILY, 3000, "address family not supported")                   \
    XX(EAI_AGAIN, 3001, "temporary failure")                                   \
    XX(EAI_BADFLAGS, 3002, "bad ai_flags value")                               \
    XX(EAI_CANCELED, 3003, "request canceled")                                 \
    XX(EAI_FAIL, 3004, "permanent failure")                                    \
    XX(EAI_FAMILY, 3005, "ai_family not supported")                            \
    XX(EAI_MEMORY, 3006, "out of memory")                                      \
    XX(EAI_NODATA, 3007, "no address")                                         \
    XX(EAI_NONAME, 3008, "unknown node or service")                            \
    XX(EAI_OVERFLOW, 3009, "argument buffer overflow")                         \
    XX(EAI_SERVICE, 3010, "service not available for socket type")             \
    XX(EAI_SOCKTYPE, 3011, "socket type not supported")

#if defined(_WIN32)
#define ND__ERRNUM(name, own) (-(own))
#else
#define ND__ERRNUM(name, own) (-(name))
#endif

enum nd_errno {
#define XX(name, own, msg) ND_##name = ND__ERRNUM(name, own),
    ND_ERRNO_MAP(XX)
#undef XX
#define XX(name, own, msg) ND_##name = -(own),
        ND_OWN_ERROR_MAP(XX)
#undef XX
            ND__ERRNO_END = 0
};

/* The code's name, "ENOENT", or "UNKNOWN" for a code not in the table. */
const char *nd_err_name(int code);

/* Node's message for the code, "no such file or directory", or
 * "unknown error". */
const char *nd_err_message(int code);

/* Translate an OS errno value (positive) into an ND_E* code.  On POSIX this
 * is just the negation; it exists so the call sites read the same on every
 * system. */
int nd_err_from_errno(int os_errno);

#endif
