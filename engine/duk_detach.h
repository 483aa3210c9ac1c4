/*
 * duk_detach.h - detaching an ArrayBuffer, which Duktape's public API
 * cannot do.  Implemented in engine/duk_detach.c, inside Duktape's own
 * translation unit (see there why it is safe and what it depends on).
 *
 * Threading: the heap's own thread only, like any Duktape call.
 */
#ifndef ND_DUK_DETACH_H
#define ND_DUK_DETACH_H

#include "duktape.h"

/* Detach the ArrayBuffer at idx, as a transfer does: it and every view on
 * its bytes (typed arrays, DataViews, Buffers) get byteLength/length 0,
 * and no script can reach the old bytes again.  Detaching a detached
 * buffer does nothing more.  Returns 0, touching nothing, if the value is
 * not an ArrayBuffer; 1 otherwise.  Walks the whole heap once. */
int nd_duk_detach_arraybuffer(duk_context *ctx, duk_idx_t idx);

/* 1 if the value at idx is an ArrayBuffer that was detached, else 0. */
int nd_duk_is_detached(duk_context *ctx, duk_idx_t idx);

#endif
