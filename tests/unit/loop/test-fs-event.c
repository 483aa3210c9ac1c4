/*
 * test-fs-event.c - file system event watchers (inotify on Linux): a
 * folder's entries created, changed, renamed and removed arrive as
 * RENAME/CHANGE with their names; a watched file's own events carry its
 * base name and ND_FS_EVENT_SELF; a stopped watcher is quiet; an unref'd
 * one lets the loop end; errors (ENOENT, EBUSY); close from inside the
 * callback.
 */
#include "loop_test.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs.h"

static char dir[PATH_MAX];
static char log_buf[2048];

static void logf_event(const char *who, const char *name, int events) {
    size_t used = strlen(log_buf);

    snprintf(log_buf + used, sizeof(log_buf) - used, "%s:%s:%s%s%s ", who, name,
             events & ND_FS_EVENT_RENAME ? "R" : "",
             events & ND_FS_EVENT_CHANGE ? "C" : "",
             events & ND_FS_EVENT_SELF ? "S" : "");
}

static void on_dir(nd_fs_event_t *ev, const char *name, int events,
                   int status) {
    (void)ev;
    ND_CHECK_EQ(status, 0);
    logf_event("dir", name, events);
}

static void on_file(nd_fs_event_t *ev, const char *name, int events,
                    int status) {
    (void)ev;
    ND_CHECK_EQ(status, 0);
    logf_event("file", name, events);
}

/* Do one change, then let the loop deliver what it caused. */
static void settle(nd_loop_t *loop) {
    int i;

    for (i = 0; i < 5; i++) {
        lt_sleep_ms(5);
        nd_loop_run(loop, ND_RUN_NOWAIT);
    }
}

static void test_events(void) {
    nd_loop_t loop;
    nd_fs_event_t dw, fw;
    int fd;

    lt_open(&loop);
    ND_CHECK_EQ(nd_fs_event_init(&loop, &dw), 0);
    ND_CHECK_EQ(nd_fs_event_init(&loop, &fw), 0);
    ND_CHECK_EQ(nd_fs_event_start(&dw, on_dir, dir), 0);
    ND_CHECK_EQ(nd_fs_event_start(&dw, on_dir, dir), ND_EBUSY);
    ND_CHECK(nd_is_active(&dw.io.h));

    fd = open("new", O_CREAT | O_WRONLY, 0644);
    ND_CHECK(fd >= 0);
    settle(&loop);
    ND_CHECK(strstr(log_buf, "dir:new:R ") != NULL);
    log_buf[0] = '\0';

    ND_CHECK_EQ(nd_fs_event_start(&fw, on_file, "new"), 0);
    ND_CHECK_EQ(write(fd, "x", 1), 1);
    settle(&loop);
    ND_CHECK(strstr(log_buf, "dir:new:C ") != NULL);
    ND_CHECK(strstr(log_buf, "file:new:CS ") != NULL);
    log_buf[0] = '\0';

    ND_CHECK_EQ(rename("new", "moved"), 0);
    settle(&loop);
    ND_CHECK(strstr(log_buf, "dir:new:R ") != NULL);
    ND_CHECK(strstr(log_buf, "dir:moved:R ") != NULL);
    ND_CHECK(strstr(log_buf, "file:new:RS ") != NULL); /* moved itself */
    log_buf[0] = '\0';

    /* Stopped: quiet, and it can start again elsewhere. */
    ND_CHECK_EQ(nd_fs_event_stop(&fw), 0);
    ND_CHECK(!nd_is_active(&fw.io.h));
    ND_CHECK_EQ(nd_fs_event_stop(&dw), 0);
    ND_CHECK_EQ(write(fd, "y", 1), 1);
    settle(&loop);
    ND_CHECK_STR(log_buf, "");
    ND_CHECK_EQ(nd_fs_event_start(&fw, on_file, "nope"), ND_ENOENT);
    ND_CHECK(!nd_is_active(&fw.io.h));
    close(fd);
    unlink("moved");

    nd_fs_event_close(&dw, lt_close_quiet);
    nd_fs_event_close(&fw, lt_close_quiet);
    lt_finish(&loop);
}

/* An unref'd watcher does not keep the loop running. */
static void test_unref(void) {
    nd_loop_t loop;
    nd_fs_event_t ev;

    lt_open(&loop);
    ND_CHECK_EQ(nd_fs_event_init(&loop, &ev), 0);
    ND_CHECK_EQ(nd_fs_event_start(&ev, on_dir, dir), 0);
    ND_CHECK_EQ(nd_loop_alive(&loop), 1);
    nd_unref(&ev.io.h);
    ND_CHECK_EQ(nd_loop_alive(&loop), 0);
    ND_CHECK_EQ(nd_loop_run(&loop, ND_RUN_DEFAULT), 0);
    nd_fs_event_close(&ev, lt_close_quiet);
    lt_finish(&loop);
}

/* Closing from inside the callback stops the events still queued. */
static int calls;

static void close_on_first(nd_fs_event_t *ev, const char *name, int events,
                           int status) {
    (void)name;
    (void)events;
    (void)status;
    calls++;
    nd_fs_event_close(ev, lt_close_quiet);
}

static void test_close_in_callback(void) {
    nd_loop_t loop;
    nd_fs_event_t ev;
    int i;

    lt_open(&loop);
    ND_CHECK_EQ(nd_fs_event_init(&loop, &ev), 0);
    ND_CHECK_EQ(nd_fs_event_start(&ev, close_on_first, dir), 0);
    for (i = 0; i < 5; i++) { /* several events queued at once */
        char name[16];
        int fd;

        snprintf(name, sizeof(name), "e%d", i);
        fd = open(name, O_CREAT | O_WRONLY, 0644);
        ND_CHECK(fd >= 0);
        close(fd);
        unlink(name);
    }
    lt_finish(&loop);
    ND_CHECK_EQ(calls, 1);
}

int main(void) {
    char tmpl[] = "/tmp/nodule-fsev-XXXXXX";

    ND_CHECK(mkdtemp(tmpl) != NULL);
    ND_CHECK(realpath(tmpl, dir) != NULL);
    ND_CHECK_EQ(chdir(dir), 0);
    ND_RUN(test_events);
    ND_RUN(test_unref);
    ND_RUN(test_close_in_callback);
    ND_CHECK_EQ(chdir("/"), 0);
    ND_CHECK_EQ(rmdir(dir), 0);
    ND_DONE("test-loop-fs-event");
}
