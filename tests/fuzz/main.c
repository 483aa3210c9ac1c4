/*
 * main.c - runs a fuzz target over a seed corpus without libFuzzer.
 *
 * Usage: fuzz-<name> FILE-OR-DIRECTORY...  Each file is given to
 * LLVMFuzzerTestOneInput once; a directory's files are each given in
 * turn.  Prints how many inputs ran and exits 0; a bug the target finds
 * aborts (and the sanitizers report it).  This is how the normal test
 * suite, built with gcc or with ASan, runs the fuzz targets.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path) {
    FILE *f = fopen(path, "rb");
    unsigned char *buf = NULL;
    size_t len = 0, cap = 0, n;

    if (f == NULL)
        return -1;
    for (;;) {
        if (len == cap) {
            unsigned char *nb;
            cap = cap ? cap * 2 : 4096;
            nb = realloc(buf, cap);
            if (nb == NULL) {
                free(buf);
                fclose(f);
                return -1;
            }
            buf = nb;
        }
        n = fread(buf + len, 1, cap - len, f);
        if (n == 0)
            break;
        len += n;
    }
    fclose(f);
    LLVMFuzzerTestOneInput(buf, len);
    free(buf);
    return 0;
}

int main(int argc, char **argv) {
    int i, count = 0;

    for (i = 1; i < argc; i++) {
        DIR *d = opendir(argv[i]);
        struct dirent *ent;
        if (d == NULL) {
            if (run_file(argv[i]) != 0) {
                fprintf(stderr, "cannot read %s\n", argv[i]);
                return 1;
            }
            count++;
            continue;
        }
        while ((ent = readdir(d)) != NULL) {
            char path[4096];
            if (ent->d_name[0] == '.')
                continue;
            snprintf(path, sizeof(path), "%s/%s", argv[i], ent->d_name);
            if (run_file(path) != 0) {
                fprintf(stderr, "cannot read %s\n", path);
                closedir(d);
                return 1;
            }
            count++;
        }
        closedir(d);
    }
    if (count == 0) {
        fprintf(stderr, "no inputs\n");
        return 1;
    }
    printf("ok: %d inputs\n", count);
    return 0;
}
