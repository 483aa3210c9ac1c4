/*
 * js_sources.h - the JavaScript embedded in the binary.
 *
 * Two tables of this shape are generated at build time from the list in
 * engine/meson.build:
 *   - js_text.c (tools/js2c.py): each file's text, already wrapped in the
 *     module function of docs/internals-js.md, not NUL-terminated;
 *   - js_bytecode.c (engine/jsc.c, from js_text.c): the Duktape bytecode
 *     of that function.  This is the one linked into nodule.
 * Both are sorted by id (strcmp order).
 */
#ifndef ND_JS_SOURCES_H
#define ND_JS_SOURCES_H

#include <stddef.h>

typedef struct {
    const char *id; /* 'events', 'internal/tasks', 'fs/promises' */
    const char *text; /* wrapped source, or bytecode */
    size_t len;
} nd_js_source_t;

extern const nd_js_source_t nd_js_sources[];
extern const unsigned nd_js_source_count;

#endif
