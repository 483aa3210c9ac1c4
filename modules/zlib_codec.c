/*
 * zlib_codec.c - one zlib stream with Node's rules (see zlib_codec.h).
 *
 * Everything Node adds to zlib lives here, written against zlib's API
 * only: the window-bits convention of each mode, the UNZIP sniffing, the
 * dictionary, concatenated gzip members and the verdict on each step.
 * The Duktape side (modules/zlib.c) only moves bytes in and out.
 *
 * Threading: none of its own; see zlib_codec.h.
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zlib_codec.h"

static const unsigned char gzip_magic[2] = {0x1f, 0x8b};

static int fail(nd_zerror_t *e, int errnum, const char *message) {
    e->errnum = errnum;
    e->message = message;
    return -1;
}

/* The message for a failed call: zlib's own when it left one. */
static int fail_zlib(const nd_zcodec_t *c, nd_zerror_t *e,
                     const char *fallback) {
    return fail(e, c->err, c->strm.msg != NULL ? c->strm.msg : fallback);
}

/* A compressor takes its dictionary at once; so does a raw inflater (its
 * stream cannot ask for one).  zlib and gzip inflaters get it when the
 * stream asks (inflate_step). */
static int set_dictionary(nd_zcodec_t *c, nd_zerror_t *e) {
    if (c->dict_len == 0)
        return 0;
    if (c->mode == ND_Z_DEFLATE || c->mode == ND_Z_DEFLATERAW)
        c->err = deflateSetDictionary(&c->strm, c->dict, (uInt)c->dict_len);
    else if (c->mode == ND_Z_INFLATERAW)
        c->err = inflateSetDictionary(&c->strm, c->dict, (uInt)c->dict_len);
    else
        return 0;
    return c->err == Z_OK ? 0 : fail_zlib(c, e, "Failed to set dictionary");
}

/* see zlib_codec.h */
int nd_zcodec_init(nd_zcodec_t *c, int mode, int window_bits, int level,
                   int mem_level, int strategy, const void *dict,
                   size_t dict_len, nd_zerror_t *e) {
    memset(c, 0, sizeof(*c));
    c->compress =
        mode == ND_Z_DEFLATE || mode == ND_Z_GZIP || mode == ND_Z_DEFLATERAW;
    if (mode < ND_Z_DEFLATE || mode > ND_Z_UNZIP || dict_len > UINT_MAX)
        return fail(e, Z_STREAM_ERROR, "Init error");
    c->mode = mode;
    c->level = level;
    c->mem_level = mem_level;
    c->strategy = strategy;
    switch (mode) {
    case ND_Z_GZIP:
    case ND_Z_GUNZIP:
        c->wbits = window_bits + 16; /* gzip header and trailer */
        break;
    case ND_Z_UNZIP:
        c->wbits = window_bits + 32; /* zlib or gzip, as the header says */
        break;
    case ND_Z_DEFLATERAW:
    case ND_Z_INFLATERAW:
        /* zlib refuses a raw window of 256 bytes; for zlib streams it
         * quietly uses 512 instead, and so do we for raw ones. */
        c->wbits = window_bits == 8 ? -9 : -window_bits;
        break;
    default:
        c->wbits = window_bits;
        break;
    }
    if (dict_len > 0) {
        c->dict = malloc(dict_len);
        if (c->dict == NULL)
            return fail(e, Z_MEM_ERROR, "Init error");
        memcpy(c->dict, dict, dict_len);
        c->dict_len = dict_len;
    }
    return 0;
}

/* Make zlib's state, on first use (as Node does: a stream that is made
 * and never used costs no zlib memory).  Returns 0, or fills *e. */
static int start(nd_zcodec_t *c, nd_zerror_t *e) {
    if (c->started)
        return 0;
    if (c->mode == ND_Z_NONE)
        return fail(e, Z_STREAM_ERROR, "Init error");
    if (c->compress)
        c->err = deflateInit2(&c->strm, c->level, Z_DEFLATED, c->wbits,
                              c->mem_level, c->strategy);
    else
        c->err = inflateInit2(&c->strm, c->wbits);
    if (c->err != Z_OK)
        return fail_zlib(c, e, "Init error");
    c->started = 1;
    return set_dictionary(c, e);
}

/* see zlib_codec.h */
void nd_zcodec_end(nd_zcodec_t *c) {
    if (c->started) {
        if (c->compress)
            deflateEnd(&c->strm);
        else
            inflateEnd(&c->strm);
        c->started = 0;
    }
    free(c->dict);
    c->dict = NULL;
    c->dict_len = 0;
    c->mode = ND_Z_NONE;
}

/* UNZIP: compare the input with the gzip magic, one byte at a time (the
 * two bytes may come in separate steps).  A match makes this a GUNZIP
 * stream, so that concatenated members are read; anything else a zlib
 * stream.  zlib itself was started in auto-detect mode and decodes either
 * way. */
static void sniff(nd_zcodec_t *c) {
    const unsigned char *p = c->strm.next_in;
    uInt n = c->strm.avail_in;

    for (; c->mode == ND_Z_UNZIP && n > 0; p++, n--) {
        if (*p != gzip_magic[c->magic_seen])
            c->mode = ND_Z_INFLATE;
        else if (++c->magic_seen == 2)
            c->mode = ND_Z_GUNZIP;
    }
}

static void inflate_step(nd_zcodec_t *c, int flush) {
    z_stream *s = &c->strm;

    c->err = inflate(s, flush);
    if (c->err == Z_NEED_DICT && c->dict_len > 0 &&
        c->mode != ND_Z_INFLATERAW) {
        c->err = inflateSetDictionary(s, c->dict, (uInt)c->dict_len);
        if (c->err == Z_OK)
            c->err = inflate(s, flush);
        else if (c->err == Z_DATA_ERROR)
            c->err = Z_NEED_DICT; /* the wrong dictionary, not bad data */
    }
    /* A gzip file may hold several members back to back: after one ends,
     * start on the next unless what follows is zero padding. */
    while (c->mode == ND_Z_GUNZIP && c->err == Z_STREAM_END &&
           s->avail_in > 0 && s->next_in[0] != 0) {
        c->err = inflateReset(s);
        if (c->err != Z_OK)
            return;
        c->err = inflate(s, flush);
    }
}

/* see zlib_codec.h */
void nd_zcodec_step(nd_zcodec_t *c, int flush) {
    c->flush = flush;
    c->start_error.message = NULL;
    if (start(c, &c->start_error) < 0) {
        c->err = c->start_error.errnum;
        return;
    }
    if (c->compress) {
        c->err = deflate(&c->strm, flush);
        return;
    }
    if (c->mode == ND_Z_UNZIP)
        sniff(c);
    inflate_step(c, flush);
}

/* see zlib_codec.h */
int nd_zcodec_error(const nd_zcodec_t *c, nd_zerror_t *e) {
    const char *why;

    if (c->start_error.message != NULL) {
        *e = c->start_error;
        return 1;
    }
    switch (c->err) {
    case Z_OK:
    case Z_BUF_ERROR:
        /* No progress is normal while input keeps coming; at the end
         * (Z_FINISH) with room left for output, the input was cut short. */
        if (c->strm.avail_out == 0 || c->flush != Z_FINISH)
            return 0;
        why = "unexpected end of file";
        break;
    case Z_STREAM_END:
        return 0;
    case Z_NEED_DICT:
        why = c->dict_len == 0 ? "Missing dictionary" : "Bad dictionary";
        break;
    default:
        why = "Zlib error";
        break;
    }
    fail_zlib(c, e, why);
    return 1;
}

/* see zlib_codec.h */
int nd_zcodec_reset(nd_zcodec_t *c, nd_zerror_t *e) {
    if (start(c, e) < 0)
        return -1;
    c->err = c->compress ? deflateReset(&c->strm) : inflateReset(&c->strm);
    if (c->err != Z_OK)
        return fail_zlib(c, e, "Failed to reset stream");
    return set_dictionary(c, e);
}

/* see zlib_codec.h */
int nd_zcodec_params(nd_zcodec_t *c, int level, int strategy, nd_zerror_t *e) {
    unsigned char none;

    if (c->mode != ND_Z_DEFLATE && c->mode != ND_Z_DEFLATERAW)
        return 0;
    if (start(c, e) < 0)
        return -1;
    /* deflateParams() may try to compress what is pending, into whatever
     * next_out points at: give it no room (but a valid pointer, which
     * deflate() insists on), so it writes nothing.  After the caller's
     * flush nothing is pending and the change takes. */
    c->strm.next_out = &none;
    c->strm.avail_out = 0;
    c->strm.next_in = NULL;
    c->strm.avail_in = 0;
    c->err = deflateParams(&c->strm, level, strategy);
    c->strm.next_out = NULL;
    if (c->err != Z_OK && c->err != Z_BUF_ERROR)
        return fail_zlib(c, e, "Failed to set parameters");
    return 0;
}

/* see zlib_codec.h */
const char *nd_zcodec_code_name(int errnum) {
    static const char *const names[] = {
        "Z_VERSION_ERROR", "Z_BUF_ERROR", "Z_MEM_ERROR", "Z_DATA_ERROR",
        "Z_STREAM_ERROR",  "Z_ERRNO",     "Z_OK",        "Z_STREAM_END",
        "Z_NEED_DICT",
    };

    if (errnum < Z_VERSION_ERROR || errnum > Z_NEED_DICT)
        return "Z_UNKNOWN";
    return names[errnum - Z_VERSION_ERROR];
}

/* ---- a whole buffer at once --------------------------------------------- */

/* Make room for `more` bytes after out->len, doubling the allocation, but
 * never past limit (the most the caller can ever keep). */
static int reserve(nd_zbuf_t *out, size_t more, size_t limit) {
    size_t need = out->len + more, cap = out->cap;
    unsigned char *p;

    if (need <= cap)
        return 0;
    cap = cap < 4096 ? 4096 : cap;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    if (cap > limit)
        cap = limit > need ? limit : need;
    p = realloc(out->data, cap);
    if (p == NULL)
        return -1;
    out->data = p;
    out->cap = cap;
    return 0;
}

/* see zlib_codec.h */
int nd_zcodec_run(nd_zcodec_t *c, int flush, const unsigned char *in,
                  size_t len, size_t chunk, size_t max, nd_zbuf_t *out,
                  size_t *consumed, nd_zerror_t *e) {
    z_stream *s = &c->strm;
    size_t limit = max > SIZE_MAX - chunk ? SIZE_MAX : max + chunk;
    int status = ND_ZRUN_OK;

    if (len > UINT_MAX || chunk == 0 || chunk > UINT_MAX)
        return ND_ZRUN_TOO_LARGE; /* cannot happen with Duktape buffers */
    s->next_in = (Bytef *)in;
    s->avail_in = (uInt)len;
    /* Each step gets `chunk` bytes of room, as in Node; a step that
     * fills them all may have more to say. */
    for (;;) {
        if (reserve(out, chunk, limit) < 0) {
            status = ND_ZRUN_NOMEM;
            break;
        }
        s->next_out = out->data + out->len;
        s->avail_out = (uInt)chunk;
        nd_zcodec_step(c, flush);
        if (nd_zcodec_error(c, e)) {
            status = ND_ZRUN_ERROR;
            break;
        }
        out->len += chunk - s->avail_out;
        if (out->len > max) {
            status = ND_ZRUN_TOO_LARGE;
            break;
        }
        if (s->avail_out != 0)
            break;
    }
    *consumed = len - s->avail_in;
    s->next_in = NULL;
    s->avail_in = 0;
    s->next_out = NULL;
    s->avail_out = 0;
    return status;
}
