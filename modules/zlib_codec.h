/*
 * zlib_codec.h - one zlib stream that follows Node's rules, for the zlib
 * binding (modules/zlib.c).
 *
 * A codec is a z_stream plus what Node adds on top of zlib:
 *   - seven modes (Node's numbers, zlib.constants.DEFLATE .. UNZIP), each
 *     one window-bits convention of zlib's (raw, zlib, gzip, auto-detect);
 *   - UNZIP decides between GUNZIP and INFLATE from the first two input
 *     bytes, which may arrive in separate steps;
 *   - GUNZIP (and UNZIP once it has seen the gzip magic) decompresses
 *     concatenated gzip members; zero bytes after a member are padding;
 *   - a preset dictionary: set at once for raw streams and compressors,
 *     given to inflate when a zlib stream asks for it;
 *   - the verdict on a step (nd_zcodec_error): which zlib results are
 *     errors, and the message Node gives each ("unexpected end of file").
 *
 * Ownership: the caller owns the codec struct and the memory that
 * strm.next_in and strm.next_out point to; the codec owns zlib's state and
 * its copy of the dictionary, released by nd_zcodec_end().
 *
 * Threading: nothing here touches Duktape or the loop, so a pool thread
 * may run a step while the engine's thread waits.  One thread at a time
 * per codec; the binding's busy flag guarantees it.
 */
#ifndef ND_MOD_ZLIB_CODEC_H
#define ND_MOD_ZLIB_CODEC_H

#include <stddef.h>

#include <zlib.h>

/* Node's mode numbers. */
enum {
    ND_Z_NONE = 0,
    ND_Z_DEFLATE = 1,
    ND_Z_INFLATE = 2,
    ND_Z_GZIP = 3,
    ND_Z_GUNZIP = 4,
    ND_Z_DEFLATERAW = 5,
    ND_Z_INFLATERAW = 6,
    ND_Z_UNZIP = 7
};

/* What went wrong, as Node reports it: errnum is zlib's code
 * (Z_DATA_ERROR), message a static text, zlib's own when it gave one. */
typedef struct {
    int errnum;
    const char *message;
} nd_zerror_t;

typedef struct {
    z_stream strm;
    int mode;     /* ND_Z_*; UNZIP turns into GUNZIP or INFLATE */
    int compress; /* deflate (1) or inflate (0) */
    int wbits;    /* zlib's windowBits: sign and offset say the format */
    int level, mem_level, strategy;
    int started;    /* zlib's state exists (made on first use) */
    int flush;      /* the flush value of the last step */
    int err;        /* zlib's result of the last call */
    int magic_seen; /* UNZIP: bytes of the gzip magic seen so far */
    unsigned char *dict;
    size_t dict_len;
    nd_zerror_t start_error; /* why the last step could not start zlib */
} nd_zcodec_t;

/* Set a codec up.  window_bits is 8..15, or 0 for INFLATE, GUNZIP and
 * UNZIP (use the size in the stream's header); the other values are
 * zlib's.  dict (dict_len bytes, may be NULL) is copied.  zlib's own
 * state is made by the first step, reset or params, so a codec never used
 * costs little; a failure to make it is that call's error.  Returns 0,
 * or fills *e and returns -1 (nd_zcodec_end() is still safe). */
int nd_zcodec_init(nd_zcodec_t *c, int mode, int window_bits, int level,
                   int mem_level, int strategy, const void *dict,
                   size_t dict_len, nd_zerror_t *e);

/* Release zlib's state and the dictionary.  Safe to call twice. */
void nd_zcodec_end(nd_zcodec_t *c);

/* One call of deflate() or inflate() over strm's current input and output
 * windows, with Node's additions (see above).  The result is in c->err;
 * judge it with nd_zcodec_error(). */
void nd_zcodec_step(nd_zcodec_t *c, int flush);

/* Did the last step fail?  Returns 1 and fills *e if so, else 0. */
int nd_zcodec_error(const nd_zcodec_t *c, nd_zerror_t *e);

/* Forget the stream so far and start a new one with the same options.
 * Returns 0, or fills *e and returns -1. */
int nd_zcodec_reset(nd_zcodec_t *c, nd_zerror_t *e);

/* Change a compressor's level and strategy (a no-op for other modes, as
 * in Node).  The caller flushes first; pending input is not written.
 * Returns 0, or fills *e and returns -1. */
int nd_zcodec_params(nd_zcodec_t *c, int level, int strategy, nd_zerror_t *e);

/* zlib's name for a result code: "Z_DATA_ERROR" ("Z_UNKNOWN" if none). */
const char *nd_zcodec_code_name(int errnum);

/* ---- a whole buffer at once --------------------------------------------- */

/* Output that grows: data[0 .. len) is filled, cap allocated.  Owned by
 * whoever made it; free(data) when done. */
typedef struct {
    unsigned char *data;
    size_t len, cap;
} nd_zbuf_t;

enum {
    ND_ZRUN_OK = 0,
    ND_ZRUN_ERROR,     /* the codec failed: *e says why */
    ND_ZRUN_TOO_LARGE, /* more than max bytes of output */
    ND_ZRUN_NOMEM
};

/* Feed in[0 .. len) with the given flush and collect all the output into
 * *out, chunk bytes of room per step (so zlib sees what it sees in Node's
 * synchronous functions), stopping as soon as the output exceeds max
 * bytes.  *consumed gets how much input zlib took.  On return strm no
 * longer points at `in`.  Returns ND_ZRUN_*. */
int nd_zcodec_run(nd_zcodec_t *c, int flush, const unsigned char *in,
                  size_t len, size_t chunk, size_t max, nd_zbuf_t *out,
                  size_t *consumed, nd_zerror_t *e);

#endif
