/*
 * test-fs-dir.c - the fs requests on names and folders: unlink, rename,
 * link, symlink, readlink (a target longer than the first guess), mkdir,
 * mkdtemp, rmdir, scandir (sorted, with types), directory streams
 * (opendir, readdir in batches, closedir), mkdirp (the first folder made,
 * textual cuts, EEXIST/ENOTDIR) and rmtree (a deep tree, links not
 * followed, a missing path, an inner failure named in err_syscall and
 * err_path), synchronously and on the pool.
 */
#include "loop_test.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs.h"

static char dir[PATH_MAX];

static void make_dir(void) {
    char tmpl[] = "/tmp/nodule-fsdir-XXXXXX";

    ND_CHECK(mkdtemp(tmpl) != NULL);
    ND_CHECK(realpath(tmpl, dir) != NULL);
    ND_CHECK_EQ(chdir(dir), 0);
}

static void touch(const char *path) {
    int fd = open(path, O_CREAT | O_WRONLY, 0644);

    ND_CHECK(fd >= 0);
    close(fd);
}

static int exists(const char *path) {
    struct stat st;

    return lstat(path, &st) == 0;
}

static void test_names(void) {
    nd_fs_t req = {0};
    char target[600];

    touch("a");
    ND_CHECK_EQ(nd_fs_rename(NULL, &req, "a", "b", NULL), 0);
    ND_CHECK_STR(req.path, "a");
    ND_CHECK_STR(req.new_path, "b");
    nd_fs_req_cleanup(&req);
    ND_CHECK(!exists("a") && exists("b"));
    ND_CHECK_EQ(nd_fs_rename(NULL, &req, "a", "c", NULL), ND_ENOENT);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_link(NULL, &req, "b", "hard", NULL), 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_link(NULL, &req, "b", "hard", NULL), ND_EEXIST);
    nd_fs_req_cleanup(&req);

    /* A target longer than readlink's first buffer. */
    memset(target, 'x', sizeof(target) - 1);
    target[sizeof(target) - 1] = '\0';
    ND_CHECK_EQ(nd_fs_symlink(NULL, &req, target, "long", NULL), 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_readlink(NULL, &req, "long", NULL), 0);
    ND_CHECK_STR(req.ptr, target);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_readlink(NULL, &req, "b", NULL), ND_EINVAL);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_symlink(NULL, &req, "b", "hard", NULL), ND_EEXIST);
    nd_fs_req_cleanup(&req);

    ND_CHECK_EQ(nd_fs_unlink(NULL, &req, "long", NULL), 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_unlink(NULL, &req, "long", NULL), ND_ENOENT);
    nd_fs_req_cleanup(&req);

    ND_CHECK_EQ(nd_fs_mkdir(NULL, &req, "m", 0700, NULL), 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_mkdir(NULL, &req, "m", 0700, NULL), ND_EEXIST);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_unlink(NULL, &req, "m", NULL), ND_EISDIR);
    nd_fs_req_cleanup(&req);
    touch("m/inside");
    ND_CHECK_EQ(nd_fs_rmdir(NULL, &req, "m", NULL), ND_ENOTEMPTY);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_rmdir(NULL, &req, "b", NULL), ND_ENOTDIR);
    nd_fs_req_cleanup(&req);

    ND_CHECK_EQ(nd_fs_mkdtemp(NULL, &req, "tmp-", NULL), 0);
    ND_CHECK_STR(req.path, "tmp-XXXXXX");
    ND_CHECK_EQ(strlen(req.ptr), 10);
    ND_CHECK(strncmp(req.ptr, "tmp-", 4) == 0);
    ND_CHECK(exists(req.ptr));
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_mkdtemp(NULL, &req, "nope/x", NULL), ND_ENOENT);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_mkdtemp(NULL, &req, NULL, NULL), ND_EINVAL);
    nd_fs_req_cleanup(&req);
}

static void test_listing(void) {
    nd_fs_t req = {0};
    nd_fs_dir_t *d;
    int seen = 0, total = 0;
    char name[32];
    int i;

    ND_CHECK_EQ(mkdir("list", 0755), 0);
    for (i = 0; i < 40; i++) {
        snprintf(name, sizeof(name), "list/f%02d", i);
        touch(name);
    }
    ND_CHECK_EQ(mkdir("list/Zdir", 0755), 0);
    ND_CHECK_EQ(symlink("f00", "list/lnk"), 0);

    ND_CHECK_EQ(nd_fs_scandir(NULL, &req, "list", NULL), 42);
    ND_CHECK_EQ(req.ndirents, 42);
    ND_CHECK_STR(req.dirents[0].name, "Zdir"); /* bytewise: 'Z' < 'f' */
    ND_CHECK_EQ(req.dirents[0].type, ND_DIRENT_DIR);
    ND_CHECK_STR(req.dirents[1].name, "f00");
    ND_CHECK_EQ(req.dirents[1].type, ND_DIRENT_FILE);
    ND_CHECK_STR(req.dirents[41].name, "lnk");
    ND_CHECK_EQ(req.dirents[41].type, ND_DIRENT_LINK);
    nd_fs_req_cleanup(&req);
    ND_CHECK(req.dirents == NULL && req.ndirents == 0);
    ND_CHECK_EQ(nd_fs_scandir(NULL, &req, "list/f00", NULL), ND_ENOTDIR);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_scandir(NULL, &req, "nope", NULL), ND_ENOENT);
    nd_fs_req_cleanup(&req);

    /* A stream, five entries per request. */
    ND_CHECK_EQ(nd_fs_opendir(NULL, &req, "list", NULL), 0);
    d = req.dir;
    ND_CHECK(d != NULL);
    nd_fs_req_cleanup(&req);
    for (;;) {
        int n = nd_fs_readdir(NULL, &req, d, 5, NULL);

        ND_CHECK(n >= 0 && n <= 5);
        for (i = 0; i < n; i++)
            if (req.dirents[i].type == ND_DIRENT_LINK)
                seen++;
        total += n;
        nd_fs_req_cleanup(&req);
        if (n == 0)
            break;
    }
    ND_CHECK_EQ(total, 42);
    ND_CHECK_EQ(seen, 1);
    ND_CHECK_EQ(nd_fs_readdir(NULL, &req, d, 0, NULL), ND_EINVAL);
    ND_CHECK_EQ(nd_fs_closedir(NULL, &req, d, NULL), 0);
    ND_CHECK_EQ(nd_fs_closedir(NULL, &req, NULL, NULL), ND_EINVAL);
    ND_CHECK_EQ(nd_fs_opendir(NULL, &req, "list/f01", NULL), ND_ENOTDIR);
    nd_fs_req_cleanup(&req);
}

static void test_mkdirp(void) {
    nd_fs_t req = {0};

    ND_CHECK_EQ(nd_fs_mkdirp(NULL, &req, "p/q/r", 0755, NULL), 0);
    ND_CHECK_STR(req.ptr, "p");
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_mkdirp(NULL, &req, "p/q/r", 0755, NULL), 0);
    ND_CHECK(req.ptr == NULL); /* it all existed */
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_mkdirp(NULL, &req, "p/q/s/", 0755, NULL), 0);
    ND_CHECK_STR(req.ptr, "p/q/s/");
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_mkdirp(NULL, &req, "x//y", 0755, NULL), 0);
    ND_CHECK_STR(req.ptr, "x/"); /* cut as text, as Node */
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_mkdirp(NULL, &req, "/", 0755, NULL), 0);
    nd_fs_req_cleanup(&req);
    touch("file");
    ND_CHECK_EQ(nd_fs_mkdirp(NULL, &req, "file", 0755, NULL), ND_EEXIST);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_mkdirp(NULL, &req, "file/a/b", 0755, NULL), ND_ENOTDIR);
    ND_CHECK(req.err_syscall == NULL); /* errors name the path given */
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_mkdirp(NULL, &req, "", 0755, NULL), ND_ENOENT);
    nd_fs_req_cleanup(&req);
}

static void test_rmtree(void) {
    nd_fs_t req = {0};
    char path[PATH_MAX];
    size_t len;
    int i;

    /* 100 levels deep, a file at each, and a link to a folder outside. */
    ND_CHECK_EQ(mkdir("keep", 0755), 0);
    touch("keep/precious");
    strcpy(path, "tree");
    ND_CHECK_EQ(mkdir(path, 0755), 0);
    for (i = 0; i < 100; i++) {
        len = strlen(path);
        snprintf(path + len, sizeof(path) - len, "/f");
        touch(path);
        path[len] = '\0';
        snprintf(path + len, sizeof(path) - len, "/d");
        ND_CHECK_EQ(mkdir(path, 0755), 0);
    }
    ND_CHECK_EQ(symlink("../keep", "tree/out"), 0);
    ND_CHECK_EQ(nd_fs_rmtree(NULL, &req, "tree", NULL), 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK(!exists("tree"));
    ND_CHECK(exists("keep/precious"));
    ND_CHECK_EQ(nd_fs_rmtree(NULL, &req, "tree", NULL), 0); /* missing */
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_rmtree(NULL, &req, "keep/precious", NULL), 0);
    nd_fs_req_cleanup(&req);

    /* An inner failure names its call and path. */
    touch("plain");
    ND_CHECK_EQ(nd_fs_rmtree(NULL, &req, "plain/x", NULL), ND_ENOTDIR);
    ND_CHECK_STR(req.err_syscall, "lstat");
    ND_CHECK_STR(req.err_path, "plain/x");
    nd_fs_req_cleanup(&req);
    ND_CHECK(req.err_path == NULL);
}

/* The pool: mkdirp, then scandir, then rmtree, chained. */
static int steps;

static void on_step(nd_fs_t *req) {
    steps++;
    switch (req->type) {
    case ND_FS_MKDIRP:
        ND_CHECK_EQ(req->result, 0);
        ND_CHECK_STR(req->ptr, "async");
        nd_fs_req_cleanup(req);
        ND_CHECK_EQ(nd_fs_scandir(req->loop, req, "async/a", on_step), 0);
        break;
    case ND_FS_SCANDIR:
        ND_CHECK_EQ(req->result, 1);
        ND_CHECK_STR(req->dirents[0].name, "b");
        nd_fs_req_cleanup(req);
        ND_CHECK_EQ(nd_fs_rmtree(req->loop, req, "async", on_step), 0);
        break;
    case ND_FS_RMTREE:
        ND_CHECK_EQ(req->result, 0);
        nd_fs_req_cleanup(req);
        ND_CHECK(!exists("async"));
        break;
    default:
        ND_CHECK(0 && "unexpected request");
    }
}

static void test_pool(void) {
    nd_loop_t loop;
    nd_fs_t req = {0};

    lt_open(&loop);
    ND_CHECK_EQ(nd_fs_mkdirp(&loop, &req, "async/a/b", 0755, on_step), 0);
    lt_finish(&loop);
    ND_CHECK_EQ(steps, 3);
}

int main(void) {
    nd_fs_t req = {0};

    make_dir();
    ND_RUN(test_names);
    ND_RUN(test_listing);
    ND_RUN(test_mkdirp);
    ND_RUN(test_rmtree);
    ND_RUN(test_pool);
    ND_CHECK_EQ(chdir("/"), 0);
    ND_CHECK_EQ(nd_fs_rmtree(NULL, &req, dir, NULL), 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK(!exists(dir));
    ND_DONE("test-loop-fs-dir");
}
