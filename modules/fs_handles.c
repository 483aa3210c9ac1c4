/*
 * fs_handles.c - the long-lived native objects of internalBinding('fs'):
 * Dir streams (fs.opendir) and FSEvent watchers (fs.watch), the engine
 * state that keeps a list of both, and fs.constants.
 *
 * Both objects reach JS as opaque handles (engine/check.h).  A Dir
 * handle holds a box around the nd_fs_dir_t: the box says whether a
 * request is using the stream (a second one is refused: the JS Dir
 * serializes its operations, and a synchronous call during an
 * asynchronous one is Node's ERR_DIR_CONCURRENT_OPERATION).  A watcher is
 * an nd_fs_event_t plus its pinned JS callback.
 *
 * When the engine is destroyed, the state's close() ends what JS left
 * open: watchers are closed; idle streams are closed at once, and a
 * stream that a pool thread is still reading is marked orphaned and
 * closed when that request comes back (nd__fs_dir_done).  Until then a
 * Dir that JS dropped without closing keeps its fd (Node closes it when
 * the object is collected; nodule has no finalizer for it).
 *
 * Threading: the engine's thread.
 */
#define _GNU_SOURCE /* O_DIRECT, O_NOATIME */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs_binding.h"

struct nd__fs_dirbox_s {
    nd_fs_dir_t *dir;
    int busy;     /* a request is using dir */
    int orphaned; /* the engine went away while busy: close when done */
    nd_queue_t link;
};

typedef struct {
    nd_fs_event_t ev;
    nd_engine_t *engine;
    nd_pin_t onchange;
    nd_queue_t link;
} watcher_t;

typedef struct {
    nd_engine_state_t base;
    nd_queue_t dirs;     /* nd__fs_dirbox_t.link: open streams */
    nd_queue_t watchers; /* watcher_t.link: watchers not yet closed */
} fsstate_t;

static const nd_handle_type_t dir_type = {"DirHandle"};
static const nd_handle_type_t event_type = {"FSEvent"};

static fsstate_t *get_state(duk_context *ctx) {
    fsstate_t *st = (fsstate_t *)nd_engine_find_state(nd_engine_get(ctx), "fs");

    if (st == NULL) /* nd_mod_fs_open() always made it */
        nd_throw(ctx, DUK_ERR_ERROR, NULL, "fs binding not open");
    return st;
}

/* ---- Dir streams -------------------------------------------------------- */

static void close_now(nd_fs_dir_t *dir) {
    nd_fs_t req = {0};

    nd_fs_closedir(NULL, &req, dir, NULL);
}

/* see fs_binding.h */
void nd__fs_push_dir(duk_context *ctx, nd_fs_dir_t *dir) {
    nd__fs_dirbox_t *box = calloc(1, sizeof(*box));

    /* Called where a throw could not be caught (a completion): out of
     * memory gives JS undefined, which the Dir reports as closed. */
    if (box == NULL) {
        close_now(dir);
        duk_push_undefined(ctx);
        return;
    }
    box->dir = dir;
    nd_queue_insert_tail(&get_state(ctx)->dirs, &box->link);
    nd_push_handle(ctx, box, &dir_type);
}

/* see fs_binding.h */
nd__fs_dirbox_t *nd__fs_check_dir(duk_context *ctx, duk_idx_t idx) {
    nd__fs_dirbox_t *box = nd_get_handle(ctx, idx, &dir_type);

    if (box == NULL)
        nd_throw(ctx, DUK_ERR_ERROR, "ERR_DIR_CLOSED",
                 "Directory handle was closed");
    if (box->busy)
        nd_throw(ctx, DUK_ERR_ERROR, "ERR_DIR_CONCURRENT_OPERATION",
                 "Cannot do synchronous work on directory handle with "
                 "concurrent asynchronous operations");
    return box;
}

/* see fs_binding.h */
nd_fs_dir_t *nd__fs_dir_use(nd__fs_dirbox_t *box) {
    box->busy = 1;
    return box->dir;
}

/* see fs_binding.h */
void nd__fs_dir_done(nd__fs_dirbox_t *box) {
    box->busy = 0;
    if (box->orphaned) {
        close_now(box->dir);
        free(box);
    }
}

/* see fs_binding.h */
nd_fs_dir_t *nd__fs_dir_take(duk_context *ctx, duk_idx_t idx) {
    nd__fs_dirbox_t *box = nd__fs_check_dir(ctx, idx);
    nd_fs_dir_t *dir = box->dir;

    nd_handle_clear(ctx, idx);
    nd_queue_remove(&box->link);
    free(box);
    return dir;
}

/* ---- FSEvent watchers --------------------------------------------------- */

static void watcher_closed(nd_handle_t *h) {
    free(ND_QUEUE_DATA(h, watcher_t, ev.io.h));
}

static void watcher_release(watcher_t *w) {
    nd_queue_remove(&w->link);
    nd_unpin(nd_engine_ctx(w->engine), w->onchange);
    w->onchange = 0;
    nd_fs_event_close(&w->ev, watcher_closed);
}

/* onchange(null, 'rename' | 'change', filename, self) or onchange(err);
 * self: the event is about the watched path itself. */
static void on_event(nd_fs_event_t *ev, const char *filename, int events,
                     int status) {
    watcher_t *w = ND_QUEUE_DATA(ev, watcher_t, ev);
    duk_context *ctx = nd_engine_ctx(w->engine);

    if (nd_engine_exiting(w->engine))
        return;
    nd_pin_push(ctx, w->onchange);
    if (status < 0) {
        nd_push_syserr(ctx, status, "watch", NULL, NULL);
        nd_engine_call(w->engine, 1);
    } else {
        duk_push_null(ctx);
        duk_push_string(ctx, events & ND_FS_EVENT_RENAME ? "rename" : "change");
        nd__fs_push_os_string(ctx, filename);
        duk_push_boolean(ctx, (events & ND_FS_EVENT_SELF) != 0);
        nd_engine_call(w->engine, 4);
    }
    duk_pop(ctx);
}

/* see fs_binding.h */
duk_ret_t nd__fs_event_start(duk_context *ctx) {
    const char *path = nd__fs_check_path(ctx, 0, "filename");
    fsstate_t *st = get_state(ctx);
    watcher_t *w;
    int rc;

    nd_check_function(ctx, 1, "onchange");
    w = calloc(1, sizeof(*w));
    if (w == NULL)
        return nd_throw_syserr(ctx, ND_ENOMEM, "watch", path, NULL);
    rc = nd_fs_event_init(nd_engine_loop(nd_engine_get(ctx)), &w->ev);
    if (rc < 0) {
        free(w);
        return nd_throw_syserr(ctx, rc, "watch", path, NULL);
    }
    w->engine = nd_engine_get(ctx);
    nd_queue_insert_tail(&st->watchers, &w->link);
    rc = nd_fs_event_start(&w->ev, on_event, path);
    if (rc < 0) {
        nd_push_syserr(ctx, rc, "watch", path, NULL);
        watcher_release(w);
        return duk_throw(ctx);
    }
    w->onchange = nd_pin(ctx, 1);
    nd_push_handle(ctx, w, &event_type);
    return 1;
}

/* see fs_binding.h */
duk_ret_t nd__fs_event_close(duk_context *ctx) {
    watcher_t *w = nd_get_handle(ctx, 0, &event_type);

    if (w != NULL) { /* closing twice is harmless */
        nd_handle_clear(ctx, 0);
        watcher_release(w);
    }
    return 0;
}

/* see fs_binding.h */
duk_ret_t nd__fs_event_ref(duk_context *ctx) {
    watcher_t *w = nd_get_handle(ctx, 0, &event_type);
    int ref = nd_check_bool(ctx, 1, "ref");

    if (w != NULL && ref)
        nd_ref(&w->ev.io.h);
    else if (w != NULL)
        nd_unref(&w->ev.io.h);
    return 0;
}

/* ---- the engine's state ------------------------------------------------- */

static void state_close(nd_engine_t *e, nd_engine_state_t *base) {
    fsstate_t *st = (fsstate_t *)base;

    (void)e;
    while (!nd_queue_empty(&st->watchers))
        watcher_release(
            ND_QUEUE_DATA(nd_queue_head(&st->watchers), watcher_t, link));
    while (!nd_queue_empty(&st->dirs)) {
        nd__fs_dirbox_t *box =
            ND_QUEUE_DATA(nd_queue_head(&st->dirs), nd__fs_dirbox_t, link);

        nd_queue_remove(&box->link);
        if (box->busy) {
            box->orphaned = 1;
        } else {
            close_now(box->dir);
            free(box);
        }
    }
    free(st);
}

/* see fs_binding.h */
void nd__fs_handles_open(duk_context *ctx) {
    nd_engine_t *e = nd_engine_get(ctx);
    fsstate_t *st;

    if (nd_engine_find_state(e, "fs") != NULL)
        return;
    st = calloc(1, sizeof(*st));
    if (st == NULL)
        nd_throw_syserr(ctx, ND_ENOMEM, "open", NULL, NULL);
    st->base.name = "fs";
    st->base.close = state_close;
    nd_queue_init(&st->dirs);
    nd_queue_init(&st->watchers);
    nd_engine_add_state(e, &st->base);
}

/* ---- fs.constants ------------------------------------------------------ */

#define K(name)                                                                \
    { #name, (double)(name) }

/* In Node's order, with the OS's values.  The UV_* names and COPYFILE_*
 * are libuv's numbers, which loop/fs.h uses as well. */
static const duk_number_list_entry constants[] = {
    {"UV_FS_SYMLINK_DIR", 1},
    {"UV_FS_SYMLINK_JUNCTION", 2},
    K(O_RDONLY),
    K(O_WRONLY),
    K(O_RDWR),
    {"UV_DIRENT_UNKNOWN", ND_DIRENT_UNKNOWN},
    {"UV_DIRENT_FILE", ND_DIRENT_FILE},
    {"UV_DIRENT_DIR", ND_DIRENT_DIR},
    {"UV_DIRENT_LINK", ND_DIRENT_LINK},
    {"UV_DIRENT_FIFO", ND_DIRENT_FIFO},
    {"UV_DIRENT_SOCKET", ND_DIRENT_SOCKET},
    {"UV_DIRENT_CHAR", ND_DIRENT_CHAR},
    {"UV_DIRENT_BLOCK", ND_DIRENT_BLOCK},
    {"EXTENSIONLESS_FORMAT_JAVASCRIPT", 0},
    {"EXTENSIONLESS_FORMAT_WASM", 1},
    K(S_IFMT),
    K(S_IFREG),
    K(S_IFDIR),
    K(S_IFCHR),
    K(S_IFBLK),
    K(S_IFIFO),
    K(S_IFLNK),
    K(S_IFSOCK),
    K(O_CREAT),
    K(O_EXCL),
    {"UV_FS_O_FILEMAP", 0},
    K(O_NOCTTY),
    K(O_TRUNC),
    K(O_APPEND),
    K(O_DIRECTORY),
#ifdef O_NOATIME
    K(O_NOATIME),
#endif
    K(O_NOFOLLOW),
    K(O_SYNC),
    K(O_DSYNC),
#ifdef O_DIRECT
    K(O_DIRECT),
#endif
    K(O_NONBLOCK),
    K(S_IRWXU),
    K(S_IRUSR),
    K(S_IWUSR),
    K(S_IXUSR),
    K(S_IRWXG),
    K(S_IRGRP),
    K(S_IWGRP),
    K(S_IXGRP),
    K(S_IRWXO),
    K(S_IROTH),
    K(S_IWOTH),
    K(S_IXOTH),
    K(F_OK),
    K(R_OK),
    K(W_OK),
    K(X_OK),
    {"UV_FS_COPYFILE_EXCL", ND_FS_COPYFILE_EXCL},
    {"COPYFILE_EXCL", ND_FS_COPYFILE_EXCL},
    {"UV_FS_COPYFILE_FICLONE", ND_FS_COPYFILE_FICLONE},
    {"COPYFILE_FICLONE", ND_FS_COPYFILE_FICLONE},
    {"UV_FS_COPYFILE_FICLONE_FORCE", ND_FS_COPYFILE_FICLONE_FORCE},
    {"COPYFILE_FICLONE_FORCE", ND_FS_COPYFILE_FICLONE_FORCE},
    {NULL, 0.0}};

/* see fs_binding.h */
void nd__fs_push_constants(duk_context *ctx) {
    duk_push_bare_object(ctx); /* no prototype, as Node's */
    duk_put_number_list(ctx, -1, constants);
}
