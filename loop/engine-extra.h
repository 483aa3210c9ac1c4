/*
 * engine-extra.h - OS calls the engine needs that loop/ does not have yet.
 *
 * Written by the engine's author and kept apart so the loop's owner can
 * fold them into fs.h/fs.c (the file calls should become
 * nd_fs_* requests with pool-backed asynchronous forms); until then
 * engine/meson.build compiles engine-extra.c into the engine library.
 * Every function returns 0 or a negative ND_E* code, like loop/.
 */
#ifndef ND_ENGINE_EXTRA_H
#define ND_ENGINE_EXTRA_H

#include <stddef.h>

/* Synchronous file system calls behind fs.unlinkSync, rmdirSync,
 * mkdirSync, symlinkSync and mkdtempSync. */
int nd_sys_unlink(const char *path);
int nd_sys_rmdir(const char *path);
int nd_sys_mkdir(const char *path, int mode);
int nd_sys_symlink(const char *target, const char *path);
/* Create a unique directory whose name is prefix + 6 random characters;
 * the name is written into out (size outlen). */
int nd_sys_mkdtemp(const char *prefix, char *out, size_t outlen);

#endif
