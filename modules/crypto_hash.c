/*
 * crypto_hash.c - Hash and Hmac: the native half of crypto.createHash,
 * crypto.createHmac and crypto.hash (engine/js/crypto_hash.js).
 *
 * One state object per Hash or Hmac (crypto_binding.h): the digest, a
 * BearSSL hash or HMAC context, and whether digest() has run.  update()
 * hashes the caller's memory where it lies: the bytes of a Buffer or
 * typed array, or a string's UTF-8 form (other string encodings are
 * turned into a Buffer by the JS side first).  BearSSL's out() functions
 * leave the context untouched, so copy() is a plain struct copy and a
 * digest never disturbs the running state.
 *
 * Invariant: a finished state refuses update(), digest() and copy() with
 * ERR_CRYPTO_HASH_FINALIZED, as Node does.
 *
 * Threading: the engine's thread.
 */
#include <string.h>

#include "crypto_binding.h"

typedef struct {
    const nd__digest_t *digest;
    int hmac;     /* which member of u is in use */
    int finished; /* digest() has been called */
    union {
        br_hash_compat_context hash;
        br_hmac_context hmac;
    } u;
} hash_state_t;

static const nd_handle_type_t hash_type = {"Hash"};

static hash_state_t *check_state(duk_context *ctx, duk_idx_t idx) {
    hash_state_t *h = nd__crypto_state(ctx, idx, &hash_type, NULL);

    if (h->finished)
        nd_throw(ctx, DUK_ERR_ERROR, "ERR_CRYPTO_HASH_FINALIZED",
                 "Digest already called");
    return h;
}

/* The digest named by argument idx; an unknown name throws the plain
 * Error Node's createHash throws. */
static const nd__digest_t *hash_digest(duk_context *ctx, duk_idx_t idx) {
    const char *name = nd_check_string(ctx, idx, "algorithm", NULL);
    const nd__digest_t *d = nd__crypto_digest(name);

    if (d == NULL)
        nd_throw(ctx, DUK_ERR_ERROR, NULL, "Digest method not supported");
    return d;
}

/* hashNew(algorithm) -> state */
static duk_ret_t c_hash_new(duk_context *ctx) {
    const nd__digest_t *d = hash_digest(ctx, 0);
    hash_state_t *h =
        nd__crypto_push_state(ctx, &hash_type, sizeof(hash_state_t), 0);

    h->digest = d;
    d->vtable->init(&h->u.hash.vtable);
    return 1;
}

/* hmacNew(digest, key) -> state.  An unknown digest throws TypeError
 * ERR_CRYPTO_INVALID_DIGEST.  The key is any string or buffer. */
static duk_ret_t c_hmac_new(duk_context *ctx) {
    const nd__digest_t *d = nd__crypto_check_digest(ctx, 0);
    size_t klen;
    const unsigned char *key = nd__crypto_bytes(ctx, 1, "key", &klen);
    br_hmac_key_context kc;
    hash_state_t *h;

    br_hmac_key_init(&kc, d->vtable, key, klen);
    h = nd__crypto_push_state(ctx, &hash_type, sizeof(hash_state_t), 1);
    h->digest = d;
    h->hmac = 1;
    br_hmac_init(&h->u.hmac, &kc, 0);
    memset(&kc, 0, sizeof(kc));
    return 1;
}

/* hashUpdate(state, data): data is a string (hashed as UTF-8) or bytes */
static duk_ret_t c_hash_update(duk_context *ctx) {
    hash_state_t *h = check_state(ctx, 0);
    size_t len;
    const unsigned char *p = nd__crypto_bytes(ctx, 1, "data", &len);

    if (h->hmac)
        br_hmac_update(&h->u.hmac, p, len);
    else
        h->u.hash.vtable->update(&h->u.hash.vtable, p, len);
    return 0;
}

/* hashDigest(state) -> ArrayBuffer; the state is finished afterwards */
static duk_ret_t c_hash_digest(duk_context *ctx) {
    hash_state_t *h = check_state(ctx, 0);
    unsigned char *out = nd__crypto_push_bytes(ctx, nd__digest_size(h->digest));

    if (h->hmac)
        br_hmac_out(&h->u.hmac, out);
    else
        h->u.hash.vtable->out(&h->u.hash.vtable, out);
    h->finished = 1;
    return 1;
}

/* hashCopy(state) -> a new state that continues from the same point */
static duk_ret_t c_hash_copy(duk_context *ctx) {
    hash_state_t *h = check_state(ctx, 0);
    hash_state_t *copy =
        nd__crypto_push_state(ctx, &hash_type, sizeof(hash_state_t), h->hmac);

    memcpy(copy, h, sizeof(*copy));
    return 1;
}

/* hashOnce(algorithm, data) -> ArrayBuffer: crypto.hash() */
static duk_ret_t c_hash_once(duk_context *ctx) {
    const nd__digest_t *d = hash_digest(ctx, 0);
    size_t len;
    const unsigned char *p = nd__crypto_bytes(ctx, 1, "data", &len);
    br_hash_compat_context hc;

    d->vtable->init(&hc.vtable);
    hc.vtable->update(&hc.vtable, p, len);
    hc.vtable->out(&hc.vtable, nd__crypto_push_bytes(ctx, nd__digest_size(d)));
    return 1;
}

static const duk_function_list_entry functions[] = {
    {"hashNew", c_hash_new, 1},
    {"hmacNew", c_hmac_new, 2},
    {"hashUpdate", c_hash_update, 2},
    {"hashDigest", c_hash_digest, 1},
    {"hashCopy", c_hash_copy, 1},
    {"hashOnce", c_hash_once, 2},
    {NULL, NULL, 0},
};

/* see crypto_binding.h */
void nd__crypto_hash_init(duk_context *ctx, duk_idx_t idx) {
    duk_put_function_list(ctx, idx, functions);
}
