/*
 * crypto_aead.c - the authenticated modes of Cipheriv / Decipheriv:
 * AES-GCM on BearSSL's br_gcm, and ChaCha20-Poly1305 (RFC 8439).
 *
 * Node streams both: update() gives output at once and final() makes or
 * checks the tag.  BearSSL's GCM works that way already.  Its
 * ChaCha20+Poly1305 is one call over a whole message, so this file drives
 * BearSSL's ChaCha20 block function itself and computes Poly1305 with a
 * small incremental implementation of its own: h = (h + m) * r mod
 * 2^130 - 5 over five 26-bit limbs, so every product fits in 64 bits and
 * the code needs no 128-bit type.
 *
 * The state lives in nd__cipher_t (crypto_cipher.h), which crypto_cipher.c
 * owns; this file only implements the four nd__aead_* steps.
 *
 * Threading: the engine's thread.
 */
#include <string.h>

#include "crypto_cipher.h"

static uint32_t le32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
           (uint32_t)p[3] << 24;
}

static void put_le32(unsigned char *p, uint32_t v) {
    p[0] = (unsigned char)v;
    p[1] = (unsigned char)(v >> 8);
    p[2] = (unsigned char)(v >> 16);
    p[3] = (unsigned char)(v >> 24);
}

/* ---- Poly1305 ----------------------------------------------------------- */

#define LIMB 0x3ffffffu

/* Start a MAC with the one-time key (r, then s). */
static void poly_init(nd__poly1305_t *p, const unsigned char key[32]) {
    /* r is the first half of the key with the bits RFC 8439 clears
     * ("clamping"), then cut into 26-bit limbs. */
    uint32_t t0 = le32(key) & 0x0fffffff, t1 = le32(key + 4) & 0x0ffffffc;
    uint32_t t2 = le32(key + 8) & 0x0ffffffc, t3 = le32(key + 12) & 0x0ffffffc;
    int i;

    memset(p, 0, sizeof(*p));
    p->r[0] = t0 & LIMB;
    p->r[1] = ((t0 >> 26) | (t1 << 6)) & LIMB;
    p->r[2] = ((t1 >> 20) | (t2 << 12)) & LIMB;
    p->r[3] = ((t2 >> 14) | (t3 << 18)) & LIMB;
    p->r[4] = t3 >> 8;
    for (i = 0; i < 4; i++)
        p->s[i] = le32(key + 16 + 4 * i);
}

/* h = (h + m) * r mod 2^130 - 5 for one 16-byte block; hibit is 2^128 in
 * limb 4 for a full block, 0 for the padded last one. */
static void poly_block(nd__poly1305_t *p, const unsigned char m[16],
                       uint32_t hibit) {
    uint32_t t0 = le32(m), t1 = le32(m + 4), t2 = le32(m + 8);
    uint32_t t3 = le32(m + 12);
    uint64_t h0 = p->h[0] + (t0 & LIMB);
    uint64_t h1 = p->h[1] + (((t0 >> 26) | (t1 << 6)) & LIMB);
    uint64_t h2 = p->h[2] + (((t1 >> 20) | (t2 << 12)) & LIMB);
    uint64_t h3 = p->h[3] + (((t2 >> 14) | (t3 << 18)) & LIMB);
    uint64_t h4 = p->h[4] + ((t3 >> 8) | hibit);
    uint64_t r0 = p->r[0], r1 = p->r[1], r2 = p->r[2], r3 = p->r[3];
    uint64_t r4 = p->r[4];
    /* A product reaching 2^130 wraps around as 5 (2^130 = 5 mod p). */
    uint64_t s1 = r1 * 5, s2 = r2 * 5, s3 = r3 * 5, s4 = r4 * 5;
    uint64_t d0 = h0 * r0 + h1 * s4 + h2 * s3 + h3 * s2 + h4 * s1;
    uint64_t d1 = h0 * r1 + h1 * r0 + h2 * s4 + h3 * s3 + h4 * s2;
    uint64_t d2 = h0 * r2 + h1 * r1 + h2 * r0 + h3 * s4 + h4 * s3;
    uint64_t d3 = h0 * r3 + h1 * r2 + h2 * r1 + h3 * r0 + h4 * s4;
    uint64_t d4 = h0 * r4 + h1 * r3 + h2 * r2 + h3 * r1 + h4 * r0;

    d1 += d0 >> 26;
    d2 += d1 >> 26;
    d3 += d2 >> 26;
    d4 += d3 >> 26;
    h0 = (d0 & LIMB) + (d4 >> 26) * 5;
    p->h[1] = (uint32_t)((d1 & LIMB) + (h0 >> 26));
    p->h[0] = (uint32_t)(h0 & LIMB);
    p->h[2] = (uint32_t)(d2 & LIMB);
    p->h[3] = (uint32_t)(d3 & LIMB);
    p->h[4] = (uint32_t)(d4 & LIMB);
}

/* Feed message bytes, in pieces of any size. */
static void poly_update(nd__poly1305_t *p, const unsigned char *m, size_t len) {
    if (len == 0)
        return; /* m may be NULL then */
    if (p->used > 0) {
        size_t n = 16 - p->used < len ? 16 - p->used : len;

        memcpy(p->buf + p->used, m, n);
        p->used += n;
        m += n;
        len -= n;
        if (p->used < 16)
            return;
        poly_block(p, p->buf, 1u << 24);
        p->used = 0;
    }
    for (; len >= 16; m += 16, len -= 16)
        poly_block(p, m, 1u << 24);
    memcpy(p->buf, m, len);
    p->used = len;
}

/* Pad the message so far with zeros to a multiple of 16 bytes. */
static void poly_pad(nd__poly1305_t *p) {
    if (p->used > 0) {
        memset(p->buf + p->used, 0, 16 - p->used);
        poly_block(p, p->buf, 1u << 24);
        p->used = 0;
    }
}

/* The tag; the state is wiped. */
static void poly_final(nd__poly1305_t *p, unsigned char tag[16]) {
    uint32_t h0, h1, h2, h3, h4, g0, g1, g2, g3, g4, mask;
    uint64_t f;
    int i;

    if (p->used > 0) { /* the last block: its bytes, then 1, then zeros */
        p->buf[p->used] = 1;
        memset(p->buf + p->used + 1, 0, 15 - p->used);
        poly_block(p, p->buf, 0);
    }
    /* Carry fully, so that every limb is below 2^26. */
    h0 = p->h[0], h1 = p->h[1], h2 = p->h[2], h3 = p->h[3], h4 = p->h[4];
    h2 += h1 >> 26, h1 &= LIMB;
    h3 += h2 >> 26, h2 &= LIMB;
    h4 += h3 >> 26, h3 &= LIMB;
    h0 += (h4 >> 26) * 5, h4 &= LIMB;
    h1 += h0 >> 26, h0 &= LIMB;
    /* h mod p: g = h + 5 - 2^130 is the answer when it does not go below
     * zero, which the top bit of g4 tells; choose without branching. */
    g0 = h0 + 5;
    g1 = h1 + (g0 >> 26), g0 &= LIMB;
    g2 = h2 + (g1 >> 26), g1 &= LIMB;
    g3 = h3 + (g2 >> 26), g2 &= LIMB;
    g4 = h4 + (g3 >> 26) - (1u << 26), g3 &= LIMB;
    mask = (g4 >> 31) - 1; /* all ones when h >= p */
    h0 = (h0 & ~mask) | (g0 & mask);
    h1 = (h1 & ~mask) | (g1 & mask);
    h2 = (h2 & ~mask) | (g2 & mask);
    h3 = (h3 & ~mask) | (g3 & mask);
    h4 = (h4 & ~mask) | (g4 & mask);
    /* tag = (h + s) mod 2^128, little-endian. */
    {
        uint32_t w[4];

        w[0] = h0 | (h1 << 26);
        w[1] = (h1 >> 6) | (h2 << 20);
        w[2] = (h2 >> 12) | (h3 << 14);
        w[3] = (h3 >> 18) | (h4 << 8);
        f = 0;
        for (i = 0; i < 4; i++) {
            f += (uint64_t)w[i] + p->s[i];
            put_le32(tag + 4 * i, (uint32_t)f);
            f >>= 32;
        }
    }
    memset(p, 0, sizeof(*p));
}

/* ---- implementations ---------------------------------------------------- */

static br_chacha20_run chacha20(void) {
    br_chacha20_run run = br_chacha20_sse2_get();

    return run != 0 ? run : br_chacha20_ct_run;
}

static const br_block_ctr_class *aes_ctr(void) {
    const br_block_ctr_class *v = br_aes_x86ni_ctr_get_vtable();

    if (v == NULL)
        v = br_aes_pwr8_ctr_get_vtable();
    return v != NULL ? v : &br_aes_ct64_ctr_vtable;
}

static br_ghash ghash(void) {
    br_ghash gh = br_ghash_pclmul_get();

    if (gh == 0)
        gh = br_ghash_pwr8_get();
    return gh != 0 ? gh : br_ghash_ctmul64;
}

/* ---- the AEAD steps ----------------------------------------------------- */

/* see crypto_cipher.h */
void nd__aead_start(nd__cipher_t *c, const unsigned char *key,
                    const unsigned char *iv, size_t iv_len) {
    if (c->info->mode == ND__MODE_GCM) {
        const br_block_ctr_class *v = aes_ctr();

        v->init(&c->u.gcm.keys.vtable, key, c->info->key_len);
        br_gcm_init(&c->u.gcm.gcm, &c->u.gcm.keys.vtable, ghash());
        br_gcm_reset(&c->u.gcm.gcm, iv, iv_len);
    } else {
        /* The Poly1305 key is the first half of ChaCha20 block 0; the
         * message is encrypted from block 1 on. */
        unsigned char block0[64];

        memcpy(c->u.chacha.key, key, 32);
        memcpy(c->u.chacha.nonce, iv, 12);
        memset(block0, 0, sizeof(block0));
        chacha20()(key, iv, 0, block0, sizeof(block0));
        poly_init(&c->u.chacha.mac, block0);
        memset(block0, 0, sizeof(block0));
        c->u.chacha.counter = 1;
        c->npend = 0;
    }
}

/* see crypto_cipher.h */
void nd__aead_aad(nd__cipher_t *c, const unsigned char *p, size_t len) {
    if (c->info->mode == ND__MODE_GCM) {
        br_gcm_aad_inject(&c->u.gcm.gcm, p, len);
    } else {
        poly_update(&c->u.chacha.mac, p, len);
        c->u.chacha.aad_len += len;
    }
}

/* The end of the additional data: GCM switches mode, Poly1305 pads. */
static void aad_done(nd__cipher_t *c) {
    if (c->started)
        return;
    c->started = 1;
    if (c->info->mode == ND__MODE_GCM)
        br_gcm_flip(&c->u.gcm.gcm);
    else
        poly_pad(&c->u.chacha.mac);
}

/* XOR data with the ChaCha20 keystream, continuing where the last call
 * stopped (pend keeps the unused rest of a block). */
static void chacha_xor(nd__cipher_t *c, unsigned char *data, size_t len) {
    br_chacha20_run run = chacha20();
    size_t bulk, i;

    for (; c->npend > 0 && len > 0; data++, len--)
        *data ^= c->pend[64 - c->npend--];
    bulk = len - len % 64;
    if (bulk > 0)
        c->u.chacha.counter = run(c->u.chacha.key, c->u.chacha.nonce,
                                  c->u.chacha.counter, data, bulk);
    data += bulk;
    len -= bulk;
    if (len > 0) {
        memset(c->pend, 0, 64);
        c->u.chacha.counter = run(c->u.chacha.key, c->u.chacha.nonce,
                                  c->u.chacha.counter, c->pend, 64);
        for (i = 0; i < len; i++)
            data[i] ^= c->pend[i];
        c->npend = 64 - len;
    }
}

/* see crypto_cipher.h */
void nd__aead_run(nd__cipher_t *c, unsigned char *data, size_t len) {
    aad_done(c);
    if (len == 0)
        return; /* data may be NULL then */
    if (c->info->mode == ND__MODE_GCM) {
        br_gcm_run(&c->u.gcm.gcm, c->encrypt, data, len);
        return;
    }
    /* Poly1305 authenticates the ciphertext: after encrypting, before
     * decrypting. */
    if (!c->encrypt)
        poly_update(&c->u.chacha.mac, data, len);
    chacha_xor(c, data, len);
    if (c->encrypt)
        poly_update(&c->u.chacha.mac, data, len);
    c->u.chacha.data_len += len;
}

/* see crypto_cipher.h */
void nd__aead_tag(nd__cipher_t *c, unsigned char tag[16]) {
    aad_done(c);
    if (c->info->mode == ND__MODE_GCM) {
        br_gcm_get_tag(&c->u.gcm.gcm, tag);
    } else {
        unsigned char lengths[16];

        poly_pad(&c->u.chacha.mac);
        put_le32(lengths, (uint32_t)c->u.chacha.aad_len);
        put_le32(lengths + 4, (uint32_t)(c->u.chacha.aad_len >> 32));
        put_le32(lengths + 8, (uint32_t)c->u.chacha.data_len);
        put_le32(lengths + 12, (uint32_t)(c->u.chacha.data_len >> 32));
        poly_update(&c->u.chacha.mac, lengths, 16);
        poly_final(&c->u.chacha.mac, tag);
    }
}
