/*
 * buffer.c - internalBinding('buffer'): the byte work behind Buffer
 * (modules/buffer.js): text encoding and decoding, search, comparison,
 * copying, filling and byte swapping over a typed array's memory.
 *
 * A Buffer is a Duktape Uint8Array whose prototype is Buffer.prototype.
 * The JS side hands that prototype over once (setup); buffers made here
 * (fromString, create) get it, so no JS runs per allocation.  Every
 * function reads its bytes with duk_get_buffer_data(), which yields the
 * view's own window (offset applied, NULL and 0 for a view its backing
 * store no longer covers), and checks each index against that window
 * before touching memory: the JS facade validates arguments for Node's
 * messages, and this file checks them again (STYLE.md, rule 7).
 *
 * Encodings are small integers (buffer_codec.h, nd_enc_t).  UTF-8 goes
 * through engine/utf8.h; the others, and searching, through
 * buffer_codec.c.
 *
 * Threading: the engine's thread.  No state beyond the prototype, kept in
 * the heap stash of each engine.
 */
#include <stdint.h>
#include <string.h>

#include "../engine/check.h"
#include "../engine/engine.h"
#include "../engine/utf8.h"
#include "buffer_codec.h"

#define KEY_PROTO DUK_HIDDEN_SYMBOL("bufferProto")

/* Node's limits, as buffer.constants reports them.  A Duktape buffer
 * holds at most 0x7ffffffe bytes (DUK_HBUFFER_MAX_BYTELEN).  Strings are
 * capped at V8's length so that any string fits Duktape's limit of 2^31
 * bytes even at three bytes per code unit. */
#define MAX_LENGTH 0x7ffffffe
#define MAX_STRING_LENGTH 536870888 /* 2^29 - 24 */

/* ---- arguments ---------------------------------------------------------- */

static uint8_t *check_bytes(duk_context *ctx, duk_idx_t idx,
                            const char *name, size_t *len) {
    return nd_check_buffer(ctx, idx, name, len);
}

static nd_enc_t check_enc(duk_context *ctx, duk_idx_t idx) {
    return (nd_enc_t)nd_check_integer(ctx, idx, "encoding", 0, ND_ENC_LAST);
}

/* An index into a buffer of len bytes: 0 <= i <= len. */
static size_t check_index(duk_context *ctx, duk_idx_t idx, const char *name,
                          size_t lo, size_t len) {
    return (size_t)nd_check_integer(ctx, idx, name, (int64_t)lo,
                                    (int64_t)len);
}

static duk_ret_t throw_too_long(duk_context *ctx) {
    return nd_throw(ctx, DUK_ERR_ERROR, "ERR_STRING_TOO_LONG",
                    "Cannot create a string longer than 0x%x characters",
                    (unsigned)MAX_STRING_LENGTH);
}

/* ---- making buffers ----------------------------------------------------- */

/* Give the typed array at the top of the stack Buffer.prototype. */
static void set_proto(duk_context *ctx) {
    duk_push_heap_stash(ctx);
    if (duk_get_prop_string(ctx, -1, KEY_PROTO))
        duk_set_prototype(ctx, -3);
    else
        duk_pop(ctx);
    duk_pop(ctx);
}

/* Push new memory for a Buffer of up to size bytes: zero-filled, or,
 * when the caller overwrites all of it (or asked for allocUnsafe), left
 * as the allocator gave it, which spares a pass over every byte. */
static uint8_t *push_memory_raw(duk_context *ctx, size_t size, int zero) {
    if (size > MAX_LENGTH)
        nd_throw(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                 "The value of \"size\" is out of range. It must be >= 0 "
                 "&& <= %d. Received %lu",
                 MAX_LENGTH, (unsigned long)size);
    return duk_push_buffer_raw(ctx, size, zero ? 0 : DUK_BUF_FLAG_NOZERO);
}

/* Push new zero-filled memory for a Buffer of up to size bytes. */
static uint8_t *push_memory(duk_context *ctx, size_t size) {
    return push_memory_raw(ctx, size, 1);
}

/* Replace the memory at the top of the stack by a Buffer over its first
 * len bytes. */
static void make_buffer(duk_context *ctx, size_t len) {
    duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_UINT8ARRAY);
    duk_remove(ctx, -2);
    set_proto(ctx);
}

/* Push a new zero-filled Buffer of size bytes; return its memory. */
static uint8_t *push_buffer(duk_context *ctx, size_t size) {
    uint8_t *p = push_memory(ctx, size);

    make_buffer(ctx, size);
    return p;
}

/* The same, not zero-filled: for a caller that writes every byte. */
static uint8_t *push_buffer_unfilled(duk_context *ctx, size_t size) {
    uint8_t *p = push_memory_raw(ctx, size, 0);

    make_buffer(ctx, size);
    return p;
}

/* setup(proto): the prototype of every Buffer made here from now on. */
static duk_ret_t b_setup(duk_context *ctx) {
    if (!duk_is_object(ctx, 0))
        return nd_throw_arg_type(ctx, 0, "proto", "of type object");
    duk_push_heap_stash(ctx);
    duk_dup(ctx, 0);
    duk_put_prop_string(ctx, -2, KEY_PROTO);
    return 0;
}

/* create(size) -> a zero-filled Buffer */
static duk_ret_t b_create(duk_context *ctx) {
    push_buffer(ctx, (size_t)nd_check_integer(ctx, 0, "size", 0,
                                              MAX_LENGTH));
    return 1;
}

/* createUnsafe(size) -> a Buffer whose bytes are whatever the allocator
 * left there (Buffer.allocUnsafe, and buffers about to be overwritten) */
static duk_ret_t b_create_unsafe(duk_context *ctx) {
    push_buffer_unfilled(ctx, (size_t)nd_check_integer(ctx, 0, "size", 0,
                                                       MAX_LENGTH));
    return 1;
}

/* view(buffer, start, end) -> a Buffer over bytes [start, end) of buffer:
 * the same memory and the same ArrayBuffer (buf.slice, buf.subarray).
 * Duktape makes a view's .buffer on first use; reading it here first
 * makes the new view share it rather than get one of its own. */
static duk_ret_t b_view(duk_context *ctx) {
    size_t len, ablen = 0, start, end;
    uint8_t *p = check_bytes(ctx, 0, "buffer", &len), *base = NULL;
    uintptr_t at, from;

    start = check_index(ctx, 1, "start", 0, len);
    end = check_index(ctx, 2, "end", start, len);
    duk_get_prop_string(ctx, 0, "buffer");
    if (duk_is_buffer_data(ctx, -1))
        base = duk_get_buffer_data(ctx, -1, &ablen);
    /* The ArrayBuffer must hold the view where the view says it is: a
     * 'buffer' getter replaced from JS could return another one. */
    at = (uintptr_t)p;
    from = (uintptr_t)base;
    if (p == NULL && len == 0)
        at = from;
    if (base == NULL || at < from || at - from > ablen ||
        len > ablen - (at - from))
        return nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_STATE",
                        "Invalid state: the buffer's memory has moved");
    duk_push_buffer_object(ctx, -1, (at - from) + start, end - start,
                           DUK_BUFOBJ_UINT8ARRAY);
    set_proto(ctx);
    return 1;
}

/* ---- text to bytes ------------------------------------------------------ */

/* The UTF-8 of the string at idx (see nd_utf8_encode: the slot may be
 * replaced by a buffer holding it). */
static const uint8_t *utf8_of(duk_context *ctx, duk_idx_t idx, size_t *len) {
    return (const uint8_t *)nd_utf8_encode(ctx, idx, len);
}

/* How much of the UTF-8 text u[0 .. len) fits in cap bytes without
 * cutting a character: back up from the cut to the start of the
 * character it falls in. */
static size_t utf8_fit(const uint8_t *u, size_t len, size_t cap) {
    size_t k;

    if (len <= cap)
        return len;
    k = cap;
    while (k > 0 && (u[k] & 0xC0) == 0x80)
        k--;
    return k;
}

/* byteLengthUtf8(string) -> bytes */
static duk_ret_t b_byte_length_utf8(duk_context *ctx) {
    size_t len;

    nd_check_string(ctx, 0, "string", NULL);
    utf8_of(ctx, 0, &len);
    duk_push_number(ctx, (double)len);
    return 1;
}

/* fromString(string, encoding) -> Buffer holding exactly its encoding */
static duk_ret_t b_from_string(duk_context *ctx) {
    size_t n, size;
    const uint8_t *s = (const uint8_t *)nd_check_string(ctx, 0, "string", &n);
    nd_enc_t enc = check_enc(ctx, 1);
    uint8_t *out;

    if (enc == ND_ENC_UTF8) {
        s = utf8_of(ctx, 0, &size);
        out = push_buffer_unfilled(ctx, size);
        if (size > 0)
            memcpy(out, s, size);
        return 1;
    }
    if (enc == ND_ENC_HEX || enc == ND_ENC_BASE64 ||
        enc == ND_ENC_BASE64URL) {
        /* Every character takes at least a byte of s, so these bounds
         * hold and spare a measuring pass; the Buffer is a view of the
         * part written (as in Node, its memory may be a little longer). */
        size = enc == ND_ENC_HEX ? n / 2 : n / 4 * 3 + 2;
        out = push_memory(ctx, size);
        make_buffer(ctx, nd_codec_encode(enc, s, n, out, size));
        return 1;
    }
    size = nd_codec_encoded_size(enc, s, n);
    out = push_buffer(ctx, size);
    nd_codec_encode(enc, s, n, out, size);
    return 1;
}

/* write(buffer, string, offset, length, encoding) -> bytes written.
 * Writes at most length bytes at offset, whole characters only. */
static duk_ret_t b_write(duk_context *ctx) {
    size_t blen, n, off, cap, len;
    uint8_t *p = check_bytes(ctx, 0, "buffer", &blen);
    const uint8_t *s;
    nd_enc_t enc;

    if (!duk_is_string(ctx, 1) || duk_is_symbol(ctx, 1))
        return nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_TYPE",
                        "argument must be a string");
    s = (const uint8_t *)duk_get_lstring(ctx, 1, &n);
    off = check_index(ctx, 2, "offset", 0, blen);
    cap = check_index(ctx, 3, "length", 0, blen - off);
    enc = check_enc(ctx, 4);
    if (cap == 0) {
        len = 0;
    } else if (enc == ND_ENC_UTF8) {
        s = utf8_of(ctx, 1, &n);
        len = utf8_fit(s, n, cap);
        if (len > 0)
            memcpy(p + off, s, len);
    } else {
        len = nd_codec_encode(enc, s, n, p + off, cap);
    }
    duk_push_number(ctx, (double)len);
    return 1;
}

/* ---- bytes to text ------------------------------------------------------ */

/* decode(buffer, start, end, encoding) -> string */
static duk_ret_t b_decode(duk_context *ctx) {
    size_t blen, start, end, n, size, units;
    const uint8_t *p = check_bytes(ctx, 0, "buffer", &blen);
    nd_enc_t enc;
    uint8_t small[256], *out;

    start = check_index(ctx, 1, "start", 0, blen);
    end = check_index(ctx, 2, "end", start, blen);
    enc = check_enc(ctx, 3);
    n = end - start;
    if (n == 0) {
        duk_push_string(ctx, "");
        return 1;
    }
    p += start;
    if (enc == ND_ENC_UTF8) {
        /* Each unit takes at least one byte, so only a buffer longer
         * than the limit can make a string that is too long. */
        if (nd_codec_ascii_prefix(p, n) == n)
            duk_push_lstring(ctx, (const char *)p, n);
        else
            nd_utf8_push_string(ctx, (const char *)p, n);
        if (n > MAX_STRING_LENGTH && duk_get_length(ctx, -1) >
                                         MAX_STRING_LENGTH)
            return throw_too_long(ctx);
        return 1;
    }
    size = nd_codec_decoded_size(enc, p, n, &units);
    if (units > MAX_STRING_LENGTH)
        return throw_too_long(ctx);
    if ((enc == ND_ENC_LATIN1 || enc == ND_ENC_ASCII) &&
        nd_codec_ascii_prefix(p, n) == n) {
        /* ASCII bytes are their own string in both */
        duk_push_lstring(ctx, (const char *)p, n);
        return 1;
    }
    out = size <= sizeof(small) ? small : duk_push_fixed_buffer(ctx, size);
    nd_codec_decode(enc, p, n, out);
    duk_push_lstring(ctx, (const char *)out, size);
    if (out != small)
        duk_remove(ctx, -2);
    return 1;
}

/* ---- comparing, copying, filling ---------------------------------------- */

/* compare(a, aStart, aEnd, b, bStart, bEnd) -> -1, 0 or 1 */
static duk_ret_t b_compare(duk_context *ctx) {
    size_t alen, blen, as, ae, bs, be, n;
    const uint8_t *a = check_bytes(ctx, 0, "source", &alen);
    const uint8_t *b = check_bytes(ctx, 3, "target", &blen);
    int c = 0;

    as = check_index(ctx, 1, "sourceStart", 0, alen);
    ae = check_index(ctx, 2, "sourceEnd", as, alen);
    bs = check_index(ctx, 4, "targetStart", 0, blen);
    be = check_index(ctx, 5, "targetEnd", bs, blen);
    n = ae - as < be - bs ? ae - as : be - bs;
    if (n > 0)
        c = memcmp(a + as, b + bs, n);
    if (c == 0)
        c = ae - as < be - bs ? -1 : ae - as > be - bs ? 1 : 0;
    duk_push_int(ctx, c < 0 ? -1 : c > 0 ? 1 : 0);
    return 1;
}

/* copy(source, sourceStart, sourceEnd, target, targetStart) -> bytes.
 * Copies as much of the source range as fits; the ranges may overlap. */
static duk_ret_t b_copy(duk_context *ctx) {
    size_t slen, tlen, ss, se, ts, n;
    const uint8_t *s = check_bytes(ctx, 0, "source", &slen);
    uint8_t *t = check_bytes(ctx, 3, "target", &tlen);

    ss = check_index(ctx, 1, "sourceStart", 0, slen);
    se = check_index(ctx, 2, "sourceEnd", ss, slen);
    ts = check_index(ctx, 4, "targetStart", 0, tlen);
    n = se - ss < tlen - ts ? se - ss : tlen - ts;
    if (n > 0)
        memmove(t + ts, s + ss, n);
    duk_push_number(ctx, (double)n);
    return 1;
}

/* fill(buffer, value, start, end): value is a byte (0..255) or the
 * non-empty bytes of a pattern, repeated and cut at end. */
static duk_ret_t b_fill(duk_context *ctx) {
    size_t blen, start, end, plen, done;
    uint8_t *p = check_bytes(ctx, 0, "buffer", &blen);
    const uint8_t *pat;

    start = check_index(ctx, 2, "start", 0, blen);
    end = check_index(ctx, 3, "end", start, blen);
    if (duk_is_number(ctx, 1)) {
        int byte = (int)nd_check_integer(ctx, 1, "value", 0, 255);
        if (end > start)
            memset(p + start, byte, end - start);
        return 0;
    }
    pat = check_bytes(ctx, 1, "value", &plen);
    if (plen == 0)
        return nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
                        "The argument 'value' is invalid.");
    if (end == start)
        return 0;
    /* One copy of the pattern (memmove: it may overlap the range), then
     * double what is done, reading only from the range itself. */
    done = end - start < plen ? end - start : plen;
    memmove(p + start, pat, done);
    while (done < end - start) {
        size_t k = end - start - done < done ? end - start - done : done;
        memcpy(p + start + done, p + start, k);
        done += k;
    }
    return 0;
}

/* swap(buffer, size): reverse the bytes of each size-byte group (2, 4 or
 * 8); the length must be a multiple of size. */
static duk_ret_t b_swap(duk_context *ctx) {
    size_t len, i, k;
    uint8_t *p = check_bytes(ctx, 0, "buffer", &len), t;
    size_t size = (size_t)nd_check_integer(ctx, 1, "size", 2, 8);

    if ((size != 2 && size != 4 && size != 8) || len % size != 0)
        return nd_throw(ctx, DUK_ERR_RANGE_ERROR, "ERR_INVALID_BUFFER_SIZE",
                        "Buffer size must be a multiple of %d-bits",
                        (int)size * 8);
    for (i = 0; i < len; i += size) {
        for (k = 0; k < size / 2; k++) {
            t = p[i + k];
            p[i + k] = p[i + size - 1 - k];
            p[i + size - 1 - k] = t;
        }
    }
    return 0;
}

/* ---- searching ---------------------------------------------------------- */

/* Where a search of a needle of nlen bytes starts in a haystack of len
 * bytes, given the caller's byteOffset (already an integer): a negative
 * offset counts from the end; -1 means there can be no match.  These are
 * Node's rules, including the empty needle's. */
static int64_t start_offset(size_t len, int64_t off, size_t nlen, int fwd) {
    int64_t l = (int64_t)len, nl = (int64_t)nlen;

    if (off < 0) {
        if (off + l >= 0)
            return l + off;
        return fwd || nl == 0 ? 0 : -1;
    }
    if (off + nl <= l)
        return off;
    if (nl == 0)
        return l;
    return fwd ? -1 : l - 1;
}

/* indexOf(haystack, needle, byteOffset, forward, mode) -> index or -1.
 * mode: 0 bytes; 1 UTF-16 with a Buffer needle; 2 UTF-16 with a string
 * needle.  For UTF-16 Node searches whole code units from the start of
 * the buffer, ignoring a string needle's odd last byte; with a Buffer
 * needle it does not round the haystack down, so an odd-length haystack
 * reports "not found" as its length - 1.  Both are reproduced. */
static duk_ret_t b_index_of(duk_context *ctx) {
    size_t hlen, nlen, r;
    const uint8_t *h = check_bytes(ctx, 0, "buffer", &hlen);
    const uint8_t *n = check_bytes(ctx, 1, "value", &nlen);
    int64_t off = nd_check_int64(ctx, 2, "byteOffset"), start;
    int fwd = nd_check_bool(ctx, 3, "dir");
    int mode = (int)nd_check_integer(ctx, 4, "mode", 0, 2);

    if (mode == 2)
        hlen &= ~(size_t)1;
    start = start_offset(hlen, off, nlen, fwd);
    if (nlen == 0) {
        duk_push_number(ctx, (double)start);
        return 1;
    }
    if (hlen == 0 || start < 0 || nlen > hlen ||
        (fwd && nlen + (size_t)start > hlen)) {
        duk_push_int(ctx, -1);
        return 1;
    }
    if (mode == 0) {
        r = nd_codec_search(h, hlen, n, nlen, (size_t)start, fwd, 1);
    } else {
        if (hlen < 2 || nlen < 2) {
            duk_push_int(ctx, -1);
            return 1;
        }
        r = 2 * nd_codec_search(h, hlen / 2, n, nlen / 2, (size_t)start / 2,
                                fwd, 2);
    }
    duk_push_number(ctx, r == hlen ? -1 : (double)r);
    return 1;
}

/* indexOfByte(haystack, byte, byteOffset, forward) -> index or -1 */
static duk_ret_t b_index_of_byte(duk_context *ctx) {
    size_t len, i;
    const uint8_t *h = check_bytes(ctx, 0, "buffer", &len);
    int byte = (int)nd_check_integer(ctx, 1, "value", 0, 255);
    int64_t start = start_offset(len, nd_check_int64(ctx, 2, "byteOffset"),
                                 1, nd_check_bool(ctx, 3, "dir"));
    const uint8_t *q;

    duk_push_int(ctx, -1);
    if (start < 0 || len == 0)
        return 1;
    if (duk_get_boolean(ctx, 3)) {
        q = memchr(h + start, byte, len - (size_t)start);
        if (q != NULL)
            duk_push_number(ctx, (double)(q - h));
        return 1;
    }
    for (i = (size_t)start + 1; i-- > 0;) {
        if (h[i] == byte) {
            duk_push_number(ctx, (double)i);
            break;
        }
    }
    return 1;
}

/* ---- validation --------------------------------------------------------- */

/* isUtf8(view), isAscii(view) -> boolean */
static duk_ret_t b_is_utf8(duk_context *ctx) {
    size_t len;
    const uint8_t *p = check_bytes(ctx, 0, "input", &len);

    duk_push_boolean(ctx, nd_codec_is_utf8(p, len));
    return 1;
}

static duk_ret_t b_is_ascii(duk_context *ctx) {
    size_t len;
    const uint8_t *p = check_bytes(ctx, 0, "input", &len);

    duk_push_boolean(ctx, nd_codec_ascii_prefix(p, len) == len);
    return 1;
}

/* ---- the binding -------------------------------------------------------- */

static const duk_function_list_entry functions[] = {
    {"setup", b_setup, 1},
    {"create", b_create, 1},
    {"createUnsafe", b_create_unsafe, 1},
    {"view", b_view, 3},
    {"byteLengthUtf8", b_byte_length_utf8, 1},
    {"fromString", b_from_string, 2},
    {"write", b_write, 5},
    {"decode", b_decode, 4},
    {"compare", b_compare, 6},
    {"copy", b_copy, 5},
    {"fill", b_fill, 4},
    {"swap", b_swap, 2},
    {"indexOf", b_index_of, 5},
    {"indexOfByte", b_index_of_byte, 4},
    {"isUtf8", b_is_utf8, 1},
    {"isAscii", b_is_ascii, 1},
    {NULL, NULL, 0},
};

duk_ret_t nd_mod_buffer_open(duk_context *ctx) {
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, functions);
    duk_push_number(ctx, MAX_LENGTH);
    duk_put_prop_string(ctx, -2, "kMaxLength");
    duk_push_number(ctx, MAX_STRING_LENGTH);
    duk_put_prop_string(ctx, -2, "kStringMaxLength");
    return 1;
}
