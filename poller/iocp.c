/*
 * iocp.c - the Windows backend: socket readiness through IOCTL_AFD_POLL on
 * an I/O completion port, and a posted completion packet for wake-up.
 *
 * The technique.  Windows has no readiness API that scales (select() and
 * WSAPoll() rescan every socket on every call), but the kernel request they
 * are both built on, IOCTL_AFD_POLL (afd.h), can be issued asynchronously.
 * This backend opens one handle to the AFD driver ("\Device\Afd\Nodule"),
 * associates it with a completion port, and for every watched socket keeps
 * one poll request in flight on that handle, asking for the socket's
 * conditions.  When a condition holds the request completes and its
 * completion packet lands on the port; wait() is one
 * GetQueuedCompletionStatusEx() call that collects them.
 *
 * Level-triggered, like every backend: an AFD poll is one-shot, so a socket
 * whose poll completed is put on the `dirty` list and re-armed at the start
 * of the next wait().  A poll issued while its condition still holds
 * completes at once, so a socket that was not drained is reported again;
 * one that was drained stays quiet.
 *
 * Per socket (a sock_t, found through the fd-indexed table `socks`): the
 * interest, the base socket handle (Winsock may layer providers over the
 * real socket; AFD wants the real one) and the request in flight, if any.
 * A request (req_t) holds the IO_STATUS_BLOCK and AFD_POLL_INFO the kernel
 * writes into until its completion is dequeued, so it lives apart from its
 * socket: when a socket is unwatched, or its interest changes while a
 * request is in flight, the request is cancelled (CancelIoEx) and detached
 * (its `sock` set to NULL), and a detached request is freed by whichever
 * wait() dequeues its completion.  The socket itself can then be freed, or
 * re-armed with its new interest, at once.  destroy() cancels everything
 * and waits for every outstanding request before freeing.  A completed
 * request is kept as its socket's `spare` for the next arm, so a busy
 * socket does not allocate.  Because requests are made on our own AFD
 * handle, not on the socket, they can be cancelled even after the caller
 * has closed the socket, and the socket itself is never bound to our
 * completion port (a socket can belong to one port only, for ever, and it
 * is the caller's).
 *
 * What maps to what: RECEIVE and ACCEPT are ND_POLL_IN, SEND is ND_POLL_OUT,
 * DISCONNECT (the peer's FIN) is ND_POLL_HUP plus ND_POLL_IN (a read now
 * returns end of file), ABORT (reset) is ND_POLL_HUP | ND_POLL_ERR, and
 * CONNECT_FAIL is ND_POLL_ERR | ND_POLL_HUP (SO_ERROR says why).
 * DISCONNECT, ABORT and CONNECT_FAIL are always asked for, as HUP and ERR
 * are always reported by the contract.  LOCAL_CLOSE (the caller closed the
 * socket while watching it) is never reported: the socket is left idle
 * until it is unwatched.
 *
 * Limits.  Only sockets can be watched: any other handle is refused with
 * ND_EPERM (files, pipes and consoles go through the thread pool, as
 * DESIGN.md says), an invalid one with ND_EBADF.  An "fd" here is the
 * SOCKET value, which fits an int for every socket Windows hands out (the
 * values are small multiples of 4); one at or above ND_POLLER_MAX_FD is
 * refused with ND_ERANGE like anywhere else.  A socket that fails to re-arm
 * (it was closed without being unwatched) is reported once as
 * ND_POLL_ERR | ND_POLL_HUP and then left idle.  Which NTSTATUS the
 * completions of a closed socket carry differs between Windows versions
 * (and Wine); nothing here depends on it.
 *
 * Threading: everything runs on the owning loop's thread except wake(),
 * which posts one packet to the port (thread-safe by design) and is
 * coalesced with an atomic flag: the flag is set by the first wake and
 * cleared by the wait() that dequeues the packet.  Windows has no
 * asynchronous signals, so nothing here runs in a signal handler.
 */
#include "poller.h"
#include "poller_int.h"
#include "afd.h"

#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <mswsock.h>

/* How many completions one wait() may dequeue. */
#define IOCP_BATCH 256

/* The completion key of the wake-up packet; poll completions carry 0. */
#define WAKE_KEY ((ULONG_PTR)1)

/* Conditions asked for whatever the interest, because the contract always
 * reports hang-ups and errors. */
#define ALWAYS_ASKED                                                           \
    (ND_AFD_POLL_DISCONNECT | ND_AFD_POLL_ABORT | ND_AFD_POLL_CONNECT_FAIL |   \
     ND_AFD_POLL_LOCAL_CLOSE)

typedef struct sock_s sock_t;
typedef struct req_s req_t;

struct req_s {
    IO_STATUS_BLOCK iosb;    /* first: the OVERLAPPED the port hands back */
    nd_afd_poll_info_t info; /* written by the kernel while in flight */
    sock_t *sock;            /* NULL once detached */
};

struct sock_s {
    int fd;
    HANDLE base;       /* the provider's own socket handle */
    unsigned interest; /* ND_POLL_IN / ND_POLL_OUT */
    ULONG asked;       /* AFD bits of the request in flight */
    req_t *req;        /* the request in flight, or NULL */
    req_t *spare;      /* a finished request, kept for the next arm */
    int dirty;         /* on the dirty list */
    int idle;          /* closed under us: do not re-arm */
    sock_t *next_dirty;
};

typedef struct {
    nd_poller_t base; /* must be first: nd_poller_t * points here */
    HANDLE port;
    HANDLE afd;
    sock_t **socks; /* indexed by fd; NULL = not watched */
    int nsocks;
    sock_t *dirty; /* sockets to (re-)arm before the next wait */
    int in_flight; /* requests not yet dequeued, detached ones included */
    atomic_int wake_pending;
    OVERLAPPED_ENTRY entries[IOCP_BATCH];
} iocp_poller_t;

/* Translate a Win32 error into an ND_E* code (only the ones this backend
 * can meet; the rest are ND_EIO). */
static int err_from_win32(DWORD e) {
    switch (e) {
    case ERROR_NOT_ENOUGH_MEMORY:
    case ERROR_OUTOFMEMORY:
        return ND_ENOMEM;
    case ERROR_INVALID_HANDLE:
    case WSAENOTSOCK:
        return ND_EBADF;
    case ERROR_INVALID_PARAMETER:
        return ND_EINVAL;
    default:
        return ND_EIO;
    }
}

static ULONG to_afd(unsigned events) {
    ULONG bits = ALWAYS_ASKED;

    if (events & ND_POLL_IN)
        bits |= ND_AFD_POLL_RECEIVE | ND_AFD_POLL_ACCEPT;
    if (events & ND_POLL_OUT)
        bits |= ND_AFD_POLL_SEND;
    return bits;
}

static unsigned from_afd(ULONG bits) {
    unsigned events = 0;

    if (bits & (ND_AFD_POLL_RECEIVE | ND_AFD_POLL_RECEIVE_EXPEDITED |
                ND_AFD_POLL_ACCEPT))
        events |= ND_POLL_IN;
    if (bits & ND_AFD_POLL_SEND)
        events |= ND_POLL_OUT;
    if (bits & ND_AFD_POLL_DISCONNECT)
        events |= ND_POLL_IN | ND_POLL_HUP;
    if (bits & ND_AFD_POLL_ABORT)
        events |= ND_POLL_HUP | ND_POLL_ERR;
    if (bits & ND_AFD_POLL_CONNECT_FAIL)
        events |= ND_POLL_ERR | ND_POLL_HUP;
    return events;
}

/* Open our own handle to the AFD driver.  Any name under \Device\Afd gives
 * a fresh endpoint; the suffix only makes it recognisable in tools. */
static HANDLE open_afd(void) {
    static const WCHAR name[] = L"\\Device\\Afd\\Nodule";
    UNICODE_STRING path;
    OBJECT_ATTRIBUTES attr;
    IO_STATUS_BLOCK iosb;
    HANDLE h = INVALID_HANDLE_VALUE;
    NTSTATUS st;

    path.Buffer = (PWSTR)name;
    path.Length = sizeof(name) - sizeof(WCHAR);
    path.MaximumLength = sizeof(name);
    InitializeObjectAttributes(&attr, &path, 0, NULL, NULL);
    st =
        NtCreateFile(&h, SYNCHRONIZE, &attr, &iosb, NULL, 0,
                     FILE_SHARE_READ | FILE_SHARE_WRITE, FILE_OPEN, 0, NULL, 0);
    if (st != 0) {
        SetLastError(RtlNtStatusToDosError(st));
        return INVALID_HANDLE_VALUE;
    }
    return h;
}

static int iocp_create(nd_poller_t **out) {
    iocp_poller_t *ip;
    WSADATA wsa;
    int err;

    *out = NULL;
    if (WSAStartup(MAKEWORD(2, 2), &wsa) != 0)
        return ND_ENOSYS;
    ip = calloc(1, sizeof(*ip));
    if (ip == NULL) {
        WSACleanup();
        return ND_ENOMEM;
    }
    ip->base.ops = &nd_poller_iocp;
    atomic_init(&ip->wake_pending, 0);
    ip->port = CreateIoCompletionPort(INVALID_HANDLE_VALUE, NULL, 0, 1);
    if (ip->port == NULL)
        goto fail;
    ip->afd = open_afd();
    if (ip->afd == INVALID_HANDLE_VALUE)
        goto fail;
    if (CreateIoCompletionPort(ip->afd, ip->port, 0, 0) == NULL)
        goto fail;
    /* Completions go to the port only; nobody waits on the handle. */
    SetFileCompletionNotificationModes(ip->afd, FILE_SKIP_SET_EVENT_ON_HANDLE);
    *out = &ip->base;
    return 0;

fail:
    err = err_from_win32(GetLastError());
    if (ip->afd != NULL && ip->afd != INVALID_HANDLE_VALUE)
        CloseHandle(ip->afd);
    if (ip->port != NULL)
        CloseHandle(ip->port);
    free(ip);
    WSACleanup();
    return err;
}

/* Cancel s's request, if any, and leave it to be freed when its
 * completion is dequeued. */
static void detach(iocp_poller_t *ip, sock_t *s) {
    if (s->req == NULL)
        return;
    /* ERROR_NOT_FOUND: the request completed already; its packet is on
     * the port and will be dequeued like a cancelled one. */
    CancelIoEx(ip->afd, (LPOVERLAPPED)&s->req->iosb);
    s->req->sock = NULL;
    s->req = NULL;
}

static void mark_dirty(iocp_poller_t *ip, sock_t *s) {
    if (s->dirty)
        return;
    s->dirty = 1;
    s->next_dirty = ip->dirty;
    ip->dirty = s;
}

/* A request's completion has been dequeued.  Returns the socket it was
 * for (NULL if detached) and in *events what to report (0 for nothing). */
static sock_t *completed(iocp_poller_t *ip, req_t *req, unsigned *events) {
    sock_t *s = req->sock;
    NTSTATUS st = (NTSTATUS)req->iosb.Status;
    ULONG bits = req->info.count >= 1 ? req->info.handles[0].events : 0;

    *events = 0;
    ip->in_flight--;
    if (s == NULL) {
        free(req);
        return NULL;
    }
    s->req = NULL;
    if (s->spare == NULL)
        s->spare = req;
    else
        free(req);
    if (st != 0)
        bits = 0; /* cancelled or failed: nothing to report, re-arm */
    if (bits & ND_AFD_POLL_LOCAL_CLOSE) {
        s->idle = 1; /* closed without unwatch: stay quiet */
        return s;
    }
    *events = from_afd(bits) & (s->interest | ND_POLL_HUP | ND_POLL_ERR);
    mark_dirty(ip, s);
    return s;
}

/* Issue a poll request for s.  0 on success (the result comes through the
 * port), else an ND_E* code and s stays without a request. */
static int arm(iocp_poller_t *ip, sock_t *s) {
    req_t *req = s->spare;
    NTSTATUS st;

    if (req == NULL) {
        req = malloc(sizeof(*req));
        if (req == NULL)
            return ND_ENOMEM;
    }
    s->spare = NULL;
    memset(req, 0, sizeof(*req));
    req->sock = s;
    req->info.timeout.QuadPart = INT64_MAX;
    req->info.count = 1;
    req->info.exclusive = FALSE;
    req->info.handles[0].handle = s->base;
    req->info.handles[0].events = to_afd(s->interest);
    req->iosb.Status = STATUS_PENDING;
    st = NtDeviceIoControlFile(ip->afd, NULL, NULL, &req->iosb, &req->iosb,
                               ND_IOCTL_AFD_POLL, &req->info, sizeof(req->info),
                               &req->info, sizeof(req->info));
    /* Success and STATUS_PENDING both mean a completion packet will come
     * (we did not ask to skip it on success). */
    if (st != 0 && st != STATUS_PENDING) {
        s->spare = req;
        return err_from_win32(RtlNtStatusToDosError(st));
    }
    s->req = req;
    s->asked = req->info.handles[0].events;
    ip->in_flight++;
    return 0;
}

/* Arm every dirty socket that needs it; a socket that cannot be armed is
 * reported in fired[] (up to max) as an error.  Returns the count put in
 * fired[]. */
static int arm_dirty(iocp_poller_t *ip, nd_poller_event_t *fired, int max) {
    sock_t *s = ip->dirty, *next;
    int count = 0;

    ip->dirty = NULL;
    for (; s != NULL; s = next) {
        next = s->next_dirty;
        s->dirty = 0;
        if (s->idle)
            continue;
        if (s->req != NULL) {
            if (s->asked == to_afd(s->interest))
                continue;  /* the request in flight asks the right thing */
            detach(ip, s); /* the interest changed: ask again */
        }
        if (arm(ip, s) == 0)
            continue;
        if (count < max) {
            s->idle = 1;
            fired[count].fd = s->fd;
            fired[count].events = ND_POLL_ERR | ND_POLL_HUP;
            count++;
        } else {
            mark_dirty(ip, s); /* report it next time */
        }
    }
    return count;
}

/* Forget s: cancel its request and free it. */
static void drop(iocp_poller_t *ip, sock_t *s) {
    detach(ip, s);
    free(s->spare);
    free(s);
}

static void iocp_destroy(nd_poller_t *p) {
    iocp_poller_t *ip = (iocp_poller_t *)p;
    unsigned events;
    ULONG n, i;
    int fd;

    for (fd = 0; fd < ip->nsocks; fd++) {
        if (ip->socks[fd] != NULL)
            drop(ip, ip->socks[fd]);
    }
    /* The kernel writes into every request until its packet is dequeued:
     * wait for all of them (cancellation always completes). */
    while (ip->in_flight > 0) {
        if (!GetQueuedCompletionStatusEx(ip->port, ip->entries, IOCP_BATCH, &n,
                                         INFINITE, FALSE))
            break;
        for (i = 0; i < n; i++) {
            if (ip->entries[i].lpCompletionKey == WAKE_KEY)
                continue;
            completed(ip, (req_t *)ip->entries[i].lpOverlapped, &events);
        }
    }
    free(ip->socks);
    CloseHandle(ip->afd);
    CloseHandle(ip->port);
    free(ip);
    WSACleanup();
}

/* Find the provider socket under a possibly layered one, and tell a socket
 * from a handle that is not one (ND_EPERM) or no handle at all (ND_EBADF). */
static int base_socket(int fd, HANDLE *out) {
    SOCKET sock = (SOCKET)(uintptr_t)fd, base = INVALID_SOCKET;
    DWORD bytes = 0;
    int type, len = sizeof(type);

    if (getsockopt(sock, SOL_SOCKET, SO_TYPE, (char *)&type, &len) != 0) {
        DWORD flags;

        if (WSAGetLastError() == WSAENOTSOCK &&
            GetHandleInformation((HANDLE)(uintptr_t)fd, &flags))
            return ND_EPERM; /* a real handle, but not a socket */
        return ND_EBADF;
    }
    if (WSAIoctl(sock, SIO_BASE_HANDLE, NULL, 0, &base, sizeof(base), &bytes,
                 NULL, NULL) != 0 ||
        base == INVALID_SOCKET)
        base = sock; /* no layered providers: the socket is its own base */
    *out = (HANDLE)base;
    return 0;
}

static int grow_socks(iocp_poller_t *ip, int fd) {
    sock_t **table =
        nd__poller_grow(ip->socks, &ip->nsocks, fd, sizeof(*table));

    if (table == NULL)
        return ND_ENOMEM;
    ip->socks = table;
    return 0;
}

static int iocp_watch(nd_poller_t *p, int fd, unsigned events) {
    iocp_poller_t *ip = (iocp_poller_t *)p;
    sock_t *s;
    HANDLE base;
    int err = nd__poller_check_fd(fd);

    if (err != 0)
        return err;
    err = base_socket(fd, &base);
    if (err != 0)
        return err;
    events &= ND_POLL_IN | ND_POLL_OUT;
    s = fd < ip->nsocks ? ip->socks[fd] : NULL;
    if (s == NULL) {
        err = grow_socks(ip, fd);
        if (err != 0)
            return err;
        s = calloc(1, sizeof(*s));
        if (s == NULL)
            return ND_ENOMEM;
        s->fd = fd;
        ip->socks[fd] = s;
    }
    if (s->req != NULL && s->base != base)
        detach(ip, s); /* a new socket under a reused number */
    s->base = base;
    s->interest = events;
    s->idle = 0;
    mark_dirty(ip, s);
    return 0;
}

static int iocp_unwatch(nd_poller_t *p, int fd) {
    iocp_poller_t *ip = (iocp_poller_t *)p;
    sock_t *s, **link;
    int err = nd__poller_check_fd(fd);

    if (err != 0)
        return err;
    s = fd < ip->nsocks ? ip->socks[fd] : NULL;
    if (s == NULL)
        return 0;
    ip->socks[fd] = NULL;
    if (s->dirty) {
        for (link = &ip->dirty; *link != s; link = &(*link)->next_dirty)
            ;
        *link = s->next_dirty;
        s->dirty = 0;
    }
    drop(ip, s);
    return 0;
}

/* Dequeue what the port holds (waiting up to `timeout`) into fired[] from
 * *count on.  Returns 1 if the wake-up packet was among it, else 0, or a
 * negative code. */
static int collect(iocp_poller_t *ip, DWORD timeout, nd_poller_event_t *fired,
                   int max, int *count) {
    ULONG room = (ULONG)(max - *count), n = 0, i;
    int woken = 0;

    if (room > IOCP_BATCH)
        room = IOCP_BATCH;
    if (!GetQueuedCompletionStatusEx(ip->port, ip->entries, room, &n, timeout,
                                     FALSE))
        return GetLastError() == WAIT_TIMEOUT ? 0
                                              : err_from_win32(GetLastError());
    for (i = 0; i < n; i++) {
        OVERLAPPED_ENTRY *e = &ip->entries[i];
        sock_t *s;
        unsigned events;

        if (e->lpCompletionKey == WAKE_KEY) {
            atomic_store(&ip->wake_pending, 0);
            woken = 1;
            continue;
        }
        s = completed(ip, (req_t *)e->lpOverlapped, &events);
        if (s != NULL && events != 0) {
            fired[*count].fd = s->fd;
            fired[*count].events = events;
            (*count)++;
        }
    }
    return woken;
}

static int iocp_wait(nd_poller_t *p, int timeout_ms, nd_poller_event_t *fired,
                     int max) {
    iocp_poller_t *ip = (iocp_poller_t *)p;
    ULONGLONG deadline = GetTickCount64() + (ULONGLONG)timeout_ms;
    DWORD timeout;
    int count, rc;

    if (fired == NULL || max <= 0)
        return ND_EINVAL;
    for (;;) {
        count = arm_dirty(ip, fired, max);
        if (count == max)
            return count;
        if (count > 0 || timeout_ms == 0)
            timeout = 0; /* something to report already: just look */
        else if (timeout_ms < 0)
            timeout = INFINITE;
        else if (GetTickCount64() >= deadline)
            timeout = 0;
        else
            timeout = (DWORD)(deadline - GetTickCount64());
        rc = collect(ip, timeout, fired, max, &count);
        if (rc < 0)
            return count > 0 ? count : rc;
        /* Completions that carried nothing of interest (a cancelled
         * request, a condition the interest no longer wants) are not a
         * reason to return: re-arm and wait out the rest of the time. */
        if (count > 0 || rc == 1 || timeout == 0)
            return count;
        if (timeout_ms >= 0 && GetTickCount64() >= deadline)
            return 0;
    }
}

static int iocp_wake(nd_poller_t *p) {
    iocp_poller_t *ip = (iocp_poller_t *)p;

    if (atomic_exchange(&ip->wake_pending, 1) != 0)
        return 0; /* a wake-up packet is already queued */
    if (!PostQueuedCompletionStatus(ip->port, 0, WAKE_KEY, NULL)) {
        atomic_store(&ip->wake_pending, 0);
        return err_from_win32(GetLastError());
    }
    return 0;
}

const nd_poller_ops_t nd_poller_iocp = {
    "iocp",       iocp_create, iocp_destroy, iocp_watch,
    iocp_unwatch, iocp_wait,   iocp_wake,
};
