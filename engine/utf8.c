/*
 * utf8.c - CESU-8 (Duktape's strings) to UTF-8 and back; see utf8.h.
 *
 * Both directions have a fast path that only scans: ASCII and ordinary
 * BMP text need no conversion at all, and most text is exactly that.
 * Decoding follows the WHATWG decoder that Node uses: each maximal invalid
 * subsequence becomes one U+FFFD.
 *
 * Threading: pure functions over the caller's engine.
 */
#include <string.h>

#include "utf8.h"

static const unsigned char replacement[3] = {0xEF, 0xBF, 0xBD}; /* FFFD */

/* Write the 3-byte encoding of a BMP code point (also a surrogate). */
static size_t put3(unsigned char *o, unsigned cp) {
    o[0] = (unsigned char)(0xE0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
}

/* The code point of the 3-byte sequence at p if it encodes a surrogate
 * (ED A0..BF xx), else 0. */
static unsigned surrogate_at(const unsigned char *p, size_t left) {
    if (left < 3 || p[0] != 0xED || p[1] < 0xA0 || p[1] > 0xBF)
        return 0;
    return 0xD000 | ((unsigned)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
}

/* see utf8.h */
const char *nd_utf8_encode(duk_context *ctx, duk_idx_t idx, size_t *len) {
    size_t n, i, o = 0;
    const unsigned char *s;
    unsigned char *out;
    unsigned hi, lo, cp;

    s = (const unsigned char *)duk_get_lstring(ctx, idx, &n);
    if (memchr(s, 0xED, n) == NULL) { /* no surrogates: already UTF-8 */
        *len = n;
        return (const char *)s;
    }
    idx = duk_normalize_index(ctx, idx);
    out = duk_push_dynamic_buffer(ctx, n); /* pairs shrink, halves stay */
    for (i = 0; i < n;) {
        hi = surrogate_at(s + i, n - i);
        if (hi == 0) {
            out[o++] = s[i++];
            continue;
        }
        lo = hi < 0xDC00 ? surrogate_at(s + i + 3, n - i - 3) : 0;
        if (lo >= 0xDC00) {
            cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
            out[o++] = (unsigned char)(0xF0 | (cp >> 18));
            out[o++] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
            out[o++] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
            out[o++] = (unsigned char)(0x80 | (cp & 0x3F));
            i += 6;
        } else { /* a lone half */
            memcpy(out + o, replacement, 3);
            o += 3;
            i += 3;
        }
    }
    duk_resize_buffer(ctx, -1, o);
    duk_replace(ctx, idx);
    *len = o;
    return duk_get_buffer_data(ctx, idx, NULL);
}

/* Length of the well-formed UTF-8 sequence at p (1..4), or 0 if invalid;
 * *bad gets how many bytes form the maximal invalid subpart (>= 1). */
static size_t sequence(const unsigned char *p, size_t left, size_t *bad) {
    unsigned char c = p[0], lo = 0x80, hi = 0xBF;
    size_t need, k;

    *bad = 1;
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        need = 1;
    else if (c >= 0xE0 && c <= 0xEF)
        need = 2;
    else if (c >= 0xF0 && c <= 0xF4)
        need = 3;
    else
        return 0;
    if (c == 0xE0)
        lo = 0xA0;
    else if (c == 0xED)
        hi = 0x9F; /* no surrogates in UTF-8 */
    else if (c == 0xF0)
        lo = 0x90;
    else if (c == 0xF4)
        hi = 0x8F;
    for (k = 1; k <= need; k++) {
        if (k >= left || p[k] < lo || p[k] > hi)
            return 0;
        *bad = k + 1;
        lo = 0x80;
        hi = 0xBF;
    }
    return need + 1;
}

/* Decode p[i .. n) into out (CESU-8); with out == NULL only count.
 * Returns the output length. */
static size_t decode(const unsigned char *p, size_t i, size_t n,
                     unsigned char *out) {
    unsigned char tmp[6];
    size_t o = 0, len, bad, k;
    unsigned cp;

    while (i < n) {
        len = sequence(p + i, n - i, &bad);
        if (len == 0) {
            memcpy(tmp, replacement, 3);
            k = 3;
            i += bad;
        } else if (len == 4) { /* non-BMP: a surrogate pair */
            cp = ((unsigned)(p[i] & 0x07) << 18) |
                 ((unsigned)(p[i + 1] & 0x3F) << 12) |
                 ((unsigned)(p[i + 2] & 0x3F) << 6) | (p[i + 3] & 0x3F);
            cp -= 0x10000;
            k = put3(tmp, 0xD800 + (cp >> 10));
            k += put3(tmp + 3, 0xDC00 + (cp & 0x3FF));
            i += 4;
        } else {
            memcpy(tmp, p + i, len);
            k = len;
            i += len;
        }
        if (out != NULL)
            memcpy(out + o, tmp, k);
        o += k;
    }
    return o;
}

/* see utf8.h */
void nd_utf8_push_string(duk_context *ctx, const char *text, size_t n) {
    const unsigned char *p = (const unsigned char *)text;
    size_t i, len, bad, size;
    unsigned char *out;

    for (i = 0; i < n; i += len) { /* fast path: valid and all BMP */
        len = sequence(p + i, n - i, &bad);
        if (len == 0 || len == 4)
            break;
    }
    if (i >= n) {
        duk_push_lstring(ctx, text, n);
        return;
    }
    size = i + decode(p, i, n, NULL);
    out = duk_push_fixed_buffer(ctx, size);
    memcpy(out, p, i);
    decode(p, i, n, out + i);
    duk_push_lstring(ctx, (const char *)out, size);
    duk_remove(ctx, -2);
}
