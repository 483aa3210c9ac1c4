/*
 * crypto_keygen.c - new key pairs: the native half of
 * crypto.generateKeyPair / generateKeyPairSync for 'rsa' and 'ec'
 * (engine/js/crypto_keys.js).
 *
 * A pool job (crypto_binding.h): the call reads 48 bytes from the OS
 * random source into the job, the generation runs now or on a pool
 * thread with BearSSL's HMAC-DRBG (SHA-256) seeded from them, and the
 * private key comes back as a key state (crypto_keys.h); JS takes its
 * public half.  RSA also needs its private exponent d, which the standard
 * encodings carry and BearSSL's generator leaves out: it is recomputed
 * (BearSSL's primes are 3 mod 4, which that computation needs).
 *
 * Limits are BearSSL's: RSA moduli of 512 to 4096 bits with an odd public
 * exponent of 3 .. 2^32 - 1, EC on P-256, P-384 and P-521.
 *
 * Threading: the engine's thread; run() on a pool thread.
 */
#include <stdlib.h>
#include <string.h>

#include "crypto_binding.h"
#include "crypto_keys.h"

typedef struct {
    nd__crypto_job_t base;
    int kind, curve, ok;
    unsigned bits;
    uint32_t pubexp;
    unsigned char seed[48];
    br_rsa_private_key rsa_sk;
    br_rsa_public_key rsa_pk;
    br_ec_private_key ec_sk;
    br_ec_public_key ec_pk;
    size_t dlen;
    unsigned char priv[BR_RSA_KBUF_PRIV_SIZE(ND__RSA_MAX_BITS)];
    unsigned char pub[BR_RSA_KBUF_PUB_SIZE(ND__RSA_MAX_BITS)];
    unsigned char d[ND__RSA_MAX_BITS / 8];
} keygen_job_t;

static void keygen_run(nd__crypto_job_t *job) {
    keygen_job_t *j = (keygen_job_t *)job;
    br_hmac_drbg_context rng;

    br_hmac_drbg_init(&rng, &br_sha256_vtable, j->seed, sizeof(j->seed));
    if (j->kind == ND__KEY_RSA) {
        j->ok = br_rsa_keygen_get_default()(&rng.vtable, &j->rsa_sk, j->priv,
                                            &j->rsa_pk, j->pub, j->bits,
                                            j->pubexp) != 0;
        if (j->ok)
            j->dlen = br_rsa_compute_privexp_get_default()(j->d, &j->rsa_sk,
                                                           j->pubexp);
        j->ok = j->ok && j->dlen > 0;
    } else {
        const br_ec_impl *impl = br_ec_get_default();

        j->ok = br_ec_keygen(&rng.vtable, impl, &j->ec_sk, j->priv, j->curve) !=
                    0 &&
                br_ec_compute_pub(impl, &j->ec_pk, j->pub, &j->ec_sk) != 0;
    }
    memset(&rng, 0, sizeof(rng));
}

static void span(nd__span_t *s, const unsigned char *p, size_t len) {
    s->p = p;
    s->len = len;
}

static int keygen_push(duk_context *ctx, nd__crypto_job_t *job) {
    keygen_job_t *j = (keygen_job_t *)job;
    nd__key_spec_t s;

    if (!j->ok) {
        nd_push_error(ctx, DUK_ERR_ERROR, "ERR_CRYPTO_OPERATION_FAILED",
                      "Key generation failed");
        return -1;
    }
    memset(&s, 0, sizeof(s));
    s.kind = j->kind;
    s.is_private = 1;
    if (j->kind == ND__KEY_RSA) {
        span(&s.part[ND__RSA_N], j->rsa_pk.n, j->rsa_pk.nlen);
        span(&s.part[ND__RSA_E], j->rsa_pk.e, j->rsa_pk.elen);
        span(&s.part[ND__RSA_D], j->d, j->dlen);
        span(&s.part[ND__RSA_P], j->rsa_sk.p, j->rsa_sk.plen);
        span(&s.part[ND__RSA_Q], j->rsa_sk.q, j->rsa_sk.qlen);
        span(&s.part[ND__RSA_DP], j->rsa_sk.dp, j->rsa_sk.dplen);
        span(&s.part[ND__RSA_DQ], j->rsa_sk.dq, j->rsa_sk.dqlen);
        span(&s.part[ND__RSA_IQ], j->rsa_sk.iq, j->rsa_sk.iqlen);
    } else {
        s.curve = j->curve;
        span(&s.part[ND__EC_X], j->ec_sk.x, j->ec_sk.xlen);
        span(&s.part[ND__EC_Q], j->ec_pk.q, j->ec_pk.qlen);
    }
    nd__key_push(ctx, &s);
    return 0;
}

static void keygen_release(nd__crypto_job_t *job) {
    memset(job, 0, sizeof(keygen_job_t));
    free(job);
}

/* generateKeyPair(type, modulusLength or namedCurve, publicExponent[, cb])
 * -> private key state.  type is 'rsa' or 'ec'. */
static duk_ret_t c_generate_key_pair(duk_context *ctx) {
    const char *type = nd_check_string(ctx, 0, "type", NULL);
    keygen_job_t *j;
    int err;

    j = calloc(1, sizeof(*j));
    if (j == NULL)
        return nd_throw_syserr(ctx, ND_ENOMEM, "crypto", NULL, NULL);
    j->base.run = keygen_run;
    j->base.push = keygen_push;
    j->base.release = keygen_release;
    /* From here on the job is released by submit, or below on error. */
    if (strcmp(type, "rsa") == 0) {
        j->kind = ND__KEY_RSA;
        if (!duk_is_number(ctx, 1) || !duk_is_number(ctx, 2) ||
            duk_get_number(ctx, 1) < 512 ||
            duk_get_number(ctx, 1) > ND__RSA_MAX_BITS ||
            duk_get_number(ctx, 2) < 3 ||
            duk_get_number(ctx, 2) > 4294967295.0) {
            keygen_release(&j->base);
            return nd_throw(ctx, DUK_ERR_RANGE_ERROR, "ERR_OUT_OF_RANGE",
                            "nodule generates RSA keys of 512 to %d bits "
                            "with a public exponent of 3 to 2^32-1",
                            ND__RSA_MAX_BITS);
        }
        j->bits = (unsigned)duk_get_number(ctx, 1);
        j->pubexp = (uint32_t)duk_get_number(ctx, 2);
    } else if (strcmp(type, "ec") == 0) {
        j->kind = ND__KEY_EC;
        j->curve = duk_is_string(ctx, 1)
                       ? nd__curve_from_name(duk_get_string(ctx, 1))
                       : 0;
        if (j->curve == 0) {
            keygen_release(&j->base);
            return nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_CRYPTO_INVALID_CURVE",
                            "Invalid EC curve name");
        }
    } else {
        keygen_release(&j->base);
        return nd_throw(ctx, DUK_ERR_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
                        "The argument 'type' must be a supported key type. "
                        "Received '%s'",
                        type);
    }
    err = nd__crypto_seed(j->seed);
    if (err < 0) {
        keygen_release(&j->base);
        return nd_throw_syserr(ctx, err, "getrandom", NULL, NULL);
    }
    return nd__crypto_job_submit(ctx, &j->base, 3);
}

static const duk_function_list_entry functions[] = {
    {"generateKeyPair", c_generate_key_pair, 4},
    {NULL, NULL, 0},
};

/* see crypto_binding.h */
void nd__crypto_keygen_init(duk_context *ctx, duk_idx_t idx) {
    duk_put_function_list(ctx, idx, functions);
}
