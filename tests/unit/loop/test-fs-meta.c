/*
 * test-fs-meta.c - the fs requests on metadata and open files, beyond the
 * basics of test-fs.c: access, chmod/fchmod, chown/fchown/lchown,
 * utime/futime/lutime (kept to the microsecond), statfs, ftruncate, fsync,
 * fdatasync, readv/writev (more buffers than one system call takes), and
 * copyfile (replace, EXCL, onto itself, a folder, a clone with fallback,
 * a /proc file of size 0, no half copy left), synchronously and on the
 * pool.
 */
#include "loop_test.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs.h"

static char dir[PATH_MAX];

static void make_dir(void) {
    char tmpl[] = "/tmp/nodule-fsmeta-XXXXXX";

    ND_CHECK(mkdtemp(tmpl) != NULL);
    ND_CHECK(realpath(tmpl, dir) != NULL);
    ND_CHECK_EQ(chdir(dir), 0);
}

static void remove_dir(void) {
    nd_fs_t req = {0};

    ND_CHECK_EQ(chdir("/"), 0);
    ND_CHECK_EQ(nd_fs_rmtree(NULL, &req, dir, NULL), 0);
    nd_fs_req_cleanup(&req);
}

static void put(const char *path, const char *text) {
    nd_fs_t req = {0};
    int fd =
        nd_fs_open(NULL, &req, path, O_CREAT | O_WRONLY | O_TRUNC, 0644, NULL);

    ND_CHECK(fd >= 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_write(NULL, &req, fd, text, strlen(text), -1, NULL),
                (int)strlen(text));
    ND_CHECK_EQ(nd_fs_close(NULL, &req, fd, NULL), 0);
}

static nd_stat_t stat_of(const char *path) {
    nd_fs_t req = {0};

    ND_CHECK_EQ(nd_fs_lstat(NULL, &req, path, NULL), 0);
    nd_fs_req_cleanup(&req);
    return req.statbuf;
}

static void test_modes_owners_times(void) {
    nd_fs_t req = {0};
    nd_stat_t st;
    int fd;

    put("f", "data");
    ND_CHECK_EQ(symlink("f", "l"), 0);
    ND_CHECK_EQ(nd_fs_access(NULL, &req, "f", R_OK | W_OK, NULL), 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_access(NULL, &req, "nope", F_OK, NULL), ND_ENOENT);
    nd_fs_req_cleanup(&req);

    ND_CHECK_EQ(nd_fs_chmod(NULL, &req, "f", 0604, NULL), 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(stat_of("f").mode & 07777, 0604);
    fd = nd_fs_open(NULL, &req, "f", O_RDWR, 0, NULL);
    ND_CHECK(fd >= 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_fchmod(NULL, &req, fd, 0600, NULL), 0);
    ND_CHECK_EQ(stat_of("f").mode & 07777, 0600);

    /* Owners: to themselves, and 0xffffffff for "unchanged". */
    st = stat_of("f");
    ND_CHECK_EQ(
        nd_fs_chown(NULL, &req, "f", (uint32_t)st.uid, 0xffffffffu, NULL), 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(
        nd_fs_fchown(NULL, &req, fd, 0xffffffffu, (uint32_t)st.gid, NULL), 0);
    ND_CHECK_EQ(nd_fs_lchown(NULL, &req, "l", 0xffffffffu, 0xffffffffu, NULL),
                0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_chown(NULL, &req, "nope", 0, 0, NULL), ND_ENOENT);
    nd_fs_req_cleanup(&req);

    /* Times: seconds with a fraction, cut to whole microseconds. */
    ND_CHECK_EQ(nd_fs_utime(NULL, &req, "f", 1000.25, 2000.0000015, NULL), 0);
    nd_fs_req_cleanup(&req);
    st = stat_of("f");
    ND_CHECK_EQ(st.atim.sec, 1000);
    ND_CHECK_EQ(st.atim.nsec, 250000000);
    ND_CHECK_EQ(st.mtim.sec, 2000);
    ND_CHECK_EQ(st.mtim.nsec, 1000);
    ND_CHECK_EQ(nd_fs_futime(NULL, &req, fd, 5, 6, NULL), 0);
    ND_CHECK_EQ(stat_of("f").mtim.sec, 6);
    ND_CHECK_EQ(nd_fs_lutime(NULL, &req, "l", 7, 8, NULL), 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(stat_of("l").mtim.sec, 8);
    ND_CHECK_EQ(stat_of("f").mtim.sec, 6); /* the link only */
    ND_CHECK_EQ(nd_fs_utime(NULL, &req, "f", 0.0 / 0.0, 1, NULL), ND_EINVAL);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_utime(NULL, &req, "f", 1e300, 1, NULL), ND_EINVAL);
    nd_fs_req_cleanup(&req);

    /* Size and sync. */
    ND_CHECK_EQ(nd_fs_ftruncate(NULL, &req, fd, 2, NULL), 0);
    ND_CHECK_EQ(stat_of("f").size, 2);
    ND_CHECK_EQ(nd_fs_ftruncate(NULL, &req, fd, 4096, NULL), 0);
    ND_CHECK_EQ(stat_of("f").size, 4096);
    ND_CHECK_EQ(nd_fs_ftruncate(NULL, &req, fd, -1, NULL), ND_EINVAL);
    ND_CHECK_EQ(nd_fs_fsync(NULL, &req, fd, NULL), 0);
    ND_CHECK_EQ(nd_fs_fdatasync(NULL, &req, fd, NULL), 0);
    ND_CHECK_EQ(nd_fs_close(NULL, &req, fd, NULL), 0);
    ND_CHECK_EQ(nd_fs_fsync(NULL, &req, fd, NULL), ND_EBADF);

    ND_CHECK_EQ(nd_fs_statfs(NULL, &req, ".", NULL), 0);
    ND_CHECK(req.statfsbuf.bsize > 0);
    ND_CHECK(req.statfsbuf.blocks >= req.statfsbuf.bfree);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_statfs(NULL, &req, "nope", NULL), ND_ENOENT);
    nd_fs_req_cleanup(&req);
}

/* ---- readv / writev ------------------------------------------------------ */

#define NBUFS 300 /* more than the 64 iovecs handed over per call */

static void test_vectors(void) {
    static char data[NBUFS][3], back[NBUFS * 3 + 10];
    nd_fs_buf_t bufs[NBUFS], two[2];
    nd_fs_t req = {0};
    char a[4], b[8];
    int fd, i;

    for (i = 0; i < NBUFS; i++) {
        memset(data[i], 'a' + i % 26, 3);
        bufs[i].base = data[i];
        bufs[i].len = i % 7 == 0 ? 0 : 3; /* some empty ones too */
    }
    fd = nd_fs_open(NULL, &req, "v", O_CREAT | O_RDWR | O_TRUNC, 0644, NULL);
    ND_CHECK(fd >= 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_writev(NULL, &req, fd, bufs, NBUFS, -1, NULL),
                (NBUFS - (NBUFS + 6) / 7) * 3);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_read(NULL, &req, fd, back, sizeof(back), 0, NULL),
                (NBUFS - (NBUFS + 6) / 7) * 3);
    ND_CHECK(memcmp(back, "bbbccc", 6) == 0); /* buffer 0 was empty */

    /* Positional readv into two buffers; the position does not move. */
    two[0].base = a;
    two[0].len = sizeof(a);
    two[1].base = b;
    two[1].len = sizeof(b);
    ND_CHECK_EQ(nd_fs_readv(NULL, &req, fd, two, 2, 3, NULL), 12);
    ND_CHECK(memcmp(a, "cccd", 4) == 0);
    ND_CHECK(memcmp(b, "ddeeefff", 8) == 0);
    ND_CHECK_EQ(nd_fs_readv(NULL, &req, fd, two, 0, 0, NULL), 0);
    ND_CHECK_EQ(nd_fs_writev(NULL, &req, fd, NULL, 1, 0, NULL), ND_EINVAL);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_close(NULL, &req, fd, NULL), 0);
}

/* ---- copyfile ------------------------------------------------------------ */

static void test_copyfile(void) {
    nd_fs_t req = {0};
    char buf[64];
    int fd, n;

    put("src", "source text");
    ND_CHECK_EQ(chmod("src", 0640), 0);
    put("dst", "a longer old content that must go");
    ND_CHECK_EQ(nd_fs_copyfile(NULL, &req, "src", "dst", 0, NULL), 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(stat_of("dst").size, 11);
    ND_CHECK_EQ(stat_of("dst").mode & 0777, 0640);
    ND_CHECK_EQ(
        nd_fs_copyfile(NULL, &req, "src", "dst", ND_FS_COPYFILE_EXCL, NULL),
        ND_EEXIST);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_copyfile(NULL, &req, "src", "src", 0, NULL), 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(stat_of("src").size, 11); /* onto itself: untouched */
    ND_CHECK_EQ(nd_fs_copyfile(NULL, &req, ".", "d2", 0, NULL), ND_EISDIR);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(access("d2", F_OK), -1); /* nothing made */
    ND_CHECK_EQ(nd_fs_copyfile(NULL, &req, "nope", "d3", 0, NULL), ND_ENOENT);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_copyfile(NULL, &req, "src", "clone",
                               ND_FS_COPYFILE_FICLONE, NULL),
                0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(stat_of("clone").size, 11);
    /* FICLONE_FORCE: a clone, or an error with nothing left behind. */
    if (nd_fs_copyfile(NULL, &req, "src", "forced",
                       ND_FS_COPYFILE_FICLONE_FORCE, NULL) < 0)
        ND_CHECK_EQ(access("forced", F_OK), -1);
    nd_fs_req_cleanup(&req);

    /* A /proc file says size 0 and still has content. */
    ND_CHECK_EQ(
        nd_fs_copyfile(NULL, &req, "/proc/self/status", "status", 0, NULL), 0);
    nd_fs_req_cleanup(&req);
    fd = nd_fs_open(NULL, &req, "status", O_RDONLY, 0, NULL);
    nd_fs_req_cleanup(&req);
    n = nd_fs_read(NULL, &req, fd, buf, 5, 0, NULL);
    ND_CHECK_EQ(n, 5);
    ND_CHECK(memcmp(buf, "Name:", 5) == 0);
    ND_CHECK_EQ(nd_fs_close(NULL, &req, fd, NULL), 0);
}

/* ---- the same on the pool ------------------------------------------------ */

static int pool_steps;

static void on_pool(nd_fs_t *req) {
    nd_loop_t *loop = req->loop;

    pool_steps++;
    switch (req->type) {
    case ND_FS_COPYFILE:
        ND_CHECK_EQ(req->result, 0);
        nd_fs_req_cleanup(req);
        ND_CHECK_EQ(nd_fs_chmod(loop, req, "pool", 0600, on_pool), 0);
        break;
    case ND_FS_CHMOD:
        ND_CHECK_EQ(req->result, 0);
        nd_fs_req_cleanup(req);
        ND_CHECK_EQ(nd_fs_utime(loop, req, "pool", 10.5, 20, on_pool), 0);
        break;
    case ND_FS_UTIME:
        ND_CHECK_EQ(req->result, 0);
        nd_fs_req_cleanup(req);
        ND_CHECK_EQ(nd_fs_access(loop, req, "pool", W_OK, on_pool), 0);
        break;
    case ND_FS_ACCESS:
        ND_CHECK_EQ(req->result, 0);
        nd_fs_req_cleanup(req);
        ND_CHECK_EQ(nd_fs_statfs(loop, req, "missing", on_pool), 0);
        break;
    case ND_FS_STATFS:
        ND_CHECK_EQ(req->result, ND_ENOENT);
        nd_fs_req_cleanup(req);
        ND_CHECK_EQ(stat_of("pool").mode & 0777, 0600);
        ND_CHECK_EQ(stat_of("pool").atim.nsec, 500000000);
        break;
    default:
        ND_CHECK(0 && "unexpected request");
    }
}

static void test_pool(void) {
    nd_loop_t loop;
    nd_fs_t req = {0};

    lt_open(&loop);
    pool_steps = 0;
    ND_CHECK_EQ(nd_fs_copyfile(&loop, &req, "src", "pool", 0, on_pool), 0);
    lt_finish(&loop);
    ND_CHECK_EQ(pool_steps, 5);
}

int main(void) {
    make_dir();
    ND_RUN(test_modes_owners_times);
    ND_RUN(test_vectors);
    ND_RUN(test_copyfile);
    ND_RUN(test_pool);
    remove_dir();
    ND_DONE("test-loop-fs-meta");
}
