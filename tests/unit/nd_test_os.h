/*
 * nd_test_os.h - what the C unit tests need from the OS, the same on POSIX
 * and Windows, so that one test file runs on every backend.  Test code
 * only: the runtime itself reaches the OS through poller/, pool/ and loop/.
 *
 *   nd_test_channel(fds)    a one-way byte channel, fds[0] to read and
 *                           fds[1] to write, both non-blocking: a pipe on
 *                           POSIX, a connected loopback TCP pair on Windows
 *                           (whose pollers watch sockets only)
 *   nd_test_socketpair(sv)  a connected, non-blocking stream socket pair:
 *                           AF_UNIX on POSIX, loopback TCP on Windows
 *   nd_test_write/read/close   on either
 *   nd_test_listen(&port)   a non-blocking TCP listener on 127.0.0.1, any
 *                           port (stored in *port)
 *   nd_test_connect(port, &s)  a non-blocking TCP connect to 127.0.0.1:
 *                           1 if it is in progress, 0 if already made,
 *                           -1 if refused at once
 *   nd_test_thread_id()     the calling thread's identity, comparable
 *   setenv()                on Windows, over _putenv_s
 */
#ifndef ND_TEST_OS_H
#define ND_TEST_OS_H

#include "nd_test.h"

#if defined(_WIN32)
#include <winsock2.h>
#include <ws2tcpip.h>
#include <windows.h>

static inline int setenv(const char *name, const char *value, int overwrite) {
    if (!overwrite && getenv(name) != NULL)
        return 0;
    return _putenv_s(name, value) == 0 ? 0 : -1;
}

static inline void nd_test_socketpair(int sv[2]) {
    static int started;
    struct sockaddr_in sa;
    int len = sizeof(sa);
    u_long one = 1;
    SOCKET l, a, b;
    WSADATA wsa;

    if (!started) {
        ND_CHECK_EQ(WSAStartup(MAKEWORD(2, 2), &wsa), 0);
        started = 1;
    }
    l = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    ND_CHECK(l != INVALID_SOCKET);
    memset(&sa, 0, sizeof(sa));
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ND_CHECK_EQ(bind(l, (struct sockaddr *)&sa, sizeof(sa)), 0);
    ND_CHECK_EQ(listen(l, 1), 0);
    ND_CHECK_EQ(getsockname(l, (struct sockaddr *)&sa, &len), 0);
    a = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    ND_CHECK(a != INVALID_SOCKET);
    ND_CHECK_EQ(connect(a, (struct sockaddr *)&sa, sizeof(sa)), 0);
    b = accept(l, NULL, NULL);
    ND_CHECK(b != INVALID_SOCKET);
    closesocket(l);
    ND_CHECK_EQ(ioctlsocket(a, FIONBIO, &one), 0);
    ND_CHECK_EQ(ioctlsocket(b, FIONBIO, &one), 0);
    sv[0] = (int)a;
    sv[1] = (int)b;
}

static inline void nd_test_channel(int fds[2]) {
    nd_test_socketpair(fds);
}

static inline long nd_test_write(int fd, const void *buf, size_t n) {
    return send((SOCKET)fd, buf, (int)n, 0);
}

static inline long nd_test_read(int fd, void *buf, size_t n) {
    return recv((SOCKET)fd, buf, (int)n, 0);
}

static inline int nd_test_close(int fd) {
    return closesocket((SOCKET)fd);
}

static inline unsigned long nd_test_thread_id(void) {
    return GetCurrentThreadId();
}

static inline int nd_test_listen(int *port) {
    struct sockaddr_in sa;
    int len = sizeof(sa), fds[2];
    u_long one = 1;
    SOCKET l;

    nd_test_socketpair(fds); /* starts Winsock */
    closesocket((SOCKET)fds[0]);
    closesocket((SOCKET)fds[1]);
    l = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
    ND_CHECK(l != INVALID_SOCKET);
    memset(&sa, 0, sizeof(sa));
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ND_CHECK_EQ(bind(l, (struct sockaddr *)&sa, sizeof(sa)), 0);
    ND_CHECK_EQ(listen(l, 4), 0);
    ND_CHECK_EQ(getsockname(l, (struct sockaddr *)&sa, &len), 0);
    ND_CHECK_EQ(ioctlsocket(l, FIONBIO, &one), 0);
    *port = ntohs(sa.sin_port);
    return (int)l;
}

static inline int nd_test_connect(int port, int *out) {
    struct sockaddr_in sa;
    u_long one = 1;
    SOCKET s = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);

    ND_CHECK(s != INVALID_SOCKET);
    ND_CHECK_EQ(ioctlsocket(s, FIONBIO, &one), 0);
    memset(&sa, 0, sizeof(sa));
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sa.sin_port = htons((unsigned short)port);
    *out = (int)s;
    if (connect(s, (struct sockaddr *)&sa, sizeof(sa)) == 0)
        return 0;
    if (WSAGetLastError() == WSAEWOULDBLOCK)
        return 1;
    ND_CHECK_EQ(WSAGetLastError(), WSAECONNREFUSED);
    return -1;
}
#else
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sys/socket.h>
#include <unistd.h>

static inline void nd_test_socketpair(int sv[2]) {
    ND_CHECK_EQ(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    ND_CHECK_EQ(fcntl(sv[0], F_SETFL, O_NONBLOCK), 0);
    ND_CHECK_EQ(fcntl(sv[1], F_SETFL, O_NONBLOCK), 0);
}

static inline void nd_test_channel(int fds[2]) {
    ND_CHECK_EQ(pipe(fds), 0);
    ND_CHECK_EQ(fcntl(fds[0], F_SETFL, O_NONBLOCK), 0);
    ND_CHECK_EQ(fcntl(fds[1], F_SETFL, O_NONBLOCK), 0);
}

static inline long nd_test_write(int fd, const void *buf, size_t n) {
    return (long)write(fd, buf, n);
}

static inline long nd_test_read(int fd, void *buf, size_t n) {
    return (long)read(fd, buf, n);
}

static inline int nd_test_close(int fd) {
    return close(fd);
}

static inline unsigned long nd_test_thread_id(void) {
    /* pthread_t is an integer or pointer on every system nodule runs on;
     * the tests only compare two ids taken in the same process. */
    return (unsigned long)pthread_self();
}

static inline int nd_test_listen(int *port) {
    struct sockaddr_in sa;
    socklen_t len = sizeof(sa);
    int l = socket(AF_INET, SOCK_STREAM, 0);

    ND_CHECK(l >= 0);
    memset(&sa, 0, sizeof(sa));
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ND_CHECK_EQ(bind(l, (struct sockaddr *)&sa, sizeof(sa)), 0);
    ND_CHECK_EQ(listen(l, 4), 0);
    ND_CHECK_EQ(getsockname(l, (struct sockaddr *)&sa, &len), 0);
    ND_CHECK_EQ(fcntl(l, F_SETFL, O_NONBLOCK), 0);
    *port = ntohs(sa.sin_port);
    return l;
}

static inline int nd_test_connect(int port, int *out) {
    struct sockaddr_in sa;
    int s = socket(AF_INET, SOCK_STREAM, 0);

    ND_CHECK(s >= 0);
    ND_CHECK_EQ(fcntl(s, F_SETFL, O_NONBLOCK), 0);
    memset(&sa, 0, sizeof(sa));
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sa.sin_port = htons((unsigned short)port);
    *out = s;
    if (connect(s, (struct sockaddr *)&sa, sizeof(sa)) == 0)
        return 0;
    if (errno == EINPROGRESS)
        return 1;
    ND_CHECK_EQ(errno, ECONNREFUSED);
    return -1;
}
#endif

#endif
