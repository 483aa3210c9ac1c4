/*
 * buffer_codec.c - Buffer's encodings other than UTF-8, and its byte
 * search; see buffer_codec.h for the rules.
 *
 * Text is read one UTF-16 code unit at a time from Duktape's CESU-8 (a
 * units_t reader).  A Duktape string made by C code may also hold a
 * four-byte UTF-8 sequence or stray bytes; the reader turns the first
 * into its surrogate pair and each stray byte into U+FFFD, so no input
 * can make it read past the end.
 *
 * Every encoder has one loop used twice: once with out == NULL to
 * measure (with no limit), once to write.  Writers stop before a unit that would not fit,
 * so the measure and the write agree.
 *
 * Search tries each position (memchr finds candidates) for needles of up
 * to 32 units, and runs Knuth-Morris-Pratt, linear in any input, for
 * longer ones, with a table from malloc (falling back to trying each
 * position for needles over 16M units or when malloc fails).  Node's own search is Boyer-Moore-like; positions found
 * are the same.
 *
 * Threading: pure functions.
 */
#include <stdlib.h>
#include <string.h>

#include "buffer_codec.h"

/* ---- reading a JS string, unit by unit ---------------------------------- */

typedef struct {
    const uint8_t *s;
    size_t n, i;
    unsigned low; /* the second half of a pair still to hand out, or 0 */
} units_t;

static int cont(uint8_t c) {
    return (c & 0xC0) == 0x80;
}

/* Store the next code unit in *u; 0 at the end of the string. */
static int next_unit(units_t *r, unsigned *u) {
    const uint8_t *s = r->s + r->i;
    size_t left = r->n - r->i;
    unsigned cp;

    if (r->low != 0) {
        *u = r->low;
        r->low = 0;
        return 1;
    }
    if (left == 0)
        return 0;
    if (s[0] < 0x80) {
        *u = s[0];
        r->i += 1;
        return 1;
    }
    if ((s[0] & 0xE0) == 0xC0 && left >= 2 && cont(s[1])) {
        *u = ((unsigned)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
        r->i += 2;
        return 1;
    }
    if ((s[0] & 0xF0) == 0xE0 && left >= 3 && cont(s[1]) && cont(s[2])) {
        *u = ((unsigned)(s[0] & 0x0F) << 12) |
             ((unsigned)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        r->i += 3;
        return 1;
    }
    if ((s[0] & 0xF8) == 0xF0 && left >= 4 && cont(s[1]) && cont(s[2]) &&
        cont(s[3])) {
        cp = ((unsigned)(s[0] & 0x07) << 18) |
             ((unsigned)(s[1] & 0x3F) << 12) |
             ((unsigned)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
        r->i += 4;
        if (cp >= 0x10000 && cp <= 0x10FFFF) {
            cp -= 0x10000;
            *u = 0xD800 + (cp >> 10);
            r->low = 0xDC00 + (cp & 0x3FF);
        } else {
            *u = 0xFFFD;
        }
        return 1;
    }
    *u = 0xFFFD;
    r->i += 1;
    return 1;
}

static void units_init(units_t *r, const uint8_t *s, size_t n) {
    r->s = s;
    r->n = n;
    r->i = 0;
    r->low = 0;
}

/* ---- text to bytes ------------------------------------------------------ */

/* latin1, ascii: the low byte of each unit. */
static size_t encode_bytes(const uint8_t *s, size_t n, uint8_t *out,
                           size_t cap) {
    units_t r;
    unsigned u;
    size_t o = 0;

    units_init(&r, s, n);
    while (o < cap && next_unit(&r, &u)) {
        if (out != NULL)
            out[o] = (uint8_t)u;
        o++;
    }
    return o;
}

/* ucs2: each unit as two bytes, little-endian. */
static size_t encode_ucs2(const uint8_t *s, size_t n, uint8_t *out,
                          size_t cap) {
    units_t r;
    unsigned u;
    size_t o = 0;

    units_init(&r, s, n);
    while (cap - o >= 2 && next_unit(&r, &u)) {
        if (out != NULL) {
            out[o] = (uint8_t)u;
            out[o + 1] = (uint8_t)(u >> 8);
        }
        o += 2;
    }
    return o;
}

/* The value of an ASCII hex digit; -1 for any other character. */
static const int8_t hex_values[128] = {
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
     0,  1,  2,  3,  4,  5,  6,  7,  8,  9, -1, -1, -1, -1, -1, -1,
    -1, 10, 11, 12, 13, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    -1, 10, 11, 12, 13, 14, 15, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
};

static int hexval(unsigned c) {
    return c < 128 ? hex_values[c] : -1;
}

static size_t encode_hex(const uint8_t *s, size_t n, uint8_t *out,
                         size_t cap) {
    units_t r;
    unsigned a, b;
    size_t o = 0, i = 0;
    int hi, lo;

    /* Fast path: pairs of ASCII digits, straight from the bytes.  It
     * stops at a character boundary, where the reader takes over. */
    while (o < cap && i + 2 <= n) {
        hi = hexval(s[i]);
        lo = hexval(s[i + 1]);
        if (hi < 0 || lo < 0)
            break;
        if (out != NULL)
            out[o] = (uint8_t)(hi << 4 | lo);
        o++;
        i += 2;
    }
    units_init(&r, s + i, n - i);
    while (o < cap && next_unit(&r, &a) && next_unit(&r, &b)) {
        hi = hexval(a & 0xFF);
        lo = hexval(b & 0xFF);
        if (hi < 0 || lo < 0)
            break;
        if (out != NULL)
            out[o] = (uint8_t)(hi << 4 | lo);
        o++;
    }
    return o;
}

/* The 6-bit value of a character of either base64 alphabet (+/ and -_);
 * -1 for '=' (the end) and -2 for anything else (skipped). */
static const int8_t b64_values[128] = {
    -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2,
    -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2,
    -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, -2, 62, -2, 62, -2, 63,
    52, 53, 54, 55, 56, 57, 58, 59, 60, 61, -2, -2, -2, -1, -2, -2,
    -2,  0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14,
    15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, -2, -2, -2, -2, 63,
    -2, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40,
    41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, -2, -2, -2, -2, -2,
};

static int b64val(unsigned c) {
    return c < 128 ? b64_values[c] : -2;
}

/* Bits accumulate six at a time; a byte goes out whenever eight are
 * there.  So a tail of one character gives nothing, of two one byte and
 * of three two bytes, as in Node. */
static size_t encode_base64(const uint8_t *s, size_t n, uint8_t *out,
                            size_t cap) {
    units_t r;
    unsigned u, acc = 0, bits = 0;
    size_t o = 0, i = 0;
    int v, a, b, c, d;

    /* Fast path: whole groups of four ASCII alphabet characters, straight
     * from the bytes; anything else (padding, a skipped character, the
     * last group) ends it at a group boundary, where the general loop
     * takes over with no bits pending. */
    while (i + 4 <= n && cap - o >= 3) {
        a = b64val(s[i]);
        b = b64val(s[i + 1]);
        c = b64val(s[i + 2]);
        d = b64val(s[i + 3]);
        if ((a | b | c | d) < 0)
            break;
        if (out != NULL) {
            out[o] = (uint8_t)(a << 2 | b >> 4);
            out[o + 1] = (uint8_t)((b & 15) << 4 | c >> 2);
            out[o + 2] = (uint8_t)((c & 3) << 6 | d);
        }
        o += 3;
        i += 4;
    }
    units_init(&r, s + i, n - i);
    while (o < cap && next_unit(&r, &u)) {
        v = b64val(u & 0xFF);
        if (v == -1)
            break;
        if (v == -2)
            continue;
        acc = (acc << 6 | (unsigned)v) & 0xFFFFFF;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            if (out != NULL)
                out[o] = (uint8_t)(acc >> bits);
            o++;
        }
    }
    return o;
}

/* Both entry points: with out == NULL, measure instead of writing. */
static size_t encode(nd_enc_t enc, const uint8_t *s, size_t n, uint8_t *out,
                     size_t cap) {
    switch (enc) {
    case ND_ENC_UCS2:
        return encode_ucs2(s, n, out, cap);
    case ND_ENC_LATIN1:
    case ND_ENC_ASCII:
        return encode_bytes(s, n, out, cap);
    case ND_ENC_HEX:
        return encode_hex(s, n, out, cap);
    case ND_ENC_BASE64:
    case ND_ENC_BASE64URL:
        return encode_base64(s, n, out, cap);
    case ND_ENC_UTF8:
        break;
    }
    return 0;
}

/* see buffer_codec.h */
size_t nd_codec_encode(nd_enc_t enc, const uint8_t *s, size_t n,
                       uint8_t *out, size_t cap) {
    return cap == 0 || out == NULL ? 0 : encode(enc, s, n, out, cap);
}

/* see buffer_codec.h */
size_t nd_codec_encoded_size(nd_enc_t enc, const uint8_t *s, size_t n) {
    return encode(enc, s, n, NULL, (size_t)-1);
}

/* ---- bytes to text ------------------------------------------------------ */

/* The CESU-8 length of one code unit (a surrogate half takes three). */
static size_t unit_size(unsigned u) {
    return u < 0x80 ? 1 : u < 0x800 ? 2 : 3;
}

static size_t put_unit(uint8_t *o, unsigned u) {
    if (u < 0x80) {
        o[0] = (uint8_t)u;
        return 1;
    }
    if (u < 0x800) {
        o[0] = (uint8_t)(0xC0 | (u >> 6));
        o[1] = (uint8_t)(0x80 | (u & 0x3F));
        return 2;
    }
    o[0] = (uint8_t)(0xE0 | (u >> 12));
    o[1] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
    o[2] = (uint8_t)(0x80 | (u & 0x3F));
    return 3;
}

static const char hexdigits[] = "0123456789abcdef";
static const char b64std[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char b64url[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/* see buffer_codec.h */
size_t nd_codec_decoded_size(nd_enc_t enc, const uint8_t *p, size_t n,
                             size_t *units) {
    size_t i, size = 0;

    switch (enc) {
    case ND_ENC_UCS2:
        for (i = 0; i + 1 < n; i += 2)
            size += unit_size(p[i] | (unsigned)p[i + 1] << 8);
        *units = n / 2;
        return size;
    case ND_ENC_LATIN1: /* one byte more for each byte >= 0x80 */
        for (i = 0; i < n; i++)
            size += p[i] >> 7;
        *units = n;
        return n + size;
    case ND_ENC_ASCII:
        *units = n;
        return n;
    case ND_ENC_HEX:
        *units = 2 * n;
        return 2 * n;
    case ND_ENC_BASE64:
        *units = (n + 2) / 3 * 4;
        return *units;
    case ND_ENC_BASE64URL:
        *units = n / 3 * 4 + (n % 3 == 0 ? 0 : n % 3 + 1);
        return *units;
    case ND_ENC_UTF8:
        break;
    }
    *units = 0;
    return 0;
}

static void decode_base64(const uint8_t *p, size_t n, uint8_t *out,
                          const char *alphabet, int pad) {
    size_t i;
    unsigned v;

    for (i = 0; i + 2 < n; i += 3) {
        v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8 | p[i + 2];
        *out++ = (uint8_t)alphabet[v >> 18];
        *out++ = (uint8_t)alphabet[(v >> 12) & 63];
        *out++ = (uint8_t)alphabet[(v >> 6) & 63];
        *out++ = (uint8_t)alphabet[v & 63];
    }
    if (n - i == 1) {
        v = (unsigned)p[i] << 16;
        *out++ = (uint8_t)alphabet[v >> 18];
        *out++ = (uint8_t)alphabet[(v >> 12) & 63];
        if (pad) {
            *out++ = '=';
            *out++ = '=';
        }
    } else if (n - i == 2) {
        v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8;
        *out++ = (uint8_t)alphabet[v >> 18];
        *out++ = (uint8_t)alphabet[(v >> 12) & 63];
        *out++ = (uint8_t)alphabet[(v >> 6) & 63];
        if (pad)
            *out++ = '=';
    }
}

/* see buffer_codec.h */
void nd_codec_decode(nd_enc_t enc, const uint8_t *p, size_t n,
                     uint8_t *out) {
    size_t i;

    switch (enc) {
    case ND_ENC_UCS2:
        for (i = 0; i + 1 < n; i += 2)
            out += put_unit(out, p[i] | (unsigned)p[i + 1] << 8);
        break;
    case ND_ENC_LATIN1:
        for (i = 0; i < n; i++) {
            if (p[i] < 0x80) {
                *out++ = p[i];
            } else {
                *out++ = (uint8_t)(0xC0 | (p[i] >> 6));
                *out++ = (uint8_t)(0x80 | (p[i] & 0x3F));
            }
        }
        break;
    case ND_ENC_ASCII:
        for (i = 0; i < n; i++)
            out[i] = p[i] & 0x7F;
        break;
    case ND_ENC_HEX:
        for (i = 0; i < n; i++) {
            *out++ = (uint8_t)hexdigits[p[i] >> 4];
            *out++ = (uint8_t)hexdigits[p[i] & 15];
        }
        break;
    case ND_ENC_BASE64:
        decode_base64(p, n, out, b64std, 1);
        break;
    case ND_ENC_BASE64URL:
        decode_base64(p, n, out, b64url, 0);
        break;
    case ND_ENC_UTF8:
        break;
    }
}

/* ---- validation --------------------------------------------------------- */

/* see buffer_codec.h */
size_t nd_codec_ascii_prefix(const uint8_t *p, size_t n) {
    size_t i = 0;
    uint64_t w;

    for (; i + 8 <= n; i += 8) { /* eight bytes at a time */
        memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL)
            break;
    }
    while (i < n && p[i] < 0x80)
        i++;
    return i;
}

/* see buffer_codec.h */
int nd_codec_is_utf8(const uint8_t *p, size_t n) {
    size_t i = 0, need, k;
    uint8_t lo, hi;

    while (i < n) {
        if (p[i] < 0x80) {
            i++;
            continue;
        }
        lo = 0x80;
        hi = 0xBF;
        if (p[i] >= 0xC2 && p[i] <= 0xDF)
            need = 1;
        else if (p[i] >= 0xE0 && p[i] <= 0xEF)
            need = 2;
        else if (p[i] >= 0xF0 && p[i] <= 0xF4)
            need = 3;
        else
            return 0;
        if (p[i] == 0xE0)
            lo = 0xA0; /* overlong */
        else if (p[i] == 0xED)
            hi = 0x9F; /* a surrogate */
        else if (p[i] == 0xF0)
            lo = 0x90; /* overlong */
        else if (p[i] == 0xF4)
            hi = 0x8F; /* beyond U+10FFFF */
        if (n - i <= need)
            return 0;
        for (k = 1; k <= need; k++) {
            if (p[i + k] < lo || p[i + k] > hi)
                return 0;
            lo = 0x80;
            hi = 0xBF;
        }
        i += need + 1;
    }
    return 1;
}

/* ---- search ------------------------------------------------------------- */

/* A run of code units to search in or for: unit is 1 (bytes) or 2
 * (UTF-16LE code units); reverse reads it from the end, which turns a
 * backward search into a forward one. */
typedef struct {
    const uint8_t *p;
    size_t count; /* in units */
    size_t unit;
    int reverse;
} run_t;

static unsigned unit_at(const run_t *s, size_t i) {
    size_t k = s->reverse ? s->count - 1 - i : i;

    return s->unit == 1 ? s->p[k]
                        : s->p[2 * k] | (unsigned)s->p[2 * k + 1] << 8;
}

/* The first match of n in h at or after from, or h->count: Knuth,
 * Morris and Pratt's algorithm, linear whatever the input.  fail has
 * room for n->count entries. */
static size_t kmp(const run_t *h, const run_t *n, size_t from,
                  uint32_t *fail) {
    size_t m = n->count, i, k;

    /* fail[i]: the length of the longest proper prefix of n that is
     * also a suffix of n[0 .. i]. */
    fail[0] = 0;
    for (i = 1, k = 0; i < m; i++) {
        while (k > 0 && unit_at(n, i) != unit_at(n, k))
            k = fail[k - 1];
        if (unit_at(n, i) == unit_at(n, k))
            k++;
        fail[i] = (uint32_t)k;
    }
    for (i = from, k = 0; i < h->count; i++) {
        while (k > 0 && unit_at(h, i) != unit_at(n, k))
            k = fail[k - 1];
        if (unit_at(h, i) == unit_at(n, k) && ++k == m)
            return i + 1 - m;
    }
    return h->count;
}

/* The same, by trying each position: quicker for short needles (memchr
 * finds the candidates), at most count * m steps. */
static size_t naive(const run_t *h, const run_t *n, size_t from) {
    size_t i, k, unit = h->unit, m = n->count;
    const uint8_t *q;

    for (i = from; i + m <= h->count; i++) {
        if (unit == 1 && !h->reverse) {
            q = memchr(h->p + i, n->p[0], h->count - m + 1 - i);
            if (q == NULL)
                break;
            i = (size_t)(q - h->p);
            if (memcmp(h->p + i, n->p, m) == 0)
                return i;
            continue;
        }
        k = 0;
        while (k < m && unit_at(h, i + k) == unit_at(n, k))
            k++;
        if (k == m)
            return i;
    }
    return h->count;
}

/* see buffer_codec.h.  A backward search is a forward one over both runs
 * read from the end. */
size_t nd_codec_search(const uint8_t *h, size_t count, const uint8_t *n,
                       size_t m, size_t from, int fwd, size_t unit) {
    run_t hs = {h, count, unit, !fwd}, ns = {n, m, unit, !fwd};
    uint32_t *fail;
    size_t r;

    if (m > count)
        return count;
    if (!fwd) /* the latest start, as a position in the reversed run */
        from = count - m - (from < count - m ? from : count - m);
    /* Long needles get the linear algorithm, with a table of at most
     * 64 MiB (beyond that, or if malloc fails, each position is tried). */
    fail = m > 32 && m <= ((size_t)1 << 24) ? malloc(m * sizeof(*fail))
                                              : NULL;
    r = fail != NULL ? kmp(&hs, &ns, from, fail) : naive(&hs, &ns, from);
    free(fail);
    if (!fwd && r != count)
        r = count - r - m;
    return r;
}
