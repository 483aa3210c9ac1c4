/*
 * error.c - names and messages for the ND_E* codes of error.h.
 *
 * The table in error.h is expanded once here into a constant array of
 * (code, name, message) rows; the lookups walk it.  A walk rather than a
 * switch, because on some systems two errno names share one number and a
 * switch with duplicate labels would not compile.  Nothing here allocates
 * or keeps state, so every function is safe from any thread.
 */
#include "error.h"

#include <stddef.h>

typedef struct {
    int code;
    const char *name;
    const char *message;
} err_row_t;

static const err_row_t err_rows[] = {
#define XX(name, own, msg) {ND_##name, #name, msg},
    /* clang-format off */
    ND_ERRNO_MAP(XX)
    ND_OWN_ERROR_MAP(XX)
/* clang-format on */
#undef XX
};

#define ERR_ROWS ((int)(sizeof(err_rows) / sizeof(err_rows[0])))

static const err_row_t *find_row(int code) {
    int i;

    for (i = 0; i < ERR_ROWS; i++) {
        if (err_rows[i].code == code)
            return &err_rows[i];
    }
    return NULL;
}

/* see error.h */
const char *nd_err_name(int code) {
    const err_row_t *row = find_row(code);

    return row != NULL ? row->name : "UNKNOWN";
}

/* see error.h */
const char *nd_err_message(int code) {
    const err_row_t *row = find_row(code);

    return row != NULL ? row->message : "unknown error";
}

#if defined(_WIN32)
/*
 * On Windows the ND_E* numbers are nodule's own, so the C runtime's errno
 * values (set by _open, _read and friends) are mapped by name.  Only the
 * names the Microsoft C runtime defines are listed; anything else becomes
 * ND_EIO, the most honest "it failed" we can give.
 */
static const struct {
    int os;
    int code;
} crt_errnos[] = {
    {EPERM, ND_EPERM},     {ENOENT, ND_ENOENT},
    {ESRCH, ND_ESRCH},     {EINTR, ND_EINTR},
    {EIO, ND_EIO},         {ENXIO, ND_ENXIO},
    {E2BIG, ND_E2BIG},     {EBADF, ND_EBADF},
    {EAGAIN, ND_EAGAIN},   {ENOMEM, ND_ENOMEM},
    {EACCES, ND_EACCES},   {EFAULT, ND_EFAULT},
    {EBUSY, ND_EBUSY},     {EEXIST, ND_EEXIST},
    {EXDEV, ND_EXDEV},     {ENODEV, ND_ENODEV},
    {ENOTDIR, ND_ENOTDIR}, {EISDIR, ND_EISDIR},
    {EINVAL, ND_EINVAL},   {ENFILE, ND_ENFILE},
    {EMFILE, ND_EMFILE},   {EFBIG, ND_EFBIG},
    {ENOSPC, ND_ENOSPC},   {ESPIPE, ND_ESPIPE},
    {EROFS, ND_EROFS},     {EPIPE, ND_EPIPE},
    {ERANGE, ND_ERANGE},   {ENAMETOOLONG, ND_ENAMETOOLONG},
    {ENOSYS, ND_ENOSYS},   {ENOTEMPTY, ND_ENOTEMPTY},
};

/* see error.h */
int nd_err_from_errno(int os_errno) {
    size_t i;

    for (i = 0; i < sizeof(crt_errnos) / sizeof(crt_errnos[0]); i++) {
        if (crt_errnos[i].os == os_errno)
            return crt_errnos[i].code;
    }
    return ND_EIO;
}
#else
/* see error.h */
int nd_err_from_errno(int os_errno) {
    return -os_errno;
}
#endif
