/*
 * buffer_codec.h - the byte encodings of Node's Buffer, and its byte
 * search, as pure functions.
 *
 * Text on the JS side is a Duktape string: CESU-8, each UTF-16 code unit
 * on one to three bytes, a surrogate pair as two three-byte halves (see
 * engine/utf8.h).  These functions move between that form and the bytes
 * of a Buffer in every encoding except UTF-8, which goes through
 * engine/utf8.h like all other UTF-8 in nodule.  They know nothing of
 * Duktape, allocate nothing and never read or write outside the ranges
 * they are given, whatever the input: the fuzzing and unit-testing
 * surface of modules/buffer.c.
 *
 * Node's rules, reproduced here:
 *   - latin1 and ascii writing keep the low byte of each code unit;
 *     ascii reading clears the top bit of each byte.
 *   - ucs2 (UTF-16LE) writes whole code units, two bytes each, and reads
 *     whole ones (an odd last byte is dropped); lone surrogates pass
 *     through both ways.
 *   - hex writing reads the low byte of each unit, two digits per byte,
 *     and stops at the first pair that is not two hex digits.
 *   - base64 writing accepts both alphabets (+/ and -_), skips every
 *     character that is in neither, and stops at the first '='; a last
 *     group of two or three characters gives one or two bytes.
 *     base64 reading pads with '='; base64url does not.
 */
#ifndef ND_BUFFER_CODEC_H
#define ND_BUFFER_CODEC_H

#include <stddef.h>
#include <stdint.h>

/* The encodings, in the order modules/buffer.js numbers them. */
typedef enum {
    ND_ENC_UTF8 = 0,
    ND_ENC_UCS2,
    ND_ENC_LATIN1,
    ND_ENC_ASCII,
    ND_ENC_HEX,
    ND_ENC_BASE64,
    ND_ENC_BASE64URL
} nd_enc_t;

#define ND_ENC_LAST ND_ENC_BASE64URL

/* Encode the string s[0 .. n) (CESU-8) into at most cap bytes of out and
 * return how many were written.  Only whole units are written: a ucs2
 * code unit is never cut in half.  out may be NULL only when cap is 0.
 * Not for ND_ENC_UTF8 (returns 0). */
size_t nd_codec_encode(nd_enc_t enc, const uint8_t *s, size_t n,
                       uint8_t *out, size_t cap);
/* The number of bytes nd_codec_encode() would write with no limit. */
size_t nd_codec_encoded_size(nd_enc_t enc, const uint8_t *s, size_t n);

/* The CESU-8 size of the string that the bytes p[0 .. n) decode to, and in
 * *units its length in UTF-16 code units.  Not for ND_ENC_UTF8. */
size_t nd_codec_decoded_size(nd_enc_t enc, const uint8_t *p, size_t n,
                             size_t *units);

/* Decode p[0 .. n) into out, which holds nd_codec_decoded_size() bytes. */
void nd_codec_decode(nd_enc_t enc, const uint8_t *p, size_t n, uint8_t *out);

/* 1 if p[0 .. n) is well-formed UTF-8 (no surrogates, no overlongs). */
int nd_codec_is_utf8(const uint8_t *p, size_t n);
/* The length of the longest prefix of p[0 .. n) with every byte below
 * 0x80 (so n when all of it is ASCII). */
size_t nd_codec_ascii_prefix(const uint8_t *p, size_t n);

/* The first match (fwd) of the needle n[0 .. m) in h[0 .. count) that
 * starts at or after from, or (!fwd) the last that starts at or before
 * from; count when there is none.  Lengths and positions count units of
 * unit bytes: 1, or 2 for UTF-16 code units, which match at even byte
 * offsets only.  Needs m >= 1; any from is safe. */
size_t nd_codec_search(const uint8_t *h, size_t count, const uint8_t *n,
                       size_t m, size_t from, int fwd, size_t unit);

#endif
