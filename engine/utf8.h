/*
 * utf8.h - moving text between JS strings and UTF-8 bytes.
 *
 * Duktape keeps a string as CESU-8: a character outside the Basic
 * Multilingual Plane (an emoji) is a surrogate pair, each half encoded on
 * three bytes.  Those bytes are not valid UTF-8, so text must be converted
 * on its way to a file or a terminal, and bytes read from one must be
 * decoded into pairs, the way Node's UTF-8 encoder and decoder do (a lone
 * surrogate or an invalid sequence becomes U+FFFD).
 */
#ifndef ND_UTF8_H
#define ND_UTF8_H

#include <stddef.h>

#include "duktape.h"

/* The UTF-8 encoding of the string at idx.  When the string's own bytes
 * are not already valid UTF-8, the value at idx is replaced by a buffer
 * holding the encoding, so the result lives as long as that slot (pin the
 * slot to keep it across asynchronous work). */
const char *nd_utf8_encode(duk_context *ctx, duk_idx_t idx, size_t *len);

/* Push the string that the UTF-8 bytes p[0 .. len) decode to. */
void nd_utf8_push_string(duk_context *ctx, const char *p, size_t len);

#endif
