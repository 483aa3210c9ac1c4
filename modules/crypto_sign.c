/*
 * crypto_sign.c - signatures: RSA PKCS#1 v1.5 and ECDSA, the native half
 * of crypto.createSign / createVerify and crypto.sign / verify
 * (engine/js/crypto_sign.js).
 *
 * JS hashes the message (Sign.update() is a Hash underneath) and hands
 * over the digest; this file signs or checks it with BearSSL's default
 * implementations.  ECDSA signatures are DER (Node's default) or the raw
 * r || s of IEEE P1363 (dsaEncoding: 'ieee-p1363').  BearSSL makes ECDSA
 * nonces deterministically (RFC 6979), so nodule's ECDSA signatures are
 * repeatable where OpenSSL's are random; both verify the same way.
 *
 * RSA-PSS is not in BearSSL 0.6: JS refuses the PSS padding before it
 * gets here.
 *
 * Threading: the engine's thread.
 */
#include <string.h>

#include "crypto_binding.h"
#include "crypto_keys.h"

/* The largest signature: RSA-4096, 512 bytes (ECDSA P-521 in DER is
 * below 140). */
#define MAX_SIG 512

/* signDigest(key, digest, hash, p1363) -> ArrayBuffer */
static duk_ret_t c_sign_digest(duk_context *ctx) {
    nd__key_t *k = nd__key_check(ctx, 0);
    const nd__digest_t *d = nd__crypto_check_digest(ctx, 1);
    size_t hlen, len;
    const unsigned char *hash = nd_check_buffer(ctx, 2, "hash", &hlen);
    int p1363 = nd_check_bool(ctx, 3, "p1363");
    unsigned char sig[MAX_SIG];

    if (!k->is_private)
        return nd_throw(ctx, DUK_ERR_TYPE_ERROR,
                        "ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE",
                        "Invalid key object type public, expected private.");
    if (hlen != nd__digest_size(d))
        return nd_throw(ctx, DUK_ERR_ERROR, NULL, "digest size mismatch");
    if (k->kind == ND__KEY_RSA) {
        br_rsa_private_key sk;

        nd__key_rsa_private(k, &sk);
        len = (k->n_bits + 7) / 8;
        if (!br_rsa_pkcs1_sign_get_default()(d->oid, hash, hlen, &sk, sig))
            return nd__crypto_throw_ossl(
                ctx, "ERR_OSSL_RSA_DIGEST_TOO_BIG_FOR_RSA_KEY", "02000070",
                "rsa routines", "digest too big for rsa key");
    } else {
        br_ec_private_key sk;
        br_ecdsa_sign sign = p1363 ? br_ecdsa_sign_raw_get_default()
                                   : br_ecdsa_sign_asn1_get_default();

        nd__key_ec_private(k, &sk);
        len = sign(br_ec_get_default(), d->vtable, hash, &sk, sig);
        if (len == 0)
            return nd__crypto_throw_ossl(ctx, "ERR_OSSL_EC_INVALID_KEY",
                                         "0800007B", "elliptic curve routines",
                                         "invalid private key");
    }
    nd__crypto_push_copy(ctx, sig, len);
    return 1;
}

/* verifyDigest(key, digest, hash, signature, p1363) -> true if the
 * signature is valid; false for any invalid one, whatever its shape */
static duk_ret_t c_verify_digest(duk_context *ctx) {
    nd__key_t *k = nd__key_check(ctx, 0);
    const nd__digest_t *d = nd__crypto_check_digest(ctx, 1);
    size_t hlen, slen;
    const unsigned char *hash = nd_check_buffer(ctx, 2, "hash", &hlen);
    const unsigned char *sig = nd_check_buffer(ctx, 3, "signature", &slen);
    int p1363 = nd_check_bool(ctx, 4, "p1363");
    unsigned char buf[MAX_SIG], out[64];
    int ok = 0;

    if (hlen != nd__digest_size(d))
        return nd_throw(ctx, DUK_ERR_ERROR, NULL, "digest size mismatch");
    if (k->kind == ND__KEY_RSA) {
        br_rsa_public_key pk;

        nd__key_rsa_public(k, &pk);
        /* BearSSL works in place on the signature: use a copy. */
        if (slen == (k->n_bits + 7) / 8 && slen <= sizeof(buf)) {
            memcpy(buf, sig, slen);
            ok = br_rsa_pkcs1_vrfy_get_default()(buf, slen, d->oid, hlen, &pk,
                                                 out) &&
                 memcmp(out, hash, hlen) == 0;
        }
    } else {
        br_ec_public_key pk;
        br_ecdsa_vrfy vrfy = p1363 ? br_ecdsa_vrfy_raw_get_default()
                                   : br_ecdsa_vrfy_asn1_get_default();

        nd__key_ec_public(k, &pk);
        if (slen > 0)
            ok = vrfy(br_ec_get_default(), hash, hlen, &pk, sig, slen) == 1;
    }
    duk_push_boolean(ctx, ok);
    return 1;
}

static const duk_function_list_entry functions[] = {
    {"signDigest", c_sign_digest, 4},
    {"verifyDigest", c_verify_digest, 5},
    {NULL, NULL, 0},
};

/* see crypto_binding.h */
void nd__crypto_sign_init(duk_context *ctx, duk_idx_t idx) {
    duk_put_function_list(ctx, idx, functions);
}
