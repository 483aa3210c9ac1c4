/*
 * crypto_cipher.h - the state of one Cipheriv or Decipheriv, shared by
 * crypto_cipher.c (the table, the JS-facing functions, CBC and CTR) and
 * crypto_aead.c (GCM and ChaCha20-Poly1305).
 *
 * Invariants of a state:
 *   - CBC: pend holds npend < 16 bytes that do not make a block yet, or,
 *     when decrypting with padding, exactly 16: the last block is kept
 *     back until final() so its padding can be checked and removed.
 *   - CTR and ChaCha20: the last npend bytes of pend (16 or 64 bytes
 *     long) are keystream generated but not used yet.
 *   - AEAD: additional data is accepted until the first update(); the
 *     tag (tag_len bytes) is made by final() when encrypting and must be
 *     given by setAuthTag() before final() when decrypting.
 *
 * Threading: the engine's thread.
 */
#ifndef ND_MOD_CRYPTO_CIPHER_H
#define ND_MOD_CRYPTO_CIPHER_H

#include <stddef.h>
#include <stdint.h>

#include <bearssl.h>

typedef enum {
    ND__MODE_CBC = 1,
    ND__MODE_CTR,
    ND__MODE_GCM,
    ND__MODE_CHACHA_POLY
} nd__cipher_mode;

typedef struct {
    const char *name; /* "aes-128-cbc" */
    int mode;         /* nd__cipher_mode */
    unsigned key_len; /* bytes */
    unsigned iv_len;  /* bytes; for GCM the usual one (any length works) */
    unsigned block_size;
} nd__cipher_info_t;

/* Poly1305 (RFC 8439, section 2.5), incrementally: the accumulator and
 * the key in 26-bit limbs. */
typedef struct {
    uint32_t r[5], h[5], s[4];
    unsigned char buf[16]; /* a block not complete yet */
    size_t used;
} nd__poly1305_t;

typedef struct {
    const nd__cipher_info_t *info;
    int encrypt;
    int padding;  /* PKCS#7 for CBC (setAutoPadding) */
    int finished; /* final() has run */
    int started;  /* update() has run: no more additional data */
    unsigned tag_len;
    int tag_set; /* decrypting: setAuthTag() has run */
    unsigned char tag[16];
    unsigned char iv[16];   /* CBC chaining value, CTR counter */
    unsigned char pend[64]; /* see the invariants above */
    size_t npend;
    union {
        br_aes_gen_cbcenc_keys cbcenc;
        br_aes_gen_cbcdec_keys cbcdec;
        br_aes_gen_ctrcbc_keys ctr;
        struct {
            br_aes_gen_ctr_keys keys;
            br_gcm_context gcm;
        } gcm;
        struct {
            unsigned char key[32];
            unsigned char nonce[12];
            uint32_t counter;
            nd__poly1305_t mac;
            uint64_t aad_len, data_len;
        } chacha;
    } u;
} nd__cipher_t;

/* ---- crypto_aead.c ------------------------------------------------------ */

/* Start an AEAD operation with the key and nonce (their lengths already
 * checked against c->info). */
void nd__aead_start(nd__cipher_t *c, const unsigned char *key,
                    const unsigned char *iv, size_t iv_len);
/* Authenticate additional data (only before the first nd__aead_run). */
void nd__aead_aad(nd__cipher_t *c, const unsigned char *p, size_t len);
/* Encrypt or decrypt data in place, any length, any number of calls. */
void nd__aead_run(nd__cipher_t *c, unsigned char *data, size_t len);
/* The full 16-byte tag of everything processed.  Ends the operation. */
void nd__aead_tag(nd__cipher_t *c, unsigned char tag[16]);

#endif
