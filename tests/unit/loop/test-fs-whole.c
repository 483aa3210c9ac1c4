/*
 * test-fs-whole.c - the whole-file requests (loop/fs_whole.c),
 * synchronous and on the pool: nd_fs_writefile writes every byte (and
 * fsyncs when asked), nd_fs_readfile reads a small regular file whole and
 * hands back the open fd of an empty, a large or a non-regular file; each
 * failing step is reported as that step's (open with the path, later
 * steps through err_syscall).
 */
#include "loop_test.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fs.h"

static char dir[PATH_MAX];
static char small[PATH_MAX + 16];
static char empty[PATH_MAX + 16];
static char big[PATH_MAX + 16];

static void make_dir(void) {
    char tmpl[] = "/tmp/nodule-fs-whole-XXXXXX";

    ND_CHECK(mkdtemp(tmpl) != NULL);
    ND_CHECK(realpath(tmpl, dir) != NULL);
    snprintf(small, sizeof(small), "%s/small", dir);
    snprintf(empty, sizeof(empty), "%s/empty", dir);
    snprintf(big, sizeof(big), "%s/big", dir);
}

static void remove_dir(void) {
    unlink(small);
    unlink(empty);
    unlink(big);
    ND_CHECK_EQ(rmdir(dir), 0);
}

/* Is fd open? */
static int is_open(int fd) {
    return fcntl(fd, F_GETFD) != -1;
}

static void test_sync(void) {
    static char data[5000];
    nd_fs_t req;
    size_t i;
    int fd;

    make_dir();
    for (i = 0; i < sizeof(data); i++)
        data[i] = (char)('a' + i % 26);

    /* Write, then read back whole. */
    ND_CHECK_EQ(nd_fs_writefile(NULL, &req, small,
                                O_WRONLY | O_CREAT | O_TRUNC, 0644, data,
                                sizeof(data), 1, NULL),
                (int)sizeof(data));
    ND_CHECK(req.err_syscall == NULL);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_readfile(NULL, &req, small, O_RDONLY, sizeof(data),
                               NULL),
                (int)sizeof(data));
    ND_CHECK(req.ptr != NULL);
    ND_CHECK(memcmp(req.ptr, data, sizeof(data)) == 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK(req.ptr == NULL);

    /* Larger than max: not read, the fd is handed back at position 0. */
    ND_CHECK_EQ(nd_fs_writefile(NULL, &req, big, O_WRONLY | O_CREAT, 0644,
                                data, sizeof(data), 0, NULL),
                (int)sizeof(data));
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_readfile(NULL, &req, big, O_RDONLY, sizeof(data) - 1,
                               NULL),
                0);
    ND_CHECK(req.ptr == NULL);
    fd = req.fd;
    ND_CHECK(fd >= 0 && is_open(fd));
    ND_CHECK(fcntl(fd, F_GETFD) & FD_CLOEXEC);
    ND_CHECK_EQ(lseek(fd, 0, SEEK_CUR), 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(close(fd), 0);

    /* Empty, and a directory (not regular): the fd too. */
    ND_CHECK_EQ(nd_fs_writefile(NULL, &req, empty, O_WRONLY | O_CREAT, 0644,
                                NULL, 0, 0, NULL),
                0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_readfile(NULL, &req, empty, O_RDONLY, 100, NULL), 0);
    ND_CHECK(req.ptr == NULL && req.fd >= 0);
    ND_CHECK_EQ(close(req.fd), 0);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_readfile(NULL, &req, dir, O_RDONLY, 100, NULL), 0);
    ND_CHECK(req.ptr == NULL && req.fd >= 0);
    ND_CHECK_EQ(close(req.fd), 0);
    nd_fs_req_cleanup(&req);

    /* Errors: open's is open's (no err_syscall), with the path. */
    ND_CHECK_EQ(nd_fs_readfile(NULL, &req, "/nonexistent/x", O_RDONLY, 100,
                               NULL),
                ND_ENOENT);
    ND_CHECK(req.err_syscall == NULL);
    ND_CHECK_STR(req.path, "/nonexistent/x");
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_writefile(NULL, &req, dir, O_WRONLY | O_CREAT, 0644,
                                "x", 1, 0, NULL),
                ND_EISDIR);
    ND_CHECK(req.err_syscall == NULL);
    nd_fs_req_cleanup(&req);

    /* A write step that fails (the file opened read-only): "write", and
     * the fd it opened is closed (the next open gets the same number). */
    fd = open(small, O_RDONLY);
    ND_CHECK(fd >= 0);
    ND_CHECK_EQ(close(fd), 0);
    ND_CHECK_EQ(nd_fs_writefile(NULL, &req, small, O_RDONLY, 0, "x", 1, 0,
                                NULL),
                ND_EBADF);
    ND_CHECK_STR(req.err_syscall, "write");
    ND_CHECK(!is_open(fd));
    nd_fs_req_cleanup(&req);

    /* The file is untouched by the failed write. */
    ND_CHECK_EQ(nd_fs_readfile(NULL, &req, small, O_RDONLY, 1 << 20, NULL),
                (int)sizeof(data));
    nd_fs_req_cleanup(&req);

    /* Bad arguments never reach the OS. */
    ND_CHECK_EQ(nd_fs_writefile(NULL, &req, small, O_WRONLY, 0, NULL, 1, 0,
                                NULL),
                ND_EINVAL);
    nd_fs_req_cleanup(&req);
    ND_CHECK_EQ(nd_fs_readfile(NULL, &req, NULL, O_RDONLY, 1, NULL),
                ND_EINVAL);
    nd_fs_req_cleanup(&req);
    remove_dir();
}

/* ---- on the pool -------------------------------------------------------- */

#define FILES 64

static struct {
    nd_fs_t req;
    char path[PATH_MAX + 16];
    char text[32];
    int written, read;
} files[FILES];
static int failures, missing_done;

static void after_read(nd_fs_t *req) {
    int i = (int)(intptr_t)req->data;

    if (req->result != (int64_t)strlen(files[i].text) || req->ptr == NULL ||
        memcmp(req->ptr, files[i].text, strlen(files[i].text)) != 0)
        failures++;
    files[i].read = 1;
    nd_fs_req_cleanup(req);
}

static void after_write(nd_fs_t *req) {
    int i = (int)(intptr_t)req->data;

    if (req->result != (int64_t)strlen(files[i].text))
        failures++;
    files[i].written = 1;
    nd_fs_req_cleanup(req);
    ND_CHECK_EQ(nd_fs_readfile(req->loop, req, files[i].path, O_RDONLY,
                               4096, after_read),
                0);
}

static void after_missing(nd_fs_t *req) {
    ND_CHECK_EQ(req->result, ND_ENOENT);
    ND_CHECK(req->err_syscall == NULL);
    ND_CHECK(req->ptr == NULL);
    missing_done = 1;
    nd_fs_req_cleanup(req);
}

/* Every file written and read back with all requests in flight at once. */
static void test_async(void) {
    nd_loop_t loop;
    nd_fs_t missing;
    int i;

    make_dir();
    lt_open(&loop);
    for (i = 0; i < FILES; i++) {
        snprintf(files[i].path, sizeof(files[i].path), "%s/f%d", dir, i);
        snprintf(files[i].text, sizeof(files[i].text), "file number %d", i);
        files[i].req.data = (void *)(intptr_t)i;
        ND_CHECK_EQ(nd_fs_writefile(&loop, &files[i].req, files[i].path,
                                    O_WRONLY | O_CREAT | O_TRUNC, 0644,
                                    files[i].text, strlen(files[i].text),
                                    0, after_write),
                    0);
    }
    ND_CHECK_EQ(nd_fs_readfile(&loop, &missing, "/nonexistent/x", O_RDONLY,
                               10, after_missing),
                0);
    lt_finish(&loop);
    ND_CHECK_EQ(failures, 0);
    for (i = 0; i < FILES; i++) {
        ND_CHECK(files[i].written);
        ND_CHECK(files[i].read);
        unlink(files[i].path);
    }
    ND_CHECK(missing_done);
    remove_dir();
}

int main(void) {
    ND_RUN(test_sync);
    ND_RUN(test_async);
    ND_DONE("test-loop-fs-whole");
}
