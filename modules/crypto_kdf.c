/*
 * crypto_kdf.c - key derivation: PBKDF2 (RFC 8018) and HKDF (RFC 5869),
 * the native half of crypto.pbkdf2 / pbkdf2Sync and crypto.hkdf /
 * hkdfSync (engine/js/crypto_kdf.js).
 *
 * Both are pool jobs (crypto_binding.h): every input is copied into the
 * job when the call is made, the derivation runs now (the Sync forms) or
 * on a pool thread, and the result becomes an ArrayBuffer back on the
 * engine's thread.  BearSSL 0.6 has HKDF but no PBKDF2; PBKDF2 is written
 * here over BearSSL's HMAC, whose key context is computed once so that
 * each iteration costs two compression calls.
 *
 * Threading: the engine's thread; run() on a pool thread.
 */
#include <stdlib.h>
#include <string.h>

#include "crypto_binding.h"

typedef struct {
    nd__crypto_job_t base;
    const nd__digest_t *digest;
    uint32_t iterations; /* PBKDF2 only */
    size_t keylen;
    unsigned char *out;       /* keylen bytes */
    unsigned char *a, *b, *c; /* the inputs: password, salt (PBKDF2) or
                                 key, salt, info (HKDF) */
    size_t alen, blen, clen;
    unsigned char mem[]; /* out, then the inputs */
} kdf_job_t;

/* A job with room for the output and copies of up to three inputs, taken
 * from arguments ia, ib and ic (ic may be -1). */
static kdf_job_t *kdf_job_new(duk_context *ctx, size_t keylen, duk_idx_t ia,
                              const char *na, duk_idx_t ib, const char *nb,
                              duk_idx_t ic, const char *nc) {
    const unsigned char *a, *b, *c = NULL;
    size_t alen, blen, clen = 0;
    kdf_job_t *j;

    a = nd__crypto_bytes(ctx, ia, na, &alen);
    b = nd__crypto_bytes(ctx, ib, nb, &blen);
    if (ic >= 0)
        c = nd__crypto_bytes(ctx, ic, nc, &clen);
    if (keylen > SIZE_MAX / 2 || alen > SIZE_MAX / 4 || blen > SIZE_MAX / 4 ||
        clen > SIZE_MAX / 4 ||
        (j = calloc(1, sizeof(*j) + keylen + alen + blen + clen)) == NULL)
        nd_throw_syserr(ctx, ND_ENOMEM, "crypto", NULL, NULL);
    j->keylen = keylen;
    j->out = j->mem;
    j->a = j->out + keylen;
    j->b = j->a + alen;
    j->c = j->b + blen;
    j->alen = alen;
    j->blen = blen;
    j->clen = clen;
    if (alen > 0)
        memcpy(j->a, a, alen);
    if (blen > 0)
        memcpy(j->b, b, blen);
    if (clen > 0)
        memcpy(j->c, c, clen);
    return j;
}

static int kdf_push(duk_context *ctx, nd__crypto_job_t *job) {
    kdf_job_t *j = (kdf_job_t *)job;

    nd__crypto_push_copy(ctx, j->out, j->keylen);
    return 0;
}

static void kdf_release(nd__crypto_job_t *job) {
    kdf_job_t *j = (kdf_job_t *)job;

    memset(j->mem, 0, j->keylen + j->alen + j->blen + j->clen);
    free(j);
}

/* ---- PBKDF2 ------------------------------------------------------------- */

/* DK = T_1 || T_2 || ..., where T_i = U_1 ^ ... ^ U_c with
 * U_1 = HMAC(P, S || INT(i)) and U_j = HMAC(P, U_{j-1}). */
static void pbkdf2_run(nd__crypto_job_t *job) {
    kdf_job_t *j = (kdf_job_t *)job;
    size_t hlen = nd__digest_size(j->digest), done = 0;
    unsigned char u[64], t[64], counter[4];
    br_hmac_key_context kc;
    br_hmac_context hc;
    uint32_t block, iter;
    size_t k;

    br_hmac_key_init(&kc, j->digest->vtable, j->a, j->alen);
    for (block = 1; done < j->keylen; block++) {
        counter[0] = (unsigned char)(block >> 24);
        counter[1] = (unsigned char)(block >> 16);
        counter[2] = (unsigned char)(block >> 8);
        counter[3] = (unsigned char)block;
        br_hmac_init(&hc, &kc, 0);
        br_hmac_update(&hc, j->b, j->blen);
        br_hmac_update(&hc, counter, 4);
        br_hmac_out(&hc, u);
        memcpy(t, u, hlen);
        for (iter = 1; iter < j->iterations; iter++) {
            br_hmac_init(&hc, &kc, 0);
            br_hmac_update(&hc, u, hlen);
            br_hmac_out(&hc, u);
            for (k = 0; k < hlen; k++)
                t[k] ^= u[k];
        }
        k = j->keylen - done < hlen ? j->keylen - done : hlen;
        memcpy(j->out + done, t, k);
        done += k;
    }
    memset(&kc, 0, sizeof(kc));
    memset(&hc, 0, sizeof(hc));
    memset(u, 0, sizeof(u));
    memset(t, 0, sizeof(t));
}

/* pbkdf2(password, salt, iterations, keylen, digest[, cb]) -> ArrayBuffer */
static duk_ret_t c_pbkdf2(duk_context *ctx) {
    uint32_t iterations =
        (uint32_t)nd_check_integer(ctx, 2, "iterations", 1, 2147483647);
    size_t keylen = (size_t)nd_check_integer(ctx, 3, "keylen", 0, 2147483647);
    const nd__digest_t *d = nd__crypto_check_digest(ctx, 4);
    kdf_job_t *j;

    j = kdf_job_new(ctx, keylen, 0, "password", 1, "salt", -1, NULL);
    j->digest = d;
    j->iterations = iterations;
    j->base.run = pbkdf2_run;
    j->base.push = kdf_push;
    j->base.release = kdf_release;
    return nd__crypto_job_submit(ctx, &j->base, 5);
}

/* ---- HKDF --------------------------------------------------------------- */

static void hkdf_run(nd__crypto_job_t *job) {
    kdf_job_t *j = (kdf_job_t *)job;
    br_hkdf_context hc;

    br_hkdf_init(&hc, j->digest->vtable, j->b, j->blen);
    br_hkdf_inject(&hc, j->a, j->alen);
    br_hkdf_flip(&hc);
    br_hkdf_produce(&hc, j->c, j->clen, j->out, j->keylen);
    memset(&hc, 0, sizeof(hc));
}

/* hkdf(digest, key, salt, info, keylen[, cb]) -> ArrayBuffer.  keylen is
 * at most 255 digest lengths (RFC 5869). */
static duk_ret_t c_hkdf(duk_context *ctx) {
    const nd__digest_t *d = nd__crypto_check_digest(ctx, 0);
    size_t max = 255 * nd__digest_size(d);
    size_t keylen = (size_t)nd_check_integer(ctx, 4, "keylen", 0, 2147483647);
    kdf_job_t *j;

    if (keylen > max)
        return nd_throw(ctx, DUK_ERR_RANGE_ERROR, "ERR_CRYPTO_INVALID_KEYLEN",
                        "Invalid key length");
    j = kdf_job_new(ctx, keylen, 1, "ikm", 2, "salt", 3, "info");
    j->digest = d;
    j->base.run = hkdf_run;
    j->base.push = kdf_push;
    j->base.release = kdf_release;
    return nd__crypto_job_submit(ctx, &j->base, 5);
}

static const duk_function_list_entry functions[] = {
    {"pbkdf2", c_pbkdf2, 6},
    {"hkdf", c_hkdf, 6},
    {NULL, NULL, 0},
};

/* see crypto_binding.h */
void nd__crypto_kdf_init(duk_context *ctx, duk_idx_t idx) {
    duk_put_function_list(ctx, idx, functions);
}
