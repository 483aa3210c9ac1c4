/*
 * fs_event.c - file system event watchers (nd_fs_event_t, see fs.h).
 *
 * On Linux each watcher owns one inotify instance holding one watch, and
 * an nd_io_t that waits for that instance's fd to become readable; the
 * poll phase then reads every queued event and calls the callback once per
 * event.  The kernel's event bits fold into Node's two kinds the way
 * libuv folds them: a change of contents or attributes (IN_MODIFY,
 * IN_ATTRIB) is a "change", anything else (created, deleted, moved, the
 * watch itself removed) is a "rename"; one event can be both.
 *
 * One instance per watcher keeps the code short and the watchers
 * independent; the cost is one fd each, and the per-user limit on
 * instances (fs.inotify.max_user_instances, often 128) bounds how many
 * watchers a process can have at once: start fails with that error.
 *
 * Other systems have no backend yet: init returns ND_ENOSYS.
 *
 * Threading: everything runs on the loop's thread.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fs_internal.h"

#ifdef __linux__
#include <sys/inotify.h>

#define WATCH_MASK                                                             \
    (IN_ATTRIB | IN_CREATE | IN_MODIFY | IN_DELETE | IN_DELETE_SELF |          \
     IN_MOVE_SELF | IN_MOVED_FROM | IN_MOVED_TO)

static nd_fs_event_t *event_of(nd_io_t *w) {
    return (nd_fs_event_t *)((char *)w - offsetof(nd_fs_event_t, io));
}

/* What follows the last '/' of path, as events on the watched file itself
 * name it. */
static const char *base_name(const char *path) {
    const char *slash = strrchr(path, '/');

    return slash != NULL ? slash + 1 : path;
}

/* Deliver the events in buf[0 .. len). */
static void dispatch(nd_fs_event_t *ev, const char *buf, size_t len) {
    size_t off = 0;

    while (off + sizeof(struct inotify_event) <= len) {
        const struct inotify_event *e = (const void *)(buf + off);
        int events = 0;

        off += sizeof(*e) + e->len;
        if (e->wd != ev->wd) /* the overflow event, or a removed watch */
            continue;
        if (e->mask & (IN_ATTRIB | IN_MODIFY))
            events |= ND_FS_EVENT_CHANGE;
        if (e->mask & ~(uint32_t)(IN_ATTRIB | IN_MODIFY))
            events |= ND_FS_EVENT_RENAME;
        if (e->len == 0)
            events |= ND_FS_EVENT_SELF;
        ev->cb(ev, e->len > 0 ? e->name : base_name(ev->path), events, 0);
        if (!nd_is_active(&ev->io.h)) /* stopped or closed by cb */
            return;
    }
}

static void on_readable(nd_io_t *w, unsigned events) {
    nd_fs_event_t *ev = event_of(w);
    /* Room for several events; aligned as the kernel writes them. */
    char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));

    (void)events;
    while (nd_is_active(&ev->io.h)) {
        ssize_t n = read(w->fd, buf, sizeof(buf));

        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return;
        if (n <= 0) {
            ev->cb(ev, NULL, 0, n < 0 ? (int)nd__fs_errno() : ND_EIO);
            return;
        }
        dispatch(ev, buf, (size_t)n);
    }
}

/* see fs.h */
int nd_fs_event_init(nd_loop_t *loop, nd_fs_event_t *ev) {
    int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC), err;

    if (fd < 0)
        return (int)nd__fs_errno();
    err = nd_io_init(loop, &ev->io, fd);
    if (err < 0) {
        close(fd);
        return err;
    }
    ev->cb = NULL;
    ev->path = NULL;
    ev->wd = -1;
    return 0;
}

/* see fs.h */
int nd_fs_event_start(nd_fs_event_t *ev, nd_fs_event_cb cb, const char *path) {
    int err;

    if (cb == NULL || path == NULL || nd_is_closing(&ev->io.h))
        return ND_EINVAL;
    if (ev->wd >= 0)
        return ND_EBUSY;
    ev->path = strdup(path);
    if (ev->path == NULL)
        return ND_ENOMEM;
    ev->wd = inotify_add_watch(ev->io.fd, path, WATCH_MASK);
    if (ev->wd < 0) {
        err = (int)nd__fs_errno();
    } else {
        ev->cb = cb;
        err = nd_io_start(&ev->io, on_readable, ND_POLL_IN);
    }
    if (err < 0)
        nd_fs_event_stop(ev);
    return err;
}

/* see fs.h */
int nd_fs_event_stop(nd_fs_event_t *ev) {
    nd_io_stop(&ev->io);
    if (ev->wd >= 0)
        inotify_rm_watch(ev->io.fd, ev->wd);
    ev->wd = -1;
    free(ev->path);
    ev->path = NULL;
    return 0;
}

/* see fs.h */
void nd_fs_event_close(nd_fs_event_t *ev, nd_close_cb cb) {
    nd_fs_event_stop(ev); /* unwatched in the poller before the close */
    close(ev->io.fd);
    nd_close(&ev->io.h, cb);
}

#else /* no backend on this system */

/* see fs.h */
int nd_fs_event_init(nd_loop_t *loop, nd_fs_event_t *ev) {
    (void)loop;
    (void)ev;
    return ND_ENOSYS;
}

/* see fs.h */
int nd_fs_event_start(nd_fs_event_t *ev, nd_fs_event_cb cb, const char *path) {
    (void)ev;
    (void)cb;
    (void)path;
    return ND_ENOSYS;
}

/* see fs.h */
int nd_fs_event_stop(nd_fs_event_t *ev) {
    (void)ev;
    return 0;
}

/* see fs.h */
void nd_fs_event_close(nd_fs_event_t *ev, nd_close_cb cb) {
    (void)ev;
    (void)cb;
}

#endif
