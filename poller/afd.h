/*
 * afd.h - the few declarations of the Windows "Ancillary Function Driver"
 * (AFD, the kernel side of Winsock) that iocp.c needs and no public header
 * provides.  Included by iocp.c only.
 *
 * IOCTL_AFD_POLL is the request that select() and WSAPoll() are built on:
 * given socket handles and a mask of AFD_POLL_* conditions, it completes
 * when any condition holds (at once if one already does) and reports which
 * did.  Issued on a handle that is associated with an I/O completion port,
 * its completion arrives on that port, which is how a readiness poller is
 * built on IOCP.  The control code and the layouts below are the ones the
 * public Windows and ReactOS/Wine sources document; they have been stable
 * since Windows XP.
 */
#ifndef ND_AFD_H
#define ND_AFD_H

#include <winsock2.h>
#include <windows.h>
#include <winternl.h>

/* CTL_CODE(FILE_DEVICE_NETWORK, AFD_POLL = 9, METHOD_BUFFERED,
 * FILE_ANY_ACCESS) */
#define ND_IOCTL_AFD_POLL 0x00012024

/* AFD_POLL_* condition bits (both requested and reported). */
#define ND_AFD_POLL_RECEIVE           0x0001
#define ND_AFD_POLL_RECEIVE_EXPEDITED 0x0002
#define ND_AFD_POLL_SEND              0x0004
#define ND_AFD_POLL_DISCONNECT        0x0008 /* the peer shut down (FIN) */
#define ND_AFD_POLL_ABORT             0x0010 /* the connection was reset */
#define ND_AFD_POLL_LOCAL_CLOSE       0x0020 /* the socket was closed here */
#define ND_AFD_POLL_ACCEPT            0x0080 /* a connection can be accepted */
#define ND_AFD_POLL_CONNECT_FAIL      0x0100 /* a connect() failed */

typedef struct {
    HANDLE handle;   /* the base (provider) socket handle */
    ULONG events;    /* in: conditions asked for; out: those that hold */
    NTSTATUS status; /* out: per-socket status */
} nd_afd_poll_handle_t;

typedef struct {
    LARGE_INTEGER timeout; /* absolute/relative 100 ns; INT64_MAX = none */
    ULONG count;           /* entries in handles[] */
    ULONG exclusive;       /* FALSE: other polls on the socket carry on */
    nd_afd_poll_handle_t handles[1];
} nd_afd_poll_info_t;

#endif
